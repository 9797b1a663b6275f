package org.tradecorridor.conform;

import org.tradecorridor.tables.SilverColumns;
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
import org.tradecorridor.tables.Source;

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
        ConformFixtures.reference());
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
    Classification.kept(classified, SilverColumns.FREIGHT, "r").collectAsList()
        .forEach(r -> axes.put(r.getAs("shipment_id"), r.getAs("axis")));
    assertEquals(Map.of("E", "EASTERN", "T", "TRANS_CASPIAN", "N", "NONE", "D", "WESTERN", "W", "NONE"), axes);
  }

  @Test
  void parsesDatesTonnesRoutesAndSector() {
    Row row = Classification.kept(classify(List.of(shipment("route", " Moscow > Beyneu>>Tehran ", "teu", "12"))),
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
    Row row = Classification.kept(classify(List.of(shipment("origin_country", "CHN", "destination_country", "TUR"))),
        SilverColumns.FREIGHT, "r").first();

    assertEquals("CHN", row.getAs("origin_country"));
    assertNull(row.getAs("teu"));
  }

  @Test
  void keysThatLookEqualAreEqualAndNumbersAreAsciiAndBelowZeroIsNegative() {
    List<Map<String, String>> rows = new ArrayList<>();
    rows.add(shipment("shipment_id", "S-1"));
    // A TAB, a no-break space, a zero-width space around the same id: the same shipment, sent again.
    rows.add(shipment("shipment_id", "S-1\t"));
    rows.add(shipment("shipment_id", "\u00A0S-1\u200B"));
    // A control character inside a key field is no text a system meant to send.
    rows.add(shipment("shipment_id", "S-\u00012"));
    // Arabic-Indic and full-width digits are no tonnes here; a negative amount that rounds to 0 is negative.
    rows.add(shipment("shipment_id", "S-3", "gross_tonnes", "\u0661\u0662\u0663"));
    rows.add(shipment("shipment_id", "S-4", "gross_tonnes", "\uFF11\uFF12"));
    rows.add(shipment("shipment_id", "S-5", "gross_tonnes", "-0.0004"));
    rows.add(shipment("shipment_id", "S-6", "gross_tonnes", "-0.000"));
    // Above freight.maxGrossTonnes (1e9 t): a unit error, and sums of such would not fit.
    rows.add(shipment("shipment_id", "S-7", "gross_tonnes", "2000000000"));
    rows.add(shipment("shipment_id", "S-8", "route", "Moscow\u00A0>\u00A0Beyneu\u2003>\tTehran"));

    Dataset<Row> classified = classify(rows);

    assertEquals(Map.of(2L, "KEPT", 3L, "DUPLICATE", 4L, "DUPLICATE", 5L, "MALFORMED_ROW", 6L, "BAD_NUMBER",
        7L, "BAD_NUMBER", 8L, "NEGATIVE_VALUE", 9L, "KEPT", 10L, "BAD_NUMBER", 11L, "KEPT"), Outcomes.byLine(classified));
    Row spaced = Classification.kept(classified, SilverColumns.FREIGHT, "r").filter("shipment_id = 'S-8'").first();
    assertEquals(List.of("Moscow", "Beyneu", "Tehran"), spaced.getList(spaced.fieldIndex("route")));
    assertEquals("EASTERN", spaced.getAs("axis"));
    // The record keeps what caused the rejection, control characters written out.
    List<Row> quarantine = Classification.quarantined(classified, Source.FREIGHT, "r",
        java.sql.Timestamp.valueOf("2026-01-01 00:00:00")).orderBy("line_number").collectAsList();
    assertEquals("S-1\\t", quarantine.get(0).<String>getAs(SilverColumns.RECORD).split(",")[0]);
    assertEquals("S-\\u00012", quarantine.get(2).<String>getAs(SilverColumns.RECORD).split(",")[0]);
  }

  @Test
  void aTransportModeOutsideTheListIsQuarantinedAndAnEmptyOneIsUnknown() {
    List<Map<String, String>> rows = new ArrayList<>();
    rows.add(shipment("shipment_id", "S1", "transport_mode", " Sea "));
    rows.add(shipment("shipment_id", "S2", "transport_mode", "RIAL"));
    rows.add(shipment("shipment_id", "S3", "transport_mode", "<i>ROAD</i>"));
    rows.add(shipment("shipment_id", "S4", "transport_mode", ""));
    rows.add(shipment("shipment_id", "S5", "transport_mode", "multimodal"));

    Dataset<Row> classified = classify(rows);

    assertEquals(Map.of(2L, "KEPT", 3L, "UNKNOWN_TRANSPORT_MODE", 4L, "UNKNOWN_TRANSPORT_MODE", 5L, "KEPT",
        6L, "KEPT"), Outcomes.byLine(classified));
    Map<String, String> modes = new HashMap<>();
    Classification.kept(classified, SilverColumns.FREIGHT, "r").collectAsList()
        .forEach(r -> modes.put(r.getAs("shipment_id"), r.getAs("transport_mode")));
    assertEquals("SEA", modes.get("S1"));
    assertNull(modes.get("S4"), "an empty mode is unknown, not a mode of its own");
    assertEquals("MULTIMODAL", modes.get("S5"));
  }
}
