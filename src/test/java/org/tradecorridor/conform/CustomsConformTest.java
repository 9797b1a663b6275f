package org.tradecorridor.conform;

import org.tradecorridor.tables.SilverColumns;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.tradecorridor.config.CommodityLevel;
import org.tradecorridor.config.TradeRules;

class CustomsConformTest {

  private static Map<Long, String> outcomes(ConformFixtures.Customs customs) {
    return outcomes(customs, ConformFixtures.rules());
  }

  private static Map<Long, String> outcomes(ConformFixtures.Customs customs, TradeRules rules) {
    return Outcomes.byLine(CustomsConform.classify(customs.bronze(), rules, ConformFixtures.reference()));
  }

  private static Row kept(ConformFixtures.Customs customs) {
    List<Row> kept = Classification.kept(
        CustomsConform.classify(customs.bronze(), ConformFixtures.rules(), ConformFixtures.reference()),
        SilverColumns.TRADE_FLOWS, "run-1").collectAsList();
    assertEquals(1, kept.size(), "exactly one kept row");
    return kept.get(0);
  }

  @Test
  void keepsSixDigitCodesWithTheirLeadingZeroAndChapterSector() {
    Row row = kept(new ConformFixtures.Customs().row("cmdCode", "010121", "primaryValue", "1234.56"));

    assertEquals("010121", row.getAs(SilverColumns.HS_CODE));
    assertEquals("01", row.getAs(SilverColumns.HS2));
    assertEquals("agro_food", row.getAs(SilverColumns.SECTOR));
    assertEquals(new BigDecimal("1234.56"), row.getAs(SilverColumns.VALUE_USD));
    assertEquals(2024, row.<Integer>getAs(SilverColumns.YEAR));
    assertNull(row.getAs(SilverColumns.MONTH), "annual rows have no month");
    assertEquals("run-1", row.getAs(SilverColumns.RUN_ID));
  }

  @Test
  void chapter24IsAgroAndChapter25IsNotWhileReservedChaptersAreUnknown() {
    Map<Long, String> outcomes = outcomes(new ConformFixtures.Customs()
        .row("cmdCode", "240110")
        .row("cmdCode", "250100")
        .row("cmdCode", "770000")
        .row("cmdCode", "980000")
        .row("cmdCode", "000000"));
    assertEquals(Map.of(2L, "KEPT", 3L, "KEPT", 4L, "UNKNOWN_HS", 5L, "UNKNOWN_HS", 6L, "UNKNOWN_HS"), outcomes);

    List<Row> kept = Classification.kept(CustomsConform.classify(new ConformFixtures.Customs()
            .row("cmdCode", "240110").row("cmdCode", "250100").bronze(),
        ConformFixtures.rules(), ConformFixtures.reference()), SilverColumns.TRADE_FLOWS, "r").collectAsList();
    assertEquals(Map.of("240110", "agro_food", "250100", "minerals_energy"),
        Map.of(kept.get(0).getAs("hs_code"), kept.get(0).getAs("sector"),
            kept.get(1).getAs("hs_code"), kept.get(1).getAs("sector")));
  }

