package org.tradecorridor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.delta.tables.DeltaTable;
import java.math.BigDecimal;
import java.nio.file.Path;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradecorridor.TestSpark;
import org.tradecorridor.tables.Tables;

/** maintain: OPTIMIZE and VACUUM every table, refusing an unsafe retention unless forced. */
class MaintainTest {
  @TempDir
  static Path warehouse;

  @BeforeAll
  static void aRunAndAnAggregateLeaveFilesToCompactAndToRemove() {
    // The shared sample run, copied, and an aggregate after it.
    SharedSampleRun.copy(warehouse);
    SampleRun run = SampleRun.main("aggregate", "--warehouse", warehouse.toString());
    assertEquals(0, run.exitCode, run::toString);
  }

  private static long version(String table) {
    return DeltaTable.forPath(TestSpark.session(), warehouse.resolve(table).toString()).history(1).first()
        .<Long>getAs("version");
  }

  @Test
  void aRetentionShorterThanDeltasSafetyDefaultIsRefused() {
    long before = version(Tables.SILVER_TRADE_FLOWS);
    SampleRun refused = SampleRun.main("maintain", "--warehouse", warehouse.toString(), "--conf",
        "maintenance.vacuumRetentionHours=0");

    assertEquals(2, refused.exitCode, refused::toString);
    assertTrue(refused.err.startsWith("trade-corridor: error: maintenance.vacuumRetentionHours 0 is shorter than "
        + "Delta's safety default of 168 hours"), refused.err);
    assertEquals(before, version(Tables.SILVER_TRADE_FLOWS), "nothing was done");
  }

  @Test
  void optimizesAndVacuumsEveryTableKeepingTheFigures() {
    SampleRun maintain = SampleRun.main("maintain", "--warehouse", warehouse.toString(), "--run-id", "tidy",
        "--force", "--conf", "maintenance.vacuumRetentionHours=0");

    assertEquals(0, maintain.exitCode, maintain::toString);
    Row commit = DeltaTable.forPath(TestSpark.session(), warehouse.resolve(Tables.SILVER_TRADE_FLOWS).toString())
        .history(3).filter("operation = 'OPTIMIZE'").first();
    assertTrue(String.valueOf(commit.getJavaMap(commit.fieldIndex("operationParameters")).get("zOrderBy"))
        .contains("sector"), commit.toString());
    assertTrue(maintain.out.matches("(?s).*gold_bilateral_turnover .*vacuum: [1-9][0-9]* files removed.*"),
        maintain.out);
    assertEquals(1, SampleRun.table(warehouse, Tables.RUN_LOG).filter("run_id = 'tidy' AND stage = 'maintain' "
        + "AND status = 'SUCCEEDED'").count());
    assertEquals(new BigDecimal("27800000000.00"), SampleRun.table(warehouse, Tables.GOLD_BILATERAL_TURNOVER)
        .filter("year = 2024").first().getAs("turnover_usd"));
  }
}
