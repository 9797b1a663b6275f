package org.tradecorridor.publish;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tradecorridor.tables.TableDesigns;
import org.tradecorridor.tables.TableSchema;

/**
 * What a table says about itself, kept to its design: column comments and description from its
 * {@link TableSchema}, partitioning, table properties, and CHECK constraints. A table the job creates gets
 * all of them in the commit that holds its first rows ({@link TableCreation}); a table written
 * by an earlier version of the job, or with other settings, is brought to them in commits of its own, only
 * where something differs ({@link #bringToDesign}).
 */
final class TableMetadata {
  private static final Logger LOG = LoggerFactory.getLogger(TableMetadata.class);

  private TableMetadata() {}

  /**
   * The rows with each column carrying its comment.
   *
   * @throws IllegalStateException when the rows' columns or types are not the table's: a defect of the job,
   *     caught before anything is written
   */
  static Dataset<Row> commented(Dataset<Row> rows, TableSchema schema) {
    StructType actual = rows.schema();
    List<String> names = List.of(actual.fieldNames());
    if (!names.equals(schema.names())) {
      throw new IllegalStateException(schema.table() + ": the job wrote columns " + names + " where the table has "
          + schema.names());
    }
    List<Column> columns = new ArrayList<>();
    for (TableSchema.Col column : schema.columns()) {
      StructField field = actual.apply(column.name());
      if (!field.dataType().sameType(column.type())) {
        throw new IllegalStateException(schema.table() + "." + column.name() + ": the job wrote "
            + field.dataType().sql() + " where the table has " + column.type().sql());
      }
      columns.add(col(column.name()).as(column.name(), TableSchema.commented(column.comment())));
    }
    return rows.select(columns.toArray(Column[]::new));
  }

  /**
   * Brings an existing table to its design where it differs, each step a commit of its own: the columns a
   * newer job added, the types and partitioning (rewriting the table once), the CHECK constraints, the
   * comments, description and {@code properties}. A table at its design is left alone: no commit.
   *
   * @return true when a commit was made
   */
  static boolean bringToDesign(SparkSession spark, String path, TableSchema schema, TableDesigns.Design design,
      Map<String, String> properties, TableState state) {
    Map<String, String> backfill = TableDesigns.backfill(schema.table(), state.properties());
    boolean changed = addMissingColumns(spark, path, schema, state.schema(), backfill.keySet());
    if (changed) {
      state = TableState.of(spark, path);
    }
    if (relayout(spark, path, schema, design, state, backfill)) {
      state = TableState.of(spark, path);
      changed = true;
    }
    changed |= upgradeConstraints(spark, schema.table(), path, design, state.properties());
    changed |= describe(spark, path, schema, properties, state);
    return changed;
  }

  /**
   * Adds the columns of the design that an existing table lacks (it was written by an earlier version of the
   * job), each in its place and with its comment, one ALTER TABLE per column. Rows no run has written since
   * hold null there: unknown, until a run covers their years.
   */
  static boolean addMissingColumns(SparkSession spark, String path, TableSchema schema, StructType current,
      Set<String> rewritten) {
    String previous = null;
    boolean added = false;
    for (TableSchema.Col column : schema.columns()) {
      if (current.getFieldIndex(column.name()).isEmpty() && !rewritten.contains(column.name())) {
        LOG.info("{}: column {} added", schema.table(), column.name());
        spark.sql("ALTER TABLE " + target(path) + " ADD COLUMNS (`" + column.name() + "` " + column.type().sql()
            + " COMMENT " + Warehouse.literal(column.comment())
            + (previous == null ? " FIRST" : " AFTER `" + previous + "`") + ")");
        added = true;
      }
      previous = column.name();
    }
    return added;
  }