  @Test
  void everyCoveredPairKeepsItsRowsWithItsHomeAndDirectionsSeenFromIt() {
    TradeRules rules = ConformFixtures.rules();
    TradeRules kazAndEveryPartner = new TradeRules(rules.homeIso3(), rules.partnerIso3(), rules.preferredReporter(),
        rules.commodityLevel(), rules.frequency(), rules.minYear(), rules.maxYear(), rules.agroSector(), null, null,
        rules.limits(), rules.cifFobMargin(), List.of("KAZ-*"));
    ConformFixtures.Customs customs = new ConformFixtures.Customs()
        .row("reporterISO", "KAZ", "partnerISO", "RUS", "flowCode", "X", "cmdCode", "010111")
        .row("reporterISO", "RUS", "partnerISO", "KAZ", "flowCode", "M", "cmdCode", "010112")
        .row("reporterISO", "CHN", "partnerISO", "KAZ", "flowCode", "X", "cmdCode", "010113")
        .row("reporterISO", "KAZ", "partnerISO", "CHN", "flowCode", "X", "cmdCode", "010114")
        .row("reporterISO", "CHN", "partnerISO", "USA", "flowCode", "X", "cmdCode", "010115")
        .row("reporterISO", "KAZ", "partnerISO", "W00", "flowCode", "X", "cmdCode", "010116")
        .row("reporterISO", "KAZ", "partnerISO", "E19", "flowCode", "M", "cmdCode", "010117")
        .row("reporterISO", "KAZ", "partnerISO", "KAZ", "flowCode", "M", "cmdCode", "010118");
    assertEquals(Map.of(2L, "KEPT", 3L, "KEPT", 4L, "KEPT", 5L, "KEPT", 6L, "ignored: other partner", 7L, "ignored: other partner",
        8L, "ignored: other partner", 9L, "ignored: other partner"), outcomes(customs, kazAndEveryPartner));

    var rows = Classification.kept(CustomsConform.classify(customs.bronze(), kazAndEveryPartner,
        ConformFixtures.reference()), SilverColumns.TRADE_FLOWS, "r").orderBy("hs_code").collectAsList();
    assertEquals(List.of("KAZ-RUS EXPORT", "KAZ-RUS EXPORT", "KAZ-CHN IMPORT", "KAZ-CHN EXPORT"),
        rows.stream().map(r -> r.getAs(SilverColumns.HOME) + "-" + r.getAs(SilverColumns.PARTNER) + " "
            + r.getAs(SilverColumns.DIRECTION)).toList());
  }

  @Test
  void theCommodityLevelIsEachPairsOwnSoATotalWithOnePartnerCountsBesideHs6WithAnother() {
    TradeRules rules = ConformFixtures.rules();
    TradeRules kazAndEveryPartner = new TradeRules(rules.homeIso3(), rules.partnerIso3(), rules.preferredReporter(),
        CommodityLevel.AUTO, rules.frequency(), rules.minYear(), rules.maxYear(), rules.agroSector(), null, null,
        rules.limits(), rules.cifFobMargin(), List.of("KAZ-*"));
    // KAZ declares its 2024 exports to RUS as a TOTAL only, to CHN at HS6 and as a TOTAL.
    ConformFixtures.Customs customs = new ConformFixtures.Customs()
        .row("reporterISO", "KAZ", "partnerISO", "RUS", "cmdCode", "TOTAL")
        .row("reporterISO", "KAZ", "partnerISO", "CHN", "cmdCode", "010121")
        .row("reporterISO", "KAZ", "partnerISO", "CHN", "cmdCode", "TOTAL");
    assertEquals(Map.of(2L, "KEPT", 3L, "KEPT", 4L, "ignored: aggregate"), outcomes(customs, kazAndEveryPartner),
        "as a KAZ-RUS run would count the first row and a KAZ-CHN run the second");
  }

  @Test
  void directionIsSeenFromTheHomeCountrysSideForBothReporters() {
    var rows = Classification.kept(CustomsConform.classify(new ConformFixtures.Customs()
            .row("reporterISO", "KAZ", "partnerISO", "RUS", "flowCode", "X", "cmdCode", "010111")
            .row("reporterISO", "KAZ", "partnerISO", "RUS", "flowCode", "M", "cmdCode", "010112")
            .row("reporterISO", "RUS", "partnerISO", "KAZ", "flowCode", "X", "cmdCode", "010113")
            .row("reporterISO", "RUS", "partnerISO", "KAZ", "flowCode", "M", "cmdCode", "010114")
            .bronze(), ConformFixtures.rules(), ConformFixtures.reference()),
        SilverColumns.TRADE_FLOWS, "r").orderBy("hs_code").collectAsList();

    assertEquals(List.of("EXPORT", "IMPORT", "IMPORT", "EXPORT"),
        rows.stream().map(r -> r.<String>getAs(SilverColumns.DIRECTION)).toList());
  }

