package org.tradecorridor.publish;

import static org.apache.spark.sql.functions.col;

import io.delta.tables.DeltaTable;
import java.util.ConcurrentModificationException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.DataFrameWriterV2;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.analysis.TableAlreadyExistsException;
import org.apache.spark.sql.catalyst.plans.logical.CollectMetrics;
import org.tradecorridor.tables.TableDesigns;
import org.tradecorridor.tables.TableSchema;

/**
 * A new table, made with its first rows and its whole design in one commit: the columns' comments, the
 * description, partitioning, design properties and CHECK constraints (which guard these first rows: a row
 * that breaks one fails the creation, and nothing is committed).
 */
final class TableCreation {
  private TableCreation() {}

  /**
   * Creates the table at {@code path} with {@code rows}. Spark completes no observation (the counts of rows a
   * stage observes on its write) in a CREATE TABLE AS SELECT: rows that carry one are computed first with the
   * observation (kept rows are then read from memory by the creation).
   *
   * @param schema the table's schema, or null for bronze (no description)
   * @throws ConcurrentModificationException when another run created the table meanwhile: tried again, the
   *     table is there to write to
   */
  static void create(SparkSession spark, Dataset<Row> rows, String table, String path, TableSchema schema,
      TableDesigns.Design design, Map<String, String> properties) {
    if (rows.queryExecution().logical().find(p -> p instanceof CollectMetrics).isDefined()) {
      rows.write().format("noop").mode("overwrite").save();
    }
    try {
      createAsSelect(rows, path, schema == null ? null : schema.description(), design, properties);
    } catch (Exception e) { // Delta's AnalysisException is a checked exception, thrown undeclared
      if (Retries.isConcurrent(e) || DeltaTable.isDeltaTable(spark, path)) {
        throw createdMeanwhile(table, e);
      }
      boolean leftBehind = e instanceof TableAlreadyExistsException || Retries.isCreationLeftBehind(e);
      if (!leftBehind || !hasLog(spark, path)) {
        // (A creation that failed, on a row that breaks a CHECK constraint, leaves a log folder of no commit:
        // the next write takes the folder over as below.)
        throw Retries.rethrow(e);
      }
      // The folder holds what a creation left without committing it (a run killed while creating the table,
      // or another creating it now): the table is made by a plain first write, which takes the folder as it
      // is, Delta's commit settling which run was first; its description follows in a commit of its own.
      try {
        createOver(spark, rows, path, schema, design, properties);
      } catch (Exception again) {
        if (Retries.isConcurrent(again) || DeltaTable.isDeltaTable(spark, path)) {
          throw createdMeanwhile(table, again);
        }
        throw Retries.rethrow(again);
      }
    }
  }

  /** CREATE TABLE AS SELECT through Spark's DataFrameWriterV2: one commit holding rows and design. */
  private static void createAsSelect(Dataset<Row> rows, String path, String description, TableDesigns.Design design,
      Map<String, String> properties) throws TableAlreadyExistsException {
    DataFrameWriterV2<Row> writer = rows.writeTo(TableMetadata.target(path)).using("delta");
    if (!design.partitionBy().isEmpty()) {
      writer = writer.partitionedBy(col(design.partitionBy().get(0)), design.partitionBy().stream().skip(1)
          .map(c -> col(c)).toArray(Column[]::new));
    }
    if (description != null) {
      writer = writer.tableProperty("comment", description);
    }
    for (Map.Entry<String, String> property : designProperties(design, properties).entrySet()) {
      writer = writer.tableProperty(property.getKey(), property.getValue());
    }
    writer.create();
  }

  /**
   * Creates a table by a plain first write of its rows into a folder that holds files no commit names (what a
   * killed creation left): its columns' comments, partitioning, properties and CHECK constraints in that
   * commit (the constraints guard these rows), then its description in one more.
   */
  private static void createOver(SparkSession spark, Dataset<Row> rows, String path, TableSchema schema,
      TableDesigns.Design design, Map<String, String> properties) {
    // errorifexists: a table another run has committed meanwhile is not written over.
    DataFrameWriter<Row> writer = rows.write().format("delta").mode("errorifexists");
    if (!design.partitionBy().isEmpty()) {
      writer = writer.partitionBy(design.partitionBy().toArray(String[]::new));
    }
    Map<String, String> more = new LinkedHashMap<>();
    for (Map.Entry<String, String> property : designProperties(design, properties).entrySet()) {
      if (property.getKey().startsWith("delta.")) {
        writer = writer.option(property.getKey(), property.getValue());
      } else {
        more.put(property.getKey(), property.getValue());
      }
    }
    writer.save(path);
    if (schema != null) {
      more.put("comment", schema.description());
    }
    if (!more.isEmpty()) {
      TableMetadata.setProperties(spark, path, more);
    }
  }

  /** The properties a table of this design carries: its own, its constraints', and {@code properties}. */
  private static Map<String, String> designProperties(TableDesigns.Design design, Map<String, String> properties) {
    Map<String, String> all = new LinkedHashMap<>(design.properties());
    design.constraints().forEach((name, check) -> all.put(TableMetadata.constraintKey(name), check));
    all.putAll(properties);
    return all;
  }

  private static ConcurrentModificationException createdMeanwhile(String table, Exception cause) {
    ConcurrentModificationException conflict = new ConcurrentModificationException("another run created " + table);
    conflict.initCause(cause);
    return conflict;
  }

  /** True when the table's folder holds a Delta log folder (a table, or a creation begun). */
  private static boolean hasLog(SparkSession spark, String path) {
    Path log = new Path(path, "_delta_log");
    try {
      return log.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(log);
    } catch (java.io.IOException e) {
      return false;
    }
  }
}
