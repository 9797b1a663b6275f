package org.tradecorridor.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

class PriceVolumeTest {

  private static Map<String, Row> bySectorYear(AggregateFixtures.Flows flows) {
    Dataset<Row> silver = flows.silver();
    return PriceVolume.byYearAndSector(TradeSelection.byLine(silver, AggregateFixtures.rules(null)),
            TradeSelection.bySector(silver, AggregateFixtures.rules(null)))
        .collectAsList().stream().collect(Collectors.toMap(r -> r.getAs("year") + "/" + r.getAs("sector"), r -> r));
  }

  private static void assertAmount(String expected, Row row, String column) {
    assertEquals(expected == null ? null : new BigDecimal(expected), row.getAs(column), column);
  }

  private static AggregateFixtures.Flows both(AggregateFixtures.Flows flows, String sector, String code,
      String v0, String q0, String v1, String q1) {
    return flows.line(2023, "KAZ", "EXPORT", sector, code, v0, q0, null, null)
        .line(2024, "KAZ", "EXPORT", sector, code, v1, q1, null, null);
  }

  @Test
  void aPriceOnlyAVolumeOnlyAndABothwaysChangeAreSplitAsWorkedOutByHand() {
    AggregateFixtures.Flows flows = new AggregateFixtures.Flows();
    // Price only: 10 kg at 10 USD, then at 12.
    both(flows, "agro_food", "010121", "100.00", "10.000", "120.00", "10.000");
    // Volume only: 100 kg, then 150, at 2 USD.
    both(flows, "metals", "720810", "200.00", "100.000", "300.00", "150.000");
    // Both: 50 kg at 2 USD, then 60 kg at 3.
    both(flows, "chemicals", "280110", "100.00", "50.000", "180.00", "60.000");
    Map<String, Row> rows = bySectorYear(flows);

    Row agro = rows.get("2024/agro_food");
    assertAmount("20.00", agro, "value_change_usd");
    assertAmount("0.00", agro, "volume_effect_usd");
    assertAmount("20.00", agro, "price_effect_usd");
    assertAmount("0.00", agro, "interaction_usd");
    assertAmount("100.00", agro, "volume_index");
    assertAmount("120.00", agro, "price_index");

    Row metals = rows.get("2024/metals");
    assertAmount("100.00", metals, "volume_effect_usd");
    assertAmount("0.00", metals, "price_effect_usd");
    assertAmount("0.00", metals, "interaction_usd");
    assertAmount("150.00", metals, "volume_index");
    assertAmount("100.00", metals, "price_index");

    Row chemicals = rows.get("2024/chemicals");
    assertAmount("80.00", chemicals, "value_change_usd");
    assertAmount("20.00", chemicals, "volume_effect_usd"); // 2 x (60 - 50)
    assertAmount("50.00", chemicals, "price_effect_usd"); // (3 - 2) x 50
    assertAmount("10.00", chemicals, "interaction_usd"); // (3 - 2) x (60 - 50)
    assertAmount("120.00", chemicals, "volume_index"); // 2 x 60 / 100
    assertAmount("150.00", chemicals, "price_index"); // 180 / 120
    assertEquals(null, rows.get("2023/agro_food"), "2022 has no trade: nothing to compare 2023 with");
  }

  @Test
  void onlyLinesWeighedInBothYearsAreCoveredAndCoverageSaysHowMuchOfTheSectorTheyAre() {
    AggregateFixtures.Flows flows = new AggregateFixtures.Flows();
    both(flows, "chemicals", "280110", "100.00", "50.000", "180.00", "60.000");
    flows.line(2024, "KAZ", "EXPORT", "chemicals", "280120", "20.00", "4.000", null, null); // new this year
    both(flows, "chemicals", "280130", "10.00", null, "10.00", "1.000"); // no weight last year
    flows.line(2024, "KAZ", "EXPORT", "chemicals", "28", "5.00", null, null, null); // a chapter row: no HS6 line
    flows.line(2023, "KAZ", "EXPORT", "metals", "720810", "7.00", "1.000", null, null); // gone this year
    Map<String, Row> rows = bySectorYear(flows);

    Row chemicals = rows.get("2024/chemicals");
    assertAmount("215.00", chemicals, "sector_value_usd");
    assertAmount("180.00", chemicals, "covered_value_usd");
    assertAmount("100.00", chemicals, "covered_previous_usd");
    assertAmount("83.72", chemicals, "coverage_pct"); // 180 / 215
    assertEquals(null, rows.get("2024/metals"), "no trade in metals this year");
  }

