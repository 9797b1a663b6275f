package org.tradecorridor.conform;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.count_if;
import static org.apache.spark.sql.functions.lit;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.tradecorridor.tables.BronzeColumns;
import org.tradecorridor.tables.SilverColumns;
import org.tradecorridor.tables.Source;

/**
 * Every row of a source's bronze with one outcome: kept for silver, quarantined with a reason, or ignored
 * under a rule; and the projections into silver and quarantine. Pure: nothing is kept in memory or read
 * again here.
 */
public final class Classification {
  private Classification() {}

  /** Classifies bronze in one go: the rules' steps, then duplicates (for tests and the dry run). */
  public static Dataset<Row> classify(SourceRules rules, Dataset<Row> bronze) {
    Dataset<Row> decided = rules.groupRules(rules.rowRules(bronze));
    Dataset<Row> copies = Duplicates.laterCopies(decided, rules.naturalKey());
    return outcomes(decided, Duplicates.records(bronze, rules.source(), copies, lit(true)));
  }

  /** Decided rows and the records of their later copies to every row's outcome ({@code _outcome}, {@code _reason}). */
  public static Dataset<Row> outcomes(Dataset<Row> decided, Dataset<Row> copyRecords) {
    return Duplicates.outcomes(decided, copyRecords);
  }

  /** A classified row's year: the parsed one of a kept row, else the raw one (null when unreadable). */
  public static Column rowYear() {
    return coalesce(col(SilverColumns.YEAR), col(RawRows.QUARANTINE_YEAR));
  }

  /** The counts a stage observes: rows read, per outcome, per reason and rule. */
  public static Column[] counts() {
    List<Column> counts = new ArrayList<>();
    counts.add(count(lit(1)).as(READ));
    counts.add(count_if(col(Outcome.OUTCOME).equalTo(Outcome.KEPT)).as(Outcome.KEPT));
    counts.add(count_if(col(Outcome.OUTCOME).equalTo(Outcome.QUARANTINED)).as(Outcome.QUARANTINED));
    counts.add(count_if(col(Outcome.OUTCOME).equalTo(Outcome.IGNORED)).as(Outcome.IGNORED));
    Reasons.ALL.forEach(r -> counts.add(count_if(col(Outcome.REASON).equalTo(r)).as(r)));
    return counts.toArray(Column[]::new);
  }

  /** The name of the rows-read count in {@link #counts}. */
  public static final String READ = "read";

  /** Silver rows: the kept rows' {@code columns}, with this run's id. */
  public static Dataset<Row> kept(Dataset<Row> classified, List<String> columns, String runId) {
    return classified.filter(col(Outcome.OUTCOME).equalTo(Outcome.KEPT))
        .withColumn(SilverColumns.RUN_ID, lit(runId))
        .select(columns.stream().map(RawRows::quoted).toArray(Column[]::new));
  }

  /** Quarantine rows: the quarantined rows with their reason, raw record, file and line. */
  public static Dataset<Row> quarantined(Dataset<Row> classified, Source source, String runId, Timestamp detectedAt) {
    return classified.filter(col(Outcome.OUTCOME).equalTo(Outcome.QUARANTINED))
        .select(
            lit(source.folder()).as(SilverColumns.SOURCE),
            col(BronzeColumns.SOURCE_FILE).as(SilverColumns.SOURCE_FILE),
            col(BronzeColumns.LINE_NUMBER).as(SilverColumns.LINE_NUMBER),
            col(RawRows.RECORD).as(SilverColumns.RECORD),
            col(Outcome.REASON).as(SilverColumns.REASON),
            lit(runId).as(SilverColumns.RUN_ID),
            lit(detectedAt).as(SilverColumns.DETECTED_AT),
            col(RawRows.QUARANTINE_YEAR).as(SilverColumns.YEAR),
            pairSide(classified, SilverColumns.HOME),
            pairSide(classified, SilverColumns.PARTNER));
  }

  /** The row's pair side where the source has pairs (customs), else null. */
  private static Column pairSide(Dataset<Row> rows, String side) {
    return (java.util.Arrays.asList(rows.columns()).contains(side) ? col(side)
        : lit(null).cast(org.apache.spark.sql.types.DataTypes.StringType)).as(side);
  }
}
