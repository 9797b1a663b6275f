package org.tradecorridor.run;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.tradecorridor.config.YearSet;
import org.tradecorridor.tables.SilverColumns;

/** Which rows of a run's years a stage works on. */
final class Scope {
  private Scope() {}

  /** True for rows of these years, and for rows whose year could not be read (null). */
  static Column inYears(Column year, YearSet years) {
    return years.isAll() ? lit(true) : year.isNull().or(year.isin(years.years().toArray()));
  }

  /** The rows of a silver or gold table of these years. */
  static Dataset<Row> ofYears(Dataset<Row> rows, YearSet years) {
    return years.isAll() ? rows : rows.filter(col(SilverColumns.YEAR).isin(years.years().toArray()));
  }
}
