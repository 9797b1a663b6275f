package org.tradecorridor.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

class AgroContributionTest {

  @Test
  void reportsTheAgroSectorsShareGrowthAndContribution() {
    Map<Integer, Row> years = AgroContribution.byYear(new AggregateFixtures.Flows()
            .add(2022, "KAZ", "EXPORT", "metals", "500.00")
            .add(2022, "KAZ", "IMPORT", "metals", "0.00")
            .add(2023, "KAZ", "EXPORT", "agro_food", "200.00")
            .add(2023, "KAZ", "IMPORT", "agro_food", "100.00")
            .add(2023, "KAZ", "IMPORT", "metals", "700.00")
            .add(2024, "KAZ", "EXPORT", "agro_food", "213.50")
            .add(2024, "KAZ", "IMPORT", "agro_food", "100.00")
            .add(2024, "KAZ", "IMPORT", "metals", "786.50")
            .selected(), "agro_food")
        .collectAsList().stream().collect(Collectors.toMap(r -> r.<Integer>getAs("year"), r -> r));

    Row y2024 = years.get(2024);
    assertEquals(new BigDecimal("213.50"), y2024.getAs("agro_exports_usd"));
    assertEquals(new BigDecimal("100.00"), y2024.getAs("agro_imports_usd"));
    assertEquals(new BigDecimal("313.50"), y2024.getAs("agro_turnover_usd"));
    assertEquals(new BigDecimal("4.50"), y2024.getAs("agro_yoy_growth_pct"), "313.5 / 300");
    assertEquals(new BigDecimal("28.50"), y2024.getAs("agro_share_pct"), "313.5 / 1100");
    assertEquals(new BigDecimal("1.35"), y2024.getAs("agro_contribution_pp"), "13.5 / 1000");
    assertEquals(new BigDecimal("1100.00"), y2024.getAs("total_turnover_usd"));
    assertEquals(new BigDecimal("10.00"), y2024.getAs("total_yoy_growth_pct"));

    Row y2022 = years.get(2022);
    assertEquals(new BigDecimal("0.00"), y2022.getAs("agro_turnover_usd"), "a year without agro trade");
    assertNull(years.get(2023).getAs("agro_yoy_growth_pct"), "no agro trade in 2022");
    assertEquals(new BigDecimal("60.00"), years.get(2023).getAs("agro_contribution_pp"), "300 / 500");
  }

  @Test
  void agroIsUnknownWhereAFlowIsKnownOnlyAsATotal() {
    Map<Integer, Row> years = AgroContribution.byYear(new AggregateFixtures.Flows()
            .add(2022, "KAZ", "EXPORT", "agro_food", "100.00")
            .add(2022, "KAZ", "IMPORT", "metals", "300.00")
            // 2023: a TOTAL-only extract, both flows.
            .add(2023, "KAZ", "EXPORT", "unallocated", "150.00")
            .add(2023, "KAZ", "IMPORT", "unallocated", "350.00")
            // 2024: exports by sector, imports as a total only.
            .add(2024, "KAZ", "EXPORT", "agro_food", "120.00")
            .add(2024, "KAZ", "IMPORT", "unallocated", "380.00")
            .selected(), "agro_food")
        .collectAsList().stream().collect(Collectors.toMap(r -> r.<Integer>getAs("year"), r -> r));

    Row y2023 = years.get(2023);
    for (String unknown : java.util.List.of("agro_exports_usd", "agro_imports_usd", "agro_turnover_usd",
        "agro_yoy_growth_pct", "agro_share_pct", "agro_contribution_pp")) {
      assertNull(y2023.getAs(unknown), "2023 " + unknown);
    }
    assertEquals(new BigDecimal("500.00"), y2023.getAs("total_turnover_usd"), "the total is known");
    assertEquals(new BigDecimal("25.00"), y2023.getAs("total_yoy_growth_pct"), "500 / 400");
    Row y2024 = years.get(2024);
    assertEquals(new BigDecimal("120.00"), y2024.getAs("agro_exports_usd"));
    assertNull(y2024.getAs("agro_imports_usd"), "imports known only as a total");
    assertNull(y2024.getAs("agro_turnover_usd"));
    assertEquals(new BigDecimal("100.00"), years.get(2022).getAs("agro_turnover_usd"));
  }
}
