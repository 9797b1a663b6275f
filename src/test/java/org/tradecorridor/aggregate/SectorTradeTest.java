package org.tradecorridor.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

class SectorTradeTest {

  private static Map<String, Row> bySectorYear(AggregateFixtures.Flows flows) {
    return SectorTrade.byYearAndSector(flows.selected()).collectAsList().stream()
        .collect(Collectors.toMap(r -> r.getAs("year") + "/" + r.getAs("sector"), r -> r));
  }

  @Test
  void contributionsToGrowthAddUpToTotalGrowthWhenNoSectorDisappears() {
    Map<String, Row> rows = bySectorYear(new AggregateFixtures.Flows()
        .add(2023, "KAZ", "EXPORT", "agro_food", "300.00")
        .add(2023, "KAZ", "IMPORT", "metals", "700.00")
        .add(2024, "KAZ", "EXPORT", "agro_food", "330.00")
        .add(2024, "KAZ", "IMPORT", "metals", "680.00")
        .add(2024, "KAZ", "IMPORT", "chemicals", "40.00"));

    // Total 1000 -> 1050: +5 %. Agro +30 = 3 pp, metals -20 = -2 pp, chemicals (new) +40 = 4 pp.
    assertEquals(new BigDecimal("3.00"), rows.get("2024/agro_food").getAs("contribution_to_growth_pp"));
    assertEquals(new BigDecimal("-2.00"), rows.get("2024/metals").getAs("contribution_to_growth_pp"));
    assertEquals(new BigDecimal("4.00"), rows.get("2024/chemicals").getAs("contribution_to_growth_pp"));
    assertNull(rows.get("2024/chemicals").getAs("yoy_growth_pct"), "no chemicals last year");
    assertEquals(new BigDecimal("10.00"), rows.get("2024/agro_food").getAs("yoy_growth_pct"));
    assertEquals(new BigDecimal("31.43"), rows.get("2024/agro_food").getAs("share_of_turnover_pct"), "330/1050");
    assertEquals(new BigDecimal("330.00"), rows.get("2024/agro_food").getAs("turnover_usd"));
    assertEquals(new BigDecimal("330.00"), rows.get("2024/agro_food").getAs("exports_usd"));
    assertEquals(new BigDecimal("0.00"), rows.get("2024/agro_food").getAs("imports_usd"));
    assertNull(rows.get("2023/agro_food").getAs("contribution_to_growth_pp"), "no total turnover in 2022");
  }
}
