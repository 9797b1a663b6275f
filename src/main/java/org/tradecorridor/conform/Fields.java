package org.tradecorridor.conform;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.try_element_at;
import static org.apache.spark.sql.functions.upper;
import static org.apache.spark.sql.functions.when;

import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;

/**
 * Explicit parsing of bronze's string fields with Spark's built-in functions. Each field is trimmed
 * once ({@link #text}, {@link #code}); the checks below take the trimmed value. A value that does not
 * parse becomes null, and a companion check says whether it was bad or merely empty.
 */
public final class Fields {
  private Fields() {}

  private static final String INTEGER = "^[+-]?[0-9]+$";
  private static final String ISO3 = "^[A-Z0-9]{3}$";

  /** A raw field trimmed; null stays null. */
  public static Column text(String column) {
    return trim(col(column));
  }

  /** A raw field trimmed and upper-cased, for codes. */
  public static Column code(String column) {
    return upper(trim(col(column)));
  }

  /** True when a trimmed value is absent or empty. */
  public static Column isEmpty(Column value) {
    return value.isNull().or(value.equalTo(""));
  }

  /** True when a trimmed value holds something. */
  public static Column isPresent(Column value) {
    return value.isNotNull().and(value.notEqual(""));
  }

  /**
   * A trimmed value as an exact decimal of {@code type}, rounded half up to its scale; null when empty,
   * malformed or too large. Spark's string-to-decimal cast reads plain decimal notation (sign, digits,
   * decimal point, exponent) and refuses anything else, thousands separators and decimal commas included.
   */
  public static Column decimal(Column value, DataType type) {
    return value.try_cast(type);
  }

  /** A trimmed value as a whole number; null when empty, malformed (1.5 included) or too large. */
  public static Column integer(Column value, DataType type) {
    return when(value.rlike(INTEGER), value.try_cast(type));
  }

  /** True when a trimmed value holds something that is not a decimal fitting {@code type}. */
  public static Column isBadDecimal(Column value, DataType type) {
    return isPresent(value).and(decimal(value, type).isNull());
  }

  /** True when a trimmed value holds something that is not a whole number fitting {@code type}. */
  public static Column isBadInteger(Column value, DataType type) {
    return isPresent(value).and(integer(value, type).isNull());
  }

  /**
   * A numeric code as text, without the ".0" a number written by a float-minded tool may carry (pandas
   * writes a code column holding a gap as 398.0); anything else as it is.
   */
  public static Column numericCode(Column code) {
    return regexp_replace(code, "^([0-9]+)\\.0+$", "$1");
  }

  /** True when a present country code (trimmed, upper-cased) is not three characters of A-Z or 0-9. */
  public static Column isBadCountry(Column code) {
    return isPresent(code).and(not(code.rlike(ISO3)));
  }

  /** A trimmed year as INT; null unless four digits. */
  public static Column year(Column value) {
    return when(value.rlike("^[0-9]{4}$"), value.try_cast(DataTypes.IntegerType));
  }

  /**
   * The sector of a two-digit chapter ("01"), or null for a chapter the reference does not cover: an
   * index into a constant array of the 100 chapters, so the lookup costs the same for any reference.
   */
  public static Column sectorOfChapter(Map<String, String> sectorOfChapter, Column chapter) {
    Column[] sectors = new Column[100];
    for (int c = 0; c < 100; c++) {
      String sector = sectorOfChapter.get(String.format(Locale.ROOT, "%02d", c));
      sectors[c] = sector == null ? lit(null).cast(DataTypes.StringType) : lit(sector);
    }
    return when(chapter.rlike("^[0-9]{2}$"),
        try_element_at(array(sectors), chapter.try_cast(DataTypes.IntegerType).plus(1)));
  }
}
