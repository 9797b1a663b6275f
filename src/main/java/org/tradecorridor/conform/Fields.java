package org.tradecorridor.conform;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.map;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.try_element_at;
import static org.apache.spark.sql.functions.upper;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;

/**
 * Explicit parsing of bronze's string fields with Spark's built-in functions: a value that does not
 * parse becomes null, and a companion check says whether it was bad or merely empty.
 */
public final class Fields {
  private Fields() {}

  /** Plain decimal notation, optionally signed, optionally with an exponent; no thousands separators or decimal commas. */
  private static final String DECIMAL = "^[+-]?([0-9]+[.]?[0-9]*|[.][0-9]+)([eE][+-]?[0-9]+)?$";
  private static final String INTEGER = "^[+-]?[0-9]+$";
  private static final String ISO3 = "^[A-Z0-9]{3}$";

  /** The field trimmed; null stays null. */
  public static Column text(String column) {
    return trim(col(column));
  }

  /** The field trimmed and upper-cased, for codes. */
  public static Column code(String column) {
    return upper(trim(col(column)));
  }

  /** True when the field is absent or blank. */
  public static Column isEmpty(String column) {
    return col(column).isNull().or(trim(col(column)).equalTo(""));
  }

  /** True when the field holds something other than blanks. */
  public static Column isPresent(String column) {
    return col(column).isNotNull().and(trim(col(column)).notEqual(""));
  }

  /** The field as an exact decimal of {@code type}, rounded half up to its scale; null when empty, malformed or too large. */
  public static Column decimal(String column, DataType type) {
    Column value = trim(col(column));
    return when(value.rlike(DECIMAL), value.try_cast(type));
  }

  /** The field as a whole number; null when empty, malformed or too large. */
  public static Column integer(String column, DataType type) {
    Column value = trim(col(column));
    return when(value.rlike(INTEGER), value.try_cast(type));
  }

  /** True when the field holds something that is not a decimal fitting {@code type}. */
  public static Column isBadDecimal(String column, DataType type) {
    return isPresent(column).and(decimal(column, type).isNull());
  }

  /** True when the field holds something that is not a whole number fitting {@code type}. */
  public static Column isBadInteger(String column, DataType type) {
    return isPresent(column).and(integer(column, type).isNull());
  }

  /** True when a present country code is not three characters of A-Z or 0-9. */
  public static Column isBadCountry(String column) {
    return isPresent(column).and(not(code(column).rlike(ISO3)));
  }

  /** A year field as INT; null unless four digits. */
  public static Column year(Column text) {
    return when(text.rlike("^[0-9]{4}$"), text.try_cast(DataTypes.IntegerType));
  }

  /** A lookup of {@code key} in a constant map; null for a key the map lacks. */
  public static Column lookup(Map<String, String> entries, Column key) {
    if (entries.isEmpty()) {
      return lit(null).cast(DataTypes.StringType);
    }
    List<Column> keysAndValues = new ArrayList<>();
    new TreeMap<>(entries).forEach((k, v) -> {
      keysAndValues.add(lit(k));
      keysAndValues.add(lit(v));
    });
    return try_element_at(map(keysAndValues.toArray(Column[]::new)), key);
  }
}
