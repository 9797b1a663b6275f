package org.tradecorridor.publish;

import org.tradecorridor.tables.SilverSchemas;
import org.tradecorridor.tables.Tables;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.tradecorridor.quality.StageCounts;

/** run_log: one row per run and stage, appended when the stage ends, whether it succeeded or not. */
public final class RunLog {
  public static final String SUCCEEDED = "SUCCEEDED";
  public static final String FAILED = "FAILED";

  static final StructType SCHEMA = SilverSchemas.RUN_LOG.struct();

  /**
   * One stage's row.
   *
   * @param stage such as {@code ingest:customs}, {@code conform:freight} or {@code aggregate}
   * @param counts the stage's row counts, or null when it has none (aggregate, or a failure before counting)
   */
  public record Entry(String stage, Instant startedAt, Instant finishedAt, String status, StageCounts counts,
      String message) {}

  private final SparkSession spark;
  private final Warehouse warehouse;
  private final String runId;

  public RunLog(SparkSession spark, Warehouse warehouse, String runId) {
    this.spark = spark;
    this.warehouse = warehouse;
    this.runId = runId;
  }

  /** Appends the rows of stages that ended together, in one commit. */
  public void record(List<Entry> entries) {
    List<Row> rows = entries.stream().map(e -> RowFactory.create(runId, e.stage(), Timestamp.from(e.startedAt()),
        Timestamp.from(e.finishedAt()), e.status(),
        e.counts() == null ? null : e.counts().read(),
        e.counts() == null ? null : e.counts().written(),
        e.counts() == null ? null : e.counts().quarantined(),
        e.counts() == null ? null : e.counts().ignored(),
        e.message())).toList();
    warehouse.append(spark.createDataFrame(rows, SCHEMA).coalesce(1), Tables.RUN_LOG);
  }
}
