package org.tradecorridor.aggregate;

import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;
import static org.tradecorridor.tables.GoldColumns.FOB_GAP_PCT;
import static org.tradecorridor.tables.GoldColumns.FOB_GAP_USD;
import static org.tradecorridor.tables.GoldColumns.GAP_PCT;
import static org.tradecorridor.tables.GoldColumns.GAP_USD;
import static org.tradecorridor.tables.GoldColumns.HOME_DECLARED_USD;
import static org.tradecorridor.tables.GoldColumns.HOME_FOB_USD;
import static org.tradecorridor.tables.GoldColumns.PARTNER_FOB_USD;
import static org.tradecorridor.tables.GoldColumns.PARTNER_MIRROR_USD;
import static org.tradecorridor.tables.SilverColumns.CIF_VALUE_USD;
import static org.tradecorridor.tables.SilverColumns.DIRECTION;
import static org.tradecorridor.tables.SilverColumns.EXPORT;
import static org.tradecorridor.tables.SilverColumns.FOB_VALUE_USD;
import static org.tradecorridor.tables.SilverColumns.HOME;
import static org.tradecorridor.tables.SilverColumns.PARTNER;
import static org.tradecorridor.tables.SilverColumns.REPORTER_ISO3;
import static org.tradecorridor.tables.SilverColumns.SECTOR;
import static org.tradecorridor.tables.SilverColumns.VALUE_USD;
import static org.tradecorridor.tables.SilverColumns.YEAR;

import java.math.BigDecimal;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.tradecorridor.config.TradeRules;
import org.tradecorridor.tables.Money;
import org.tradecorridor.tables.SilverColumns;

/**
 * gold_mirror_discrepancy: the home country's declarations beside the partner's mirror declarations of
 * the same goods, per year, direction and sector, as declared and on one FOB basis, instead of choosing
 * one side as the turnover does.
 */
public final class MirrorDiscrepancy {
  private MirrorDiscrepancy() {}

  /** The share of the FOB gap beyond which a year, direction and sector is worth a look (MIRROR_GAP). */
  public static final BigDecimal LARGE_GAP_PCT = new BigDecimal("25");

  private static final String IS_HOME = "_home";
  private static final String FOB = "_fob";
  private static final String HOME_REPORTS = "_home_reports";
  private static final String PARTNER_REPORTS = "_partner_reports";

