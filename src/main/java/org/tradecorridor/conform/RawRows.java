package org.tradecorridor.conform;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_csv;
import static org.apache.spark.sql.functions.when;

import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.tradecorridor.tables.BronzeColumns;
import org.tradecorridor.tables.Source;

/** Bronze rows as the rules read them, and the few raw facts kept of them for quarantine. */
final class RawRows {
  private RawRows() {}

  /** The source's columns as read, packed in one struct so parsed columns can take the contract's names. */
  static final String RAW = "_raw";
  /** The raw record, for rows a rule may quarantine only. */
  static final String RECORD = "_record";
  /** A row's raw year for quarantine (null when unreadable). */
  static final String QUARANTINE_YEAR = "_quarantine_year";
  /** The first quarantine reason or ignore rule that fired; null for a row that passed them all. */
  static final String RULE = "_rule";

  /**
   * Bronze reduced to what the rules read: the source's columns in {@code _raw}, the extra map (where a BACI
   * file's columns are), the corrupt record, file, line.
   */
  static Dataset<Row> of(Dataset<Row> bronze, Source source) {
    return bronze.select(
        struct(source.columns().stream().map(RawRows::quoted).toArray(Column[]::new)).as(RAW),
        col(BronzeColumns.EXTRA),
        col(BronzeColumns.CORRUPT_RECORD),
        col(BronzeColumns.SOURCE_FILE),
        col(BronzeColumns.LINE_NUMBER));
  }

  /** The name of a raw field inside {@code _raw}. */
  static String field(String column) {
    return RAW + "." + column;
  }

  /**
   * Parsed rows without the raw fields, once every rule a row decides alone has been decided: the raw
   * record and the year for quarantine are taken for the rows a rule may quarantine only (a later
   * copy's are read from bronze again, {@link Duplicates#records}).
   *
   * @param rows parsed rows, still carrying {@code _raw} and bronze's columns
   * @param mayBeQuarantined true for a row a rule quarantines (a superset of them is fine)
   */
  static Dataset<Row> withoutRaw(Dataset<Row> rows, Source source, Column mayBeQuarantined) {
    Column quarantinable = coalesce(mayBeQuarantined, lit(false));
    return rows
        .withColumn(RECORD, when(quarantinable, record(source)))
        .withColumn(QUARANTINE_YEAR, when(quarantinable, year(source)))
        .drop(RAW, BronzeColumns.EXTRA, BronzeColumns.CORRUPT_RECORD);
  }

  /**
   * The raw record as it was, control characters written out: the corrupt text, or the fields as CSV (a BACI
   * row's own six).
   */
  static Column record(Source source) {
    // to_csv with the spaces kept: Spark's CSV writer would trim them, and they may be why the row is here.
    Column fields = to_csv(col(RAW), Map.of("escape", "\"",
        "nullValue", "", "ignoreLeadingWhiteSpace", "false", "ignoreTrailingWhiteSpace", "false"));
    if (source == Source.CUSTOMS) {
      fields = when(BaciRows.isRow(), BaciRows.record()).otherwise(fields);
    }
    return Fields.escaped(coalesce(col(BronzeColumns.CORRUPT_RECORD), fields));
  }

  /** A raw row's year, null when unreadable or the source is not split by year. */
  static Column year(Source source) {
    return source.isYearScoped() ? expr(source.yearSql(RAW + ".")) : lit(null).cast(DataTypes.IntegerType);
  }

  static Column quoted(String column) {
    return col("`" + column + "`");
  }
}
