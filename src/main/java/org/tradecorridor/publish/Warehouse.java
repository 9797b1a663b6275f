package org.tradecorridor.publish;

import org.tradecorridor.tables.Schemas;
import org.tradecorridor.tables.TableDesigns;
import org.tradecorridor.tables.TableSchema;
import org.tradecorridor.tables.Tables;
import io.delta.tables.DeltaTable;
import java.util.Map;
import java.util.Optional;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.tradecorridor.config.InvalidConfigException;

/**
 * The Delta tables under --warehouse: the only code that knows their paths. Every write is one Delta
 * transaction, so a reader sees a table at its previous or its new version, never half-written. A
 * write that meets a concurrent run's commit is tried again; it is idempotent (it replaces the same
 * rows with the same rows).
 */
public final class Warehouse {
  /** Attempts at a write that keeps meeting concurrent commits, and the first pause between them. */
  static final int MAX_ATTEMPTS = Retries.MAX_ATTEMPTS;
  private static final long FIRST_BACKOFF_MILLIS = 500;

  private final SparkSession spark;
  private final String root;
  private final long firstBackoffMillis;
  private final java.util.Set<String> verified = java.util.concurrent.ConcurrentHashMap.newKeySet();
  private final java.util.Set<String> prepared = java.util.concurrent.ConcurrentHashMap.newKeySet();
  private volatile Map<String, String> goldProperties = Map.of();
  /** Free space a run needs on a local warehouse's disk before it starts. */
  static final long MIN_FREE_BYTES = 16L << 20;

  /** @param root the warehouse folder; a relative path is taken from the working directory */
  public Warehouse(SparkSession spark, String root) {
    this(spark, root, FIRST_BACKOFF_MILLIS);
  }

  Warehouse(SparkSession spark, String root, long firstBackoffMillis) {
    this.spark = spark;
    this.firstBackoffMillis = firstBackoffMillis;
    Path folder = new Path(root);
    try {
      this.root = folder.getFileSystem(spark.sparkContext().hadoopConfiguration()).makeQualified(folder).toString();
    } catch (java.io.IOException e) {
      throw new org.tradecorridor.config.InvalidConfigException("--warehouse " + root + ": " + e.getMessage(), e);
    }
  }

  public String root() {
    return root;
  }

  public String path(String table) {
    return new Path(root, table).toString();
  }

  public boolean exists(String table) {
    return DeltaTable.isDeltaTable(spark, path(table));
  }

  /** A table's rows at its current version, once its last commit is verified. */
  public Dataset<Row> read(String table) {
    verifyOnce(table);
    return spark.read().format("delta").load(path(table));
  }

  /**
   * Replaces the rows that match {@code replaceWhere} (all rows when null) with {@code rows}, in one
   * transaction. A table with a schema (silver, quarantine, gold) is first created empty with its
   * columns' comments, description, partitioning, properties and CHECK constraints, in one commit, so the
   * constraints guard its first rows too; an existing one is brought to its design before the write.
   * A bronze table is created by its first write, its design's properties in that commit.
   *
   * @param replaceWhere a SQL predicate every row of {@code rows} satisfies, or null to replace the table
   */
  public void replace(Dataset<Row> rows, String table, String replaceWhere) {
    TableDesigns.Design design = TableDesigns.of(table);
    Optional<TableSchema> schema = Schemas.of(table);
    Dataset<Row> described = schema.map(s -> TableMetadata.commented(rows, s)).orElse(rows);
    verifyOnce(table);
    schema.ifPresent(s -> prepare(s, design));
    committing(table, () -> {
      DataFrameWriter<Row> writer = described.write().format("delta").mode("overwrite");
      if (!design.partitionBy().isEmpty()) {
        writer = writer.partitionBy(design.partitionBy().toArray(String[]::new));
      }
      if (design.mergeSchema()) {
        // A table replaced whole takes its rows' schema (so columns an earlier version of the job added
        // go); one replaced in part may only gain columns.
        writer = writer.option(replaceWhere == null ? "overwriteSchema" : "mergeSchema", "true");
      }
      if (replaceWhere != null) {
        writer = writer.option("replaceWhere", replaceWhere);
      }
      if (!exists(table)) {
        for (Map.Entry<String, String> property : design.properties().entrySet()) {
          writer = writer.option(property.getKey(), property.getValue());
        }
      }
      writer.save(path(table));
    });
  }

  /**
   * The table properties the gold tables carry besides their design's (what their figures were computed
   * for; {@link TableDesigns#goldProperties}).
   */
  public void setGoldProperties(Map<String, String> properties) {
    this.goldProperties = Map.copyOf(properties);
  }