  @Test
  void ignoresOtherPartnersReExportsAggregatesAndBreakdownsByRule() {
    Map<Long, String> outcomes = outcomes(new ConformFixtures.Customs()
        .row("partnerISO", "CHN")
        .row("partnerISO", "W00")
        .row("flowCode", "RX")
        .row("flowCode", "RM")
        .row("cmdCode", "TOTAL")
        .row("cmdCode", "0101")
        .row("cmdCode", "01")
        .row("motCode", "1000")
        .row("customsCode", "C01")
        .row("mosCode", "0", "motCode", "0", "customsCode", "C00", "partner2Code", "0")
        .row("partner2Code", "398"));

    assertEquals(Map.ofEntries(
        Map.entry(2L, "ignored: other partner"), Map.entry(3L, "ignored: other partner"),
        Map.entry(4L, "ignored: other flow"), Map.entry(5L, "ignored: other flow"),
        Map.entry(6L, "ignored: aggregate"), Map.entry(7L, "ignored: aggregate"), Map.entry(8L, "ignored: aggregate"),
        Map.entry(9L, "ignored: breakdown"), Map.entry(10L, "ignored: breakdown"), Map.entry(11L, "KEPT"),
        Map.entry(12L, "ignored: breakdown")), outcomes);
  }

  @Test
  void autoFrequencyCountsAnnualRowsWhereTheReporterHasThemAndMonthlyRowsElsewhere() {
    Map<Long, String> outcomes = outcomes(new ConformFixtures.Customs()
        // KAZ 2024 has an annual row: its monthly rows are ignored.
        .row("freqCode", "A", "refYear", "2024", "refMonth", "52")
        .row("freqCode", "M", "refYear", "2024", "refMonth", "1")
        // KAZ 2023 has monthly rows only: they count.
        .row("freqCode", "M", "refYear", "2023", "refMonth", "1")
        .row("freqCode", "M", "refYear", "2023", "refMonth", "2")
        // RUS 2024 has monthly rows only: they count, whatever KAZ has.
        .row("reporterISO", "RUS", "partnerISO", "KAZ", "freqCode", "M", "refYear", "2024", "refMonth", "3"));

    assertEquals(Map.of(2L, "KEPT", 3L, "ignored: other frequency", 4L, "KEPT", 5L, "KEPT", 6L, "KEPT"), outcomes);
  }

  @Test
  void anAnnualRowOutsideThePairDoesNotHideTheReportersMonthlyRows() {
    Map<Long, String> outcomes = outcomes(new ConformFixtures.Customs()
        .row("freqCode", "A", "partnerISO", "W00", "cmdCode", "TOTAL")
        .row("freqCode", "M", "refMonth", "5"));

    assertEquals(Map.of(2L, "ignored: other partner", 3L, "KEPT"), outcomes);
  }

  @Test
  void aFixedFrequencyIgnoresTheOtherOne() {
    ConformFixtures.Customs customs = new ConformFixtures.Customs()
        .row("freqCode", "A", "refMonth", "52")
        .row("freqCode", "M", "refMonth", "7");

    assertEquals(Map.of(2L, "ignored: other frequency", 3L, "KEPT"),
        outcomes(customs, ConformFixtures.rules(TradeRules.Frequency.M)));
    assertEquals(Map.of(2L, "KEPT", 3L, "ignored: other frequency"),
        outcomes(customs, ConformFixtures.rules(TradeRules.Frequency.A)));
  }

  @Test
  void quarantinesBadValuesWithTheFirstReasonThatApplies() {
    Map<Long, String> outcomes = outcomes(new ConformFixtures.Customs()
        .row("primaryValue", "")
        .row("primaryValue", "27,8")
        .row("primaryValue", "1,234.50")
        .row("primaryValue", "abc")
        .row("primaryValue", "1234567890123456789.99")
        .row("primaryValue", "-5")
        .row("netWgt", "-1")
        .row("netWgt", "x")
        .row("freqCode", "M", "refYear", "2022", "refMonth", "13")
        .row("freqCode", "A", "refMonth", "12")
        .row("refYear", "1899")
        .row("refYear", "20x4")
        .row("cmdCode", "01012")
        .row("reporterISO", "KZ")
        .row("reporterISO", "")
        .corrupt("KAZ,RUS,oops")
        .row("freqCode", "Q")
        .row("primaryValue", "1.5E3", "cmdCode", "010199"));

    assertEquals(Map.ofEntries(
        Map.entry(2L, "MISSING_FIELD"), Map.entry(3L, "BAD_NUMBER"), Map.entry(4L, "BAD_NUMBER"),
        Map.entry(5L, "BAD_NUMBER"), Map.entry(6L, "BAD_NUMBER"), Map.entry(7L, "NEGATIVE_VALUE"),
        Map.entry(8L, "NEGATIVE_VALUE"), Map.entry(9L, "BAD_NUMBER"), Map.entry(10L, "BAD_DATE"),
        Map.entry(11L, "BAD_DATE"), Map.entry(12L, "BAD_DATE"), Map.entry(13L, "BAD_DATE"),
        Map.entry(14L, "UNKNOWN_HS"), Map.entry(15L, "UNKNOWN_COUNTRY"), Map.entry(16L, "MISSING_FIELD"),
        Map.entry(17L, "MALFORMED_ROW"), Map.entry(18L, "BAD_DATE"), Map.entry(19L, "KEPT")), outcomes);
  }

