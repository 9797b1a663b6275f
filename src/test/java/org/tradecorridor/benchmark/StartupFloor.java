package org.tradecorridor.benchmark;

import java.util.List;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.tradecorridor.config.SparkSessions;

/**
 * The benchmark's Spark start-up floor: what any Spark job with Delta pays here before it does data work.
 * Submitted like the job (SparkSubmit, the same JVM options, the same session settings), it writes one row
 * to one new Delta table and stops. A run of the job cannot take less than this.
 *
 * <p>Usage: {@code StartupFloor TABLE_DIR}.
 */
public final class StartupFloor {
  private StartupFloor() {}

  public static void main(String[] args) {
    if (args.length != 1) {
      System.err.println("usage: StartupFloor TABLE_DIR");
      System.exit(2);
    }
    SparkSession spark = SparkSessions.configure(SparkSession.builder().appName("startup-floor"), new SparkConf())
        .getOrCreate();
    try {
      StructType schema = new StructType().add("id", DataTypes.IntegerType);
      List<Row> one = List.of(RowFactory.create(1));
      spark.createDataFrame(one, schema).write().format("delta").mode("overwrite").save(args[0]);
    } finally {
      spark.stop();
    }
  }
}
