package org.tradecorridor.conform;

import org.tradecorridor.reference.Pairs;
import org.tradecorridor.reference.ReferenceData;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.when;
import static org.tradecorridor.conform.CustomsWork.*;
import static org.tradecorridor.conform.RawRows.field;
import static org.tradecorridor.conform.Fields.code;
import static org.tradecorridor.conform.Fields.decimal;
import static org.tradecorridor.conform.Fields.isEmpty;
import static org.tradecorridor.conform.Fields.isPresent;
import static org.tradecorridor.conform.Fields.text;
import static org.tradecorridor.tables.SilverColumns.DATASET;
import static org.tradecorridor.tables.SilverColumns.DIRECTION;
import static org.tradecorridor.tables.SilverColumns.CLASSIFICATION;
import static org.tradecorridor.tables.SilverColumns.IS_ESTIMATED;
import static org.tradecorridor.tables.SilverColumns.IS_REPORTED;
import static org.tradecorridor.tables.SilverColumns.QTY_UNIT;
import static org.tradecorridor.tables.SilverColumns.QTY;
import static org.tradecorridor.tables.SilverColumns.FOB_VALUE_USD;
import static org.tradecorridor.tables.SilverColumns.CIF_VALUE_USD;
import static org.tradecorridor.tables.SilverColumns.EXPORT;
import static org.tradecorridor.tables.SilverColumns.FLOW;
import static org.tradecorridor.tables.SilverColumns.HS2;
import static org.tradecorridor.tables.SilverColumns.HS_CODE;
import static org.tradecorridor.tables.SilverColumns.IMPORT;
import static org.tradecorridor.tables.SilverColumns.MONTH;
import static org.tradecorridor.tables.SilverColumns.NET_WEIGHT_KG;
import static org.tradecorridor.tables.SilverColumns.HOME;
import static org.tradecorridor.tables.SilverColumns.PARTNER;
import static org.tradecorridor.tables.SilverColumns.PARTNER_ISO3;
import static org.tradecorridor.tables.SilverColumns.REPORTER_ISO3;
import static org.tradecorridor.tables.SilverColumns.SECTOR;
import static org.tradecorridor.tables.SilverColumns.VALUE_USD;
import static org.tradecorridor.tables.SilverColumns.YEAR;

import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.tradecorridor.tables.Money;
import org.tradecorridor.config.TradeRules;
import org.tradecorridor.tables.BaciColumns;
import org.tradecorridor.tables.BronzeColumns;
import org.tradecorridor.tables.SilverColumns;
import org.tradecorridor.tables.Source;

/** Customs declarations from bronze to silver_trade_flows, applying the rules of SPEC section 4 in order. */
public final class CustomsConform implements SourceRules {
  private final TradeRules rules;
  private final ReferenceData reference;
  private final Set<String> superseded;

  /**
   * @param rules the pair, commodity level, frequency, plausible years and value limits
   * @param reference HS chapters and their sectors, and Comtrade's numeric country codes
   * @param superseded files (bronze's source_file) a newer publication of the same reporter, period and
   *     classification supersedes ({@code ingest.Publications}): their rows are ignored before any other rule
   */
  public CustomsConform(TradeRules rules, ReferenceData reference, Set<String> superseded) {
    this.rules = rules;
    this.reference = reference;
    this.superseded = Set.copyOf(superseded);
  }

  /** The rules for an input of which no file is superseded. */
  public CustomsConform(TradeRules rules, ReferenceData reference) {
    this(rules, reference, Set.of());
  }

  @Override
  public Source source() {
    return Source.CUSTOMS;
  }

  /**
   * Classifies every bronze customs row in one go (see {@link Classification#classify}).
   *
   * @return one row per bronze row with silver_trade_flows' columns (value_usd DECIMAL(20,2) USD,
   *     net_weight_kg DECIMAL(20,3)), {@code _outcome}, {@code _reason}, file, line and raw record
   */
  public static Dataset<Row> classify(Dataset<Row> bronze, TradeRules rules, ReferenceData reference) {
    return Classification.classify(new CustomsConform(rules, reference), bronze);
  }

