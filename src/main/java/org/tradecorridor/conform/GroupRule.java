package org.tradecorridor.conform;

import java.util.function.BiFunction;
import java.util.function.UnaryOperator;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * A rule that reads a group of rows, in two pure halves: {@link #groups} reduces the rows to a small table
 * (a row per group), {@link #join} puts what it found back onto every row. A stage may keep the small table
 * in memory between the two, so the rows are not reduced again by every query that reads the result.
 */
public record GroupRule(UnaryOperator<Dataset<Row>> reduce, BiFunction<Dataset<Row>, Dataset<Row>, Dataset<Row>> joinBack) {

  /** The small table: one row per group of {@code rows}. */
  public Dataset<Row> groups(Dataset<Row> rows) {
    return reduce.apply(rows);
  }

  /** {@code rows} with what {@code groups} (from {@link #groups}) says of each row's group. */
  public Dataset<Row> join(Dataset<Row> rows, Dataset<Row> groups) {
    return joinBack.apply(rows, groups);
  }
}
