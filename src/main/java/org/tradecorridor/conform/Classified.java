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
  private static final String COPY_RECORD = "_copy_record";
  private static final String COPY_YEAR = "_copy_year";
  /** Up to this many later copies, bronze is read only where they are. */
  private static final int MAX_LISTED_COPIES = 1000;

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
   * Keeps the parsed rows for the steps after, once every rule that needs no other row has been
   * decided. The raw fields are not kept: the raw record and the year for quarantine are taken now
   * for the rows a rule may quarantine only (a later copy's are read from bronze again, see
   * {@link #decide}).
   *
   * @param rows parsed rows, still carrying {@code _raw} and bronze's columns
   * @param mayBeQuarantined true for a row a rule quarantines (a superset of them is fine)
   */
  static Dataset<Row> keep(Dataset<Row> rows, Source source, Column mayBeQuarantined, Reuse reuse) {
    Column record = Fields.escaped(coalesce(col(BronzeColumns.CORRUPT_RECORD), rawRecord()));
    Column quarantinable = coalesce(mayBeQuarantined, lit(false));
    return reuse.of(rows
        .withColumn(RECORD, when(quarantinable, record))
        .withColumn(QUARANTINE_YEAR, when(quarantinable, quarantineYear(source)))
        .drop(RAW, BronzeColumns.CORRUPT_RECORD));
  }

  /**
   * Adds {@code _reason} and {@code _outcome}: the first rule that fired, else DUPLICATE for a row
   * whose natural key an earlier row (by file path, then line) that passed already had.
   *
   * <p>Duplicates are found on a narrow projection (key, file, line) of the rows that passed; only
   * the few later copies travel back, broadcast, so the wide rows are never shuffled. Their raw
   * records are read from {@code bronze} by file and line.
   *
   * @param kept the rows {@link #keep} returned
   * @param bronze the bronze rows they were parsed from
   * @param reason the first quarantine reason or ignore rule that fired; null for rows that passed
   * @param naturalKey the columns that identify a record
   * @param reuse keeps the later copies, which every use of the result reads
   */
  static Dataset<Row> decide(Dataset<Row> kept, Dataset<Row> bronze, Source source, Column reason,
      List<Column> naturalKey, Reuse reuse) {
    Dataset<Row> ruled = kept.withColumn(RULE, reason);
    List<Column> narrow = new ArrayList<>(naturalKey);
    narrow.add(col(BronzeColumns.SOURCE_FILE));
    narrow.add(col(BronzeColumns.LINE_NUMBER));
    Dataset<Row> laterCopies = reuse.of(ruled.filter(col(RULE).isNull())
        .select(narrow.toArray(Column[]::new))
        .withColumn(COPY, row_number().over(Window.partitionBy(naturalKey.toArray(Column[]::new))
            .orderBy(col(BronzeColumns.SOURCE_FILE), col(BronzeColumns.LINE_NUMBER))))
        .filter(col(COPY).gt(1))
        .select(col(BronzeColumns.SOURCE_FILE).as(COPY_FILE), col(BronzeColumns.LINE_NUMBER).as(COPY_LINE)));
    Dataset<Row> copies = reuse.of(raw(bronze, source).filter(amongCopies(laterCopies))
        .join(broadcast(laterCopies), col(BronzeColumns.SOURCE_FILE).equalTo(col(COPY_FILE))
            .and(col(BronzeColumns.LINE_NUMBER).equalTo(col(COPY_LINE))))
        .select(col(COPY_FILE), col(COPY_LINE),
            Fields.escaped(coalesce(col(BronzeColumns.CORRUPT_RECORD), rawRecord())).as(COPY_RECORD),
            quarantineYear(source).as(COPY_YEAR)));

    Column outcome = when(col(REASON).isNull(), lit(KEPT))
        .when(col(REASON).isin(Reasons.IGNORED.toArray()), lit(IGNORED))
        .otherwise(lit(QUARANTINED));
    return ruled
        .join(broadcast(copies), col(BronzeColumns.SOURCE_FILE).equalTo(col(COPY_FILE))
            .and(col(BronzeColumns.LINE_NUMBER).equalTo(col(COPY_LINE))), "left")
        .withColumn(REASON, when(col(RULE).isNotNull(), col(RULE))
            .when(col(COPY_FILE).isNotNull(), lit(Reasons.DUPLICATE)))
        .withColumn(OUTCOME, outcome)
        .withColumn(RECORD, when(col(OUTCOME).equalTo(QUARANTINED), coalesce(col(RECORD), col(COPY_RECORD))))
        .withColumn(QUARANTINE_YEAR, coalesce(col(QUARANTINE_YEAR), col(COPY_YEAR)))
        .drop(RULE, COPY_FILE, COPY_LINE, COPY_RECORD, COPY_YEAR);
  }

  /**
   * A filter bronze's files and row groups can be skipped by: the files and lines of the later copies
   * when there are few (none: nothing is read), else no filter (the join alone finds them).
   */
  private static Column amongCopies(Dataset<Row> laterCopies) {
    List<Row> copies = laterCopies.limit(MAX_LISTED_COPIES + 1).collectAsList();
    if (copies.size() > MAX_LISTED_COPIES) {
      return lit(true);
    }
    if (copies.isEmpty()) {
      return lit(false);
    }
    return col(BronzeColumns.SOURCE_FILE).isin(copies.stream().map(r -> r.get(0)).distinct().toArray())
        .and(col(BronzeColumns.LINE_NUMBER).isin(copies.stream().map(r -> r.get(1)).distinct().toArray()));
  }

  /** A raw row's year for quarantine, null when unreadable or the source is not split by year. */
  private static Column quarantineYear(Source source) {
    return source.isYearScoped() ? expr(source.yearSql(RAW + ".")) : lit(null).cast(DataTypes.IntegerType);
  }

  /** The raw fields as one CSV line, spaces and all (Spark's CSV writer would trim them). */
  private static Column rawRecord() {
    return to_csv(col(RAW), Map.of("escape", "\"", "nullValue", "", "ignoreLeadingWhiteSpace", "false",
        "ignoreTrailingWhiteSpace", "false"));
  }

  /** A classified row's year: the parsed one of a kept row, else the raw one (null when unreadable). */
  public static Column rowYear() {
    return coalesce(col(SilverColumns.YEAR), col(QUARANTINE_YEAR));
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
