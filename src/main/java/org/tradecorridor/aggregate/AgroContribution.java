package org.tradecorridor.aggregate;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;
import static org.tradecorridor.tables.GoldColumns.AGRO_CONTRIBUTION_PP;
import static org.tradecorridor.tables.GoldColumns.AGRO_EXPORTS_USD;
import static org.tradecorridor.tables.GoldColumns.AGRO_IMPORTS_USD;
import static org.tradecorridor.tables.GoldColumns.AGRO_SHARE_PCT;
import static org.tradecorridor.tables.GoldColumns.AGRO_TURNOVER_USD;
import static org.tradecorridor.tables.GoldColumns.AGRO_YOY_GROWTH_PCT;
import static org.tradecorridor.tables.GoldColumns.SECTOR;
import static org.tradecorridor.tables.GoldColumns.TOTAL_TURNOVER_USD;
import static org.tradecorridor.tables.GoldColumns.TOTAL_YOY_GROWTH_PCT;
import static org.tradecorridor.tables.GoldColumns.TURNOVER_USD;
import static org.tradecorridor.tables.GoldColumns.YEAR;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.tradecorridor.tables.GoldColumns;
import org.apache.spark.sql.Row;
import org.tradecorridor.tables.Money;
import org.tradecorridor.conform.CustomsConform;
import org.tradecorridor.tables.SilverColumns;

/**
 * gold_agro_contribution: the agro sector's trade, growth, share and contribution to total growth. A
 * flow whose counted rows are all TOTAL rows (sector unallocated) says nothing about agro: that flow's
 * agro figure is null, not zero, and so are the agro turnover and what is computed from it.
 */
public final class AgroContribution {
  private AgroContribution() {}

  private static final String PREVIOUS_AGRO = "_previous_agro";
  private static final String PREVIOUS_TOTAL = "_previous_total";
  private static final String EXPORTS_BY_SECTOR = "_exports_by_sector";
  private static final String IMPORTS_BY_SECTOR = "_imports_by_sector";

  /**
   * @param selected the chosen side's flows per (year, direction, sector), from {@link TradeSelection#bySector}
   * @param agroSector the sector reported on (setting sectors.agro)
   * @return one row per year with trade, with the contract's columns except run_id; agro figures are
   *     0 in a year whose flows are known by sector but hold no agro trade, null where they are not known
   */
  public static Dataset<Row> byYear(Dataset<Row> selected, String agroSector) {
    Column isExport = col(SilverColumns.DIRECTION).equalTo(SilverColumns.EXPORT);
    Column bySector = col(SECTOR).notEqual(CustomsConform.UNALLOCATED);
    Column isAgro = col(SECTOR).equalTo(agroSector);
    Column value = col(SilverColumns.VALUE_USD);
    Dataset<Row> agro = selected.groupBy(TradeTotals.PAIR_YEAR)
        .agg(
            max(isExport.and(bySector)).as(EXPORTS_BY_SECTOR),
            max(not(isExport).and(bySector)).as(IMPORTS_BY_SECTOR),
            Sums.fitting(coalesce(sum(when(isExport.and(isAgro), value)), lit(0)), Money.USD,
                concat(lit("the agro exports of "), col(YEAR).cast("string"))).as(AGRO_EXPORTS_USD),
            Sums.fitting(coalesce(sum(when(not(isExport).and(isAgro), value)), lit(0)), Money.USD,
                concat(lit("the agro imports of "), col(YEAR).cast("string"))).as(AGRO_IMPORTS_USD));
    Dataset<Row> byYear = TradeTotals.of(selected, TradeTotals.PAIR_YEAR)
        .join(agro, TradeTotals.pairAnd(YEAR), "inner")
        .select(col(GoldColumns.HOME), col(GoldColumns.PARTNER), col(YEAR),
            when(col(EXPORTS_BY_SECTOR), col(AGRO_EXPORTS_USD)).as(AGRO_EXPORTS_USD),
            when(col(IMPORTS_BY_SECTOR), col(AGRO_IMPORTS_USD)).as(AGRO_IMPORTS_USD),
            col(TURNOVER_USD).as(TOTAL_TURNOVER_USD))
        .withColumn(AGRO_TURNOVER_USD, Sums.fitting(col(AGRO_EXPORTS_USD).plus(col(AGRO_IMPORTS_USD)), Money.USD,
            concat(lit("the agro turnover of "), col(YEAR).cast("string"))));
    Dataset<Row> withPrevious = Percent.withPreviousYear(
        Percent.withPreviousYear(byYear, AGRO_TURNOVER_USD, PREVIOUS_AGRO, TradeTotals.PAIR),
        TOTAL_TURNOVER_USD, PREVIOUS_TOTAL, TradeTotals.PAIR);
    return withPrevious.select(
        col(GoldColumns.HOME),
        col(GoldColumns.PARTNER),
        col(YEAR),
        col(AGRO_EXPORTS_USD),
        col(AGRO_IMPORTS_USD),
        col(AGRO_TURNOVER_USD),
        Percent.growth(col(AGRO_TURNOVER_USD), col(PREVIOUS_AGRO)).as(AGRO_YOY_GROWTH_PCT),
        Percent.of(col(AGRO_TURNOVER_USD), col(TOTAL_TURNOVER_USD)).as(AGRO_SHARE_PCT),
        Percent.contribution(col(AGRO_TURNOVER_USD), col(PREVIOUS_AGRO), col(PREVIOUS_TOTAL)).as(AGRO_CONTRIBUTION_PP),
        col(TOTAL_TURNOVER_USD),
        Percent.growth(col(TOTAL_TURNOVER_USD), col(PREVIOUS_TOTAL)).as(TOTAL_YOY_GROWTH_PCT));
  }
}
