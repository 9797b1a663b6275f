package org.tradecorridor.conform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.tradecorridor.aggregate.AgroContribution;
import org.tradecorridor.aggregate.BilateralTurnover;
import org.tradecorridor.aggregate.MirrorDiscrepancy;
import org.tradecorridor.aggregate.SectorTrade;
import org.tradecorridor.aggregate.TradeSelection;
import org.tradecorridor.config.TradeRules;
import org.tradecorridor.reference.Target;
import org.tradecorridor.tables.SilverColumns;

/** On the same files, an every-pair run gives KAZ-RUS exactly what a KAZ-RUS run gives, and more pairs beside. */
class OnePairAndEveryPairTest {

  private static TradeRules rules(String pairs) {
    TradeRules one = new TradeRules("KAZ", "RUS", TradeRules.Side.HOME, org.tradecorridor.config.CommodityLevel.AUTO,
        TradeRules.Frequency.AUTO, 1988, 2100, "agro_food", null, null);
    return new TradeRules(one.homeIso3(), one.partnerIso3(), one.preferredReporter(), one.commodityLevel(),
        one.frequency(), one.minYear(), one.maxYear(), one.agroSector(), null, null, one.limits(), one.cifFobMargin(),
        List.of(pairs));
  }

  /** Three reporters, five partners (World among them), two years; KAZ declares TOTAL only to RUS in 2024. */
  private static Dataset<Row> bronze() {
    ConformFixtures.Customs customs = new ConformFixtures.Customs();
    for (String year : List.of("2023", "2024")) {
      customs.row("refYear", year, "reporterISO", "KAZ", "partnerISO", "RUS", "flowCode", "M", "cmdCode", "720810",
              "primaryValue", year.equals("2023") ? "500" : "650")
          .row("refYear", year, "reporterISO", "RUS", "partnerISO", "KAZ", "flowCode", "M", "cmdCode", "010121",
              "primaryValue", "90")
          .row("refYear", year, "reporterISO", "RUS", "partnerISO", "KAZ", "flowCode", "X", "cmdCode", "270900",
              "primaryValue", "480")
          .row("refYear", year, "reporterISO", "KAZ", "partnerISO", "CHN", "flowCode", "X", "cmdCode", "010121",
              "primaryValue", "70")
          .row("refYear", year, "reporterISO", "CHN", "partnerISO", "KAZ", "flowCode", "X", "cmdCode", "720810",
              "primaryValue", "40")
          .row("refYear", year, "reporterISO", "CHN", "partnerISO", "USA", "flowCode", "X", "cmdCode", "270900",
              "primaryValue", "1000")
          .row("refYear", year, "reporterISO", "KAZ", "partnerISO", "W00", "flowCode", "X", "cmdCode", "TOTAL",
              "primaryValue", "9999");
    }
    customs.row("refYear", "2023", "reporterISO", "KAZ", "partnerISO", "RUS", "flowCode", "X", "cmdCode", "010121",
        "primaryValue", "100");
    customs.row("refYear", "2024", "reporterISO", "KAZ", "partnerISO", "RUS", "flowCode", "X", "cmdCode", "TOTAL",
        "primaryValue", "120");
    return customs.bronze();
  }

  private static Dataset<Row> silver(String pairs) {
    return Classification.kept(CustomsConform.classify(bronze(), rules(pairs), ConformFixtures.reference()),
        SilverColumns.TRADE_FLOWS, "r");
  }

  /** A gold table's rows of a pair as sorted text (run-independent). */
  private static Set<String> rows(Dataset<Row> gold, String home, String partner) {
    Set<String> text = new TreeSet<>();
    gold.filter(gold.col("home").equalTo(home).and(gold.col("partner").equalTo(partner))).collectAsList()
        .forEach(r -> text.add(r.toString()));
    return text;
  }

  @Test
  void everyPairGivesKazRusWhatTheKazRusRunGives() {
    List<Target> targets = List.of(new Target("KAZ", "RUS", new java.math.BigDecimal("3000"), 2030));
    List<Function<Dataset<Row>, Dataset<Row>>> tables = List.of(
        s -> BilateralTurnover.byYear(TradeSelection.bySector(s, rules("KAZ-RUS")), targets),
        s -> SectorTrade.byYearAndSector(TradeSelection.bySector(s, rules("KAZ-RUS"))),
        s -> AgroContribution.byYear(TradeSelection.bySector(s, rules("KAZ-RUS")), "agro_food"),
        s -> MirrorDiscrepancy.byYearDirectionAndSector(s, rules("KAZ-RUS")));
    Dataset<Row> one = silver("KAZ-RUS").cache();
    Dataset<Row> every = silver("*-*").cache();
    for (Function<Dataset<Row>, Dataset<Row>> table : tables) {
      Set<String> kazRus = rows(table.apply(one), "KAZ", "RUS");
      assertTrue(!kazRus.isEmpty());
      assertEquals(kazRus, rows(table.apply(every), "KAZ", "RUS"));
    }
    Row turnover2024 = BilateralTurnover.byYear(TradeSelection.bySector(one, rules("KAZ-RUS")), targets)
        .filter("year = 2024").first();
    assertEquals(new java.math.BigDecimal("120.00"), turnover2024.getAs("exports_usd"),
        "KAZ's TOTAL to RUS counts: KAZ declares HS6 only to CHN");
    assertEquals(Set.of("CHN-KAZ", "CHN-USA", "KAZ-RUS"), new TreeSet<>(every.select("home", "partner").distinct()
        .collectAsList().stream().map(r -> r.getString(0) + "-" + r.getString(1)).toList()));
  }
}
