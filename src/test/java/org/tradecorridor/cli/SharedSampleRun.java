package org.tradecorridor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One run of the job on the shipped sample data per test JVM, into a warehouse of its own with its report,
 * for the tests that read what a sample run writes: each of them would pay the run's start-up again for the
 * same tables. A test that changes a warehouse works on a copy ({@link #copy}).
 *
 * @param run what the run printed and its exit code
 * @param warehouse the warehouse the run wrote; read only
 * @param report the folder of its report, index.html
 */
record SharedSampleRun(SampleRun run, Path warehouse, Path report) {
  /** The run id of the shared run. */
  static final String RUN_ID = "sample-1";

  private static SharedSampleRun shared;

  /** The shared run, run at the first call. */
  static synchronized SharedSampleRun get() {
    if (shared == null) {
      try {
        Path folder = Files.createTempDirectory("trade-corridor-shared-sample-run");
        folder.toFile().deleteOnExit();
        Path warehouse = folder.resolve("warehouse");
        Path report = folder.resolve("report");
        SampleRun run = SampleRun.main("run", "--input", SampleRun.SAMPLE_DATA.toString(), "--warehouse",
            warehouse.toString(), "--run-id", RUN_ID, "--conf", "report.output=" + report);
        assertEquals(0, run.exitCode, run::toString);
        shared = new SharedSampleRun(run, warehouse, report);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return shared;
  }

  /** A copy of the shared run's warehouse at {@code target}, for a test that changes it. */
  static Path copy(Path target) {
    return SampleRun.copyWarehouse(get().warehouse(), target);
  }
}
