package org.tradecorridor.config;

import java.util.Map;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.tradecorridor.config.localfs.LocalFileSystemWithoutForks;
import org.tradecorridor.config.localfs.LocalFsWithoutForks;

/** The only place a SparkSession is built; spark-submit sets master and resources. */
public final class SparkSessions {
  private SparkSessions() {}

  /**
   * What the job needs from every session: Delta, UTC, no variable substitution. These are set whatever
   * spark-submit says, because the tables depend on them.
   */
  private static final Map<String, String> REQUIRED = Map.of(
      "spark.sql.extensions", "io.delta.sql.DeltaSparkSessionExtension",
      "spark.sql.catalog.spark_catalog", "org.apache.spark.sql.delta.catalog.DeltaCatalog",
      "spark.sql.session.timeZone", "UTC",
      // No ${...} in the SQL the job builds (predicates, paths) is ever a reference to a setting: a file
      // or folder name is taken as it is, and no configuration value can be echoed into a message.
      "spark.sql.variable.substitute", "false",
      // A table whose log disagrees with its checksum file stops the run instead of being read as truth.
      "spark.databricks.delta.checksum.mismatch.fatal", "true");

  /**
   * Sensible defaults for a batch job of this shape; spark-submit --conf wins over each of them.
   * Adaptive execution coalesces shuffle partitions, so a small default is no limit on a cluster.
   */
  private static final Map<String, String> DEFAULTS = Map.of(
      "spark.sql.adaptive.enabled", "true",
      "spark.sql.adaptive.coalescePartitions.enabled", "true",
      "spark.sql.shuffle.partitions", "64",
      "spark.sql.sources.partitionOverwriteMode", "static",
      "spark.databricks.delta.schema.autoMerge.enabled", "false",
      "spark.ui.showConsoleProgress", "false",
      // A task writes its rows' year partitions through concurrent writers instead of sorting them first.
      "spark.sql.maxConcurrentOutputFileWriters", "16",
      // Every SQL execution renders its plan for the UI's listener, which runs without the UI too: the plain
      // rendering, not the formatted one, whose text ran to hundreds of MB a run.
      "spark.sql.ui.explainMode", "simple",
      // Delta 4.2 keeps a small table's file list in its checksum file only to verify it, which costs a
      // Spark job after every commit; reads never use it.
      "spark.databricks.delta.allFilesInCrc.enabled", "false",
      // A checkpoint every 100 commits of a table the job creates, not every 10: each costs a few Spark jobs
      // (and checks) in the run that reaches it, where replaying up to 100 small commits costs next to nothing.
      "spark.databricks.delta.properties.defaults.checkpointInterval", "100");

  /** Where an in-memory catalog keeps its folder (no file ever lands there), gone when the JVM ends. */
  private static final java.nio.file.Path CATALOG_SCRATCH = java.nio.file.Paths.get(
      System.getProperty("java.io.tmpdir"), "trade-corridor-catalog-" + ProcessHandle.current().pid());

  static {
    CATALOG_SCRATCH.toFile().deleteOnExit();
  }

  /** A session for a job submitted with spark-submit (or run by tests with a master already set). */
  public static SparkSession forJob(String appName) {
    return configure(SparkSession.builder().appName(appName), new SparkConf()).getOrCreate();
  }

  /**
   * A session for a job that registers its tables by name ({@code catalog.database} set), or queries
   * them: in local mode, with Spark's Hive support on the class path and no catalog submitted, the catalog
   * is an embedded Hive metastore (Derby) in {@code metastore}, so tables registered by one session are
   * found by the next. On a cluster, or with a catalog given to spark-submit, the session's own catalog.
   */
  public static SparkSession forJob(String appName, String metastore) {
    return withMetastore(SparkSession.builder().appName(appName), new SparkConf(), metastore);
  }

  /**
   * A session that reads a warehouse (query, the notebook): with the persistent catalog when a run kept one
   * in {@code metastore} (catalog.metastore, local mode), so the databases it registered are there without
   * naming one; otherwise its catalog is in memory.
   *
   * @param submitted the configuration the session is started with (spark.master among it)
   */
  public static SparkSession forReading(SparkSession.Builder builder, SparkConf submitted, String metastore) {
    return catalogKept(metastore) ? withMetastore(builder, submitted, metastore)
        : configure(builder, submitted).getOrCreate();
  }

  /** {@link #forReading(SparkSession.Builder, SparkConf, String)} for a submitted job. */
  public static SparkSession forReading(String appName, String metastore) {
    return forReading(SparkSession.builder().appName(appName), new SparkConf(), metastore);
  }

  /** True when {@code metastore} holds the embedded metastore a run kept. */
  static boolean catalogKept(String metastore) {
    return java.nio.file.Files.isDirectory(java.nio.file.Paths.get(metastore, "metastore_db"));
  }

