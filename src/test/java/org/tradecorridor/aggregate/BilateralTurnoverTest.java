package org.tradecorridor.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.tradecorridor.DatasetAssertions.assertSameRows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.tradecorridor.TestSpark;

class BilateralTurnoverTest {

  private static Map<Integer, Row> byYear(AggregateFixtures.Flows flows, Integer targetYear) {
    return BilateralTurnover.byYear(flows.selected(), AggregateFixtures.rules(targetYear)).collectAsList().stream()
        .collect(Collectors.toMap(r -> r.<Integer>getAs("year"), r -> r));
  }

  @Test
  void computesEveryColumnOfAYearExactly() {
    Dataset<Row> turnover = BilateralTurnover.byYear(new AggregateFixtures.Flows()
        .add(2023, "KAZ", "EXPORT", "agro_food", "9000000000.00")
        .add(2023, "KAZ", "IMPORT", "metals", "18000000000.00")
        .add(2024, "KAZ", "EXPORT", "agro_food", "9200000000.00")
        .add(2024, "KAZ", "IMPORT", "metals", "18600000000.00")
        .selected(), AggregateFixtures.rules(2030));

    StructType schema = StructType.fromDDL("year INT, exports_usd DECIMAL(20,2), imports_usd DECIMAL(20,2), "
        + "turnover_usd DECIMAL(20,2), balance_usd DECIMAL(20,2), yoy_growth_pct DECIMAL(9,2), "
        + "target_usd DECIMAL(20,2), target_progress_pct DECIMAL(9,2), gap_to_target_usd DECIMAL(20,2), "
        + "required_cagr_pct DECIMAL(9,2), value_source STRING");
    Dataset<Row> expected = TestSpark.session().createDataFrame(List.of(
        RowFactory.create(2023, usd("9000000000.00"), usd("18000000000.00"), usd("27000000000.00"),
            usd("-9000000000.00"), null, usd("30000000000.00"), pct("90.00"), usd("3000000000.00"),
            pct("1.52"), "REPORTER"),
        // growth 800/27000 = 2.962962..% -> 2.96; progress 92.666..% -> 92.67; CAGR (30/27.8)^(1/6)-1 = 1.2768..%
        RowFactory.create(2024, usd("9200000000.00"), usd("18600000000.00"), usd("27800000000.00"),
            usd("-9400000000.00"), pct("2.96"), usd("30000000000.00"), pct("92.67"), usd("2200000000.00"),
            pct("1.28"), "REPORTER")), schema);
    assertSameRows(expected, turnover);
  }

  @Test
  void growthIsNullWhenThePreviousYearIsMissingOrZero() {
    // Imports are reported as zero every year: only exports move.
    Map<Integer, Row> years = byYear(new AggregateFixtures.Flows()
        .add(2019, "KAZ", "EXPORT", "agro_food", "0.00").add(2019, "KAZ", "IMPORT", "agro_food", "0.00")
        .add(2020, "KAZ", "EXPORT", "agro_food", "10.00").add(2020, "KAZ", "IMPORT", "agro_food", "0.00")
        .add(2022, "KAZ", "EXPORT", "agro_food", "20.00").add(2022, "KAZ", "IMPORT", "agro_food", "0.00")
        .add(2023, "KAZ", "EXPORT", "agro_food", "30.00").add(2023, "KAZ", "IMPORT", "agro_food", "0.00"), null);

    assertNull(years.get(2019).getAs("yoy_growth_pct"), "no 2018");
    assertNull(years.get(2020).getAs("yoy_growth_pct"), "2019 turnover is zero");
    assertNull(years.get(2022).getAs("yoy_growth_pct"), "no 2021");
    assertEquals(pct("50.00"), years.get(2023).getAs("yoy_growth_pct"));
  }

