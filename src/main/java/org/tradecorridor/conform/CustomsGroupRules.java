package org.tradecorridor.conform;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.when;
import static org.tradecorridor.conform.CustomsWork.*;
import static org.tradecorridor.tables.SilverColumns.FLOW;
import static org.tradecorridor.tables.SilverColumns.REPORTER_ISO3;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.tradecorridor.config.CommodityLevel;
import org.tradecorridor.config.TradeRules.Frequency;
import org.tradecorridor.config.TradeRules;

/** The customs rules that read groups of rows: which commodity level and which frequency count. */
final class CustomsGroupRules {
  private CustomsGroupRules() {
  }

  /**
   * The rules over groups of rows: the commodity level (with auto, per reporter, year, frequency and flow,
   * the finest present) and the frequency (with auto, per reporter and year, annual rows where there are).
   * A fixed level or frequency needs no group.
   */
  static List<GroupRule> of(TradeRules rules) {
    List<GroupRule> steps = new ArrayList<>();
    if (rules.commodityLevel() == CommodityLevel.AUTO) {
      steps.add(new GroupRule(CustomsGroupRules::finestLevels, CustomsGroupRules::withFinestLevel));
    }
    if (rules.frequency() == Frequency.AUTO) {
      steps.add(new GroupRule(rows -> annualReporters(rows, rules.commodityLevel()), CustomsGroupRules::withAnnual));
    }
    return steps;
  }

  /** Rows the group rules have been joined onto, with {@code _rule}: the first rule that fired. */
  static Dataset<Row> decide(Dataset<Row> grouped, TradeRules rules) {
    Column otherFrequency = switch (rules.frequency()) {
      case A -> col(FREQ).equalTo("M");
      case M -> col(FREQ).equalTo("A");
      case AUTO -> col(FREQ).equalTo("M").and(col(HAS_ANNUAL).eqNullSafe(true));
    };
    Dataset<Row> rows = grouped.withColumn(BEFORE_FREQUENCY, beforeFrequency(rules.commodityLevel()));
    Column reason = when(col(BEFORE_FREQUENCY).isNotNull(), col(BEFORE_FREQUENCY))
        .when(otherFrequency, lit(Reasons.OTHER_FREQUENCY))
        .otherwise(col(AFTER_FREQUENCY));
    return rows.withColumn(RawRows.RULE, reason);
  }

  /** The first rule before the frequency's that fired: the row's own, the level's, or BREAKDOWN. */
  private static Column beforeFrequency(CommodityLevel counted) {
    return coalesce(col(BEFORE_LEVEL), when(isAggregate(counted), lit(Reasons.AGGREGATE)),
        when(col(IS_BREAKDOWN), lit(Reasons.BREAKDOWN)));
  }

  /** Per reporter and year, whether it has an annual row that passed so far (annual rows then count). */
  private static Dataset<Row> annualReporters(Dataset<Row> rows, CommodityLevel counted) {
    return rows
        .filter(beforeFrequency(counted).isNull().and(col(FREQ).equalTo("A")))
        .select(col(REPORTER_ISO3).as(GROUP_REPORTER), col(YEAR_TEXT).as(GROUP_YEAR))
        .distinct()
        .withColumn(HAS_ANNUAL, lit(true));
  }

  private static Dataset<Row> withAnnual(Dataset<Row> rows, Dataset<Row> annual) {
    return rows.join(broadcast(annual),
            col(REPORTER_ISO3).equalTo(col(GROUP_REPORTER)).and(col(YEAR_TEXT).equalTo(col(GROUP_YEAR))), "left")
        .drop(GROUP_REPORTER, GROUP_YEAR);
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

  /** Per reporter, year, frequency and flow, the finest level among the rows that passed so far ({@code _finest}). */
  private static Dataset<Row> finestLevels(Dataset<Row> rows) {
    return rows
        .filter(col(BEFORE_LEVEL).isNull().and(col(LEVEL).isNotNull()))
        .groupBy(col(REPORTER_ISO3).as(GROUP_REPORTER), col(YEAR_TEXT).as(GROUP_YEAR), col(FREQ).as(GROUP_FREQ),
            col(FLOW).as(GROUP_FLOW))
        .agg(max(col(LEVEL)).as(FINEST));
  }

  /** Adds each row's finest level of its reporter, year, frequency and flow ({@code _finest}). */
  private static Dataset<Row> withFinestLevel(Dataset<Row> rows, Dataset<Row> finest) {
    return rows.join(broadcast(finest), col(REPORTER_ISO3).equalTo(col(GROUP_REPORTER))
            .and(col(YEAR_TEXT).equalTo(col(GROUP_YEAR))).and(col(FREQ).equalTo(col(GROUP_FREQ)))
            .and(col(FLOW).equalTo(col(GROUP_FLOW))), "left")
        .drop(GROUP_REPORTER, GROUP_YEAR, GROUP_FREQ, GROUP_FLOW);
  }
}
