package org.tradecorridor.publish;

import io.delta.tables.DeltaTable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.tradecorridor.config.InvalidConfigException;
import org.tradecorridor.tables.Schemas;
import org.tradecorridor.tables.TableDesigns;
import org.tradecorridor.tables.TableSchema;
import org.tradecorridor.tables.Tables;

/**
 * The Delta tables under --warehouse: the only code that knows their paths. Every write is one Delta
 * transaction, so a reader sees a table at its previous or its new version, never half-written; a new
 * table gets its first rows, comments, description, partitioning, properties and CHECK constraints in that
 * one commit. A write that meets a concurrent run's commit is tried again; it is idempotent (it replaces
 * the same rows with the same rows).
 *
 * <p>A warehouse that remembers its writes (a run's) answers a later read of a table it wrote with the rows
 * it wrote (which the run keeps in memory) and, for a table replaced in part, the table's other rows as they
 * were before the write: a run never reads what it wrote back from the table's files.
 */
public final class Warehouse implements AutoCloseable {
  /** Attempts at a write that keeps meeting concurrent commits, and the first pause between them. */
  static final int MAX_ATTEMPTS = Retries.MAX_ATTEMPTS;
  private static final long FIRST_BACKOFF_MILLIS = 500;

  private final SparkSession spark;
  private final String root;
  private final long firstBackoffMillis;
  private final boolean remembersWrites;
  private final java.util.Set<String> verified = java.util.concurrent.ConcurrentHashMap.newKeySet();
  private final java.util.Set<String> prepared = java.util.concurrent.ConcurrentHashMap.newKeySet();
  /** What this run wrote, when it remembers its writes. */
  private final Written written = new Written();
  private volatile Map<String, String> goldProperties = Map.of();

  /** @param root the warehouse folder; a relative path is taken from the working directory */
  public Warehouse(SparkSession spark, String root) {
    this(spark, root, false);
  }

  /**
   * @param root the warehouse folder; a relative path is taken from the working directory
   * @param remembersWrites true for a run, which reads what it wrote as it wrote it; call {@link #close} when done
   */
  public Warehouse(SparkSession spark, String root, boolean remembersWrites) {
    this(spark, root, FIRST_BACKOFF_MILLIS, remembersWrites);
  }

  Warehouse(SparkSession spark, String root, long firstBackoffMillis, boolean remembersWrites) {
    this.spark = spark;
    this.firstBackoffMillis = firstBackoffMillis;
    this.remembersWrites = remembersWrites;
    Path folder = new Path(root);
    try {
      this.root = folder.getFileSystem(spark.sparkContext().hadoopConfiguration()).makeQualified(folder).toString();
    } catch (java.io.IOException e) {
      throw new InvalidConfigException("--warehouse " + root + ": " + e.getMessage(), e);
    }
  }

  public String root() {
    return root;
  }

  public String path(String table) {
    return new Path(root, table).toString();
  }

  public boolean exists(String table) {
    return written.contains(table) || DeltaTable.isDeltaTable(spark, path(table));
  }

  /**
   * A table's rows at its current version, once its last commit is verified; a table this run wrote, as it
   * wrote it, from memory.
   */
  public Dataset<Row> read(String table) {
    Dataset<Row> mine = written.get(table);
    if (mine != null) {
      return mine;
    }
    verifyOnce(table);
    return spark.read().format("delta").load(path(table));
  }

  /** A small table's rows on the driver (gold, quality_flags, run_log); once per run for a table it wrote. */
  public List<Row> rows(String table) {
    return written.contains(table) ? written.rows(table, () -> read(table).collectAsList())
        : read(table).collectAsList();
  }

  /** A table's properties at its latest version (from its log's metadata: no Spark job). */
  public Map<String, String> properties(String table) {
    verifyOnce(table);
    return TableState.of(spark, path(table)).properties();
  }

  /**
   * Replaces the rows that match {@code replaceWhere} (all rows when null) with {@code rows}, in one
   * transaction. A table with a schema (silver, quarantine, gold) is brought to its design first where it
   * differs; a new table is created with these rows and its whole design in one commit.
   *
   * @param replaceWhere a SQL predicate every row of {@code rows} satisfies, or null to replace the table
   */
  public void replace(Dataset<Row> rows, String table, String replaceWhere) {
    replace(rows, table, replaceWhere, rows);
  }

