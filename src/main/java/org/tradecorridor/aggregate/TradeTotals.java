package org.tradecorridor.aggregate;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.tradecorridor.Money;
import org.tradecorridor.conform.SilverColumns;

/** Exports, imports and turnover of the selected flows per group: the sums every trade gold table shares. */
final class TradeTotals {
  private TradeTotals() {}

  /** The set of flow sources (REPORTER, MIRROR) behind a group's figures. */
  static final String SOURCES = "_sources";

  /**
   * @param selected rows of {@link TradeSelection#bySector}
   * @return per group: exports_usd, imports_usd, turnover_usd (DECIMAL(20,2) USD, exact sums) and _sources
   */
  static Dataset<Row> of(Dataset<Row> selected, Column... groups) {
    Column isExport = col(SilverColumns.DIRECTION).equalTo(SilverColumns.EXPORT);
    Column value = col(SilverColumns.VALUE_USD);
    return selected.groupBy(groups)
        .agg(
            coalesce(sum(when(isExport, value)), lit(0)).cast(Money.USD).as(GoldColumns.EXPORTS_USD),
            coalesce(sum(when(not(isExport), value)), lit(0)).cast(Money.USD).as(GoldColumns.IMPORTS_USD),
            sum(value).cast(Money.USD).as(GoldColumns.TURNOVER_USD),
            collect_set(col(TradeSelection.FLOW_SOURCE)).as(SOURCES));
  }
}
