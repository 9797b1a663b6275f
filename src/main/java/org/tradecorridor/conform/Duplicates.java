package org.tradecorridor.conform;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.tradecorridor.tables.BronzeColumns;
import org.tradecorridor.tables.Source;

/**
 * DUPLICATE: among the rows that passed every rule, a natural key an earlier row (by file path, then
 * line) already had. Found on a narrow projection (key, file, line); only the few later copies travel
 * back, broadcast, so the wide rows are never shuffled. Their raw records are read from bronze again.
 */
public final class Duplicates {
  private Duplicates() {}

  static final String COPY_FILE = "_copy_file";
  static final String COPY_LINE = "_copy_line";
  private static final String COPY = "_copy";
  private static final String COPY_RECORD = "_copy_record";
  private static final String COPY_YEAR = "_copy_year";
  /** Up to this many later copies, bronze is read only where they are ({@link #amongListed}). */
  public static final int MAX_LISTED = 1000;

  /** The file and line ({@code _copy_file}, {@code _copy_line}) of every later copy among decided rows. */
  public static Dataset<Row> laterCopies(Dataset<Row> decided, List<Column> naturalKey) {
    List<Column> narrow = new ArrayList<>(naturalKey);
    narrow.add(col(BronzeColumns.SOURCE_FILE));
    narrow.add(col(BronzeColumns.LINE_NUMBER));
    return decided.filter(col(RawRows.RULE).isNull())
        .select(narrow.toArray(Column[]::new))
        .withColumn(COPY, row_number().over(Window.partitionBy(naturalKey.toArray(Column[]::new))
            .orderBy(col(BronzeColumns.SOURCE_FILE), col(BronzeColumns.LINE_NUMBER))))
        .filter(col(COPY).gt(1))
        .select(col(BronzeColumns.SOURCE_FILE).as(COPY_FILE), col(BronzeColumns.LINE_NUMBER).as(COPY_LINE));
  }

  /**
   * A filter of bronze that its files and row groups can be skipped by: the files and lines of these
   * copies (none: nothing is read), or no filter when there are more than {@value #MAX_LISTED}.
   */
  public static Column amongListed(List<Row> copies) {
    if (copies.size() > MAX_LISTED) {
      return lit(true);
    }
    if (copies.isEmpty()) {
      return lit(false);
    }
    return col(BronzeColumns.SOURCE_FILE).isin(copies.stream().map(r -> r.get(0)).distinct().toArray())
        .and(col(BronzeColumns.LINE_NUMBER).isin(copies.stream().map(r -> r.get(1)).distinct().toArray()));
  }

  /**
   * The raw record and year of each later copy, from bronze.
   *
   * @param where a filter of bronze that keeps every copy ({@link #amongListed}, or lit(true))
   */
  public static Dataset<Row> records(Dataset<Row> bronze, Source source, Dataset<Row> laterCopies, Column where) {
    return RawRows.of(bronze, source).filter(where)
        .join(broadcast(laterCopies), col(BronzeColumns.SOURCE_FILE).equalTo(col(COPY_FILE))
            .and(col(BronzeColumns.LINE_NUMBER).equalTo(col(COPY_LINE))))
        .select(col(COPY_FILE), col(COPY_LINE), RawRows.record(source).as(COPY_RECORD), RawRows.year(source).as(COPY_YEAR));
  }

  /**
   * Every row's outcome ({@code _reason}, {@code _outcome}): its rule, else DUPLICATE for a later copy,
   * else kept; a quarantined row with its raw record and year.
   */
  static Dataset<Row> outcomes(Dataset<Row> decided, Dataset<Row> copyRecords) {
    Column outcome = when(col(Outcome.REASON).isNull(), lit(Outcome.KEPT))
        .when(col(Outcome.REASON).isin(Reasons.IGNORED.toArray()), lit(Outcome.IGNORED))
        .otherwise(lit(Outcome.QUARANTINED));
    return decided
        .join(broadcast(copyRecords), col(BronzeColumns.SOURCE_FILE).equalTo(col(COPY_FILE))
            .and(col(BronzeColumns.LINE_NUMBER).equalTo(col(COPY_LINE))), "left")
        .withColumn(Outcome.REASON, when(col(RawRows.RULE).isNotNull(), col(RawRows.RULE))
            .when(col(COPY_FILE).isNotNull(), lit(Reasons.DUPLICATE)))
        .withColumn(Outcome.OUTCOME, outcome)
        .withColumn(RawRows.RECORD, when(col(Outcome.OUTCOME).equalTo(Outcome.QUARANTINED),
            coalesce(col(RawRows.RECORD), col(COPY_RECORD))))
        .withColumn(RawRows.QUARANTINE_YEAR, coalesce(col(RawRows.QUARANTINE_YEAR), col(COPY_YEAR)))
        .drop(RawRows.RULE, COPY_FILE, COPY_LINE, COPY_RECORD, COPY_YEAR);
  }
}
