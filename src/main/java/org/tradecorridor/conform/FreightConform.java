package org.tradecorridor.conform;

import org.tradecorridor.reference.Axis;
import org.tradecorridor.reference.ReferenceData;
import org.tradecorridor.reference.Vocabularies;
import static org.apache.spark.sql.functions.array_remove;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.map;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.split;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.try_element_at;
import static org.apache.spark.sql.functions.try_to_date;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.year;
import static org.tradecorridor.conform.RawRows.field;
import static org.tradecorridor.conform.Fields.code;
import static org.tradecorridor.conform.Fields.decimal;
import static org.tradecorridor.conform.Fields.isBadCountry;
import static org.tradecorridor.conform.Fields.isBadInteger;
import static org.tradecorridor.conform.Fields.isEmpty;
import static org.tradecorridor.conform.Fields.isPresent;
import static org.tradecorridor.conform.Fields.nullIfEmpty;
import static org.apache.spark.sql.functions.not;
import static org.tradecorridor.conform.Fields.text;
import static org.tradecorridor.tables.SilverColumns.AXIS;
import static org.tradecorridor.tables.SilverColumns.DEPARTURE_DATE;
import static org.tradecorridor.tables.SilverColumns.DESTINATION_COUNTRY;
import static org.tradecorridor.tables.SilverColumns.DESTINATION_NODE;
import static org.tradecorridor.tables.SilverColumns.GROSS_TONNES;
import static org.tradecorridor.tables.SilverColumns.HS2;
import static org.tradecorridor.tables.SilverColumns.ORIGIN_COUNTRY;
import static org.tradecorridor.tables.SilverColumns.ORIGIN_NODE;
import static org.tradecorridor.tables.SilverColumns.ROUTE;
import static org.tradecorridor.tables.SilverColumns.SECTOR;
import static org.tradecorridor.tables.SilverColumns.SHIPMENT_ID;
import static org.tradecorridor.tables.SilverColumns.TEU;
import static org.tradecorridor.tables.SilverColumns.TRANSPORT_MODE;
import static org.tradecorridor.tables.SilverColumns.YEAR;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.tradecorridor.tables.Money;
import org.tradecorridor.config.TradeRules;
import org.tradecorridor.tables.BronzeColumns;
import org.tradecorridor.tables.Source;

/**
 * Freight shipments from bronze to silver_freight: dates, tonnes, sector and the corridor axis of
 * the route. Freight is not filtered by the country pair: transit cargo on the corridor counts.
 */
public final class FreightConform implements SourceRules {
  private final TradeRules rules;
  private final ReferenceData reference;

  /**
   * @param rules plausible years and value limits
   * @param reference HS chapters and corridor nodes
   */
  public FreightConform(TradeRules rules, ReferenceData reference) {
    this.rules = rules;
    this.reference = reference;
  }

  /** Classifies every bronze freight row in one go (see {@link Classification#classify}). */
  public static Dataset<Row> classify(Dataset<Row> bronze, TradeRules rules, ReferenceData reference) {
    return Classification.classify(new FreightConform(rules, reference), bronze);
  }

  private static final String AXIS_COUNT = "_axis_count";
  private static final String DATE_TEXT = "_date_text";
  private static final String HS_TEXT = "_hs_text";
  private static final String TONNES_TEXT = "_tonnes_text";
  private static final String TEU_TEXT = "_teu_text";
  private static final String ROUTE_KEY = "_route_key";
  private static final String ORIGIN_AXIS = "_origin_axis";
  private static final String DESTINATION_AXIS = "_destination_axis";
  /** Prefix of the column saying whether a row is on an axis. */
  private static final String ON_AXIS = "_on_";
  private static final String ROUTE_TEXT = "_route_text";
  /** Between node names: '>' with any spaces (Unicode's too) or control characters around it. */
  private static final String ROUTE_SEPARATOR = "[\\s\\p{Z}\\p{Cc}\\x{FEFF}\\x{200B}]*>[\\s\\p{Z}\\p{Cc}\\x{FEFF}\\x{200B}]*";

