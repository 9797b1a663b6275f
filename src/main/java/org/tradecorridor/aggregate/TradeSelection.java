package org.tradecorridor.aggregate;

import org.tradecorridor.tables.GoldColumns;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.tradecorridor.config.TradeRules;
import org.tradecorridor.tables.SilverColumns;

/**
 * Chooses, per pair, year and direction, whose declarations count: the preferred reporter's when it has at
 * least one row for that year and direction, else the other side's mirror flow, else (no country declares
 * it) CEPII BACI's reconciled flow. Every trade gold
 * table starts from this one choice, so they add up to each other.
 */
public final class TradeSelection {
  private TradeSelection() {}

  /** Column saying whether a row comes from the preferred reporter (REPORTER), the mirror (MIRROR) or BACI. */
  public static final String FLOW_SOURCE = "flow_source";

  /**
   * @param tradeFlows silver_trade_flows rows (value_usd DECIMAL(20,2) USD)
   * @return one row per (year, direction, sector) of the chosen side: value_usd (exact sum, USD) and flow_source
   */
  public static Dataset<Row> bySector(Dataset<Row> tradeFlows, TradeRules rules) {
    return chosen(tradeFlows
        .groupBy(col(SilverColumns.HOME), col(SilverColumns.PARTNER), col(SilverColumns.YEAR),
            col(SilverColumns.DIRECTION), col(SilverColumns.DATASET), col(SilverColumns.REPORTER_ISO3),
            col(SilverColumns.SECTOR))
        .agg(sum(col(SilverColumns.VALUE_USD)).as(SilverColumns.VALUE_USD)), rules);
  }

  /**
   * The chosen side's HS6 lines: the same choice as {@link #bySector}, per commodity code.
   *
   * @return one row per (year, direction, hs_code, sector) of a 6-digit code: value_usd (exact sum, USD),
   *     net_weight_kg (exact sum; null unless every row of the line declares a weight and they add up to
   *     more than 0) and flow_source
   */
  public static Dataset<Row> byLine(Dataset<Row> tradeFlows, TradeRules rules) {
    Column weight = col(SilverColumns.NET_WEIGHT_KG);
    return chosen(tradeFlows
        .filter(length(col(SilverColumns.HS_CODE)).equalTo(6))
        .groupBy(col(SilverColumns.HOME), col(SilverColumns.PARTNER), col(SilverColumns.YEAR),
            col(SilverColumns.DIRECTION), col(SilverColumns.DATASET), col(SilverColumns.REPORTER_ISO3),
            col(SilverColumns.HS_CODE), col(SilverColumns.SECTOR))
        .agg(sum(col(SilverColumns.VALUE_USD)).as(SilverColumns.VALUE_USD),
            when(count(weight).equalTo(count(lit(1))).and(sum(weight).gt(0)), sum(weight))
                .as(SilverColumns.NET_WEIGHT_KG)), rules);
  }

  /**
   * Rows grouped with dataset and reporter_iso3, reduced to the chosen side's per pair, year and direction: a
   * country's declarations where there are any (the preferred reporter's, else the mirror), else BACI's flows.
   */
  private static Dataset<Row> chosen(Dataset<Row> byReporter, TradeRules rules) {
    WindowSpec yearAndDirection = Window.partitionBy(col(SilverColumns.HOME), col(SilverColumns.PARTNER),
        col(SilverColumns.YEAR), col(SilverColumns.DIRECTION));
    boolean homePreferred = rules.preferredReporter() == TradeRules.Side.HOME;
    Column preferred = col(homePreferred ? SilverColumns.HOME : SilverColumns.PARTNER);
    Column mirror = col(homePreferred ? SilverColumns.PARTNER : SilverColumns.HOME);
    Column declared = col(SilverColumns.DATASET).equalTo(SilverColumns.COMTRADE);
    return byReporter
        .withColumn(FLOW_SOURCE,
            when(max(declared.and(col(SilverColumns.REPORTER_ISO3).equalTo(preferred))).over(yearAndDirection),
                lit(GoldColumns.REPORTER))
                .when(max(declared).over(yearAndDirection), lit(GoldColumns.MIRROR))
                .otherwise(lit(GoldColumns.BACI)))
        .filter(when(col(FLOW_SOURCE).equalTo(GoldColumns.BACI), not(declared))
            .otherwise(declared.and(col(SilverColumns.REPORTER_ISO3).equalTo(
                when(col(FLOW_SOURCE).equalTo(GoldColumns.REPORTER), preferred).otherwise(mirror)))))
        .drop(SilverColumns.REPORTER_ISO3, SilverColumns.DATASET);
  }
}
