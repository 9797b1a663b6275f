package org.tradecorridor.conform;

import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.median;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.try_divide;
import static org.apache.spark.sql.functions.when;
import static org.tradecorridor.conform.CustomsWork.AFTER_FREQUENCY;
import static org.tradecorridor.conform.CustomsWork.FREQ;
import static org.tradecorridor.conform.CustomsWork.IS_BREAKDOWN;
import static org.tradecorridor.tables.SilverColumns.DETAIL;
import static org.tradecorridor.tables.SilverColumns.DIRECTION;
import static org.tradecorridor.tables.SilverColumns.FLAG;
import static org.tradecorridor.tables.SilverColumns.FLOW;
import static org.tradecorridor.tables.SilverColumns.HS_CODE;
import static org.tradecorridor.tables.SilverColumns.IS_ESTIMATED;
import static org.tradecorridor.tables.SilverColumns.IS_REPORTED;
import static org.tradecorridor.tables.SilverColumns.LINE_NUMBER;
import static org.tradecorridor.tables.SilverColumns.NET_WEIGHT_KG;
import static org.tradecorridor.tables.SilverColumns.HOME;
import static org.tradecorridor.tables.SilverColumns.PARTNER;
import static org.tradecorridor.tables.SilverColumns.REPORTER_ISO3;
import static org.tradecorridor.tables.SilverColumns.RUN_ID;
import static org.tradecorridor.tables.SilverColumns.SECTOR;
import static org.tradecorridor.tables.SilverColumns.SEVERITY;
import static org.tradecorridor.tables.SilverColumns.SOURCE_FILE;
import static org.tradecorridor.tables.SilverColumns.VALUE_USD;
import static org.tradecorridor.tables.SilverColumns.YEAR;

import java.math.BigDecimal;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.tradecorridor.tables.BronzeColumns;
import org.tradecorridor.tables.Money;
import org.tradecorridor.tables.SilverColumns;

/**
 * The customs quality flags: kept rows worth a look for trade reasons, not format reasons. Pure, from
 * classified rows; a flag changes no outcome and no figure.
 */
public final class CustomsFlags {
  private CustomsFlags() {}

  /** A unit value this many times its code's median, or under its inverse, is an outlier. */
  public static final BigDecimal OUTLIER_FACTOR = BigDecimal.TEN;
  /** Rows of a code and direction needed for its median to judge one: the row and at least 3 others. */
  public static final int OUTLIER_MIN_ROWS = 4;
  /** A reporter's counted rows may differ from its reported TOTAL by this share before it is flagged. */
  public static final BigDecimal TOTAL_TOLERANCE = new BigDecimal("0.01");

  private static final String UNIT_VALUE = "_unit_value";
  private static final String MEDIAN = "_median";
  private static final String ROWS = "_rows";
  private static final String DETAIL_USD = "_detail_usd";
  private static final String TOTAL_USD = "_total_usd";
  private static final String FIRST_TOTAL = "_first_total";

  /**
   * @param classified customs rows with their outcome ({@link Classification#outcomes})
   * @return quality_flags rows (ESTIMATED, UNIT_VALUE_OUTLIER, DETAIL_BELOW_TOTAL) with this run's id
   */
  public static Dataset<Row> of(Dataset<Row> classified, String runId) {
    Dataset<Row> kept = classified.filter(col(Outcome.OUTCOME).equalTo(Outcome.KEPT));
    return estimated(kept).unionByName(outliers(kept)).unionByName(detailBelowTotal(classified, kept))
        .withColumn(RUN_ID, lit(runId))
        .select(SilverColumns.QUALITY_FLAGS.stream().map(RawRows::quoted).toArray(Column[]::new));
  }

  /** Rows Comtrade marks as not reported as such, or whose quantity or weight it estimated. */
  static Dataset<Row> estimated(Dataset<Row> kept) {
    Column notReported = col(IS_REPORTED).eqNullSafe(false);
    Column estimated = col(IS_ESTIMATED).eqNullSafe(true);
    return flagRows(kept.filter(notReported.or(estimated)), SilverColumns.ESTIMATED, SilverColumns.NOTICE,
        concat_ws("; ", when(notReported, lit("isReported is false: Comtrade estimated the figure")),
            when(estimated, lit("the quantity or net weight is estimated"))));
  }

