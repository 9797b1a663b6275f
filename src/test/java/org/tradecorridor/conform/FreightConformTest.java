package org.tradecorridor.conform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.tradecorridor.ingest.Source;

class FreightConformTest {

  /** A shipment on no listed node, with overrides. */
  private static Map<String, String> shipment(String... keysAndValues) {
    Map<String, String> row = new HashMap<>(Map.of(
        "shipment_id", "S1", "departure_date", "2023-05-17", "origin_country", "RUS", "origin_node", "Moscow",
        "destination_country", "IRN", "destination_node", "Tehran", "route", "Moscow>Tehran",
        "transport_mode", "rail", "hs_code", "1001", "gross_tonnes", "1200.5"));
    for (int i = 0; i < keysAndValues.length; i += 2) {
      row.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return row;
  }

  private static Dataset<Row> classify(List<Map<String, String>> rows) {
    return FreightConform.classify(ConformFixtures.bronze(Source.FREIGHT, rows), ConformFixtures.rules(),
        ConformFixtures.reference(), Reuse.NOTHING);
  }

  @Test
  void theAxisComesFromTheListedNodesOfRouteOriginAndDestinationMatchedTrimmedAndCaseInsensitively() {
    List<Map<String, String>> rows = new ArrayList<>();
    rows.add(shipment("shipment_id", "E", "route", "Moscow >  AKSARAISKAYA > Beyneu > gorgan >Tehran"));
    rows.add(shipment("shipment_id", "T", "route", "Moscow>Tehran", "origin_node", " AstraKhan "));
    rows.add(shipment("shipment_id", "N", "route", "Moscow>Samara>Astana"));
    rows.add(shipment("shipment_id", "A", "route", "Moscow>Astrakhan>Baku>Tehran"));
    rows.add(shipment("shipment_id", "D", "route", "Moscow>Tehran", "destination_node", "Samur"));
    // Only whole node names count: not a name inside a longer one, nor two names run together.
    rows.add(shipment("shipment_id", "W", "route", "Moscow>Old Astrakhan>Beyneu2>Anzali Gorgan>Tehran"));

    Dataset<Row> classified = classify(rows);

    assertEquals(Map.of(2L, "KEPT", 3L, "KEPT", 4L, "KEPT", 5L, "AMBIGUOUS_AXIS", 6L, "KEPT", 7L, "KEPT"),
        Outcomes.byLine(classified));
    Map<String, String> axes = new HashMap<>();
    Classified.kept(classified, SilverColumns.FREIGHT, "r").collectAsList()
        .forEach(r -> axes.put(r.getAs("shipment_id"), r.getAs("axis")));
    assertEquals(Map.of("E", "EASTERN", "T", "TRANS_CASPIAN", "N", "NONE", "D", "WESTERN", "W", "NONE"), axes);
  }

  @Test
  void parsesDatesTonnesRoutesAndSector() {
    Row row = Classified.kept(classify(List.of(shipment("route", " Moscow > Beyneu>>Tehran ", "teu", "12"))),
        SilverColumns.FREIGHT, "r").first();

    assertEquals(java.sql.Date.valueOf("2023-05-17"), row.getAs("departure_date"));
    assertEquals(2023, row.<Integer>getAs("year"));
    assertEquals(new BigDecimal("1200.500"), row.getAs("gross_tonnes"));
    assertEquals(List.of("Moscow", "Beyneu", "Tehran"), row.getList(row.fieldIndex("route")));
    assertEquals("EASTERN", row.getAs("axis"));
    assertEquals("10", row.getAs("hs2"));
    assertEquals("agro_food", row.getAs("sector"));
    assertEquals("RAIL", row.getAs("transport_mode"));
    assertEquals(12, row.<Integer>getAs("teu"));
  }

  @Test
  void quarantinesBadShipmentsAndKeepsTheFirstOfADuplicate() {
    List<Map<String, String>> rows = new ArrayList<>();
    rows.add(shipment("shipment_id", "D1"));
    rows.add(shipment("shipment_id", "B1", "departure_date", "2023-02-30"));
    rows.add(shipment("shipment_id", "B2", "departure_date", "17.05.2023"));
    rows.add(shipment("shipment_id", "B3", "gross_tonnes", "-1"));
    rows.add(shipment("shipment_id", "B4", "gross_tonnes", "1,5"));
    rows.add(shipment("shipment_id", "B5", "gross_tonnes", ""));
    rows.add(shipment("shipment_id", ""));
    rows.add(shipment("shipment_id", "B6", "route", " > "));
    rows.add(shipment("shipment_id", "B7", "hs_code", "7701"));
    rows.add(shipment("shipment_id", "B8", "teu", "1.5"));
    rows.add(shipment("shipment_id", "B9", "origin_country", "RU"));
    rows.add(shipment("shipment_id", "D1"));
    rows.add(shipment("shipment_id", "B10", "departure_date", "1850-01-01"));

    assertEquals(Map.ofEntries(Map.entry(2L, "KEPT"), Map.entry(3L, "BAD_DATE"), Map.entry(4L, "BAD_DATE"),
        Map.entry(5L, "NEGATIVE_VALUE"), Map.entry(6L, "BAD_NUMBER"), Map.entry(7L, "MISSING_FIELD"),
        Map.entry(8L, "MISSING_FIELD"), Map.entry(9L, "MISSING_FIELD"), Map.entry(10L, "UNKNOWN_HS"),
        Map.entry(11L, "BAD_NUMBER"), Map.entry(12L, "UNKNOWN_COUNTRY"), Map.entry(13L, "DUPLICATE"),
        Map.entry(14L, "BAD_DATE")), Outcomes.byLine(classify(rows)));
  }

  @Test
  void freightIsNotFilteredByTheCountryPair() {
    Row row = Classified.kept(classify(List.of(shipment("origin_country", "CHN", "destination_country", "TUR"))),
        SilverColumns.FREIGHT, "r").first();

    assertEquals("CHN", row.getAs("origin_country"));
    assertNull(row.getAs("teu"));
  }
}
