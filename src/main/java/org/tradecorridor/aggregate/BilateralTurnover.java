package org.tradecorridor.aggregate;

import org.tradecorridor.tables.GoldColumns;
import static org.apache.spark.sql.functions.array_contains;
import static org.apache.spark.sql.functions.ceil;
import static org.apache.spark.sql.functions.log;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.pow;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.try_divide;
import static org.apache.spark.sql.functions.when;
import static org.tradecorridor.tables.GoldColumns.BALANCE_USD;
import static org.tradecorridor.tables.GoldColumns.EXPORTS_USD;
import static org.tradecorridor.tables.GoldColumns.GAP_TO_TARGET_USD;
import static org.tradecorridor.tables.GoldColumns.IMPORTS_USD;
import static org.tradecorridor.tables.GoldColumns.PROJECTED_TARGET_YEAR;
import static org.tradecorridor.tables.GoldColumns.REQUIRED_CAGR_PCT;
import static org.tradecorridor.tables.GoldColumns.TARGET_PROGRESS_PCT;
import static org.tradecorridor.tables.GoldColumns.TARGET_USD;
import static org.tradecorridor.tables.GoldColumns.TURNOVER_USD;
import static org.tradecorridor.tables.GoldColumns.VALUE_SOURCE;
import static org.tradecorridor.tables.GoldColumns.YEAR;
import static org.tradecorridor.tables.GoldColumns.YOY_GROWTH_PCT;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.tradecorridor.tables.Money;
import org.tradecorridor.config.TradeRules;
import org.tradecorridor.reference.Target;
import java.util.List;
import java.util.function.Function;

/** gold_bilateral_turnover: exports, imports, turnover and growth per year, against the target. */
public final class BilateralTurnover {
  private BilateralTurnover() {}

  private static final String PREVIOUS_TURNOVER = "_previous_turnover";
  private static final String TURNOVER_BACK = "_turnover_back";
  /** The pace of projected_target_year: the compound growth over this many years up to the row's year. */
  public static final int PACE_YEARS = 3;

  /**
   * @param selected the chosen side's flows per (year, direction, sector), from {@link TradeSelection#bySector}
   * @param targets the pairs' turnover targets (a target of B-A serves the pair A-B: turnover has no side)
   * @return one row per pair and year with the contract's columns except run_id: money DECIMAL(20,2) USD,
   *     percentages Money.PERCENT; a flow neither side reports makes its money columns, the turnover,
   *     balance, growth, progress and gap null and the year INCOMPLETE
   */
  public static Dataset<Row> byYear(Dataset<Row> selected, List<Target> targets) {
    Dataset<Row> byYear = TradeTotals.of(selected, TradeTotals.PAIR_YEAR);
    Column target = ofPair(targets, Target::usd).cast(Money.USD);
    Column targetYear = ofPair(targets, Target::year).cast(DataTypes.IntegerType);
    Column turnover = col(TURNOVER_USD);
    // The n-th root has no exact decimal form: computed in double, then rounded once to Money.PERCENT.
    Column yearsLeft = targetYear.minus(col(YEAR));
    Column growthFactor = pow(try_divide(target, turnover).cast(DataTypes.DoubleType),
        lit(1.0).divide(yearsLeft.cast(DataTypes.DoubleType)));
    Column requiredCagr = when(yearsLeft.gt(0).and(turnover.gt(0)),
        greatest(growthFactor.minus(1).multiply(100), lit(0.0)).try_cast(Money.PERCENT));
    Dataset<Row> withBack = Percent.withYearsBack(byYear, PACE_YEARS, TURNOVER_USD, TURNOVER_BACK, TradeTotals.PAIR);
    return Percent.withPreviousYear(withBack, TURNOVER_USD, PREVIOUS_TURNOVER, TradeTotals.PAIR)
        .select(
            col(GoldColumns.HOME),
            col(GoldColumns.PARTNER),
            col(YEAR),
            col(EXPORTS_USD),
            col(IMPORTS_USD),
            turnover,
            Sums.fitting(col(EXPORTS_USD).minus(col(IMPORTS_USD)), Money.USD,
                concat(lit("the balance of "), col(YEAR).cast("string"))).as(BALANCE_USD),
            Percent.growth(turnover, col(PREVIOUS_TURNOVER)).as(YOY_GROWTH_PCT),
            target.as(TARGET_USD),
            Percent.of(turnover, target).as(TARGET_PROGRESS_PCT),
            when(turnover.isNotNull().and(target.isNotNull()), greatest(target.minus(turnover), lit(0)))
                .cast(Money.USD).as(GAP_TO_TARGET_USD),
            requiredCagr.as(REQUIRED_CAGR_PCT),
            projectedTargetYear(turnover, col(TURNOVER_BACK), target).as(PROJECTED_TARGET_YEAR),
            // A year that lacks a flow on both sides is INCOMPLETE, whatever the other flow's source.
            when(col(EXPORTS_USD).isNull().or(col(IMPORTS_USD).isNull()), lit(GoldColumns.INCOMPLETE))
                .when(size(col(TradeTotals.SOURCES)).gt(1), lit(GoldColumns.MIXED))
                .when(array_contains(col(TradeTotals.SOURCES), GoldColumns.MIRROR), lit(GoldColumns.MIRROR))
                .when(array_contains(col(TradeTotals.SOURCES), GoldColumns.BACI), lit(GoldColumns.BACI))
                .otherwise(lit(GoldColumns.REPORTER)).as(VALUE_SOURCE));
  }

  /** A target's figure for the row's pair, either way round; null for a pair without a target. */
  private static Column ofPair(List<Target> targets, Function<Target, Object> figure) {
    Column value = lit(null);
    for (Target t : targets) {
      Column pair = col(GoldColumns.HOME).equalTo(t.home()).and(col(GoldColumns.PARTNER).equalTo(t.partner()))
          .or(col(GoldColumns.HOME).equalTo(t.partner()).and(col(GoldColumns.PARTNER).equalTo(t.home())));
      value = when(pair, lit(figure.apply(t))).otherwise(value);
    }
    return value;
  }

  /**
   * The first year the turnover reaches the target if it keeps growing at its compound rate of the last
   * {@link #PACE_YEARS} years, g = (turnover / turnover then)^(1/3) - 1: this year when it is there already,
   * else this year + n for the least n with turnover x (1 + g)^n >= target, that is n = ceil(3 ln(target /
   * turnover) / ln(turnover / turnover then)). Null when that year has no turnover, g is not positive, or the
   * year would be after the tables' last plausible year. Logarithms have no exact decimal form: n is computed
   * in double, a billionth of a year given to rounding so that an exact hit is not pushed a year later.
   */
  static Column projectedTargetYear(Column turnover, Column turnoverBack, Column target) {
    Column pace = log(try_divide(turnover, turnoverBack).cast(DataTypes.DoubleType));
    Column yearsToTarget = ceil(lit((double) PACE_YEARS)
        .multiply(log(try_divide(target, turnover).cast(DataTypes.DoubleType))).divide(pace).minus(1e-9));
    Column projected = when(turnover.geq(target), col(YEAR)).otherwise(col(YEAR).plus(yearsToTarget));
    return when(turnoverBack.gt(0).and(turnover.gt(turnoverBack)).and(projected.leq(TradeRules.TABLE_YEARS_MAX)),
        projected.cast(DataTypes.IntegerType));
  }
}
