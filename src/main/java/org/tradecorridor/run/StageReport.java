package org.tradecorridor.run;

import java.time.Instant;
import org.tradecorridor.publish.RunLog;
import org.tradecorridor.quality.StageCounts;

/**
 * What a stage did, as run_log keeps it: its name, when it ran, its counts (none for aggregate) and its
 * message; and its failure when it failed.
 *
 * @param failure the failure, rethrown once the stage's row is written; null when it succeeded
 */
public record StageReport(RunLog.Entry entry, Exception failure) {
  /** A stage's result before it is timed: its counts and its message. */
  public record Result(StageCounts counts, String message) {}

  static StageReport failed(String stage, Instant startedAt, String message, StageCounts counts,
      Exception failure) {
    return new StageReport(new RunLog.Entry(stage, startedAt, Instant.now(), RunLog.FAILED, counts, message), failure);
  }

  public String stage() {
    return entry.stage();
  }

  public StageCounts counts() {
    return entry.counts();
  }
}
