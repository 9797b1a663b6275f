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
    return BilateralTurnover.byYear(flows.selected(), AggregateFixtures.targets(targetYear)).collectAsList().stream()
        .collect(Collectors.toMap(r -> r.<Integer>getAs("year"), r -> r));
  }

  @Test
  void computesEveryColumnOfAYearExactly() {
    Dataset<Row> turnover = BilateralTurnover.byYear(new AggregateFixtures.Flows()
        .add(2023, "KAZ", "EXPORT", "agro_food", "9000000000.00")
        .add(2023, "KAZ", "IMPORT", "metals", "18000000000.00")
        .add(2024, "KAZ", "EXPORT", "agro_food", "9200000000.00")
        .add(2024, "KAZ", "IMPORT", "metals", "18600000000.00")
        .selected(), AggregateFixtures.targets(2030)).drop("home", "partner");

    StructType schema = StructType.fromDDL("year INT, exports_usd DECIMAL(20,2), imports_usd DECIMAL(20,2), "
        + "turnover_usd DECIMAL(20,2), balance_usd DECIMAL(20,2), yoy_growth_pct DECIMAL(25,2), "
        + "target_usd DECIMAL(20,2), target_progress_pct DECIMAL(25,2), gap_to_target_usd DECIMAL(20,2), "
        + "required_cagr_pct DECIMAL(25,2), projected_target_year INT, value_source STRING");
    Dataset<Row> expected = TestSpark.session().createDataFrame(List.of(
        RowFactory.create(2023, usd("9000000000.00"), usd("18000000000.00"), usd("27000000000.00"),
            usd("-9000000000.00"), null, usd("30000000000.00"), pct("90.00"), usd("3000000000.00"),
            pct("1.52"), null, "REPORTER"),
        // growth 800/27000 = 2.962962..% -> 2.96; progress 92.666..% -> 92.67; CAGR (30/27.8)^(1/6)-1 = 1.2768..%
        RowFactory.create(2024, usd("9200000000.00"), usd("18600000000.00"), usd("27800000000.00"),
            usd("-9400000000.00"), pct("2.96"), usd("30000000000.00"), pct("92.67"), usd("2200000000.00"),
            pct("1.28"), null, "REPORTER")), schema);
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

  /** Turnover per year, all of it exports (imports reported as zero): {@code year, USD bn, year, USD bn, ...}. */
  private static Map<Integer, Row> turnoverSeries(Object... yearsAndBillions) {
    AggregateFixtures.Flows flows = new AggregateFixtures.Flows();
    for (int i = 0; i < yearsAndBillions.length; i += 2) {
      int year = (Integer) yearsAndBillions[i];
      String usd = new BigDecimal((String) yearsAndBillions[i + 1]).movePointRight(9).setScale(2).toPlainString();
      flows.add(year, "KAZ", "EXPORT", "agro_food", usd).add(year, "KAZ", "IMPORT", "agro_food", "0.00");
    }
    return byYear(flows, null);
  }

  @Test
  void theTargetYearAtTheLastThreeYearsPaceIsTheFirstYearReachingIt() {
    // 10 -> 20 bn in 3 years: x 2^(1/3) = 1.2599 a year; 2024: 25.20, 2025: 31.75 >= 30.
    Map<Integer, Row> doubling = turnoverSeries(2020, "10", 2021, "12", 2022, "15", 2023, "20");
    assertEquals(2025, doubling.get(2023).<Integer>getAs("projected_target_year"));
    for (int year : List.of(2020, 2021, 2022)) {
      assertNull(doubling.get(year).getAs("projected_target_year"), year + ": no turnover 3 years before");
    }
    // 3.75 -> 7.5 bn: 7.5 x (2^(1/3))^6 = 30 exactly, reached in 2023 + 6, not a year later by rounding.
    assertEquals(2029, turnoverSeries(2020, "3.75", 2023, "7.5").get(2023).<Integer>getAs("projected_target_year"));
    assertEquals(2023, turnoverSeries(2020, "20", 2023, "31").get(2023).<Integer>getAs("projected_target_year"),
        "reached already");
    // The years between do not matter: only this year's turnover and the one 3 years before.
    assertEquals(2025, turnoverSeries(2020, "10", 2023, "20").get(2023).<Integer>getAs("projected_target_year"));
  }

  @Test
  void noTargetYearWithoutGrowthFourYearsOrWithinTheTablesYears() {
    assertNull(turnoverSeries(2020, "25", 2023, "24").get(2023).getAs("projected_target_year"), "shrinking");
    assertNull(turnoverSeries(2020, "25", 2023, "25").get(2023).getAs("projected_target_year"), "flat");
    assertNull(turnoverSeries(2020, "0", 2023, "25").get(2023).getAs("projected_target_year"), "from zero");
    assertNull(turnoverSeries(2019, "10", 2021, "15", 2022, "20", 2023, "25").get(2023)
        .getAs("projected_target_year"), "2020 missing");
    // 27 -> 27.0001 bn: ~1.2e-6 a year, 30 bn some 85,000 years on.
    assertNull(turnoverSeries(2020, "27", 2023, "27.0001").get(2023).getAs("projected_target_year"), "after 2200");
    Map<Integer, Row> incomplete = byYear(new AggregateFixtures.Flows()
        .add(2020, "KAZ", "EXPORT", "agro_food", "10.00").add(2020, "KAZ", "IMPORT", "agro_food", "0.00")
        .add(2023, "KAZ", "EXPORT", "agro_food", "20.00"), null);
    assertNull(incomplete.get(2023).getAs("projected_target_year"), "turnover unknown");
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

  @Test
  void aGrowthFromACentToTheLargestRowIsStoredExactlyNeverNull() {
    // Bounded inputs (each row within customs.maxValueUsd) can grow by 10^19 %: DECIMAL(9,2) held it as null.
    Map<Integer, Row> years = byYear(new AggregateFixtures.Flows()
        .add(2023, "KAZ", "EXPORT", "agro_food", "0.01").add(2023, "KAZ", "IMPORT", "agro_food", "0.00")
        .add(2024, "KAZ", "EXPORT", "agro_food", "1000000000000000.00")
        .add(2024, "KAZ", "IMPORT", "agro_food", "0.00"), 2025);

    // (10^15 - 0.01) / 0.01 x 100
    assertEquals(new BigDecimal("9999999999999999900.00"), years.get(2024).getAs("yoy_growth_pct"));
    // 10^15 / (3 x 10^10) x 100 = 3,333,333.33 %; 0.01 / (3 x 10^10) x 100 rounds to 0.00
    assertEquals(new BigDecimal("3333333.33"), years.get(2024).getAs("target_progress_pct"));
    // (3 x 10^10 / 0.01)^(1/2) - 1 = 1,732,050.8 - 1 times 100
    assertEquals(0, new BigDecimal("173204980.76").compareTo(years.get(2023).getAs("required_cagr_pct")),
        () -> "" + years.get(2023).getAs("required_cagr_pct"));
  }
}