  @Test
  void theLargestPlausibleValueIsKeptToTheCentAndALargerOneIsABadNumber() {
    Row row = kept(new ConformFixtures.Customs().row("primaryValue", "999999999999999.99"));
    assertEquals(new BigDecimal("999999999999999.99"), row.getAs(SilverColumns.VALUE_USD), "no float on the way");

    // Above customs.maxValueUsd (1e15 USD): a unit or typing error, and a sum of such would not fit gold.
    assertEquals(Map.of(2L, "KEPT", 3L, "BAD_NUMBER", 4L, "BAD_NUMBER"), outcomes(new ConformFixtures.Customs()
        .row("primaryValue", "1000000000000000.00", "cmdCode", "010111")
        .row("primaryValue", "1000000000000000.01", "cmdCode", "010112")
        .row("primaryValue", "999999999999999999.99", "cmdCode", "010113")));
  }

  @Test
  void keepsTheFirstOfDuplicatesByFileThenLineAcrossFiles() {
    Map<Long, String> outcomes = outcomes(new ConformFixtures.Customs()
        .row("_source_file", "file:/in/b.csv", "_line", "2")
        .row("_source_file", "file:/in/a.csv", "_line", "9")
        .row("_source_file", "file:/in/a.csv", "_line", "3", "primaryValue", "-1")
        .row("_source_file", "file:/in/a.csv", "_line", "4", "cmdCode", "010122"));

    // a.csv line 9 comes before b.csv line 2; the negative row on line 3 did not pass, so it does not count.
    assertEquals(Map.of(2L, "DUPLICATE", 9L, "KEPT", 3L, "NEGATIVE_VALUE", 4L, "KEPT"), outcomes);
  }

  @Test
  void carriesTheRawRecordOfQuarantinedRowsOnly() {
    Dataset<Row> classified = CustomsConform.classify(new ConformFixtures.Customs()
        .row("primaryValue", "-5", "cmdDesc", "x")
        .corrupt("a,\"b")
        .row().bronze(), ConformFixtures.rules(), ConformFixtures.reference());
    List<Row> quarantine = Classification.quarantined(classified, org.tradecorridor.tables.Source.CUSTOMS, "r",
        java.sql.Timestamp.valueOf("2026-01-01 00:00:00")).orderBy("line_number").collectAsList();

    assertEquals(2, quarantine.size());
    assertEquals("A,2024,52,KAZ,RUS,X,010121,-5,,,,,,,,,,,,,,,", quarantine.get(0).getAs(SilverColumns.RECORD));
    assertEquals(2024, quarantine.get(0).<Integer>getAs(SilverColumns.YEAR));
    assertEquals("a,\"b", quarantine.get(1).getAs(SilverColumns.RECORD));
    assertNull(quarantine.get(1).getAs(SilverColumns.YEAR));
    assertEquals("customs", quarantine.get(1).getAs(SilverColumns.SOURCE));
  }

