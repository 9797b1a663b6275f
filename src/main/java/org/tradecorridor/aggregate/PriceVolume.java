package org.tradecorridor.aggregate;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.try_divide;
import static org.apache.spark.sql.functions.try_multiply;
import static org.tradecorridor.tables.GoldColumns.COVERAGE_PCT;
import static org.tradecorridor.tables.GoldColumns.COVERED_PREVIOUS_USD;
import static org.tradecorridor.tables.GoldColumns.COVERED_VALUE_USD;
import static org.tradecorridor.tables.GoldColumns.INTERACTION_USD;
import static org.tradecorridor.tables.GoldColumns.PRICE_EFFECT_USD;
import static org.tradecorridor.tables.GoldColumns.PRICE_INDEX;
import static org.tradecorridor.tables.GoldColumns.SECTOR;
import static org.tradecorridor.tables.GoldColumns.SECTOR_VALUE_USD;
import static org.tradecorridor.tables.GoldColumns.VALUE_CHANGE_USD;
import static org.tradecorridor.tables.GoldColumns.VOLUME_EFFECT_USD;
import static org.tradecorridor.tables.GoldColumns.VOLUME_INDEX;
import static org.tradecorridor.tables.GoldColumns.YEAR;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.tradecorridor.tables.GoldColumns;
import org.apache.spark.sql.Row;
import org.tradecorridor.tables.Money;
import org.tradecorridor.tables.SilverColumns;

/**
 * gold_price_volume: a sector's change in value on last year split into what more or fewer goods made
 * (volume) and what dearer or cheaper goods made (price), over the HS6 lines weighed in both years. With
 * p = value / kg and q = kg of a line (direction and code), 0 last year and 1 this year:
 * volume effect = sum p0 (q1 - q0), price effect = sum (p1 - p0) q0, interaction = sum (p1 - p0)(q1 - q0),
 * and the three add up to sum p1 q1 - sum p0 q0, the change over those lines. The Laspeyres volume index is
 * sum p0 q1 / sum p0 q0, the Paasche price index sum p1 q1 / sum p0 q1; their product is the value index.
 * A line whose unit value changed more than {@link #MAX_UNIT_VALUE_CHANGE}-fold either way is left out of
 * the covered lines: a weight keyed in grams for tonnes, not a price, and it would swamp the sector's effects.
 */
public final class PriceVolume {
  private PriceVolume() {}

  /** The most a line's unit value may change from last year, as a factor either way, and still be covered. */
  public static final int MAX_UNIT_VALUE_CHANGE = 1000;

  private static final String V0 = "_v0";
  private static final String Q0 = "_q0";
  /** p0 q1 = v0 q1 / q0: this year's goods at last year's prices. */
  private static final String P0Q1 = "_p0q1";
  /** p1 q0 = v1 q0 / q1: last year's goods at this year's prices. */
  private static final String P1Q0 = "_p1q0";
  private static final String SUM_P0Q1 = "_sum_p0q1";
  private static final String SUM_P1Q0 = "_sum_p1q0";

