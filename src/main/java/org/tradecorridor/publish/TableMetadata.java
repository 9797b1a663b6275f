package org.tradecorridor.publish;

import static org.apache.spark.sql.functions.col;

import io.delta.tables.DeltaTable;
import io.delta.tables.DeltaTableBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Column;
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
 * {@link TableSchema}, table properties, and CHECK constraints. A table the job creates gets its comments
 * and constraints in the creating commit; a table written by an earlier version of the job, or with
 * other settings, is brought to them in commits of its own, only where something differs.
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
   * Creates a table with no rows, in one commit: its columns with their comments, its description,
   * partitioning, design properties, CHECK constraints and {@code properties}. Its first rows then come in
   * a commit of their own, so the data write is a table's last commit.
   */
  static void create(SparkSession spark, String path, TableSchema schema, TableDesigns.Design design,
      Map<String, String> properties) {
    DeltaTableBuilder builder = DeltaTable.createIfNotExists(spark).location(path).addColumns(schema.struct())
        .comment(schema.description());
    if (!design.partitionBy().isEmpty()) {
      builder = builder.partitionedBy(design.partitionBy().toArray(String[]::new));
    }
    Map<String, String> all = new LinkedHashMap<>(design.properties());
    design.constraints().forEach((name, check) -> all.put("delta.constraints." + name.toLowerCase(Locale.ROOT), check));
    all.putAll(properties);
    for (Map.Entry<String, String> property : all.entrySet()) {
      builder = builder.property(property.getKey(), property.getValue());
    }
    builder.execute();
  }

  /**
   * Adds the columns of the design that an existing table lacks (it was written by an earlier version of the
   * job), each in its place and with its comment, one ALTER TABLE per column. Rows no run has written since
   * hold null there: unknown, until a run covers their years.
   */
  static void addMissingColumns(SparkSession spark, String path, TableSchema schema, StructType current) {
    String previous = null;
    for (TableSchema.Col column : schema.columns()) {
      if (current.getFieldIndex(column.name()).isEmpty()) {
        LOG.info("{}: column {} added", schema.table(), column.name());
        spark.sql("ALTER TABLE " + target(path) + " ADD COLUMNS (`" + column.name() + "` " + column.type().sql()
            + " COMMENT " + Warehouse.literal(column.comment())
            + (previous == null ? " FIRST" : " AFTER `" + previous + "`") + ")");
      }
      previous = column.name();
    }
  }

  /**
   * Rewrites an existing table whose columns' types are not its design's (an earlier version of the job
   * kept percentages in DECIMAL(9,2)), every row cast to the design's types, in one commit; a column the
   * design no longer has goes. Returns whether it did.
   */
  static boolean retype(SparkSession spark, String path, TableSchema schema, TableDesigns.Design design,
      StructType current) {
    List<String> differing = new ArrayList<>();
    for (TableSchema.Col column : schema.columns()) {
      if (current.getFieldIndex(column.name()).isDefined()
          && !current.apply(column.name()).dataType().sameType(column.type())) {
        differing.add(column.name() + " " + current.apply(column.name()).dataType().sql() + " -> "
            + column.type().sql());
      }
    }
    if (differing.isEmpty() && List.of(current.fieldNames()).equals(schema.names())) {
      return false;
    }
    LOG.info("{}: rewritten in its design's types ({})", schema.table(), differing);
    Dataset<Row> rows = spark.read().format("delta").load(path);
    Dataset<Row> cast = rows.select(schema.columns().stream().map(c -> current.getFieldIndex(c.name()).isDefined()
        ? col(c.name()).cast(c.type()).as(c.name()) : org.apache.spark.sql.functions.lit(null).cast(c.type()).as(c.name()))
        .toArray(Column[]::new));
    org.apache.spark.sql.DataFrameWriter<Row> writer = commented(cast, schema).write().format("delta")
        .mode("overwrite").option("overwriteSchema", "true");
    if (!design.partitionBy().isEmpty()) {
      writer = writer.partitionBy(design.partitionBy().toArray(String[]::new));
    }
    writer.save(path);
    return true;
  }

  /**
   * Sets the comments of the table's columns and its description and properties where they differ from
   * the design's: one ALTER COLUMN per column whose comment differs, one SET TBLPROPERTIES for the rest.
   * A column {@code current} lacks is left alone ({@link #addMissingColumns} gave it its comment).
   */
  static void describe(SparkSession spark, String path, TableSchema schema, Map<String, String> properties,
      Row detail, StructType current) {
    String target = target(path);
    for (TableSchema.Col column : schema.columns()) {
      if (current.getFieldIndex(column.name()).isEmpty()) {
        continue;
      }
      StructField field = current.apply(column.name());
      String comment = field.getComment().isDefined() ? field.getComment().get() : null;
      if (!column.comment().equals(comment)) {
        spark.sql("ALTER TABLE " + target + " ALTER COLUMN `" + column.name() + "` COMMENT "
            + Warehouse.literal(column.comment()));
      }
    }
    Map<String, String> now = detail.getJavaMap(detail.fieldIndex("properties"));
    Map<String, String> changed = new LinkedHashMap<>();
    properties.forEach((key, value) -> {
      if (!value.equals(now.get(key))) {
        changed.put(key, value);
      }
    });
    if (!schema.description().equals(detail.getAs("description"))) {
      changed.put("comment", schema.description());
    }
    if (!changed.isEmpty()) {
      LOG.info("{}: description and properties {} set", schema.table(), changed.keySet());
      StringBuilder set = new StringBuilder();
      changed.forEach((key, value) -> set.append(set.isEmpty() ? "" : ", ").append(Warehouse.literal(key))
          .append(" = ").append(Warehouse.literal(value)));
      spark.sql("ALTER TABLE " + target + " SET TBLPROPERTIES (" + set + ")");
    }
  }

  /**
   * Brings an existing table's CHECK constraints to its design: a constraint the design changed is
   * dropped and added again (Delta checks every row against it), one the design added is added.
   */
  static void upgradeConstraints(SparkSession spark, String table, String path, TableDesigns.Design design,
      Row detail) {
    Map<String, String> properties = detail.getJavaMap(detail.fieldIndex("properties"));
    String target = target(path);
    for (Map.Entry<String, String> check : design.constraints().entrySet()) {
      String current = properties.get("delta.constraints." + check.getKey().toLowerCase(Locale.ROOT));
      // Delta keeps a constraint added by ALTER TABLE as its tokens, spaced: compare without blanks.
      if (current != null && current.replaceAll("\\s+", "").equals(check.getValue().replaceAll("\\s+", ""))) {
        continue;
      }
      LOG.info("{}: constraint {} becomes {}", table, check.getKey(), check.getValue());
      if (current != null) {
        spark.sql("ALTER TABLE " + target + " DROP CONSTRAINT " + check.getKey());
      }
      spark.sql("ALTER TABLE " + target + " ADD CONSTRAINT " + check.getKey() + " CHECK (" + check.getValue() + ")");
    }
  }

  private static String target(String path) {
    return "delta.`" + path.replace("`", "``") + "`";
  }
}
