package org.tradecorridor.conform;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_csv;
import static org.apache.spark.sql.functions.when;
import static org.tradecorridor.conform.Outcome.IGNORED;
import static org.tradecorridor.conform.Outcome.KEPT;
import static org.tradecorridor.conform.Outcome.OUTCOME;
import static org.tradecorridor.conform.Outcome.QUARANTINED;
import static org.tradecorridor.conform.Outcome.REASON;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.tradecorridor.ingest.BronzeColumns;
import org.tradecorridor.ingest.Source;

/**
 * The last steps every source shares: duplicates among the rows that passed, the outcome of each
 * row, and the projections into silver and quarantine.
 */
public final class Classified {
  private Classified() {}

  /** Row's year for quarantine (null when unreadable). */
  static final String QUARANTINE_YEAR = "_quarantine_year";
  /** The raw record, for quarantined rows only. */
  static final String RECORD = "_record";
  /** The source's columns as read, packed in one struct so parsed columns can take the contract's names. */
  static final String RAW = "_raw";
  private static final String RULE = "_rule";
  private static final String COPY = "_copy";
  private static final String COPY_FILE = "_copy_file";
  private static final String COPY_LINE = "_copy_line";

  /**
   * Bronze rows reduced to what conform reads: the source's columns packed into {@code _raw}, the
   * corrupt record, file and line.
   */
  static Dataset<Row> raw(Dataset<Row> bronze, Source source) {
    return bronze.select(
        struct(source.columns().stream().map(Classified::quoted).toArray(Column[]::new)).as(RAW),
        col(BronzeColumns.CORRUPT_RECORD),
        col(BronzeColumns.SOURCE_FILE),
        col(BronzeColumns.LINE_NUMBER));
  }

  /** The name of a raw field inside {@code _raw}. */
  static String raw(String column) {
    return RAW + "." + column;
  }

  /**
   * Adds {@code _reason} and {@code _outcome}: the first rule that fired, else DUPLICATE for a row
   * whose natural key an earlier row (by file path, then line) that passed already had.
   *
   * <p>Duplicates are found on a narrow projection (key, file, line) of the rows that passed; only
   * the few later copies travel back, broadcast, so the wide rows are never shuffled.
   *
   * @param rows parsed rows, still carrying bronze's columns
   * @param reason the first quarantine reason or ignore rule that fired; null for rows that passed
   * @param naturalKey the columns that identify a record
   * @param reuse keeps the later copies, which every use of the result reads
   */
  static Dataset<Row> decide(Dataset<Row> rows, Source source, Column reason, List<Column> naturalKey, Reuse reuse) {
    Dataset<Row> ruled = rows.withColumn(RULE, reason);
    List<Column> narrow = new ArrayList<>(naturalKey);
    narrow.add(col(BronzeColumns.SOURCE_FILE));
    narrow.add(col(BronzeColumns.LINE_NUMBER));
    Dataset<Row> laterCopies = reuse.of(ruled.filter(col(RULE).isNull())
        .select(narrow.toArray(Column[]::new))
        .withColumn(COPY, row_number().over(Window.partitionBy(naturalKey.toArray(Column[]::new))
            .orderBy(col(BronzeColumns.SOURCE_FILE), col(BronzeColumns.LINE_NUMBER))))
        .filter(col(COPY).gt(1))
        .select(col(BronzeColumns.SOURCE_FILE).as(COPY_FILE), col(BronzeColumns.LINE_NUMBER).as(COPY_LINE)));

    Column outcome = when(col(REASON).isNull(), lit(KEPT))
        .when(col(REASON).isin(Reasons.IGNORED.toArray()), lit(IGNORED))
        .otherwise(lit(QUARANTINED));
    Column record = coalesce(col(BronzeColumns.CORRUPT_RECORD),
        to_csv(col(RAW), Map.of("escape", "\"", "nullValue", "")));
    Column year = source.isYearScoped()
        ? expr(source.yearSql(RAW + "."))
        : lit(null).cast(DataTypes.IntegerType);
    return ruled
        .join(broadcast(laterCopies), col(BronzeColumns.SOURCE_FILE).equalTo(col(COPY_FILE))
            .and(col(BronzeColumns.LINE_NUMBER).equalTo(col(COPY_LINE))), "left")
        .withColumn(REASON, when(col(RULE).isNotNull(), col(RULE))
            .when(col(COPY_FILE).isNotNull(), lit(Reasons.DUPLICATE)))
        .withColumn(OUTCOME, outcome)
        .withColumn(RECORD, when(col(OUTCOME).equalTo(QUARANTINED), record))
        .withColumn(QUARANTINE_YEAR, year)
        .drop(RULE, RAW, COPY_FILE, COPY_LINE);
  }

  /** Silver rows: the kept rows' {@code columns}, with this run's id. */
  public static Dataset<Row> kept(Dataset<Row> classified, List<String> columns, String runId) {
    return classified.filter(col(OUTCOME).equalTo(KEPT))
        .withColumn(SilverColumns.RUN_ID, lit(runId))
        .select(columns.stream().map(Classified::quoted).toArray(Column[]::new));
  }

  /** Quarantine rows: the quarantined rows with their reason, raw record, file and line. */
  public static Dataset<Row> quarantined(Dataset<Row> classified, Source source, String runId,
      Timestamp detectedAt) {
    return classified.filter(col(OUTCOME).equalTo(QUARANTINED))
        .select(
            lit(source.folder()).as(SilverColumns.SOURCE),
            col(BronzeColumns.SOURCE_FILE).as(SilverColumns.SOURCE_FILE),
            col(BronzeColumns.LINE_NUMBER).as(SilverColumns.LINE_NUMBER),
            col(RECORD).as(SilverColumns.RECORD),
            col(REASON).as(SilverColumns.REASON),
            lit(runId).as(SilverColumns.RUN_ID),
            lit(detectedAt).as(SilverColumns.DETECTED_AT),
            col(QUARANTINE_YEAR).as(SilverColumns.YEAR));
  }

  private static Column quoted(String column) {
    return col("`" + column + "`");
  }
}
