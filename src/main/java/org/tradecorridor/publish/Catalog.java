package org.tradecorridor.publish;

import org.tradecorridor.tables.Tables;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Registers the warehouse's tables in the session's catalog (a Hive metastore, Unity, Glue…) as
 * external Delta tables at their warehouse folders, so analysts query {@code db.gold_bilateral_turnover}
 * by name. Registration only points at the folders: dropping a registered table leaves its data.
 */
public final class Catalog {
  private final SparkSession spark;
  private final Warehouse warehouse;

  public Catalog(SparkSession spark, Warehouse warehouse) {
    this.spark = spark;
    this.warehouse = warehouse;
  }

  /**
   * Creates {@code database} if needed and registers every table the warehouse holds that the
   * catalog does not know yet.
   *
   * @return the tables registered by this call
   */
  public List<String> register(String database) {
    spark.sql("CREATE DATABASE IF NOT EXISTS `" + database + "`");
    List<String> known = new ArrayList<>();
    for (Row row : spark.sql("SHOW TABLES IN `" + database + "`").collectAsList()) {
      known.add(row.getString(row.fieldIndex("tableName")).toLowerCase(java.util.Locale.ROOT));
    }
    List<String> registered = new ArrayList<>();
    for (String table : Tables.ALL) {
      if (!known.contains(table) && warehouse.exists(table)) {
        spark.sql("CREATE TABLE IF NOT EXISTS `" + database + "`.`" + table + "` USING DELTA LOCATION "
            + Warehouse.literal(warehouse.path(table)));
        registered.add(table);
      }
    }
    return registered;
  }
}
