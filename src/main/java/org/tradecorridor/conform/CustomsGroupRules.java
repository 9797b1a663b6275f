package org.tradecorridor.conform;


import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.when;
import static org.tradecorridor.conform.CustomsWork.*;
import static org.tradecorridor.tables.SilverColumns.DATASET;
import static org.tradecorridor.tables.SilverColumns.FLOW;
import static org.tradecorridor.tables.SilverColumns.PARTNER_ISO3;
import static org.tradecorridor.tables.SilverColumns.REPORTER_ISO3;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.tradecorridor.config.CommodityLevel;
import org.tradecorridor.config.TradeRules;

/** The customs rules that read groups of rows: which commodity level and which frequency count. */
final class CustomsGroupRules {
  private CustomsGroupRules() {
  }

  /**
   * The rules over groups of rows: the commodity level (with auto, per reporter, partner, year, frequency and
   * flow, the finest present) and the frequency (with auto, per reporter, partner and year, annual rows where
   * there are): one pair's rows decide for that pair only, and a dataset's (Comtrade, BACI) for itself.
   */
  static Dataset<Row> apply(Dataset<Row> parsed, TradeRules rules) {
    Dataset<Row> rows = withFinestLevel(parsed, rules.commodityLevel());
    rows = rows.withColumn(BEFORE_FREQUENCY, coalesce(col(BEFORE_LEVEL),
        when(isAggregate(rules.commodityLevel()), lit(Reasons.AGGREGATE)),
        when(col(IS_BREAKDOWN), lit(Reasons.BREAKDOWN))));
    Column otherFrequency;
    switch (rules.frequency()) {
      case A -> otherFrequency = col(FREQ).equalTo("M");
      case M -> otherFrequency = col(FREQ).equalTo("A");
      default -> {
        // Per reporter and year, annual rows count when the reporter has any that passed so far.
        Dataset<Row> annual = rows
            .filter(col(BEFORE_FREQUENCY).isNull().and(col(FREQ).equalTo("A")))
            .select(col(DATASET).as(GROUP_DATASET), col(REPORTER_ISO3).as(GROUP_REPORTER),
                col(PARTNER_ISO3).as(GROUP_PARTNER), col(YEAR_TEXT).as(GROUP_YEAR))
            .distinct()
            .withColumn(HAS_ANNUAL, lit(true));
        rows = rows.join(broadcast(annual),
                col(DATASET).equalTo(col(GROUP_DATASET)).and(col(REPORTER_ISO3).equalTo(col(GROUP_REPORTER)))
                    .and(col(PARTNER_ISO3).equalTo(col(GROUP_PARTNER))).and(col(YEAR_TEXT).equalTo(col(GROUP_YEAR))),
                "left")
            .drop(GROUP_DATASET, GROUP_REPORTER, GROUP_PARTNER, GROUP_YEAR);
        otherFrequency = col(FREQ).equalTo("M").and(col(HAS_ANNUAL).eqNullSafe(true));
      }
    }

    Column reason = when(col(BEFORE_FREQUENCY).isNotNull(), col(BEFORE_FREQUENCY))
        .when(otherFrequency, lit(Reasons.OTHER_FREQUENCY))
        .otherwise(col(AFTER_FREQUENCY));
    return rows.withColumn(RawRows.RULE, reason);
  }

  /**
   * True for a row that passed the rules so far but is not at the counted commodity level: with a fixed
   * level, any other level (TOTAL included); with auto, a level coarser than the finest that its
   * reporter, year, frequency and flow have among such rows ({@link #withFinestLevel}).
   */
  private static Column isAggregate(CommodityLevel counted) {
    if (counted != CommodityLevel.AUTO) {
      return col(LEVEL).isNotNull().and(col(LEVEL).notEqual(counted.digits()));
    }
    return col(LEVEL).isNotNull().and(col(LEVEL).lt(col(FINEST)));
  }

  /** Adds each row's finest level of its reporter, year, frequency and flow ({@code _finest}) when the level is auto. */
  private static Dataset<Row> withFinestLevel(Dataset<Row> rows, CommodityLevel counted) {
    if (counted != CommodityLevel.AUTO) {
      return rows;
    }
    Dataset<Row> finest = rows
        .filter(col(BEFORE_LEVEL).isNull().and(col(LEVEL).isNotNull()))
        .groupBy(col(DATASET).as(GROUP_DATASET), col(REPORTER_ISO3).as(GROUP_REPORTER),
            col(PARTNER_ISO3).as(GROUP_PARTNER), col(YEAR_TEXT).as(GROUP_YEAR), col(FREQ).as(GROUP_FREQ),
            col(FLOW).as(GROUP_FLOW))
        .agg(max(col(LEVEL)).as(FINEST));
    return rows.join(broadcast(finest), col(DATASET).equalTo(col(GROUP_DATASET))
            .and(col(REPORTER_ISO3).equalTo(col(GROUP_REPORTER)))
            .and(col(PARTNER_ISO3).equalTo(col(GROUP_PARTNER)))
            .and(col(YEAR_TEXT).equalTo(col(GROUP_YEAR))).and(col(FREQ).equalTo(col(GROUP_FREQ)))
            .and(col(FLOW).equalTo(col(GROUP_FLOW))), "left")
        .drop(GROUP_DATASET, GROUP_REPORTER, GROUP_PARTNER, GROUP_YEAR, GROUP_FREQ, GROUP_FLOW);
  }
}