  @Test
  void theGapIsZeroOnceTheTargetIsReachedAndCagrNeedsATargetYearAfterTheYear() {
    Map<Integer, Row> years = byYear(new AggregateFixtures.Flows()
        .add(2029, "KAZ", "EXPORT", "agro_food", "31000000000.00").add(2029, "KAZ", "IMPORT", "agro_food", "0.00")
        .add(2030, "KAZ", "EXPORT", "agro_food", "10.00").add(2030, "KAZ", "IMPORT", "agro_food", "0.00")
        .add(2031, "KAZ", "EXPORT", "agro_food", "10.00").add(2031, "KAZ", "IMPORT", "agro_food", "0.00"), 2030);

    assertEquals(usd("0.00"), years.get(2029).getAs("gap_to_target_usd"));
    assertEquals(pct("103.33"), years.get(2029).getAs("target_progress_pct"));
    assertEquals(pct("0.00"), years.get(2029).getAs("required_cagr_pct"), "already above target");
    assertNull(years.get(2030).getAs("required_cagr_pct"), "the target year itself");
    assertNull(years.get(2031).getAs("required_cagr_pct"), "after the target year");
    assertNull(byYear(new AggregateFixtures.Flows().add(2024, "KAZ", "EXPORT", "agro_food", "10.00"), null)
        .get(2024).getAs("required_cagr_pct"), "target.year unset");
  }

  @Test
  void valueSourceSaysWhoseDeclarationsAYearRestsOn() {
    Map<Integer, Row> years = byYear(new AggregateFixtures.Flows()
        .add(2022, "KAZ", "EXPORT", "agro_food", "1.00")
        .add(2022, "KAZ", "IMPORT", "agro_food", "1.00")
        .add(2023, "RUS", "EXPORT", "agro_food", "1.00")
        .add(2023, "RUS", "IMPORT", "agro_food", "1.00")
        .add(2024, "KAZ", "EXPORT", "agro_food", "1.00")
        .add(2024, "RUS", "IMPORT", "agro_food", "7.00"), null);

    assertEquals("REPORTER", years.get(2022).getAs("value_source"));
    assertEquals("MIRROR", years.get(2023).getAs("value_source"));
    assertEquals("MIXED", years.get(2024).getAs("value_source"));
    assertEquals(usd("1.00"), years.get(2024).getAs("exports_usd"));
    assertEquals(usd("7.00"), years.get(2024).getAs("imports_usd"), "imports from RUS's exports to KAZ");
  }

  @Test
  void aFlowNeitherSideReportsIsUnknownNotZero() {
    Map<Integer, Row> years = byYear(new AggregateFixtures.Flows()
        .add(2022, "KAZ", "EXPORT", "agro_food", "10.00")
        .add(2022, "KAZ", "IMPORT", "metals", "30.00")
        // 2023: nobody reports home's exports.
        .add(2023, "KAZ", "IMPORT", "metals", "40.00")
        .add(2024, "KAZ", "EXPORT", "agro_food", "20.00")
        .add(2024, "RUS", "IMPORT", "metals", "50.00"), 2030);

    Row y2023 = years.get(2023);
    assertNull(y2023.getAs("exports_usd"), "unknown, not 0");
    assertEquals(usd("40.00"), y2023.getAs("imports_usd"));
    for (String unknown : List.of("turnover_usd", "balance_usd", "yoy_growth_pct", "target_progress_pct",
        "gap_to_target_usd", "required_cagr_pct")) {
      assertNull(y2023.getAs(unknown), unknown);
    }
    assertEquals(usd("30000000000.00"), y2023.getAs("target_usd"));
    assertEquals("INCOMPLETE", y2023.getAs("value_source"));
    assertNull(years.get(2024).getAs("yoy_growth_pct"), "last year's turnover is unknown");
    assertEquals("MIXED", years.get(2024).getAs("value_source"));
    assertEquals(usd("70.00"), years.get(2024).getAs("turnover_usd"));
    assertEquals(usd("-20.00"), years.get(2022).getAs("balance_usd"), "exports 10 less imports 30");
  }

  static BigDecimal usd(String value) {
    return new BigDecimal(value);
  }

  static BigDecimal pct(String value) {
    return new BigDecimal(value);
  }
}
