package org.tradecorridor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What a data engineer sees on the terminal when an input stops the job, through Spark's own SparkSubmit
 * as spark-submit and run-local.sh start it: the job's one line first on stderr, with nothing before it
 * (no JVM warning, no Spark log), and no stack trace after it; the trace is in the log file.
 */
class BadInputStderrIT {
  @TempDir
  Path work;

  static Stream<String> stopCases() {
    return BadInputCorpus.stopCases().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("stopCases")
  void theMessageIsTheFirstLineOnStderrAndNoTraceFollows(String name) {
    Properties expected = BadInputCorpus.expectations(name);
    Path input = BadInputCorpus.input(name, work);

    SparkSubmitProcess.Result result = SparkSubmitProcess.run(work, "local[1]", "run", "--input", input.toString(),
        "--warehouse", work.resolve("w").toString());

    assertEquals(Integer.parseInt(expected.getProperty("exit")), result.exitCode(), result::toString);
    String firstLine = result.err().lines().findFirst().orElse("");
    assertTrue(firstLine.matches(expected.getProperty("message")), "first stderr line: " + firstLine);
    assertEquals(1, result.err().lines().count(), "one line on stderr:\n" + result.err());
    assertFalse(result.err().contains("\tat ") || result.err().contains("Exception"), result.err());
  }

  @org.junit.jupiter.api.Test
  void aFailedQualityGateIsOneLineToo() {
    SparkSubmitProcess.Result result = SparkSubmitProcess.run(work, "local[2]", "run", "--input",
        SampleRun.SAMPLE_DATA.toString(), "--warehouse", work.resolve("w").toString(), "--conf",
        "quality.maxQuarantineRatio=0.0001");

    assertEquals(3, result.exitCode(), result::toString);
    assertTrue(result.err().startsWith("trade-corridor: quality gate failed, gold not written: customs quarantined "),
        result.err());
    assertEquals(1, result.err().lines().count(), "one line on stderr:\n" + result.err());
  }
}