  /**
   * {@link #replace(Dataset, String, String)}, remembering {@code remembered} as the rows written (the same
   * rows as {@code rows} without what only the write needs, such as the observation that counts them).
   */
  public void replace(Dataset<Row> rows, String table, String replaceWhere, Dataset<Row> remembered) {
    Optional<TableSchema> schema = Schemas.of(table);
    long versionBefore = write(schema.map(s -> TableMetadata.commented(rows, s)).orElse(rows), table, replaceWhere,
        false);
    if (remembersWrites) {
      written.replaced(table, schema.map(s -> TableMetadata.commented(remembered, s)).orElse(remembered),
          replaceWhere, versionBefore, version -> atVersion(table, version));
    }
  }

  /** Appends {@code rows} in one transaction; creates the table, with its design, when it does not exist. */
  public void append(Dataset<Row> rows, String table) {
    Dataset<Row> described = Schemas.of(table).map(s -> TableMetadata.commented(rows, s)).orElse(rows);
    long versionBefore = write(described, table, null, true);
    if (remembersWrites) {
      written.appended(table, described, versionBefore, version -> atVersion(table, version));
    }
  }

  /** One write, tried again on a concurrent commit; returns the version written on (-1: a new table). */
  private long write(Dataset<Row> rows, String table, String replaceWhere, boolean append) {
    TableDesigns.Design design = TableDesigns.of(table);
    Optional<TableSchema> schema = Schemas.of(table);
    verifyOnce(table);
    long[] versionBefore = {-1};
    committing(table, () -> {
      Optional<TableState> state = TableState.ifExists(spark, table, path(table));
      if (state.isEmpty()) {
        create(rows, table, schema, design);
        return;
      }
      versionBefore[0] = prepared(table, schema, design, state.get()).version();
      DataFrameWriter<Row> writer = rows.write().format("delta").mode(append ? "append" : "overwrite");
      if (!append && !design.partitionBy().isEmpty()) {
        writer = writer.partitionBy(design.partitionBy().toArray(String[]::new));
      }
      if (!append && design.mergeSchema()) {
        // A table replaced whole takes its rows' schema (so columns an earlier version of the job added
        // go); one replaced in part may only gain columns.
        writer = writer.option(replaceWhere == null ? "overwriteSchema" : "mergeSchema", "true");
      }
      if (replaceWhere != null) {
        writer = writer.option("replaceWhere", replaceWhere);
      }
      writer.save(path(table));
    });
    return versionBefore[0];
  }

  /**
   * The table properties the gold tables carry besides their design's (what their figures were computed
   * for; {@link TableDesigns#goldProperties}).
   */
  public void setGoldProperties(Map<String, String> properties) {
    this.goldProperties = Map.copyOf(properties);
  }

  /** Forgets the rows this run wrote to {@code table}: a later read is the table's own. */
  public void forget(String table) {
    written.forget(table);
  }

  /** Forgets the rows this warehouse remembers writing. */
  @Override
  public void close() {
    written.clear();
  }

  private Dataset<Row> atVersion(String table, long version) {
    return spark.read().format("delta").option("versionAsOf", version).load(path(table));
  }

  /** Creates a table with its first rows and its whole design, in one commit ({@link TableCreation}). */
  private void create(Dataset<Row> rows, String table, Optional<TableSchema> schema, TableDesigns.Design design) {
    TableCreation.create(spark, rows, table, path(table), schema.orElse(null), design,
        Tables.GOLD.contains(table) ? goldProperties : Map.of());
    prepared.add(table);
  }

  /**
   * Once per run and table, before its first write: brings an existing table to its design where it differs
   * ({@link TableMetadata#bringToDesign}); returns its state to write on.
   */
  private TableState prepared(String table, Optional<TableSchema> schema, TableDesigns.Design design,
      TableState state) {
    if (schema.isEmpty() || !prepared.add(table)) {
      return state;
    }
    Map<String, String> properties = Tables.GOLD.contains(table) ? goldProperties : Map.of();
    return TableMetadata.bringToDesign(spark, path(table), schema.get(), design, properties, state)
        ? TableState.of(spark, path(table)) : state;
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
    WarehouseFolder.checkWritable(spark.sparkContext().hadoopConfiguration(), root);
  }

  /** Runs a write, again after a pause when a concurrent run committed to the table first. */
  void committing(String table, Runnable write) {
    Retries.committing(table, firstBackoffMillis, write);
  }

  /** A SQL string literal. */
  public static String literal(String value) {
    return TableSchema.sqlLiteral(value);
  }
}
