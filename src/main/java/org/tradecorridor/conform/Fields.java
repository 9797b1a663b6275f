package org.tradecorridor.conform;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.octet_length;
import static org.apache.spark.sql.functions.regexp_extract;
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
 * once ({@link #text}, {@link #code}) of every Unicode space and control character, not only ASCII
 * spaces: "SHP-1\t" and "SHP-1\u00A0" are "SHP-1". The checks below take the trimmed value. A value
 * that does not parse becomes null, and a companion check says whether it was bad or merely empty.
 * Numbers are ASCII: Arabic-Indic or full-width digits are no number here.
 */
public final class Fields {
  private Fields() {}

  private static final String INTEGER = "^[+-]?[0-9]+$";
  private static final String ISO3 = "^[A-Z0-9]{3}$";

  /**
   * What {@link #text} trims from both ends: the C0 and C1 controls, DEL, and every Unicode space (no-break
   * spaces, the en/em spaces, ideographic space), with the zero-width space and the byte order mark.
   */
  static final String TRIMMED = trimmed();

  /** A raw field trimmed of spaces and control characters at both ends; null stays null. */
  public static Column text(String column) {
    return trim(col(column), TRIMMED);
  }

  /** A raw field trimmed and upper-cased, for codes. */
  public static Column code(String column) {
    return upper(text(column));
  }

  /** True when a trimmed value still holds a control character: a key field that cannot be one. */
  public static Column hasControlCharacter(Column value) {
    return value.rlike("[\\x00-\\x1F\\x7F-\\x9F]");
  }

  /** True when a trimmed value is absent or empty. */
  public static Column isEmpty(Column value) {
    return value.isNull().or(value.equalTo(""));
  }

  /** A trimmed value, null when empty: an optional field left blank is unknown. */
  public static Column nullIfEmpty(Column value) {
    return org.apache.spark.sql.functions.when(isPresent(value), value);
  }

  /** True when a trimmed value holds something. */
  public static Column isPresent(Column value) {
    return value.isNotNull().and(value.notEqual(""));
  }

  /**
   * A trimmed value as an exact decimal of {@code type}, rounded half up to its scale; null when empty,
   * malformed, not ASCII or too large. Spark's string-to-decimal cast reads plain decimal notation (sign,
   * digits, decimal point, exponent) and refuses anything else, thousands separators and decimal commas
   * included; it would take other scripts' digits, which the ASCII test keeps out.
   */
  public static Column decimal(Column value, DataType type) {
    return when(isAscii(value), value.try_cast(type));
  }

  /**
   * True when a trimmed number is below zero, even when it rounds to 0 at its column's scale (-0.001
   * USD); -0 and -0.00 are zero.
   */
  public static Column isNegative(Column value, Column parsed) {
    return parsed.lt(0).or(value.startsWith("-")
        .and(regexp_extract(value, "^-([0-9]*\\.?[0-9]*)", 1).rlike("[1-9]")));
  }

  /**
   * A trimmed flag as Comtrade's tools write it (True/False, true/false, 1/0, in any case); null when
   * empty or anything else, an unknown rather than a guess.
   */
  public static Column flag(Column value) {
    Column word = lower(value);
    return when(word.isin("true", "1"), lit(true)).when(word.isin("false", "0"), lit(false));
  }

  /** True when every character of a value is ASCII (its UTF-8 bytes are as many as its characters). */
  static Column isAscii(Column value) {
    return octet_length(value).equalTo(length(value));
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

  /**
   * A quarantined record's text as it was, with its control characters written out ({@code \\t},
   * {@code \\n}, {@code \\r}, {@code \\u0000}, ...) so that what caused the rejection can be seen.
   */
  public static Column escaped(Column text) {
    Column escaped = regexp_replace(regexp_replace(regexp_replace(text, "\t", "\\\\t"), "\n", "\\\\n"), "\r", "\\\\r");
    for (int c = 0; c < 0x20; c++) {
      if (c != '\t' && c != '\n' && c != '\r') {
        escaped = regexp_replace(escaped, String.format(Locale.ROOT, "\\x{%X}", c),
            String.format(Locale.ROOT, "\\\\u%04x", c));
      }
    }
    return regexp_replace(escaped, "\\x{7F}", "\\\\u007f");
  }

  /** True when a present country code (trimmed, upper-cased) is not three characters of A-Z or 0-9. */
  public static Column isBadCountry(Column code) {
    return isPresent(code).and(not(code.rlike(ISO3)));
  }

  private static String trimmed() {
    StringBuilder chars = new StringBuilder();
    for (char c = 0; c <= 0x20; c++) {
      chars.append(c);
    }
    for (char c = 0x7F; c <= 0xA0; c++) {
      chars.append(c);
    }
    chars.append("\u1680\u180E\u2028\u2029\u202F\u205F\u3000\uFEFF");
    for (char c = 0x2000; c <= 0x200B; c++) {
      chars.append(c);
    }
    return chars.toString();
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