  private static SparkSession withMetastore(SparkSession.Builder builder, SparkConf submitted, String metastore) {
    configure(builder, submitted);
    if (submitted.get("spark.master", "").startsWith("local") && !submitted.contains("spark.sql.catalogImplementation")
        && hiveOnClassPath()) {
      java.nio.file.Path folder = java.nio.file.Paths.get(metastore).toAbsolutePath();
      try {
        java.nio.file.Files.createDirectories(folder);
      } catch (java.io.IOException e) {
        throw new InvalidConfigException("catalog.metastore " + folder + ": cannot create the folder (" + e.getMessage() + ")", e);
      }
      System.setProperty("derby.stream.error.file", folder.resolve("derby.log").toString());
      builder.config("spark.sql.catalogImplementation", "hive");
      setUnlessSubmitted(builder, submitted, "spark.sql.warehouse.dir", folder.resolve("spark-warehouse").toString());
      setUnlessSubmitted(builder, submitted, "spark.hadoop.javax.jdo.option.ConnectionURL",
          "jdbc:derby:;databaseName=" + folder.resolve("metastore_db") + ";create=true");
    }
    return builder.getOrCreate();
  }

  /** True when Spark's Hive support (spark-hive) can be loaded. */
  static boolean hiveOnClassPath() {
    try {
      Class.forName("org.apache.spark.sql.hive.HiveSessionStateBuilder", false, SparkSessions.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  /** True when the session's catalog lasts only as long as the session. */
  public static boolean catalogInMemory(SparkSession spark) {
    return "in-memory".equals(spark.conf().get("spark.sql.catalogImplementation", "in-memory"));
  }

  /**
   * Defaults for a local master only, sized to the machine: shuffles of twice as many partitions as
   * cores (a cluster's 64 would make every small shuffle, cache and partitioned write 64 tasks), scans
   * split finely enough to keep every core busy, and
   * Delta's log replay and file listing in a few tasks (defaults sized for clusters and long logs).
   */
  private static final Map<String, String> LOCAL_DEFAULTS = Map.of(
      "spark.sql.shuffle.partitions", String.valueOf(Math.max(4, 2 * Runtime.getRuntime().availableProcessors())),
      // Table scans in about eight tasks per core (a file each, for bronze), so no core idles long while
      // another finishes a last split.
      "spark.sql.files.minPartitionNum", String.valueOf(8 * Runtime.getRuntime().availableProcessors()),
      "spark.databricks.delta.snapshotPartitions", "4",
      // VACUUM lists a table's folders in this many tasks (10,000 by default).
      "spark.sql.sources.parallelPartitionDiscovery.parallelism", "8",
      // Spark 4.1's SortExec keeps each task's last sorter in a thread-local of the task thread, and with it
      // a page it was reading, after the memory manager has counted that page free; in one local JVM with
      // a small heap, pages of the default size (up to 64 MB) kept this way ran it out of memory.
      "spark.buffer.pageSize", "4m",
      // On one machine adaptive execution only adds work: it runs every shuffle stage as a job of its own and
      // plans again between them, and its coalescing is not needed with shuffles sized to the cores.
      "spark.sql.adaptive.enabled", "false",
      // A join of two small tables (the gold tables' year before) as a shuffle inside its query's job, not
      // a broadcast that costs a job of its own; joins of large rows with small ones say broadcast() themselves.
      "spark.sql.autoBroadcastJoinThreshold", "-1",
      // Without Hadoop's native library (Spark's jars have none) its local file system starts a process for
      // every chmod and every link check: 661 in a sample run, each forked from the driver's JVM.
      // The same file system with both done in Java (config.localfs): 6 processes; a sample run 47.9 -> 43.4 s.
      "spark.hadoop.fs.file.impl", LocalFileSystemWithoutForks.class.getName(),
      "spark.hadoop.fs.AbstractFileSystem.file.impl", LocalFsWithoutForks.class.getName());

  /** Applies the required settings, and the defaults that {@code submitted} does not set already. */
  public static SparkSession.Builder configure(SparkSession.Builder builder, SparkConf submitted) {
    REQUIRED.forEach(builder::config);
    if (!submitted.contains("spark.sql.catalogImplementation")) {
      // The job keeps no table of Spark's own: an in-memory catalog's folder (./spark-warehouse by default,
      // made in the working folder) goes to a temporary folder; a persistent catalog sets its own.
      setUnlessSubmitted(builder, submitted, "spark.sql.warehouse.dir", CATALOG_SCRATCH.toString());
    }
    Map<String, String> defaults = new java.util.HashMap<>(DEFAULTS);
    if (submitted.get("spark.master", "").startsWith("local")) {
      defaults.putAll(LOCAL_DEFAULTS);
    }
    defaults.forEach((key, value) -> setUnlessSubmitted(builder, submitted, key, value));
    return builder;
  }

  private static void setUnlessSubmitted(SparkSession.Builder builder, SparkConf submitted, String key, String value) {
    if (!submitted.contains(key)) {
      builder.config(key, value);
    }
  }
}
