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
        "agro_food", new BigDecimal(usd), null, null, null, null, null, true, false, "H6", "customs/a.csv", "r"));
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
}