  /**
   * @param tradeFlows silver_trade_flows rows of the years wanted (value_usd, cif_value_usd, fob_value_usd
   *     DECIMAL(20,2) USD)
   * @return one row per (pair, year, direction, sector) either side declares: home_declared_usd and
   *     partner_mirror_usd (exact sums; null when that side declares nothing in the year and direction),
   *     gap_usd = partner - home and gap_pct = gap / home x 100, the same on an FOB basis (an exporter's
   *     value is FOB; an importer's is its fobvalue where reported, else its CIF value, cifvalue or else
   *     primaryValue, / (1 + customs.cifFobMargin), summed exactly and rounded half up to the cent)
   */
  public static Dataset<Row> byYearDirectionAndSector(Dataset<Row> tradeFlows, TradeRules rules) {
    Column isHome = col(REPORTER_ISO3).equalTo(col(HOME));
    // Who imports: the partner for home's exports, home for its imports.
    Column isImporter = col(DIRECTION).equalTo(EXPORT).notEqual(isHome);
    Column onCif = coalesce(col(CIF_VALUE_USD), col(VALUE_USD)).divide(lit(BigDecimal.ONE.add(rules.cifFobMargin())));
    Column fob = when(isImporter, coalesce(col(FOB_VALUE_USD), onCif))
        .otherwise(coalesce(col(FOB_VALUE_USD), col(VALUE_USD)));
    // A BACI flow is reconciled from both sides' declarations: it has no mirror.
    Dataset<Row> sides = tradeFlows
        .filter(col(SilverColumns.DATASET).equalTo(SilverColumns.COMTRADE))
        .withColumn(IS_HOME, isHome)
        .withColumn(FOB, fob)
        .withColumn(HOME_REPORTS, max(col(IS_HOME)).over(Window.partitionBy(TradeTotals.pairYearAnd(col(DIRECTION)))))
        .withColumn(PARTNER_REPORTS, max(col(IS_HOME).unary_$bang())
            .over(Window.partitionBy(TradeTotals.pairYearAnd(col(DIRECTION)))));
    Dataset<Row> sums = sides.groupBy(TradeTotals.pairYearAnd(col(DIRECTION), col(SECTOR)))
        .agg(
            side(max(col(HOME_REPORTS)), col(IS_HOME), col(VALUE_USD), "home's declarations").as(HOME_DECLARED_USD),
            side(max(col(PARTNER_REPORTS)), col(IS_HOME).unary_$bang(), col(VALUE_USD), "the mirror declarations")
                .as(PARTNER_MIRROR_USD),
            side(max(col(HOME_REPORTS)), col(IS_HOME), col(FOB), "home's FOB values").as(HOME_FOB_USD),
            side(max(col(PARTNER_REPORTS)), col(IS_HOME).unary_$bang(), col(FOB), "the mirror FOB values")
                .as(PARTNER_FOB_USD));
    return sums.select(
        col(HOME), col(PARTNER), col(YEAR), col(DIRECTION), col(SECTOR),
        col(HOME_DECLARED_USD), col(PARTNER_MIRROR_USD),
        Sums.fitting(col(PARTNER_MIRROR_USD).minus(col(HOME_DECLARED_USD)), Money.USD,
            concat(lit("the mirror gap of "), col(YEAR).cast("string"))).as(GAP_USD),
        Percent.growth(col(PARTNER_MIRROR_USD), col(HOME_DECLARED_USD)).as(GAP_PCT),
        col(HOME_FOB_USD), col(PARTNER_FOB_USD),
        Sums.fitting(col(PARTNER_FOB_USD).minus(col(HOME_FOB_USD)), Money.USD,
            concat(lit("the FOB mirror gap of "), col(YEAR).cast("string"))).as(FOB_GAP_USD),
        Percent.growth(col(PARTNER_FOB_USD), col(HOME_FOB_USD)).as(FOB_GAP_PCT));
  }

  /** True for a row whose FOB gap is more than {@link #LARGE_GAP_PCT} of home's FOB value either way. */
  public static Column isLargeGap() {
    return abs(col(FOB_GAP_PCT)).gt(lit(LARGE_GAP_PCT));
  }

  /**
   * @param discrepancy rows of {@link #byYearDirectionAndSector}
   * @return a quality_flags row (MIRROR_GAP, WARNING) for each row whose FOB gap is large, with this run's id
   */
  public static Dataset<Row> flags(Dataset<Row> discrepancy, String runId) {
    Column none = lit(null).cast(DataTypes.StringType);
    return discrepancy.filter(isLargeGap()).select(
        lit(SilverColumns.MIRROR_GAP).as(SilverColumns.FLAG),
        lit(SilverColumns.WARNING).as(SilverColumns.SEVERITY),
        col(HOME), col(PARTNER),
        col(YEAR), none.as(SilverColumns.REPORTER_ISO3), col(DIRECTION), col(SECTOR), none.as(SilverColumns.HS_CODE),
        none.as(SilverColumns.SOURCE_FILE), lit(null).cast(DataTypes.LongType).as(SilverColumns.LINE_NUMBER),
        col(HOME_FOB_USD).as(SilverColumns.VALUE_USD),
        concat(lit("on an FOB basis home "), col(HOME), lit(" declares "), col(HOME_FOB_USD).cast("string"),
            lit(", the partner "), col(PARTNER), lit(" "),
            col(PARTNER_FOB_USD).cast("string"), lit(": a gap of "), col(FOB_GAP_PCT).cast("string"), lit(" %"))
            .as(SilverColumns.DETAIL),
        lit(runId).as(SilverColumns.RUN_ID));
  }

  /** One side's exact sum in the group, 0 where it has no row in the sector, null where it declares nothing. */
  private static Column side(Column reports, Column isSide, Column amount, String what) {
    return when(reports, Sums.fitting(coalesce(sum(when(isSide, amount)), lit(0)), Money.USD,
        concat(lit(what + " of "), col(YEAR).cast("string"))));
  }
}
