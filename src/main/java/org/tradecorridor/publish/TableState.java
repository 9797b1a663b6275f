package org.tradecorridor.publish;

import io.delta.tables.DeltaTable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.delta.DeltaLog;
import org.apache.spark.sql.delta.Snapshot;
import org.apache.spark.sql.delta.actions.Metadata;
import org.apache.spark.sql.types.StructType;
import scala.Option;
import scala.jdk.javaapi.CollectionConverters;

/**
 * What a Delta table says about itself at its latest version: its schema (with comments), partitioning,
 * properties (CHECK constraints among them) and description. Read from the log's metadata, which Delta
 * takes from the version's checksum file: no Spark job, where DESCRIBE DETAIL or a read of the table's
 * files would replay its whole log.
 *
 * @param version the latest version
 */
record TableState(long version, StructType schema, List<String> partitionColumns, Map<String, String> properties,
    String description) {

  /** The table's state now, or empty when there is no table (nor a log another run is creating it in). */
  static Optional<TableState> ifExists(SparkSession spark, String table, String path) {
    try {
      return DeltaTable.isDeltaTable(spark, path) ? Optional.of(of(spark, path)) : Optional.empty();
    } catch (Exception e) { // Delta's checked exceptions too, thrown undeclared
      throw Retries.creatingMeanwhile(spark, table, path, e);
    }
  }

  /** The table at {@code path} as it is now. */
  static TableState of(SparkSession spark, String path) {
    Snapshot snapshot = DeltaLog.forTable(spark, path).update(false, Option.empty(), Option.empty());
    Metadata metadata = snapshot.metadata();
    return new TableState(snapshot.version(), metadata.schema(),
        List.copyOf(CollectionConverters.asJava(metadata.partitionColumns())),
        Map.copyOf(CollectionConverters.asJava(metadata.configuration())),
        metadata.description());
  }
}
