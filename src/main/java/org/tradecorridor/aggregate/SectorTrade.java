package org.tradecorridor.aggregate;

import static org.apache.spark.sql.functions.col;
import static org.tradecorridor.tables.GoldColumns.CONTRIBUTION_TO_GROWTH_PP;
import static org.tradecorridor.tables.GoldColumns.EXPORTS_USD;
import static org.tradecorridor.tables.GoldColumns.IMPORTS_USD;
import static org.tradecorridor.tables.GoldColumns.SECTOR;
import static org.tradecorridor.tables.GoldColumns.SHARE_OF_TURNOVER_PCT;
import static org.tradecorridor.tables.GoldColumns.TURNOVER_USD;
import static org.tradecorridor.tables.GoldColumns.YEAR;
import static org.tradecorridor.tables.GoldColumns.YOY_GROWTH_PCT;

import org.apache.spark.sql.Dataset;
import org.tradecorridor.tables.GoldColumns;
import org.apache.spark.sql.Row;

/** gold_trade_by_sector: each sector's trade, share, growth and contribution to total growth. */
public final class SectorTrade {
  private SectorTrade() {}

  private static final String PREVIOUS_TURNOVER = "_previous_turnover";
  private static final String YEAR_TURNOVER = "_year_turnover";
  private static final String PREVIOUS_YEAR_TURNOVER = "_previous_year_turnover";

  /**
   * @param selected the chosen side's flows per (year, direction, sector), from {@link TradeSelection#bySector}
   * @return one row per pair, year and sector with trade, with the contract's columns except run_id;
   *     contribution_to_growth_pp = (turnover − last year's, 0 if absent) / last year's total turnover × 100
   */
  public static Dataset<Row> byYearAndSector(Dataset<Row> selected) {
    Dataset<Row> yearTotals = Percent.withPreviousYear(
        TradeTotals.of(selected, TradeTotals.PAIR_YEAR)
            .select(TradeTotals.pairYearAnd(col(TURNOVER_USD).as(YEAR_TURNOVER))),
        YEAR_TURNOVER, PREVIOUS_YEAR_TURNOVER, TradeTotals.PAIR);
    Dataset<Row> bySector = Percent.withPreviousYear(TradeTotals.of(selected, TradeTotals.pairYearAnd(col(SECTOR))),
        TURNOVER_USD, PREVIOUS_TURNOVER, TradeTotals.pairAnd(SECTOR));
    return bySector.join(yearTotals, TradeTotals.pairAnd(YEAR), "inner")
        .select(
            col(GoldColumns.HOME),
            col(GoldColumns.PARTNER),
            col(YEAR),
            col(SECTOR),
            col(EXPORTS_USD),
            col(IMPORTS_USD),
            col(TURNOVER_USD),
            Percent.of(col(TURNOVER_USD), col(YEAR_TURNOVER)).as(SHARE_OF_TURNOVER_PCT),
            Percent.growth(col(TURNOVER_USD), col(PREVIOUS_TURNOVER)).as(YOY_GROWTH_PCT),
            Percent.contribution(col(TURNOVER_USD), col(PREVIOUS_TURNOVER), col(PREVIOUS_YEAR_TURNOVER))
                .as(CONTRIBUTION_TO_GROWTH_PP));
  }
}
