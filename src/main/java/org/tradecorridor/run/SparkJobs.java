package org.tradecorridor.run;

import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.sql.SparkSession;

/**
 * Counts the Spark jobs a command starts, for its last line: the fixed cost of a run is mostly jobs that are
 * no data work (Delta log replays, planning), so their number is what performance work watches.
 */
public final class SparkJobs implements AutoCloseable {
  private final SparkSession spark;
  private final AtomicInteger started = new AtomicInteger();
  private final SparkListener listener = new SparkListener() {
    @Override
    public void onJobStart(SparkListenerJobStart jobStart) {
      started.incrementAndGet();
    }
  };

  private SparkJobs(SparkSession spark) {
    this.spark = spark;
    spark.sparkContext().addSparkListener(listener);
  }

  /** Starts counting the session's jobs. */
  public static SparkJobs count(SparkSession spark) {
    return new SparkJobs(spark);
  }

  /** The jobs started so far (Spark reports them a moment after they start). */
  public int started() {
    return started.get();
  }

  @Override
  public void close() {
    spark.sparkContext().removeSparkListener(listener);
  }
}