  /**
   * Rewrites an existing table whose column types or partitioning are not its design's (an earlier version
   * of the job kept percentages in DECIMAL(9,2) and its gold tables unpartitioned), every row cast to the
   * design's types, in one commit; a column the design no longer has goes, a column it lacks is filled by its
   * {@code backfill} expression (SQL), else null. Returns whether it did.
   */
  static boolean relayout(SparkSession spark, String path, TableSchema schema, TableDesigns.Design design,
      TableState state, Map<String, String> backfill) {
    StructType current = state.schema();
    List<String> differing = new ArrayList<>();
    for (TableSchema.Col column : schema.columns()) {
      if (current.getFieldIndex(column.name()).isDefined()
          && !current.apply(column.name()).dataType().sameType(column.type())) {
        differing.add(column.name() + " " + current.apply(column.name()).dataType().sql() + " -> "
            + column.type().sql());
      }
    }
    boolean repartitioned = !state.partitionColumns().equals(design.partitionBy());
    if (differing.isEmpty() && !repartitioned && List.of(current.fieldNames()).equals(schema.names())) {
      return false;
    }
    LOG.info("{}: rewritten in its design's layout (types {}, partitioned by {} where it was by {})", schema.table(),
        differing, design.partitionBy(), state.partitionColumns());
    Dataset<Row> rows = spark.read().format("delta").option("versionAsOf", state.version()).load(path);
    Dataset<Row> cast = rows.select(schema.columns().stream().map(c -> current.getFieldIndex(c.name()).isDefined()
        ? col(c.name()).cast(c.type()).as(c.name())
        : (backfill.containsKey(c.name()) ? expr(backfill.get(c.name())) : lit(null)).cast(c.type()).as(c.name()))
        .toArray(Column[]::new));
    DataFrameWriter<Row> writer = commented(cast, schema).write().format("delta").mode("overwrite")
        .option("overwriteSchema", "true");
    if (!design.partitionBy().isEmpty()) {
      writer = writer.partitionBy(design.partitionBy().toArray(String[]::new));
    }
    writer.save(path);
    return true;
  }

  /**
   * Sets the comments of the table's columns and its description and properties where they differ from
   * the design's: one ALTER COLUMN per column whose comment differs, one SET TBLPROPERTIES for the rest.
   * A column the table lacks is left alone ({@link #addMissingColumns} gave it its comment).
   */
  static boolean describe(SparkSession spark, String path, TableSchema schema, Map<String, String> properties,
      TableState state) {
    String target = target(path);
    boolean changed = false;
    for (TableSchema.Col column : schema.columns()) {
      if (state.schema().getFieldIndex(column.name()).isEmpty()) {
        continue;
      }
      StructField field = state.schema().apply(column.name());
      String comment = field.getComment().isDefined() ? field.getComment().get() : null;
      if (!column.comment().equals(comment)) {
        spark.sql("ALTER TABLE " + target + " ALTER COLUMN `" + column.name() + "` COMMENT "
            + Warehouse.literal(column.comment()));
        changed = true;
      }
    }
    Map<String, String> differing = new LinkedHashMap<>();
    properties.forEach((key, value) -> {
      if (!value.equals(state.properties().get(key))) {
        differing.put(key, value);
      }
    });
    if (!schema.description().equals(state.description())) {
      differing.put("comment", schema.description());
    }
    if (!differing.isEmpty()) {
      LOG.info("{}: description and properties {} set", schema.table(), differing.keySet());
      setProperties(spark, path, differing);
      changed = true;
    }
    return changed;
  }

  /**
   * Brings an existing table's CHECK constraints to its design: a constraint the design changed is
   * dropped and added again (Delta checks every row against it), one the design added is added.
   */
  static boolean upgradeConstraints(SparkSession spark, String table, String path, TableDesigns.Design design,
      Map<String, String> properties) {
    String target = target(path);
    boolean changed = false;
    for (Map.Entry<String, String> check : design.constraints().entrySet()) {
      String current = properties.get(constraintKey(check.getKey()));
      // Delta keeps a constraint added by ALTER TABLE as its tokens, spaced: compare without blanks.
      if (current != null && current.replaceAll("\\s+", "").equals(check.getValue().replaceAll("\\s+", ""))) {
        continue;
      }
      LOG.info("{}: constraint {} becomes {}", table, check.getKey(), check.getValue());
      if (current != null) {
        spark.sql("ALTER TABLE " + target + " DROP CONSTRAINT " + check.getKey());
      }
      spark.sql("ALTER TABLE " + target + " ADD CONSTRAINT " + check.getKey() + " CHECK (" + check.getValue() + ")");
      changed = true;
    }
    return changed;
  }

  /** One ALTER TABLE ... SET TBLPROPERTIES setting {@code properties}. */
  static void setProperties(SparkSession spark, String path, Map<String, String> properties) {
    StringBuilder set = new StringBuilder();
    properties.forEach((key, value) -> set.append(set.isEmpty() ? "" : ", ").append(Warehouse.literal(key))
        .append(" = ").append(Warehouse.literal(value)));
    spark.sql("ALTER TABLE " + target(path) + " SET TBLPROPERTIES (" + set + ")");
  }

  static String constraintKey(String name) {
    return "delta.constraints." + name.toLowerCase(Locale.ROOT);
  }

  static String target(String path) {
    return "delta.`" + path.replace("`", "``") + "`";
  }
}
