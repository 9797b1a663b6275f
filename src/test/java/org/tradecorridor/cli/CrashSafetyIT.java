package org.tradecorridor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradecorridor.generate.SampleDataGenerator;
import org.tradecorridor.TestSpark;
import org.tradecorridor.tables.Tables;

/**
 * SIGKILL while the job writes bronze, silver and gold: every table must still read at its previous or
 * its new Delta version (the killed write's files are on disk but not in the log, so no reader sees
 * them), and the next run must complete with the right figures.
 */
class CrashSafetyIT {
  @TempDir
  static Path work;

  static Path input;

  @BeforeAll
  static void generateInputLargeEnoughForWritesToTakeAWhile() {
    input = work.resolve("input");
    int code = SampleDataGenerator.execute(new PrintStream(new ByteArrayOutputStream()), System.err,
        "--output", input.toString(), "--customs-rows", "30000", "--freight-rows", "6000",
            "--compress", "none");
    assertEquals(0, code);
  }

  @Test
  void killedWhileWritingEachLayerTheTablesStayReadableAndTheNextRunCompletes() throws Exception {
    Path warehouse = work.resolve("warehouse");
    Map<String, Long> countsAfterKills = new LinkedHashMap<>();
    for (String table : List.of(Tables.BRONZE_CUSTOMS, Tables.SILVER_TRADE_FLOWS, Tables.GOLD_BILATERAL_TURNOVER)) {
      // The version the data write starts from: a table the run creates has none (its first commit holds its
      // first rows with its comments and constraints).
      long versionBefore = latestVersion(warehouse.resolve(table));
      Set<Path> filesBefore = dataFiles(warehouse.resolve(table));
      Process job = new ProcessBuilder(SparkSubmitProcess.command("local[2]", Map.of(), "run", "--input",
          input.toString(), "--warehouse", warehouse.toString(), "--run-id", "killed-in-" + table))
          .directory(work.toFile())
          .redirectOutput(work.resolve(table + ".out").toFile())
          .redirectError(work.resolve(table + ".err").toFile())
          .start();

      boolean caughtMidWrite = waitForUncommittedFiles(job, warehouse.resolve(table), filesBefore, versionBefore);
      job.destroyForcibly();
      assertTrue(job.waitFor(60, TimeUnit.SECONDS));
      assertTrue(caughtMidWrite, table + ": the job was to be killed while writing it; it ended first:\n"
          + Files.readString(work.resolve(table + ".out")));

      // The killed write left data files that no log entry names: the table is at its previous version.
      assertEquals(versionBefore, latestVersion(warehouse.resolve(table)), table + " stays at its version");
      assertTrue(dataFiles(warehouse.resolve(table)).size() > filesBefore.size(), table + " has the killed write's files");
      for (String other : Tables.ALL) {
        Path folder = warehouse.resolve(other);
        if (latestVersion(folder) >= 0) {
          long rows = TestSpark.session().read().format("delta").load(folder.toString()).count();
          countsAfterKills.put(table + " killed: " + other, rows);
        }
      }
    }

    countsAfterKills.forEach((what, rows) -> System.out.println("after a kill: " + what + " reads " + rows + " rows"));
    SparkSubmitProcess.Result rerun = SparkSubmitProcess.run(work, "local[2]", "run", "--input", input.toString(),
        "--warehouse", warehouse.toString(), "--run-id", "after-the-kills");
    assertEquals(0, rerun.exitCode(), rerun::toString);

    assertEquals(new BigDecimal("27800000000.00"), SampleRun.table(warehouse, Tables.GOLD_BILATERAL_TURNOVER)
        .filter("year = 2024").first().getAs("turnover_usd"));
    assertEquals(new BigDecimal("2400000.000"), SampleRun.table(warehouse, Tables.GOLD_CORRIDOR_FREIGHT)
        .filter("year = 2023 AND axis = 'EASTERN'").first().getAs("gross_tonnes"));
    assertEquals(new BigDecimal("2200000000.00"), SampleRun.table(warehouse, Tables.GOLD_BILATERAL_TURNOVER)
        .filter("year = 2024").first().getAs("gap_to_target_usd"));
    // Tables read after a kill held a whole version: no more rows than a complete run writes, and a
    // table with rows held all of them (bronze: one row per input line, whichever run wrote them).
    for (Map.Entry<String, Long> seen : countsAfterKills.entrySet()) {
      String other = seen.getKey().substring(seen.getKey().indexOf(": ") + 2);
      if (!other.equals(Tables.RUN_LOG) && !other.equals(Tables.QUARANTINE)) {
        long complete = SampleRun.table(warehouse, other).count();
        assertTrue(seen.getValue() == 0 || seen.getValue() == complete, seen + ", complete: " + complete);
      }
    }
  }

  /** Polls until the table's folder has data files the log does not name yet; false if the job ends first. */
  private static boolean waitForUncommittedFiles(Process job, Path table, Set<Path> filesBefore, long versionBefore)
      throws InterruptedException {
    while (job.isAlive()) {
      Set<Path> files = dataFiles(table);
      if (files.size() > filesBefore.size() && latestVersion(table) == versionBefore) {
        return true;
      }
      Thread.sleep(2);
    }
    return false;
  }

  private static Set<Path> dataFiles(Path table) {
    if (!Files.isDirectory(table)) {
      return Set.of();
    }
    try (Stream<Path> files = Files.walk(table)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".parquet") && !p.toString().contains("_delta_log"))
          .collect(Collectors.toSet());
    } catch (IOException | UncheckedIOException e) {
      return Set.of(); // the folder changed while we looked; look again
    }
  }

  /** The latest committed version, -1 when the table has no commit yet. */
  private static long latestVersion(Path table) {
    Path log = table.resolve("_delta_log");
    if (!Files.isDirectory(log)) {
      return -1;
    }
    try (Stream<Path> entries = Files.list(log)) {
      return entries.map(p -> p.getFileName().toString()).filter(n -> n.matches("\\d{20}\\.json"))
          .mapToLong(n -> Long.parseLong(n.substring(0, 20))).max().orElse(-1);
    } catch (IOException | UncheckedIOException e) {
      return -2;
    }
  }

}
