package org.tradecorridor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.delta.tables.DeltaTable;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradecorridor.TestSpark;
import org.tradecorridor.tables.Tables;

/**
 * Figures of extreme but accepted inputs (issue 23): a percentage that exists is stored, never null; a
 * figure no table can hold stops the run with the job's own line (exit 2) before any gold table is written.
 */
class FigureLimitsTest {
  private static final String HEADER = "freqCode,refYear,refMonth,reporterISO,partnerISO,flowCode,cmdCode,primaryValue\n";

  @TempDir
  Path work;

  private SampleRun run(Path input, Path warehouse) {
    return SampleRun.main("run", "--input", input.toString(), "--warehouse", warehouse.toString(),
        "--conf", "customs.maxValueUsd=1e16");
  }

  private static Map<String, Long> goldVersions(Path warehouse) {
    Map<String, Long> versions = new TreeMap<>();
    for (String table : Tables.GOLD) {
      versions.put(table, DeltaTable.forPath(TestSpark.session(), warehouse.resolve(table).toString()).history(1)
          .first().<Long>getAs("version"));
    }
    return versions;
  }

  @Test
  void aGrowthOfMillionsOfPercentIsStoredAndASumBeyondTheTablesStopsBeforeGold() throws IOException {
    Path input = work.resolve("input");
    SampleRun.copy(BadInputCorpus.ROOT.resolve("base"), input);
    // 2022: a cent each way; 2023 (the base file): 1,000 and 2,000 USD.
    Files.writeString(input.resolve("customs/kaz_2022.csv"), HEADER
        + "A,2022,52,KAZ,RUS,X,010121,0.01\nA,2022,52,KAZ,RUS,M,720110,0.01\n");
    Path warehouse = work.resolve("w");

    SampleRun storable = run(input, warehouse);

    assertEquals(0, storable.exitCode, storable::toString);
    // (3,000.00 - 0.02) / 0.02 x 100: beyond the 9,999,999.99 % that DECIMAL(9,2) held, where it was null.
    assertEquals(new BigDecimal("14999900.00"), SampleRun.table(warehouse, Tables.GOLD_BILATERAL_TURNOVER)
        .filter("year = 2023").first().getAs("yoy_growth_pct"));
    Map<String, Long> before = goldVersions(warehouse);

    // 2024: a hundred rows at the 10^16 USD bound sum to 10^18, beyond DECIMAL(20,2).
    StringBuilder rows = new StringBuilder(HEADER);
    for (int i = 0; i < 100; i++) {
      rows.append(String.format("A,2024,52,KAZ,RUS,X,0101%02d,10000000000000000\n", i));
    }
    Files.writeString(input.resolve("customs/kaz_2024.csv"), rows);

    SampleRun stopped = run(input, warehouse);

    assertEquals(2, stopped.exitCode, stopped::toString);
    String first = stopped.err.lines().findFirst().orElse("");
    assertTrue(first.matches("trade-corridor: error: the tables cannot hold the [a-z ]+ of 2024: it "
        + "exceeds decimal\\(20,2\\); check the largest values of that year; no gold table was written"), first);
    assertEquals(1, stopped.err.lines().count(), stopped.err);
    assertEquals(before, goldVersions(warehouse), "gold as it was");
  }
}
