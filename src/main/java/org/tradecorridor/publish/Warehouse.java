package org.tradecorridor.publish;

import io.delta.tables.DeltaTable;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The Delta tables under --warehouse: the only code that knows their paths. Every write is one Delta
 * transaction, so a reader sees a table at its previous or its new version, never half-written.
 */
public final class Warehouse {
  private final SparkSession spark;
  private final String root;

  public Warehouse(SparkSession spark, String root) {
    this.spark = spark;
    this.root = root;
  }

  /** How a table is laid out when a write creates it. */
  public record Layout(List<String> partitionBy, Map<String, String> properties, boolean mergeSchema) {
    public static final Layout PLAIN = new Layout(List.of(), Map.of(), false);

    public static Layout partitionedBy(String... columns) {
      return new Layout(List.of(columns), Map.of(), false);
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

  public Dataset<Row> read(String table) {
    return spark.read().format("delta").load(path(table));
  }

  /**
   * Replaces the rows that match {@code replaceWhere} (all rows when null) with {@code rows}, in one
   * transaction; creates the table when it does not exist.
   *
   * @param replaceWhere a SQL predicate every row of {@code rows} satisfies, or null to replace the table
   */
  public void replace(Dataset<Row> rows, String table, String replaceWhere, Layout layout) {
    boolean exists = exists(table);
    DataFrameWriter<Row> writer = rows.write().format("delta").mode("overwrite");
    if (!layout.partitionBy().isEmpty()) {
      writer = writer.partitionBy(layout.partitionBy().toArray(String[]::new));
    }
    if (layout.mergeSchema()) {
      writer = writer.option("mergeSchema", "true");
    }
    if (exists && replaceWhere != null) {
      writer = writer.option("replaceWhere", replaceWhere);
    }
    if (!exists) {
      for (Map.Entry<String, String> property : layout.properties().entrySet()) {
        writer = writer.option(property.getKey(), property.getValue());
      }
    }
    writer.save(path(table));
  }

  /** Appends {@code rows} in one transaction; creates the table when it does not exist. */
  public void append(Dataset<Row> rows, String table) {
    rows.write().format("delta").mode("append").save(path(table));
  }

  /** A SQL string literal. */
  public static String literal(String value) {
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }
}
