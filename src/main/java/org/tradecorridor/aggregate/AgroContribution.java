package org.tradecorridor.aggregate;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.tradecorridor.aggregate.GoldColumns.AGRO_CONTRIBUTION_PP;
import static org.tradecorridor.aggregate.GoldColumns.AGRO_EXPORTS_USD;
import static org.tradecorridor.aggregate.GoldColumns.AGRO_IMPORTS_USD;
import static org.tradecorridor.aggregate.GoldColumns.AGRO_SHARE_PCT;
import static org.tradecorridor.aggregate.GoldColumns.AGRO_TURNOVER_USD;
import static org.tradecorridor.aggregate.GoldColumns.AGRO_YOY_GROWTH_PCT;
import static org.tradecorridor.aggregate.GoldColumns.EXPORTS_USD;
import static org.tradecorridor.aggregate.GoldColumns.IMPORTS_USD;
import static org.tradecorridor.aggregate.GoldColumns.SECTOR;
import static org.tradecorridor.aggregate.GoldColumns.TOTAL_TURNOVER_USD;
import static org.tradecorridor.aggregate.GoldColumns.TOTAL_YOY_GROWTH_PCT;
import static org.tradecorridor.aggregate.GoldColumns.TURNOVER_USD;
import static org.tradecorridor.aggregate.GoldColumns.YEAR;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.tradecorridor.Money;

/** gold_agro_contribution: the agro sector's trade, growth, share and contribution to total growth. */
public final class AgroContribution {
  private AgroContribution() {}

  private static final String PREVIOUS_AGRO = "_previous_agro";
  private static final String PREVIOUS_TOTAL = "_previous_total";

  /**
   * @param selected the chosen side's flows per (year, direction, sector), from {@link TradeSelection#bySector}
   * @param agroSector the sector reported on (setting sectors.agro)
   * @return one row per year with trade, with the contract's columns except run_id; agro figures are
   *     0 in a year without agro trade
   */
  public static Dataset<Row> byYear(Dataset<Row> selected, String agroSector) {
    Dataset<Row> agro = TradeTotals.of(selected.filter(col(SECTOR).equalTo(agroSector)), col(YEAR))
        .select(col(YEAR), col(EXPORTS_USD).as(AGRO_EXPORTS_USD), col(IMPORTS_USD).as(AGRO_IMPORTS_USD),
            col(TURNOVER_USD).as(AGRO_TURNOVER_USD));
    Dataset<Row> byYear = TradeTotals.of(selected, col(YEAR))
        .select(col(YEAR), col(TURNOVER_USD).as(TOTAL_TURNOVER_USD))
        .join(agro, new String[] {YEAR}, "left")
        .select(col(YEAR), zero(AGRO_EXPORTS_USD), zero(AGRO_IMPORTS_USD), zero(AGRO_TURNOVER_USD),
            col(TOTAL_TURNOVER_USD));
    Dataset<Row> withPrevious = Percent.withPreviousYear(
        Percent.withPreviousYear(byYear, AGRO_TURNOVER_USD, PREVIOUS_AGRO),
        TOTAL_TURNOVER_USD, PREVIOUS_TOTAL);
    return withPrevious.select(
        col(YEAR),
        col(AGRO_EXPORTS_USD),
        col(AGRO_IMPORTS_USD),
        col(AGRO_TURNOVER_USD),
        Percent.growth(col(AGRO_TURNOVER_USD), col(PREVIOUS_AGRO)).as(AGRO_YOY_GROWTH_PCT),
        Percent.of(col(AGRO_TURNOVER_USD), col(TOTAL_TURNOVER_USD)).as(AGRO_SHARE_PCT),
        Percent.of(col(AGRO_TURNOVER_USD).minus(coalesce(col(PREVIOUS_AGRO), lit(0))), col(PREVIOUS_TOTAL))
            .as(AGRO_CONTRIBUTION_PP),
        col(TOTAL_TURNOVER_USD),
        Percent.growth(col(TOTAL_TURNOVER_USD), col(PREVIOUS_TOTAL)).as(TOTAL_YOY_GROWTH_PCT));
  }

  private static Column zero(String column) {
    return coalesce(col(column), lit(0)).cast(Money.USD).as(column);
  }
}
