package org.tradecorridor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --dry-run checks and prints without writing; the Airflow DAG's options pass it. */
class DryRunTest {
  private static final Path DAG_ARGS = SampleRun.SAMPLE_DATA.getParent().resolve("jobs/airflow/trade_corridor_args.py");

  @TempDir
  Path folder;

  @Test
  void aDryRunChecksInputsAndPrintsThePlanWritingNothing() {
    Path warehouse = folder.resolve("warehouse");
    SampleRun dry = SampleRun.main("run", "--dry-run", "--input", SampleRun.SAMPLE_DATA.toString(), "--warehouse",
        warehouse.toString(), "--years", "2023");

    assertEquals(0, dry.exitCode, dry::toString);
    assertTrue(dry.out.contains("ingest customs   16 files"), dry.out);
    assertTrue(dry.out.contains("aggregate -> gold_bilateral_turnover"), dry.out);
    assertTrue(dry.out.contains("nothing was written"), dry.out);
    assertFalse(Files.exists(warehouse), "a dry run creates nothing");
  }

  @Test
  void aDryRunFindsTheSameBadInputARunWould() throws IOException {
    Path input = folder.resolve("input");
    Files.createDirectories(input.resolve("customs"));
    Files.createDirectories(input.resolve("freight"));
    Files.writeString(input.resolve("customs/a.csv"), "freqCode,refYear\nA,2023\n");
    Files.writeString(input.resolve("freight/a.csv"), "shipment_id\n");

    SampleRun dry = SampleRun.main("ingest", "--dry-run", "--input", input.toString(), "--warehouse",
        folder.resolve("w").toString());

    assertEquals(2, dry.exitCode, dry::toString);
    assertTrue(dry.err.startsWith("trade-corridor: error: file:"), dry.err);
    assertTrue(dry.err.lines().findFirst().orElse("").contains("customs/a.csv line 1: the customs header lacks"), dry.err);
  }

  @Test
  void theAirflowDagGivesSparkTheJvmFlagsOfTheLaunchScripts() throws Exception {
    Process python = new ProcessBuilder("python3", DAG_ARGS.toString(), "--jvm-options").redirectErrorStream(true).start();
    String printed = new String(python.getInputStream().readAllBytes()).strip();
    assertTrue(python.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, python.exitValue(), printed);

    List<String> flags = Files.readAllLines(DAG_ARGS.getParent().resolveSibling("spark-jvm.args")).stream()
        .map(String::strip).filter(l -> !l.isEmpty()).toList();
    assertEquals(flags, List.of(printed.split(" ")));
    assertTrue(flags.contains("-XX:-DontCompileHugeMethods"), flags::toString);
  }

  @Test
  void everyOptionTheAirflowDagPassesIsAcceptedByTheJob() throws Exception {
    Process python = new ProcessBuilder("python3", DAG_ARGS.toString(), SampleRun.SAMPLE_DATA.toString(),
        folder.resolve("warehouse").toString(), "2023", "scheduled__2023-01-01T00:00:00+00:00")
        .redirectErrorStream(true).start();
    String printed = new String(python.getInputStream().readAllBytes());
    assertTrue(python.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, python.exitValue(), printed);

    List<String> stages = printed.lines().toList();
    assertEquals(List.of("ingest", "conform", "aggregate", "report"), stages.stream().map(l -> l.split("\t")[0]).toList(),
        printed);
    for (String line : stages) {
      List<String> args = new ArrayList<>(List.of(line.split("\t")));
      args.add(1, "--dry-run");
      SampleRun dry = SampleRun.main(args.toArray(String[]::new));
      assertEquals(0, dry.exitCode, String.join(" ", args) + "\n" + dry);
      // The stages work on the logical date's year; the report shows every year.
      assertTrue(dry.out.contains(args.get(0).equals("report") ? "years all" : "years 2023"), dry.out);
      assertTrue(dry.out.contains("run scheduled__2023-01-01T00:00:00+00:00"), dry.out);
    }
  }
}
