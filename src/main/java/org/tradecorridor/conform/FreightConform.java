package org.tradecorridor.conform;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.filter;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.split;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.transform;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.try_to_date;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.year;
import static org.tradecorridor.conform.Classified.raw;
import static org.tradecorridor.conform.Fields.code;
import static org.tradecorridor.conform.Fields.decimal;
import static org.tradecorridor.conform.Fields.isBadCountry;
import static org.tradecorridor.conform.Fields.isBadDecimal;
import static org.tradecorridor.conform.Fields.isBadInteger;
import static org.tradecorridor.conform.Fields.isEmpty;
import static org.tradecorridor.conform.Fields.lookup;
import static org.tradecorridor.conform.Fields.text;
import static org.tradecorridor.conform.SilverColumns.AXIS;
import static org.tradecorridor.conform.SilverColumns.DEPARTURE_DATE;
import static org.tradecorridor.conform.SilverColumns.DESTINATION_COUNTRY;
import static org.tradecorridor.conform.SilverColumns.DESTINATION_NODE;
import static org.tradecorridor.conform.SilverColumns.GROSS_TONNES;
import static org.tradecorridor.conform.SilverColumns.HS2;
import static org.tradecorridor.conform.SilverColumns.ORIGIN_COUNTRY;
import static org.tradecorridor.conform.SilverColumns.ORIGIN_NODE;
import static org.tradecorridor.conform.SilverColumns.ROUTE;
import static org.tradecorridor.conform.SilverColumns.SECTOR;
import static org.tradecorridor.conform.SilverColumns.SHIPMENT_ID;
import static org.tradecorridor.conform.SilverColumns.TEU;
import static org.tradecorridor.conform.SilverColumns.TRANSPORT_MODE;
import static org.tradecorridor.conform.SilverColumns.YEAR;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.tradecorridor.Money;
import org.tradecorridor.config.TradeRules;
import org.tradecorridor.ingest.BronzeColumns;
import org.tradecorridor.ingest.Source;

/**
 * Freight shipments from bronze to silver_freight: dates, tonnes, sector and the corridor axis of
 * the route. Freight is not filtered by the country pair: transit cargo on the corridor counts.
 */
public final class FreightConform {
  private FreightConform() {}

  private static final String AXES = "_axes";

  /**
   * Classifies every bronze freight row.
   *
   * @param bronze bronze_freight rows (strings as read)
   * @param rules plausible years
   * @param reference HS chapters and corridor nodes
   * @return one row per bronze row with silver_freight's columns (gross_tonnes DECIMAL(18,3)),
   *     {@code _outcome}, {@code _reason}, file, line and raw record
   */
  public static Dataset<Row> classify(Dataset<Row> bronze, TradeRules rules, ReferenceData reference) {
    Column hsCode = text(raw("hs_code"));
    Column nodes = concat(array(text(raw("origin_node"))), col(ROUTE), array(text(raw("destination_node"))));
    Column axes = array_distinct(filter(
        transform(nodes, node -> lookup(reference.axisOfNode(), lower(node))), axis -> axis.isNotNull()));

    Dataset<Row> rows = Classified.raw(bronze, Source.FREIGHT)
        .withColumn(SHIPMENT_ID, text(raw("shipment_id")))
        .withColumn(DEPARTURE_DATE, when(text(raw("departure_date")).rlike("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"),
            try_to_date(text(raw("departure_date")), "yyyy-MM-dd")))
        .withColumn(YEAR, year(col(DEPARTURE_DATE)))
        .withColumn(ORIGIN_COUNTRY, code(raw("origin_country")))
        .withColumn(ORIGIN_NODE, text(raw("origin_node")))
        .withColumn(DESTINATION_COUNTRY, code(raw("destination_country")))
        .withColumn(DESTINATION_NODE, text(raw("destination_node")))
        .withColumn(ROUTE, filter(transform(split(col(raw("route")), ">"), node -> trim(node)),
            node -> node.notEqual("")))
        .withColumn(AXES, axes)
        .withColumn(AXIS, when(size(col(AXES)).equalTo(0), lit(ReferenceData.NO_AXIS))
            .when(size(col(AXES)).equalTo(1), element_at(col(AXES), 1)))
        .withColumn(TRANSPORT_MODE, code(raw("transport_mode")))
        .withColumn(HS2, when(hsCode.rlike("^[0-9]+$").and(length(hsCode).isin(2, 4, 6)), substring(hsCode, 1, 2)))
        .withColumn(SECTOR, lookup(reference.sectorOfChapter(), col(HS2)))
        .withColumn(GROSS_TONNES, decimal(raw("gross_tonnes"), Money.TONNES))
        .withColumn(TEU, Fields.integer(raw("teu"), DataTypes.IntegerType));

    Column reason = when(col(BronzeColumns.CORRUPT_RECORD).isNotNull(), lit(Reasons.MALFORMED_ROW))
        .when(isEmpty(raw("shipment_id")).or(isEmpty(raw("departure_date")))
            .or(col(ROUTE).isNull()).or(size(col(ROUTE)).equalTo(0)), lit(Reasons.MISSING_FIELD))
        .when(isBadCountry(raw("origin_country")).or(isBadCountry(raw("destination_country"))),
            lit(Reasons.UNKNOWN_COUNTRY))
        .when(isEmpty(raw("gross_tonnes")), lit(Reasons.MISSING_FIELD))
        .when(isBadDecimal(raw("gross_tonnes"), Money.TONNES).or(isBadInteger(raw("teu"), DataTypes.IntegerType)),
            lit(Reasons.BAD_NUMBER))
        .when(col(GROSS_TONNES).lt(0).or(col(TEU).lt(0)), lit(Reasons.NEGATIVE_VALUE))
        .when(col(DEPARTURE_DATE).isNull().or(col(YEAR).lt(rules.minYear())).or(col(YEAR).gt(rules.maxYear())),
            lit(Reasons.BAD_DATE))
        .when(col(SECTOR).isNull(), lit(Reasons.UNKNOWN_HS))
        .when(size(col(AXES)).gt(1), lit(Reasons.AMBIGUOUS_AXIS));

    return Classified.decide(rows, Source.FREIGHT, reason, List.of(col(SHIPMENT_ID))).drop(AXES);
  }
}
