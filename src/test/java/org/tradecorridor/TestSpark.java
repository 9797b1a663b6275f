package org.tradecorridor;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.tradecorridor.config.SparkSessions;

/** The one local SparkSession of a test run: local[2], 2 shuffle partitions, no UI, Delta as the job has it. */
public final class TestSpark {
  private static SparkSession session;

  private TestSpark() {}

  public static synchronized SparkSession session() {
    if (session == null) {
      // Configured as a local run is (the job's defaults for a local master), then sized for tests.
      session = SparkSessions.configure(SparkSession.builder().master("local[2]").appName("trade-corridor-tests"),
              new SparkConf().set("spark.master", "local[2]"))
          .config("spark.sql.shuffle.partitions", "2")
          .config("spark.default.parallelism", "2")
          .config("spark.ui.enabled", "false")
          .config("spark.sql.warehouse.dir", catalogFolder())
          .config("spark.databricks.delta.snapshotPartitions", "2")
          .config("spark.sql.sources.parallelPartitionDiscovery.parallelism", "2")
          // One JVM runs the whole suite, some hundred job runs on some thousand tables: keep what Spark and
          // Delta remember of past runs small, or the heap fills with it while the memory manager, which
          // does not count it, hands the same heap to tasks (the suite died of OutOfMemoryError).
          .config("spark.sql.ui.retainedExecutions", "50")
          .config("spark.ui.retainedJobs", "100")
          .config("spark.ui.retainedStages", "100")
          .config("spark.ui.retainedTasks", "5000")
          .config("spark.databricks.delta.delta.log.cacheSize", "50")
          .config("spark.buffer.pageSize", "2m")
          // Spark compiles each generated class once per JVM and keeps 100 (a static setting); some hundred
          // runs in one JVM need more, or each run compiles its plans again (Janino was a quarter of the
          // suite's CPU; a warm run of a small input 14.5 -> 7.5 s, the suite 20 -> 12 minutes).
          .config("spark.sql.codegen.cache.maxEntries", "2000")
          .getOrCreate();
    }
    return session;
  }

  /** The in-memory catalog's folder, one per test JVM (the suite runs in two). */
  private static String catalogFolder() {
    try {
      return java.nio.file.Files.createTempDirectory("trade-corridor-tests-warehouse").toString();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
