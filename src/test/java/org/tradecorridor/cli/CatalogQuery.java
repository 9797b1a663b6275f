package org.tradecorridor.cli;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.tradecorridor.config.SparkSessions;

/**
 * A second, independent session (run as its own process by CatalogIT) that finds the job's tables by
 * name in a Hive metastore: {@code CatalogQuery DATABASE}; the metastore settings come as -Dspark.* properties.
 */
public final class CatalogQuery {
  private CatalogQuery() {}

  public static void main(String[] args) {
    SparkSession spark = SparkSessions.configure(SparkSession.builder().master("local[1]").enableHiveSupport(),
        new org.apache.spark.SparkConf().setMaster("local[1]")).getOrCreate();
    try {
      String database = args[0];
      for (Row table : spark.sql("SHOW TABLES IN " + database).orderBy("tableName").collectAsList()) {
        System.out.println("table " + database + "." + table.getAs("tableName"));
      }
      Row turnover = spark.sql("SELECT turnover_usd, value_source FROM " + database
          + ".gold_bilateral_turnover WHERE year = 2024").first();
      System.out.println("turnover 2024 " + turnover.get(0) + " " + turnover.get(1));
    } finally {
      spark.stop();
    }
  }
}
