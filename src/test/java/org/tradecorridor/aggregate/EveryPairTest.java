package org.tradecorridor.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;
import org.tradecorridor.TestSpark;

/** Silver rows of three pairs at once: every figure is computed within its pair, worked out by hand below. */
class EveryPairTest {

  private final List<Row> rows = new ArrayList<>();

  /** A declaration of pair home-partner by reporter, flow as declared, direction seen from home. */
  private EveryPairTest declared(String home, String partner, int year, String reporter, String flow, String usd) {
    String other = reporter.equals(home) ? partner : home;
    String direction = reporter.equals(home) == flow.equals("X") ? "EXPORT" : "IMPORT";
    rows.add(RowFactory.create(home, partner, year, null, reporter, other, flow, direction, "010121", "01",
        "agro_food", new BigDecimal(usd), null, null, null, null, null, true, false, "H6", "COMTRADE", "customs/a.csv",
        "r"));
    return this;
  }

  /** A BACI flow of pair home-partner from exporter to the other side, as conform keeps it: the exporter's X. */
  private EveryPairTest baci(String home, String partner, int year, String exporter, String usd) {
    String importer = exporter.equals(home) ? partner : home;
    String direction = exporter.equals(home) ? "EXPORT" : "IMPORT";
    rows.add(RowFactory.create(home, partner, year, null, exporter, importer, "X", direction, "010121", "01",
        "agro_food", new BigDecimal(usd), null, null, new BigDecimal(usd), null, null, null, null, "H6", "BACI",
        "customs/BACI_HS22_Y2024_V202501.csv", "r"));
    return this;
  }

  private Dataset<Row> silver() {
    return TestSpark.session().createDataFrame(rows, AggregateFixtures.TRADE_FLOWS);
  }

  private static Map<String, Row> byPairAndYear(Dataset<Row> gold) {
    return gold.collectAsList().stream().collect(Collectors.toMap(
        r -> r.getAs("home") + "-" + r.getAs("partner") + " " + r.getAs("year"), r -> r));
  }

  @Test
  void eachPairsFlowsComeFromItsOwnSidesAndItsGrowthFromItsOwnYears() {
    // KAZ-RUS: KAZ reports both flows in both years; RUS's mirror of 2024's exports (120) is not used.
    declared("KAZ", "RUS", 2023, "KAZ", "X", "60").declared("KAZ", "RUS", 2023, "KAZ", "M", "40");
    declared("KAZ", "RUS", 2024, "KAZ", "X", "100").declared("KAZ", "RUS", 2024, "KAZ", "M", "40");
    declared("KAZ", "RUS", 2024, "RUS", "M", "120");
    // KAZ-CHN: only CHN reports (2024): KAZ's exports are CHN's imports (30), its imports CHN's exports (50).
    declared("KAZ", "CHN", 2024, "CHN", "M", "30").declared("KAZ", "CHN", 2024, "CHN", "X", "50");
    // KAZ-USA: KAZ reports its exports only, USA nothing: imports are unknown.
    declared("KAZ", "USA", 2024, "KAZ", "X", "10");

    Map<String, Row> turnover = byPairAndYear(BilateralTurnover.byYear(
        TradeSelection.bySector(silver(), AggregateFixtures.rules(null)), AggregateFixtures.targets(2030)));

    assertEquals(4, turnover.size(), turnover.keySet().toString());
    Row kazRus = turnover.get("KAZ-RUS 2024");
    assertEquals(new BigDecimal("100.00"), kazRus.getAs("exports_usd"));
    assertEquals(new BigDecimal("40.00"), kazRus.getAs("imports_usd"));
    assertEquals("REPORTER", kazRus.getAs("value_source"));
    assertEquals(new BigDecimal("40.00"), kazRus.getAs("yoy_growth_pct"), "140 on 100");
    assertEquals(new BigDecimal("30000000000.00"), kazRus.getAs("target_usd"));

    Row kazChn = turnover.get("KAZ-CHN 2024");
    assertEquals(new BigDecimal("30.00"), kazChn.getAs("exports_usd"));
    assertEquals(new BigDecimal("50.00"), kazChn.getAs("imports_usd"));
    assertEquals(new BigDecimal("-20.00"), kazChn.getAs("balance_usd"));
    assertEquals("MIRROR", kazChn.getAs("value_source"));
    assertNull(kazChn.getAs("yoy_growth_pct"), "KAZ-CHN has no 2023, whatever KAZ-RUS has");
    for (String column : List.of("target_usd", "target_progress_pct", "gap_to_target_usd", "required_cagr_pct",
        "projected_target_year")) {
      assertNull(kazChn.getAs(column), "a pair without a target has none: " + column);
    }

    Row kazUsa = turnover.get("KAZ-USA 2024");
    assertEquals(new BigDecimal("10.00"), kazUsa.getAs("exports_usd"));
    assertNull(kazUsa.getAs("imports_usd"));
    assertEquals("INCOMPLETE", kazUsa.getAs("value_source"));

    Map<String, Row> mirror = byPairAndYear(MirrorDiscrepancy.byYearDirectionAndSector(silver(),
        AggregateFixtures.rules(null)).filter("direction = 'EXPORT'"));
    assertEquals(new BigDecimal("100.00"), mirror.get("KAZ-RUS 2024").getAs("home_declared_usd"));
    assertEquals(new BigDecimal("120.00"), mirror.get("KAZ-RUS 2024").getAs("partner_mirror_usd"));
    assertNull(mirror.get("KAZ-CHN 2024").getAs("home_declared_usd"), "KAZ declares nothing with CHN");
    assertEquals(new BigDecimal("30.00"), mirror.get("KAZ-CHN 2024").getAs("partner_mirror_usd"));
  }