  /**
   * Once per run and table, before its first write: creates the table as its design says, or brings an
   * existing one's constraints, comments, description and properties to it where they differ.
   */
  private void prepare(TableSchema schema, TableDesigns.Design design) {
    String table = schema.table();
    if (!prepared.add(table)) {
      return;
    }
    Map<String, String> properties = Tables.GOLD.contains(table) ? goldProperties : Map.of();
    committing(table, () -> {
      try {
        if (!exists(table)) {
          TableMetadata.create(spark, path(table), schema, design, properties);
        } else {
          // One read of the table's schema and one of its detail serve every step below.
          StructType current = spark.read().format("delta").load(path(table)).schema();
          TableMetadata.addMissingColumns(spark, path(table), schema, current);
          if (TableMetadata.retype(spark, path(table), schema, design,
              spark.read().format("delta").load(path(table)).schema())) {
            current = spark.read().format("delta").load(path(table)).schema();
          }
          Row detail = DeltaTable.forPath(spark, path(table)).detail().first();
          TableMetadata.upgradeConstraints(spark, table, path(table), design, detail);
          TableMetadata.describe(spark, path(table), schema, properties, detail, current);
        }
      } catch (Exception e) { // Delta's AnalysisException is a checked exception, thrown undeclared
        throw Retries.creatingMeanwhile(spark, table, path(table), e);
      }
    });
  }

  /** Appends {@code rows} in one transaction; creates the table when it does not exist. */
  public void append(Dataset<Row> rows, String table) {
    Optional<TableSchema> schema = Schemas.of(table);
    Dataset<Row> described = schema.map(s -> TableMetadata.commented(rows, s)).orElse(rows);
    verifyOnce(table);
    schema.ifPresent(s -> prepare(s, TableDesigns.of(table)));
    committing(table, () -> described.write().format("delta").mode("append").save(path(table)));
  }

  /** Verifies the last commit of every table the warehouse holds ({@link #verifyOnce}), before a run writes any. */
  public void verifyTables() {
    Tables.ALL.forEach(this::verifyOnce);
  }

  /**
   * Stops the run, naming the table, when the table's last commit does not hold what its commitInfo
   * says it does (a log cut short): read as truth, it would leave rows of an earlier version beside the
   * new ones. Checked once per table and run, before the table is first read or written.
   */
  private void verifyOnce(String table) {
    if (verified.add(table)) {
      CommitLog.verifyLastCommit(spark.sparkContext().hadoopConfiguration(), table, path(table));
    }
  }

  /**
   * Checks, before any work, that the warehouse can be written: a folder (created when missing) into
   * which a file can be written and removed, on a disk with room left.
   *
   * @throws InvalidConfigException naming the folder and the cause
   */
  public void checkWritable() {
    Path folder = new Path(root);
    try {
      FileSystem fs = folder.getFileSystem(spark.sparkContext().hadoopConfiguration());
      if (fs.exists(folder) && !fs.getFileStatus(folder).isDirectory()) {
        throw new InvalidConfigException("--warehouse " + root + " is a file, not a folder");
      }
      if (!fs.exists(folder) && !fs.mkdirs(folder)) {
        throw new InvalidConfigException("--warehouse " + root + ": cannot create the folder");
      }
      Path probe = new Path(folder, "_trade_corridor_probe_" + java.util.UUID.randomUUID());
      try (var out = fs.create(probe, false)) {
        out.write('x');
      }
      fs.delete(probe, false);
      if ("file".equals(folder.toUri().getScheme())) {
        long free = java.nio.file.Files.getFileStore(java.nio.file.Paths.get(folder.toUri())).getUsableSpace();
        if (free < MIN_FREE_BYTES) {
          throw new InvalidConfigException("--warehouse " + root + ": its disk is full (" + free / 1024
              + " KB free; a run needs at least " + MIN_FREE_BYTES / (1024 * 1024) + " MB)");
        }
      }
    } catch (java.io.IOException e) {
      throw new InvalidConfigException("--warehouse " + root + ": cannot write into it: " + firstLine(e.getMessage()), e);
    }
  }

  /** Runs a write, again after a pause when a concurrent run committed to the table first. */
  void committing(String table, Runnable write) {
    Retries.committing(table, firstBackoffMillis, write);
  }

  static String firstLine(String message) {
    String text = String.valueOf(message);
    int newline = text.indexOf('\n');
    return newline < 0 ? text : text.substring(0, newline);
  }

  /** A SQL string literal. */
  public static String literal(String value) {
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }
}
