package org.tradecorridor;

import com.holdenkarau.spark.testing.JavaDatasetSuiteBase;
import java.util.Arrays;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * spark-testing-base's Dataset comparisons, called from Jupiter tests. Columns are compared by name,
 * type and value; whether Spark marked a column nullable is not part of the contract, so it is ignored.
 */
public final class DatasetAssertions {
  private static final JavaDatasetSuiteBase BASE = new JavaDatasetSuiteBase();

  private DatasetAssertions() {}

  /** Same columns and the same rows, in any order. */
  public static void assertSameRows(Dataset<Row> expected, Dataset<Row> actual) {
    BASE.assertDataFrameNoOrderEquals(nullable(expected), nullable(actual));
  }

  private static Dataset<Row> nullable(Dataset<Row> rows) {
    StructType schema = DataTypes.createStructType(Arrays.stream(rows.schema().fields())
        .map(f -> DataTypes.createStructField(f.name(), f.dataType(), true, f.metadata()))
        .toArray(StructField[]::new));
    return rows.sparkSession().createDataFrame(rows.javaRDD(), schema);
  }
}