  @Test
  void aTargetListedTheOtherWayRoundServesThePair() {
    declared("KAZ", "RUS", 2024, "KAZ", "X", "100").declared("KAZ", "RUS", 2024, "KAZ", "M", "50");
    Row row = BilateralTurnover.byYear(TradeSelection.bySector(silver(), AggregateFixtures.rules(null)),
        List.of(new org.tradecorridor.reference.Target("RUS", "KAZ", new BigDecimal("300"), null))).first();
    assertEquals(new BigDecimal("300.00"), row.getAs("target_usd"));
    assertEquals(new BigDecimal("50.00"), row.getAs("target_progress_pct"));
  }

  @Test
  void baciFlowsCountWhereNoCountryDeclaresAndHaveNoMirror() {
    // KAZ-TUR: BACI alone, both ways: value_source BACI, and no mirror row (no country declared them).
    baci("KAZ", "TUR", 2024, "KAZ", "70").baci("KAZ", "TUR", 2024, "TUR", "20");
    // KAZ-RUS: KAZ declares both flows; BACI's 999 either way is not used.
    declared("KAZ", "RUS", 2024, "KAZ", "X", "100").declared("KAZ", "RUS", 2024, "KAZ", "M", "40");
    baci("KAZ", "RUS", 2024, "KAZ", "999").baci("KAZ", "RUS", 2024, "RUS", "999");
    // KAZ-CHN: KAZ declares its exports (10); its imports only BACI has (5): one flow each, MIXED.
    declared("KAZ", "CHN", 2024, "KAZ", "X", "10").baci("KAZ", "CHN", 2024, "KAZ", "888");
    baci("KAZ", "CHN", 2024, "CHN", "5");

    Map<String, Row> turnover = byPairAndYear(BilateralTurnover.byYear(
        TradeSelection.bySector(silver(), AggregateFixtures.rules(null)), AggregateFixtures.targets(2030)));

    Row kazTur = turnover.get("KAZ-TUR 2024");
    assertEquals(new BigDecimal("70.00"), kazTur.getAs("exports_usd"));
    assertEquals(new BigDecimal("20.00"), kazTur.getAs("imports_usd"));
    assertEquals("BACI", kazTur.getAs("value_source"));
    Row kazRus = turnover.get("KAZ-RUS 2024");
    assertEquals(new BigDecimal("140.00"), kazRus.getAs("turnover_usd"));
    assertEquals("REPORTER", kazRus.getAs("value_source"));
    Row kazChn = turnover.get("KAZ-CHN 2024");
    assertEquals(new BigDecimal("10.00"), kazChn.getAs("exports_usd"));
    assertEquals(new BigDecimal("5.00"), kazChn.getAs("imports_usd"));
    assertEquals("MIXED", kazChn.getAs("value_source"));

    Map<String, Row> mirror = byPairAndYear(MirrorDiscrepancy.byYearDirectionAndSector(silver(),
        AggregateFixtures.rules(null)).filter("direction = 'EXPORT'"));
    assertEquals(java.util.Set.of("KAZ-RUS 2024", "KAZ-CHN 2024"), mirror.keySet());
    assertNull(mirror.get("KAZ-RUS 2024").getAs("partner_mirror_usd"), "BACI's flow is no mirror declaration");
    assertEquals(new BigDecimal("10.00"), mirror.get("KAZ-CHN 2024").getAs("home_declared_usd"));
  }
}
