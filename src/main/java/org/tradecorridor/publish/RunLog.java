package org.tradecorridor.publish;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.tradecorridor.quality.StageCounts;

/** run_log: one row per run and stage, appended when the stage ends, whether it succeeded or not. */
public final class RunLog {
  public static final String SUCCEEDED = "SUCCEEDED";
  public static final String FAILED = "FAILED";

  static final StructType SCHEMA = StructType.fromDDL(
      "run_id STRING, stage STRING, started_at TIMESTAMP, finished_at TIMESTAMP, status STRING, "
          + "rows_read BIGINT, rows_written BIGINT, rows_quarantined BIGINT, rows_ignored BIGINT, message STRING");

  private final SparkSession spark;
  private final Warehouse warehouse;
  private final String runId;

  public RunLog(SparkSession spark, Warehouse warehouse, String runId) {
    this.spark = spark;
    this.warehouse = warehouse;
    this.runId = runId;
  }

  /**
   * Appends a stage's row.
   *
   * @param stage such as {@code ingest:customs}, {@code conform:freight} or {@code aggregate}
   * @param counts the stage's row counts, or null when it has none (aggregate, or a failure before counting)
   */
  public void record(String stage, Instant startedAt, String status, StageCounts counts, String message) {
    var row = RowFactory.create(runId, stage, Timestamp.from(startedAt), Timestamp.from(Instant.now()), status,
        counts == null ? null : counts.read(),
        counts == null ? null : counts.written(),
        counts == null ? null : counts.quarantined(),
        counts == null ? null : counts.ignored(),
        message);
    warehouse.append(spark.createDataFrame(List.of(row), SCHEMA).coalesce(1), Tables.RUN_LOG);
  }
}
