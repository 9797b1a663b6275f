package org.tradecorridor.aggregate;

import org.tradecorridor.tables.GoldColumns;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.tradecorridor.tables.Money;
import org.tradecorridor.tables.SilverColumns;

/**
 * Exports, imports and turnover of the selected flows per group: the sums every trade gold table shares.
 * A flow that neither side reports for a year is unknown, not zero: its sums, and the turnover, are null
 * in every group of that year. A group without trade in a flow that the year has is zero in it.
 */
final class TradeTotals {
  private TradeTotals() {}

  /** The set of flow sources (REPORTER, MIRROR) behind a group's figures. */
  static final String SOURCES = "_sources";
  /** True when the group's year has exports / imports at all. */
  static final String YEAR_HAS_EXPORTS = "_year_has_exports";
  static final String YEAR_HAS_IMPORTS = "_year_has_imports";
  /** A pair's year: the columns every trade table's rows are grouped by first. */
  static final Column[] PAIR_YEAR = {col(GoldColumns.HOME), col(GoldColumns.PARTNER), col(GoldColumns.YEAR)};
  /** The pair's columns, the keys of its year-on-year joins. */
  static final String[] PAIR = {GoldColumns.HOME, GoldColumns.PARTNER};

  /** The pair's columns and {@code more}: the keys of a join or grouping within one pair. */
  static String[] pairAnd(String... more) {
    String[] keys = new String[PAIR.length + more.length];
    System.arraycopy(PAIR, 0, keys, 0, PAIR.length);
    System.arraycopy(more, 0, keys, PAIR.length, more.length);
    return keys;
  }

  /** The pair's and the year's columns, then {@code more}. */
  static Column[] pairYearAnd(Column... more) {
    Column[] columns = new Column[PAIR_YEAR.length + more.length];
    System.arraycopy(PAIR_YEAR, 0, columns, 0, PAIR_YEAR.length);
    System.arraycopy(more, 0, columns, PAIR_YEAR.length, more.length);
    return columns;
  }

  /**
   * @param selected rows of {@link TradeSelection#bySector}
   * @param groups the grouping columns; the pair's and the year always among them ({@link #PAIR_YEAR})
   * @return per group: exports_usd, imports_usd, turnover_usd (DECIMAL(20,2) USD, exact sums, null for a
   *     flow the year lacks), _sources, and the year's flags {@value #YEAR_HAS_EXPORTS} and {@value #YEAR_HAS_IMPORTS}
   */
  static Dataset<Row> of(Dataset<Row> selected, Column... groups) {
    Column isExport = col(SilverColumns.DIRECTION).equalTo(SilverColumns.EXPORT);
    Column value = col(SilverColumns.VALUE_USD);
    Dataset<Row> withYearFlows = selected
        .withColumn(YEAR_HAS_EXPORTS, max(isExport).over(Window.partitionBy(PAIR_YEAR)))
        .withColumn(YEAR_HAS_IMPORTS, max(not(isExport)).over(Window.partitionBy(PAIR_YEAR)));
    Column exports = col(GoldColumns.EXPORTS_USD);
    Column imports = col(GoldColumns.IMPORTS_USD);
    List<Column> result = new ArrayList<>(Arrays.asList(groups));
    result.addAll(List.of(exports, imports, Sums.fitting(exports.plus(imports), Money.USD,
            concat(lit("the turnover of "), col(GoldColumns.YEAR).cast("string"))).as(GoldColumns.TURNOVER_USD),
        col(SOURCES), col(YEAR_HAS_EXPORTS), col(YEAR_HAS_IMPORTS)));
    return withYearFlows.groupBy(groups)
        .agg(
            when(max(col(YEAR_HAS_EXPORTS)), Sums.fitting(coalesce(sum(when(isExport, value)), lit(0)), Money.USD,
                concat(lit("the exports of "), col(GoldColumns.YEAR).cast("string")))).as(GoldColumns.EXPORTS_USD),
            when(max(col(YEAR_HAS_IMPORTS)), Sums.fitting(coalesce(sum(when(not(isExport), value)), lit(0)), Money.USD,
                concat(lit("the imports of "), col(GoldColumns.YEAR).cast("string")))).as(GoldColumns.IMPORTS_USD),
            collect_set(col(TradeSelection.FLOW_SOURCE)).as(SOURCES),
            max(col(YEAR_HAS_EXPORTS)).as(YEAR_HAS_EXPORTS),
            max(col(YEAR_HAS_IMPORTS)).as(YEAR_HAS_IMPORTS))
        .select(result.toArray(Column[]::new));
  }
}
