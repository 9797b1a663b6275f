package org.tradecorridor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tradecorridor.TestSpark;
import org.tradecorridor.config.ConfigLoader;
import org.tradecorridor.config.JobConfig;
import org.tradecorridor.config.RunArguments;
import org.tradecorridor.conform.CustomsConform;
import org.tradecorridor.conform.FreightConform;
import org.tradecorridor.conform.Outcome;
import org.tradecorridor.conform.ProjectsConform;
import org.tradecorridor.reference.ReferenceData;
import org.tradecorridor.reference.ReferenceFiles;

/**
 * The bad-input corpus (src/test/resources/bad-input): one small case per failure mode, each with its
 * expected outcome. Cases under stops/ must stop the run with exit 2 and a message naming the file (and
 * line); the files under rows/ go through one run, and every line must end as rows/expected.csv says.
 */
class BadInputCorpusTest {
  static final Path CORPUS = BadInputCorpus.ROOT;

  @TempDir
  Path work;

  static Stream<String> stopCases() {
    return BadInputCorpus.stopCases().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("stopCases")
  void stopsWithExit2AndOneLineNamingTheFile(String name) {
    Properties expected = BadInputCorpus.expectations(name);
    Path input = BadInputCorpus.input(name, work);

    SampleRun run = SampleRun.main("run", "--input", input.toString(), "--warehouse", work.resolve("w").toString());

    assertEquals(Integer.parseInt(expected.getProperty("exit")), run.exitCode, run::toString);
    String firstLine = run.err.lines().findFirst().orElse("");
    System.out.println(name + " -> exit " + run.exitCode + ": " + firstLine);
    assertTrue(firstLine.matches(expected.getProperty("message")), "first stderr line: " + firstLine);
  }

  @Test
  void everyLineOfTheRowCasesEndsAsExpected() throws IOException {
    Path input = CORPUS.resolve("rows/input");
    Path warehouse = work.resolve("w");
    Properties settings = BadInputCorpus.properties(CORPUS.resolve("rows/case.properties"));
    List<String> args = new ArrayList<>(List.of("run", "--input", input.toString(), "--warehouse",
        warehouse.toString(), "--run-id", "corpus"));
    Map<String, String> overrides = new TreeMap<>();
    settings.stringPropertyNames().stream().filter(k -> k.startsWith("conf.")).forEach(k -> {
      overrides.put(k.substring(5), settings.getProperty(k));
      args.add("--conf");
      args.add(k.substring(5) + "=" + settings.getProperty(k));
    });

    SampleRun run = SampleRun.main(args.toArray(String[]::new));
    assertEquals(0, run.exitCode, run::toString);

    Map<String, String> expected = new TreeMap<>();
    Files.readAllLines(CORPUS.resolve("rows/expected.csv")).stream().skip(1).forEach(line -> {
      String[] cells = line.split(",", 3);
      expected.put(cells[0] + ":" + cells[1], cells[2]);
    });
    assertEquals(expected, outcomesOfEveryLine(input, warehouse, overrides));

    // The tables hold what the outcomes say: quarantine the bad lines, silver the kept ones.
    Map<String, String> quarantined = new TreeMap<>();
    for (Row row : SampleRun.table(warehouse, "quarantine").collectAsList()) {
      quarantined.put(row.<String>getAs("source_file") + ":" + row.getAs("line_number"), row.getAs("reason"));
    }
    Map<String, String> expectedQuarantine = new TreeMap<>(expected);
    expectedQuarantine.values().removeIf(o -> o.equals(Outcome.KEPT) || o.startsWith("ignored"));
    assertEquals(expectedQuarantine, quarantined);
    assertEquals(expected.values().stream().filter(o -> o.equals(Outcome.KEPT)).count(),
        SampleRun.table(warehouse, "silver_trade_flows").count() + SampleRun.table(warehouse, "silver_freight").count()
            + SampleRun.table(warehouse, "silver_projects").count());

    // Windows-1251 text, read as the configuration says, is text.
    assertEquals(1, SampleRun.table(warehouse, "silver_projects")
        .filter("name = 'Зерновой терминал, Костанай'").count());
  }

  /** Every bronze line's outcome, by file and line, as conform decides it with the run's settings. */
  private static Map<String, String> outcomesOfEveryLine(Path input, Path warehouse, Map<String, String> overrides) {
    JobConfig config = ConfigLoader.load(new RunArguments(input.toString(), warehouse.toString(), null, overrides,
        null, "check"), com.typesafe.config.ConfigFactory.empty());
    ReferenceData reference = ReferenceFiles.load(TestSpark.session().sparkContext().hadoopConfiguration(),
        config.hsSectorsPath(), config.corridorNodesPath(), config.countriesPath(), config.projectSectorsPath());
    List<Dataset<Row>> classified = List.of(
        CustomsConform.classify(SampleRun.table(warehouse, "bronze_customs"), config.rules(), reference),
        FreightConform.classify(SampleRun.table(warehouse, "bronze_freight"), config.rules(), reference),
        ProjectsConform.classify(SampleRun.table(warehouse, "bronze_projects"), config.rules(), reference));
    Map<String, String> outcomes = new TreeMap<>();
    for (Dataset<Row> rows : classified) {
      for (Row row : rows.collectAsList()) {
        String outcome = row.getAs(Outcome.OUTCOME);
        String reason = row.getAs(Outcome.REASON);
        outcomes.put(row.<String>getAs("source_file") + ":" + row.getAs("line_number"),
            outcome.equals(Outcome.KEPT) ? Outcome.KEPT
                : outcome.equals(Outcome.IGNORED) ? "ignored: " + reason : reason);
      }
    }
    return outcomes;
  }

}
