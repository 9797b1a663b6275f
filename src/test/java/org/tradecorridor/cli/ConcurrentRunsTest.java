package org.tradecorridor.cli;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.sum;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradecorridor.tables.Tables;

/**
 * Two runs at once on one warehouse: Delta lets one commit first, the other's write meets the
 * conflict and is tried again (or stops with one clear line); the tables end consistent either way.
 */
class ConcurrentRunsTest {
  @TempDir
  Path warehouse;

  @Test
  void twoRunsAtOnceLeaveConsistentTables() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Future<SampleRun>> runs;
    try {
      runs = List.of(
          pool.submit(() -> SampleRun.main("run", "--input", SampleRun.SAMPLE_DATA.toString(), "--warehouse",
              warehouse.toString(), "--run-id", "left")),
          pool.submit(() -> SampleRun.main("run", "--input", SampleRun.SAMPLE_DATA.toString(), "--warehouse",
              warehouse.toString(), "--run-id", "right")));
      for (Future<SampleRun> run : runs) {
        SampleRun result = run.get();
        assertTrue(result.exitCode == 0 || (result.exitCode == 1
                && result.err.lines().findFirst().orElse("").contains("was changed by another run")),
            result::toString);
      }
    } finally {
      pool.shutdownNow();
    }

    // Whatever the interleaving, every table holds one run's worth of rows, not two, and the right figures:
    // bronze every record of the sample's files, silver and quarantine what the run that wrote gold counted.
    assertEquals(SampleFacts.records("customs"), SampleRun.table(warehouse, Tables.BRONZE_CUSTOMS).count());
    assertEquals(SampleFacts.records("freight"), SampleRun.table(warehouse, Tables.BRONZE_FREIGHT).count());
    String goldRun = SampleRun.table(warehouse, Tables.GOLD_BILATERAL_TURNOVER).first().getAs("run_id");
    Dataset<Row> conform = SampleRun.table(warehouse, Tables.RUN_LOG)
        .filter(col("run_id").equalTo(goldRun).and(col("stage").startsWith("conform:")));
    assertEquals(conformed(conform, "conform:customs", "rows_written"),
        SampleRun.table(warehouse, Tables.SILVER_TRADE_FLOWS).count());
    assertEquals(conformed(conform, "conform:freight", "rows_written"),
        SampleRun.table(warehouse, Tables.SILVER_FREIGHT).count());
    assertEquals(conform.agg(sum("rows_quarantined")).first().getLong(0),
        SampleRun.table(warehouse, Tables.QUARANTINE).count());
    assertEquals(6, SampleRun.table(warehouse, Tables.GOLD_BILATERAL_TURNOVER).count());
    assertEquals(new BigDecimal("27800000000.00"), SampleRun.table(warehouse, Tables.GOLD_BILATERAL_TURNOVER)
        .filter("year = 2024").first().getAs("turnover_usd"));
    assertEquals(1, SampleRun.table(warehouse, Tables.GOLD_BILATERAL_TURNOVER)
        .select("run_id").distinct().count(), "gold was written whole by one run at a time");
  }

  private static long conformed(Dataset<Row> conform, String stage, String column) {
    return conform.filter(col("stage").equalTo(stage)).first().getAs(column);
  }
}