  @Test
  void aLaterCopyIsQuarantinedWithItsOwnRecordAndYear() {
    Dataset<Row> classified = CustomsConform.classify(new ConformFixtures.Customs()
        .row("refYear", "2023", "primaryValue", "7")
        .row("refYear", "2023", "primaryValue", "7.00").bronze(),
        ConformFixtures.rules(), ConformFixtures.reference());
    List<Row> quarantine = Classification.quarantined(classified, org.tradecorridor.tables.Source.CUSTOMS, "r",
        java.sql.Timestamp.valueOf("2026-01-01 00:00:00")).collectAsList();

    assertEquals(1, quarantine.size());
    assertEquals("DUPLICATE", quarantine.get(0).getAs(SilverColumns.REASON));
    assertEquals("A,2023,52,KAZ,RUS,X,010121,7.00,,,,,,,,,,,,,,,", quarantine.get(0).getAs(SilverColumns.RECORD));
    assertEquals(2023, quarantine.get(0).<Integer>getAs(SilverColumns.YEAR));
  }

  @Test
  void aRowsCountriesAreItsIsoColumnsElseItsNumericCodesAndAreasOutsideThePairAreOtherPartners() {
    ConformFixtures.Customs customs = new ConformFixtures.Customs()
        // An API pull without descriptions: ISO columns empty, Comtrade's numeric codes.
        .row("reporterISO", "", "reporterCode", "398", "partnerISO", "", "partnerCode", "643", "cmdCode", "010111")
        .row("reporterISO", "", "reporterCode", "643", "partnerISO", "", "partnerCode", "398.0", "cmdCode", "010112")
        // Comtrade's own areas and other countries, as ISO column or code, padded as Comtrade pads them.
        .row("partnerISO", "W00")
        .row("partnerISO", "_X")
        .row("partnerISO", "X1 ")
        .row("partnerISO", "E19")
        .row("partnerISO", "", "partnerCode", "490")
        .row("partnerISO", "", "partnerCode", "842")
        .row("partnerISO", "ZZZ")
        // The ISO column wins over the code; a code the reference lacks identifies nobody.
        .row("partnerISO", "RUS", "partnerCode", "156", "cmdCode", "010113")
        .row("reporterISO", "KZ")
        .row("reporterISO", "", "reporterCode", "9999")
        .row("reporterISO", "KZ", "reporterCode", "398", "cmdCode", "010114")
        .row("reporterISO", "", "reporterCode", "")
        // A value check never runs on a row outside the pair.
        .row("partnerISO", "X1 ", "primaryValue", "garbage", "refMonth", "77");

    assertEquals(Map.ofEntries(
        Map.entry(2L, "KEPT"), Map.entry(3L, "KEPT"),
        Map.entry(4L, "ignored: other partner"), Map.entry(5L, "ignored: other partner"),
        Map.entry(6L, "ignored: other partner"), Map.entry(7L, "ignored: other partner"),
        Map.entry(8L, "ignored: other partner"), Map.entry(9L, "ignored: other partner"),
        Map.entry(10L, "ignored: other partner"),
        Map.entry(11L, "KEPT"), Map.entry(12L, "UNKNOWN_COUNTRY"), Map.entry(13L, "UNKNOWN_COUNTRY"),
        Map.entry(14L, "KEPT"), Map.entry(15L, "MISSING_FIELD"), Map.entry(16L, "ignored: other partner")),
        outcomes(customs));

    List<Row> kept = Classification.kept(CustomsConform.classify(customs.bronze(), ConformFixtures.rules(),
        ConformFixtures.reference()), SilverColumns.TRADE_FLOWS, "r").orderBy("hs_code").collectAsList();
    assertEquals(List.of("KAZ RUS EXPORT", "RUS KAZ IMPORT", "KAZ RUS EXPORT", "KAZ RUS EXPORT"), kept.stream()
        .map(r -> r.getAs("reporter_iso3") + " " + r.getAs("partner_iso3") + " " + r.getAs("direction")).toList());
  }