  /** Comtrade's commodity code of a reporter's total trade with a partner. */
  public static final String TOTAL = "TOTAL";
  /** The sector of counted TOTAL rows: trade whose goods the extract does not say. */
  public static final String UNALLOCATED = "unallocated";

  /** Every rule a row decides alone: rules 1 and 2, the pair, the flow, and the value checks. */
  @Override
  public Dataset<Row> rowRules(Dataset<Row> bronze) {
    Pairs pairs = reference.pairs(rules);
    // A BACI row is read from its own six columns: the exporter's annual flow X of an HS6 code.
    Column baci = BaciRows.isRow();
    // Every raw field is trimmed (codes upper-cased) once; the rules below read these.
    Dataset<Row> rows = RawRows.of(bronze, Source.CUSTOMS)
        .withColumn(DATASET, when(baci, lit(SilverColumns.BACI)).otherwise(lit(SilverColumns.COMTRADE)))
        .withColumn(FREQ, when(baci, lit("A")).otherwise(code(field("freqCode"))))
        .withColumn(YEAR_TEXT, when(baci, BaciRows.field(BaciColumns.YEAR)).otherwise(text(field("refYear"))))
        .withColumn(PERIOD_TEXT, when(baci, lit(String.valueOf(ANNUAL_PERIOD))).otherwise(text(field("refMonth"))))
        .withColumn(REPORTER_TEXT, code(field("reporterISO")))
        .withColumn(PARTNER_TEXT, code(field("partnerISO")))
        .withColumn(REPORTER_CODE, when(baci, BaciRows.field(BaciColumns.EXPORTER)).otherwise(text(field("reporterCode"))))
        .withColumn(PARTNER_CODE, when(baci, BaciRows.field(BaciColumns.IMPORTER)).otherwise(text(field("partnerCode"))))
        .withColumn(FLOW, when(baci, lit("X")).otherwise(code(field("flowCode"))))
        .withColumn(HS_CODE, when(baci, BaciRows.product()).otherwise(code(field("cmdCode"))))
        .withColumn(VALUE_TEXT, when(baci, BaciRows.field(BaciColumns.VALUE_THOUSANDS_USD))
            .otherwise(text(field("primaryValue"))))
        .withColumn(WEIGHT_TEXT, when(baci, BaciRows.known(BaciColumns.TONNES)).otherwise(text(field("netWgt"))))
        .withColumn(CIF_TEXT, text(field("cifvalue")))
        // BACI's one value is FOB.
        .withColumn(FOB_TEXT, when(baci, col(VALUE_TEXT)).otherwise(text(field("fobvalue"))))
        // A quantity counts with its unit only: Comtrade writes one (often 0) beside unit N/A, and a pull
        // without descriptions leaves the unit out.
        .withColumn(QTY_UNIT, when(isPresent(text(field("qtyUnitAbbr")))
            .and(not(code(field("qtyUnitAbbr")).equalTo("N/A"))), text(field("qtyUnitAbbr"))))
        .withColumn(QTY_TEXT, when(col(QTY_UNIT).isNotNull(), text(field("qty"))))
        .withColumn(IS_REPORTED, Fields.flag(text(field("isReported"))))
        .withColumn(IS_ESTIMATED, estimated(Fields.flag(text(field("isQtyEstimated"))),
            Fields.flag(text(field("isNetWgtEstimated")))))
        .withColumn(CLASSIFICATION, when(baci, BaciRows.classification())
            .when(isPresent(code(field("classificationCode"))), code(field("classificationCode"))))
        .withColumn(IS_BREAKDOWN, notTotal(field("motCode"), "0").or(notTotal(field("customsCode"), "C00"))
            .or(notTotal(field("mosCode"), "0")).or(notTotal(field("partner2Code"), "0")));
    // Who reports and who the partner is: the ISO3 column where it names a country, else the numeric code.
    rows = rows
        .withColumn(REPORTER_ISO3, Countries.identity(col(REPORTER_TEXT), col(REPORTER_CODE), reference))
        .withColumn(PARTNER_ISO3, Countries.identity(col(PARTNER_TEXT), col(PARTNER_CODE), reference))
        // The pair a row belongs to, if the run covers it: directions are seen from its home.
        .withColumn(HOME, pairs.home(col(REPORTER_ISO3), col(PARTNER_ISO3)))
        .withColumn(PARTNER, when(col(HOME).equalTo(col(REPORTER_ISO3)), col(PARTNER_ISO3))
            .when(col(HOME).isNotNull(), col(REPORTER_ISO3)))
        .withColumn(YEAR, Fields.year(col(YEAR_TEXT)))
        .withColumn(PERIOD, Fields.integer(col(PERIOD_TEXT), DataTypes.IntegerType))
        // BACI gives thousands of USD and tonnes.
        .withColumn(VALUE_USD, when(baci, BaciRows.thousands(col(VALUE_TEXT), Money.USD))
            .otherwise(decimal(col(VALUE_TEXT), Money.USD)))
        .withColumn(NET_WEIGHT_KG, when(baci, BaciRows.thousands(col(WEIGHT_TEXT), Money.KG))
            .otherwise(decimal(col(WEIGHT_TEXT), Money.KG)))
        .withColumn(CIF_VALUE_USD, decimal(col(CIF_TEXT), Money.USD))
        .withColumn(FOB_VALUE_USD, when(baci, col(VALUE_USD)).otherwise(decimal(col(FOB_TEXT), Money.USD)))
        .withColumn(QTY, decimal(col(QTY_TEXT), Money.QUANTITY));

    Column inPair = col(HOME).isNotNull();
    Column isDigits = col(HS_CODE).rlike("^[0-9]+$");
    Column isTotal = col(HS_CODE).equalTo(TOTAL);
    // The code's level: 6, 4 or 2 HS digits, 0 for TOTAL, null for a code of no level (UNKNOWN_HS).
    Column level = when(isTotal, lit(0))
        .when(isDigits.and(length(col(HS_CODE)).isin(2, 4, 6)), length(col(HS_CODE)));

    // Rules 1 and 2, then the pair and the flow: decided on the row alone, before any value is read.
    Column keysHoldControls = Fields.hasControlCharacter(concat_ws("", col(FREQ), col(YEAR_TEXT), col(PERIOD_TEXT),
        col(REPORTER_TEXT), col(REPORTER_CODE), col(PARTNER_TEXT), col(PARTNER_CODE), col(FLOW), col(HS_CODE)));
    Column isSuperseded = superseded.isEmpty() ? lit(false)
        : col(BronzeColumns.SOURCE_FILE).isin(superseded.stream().sorted().toArray());
    Column beforeLevel = when(isSuperseded, lit(Reasons.SUPERSEDED))
        .when(col(BronzeColumns.CORRUPT_RECORD).isNotNull().or(keysHoldControls), lit(Reasons.MALFORMED_ROW))
        .when(isEmpty(col(YEAR_TEXT)).or(isEmpty(col(REPORTER_TEXT)).and(isEmpty(col(REPORTER_CODE))))
            .or(isEmpty(col(PARTNER_TEXT)).and(isEmpty(col(PARTNER_CODE))))
            .or(isEmpty(col(FLOW))).or(isEmpty(col(HS_CODE))), lit(Reasons.MISSING_FIELD))
        .when(col(REPORTER_ISO3).isNull().or(col(PARTNER_ISO3).isNull()), lit(Reasons.UNKNOWN_COUNTRY))
        .when(not(inPair), lit(Reasons.OTHER_PARTNER))
        .when(not(col(FLOW).isin("X", "M")), lit(Reasons.OTHER_FLOW));

    Column badPeriod = col(YEAR).isNull()
        .or(col(YEAR).lt(rules.minYear())).or(col(YEAR).gt(rules.maxYear()))
        .or(not(col(FREQ).isin("A", "M")))
        .or(col(FREQ).equalTo("M").and(col(PERIOD).isNull().or(col(PERIOD).lt(1)).or(col(PERIOD).gt(12))))
        .or(col(FREQ).equalTo("A").and(not(col(PERIOD).eqNullSafe(ANNUAL_PERIOD))));
    rows = rows
        .withColumn(LEVEL, level)
        .withColumn(HS2, when(isDigits.and(length(col(HS_CODE)).isin(2, 4, 6)), substring(col(HS_CODE), 1, 2)))
        .withColumn(SECTOR, when(isTotal, lit(UNALLOCATED))
            .otherwise(Fields.sectorOfChapter(reference.sectorOfChapter(), col(HS2))));

    // The value, and every other number the file gives (weight, CIF, FOB, quantity), must be one.
    Column maxValue = lit(rules.limits().maxValueUsd());
    Column afterFrequency = when(isEmpty(col(VALUE_TEXT)), lit(Reasons.MISSING_FIELD))
        .when(col(VALUE_USD).isNull().or(col(VALUE_USD).gt(maxValue))
            .or(isPresent(col(WEIGHT_TEXT)).and(col(NET_WEIGHT_KG).isNull()))
            .or(isPresent(col(CIF_TEXT)).and(col(CIF_VALUE_USD).isNull().or(col(CIF_VALUE_USD).gt(maxValue))))
            .or(isPresent(col(FOB_TEXT)).and(col(FOB_VALUE_USD).isNull().or(col(FOB_VALUE_USD).gt(maxValue))))
            .or(isPresent(col(QTY_TEXT)).and(col(QTY).isNull())), lit(Reasons.BAD_NUMBER))
        .when(Fields.isNegative(col(VALUE_TEXT), col(VALUE_USD))
            .or(Fields.isNegative(col(WEIGHT_TEXT), col(NET_WEIGHT_KG)))
            .or(Fields.isNegative(col(CIF_TEXT), col(CIF_VALUE_USD)))
            .or(Fields.isNegative(col(FOB_TEXT), col(FOB_VALUE_USD)))
            .or(Fields.isNegative(col(QTY_TEXT), col(QTY))), lit(Reasons.NEGATIVE_VALUE))
        .when(badPeriod, lit(Reasons.BAD_DATE))
        .when(col(SECTOR).isNull(), lit(Reasons.UNKNOWN_HS));
    Column isExport = col(REPORTER_ISO3).equalTo(col(HOME)).and(col(FLOW).equalTo("X"))
        .or(col(PARTNER_ISO3).equalTo(col(HOME)).and(col(FLOW).equalTo("M")));

    // Every rule that reads the row alone is decided here, once; the rows are kept with what the steps
    // after read (levels and annual rows per group, duplicates, silver and quarantine), and without the
    // text the rules have used up.
    rows = rows
        .withColumn(MONTH, when(col(FREQ).equalTo("M"), col(PERIOD)))
        .withColumn(DIRECTION, when(isExport, lit(EXPORT)).otherwise(lit(IMPORT)))
        .withColumn(BEFORE_LEVEL, beforeLevel)
        .withColumn(AFTER_FREQUENCY, afterFrequency)
        .drop(PERIOD_TEXT, PERIOD, VALUE_TEXT, WEIGHT_TEXT, CIF_TEXT, FOB_TEXT, QTY_TEXT, REPORTER_TEXT, PARTNER_TEXT, REPORTER_CODE, PARTNER_CODE);
    return RawRows.withoutRaw(rows, Source.CUSTOMS,
        coalesce(col(BEFORE_LEVEL), col(AFTER_FREQUENCY)).isin(Reasons.QUARANTINE.toArray()));
  }

  /** A record is its dataset (a BACI flow is no copy of a declaration), frequency, period, reporter, partner, flow and code (a passing annual row's month is null). */
  @Override
  public Dataset<Row> groupRules(Dataset<Row> parsed) {
    return CustomsGroupRules.apply(parsed, rules);
  }

  @Override
  public List<Column> naturalKey() {
    return List.of(col(DATASET), col(FREQ), col(YEAR), col(MONTH), col(REPORTER_ISO3), col(PARTNER_ISO3), col(FLOW),
        col(HS_CODE));
  }

  /** True when either estimate flag is true, false when a flag is given and none is true, null when none is. */
  private static Column estimated(Column quantity, Column weight) {
    return when(quantity.or(weight), lit(true)).when(quantity.isNotNull().or(weight.isNotNull()), lit(false));
  }

  /** True when a breakdown column is present and holds something other than its total code. */
  private static Column notTotal(String column, String totalCode) {
    Column value = code(column);
    // The number's text is looked at only where the value is not the total code as written.
    return isPresent(value).and(value.notEqual(totalCode)).and(Fields.numericCode(value).notEqual(totalCode));
  }
}
