package org.tradecorridor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The submit jar under SparkSubmit with master local[2], started from a folder with no file beside it. */
class SubmitJarIT {
  @TempDir
  Path elsewhere;

  @Test
  void runsTheSampleDataWithOnlyWhatTheJarCarries() {
    Path warehouse = elsewhere.resolve("warehouse");
    SparkSubmitProcess.Result result = SparkSubmitProcess.run(elsewhere, "local[2]", "run", "--input",
        SampleRun.SAMPLE_DATA.toAbsolutePath().toString(), "--warehouse", warehouse.toString(), "--run-id", "it-1");

    assertEquals(0, result.exitCode(), result::toString);
    assertTrue(result.out().contains("[aggregate]"), result::toString);
    assertEquals(new BigDecimal("27800000000.00"), SampleRun.table(warehouse, "gold_bilateral_turnover")
        .filter("year = 2024").first().getAs("turnover_usd"));
  }

  @Test
  void settingsComeFromTheEnvironmentToo() {
    SparkSubmitProcess.Result result = SparkSubmitProcess.run(elsewhere,
        java.util.Map.of("CONFIG_FORCE_trade_partner", "RU"), "local[2]", "run", "--input", "in", "--warehouse", "w");

    assertEquals(2, result.exitCode(), result::toString);
    assertTrue(result.err().contains("trade-corridor: error: trade.partner must be an ISO 3166-1 alpha-3 code such as KAZ, not 'RU'"),
        result::toString);
  }

  @Test
  void aBadSettingExitsWith2ThroughSparkSubmit() {
    SparkSubmitProcess.Result result = SparkSubmitProcess.run(elsewhere, "local[2]", "run", "--input", "in",
        "--warehouse", "w", "--conf", "customs.commodityLevel=5");

    assertEquals(2, result.exitCode(), result::toString);
    assertTrue(result.err().contains("trade-corridor: error: customs.commodityLevel must be auto, 2, 4 or 6, not 5"),
        result::toString);
  }
}