  @Test
  void autoLevelCountsTheFinestLevelEachReporterYearFrequencyAndFlowHas() {
    TradeRules auto = new TradeRules("KAZ", "RUS", TradeRules.Side.HOME, CommodityLevel.AUTO, TradeRules.Frequency.AUTO,
        1988, 2100, "agro_food", new BigDecimal("30000000000"), null);
    ConformFixtures.Customs customs = new ConformFixtures.Customs()
        // KAZ 2024 exports: HS6 with its chapter and TOTAL rows.
        .row("cmdCode", "010121").row("cmdCode", "01").row("cmdCode", "TOTAL")
        // KAZ 2024 imports: chapters only (an AG2 pull) with a TOTAL.
        .row("flowCode", "M", "cmdCode", "27").row("flowCode", "M", "cmdCode", "TOTAL")
        // KAZ 2023 exports: a TOTAL-only pull; World's finer rows are another partner's and do not count.
        .row("refYear", "2023", "cmdCode", "TOTAL").row("refYear", "2023", "partnerISO", "W00", "cmdCode", "0101")
        // RUS 2024 exports: HS4.
        .row("reporterISO", "RUS", "partnerISO", "KAZ", "cmdCode", "7208").row("reporterISO", "RUS", "partnerISO",
            "KAZ", "cmdCode", "72");

    assertEquals(Map.of(2L, "KEPT", 3L, "ignored: aggregate", 4L, "ignored: aggregate", 5L, "KEPT",
        6L, "ignored: aggregate", 7L, "KEPT", 8L, "ignored: other partner", 9L, "KEPT", 10L, "ignored: aggregate"),
        outcomes(customs, auto));

    Map<String, String> sectorOfCode = new java.util.TreeMap<>();
    Classification.kept(CustomsConform.classify(customs.bronze(), auto, ConformFixtures.reference()),
            SilverColumns.TRADE_FLOWS, "r").collectAsList()
        .forEach(r -> sectorOfCode.put(r.getAs("hs_code") + "/" + r.getAs("hs2"), r.getAs("sector")));
    assertEquals(Map.of("010121/01", "agro_food", "27/27", "minerals_energy", "TOTAL/null", "unallocated",
        "7208/72", "metals"), sectorOfCode);
  }

  @Test
  void keepsCifFobQuantityAndComtradesFlagsAsGiven() {
    Row row = kept(new ConformFixtures.Customs().row("flowCode", "M", "primaryValue", "105.00", "cifvalue", "105.0",
        "fobvalue", "100", "qty", "12.5", "qtyUnitAbbr", "u", "isReported", "False",
        "isQtyEstimated", "false", "isNetWgtEstimated", "True", "classificationCode", " h6 "));

    assertEquals(new BigDecimal("105.00"), row.getAs(SilverColumns.CIF_VALUE_USD));
    assertEquals(new BigDecimal("100.00"), row.getAs(SilverColumns.FOB_VALUE_USD));
    assertEquals(new BigDecimal("12.500"), row.getAs(SilverColumns.QTY));
    assertEquals("u", row.getAs(SilverColumns.QTY_UNIT));
    assertEquals(false, row.getAs(SilverColumns.IS_REPORTED));
    assertEquals(true, row.getAs(SilverColumns.IS_ESTIMATED), "the weight is estimated");
    assertEquals("H6", row.getAs(SilverColumns.CLASSIFICATION));
  }

  @Test
  void aQuantityBesideUnitNotApplicableAndFlagsNotGivenAreUnknown() {
    Row row = kept(new ConformFixtures.Customs().row("qty", "0", "qtyUnitAbbr", "N/A", "isReported", "maybe"));

    assertNull(row.getAs(SilverColumns.QTY), "Comtrade's 0 beside N/A is no quantity");
    assertNull(row.getAs(SilverColumns.QTY_UNIT));
    assertNull(row.getAs(SilverColumns.CIF_VALUE_USD));
    assertNull(row.getAs(SilverColumns.IS_REPORTED), "a flag it cannot read is unknown");
    assertNull(row.getAs(SilverColumns.IS_ESTIMATED));
    assertNull(row.getAs(SilverColumns.CLASSIFICATION));
    // A pull without descriptions leaves the unit out: a number without its unit is no quantity.
    assertNull(kept(new ConformFixtures.Customs().row("qty", "7", "qtyUnitAbbr", "")).getAs(SilverColumns.QTY));
  }