  /**
   * @param lines the chosen side's HS6 lines, {@link TradeSelection#byLine} (value_usd DECIMAL(20,2) USD,
   *     net_weight_kg DECIMAL(20,3))
   * @param selected the chosen side's flows per sector, {@link TradeSelection#bySector}
   * @return one row per pair, year and sector with trade whose previous year has trade: the sector's value, the
   *     covered lines' value this and last year, their coverage of the sector, the change and its three
   *     parts (the volume and price effects exact sums rounded half up to the cent, the interaction the rest,
   *     so the parts add up to the change to the cent), and both indices (last year = 100)
   */
  public static Dataset<Row> byYearAndSector(Dataset<Row> lines, Dataset<Row> selected) {
    Column v1 = col(SilverColumns.VALUE_USD);
    Column q1 = col(SilverColumns.NET_WEIGHT_KG);
    Dataset<Row> previous = lines.select(col(GoldColumns.HOME), col(GoldColumns.PARTNER), col(YEAR).plus(1).as(YEAR),
        col(SilverColumns.DIRECTION),
        col(SilverColumns.HS_CODE), col(SilverColumns.VALUE_USD).as(V0), col(SilverColumns.NET_WEIGHT_KG).as(Q0));
    // A line counts when it is weighed in both years and its unit value moved less than the most a price
    // plausibly does (p1 / p0 = v1 q0 / v0 q1 within 1/MAX and MAX); one whose products do not fit a decimal
    // is left out too.
    Column v1q0 = try_multiply(v1, col(Q0));
    Column v0q1 = try_multiply(col(V0), q1);
    Column plausible = v1q0.leq(try_multiply(v0q1, lit(MAX_UNIT_VALUE_CHANGE)))
        .and(v0q1.leq(try_multiply(v1q0, lit(MAX_UNIT_VALUE_CHANGE))));
    Dataset<Row> covered = lines.filter(q1.isNotNull())
        .join(previous.filter(col(Q0).isNotNull()),
            TradeTotals.pairAnd(YEAR, SilverColumns.DIRECTION, SilverColumns.HS_CODE), "inner")
        .filter(plausible)
        .withColumn(P0Q1, try_divide(v0q1, col(Q0)))
        .withColumn(P1Q0, try_divide(v1q0, q1))
        .filter(col(P0Q1).isNotNull().and(col(P1Q0).isNotNull()))
        .groupBy(TradeTotals.pairYearAnd(col(SECTOR)))
        .agg(sum(v1).as(COVERED_VALUE_USD), sum(col(V0)).as(COVERED_PREVIOUS_USD),
            sum(col(P0Q1)).as(SUM_P0Q1), sum(col(P1Q0)).as(SUM_P1Q0));

    Dataset<Row> sectors = selected.groupBy(TradeTotals.pairYearAnd(col(SECTOR)))
        .agg(sum(col(SilverColumns.VALUE_USD)).as(SECTOR_VALUE_USD));
    Dataset<Row> yearsWithPrevious = sectors.select(col(GoldColumns.HOME), col(GoldColumns.PARTNER),
        col(YEAR).plus(1).as(YEAR)).distinct();
    Dataset<Row> rows = sectors.join(yearsWithPrevious, TradeTotals.pairAnd(YEAR), "inner")
        .join(covered, TradeTotals.pairAnd(YEAR, SECTOR), "left");

    Column now = fitting(coalesce(col(COVERED_VALUE_USD), lit(0)), "covered value");
    Column before = fitting(coalesce(col(COVERED_PREVIOUS_USD), lit(0)), "covered value of the year before");
    Column volume = fitting(coalesce(col(SUM_P0Q1), lit(0)).minus(before), "volume effect");
    Column price = fitting(coalesce(col(SUM_P1Q0), lit(0)).minus(before), "price effect");
    return rows.select(
        col(GoldColumns.HOME),
        col(GoldColumns.PARTNER),
        col(YEAR),
        col(SECTOR),
        fitting(col(SECTOR_VALUE_USD), "sector value").as(SECTOR_VALUE_USD),
        now.as(COVERED_VALUE_USD),
        before.as(COVERED_PREVIOUS_USD),
        Percent.of(now, col(SECTOR_VALUE_USD)).as(COVERAGE_PCT),
        now.minus(before).cast(Money.USD).as(VALUE_CHANGE_USD),
        volume.as(VOLUME_EFFECT_USD),
        price.as(PRICE_EFFECT_USD),
        fitting(now.minus(before).minus(volume).minus(price), "interaction of price and volume")
            .as(INTERACTION_USD),
        Percent.of(col(SUM_P0Q1), before).as(VOLUME_INDEX),
        Percent.of(now, col(SUM_P0Q1)).as(PRICE_INDEX));
  }

  private static Column fitting(Column amount, String what) {
    return Sums.fitting(amount, Money.USD, concat(lit("the " + what + " of "), col(YEAR).cast("string")));
  }
}
