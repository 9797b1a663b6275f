package org.tradecorridor.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;
import org.tradecorridor.TestSpark;

class CorridorFreightTest {

  private static Dataset<Row> freight(Object[]... shipments) {
    List<Row> rows = new ArrayList<>();
    for (Object[] s : shipments) {
      int year = (Integer) s[0];
      rows.add(RowFactory.create("S" + rows.size(), Date.valueOf(year + "-05-01"), year, "RUS", "a", "IRN", "b",
          List.of("a", "b"), s[1], "RAIL", "10", s[2], new BigDecimal((String) s[3]), null, "f", "r"));
    }
    return TestSpark.session().createDataFrame(rows, AggregateFixtures.FREIGHT);
  }

  @Test
  void sumsTonnesPerAxisLeavesFreightOffTheCorridorOutAndComputesShareAndGrowth() {
    Dataset<Row> axisSectors = CorridorFreight.byYearAxisAndSector(freight(
        new Object[] {2022, "EASTERN", "agro_food", "1000.000"},
        new Object[] {2023, "EASTERN", "agro_food", "1200.500"},
        new Object[] {2023, "EASTERN", "metals", "299.500"},
        new Object[] {2023, "WESTERN", "agro_food", "500.000"},
        new Object[] {2023, "NONE", "agro_food", "9999.000"}));

    Map<String, Row> byAxis = CorridorFreight.byYearAndAxis(axisSectors).collectAsList().stream()
        .collect(Collectors.toMap(r -> r.getAs("year") + "/" + r.getAs("axis"), r -> r));

    assertEquals(3, byAxis.size(), "NONE is not an axis");
    Row eastern = byAxis.get("2023/EASTERN");
    assertEquals(2L, eastern.<Long>getAs("shipments"));
    assertEquals(new BigDecimal("1500.000"), eastern.getAs("gross_tonnes"));
    assertEquals(new BigDecimal("50.00"), eastern.getAs("yoy_growth_pct"));
    assertEquals(new BigDecimal("75.00"), eastern.getAs("share_of_corridor_pct"), "1500 of 2000");
    assertNull(byAxis.get("2023/WESTERN").getAs("yoy_growth_pct"), "no Western freight in 2022");
    assertEquals(4L, axisSectors.count(), "year, axis and sector with shipments");
  }
}
