package org.tradecorridor.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

class MirrorDiscrepancyTest {

  private static Dataset<Row> discrepancy(AggregateFixtures.Flows flows) {
    return MirrorDiscrepancy.byYearDirectionAndSector(flows.silver(), AggregateFixtures.rules(null));
  }

  private static Map<String, Row> byKey(Dataset<Row> rows) {
    return rows.collectAsList().stream()
        .collect(Collectors.toMap(r -> r.getAs("year") + "/" + r.getAs("direction") + "/" + r.getAs("sector"), r -> r));
  }

  private static void assertAmount(String expected, Row row, String column) {
    assertEquals(expected == null ? null : new BigDecimal(expected), row.getAs(column), column);
  }

  @Test
  void anImportersCifValueIsPutOnAnFobBasisWithTheMarginWhenItReportsNoFob() {
    Map<String, Row> rows = byKey(discrepancy(new AggregateFixtures.Flows()
        // Home exports 1000 FOB; the partner declares 1155 CIF on import: 1155 / 1.05 = 1100 FOB.
        .line(2024, "KAZ", "EXPORT", "agro_food", "010121", "1000.00", null, null, null)
        .line(2024, "RUS", "EXPORT", "agro_food", "010121", "1155.00", null, "1155.00", null)));

    Row agro = rows.get("2024/EXPORT/agro_food");
    assertAmount("1000.00", agro, "home_declared_usd");
    assertAmount("1155.00", agro, "partner_mirror_usd");
    assertAmount("155.00", agro, "gap_usd");
    assertAmount("15.50", agro, "gap_pct");
    assertAmount("1000.00", agro, "home_fob_usd");
    assertAmount("1100.00", agro, "partner_fob_usd");
    assertAmount("100.00", agro, "fob_gap_usd");
    assertAmount("10.00", agro, "fob_gap_pct");
  }

  @Test
  void anImportersReportedFobValueIsTakenAsItIs() {
    Map<String, Row> rows = byKey(discrepancy(new AggregateFixtures.Flows()
        // Home imports 2300 CIF and reports 2050 FOB; the partner exports 2000.
        .line(2024, "KAZ", "IMPORT", "metals", "720810", "2300.00", null, "2300.00", "2050.00")
        .line(2024, "RUS", "IMPORT", "metals", "720810", "2000.00", null, null, "2000.00")));

    Row metals = rows.get("2024/IMPORT/metals");
    assertAmount("-300.00", metals, "gap_usd");
    assertAmount("-13.04", metals, "gap_pct"); // -300 / 2300
    assertAmount("2050.00", metals, "home_fob_usd");
    assertAmount("2000.00", metals, "partner_fob_usd");
    assertAmount("-50.00", metals, "fob_gap_usd");
    assertAmount("-2.44", metals, "fob_gap_pct"); // -50 / 2050
  }

  @Test
  void aSideThatDeclaresNothingIsUnknownAndOneThatDeclaresOtherSectorsIsZero() {
    Map<String, Row> rows = byKey(discrepancy(new AggregateFixtures.Flows()
        .line(2024, "KAZ", "EXPORT", "agro_food", "010121", "1000.00", null, null, null)
        .line(2024, "RUS", "EXPORT", "metals", "720810", "500.00", null, "500.00", null)
        .line(2023, "RUS", "EXPORT", "agro_food", "010121", "105.00", null, "105.00", null)));

    Row metals = rows.get("2024/EXPORT/metals");
    assertAmount("0.00", metals, "home_declared_usd");
    assertAmount("500.00", metals, "gap_usd");
    assertNull(metals.getAs("gap_pct"), "no share of nothing");
    assertAmount("476.19", metals, "partner_fob_usd"); // 500 / 1.05 = 476.190...
    assertAmount("0.00", rows.get("2024/EXPORT/agro_food"), "partner_mirror_usd"); // it declares metals only
    Row before = rows.get("2023/EXPORT/agro_food");
    assertNull(before.getAs("home_declared_usd"), "home declares no export in 2023: unknown, not 0");
    assertNull(before.getAs("gap_usd"));
    assertAmount("100.00", before, "partner_fob_usd");
  }

  @Test
  void fobValuesAreSummedExactlyAndRoundedOnceAndLargeGapsAreThoseBeyondAQuarter() {
    Dataset<Row> computed = discrepancy(new AggregateFixtures.Flows()
        // Three CIF declarations of 1.00: 3 / 1.05 = 2.857... = 2.86, not 3 x 0.95.
        .line(2023, "KAZ", "IMPORT", "chemicals", "280110", "1.00", null, "1.00", null)
        .line(2023, "KAZ", "IMPORT", "chemicals", "280120", "1.00", null, "1.00", null)
        .line(2023, "KAZ", "IMPORT", "chemicals", "280130", "1.00", null, "1.00", null)
        .line(2023, "RUS", "IMPORT", "chemicals", "280110", "2.80", null, null, null)
        // Home imports 150 CIF = 142.86 FOB against 100 declared by the exporter: -30 %.
        .line(2023, "KAZ", "IMPORT", "agro_food", "010121", "150.00", null, "150.00", null)
        .line(2023, "RUS", "IMPORT", "agro_food", "010121", "100.00", null, null, null));
    Map<String, Row> rows = byKey(computed);

    assertAmount("2.86", rows.get("2023/IMPORT/chemicals"), "home_fob_usd");
    assertAmount("-0.06", rows.get("2023/IMPORT/chemicals"), "fob_gap_usd");
    assertAmount("-30.00", rows.get("2023/IMPORT/agro_food"), "fob_gap_pct");
    List<String> large = computed.filter(MirrorDiscrepancy.isLargeGap()).collectAsList().stream()
        .map(r -> r.<String>getAs("sector")).toList();
    assertEquals(List.of("agro_food"), large);
  }
}
