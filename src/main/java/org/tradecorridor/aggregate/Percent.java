package org.tradecorridor.aggregate;

import org.tradecorridor.tables.GoldColumns;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.try_divide;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.tradecorridor.tables.Money;

/** Percentages from exact decimals, rounded half up to {@link Money#PERCENT}. */
final class Percent {
  private Percent() {}

  /**
   * {@code part / whole × 100}; null when {@code whole} is null or zero. Money.PERCENT holds the ratio of
   * any two amounts the tables hold, so a percentage that exists is never null.
   */
  static Column of(Column part, Column whole) {
    return try_divide(part.multiply(lit(100)), whole).cast(Money.PERCENT);
  }

  /** Growth from {@code previous} to {@code current} in percent; null when previous is absent or zero. */
  static Column growth(Column current, Column previous) {
    return of(current.minus(previous), previous);
  }

  /**
   * A part's contribution to the total's growth in percentage points: (this year's part − last year's,
   * 0 when last year had none) / last year's total × 100; null when last year has no total.
   */
  static Column contribution(Column part, Column previousPart, Column previousTotal) {
    return of(part.minus(coalesce(previousPart, lit(0))), previousTotal);
  }

  /**
   * Adds each row's value of {@code column} from the previous year (same {@code keys}) as
   * {@code previousColumn}: null when that year has no row.
   */
  static Dataset<Row> withPreviousYear(Dataset<Row> rows, String column, String previousColumn, String... keys) {
    return withYearsBack(rows, 1, column, previousColumn, keys);
  }

  /**
   * Adds each row's value of {@code column} from {@code yearsBack} years before (same {@code keys}) as
   * {@code backColumn}: null when that year has no row.
   */
  static Dataset<Row> withYearsBack(Dataset<Row> rows, int yearsBack, String column, String backColumn,
      String... keys) {
    List<Column> previous = new ArrayList<>();
    previous.add(col(GoldColumns.YEAR).plus(yearsBack).as(GoldColumns.YEAR));
    Arrays.stream(keys).forEach(k -> previous.add(col(k)));
    previous.add(col(column).as(backColumn));
    List<String> joinKeys = new ArrayList<>(List.of(GoldColumns.YEAR));
    joinKeys.addAll(Arrays.asList(keys));
    return rows.join(rows.select(previous.toArray(Column[]::new)), joinKeys.toArray(String[]::new), "left");
  }
}