  @Test
  void aCifFobOrQuantityThatIsNoNumberOrBelowZeroIsRefusedLikeTheValue() {
    Map<Long, String> outcomes = outcomes(new ConformFixtures.Customs()
        .row("cifvalue", "1,5")
        .row("fobvalue", "1e20")
        .row("qty", "abc", "qtyUnitAbbr", "u")
        .row("cifvalue", "-3")
        .row("qty", "-0.5", "qtyUnitAbbr", "kg")
        .row("cifvalue", "", "fobvalue", "", "qty", ""));
    assertEquals(Map.of(2L, "BAD_NUMBER", 3L, "BAD_NUMBER", 4L, "BAD_NUMBER", 5L, "NEGATIVE_VALUE",
        6L, "NEGATIVE_VALUE", 7L, "KEPT"), outcomes);
  }

  @Test
  void aBaciRowIsItsExportersFlowInThousandsOfUsdAndTonnesBesideTheDeclarations() {
    Dataset<Row> classified = CustomsConform.classify(new ConformFixtures.Customs()
        // KAZ's declaration of its exports of 010121: the BACI flow of the same code is no copy of it.
        .row("cmdCode", "010121", "primaryValue", "100.00")
        .baci("2024", "398", "643", "010121", "1234.567", "2.5")
        // RUS to KAZ: KAZ's import; the code's leading zero lost by a spreadsheet; no quantity (NA).
        .baci("2024", "643", "398", "10121", "0.142", "NA")
        .baci("2024", "398", "156", "010121", "5", "")
        .baci("2024", "398", "643", "010122", "abc", "1").bronze(), ConformFixtures.rules(), ConformFixtures.reference());

    Map<Long, String> outcomes = Outcomes.byLine(classified);
    assertEquals(Map.of(2L, "KEPT", 3L, "KEPT", 4L, "KEPT", 5L, "ignored: other partner", 6L, "BAD_NUMBER"), outcomes);
    Map<String, Row> kept = Classification.kept(classified, SilverColumns.TRADE_FLOWS, "r").collectAsList().stream()
        .collect(java.util.stream.Collectors.toMap(r -> r.getAs(SilverColumns.DATASET) + " " + r.getAs(SilverColumns.DIRECTION),
            r -> r));
    assertEquals(java.util.Set.of("COMTRADE EXPORT", "BACI EXPORT", "BACI IMPORT"), kept.keySet());
    Row exports = kept.get("BACI EXPORT");
    assertEquals("BACI", exports.getAs(SilverColumns.DATASET));
    assertEquals("KAZ", exports.getAs(SilverColumns.REPORTER_ISO3));
    assertEquals("X", exports.getAs(SilverColumns.FLOW));
    assertEquals("EXPORT", exports.getAs(SilverColumns.DIRECTION));
    assertEquals(new BigDecimal("1234567.00"), exports.getAs(SilverColumns.VALUE_USD), "thousands of USD");
    assertEquals(new BigDecimal("1234567.00"), exports.getAs(SilverColumns.FOB_VALUE_USD), "BACI is FOB");
    assertNull(exports.getAs(SilverColumns.CIF_VALUE_USD));
    assertEquals(new BigDecimal("2500.000"), exports.getAs(SilverColumns.NET_WEIGHT_KG), "tonnes");
    assertEquals("H6", exports.getAs(SilverColumns.CLASSIFICATION), "HS22 in the file's name");
    assertNull(exports.getAs(SilverColumns.MONTH));
    Row imports = kept.get("BACI IMPORT");
    assertEquals("IMPORT", imports.getAs(SilverColumns.DIRECTION));
    assertEquals("RUS", imports.getAs(SilverColumns.REPORTER_ISO3));
    assertEquals("010121", imports.getAs(SilverColumns.HS_CODE));
    assertEquals(new BigDecimal("142.00"), imports.getAs(SilverColumns.VALUE_USD));
    assertNull(imports.getAs(SilverColumns.NET_WEIGHT_KG), "NA is unknown, not 0");
    assertEquals(new BigDecimal("100.00"), kept.get("COMTRADE EXPORT").getAs(SilverColumns.VALUE_USD));

    Row bad = Classification.quarantined(classified, org.tradecorridor.tables.Source.CUSTOMS, "r",
        java.sql.Timestamp.valueOf("2026-01-01 00:00:00")).first();
    assertEquals("2024,398,643,010122,abc,1", bad.getAs(SilverColumns.RECORD), "the BACI row as CEPII wrote it");
    assertEquals(2024, bad.<Integer>getAs(SilverColumns.YEAR));
  }
}