  @Override
  public Source source() {
    return Source.FREIGHT;
  }

  /** Every rule of this source: all of them decide a row alone. */
  @Override
  public Dataset<Row> rowRules(Dataset<Row> bronze) {
    Dataset<Row> rows = RawRows.of(bronze, Source.FREIGHT)
        .withColumn(SHIPMENT_ID, text(field("shipment_id")))
        .withColumn(DATE_TEXT, text(field("departure_date")))
        .withColumn(ORIGIN_COUNTRY, code(field("origin_country")))
        .withColumn(ORIGIN_NODE, text(field("origin_node")))
        .withColumn(DESTINATION_COUNTRY, code(field("destination_country")))
        .withColumn(DESTINATION_NODE, text(field("destination_node")))
        // Node names are separated by '>', with or without spaces around it; empty names are dropped.
        // The separators are made one '>' first: Spark compiles a split pattern longer than one
        // character again for every row, a replace pattern once.
        .withColumn(ROUTE_TEXT, regexp_replace(text(field("route")), ROUTE_SEPARATOR, ">"))
        .withColumn(ROUTE, array_remove(split(col(ROUTE_TEXT), ">"), ""))
        .withColumn(TRANSPORT_MODE, nullIfEmpty(code(field("transport_mode"))))
        .withColumn(HS_TEXT, text(field("hs_code")))
        .withColumn(TONNES_TEXT, text(field("gross_tonnes")))
        .withColumn(TEU_TEXT, text(field("teu")));

    // Origin, route and destination nodes, lower-cased, matched against each axis's listed nodes: the
    // origin's and destination's axes looked up in one map of the nodes, the route searched as text,
    // ">a>b>c>", for ">node>" (no array or set is built for a row). Whether a row is on an axis is a
    // column of its own, so the count and the choice of axis below read it instead of repeating it.
    List<Column> nodeAxisPairs = new ArrayList<>();
    new TreeMap<>(reference.axisOfNode()).forEach((node, nodeAxis) -> {
      nodeAxisPairs.add(lit(node));
      nodeAxisPairs.add(lit(nodeAxis));
    });
    Column axisOfNode = map(nodeAxisPairs.toArray(Column[]::new));
    rows = rows
        .withColumn(ORIGIN_AXIS, try_element_at(axisOfNode, lower(col(ORIGIN_NODE))))
        .withColumn(DESTINATION_AXIS, try_element_at(axisOfNode, lower(col(DESTINATION_NODE))))
        .withColumn(ROUTE_KEY, concat(lit(">"), lower(col(ROUTE_TEXT)), lit(">")));
    List<String> onAxes = new ArrayList<>();
    for (String name : Axis.names()) { // a row on several axes is counted below and refused (AMBIGUOUS_AXIS)
      List<String> axisNodes = reference.nodesOf(name);
      if (!axisNodes.isEmpty()) {
        Column onRoute = axisNodes.stream().map(n -> col(ROUTE_KEY).contains(">" + n + ">")).reduce(Column::or).get();
        rows = rows.withColumn(ON_AXIS + name, coalesce(col(ORIGIN_AXIS).equalTo(name)
            .or(col(DESTINATION_AXIS).equalTo(name)).or(onRoute), lit(false)));
        onAxes.add(name);
      }
    }
    Column axisCount = lit(0);
    Column axis = lit(Axis.NONE);
    for (String name : onAxes) {
      axisCount = axisCount.plus(when(col(ON_AXIS + name), 1).otherwise(0));
      axis = when(col(ON_AXIS + name), lit(name)).otherwise(axis);
    }

    rows = rows
        .withColumn(AXIS_COUNT, axisCount)
        .withColumn(AXIS, axis)
        .withColumn(DEPARTURE_DATE, when(col(DATE_TEXT).rlike("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"),
            try_to_date(col(DATE_TEXT), "yyyy-MM-dd")))
        .withColumn(YEAR, year(col(DEPARTURE_DATE)))
        .withColumn(HS2, when(col(HS_TEXT).rlike("^[0-9]+$").and(length(col(HS_TEXT)).isin(2, 4, 6)),
            substring(col(HS_TEXT), 1, 2)))
        .withColumn(SECTOR, Fields.sectorOfChapter(reference.sectorOfChapter(), col(HS2)))
        .withColumn(GROSS_TONNES, decimal(col(TONNES_TEXT), Money.TONNES))
        .withColumn(TEU, Fields.integer(col(TEU_TEXT), DataTypes.IntegerType));

    Column keysHoldControls = Fields.hasControlCharacter(concat_ws("", col(SHIPMENT_ID), col(DATE_TEXT),
        col(ORIGIN_COUNTRY), col(DESTINATION_COUNTRY), col(ROUTE_TEXT), col(TRANSPORT_MODE), col(HS_TEXT)));
    Column reason = when(col(BronzeColumns.CORRUPT_RECORD).isNotNull().or(keysHoldControls),
            lit(Reasons.MALFORMED_ROW))
        .when(isEmpty(col(SHIPMENT_ID)).or(isEmpty(col(DATE_TEXT)))
            .or(col(ROUTE).isNull()).or(size(col(ROUTE)).equalTo(0)), lit(Reasons.MISSING_FIELD))
        .when(isBadCountry(col(ORIGIN_COUNTRY)).or(isBadCountry(col(DESTINATION_COUNTRY))),
            lit(Reasons.UNKNOWN_COUNTRY))
        .when(isEmpty(col(TONNES_TEXT)), lit(Reasons.MISSING_FIELD))
        .when(col(GROSS_TONNES).isNull().or(isBadInteger(col(TEU_TEXT), DataTypes.IntegerType))
            .or(col(GROSS_TONNES).gt(lit(rules.limits().maxGrossTonnes()))), lit(Reasons.BAD_NUMBER))
        .when(Fields.isNegative(col(TONNES_TEXT), col(GROSS_TONNES)).or(col(TEU).lt(0)), lit(Reasons.NEGATIVE_VALUE))
        .when(col(DEPARTURE_DATE).isNull().or(col(YEAR).lt(rules.minYear())).or(col(YEAR).gt(rules.maxYear())),
            lit(Reasons.BAD_DATE))
        .when(col(SECTOR).isNull(), lit(Reasons.UNKNOWN_HS))
        .when(isPresent(col(TRANSPORT_MODE)).and(not(col(TRANSPORT_MODE).isin(Vocabularies.TRANSPORT_MODES.toArray()))),
            lit(Reasons.UNKNOWN_TRANSPORT_MODE))
        .when(col(AXIS_COUNT).gt(1), lit(Reasons.AMBIGUOUS_AXIS));

    // The rules are decided once; the rows go on without the text they have used up.
    return RawRows.withoutRaw(rows.withColumn(RawRows.RULE, reason)
            .drop(ROUTE_TEXT, ROUTE_KEY, ORIGIN_AXIS, DESTINATION_AXIS, AXIS_COUNT, DATE_TEXT, HS_TEXT, TONNES_TEXT, TEU_TEXT)
            .drop(onAxes.stream().map(name -> ON_AXIS + name).toArray(String[]::new)),
        Source.FREIGHT, col(RawRows.RULE).isin(Reasons.QUARANTINE.toArray()));
  }

  /** No rule of this source looks at other rows, but for duplicates. */
  @Override
  public Dataset<Row> groupRules(Dataset<Row> parsed) {
    return parsed;
  }

  @Override
  public List<Column> naturalKey() {
    return List.of(col(SHIPMENT_ID));
  }
}
