package org.tradecorridor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradecorridor.TestSpark;
import org.tradecorridor.tables.Tables;

/** --catalog-db in a session whose catalog is in memory (the test session's): registered, and said to be lost. */
class CatalogTest {
  @TempDir
  Path warehouse;

  @AfterEach
  void dropTheDatabase() {
    TestSpark.session().sql("DROP DATABASE IF EXISTS trade_in_memory CASCADE");
  }

  @Test
  void aCatalogInMemorySaysSoInOneWarningLineAndStillRegistersTheTables() {
    SampleRun run = SampleRun.main("ingest", "--input", SampleRun.SAMPLE_DATA.toString(), "--warehouse",
        warehouse.toString(), "--years", "2024", "--catalog-db", "trade_in_memory");
    assertEquals(0, run.exitCode, run::toString);
    assertEquals(1, run.out.lines().filter(l -> l.startsWith("WARNING: the session's catalog is in memory")).count(),
        run::toString);
    assertTrue(run.out.contains("[catalog] registered"), run::toString);
    assertFalse(run.err.contains("Exception"), run::toString);
    assertEquals(TestSpark.session().read().format("delta").load(warehouse.resolve(Tables.BRONZE_CUSTOMS).toString())
        .count(), TestSpark.session().table("trade_in_memory." + Tables.BRONZE_CUSTOMS).count());
  }
}
