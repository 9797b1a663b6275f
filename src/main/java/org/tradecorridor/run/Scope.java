package org.tradecorridor.run;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.tradecorridor.config.YearSet;
import org.tradecorridor.tables.TableDesigns;
import java.util.Arrays;
import java.util.Map;
import static org.apache.spark.sql.functions.expr;
import org.tradecorridor.reference.Pairs;
import org.tradecorridor.tables.SilverColumns;

/** Which rows of a run's years a stage works on. */
final class Scope {
  private Scope() {}

  /** True for rows of these years, and for rows whose year could not be read (null). */
  static Column inYears(Column year, YearSet years) {
    return years.isAll() ? lit(true) : year.isNull().or(year.isin(years.years().toArray()));
  }

  /**
   * A table's rows with the columns an earlier version of the job did not write filled as the next write
   * will fill them ({@link TableDesigns#backfill}): silver_trade_flows' pair, read by aggregate alone.
   */
  static Dataset<Row> withDesignColumns(Dataset<Row> rows, String table) {
    Dataset<Row> filled = rows;
    for (Map.Entry<String, String> column : TableDesigns.backfill(table, Map.of()).entrySet()) {
      if (!Arrays.asList(rows.columns()).contains(column.getKey())) {
        filled = filled.withColumn(column.getKey(), expr(column.getValue()));
      }
    }
    return filled;
  }

  /** The rows of silver_trade_flows of the pairs the run covers. */
  static Dataset<Row> ofPairs(Dataset<Row> rows, Pairs pairs) {
    return rows.filter(pairs.covers(col(SilverColumns.HOME), col(SilverColumns.PARTNER)));
  }

  /** The rows of a silver or gold table of these years. */
  static Dataset<Row> ofYears(Dataset<Row> rows, YearSet years) {
    return years.isAll() ? rows : rows.filter(col(SilverColumns.YEAR).isin(years.years().toArray()));
  }
}
