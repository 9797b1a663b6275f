package org.tradecorridor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.tradecorridor.ingest.InvalidInputException;
import org.tradecorridor.publish.CorruptTableException;
import org.tradecorridor.run.Failures;

class ErrorsTest {
  @Test
  void aFullDiskDeepInASparkTaskIsOneLineNamingTheCause() {
    RuntimeException failure = new IllegalStateException("Job aborted",
        new RuntimeException("Task failed while writing rows", new IOException("No space left on device")));

    assertEquals(Errors.FAILED, Errors.exitCode(failure));
    assertTrue(Failures.oneLine(failure).startsWith("a disk is full (No space left on device): the warehouse's, or "
        + "Spark's scratch folder"), Failures.oneLine(failure));
    assertTrue(Failures.isExplained(Failures.known(failure)), "the line says all; no trace pointer needed");
  }

  @Test
  void theJobsOwnFailuresAreFoundUnderSparksWrappersAndMapToTheirExitCodes() {
    assertEquals(Errors.USAGE, Errors.exitCode(new RuntimeException(new CorruptTableException("warehouse table x"))));
    RuntimeException fromATask = new RuntimeException("Job aborted due to stage failure: "
        + InvalidInputException.class.getName() + ": file:/in/a.csv line 3: not valid UTF-8 text\n\tat ...");
    assertEquals(Errors.USAGE, Errors.exitCode(fromATask));
    assertEquals("file:/in/a.csv line 3: not valid UTF-8 text", Failures.oneLine(fromATask));
    assertEquals("IllegalStateException: first line", Failures.oneLine(new IllegalStateException("first line\nsecond")));
  }
}
