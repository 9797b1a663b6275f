package org.tradecorridor.run;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.apache.spark.sql.Observation;
import org.tradecorridor.publish.RunLog;

/**
 * The harness every stage runs in: it times the stage, checks that its rows add up, appends its run_log
 * row (the stages that end together in one commit) and prints its progress line; then rethrows the
 * first failure among them.
 */
public final class Stages {
  private final RunLog runLog;
  private final Progress progress;

  public Stages(RunLog runLog, Progress progress) {
    this.runLog = runLog;
    this.progress = progress;
  }

  /** Runs a stage; a failure becomes a FAILED report, rethrown by {@link #finish}. */
  public StageReport run(String stage, Instant startedAt, Supplier<StageReport.Result> body) {
    try {
      StageReport.Result result = body.get();
      if (result.counts() != null && !result.counts().balances()) {
        throw new IllegalStateException(stage + ": rows do not add up: " + result.counts());
      }
      return new StageReport(new RunLog.Entry(stage, startedAt, Instant.now(), RunLog.SUCCEEDED, result.counts(),
          result.message()), null);
    } catch (Exception e) { // Spark's and Delta's checked exceptions too, thrown undeclared from Scala
      return StageReport.failed(stage, startedAt, Failures.oneLine(e), null, e);
    }
  }

  /** Appends the reports' run_log rows in one commit and prints their lines; then rethrows the first failure. */
  public List<StageReport> finish(List<StageReport> reports) {
    Exception failure = reports.stream().map(StageReport::failure).filter(f -> f != null).findFirst()
        .orElse(null);
    try {
      runLog.record(reports.stream().map(StageReport::entry).toList());
    } catch (Exception logFailure) {
      if (failure == null) {
        throw Failures.rethrow(logFailure);
      }
      failure.addSuppressed(logFailure);
    }
    reports.forEach(r -> progress.step(r.stage(), r.entry().message(), r.entry().startedAt(), r.entry().finishedAt()));
    if (failure != null) {
      throw Failures.rethrow(failure);
    }
    return reports;
  }

  /** An observation named uniquely, as Spark needs when runs share a session. */
  public static Observation observation(String name) {
    return new Observation(name + "_" + UUID.randomUUID().toString().replace("-", ""));
  }

  /** The metrics an observed write collected; the write has finished, so they are there. */
  public static Map<String, Object> metrics(Observation observation) {
    try {
      return observation.getAsJava();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading row counts", e);
    }
  }
}