  @Test
  void theThreePartsAddUpToTheChangeToTheCentWhenPricesDoNotDivideEvenly() {
    AggregateFixtures.Flows flows = new AggregateFixtures.Flows();
    // 3 kg for 10 USD (3.333... a kg), then 4 kg for 10 USD (2.50), and a second line of odd figures.
    both(flows, "wood_paper", "440110", "10.00", "3.000", "10.00", "4.000");
    both(flows, "wood_paper", "480210", "77.77", "7.000", "91.13", "6.500");
    Row wood = bySectorYear(flows).get("2024/wood_paper");

    // Worked out independently, line by line, at 20 significant digits.
    MathContext exact = new MathContext(20, RoundingMode.HALF_UP);
    BigDecimal volume = BigDecimal.ZERO;
    BigDecimal price = BigDecimal.ZERO;
    BigDecimal interaction = BigDecimal.ZERO;
    for (String[] line : new String[][] {{"10.00", "3", "10.00", "4"}, {"77.77", "7", "91.13", "6.5"}}) {
      BigDecimal p0 = new BigDecimal(line[0]).divide(new BigDecimal(line[1]), exact);
      BigDecimal p1 = new BigDecimal(line[2]).divide(new BigDecimal(line[3]), exact);
      BigDecimal q0 = new BigDecimal(line[1]);
      BigDecimal q1 = new BigDecimal(line[3]);
      volume = volume.add(p0.multiply(q1.subtract(q0)));
      price = price.add(p1.subtract(p0).multiply(q0));
      interaction = interaction.add(p1.subtract(p0).multiply(q1.subtract(q0)));
    }
    assertAmount(volume.setScale(2, RoundingMode.HALF_UP).toPlainString(), wood, "volume_effect_usd");
    assertAmount(price.setScale(2, RoundingMode.HALF_UP).toPlainString(), wood, "price_effect_usd");
    BigDecimal change = new BigDecimal("13.36");
    assertAmount(change.toPlainString(), wood, "value_change_usd");
    BigDecimal parts = wood.<BigDecimal>getAs("volume_effect_usd").add(wood.getAs("price_effect_usd"))
        .add(wood.getAs("interaction_usd"));
    assertEquals(change, parts, "the parts add up to the change to the cent");
    assertEquals(0, interaction.subtract(wood.<BigDecimal>getAs("interaction_usd")).abs()
        .compareTo(new BigDecimal("0.01")) <= 0 ? 0 : 1, "the interaction is the exact one within a cent of rounding");
    assertNull(bySectorYear(flows).get("2023/wood_paper"));
  }

  @Test
  void aLineWhoseUnitValueMovedAThousandfoldIsLeftOutOfTheCoveredLines() {
    AggregateFixtures.Flows flows = new AggregateFixtures.Flows();
    // A price line: 10 kg at 10 USD, then at 12.
    both(flows, "agro_food", "010121", "100.00", "10.000", "120.00", "10.000");
    // A weight keyed in grams: 1 kg, then 10^12 kg, for about the same value (unit value 10^12 times lower).
    both(flows, "agro_food", "020110", "500.00", "1.000", "600.00", "1000000000000.000");
    // At the bound: a unit value exactly 1000 times lower is still a price.
    both(flows, "metals", "720810", "1000.00", "1.000", "1000.00", "1000.000");
    Map<String, Row> rows = bySectorYear(flows);

    Row agro = rows.get("2024/agro_food");
    assertAmount("720.00", agro, "sector_value_usd");
    assertAmount("120.00", agro, "covered_value_usd");
    assertAmount("100.00", agro, "covered_previous_usd");
    assertAmount("16.67", agro, "coverage_pct");
    assertAmount("20.00", agro, "price_effect_usd");
    assertAmount("0.00", agro, "volume_effect_usd");
    Row metals = rows.get("2024/metals");
    assertAmount("1000.00", metals, "covered_value_usd");
    // p0 = 1000, q1 = 1000: volume effect 10^6 - 1000; price effect (1 - 1000) x 1
    assertAmount("999000.00", metals, "volume_effect_usd");
    assertAmount("-999.00", metals, "price_effect_usd");
  }

  @Test
  void anEffectTheTablesCannotHoldStopsWithTheJobsOwnMessage() {
    AggregateFixtures.Flows flows = new AggregateFixtures.Flows();
    // 10^16 USD at 1 kg, then 10^16 USD for 999 kg: this year's goods at last year's prices are 10^19 USD.
    both(flows, "agro_food", "010121", "10000000000000000.00", "1.000", "10000000000000000.00", "999.000");

    Exception stop = org.junit.jupiter.api.Assertions.assertThrows(Exception.class, () -> bySectorYear(flows));

    assertEquals("the tables cannot hold the volume effect of 2024: it exceeds decimal(20,2); check the largest "
        + "values of that year", Sums.tooLarge(stop));
  }
}