  /** Weighed HS6 rows whose value per kg is far from the median of their code and direction. */
  static Dataset<Row> outliers(Dataset<Row> kept) {
    Dataset<Row> weighed = kept
        .filter(length(col(HS_CODE)).equalTo(6).and(col(NET_WEIGHT_KG).gt(0)))
        .withColumn(UNIT_VALUE, try_divide(col(VALUE_USD), col(NET_WEIGHT_KG)));
    Dataset<Row> medians = weighed.groupBy(col(HOME), col(PARTNER), col(HS_CODE), col(DIRECTION))
        .agg(median(col(UNIT_VALUE)).as(MEDIAN), count(lit(1)).as(ROWS))
        .filter(col(ROWS).geq(OUTLIER_MIN_ROWS).and(col(MEDIAN).gt(0)));
    Column factor = lit(OUTLIER_FACTOR);
    Dataset<Row> far = weighed.join(broadcast(medians), new String[] {HOME, PARTNER, HS_CODE, DIRECTION}, "inner")
        .filter(col(UNIT_VALUE).gt(col(MEDIAN).multiply(factor)).or(col(UNIT_VALUE).multiply(factor).lt(col(MEDIAN))));
    return flagRows(far, SilverColumns.UNIT_VALUE_OUTLIER, SilverColumns.WARNING,
        concat(lit("value per kg "), unitValue(col(UNIT_VALUE)), lit(" USD is "),
            col(UNIT_VALUE).divide(col(MEDIAN)).cast(DataTypes.createDecimalType(20, 1)).cast("string"),
            lit(" times the median "), unitValue(col(MEDIAN)), lit(" of "), col(ROWS).cast("string"),
            lit(" rows of the code and direction of the pair")));
  }

  /**
   * Reporter, year, frequency and flow groups whose counted detail rows add up to more than 1 % less (or
   * more) than the TOTAL rows the same reporter reports for them: trade kept confidential or unallocated.
   */
  static Dataset<Row> detailBelowTotal(Dataset<Row> classified, Dataset<Row> kept) {
    Column[] group = {col(HOME), col(PARTNER), col(REPORTER_ISO3), col(YEAR), col(FREQ), col(FLOW)};
    // BACI's flows are no reporter's detail.
    Dataset<Row> detail = kept.filter(col(HS_CODE).notEqual(CustomsConform.TOTAL)
            .and(col(SilverColumns.DATASET).equalTo(SilverColumns.COMTRADE)))
        .groupBy(group).agg(sum(col(VALUE_USD)).as(DETAIL_USD), first(col(DIRECTION)).as(DIRECTION));
    // TOTAL rows of the pair that passed every rule before the level's (so their value is a number).
    Dataset<Row> totals = classified
        .filter(col(Outcome.REASON).equalTo(Reasons.AGGREGATE).and(col(HS_CODE).equalTo(CustomsConform.TOTAL))
            .and(not(col(IS_BREAKDOWN))).and(col(AFTER_FREQUENCY).isNull()))
        .groupBy(group)
        .agg(sum(col(VALUE_USD)).as(TOTAL_USD),
            min(struct(col(BronzeColumns.SOURCE_FILE), col(BronzeColumns.LINE_NUMBER))).as(FIRST_TOTAL));
    Dataset<Row> below = detail.join(totals, new String[] {HOME, PARTNER, REPORTER_ISO3, YEAR, FREQ, FLOW}, "inner")
        .filter(abs(col(TOTAL_USD).minus(col(DETAIL_USD))).gt(col(TOTAL_USD).multiply(lit(TOTAL_TOLERANCE))));
    return below.select(
        lit(SilverColumns.DETAIL_BELOW_TOTAL).as(FLAG),
        lit(SilverColumns.WARNING).as(SEVERITY),
        col(HOME), col(PARTNER),
        col(YEAR), col(REPORTER_ISO3), col(DIRECTION),
        lit(null).cast(DataTypes.StringType).as(SECTOR),
        lit(CustomsConform.TOTAL).as(HS_CODE),
        col(FIRST_TOTAL + "." + BronzeColumns.SOURCE_FILE).as(SOURCE_FILE),
        col(FIRST_TOTAL + "." + BronzeColumns.LINE_NUMBER).as(LINE_NUMBER),
        col(TOTAL_USD).cast(Money.USD).as(VALUE_USD),
        concat(lit("reported TOTAL "), money(col(TOTAL_USD)), lit(", counted rows "), money(col(DETAIL_USD)),
            lit(" ("), when(col(FREQ).equalTo("A"), lit("annual")).otherwise(lit("monthly")), lit(", flow "),
            col(FLOW), lit("): "),
            col(TOTAL_USD).minus(col(DETAIL_USD)).multiply(100).divide(col(TOTAL_USD))
                .cast(DataTypes.createDecimalType(20, 2)).cast("string"),
            lit(" % of the total not in the detail")).as(DETAIL));
  }

  private static Dataset<Row> flagRows(Dataset<Row> rows, String flag, String severity, Column detail) {
    return rows.select(
        lit(flag).as(FLAG),
        lit(severity).as(SEVERITY),
        col(HOME), col(PARTNER),
        col(YEAR), col(REPORTER_ISO3), col(DIRECTION), col(SECTOR), col(HS_CODE),
        col(BronzeColumns.SOURCE_FILE).as(SOURCE_FILE),
        col(BronzeColumns.LINE_NUMBER).as(LINE_NUMBER),
        col(VALUE_USD),
        detail.as(DETAIL));
  }

  private static Column unitValue(Column usdPerKg) {
    return usdPerKg.cast(DataTypes.createDecimalType(24, 4)).cast("string");
  }

  private static Column money(Column amount) {
    return amount.cast(Money.USD).cast("string");
  }
}
