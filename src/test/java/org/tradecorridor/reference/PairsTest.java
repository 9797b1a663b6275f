package org.tradecorridor.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.tradecorridor.TestSpark;
import org.tradecorridor.config.InvalidConfigException;

class PairsTest {
  private static final Map<String, Set<String>> GROUPS = PairFiles.countryGroups(
      "group,iso3\nEAEU,ARM\nEAEU,BLR\nEAEU,KAZ\nEAEU,KGZ\nEAEU,RUS\n", "groups");

  private static Pairs pairs(String... patterns) {
    return Pairs.of(List.of(patterns), GROUPS);
  }

  @Test
  void homeIsTheSideTheLeftPatternMatchesWhicheverSideReports() {
    assertEquals("KAZ", pairs("KAZ-RUS").home("KAZ", "RUS"));
    assertEquals("KAZ", pairs("KAZ-RUS").home("RUS", "KAZ"), "RUS reporting KAZ is the same pair");
    assertNull(pairs("KAZ-RUS").home("KAZ", "CHN"));
    assertEquals("RUS", pairs("RUS-KAZ").home("KAZ", "RUS"));
    assertEquals("CHN", pairs("CHN-*").home("USA", "CHN"));
    assertEquals("CHN", pairs("CHN-*").home("CHN", "ZAF"));
    assertNull(pairs("CHN-*").home("USA", "DEU"));
    assertEquals("KAZ", pairs("EAEU-CHN").home("CHN", "KAZ"));
    assertNull(pairs("EAEU-CHN").home("CHN", "UZB"));
  }

  @Test
  void whenBothSidesMatchBothPatternsHomeIsTheAlphabeticallyFirst() {
    assertEquals("DEU", pairs("*-*").home("USA", "DEU"));
    assertEquals("DEU", pairs("*-*").home("DEU", "USA"));
    assertEquals("BLR", pairs("EAEU-EAEU").home("RUS", "BLR"));
    assertNull(pairs("EAEU-EAEU").home("RUS", "CHN"));
    assertEquals("KAZ", pairs("KAZ-*", "*-*").home("USA", "KAZ"), "the first pattern that covers the pair decides");
    assertEquals("DEU", pairs("KAZ-*", "*-*").home("USA", "DEU"));
  }

  @Test
  void worldAreasGroupsAndOneCountryAloneAreNeverAPair() {
    for (String area : new String[] {"W00", "_X", "X1", "E19", "S19", "A79", "_KS", null}) {
      assertNull(pairs("*-*").home("KAZ", area), area);
      assertNull(pairs("*-*").home(area, "KAZ"), area);
    }
    assertNull(pairs("*-*").home("KAZ", "KAZ"));
  }

  @Test
  void aSideThatIsNeitherACountryNorAGroupStopsTheRun() {
    assertEquals("trade.pairs: EAU-EURASIA: 'EURASIA' is neither a country's ISO3 code nor a group of "
        + "reference.countryGroups (EAEU)",
        assertThrows(InvalidConfigException.class, () -> pairs("EAU-EURASIA")).getMessage());
    assertEquals("groups line 2: group 'EUR' must be letters, digits and _, and not three letters (those are countries)",
        assertThrows(InvalidConfigException.class, () -> PairFiles.countryGroups("group,iso3\nEUR,DEU\n", "groups"))
            .getMessage());
  }

  @Test
  void theColumnTheReplacePredicateAndTheJavaRuleAgreeOnEveryPairOfCodes() {
    String[] codes = {"KAZ", "RUS", "CHN", "USA", "BLR", "W00", "_X", "E19", null};
    List<Row> rows = new ArrayList<>();
    for (String a : codes) {
      for (String b : codes) {
        rows.add(RowFactory.create(a, b));
      }
    }
    Dataset<Row> frame = TestSpark.session().createDataFrame(rows, StructType.fromDDL("a STRING, b STRING"));
    for (Pairs p : List.of(pairs("KAZ-RUS"), pairs("CHN-*"), pairs("*-*"), pairs("EAEU-EAEU", "KAZ-*"))) {
      Dataset<Row> oriented = frame.withColumn("home", p.home(col("a"), col("b")))
          .withColumn("partner", expr("CASE WHEN home = a THEN b ELSE a END"))
          .withColumn("covered", p.covers(col("home"), col("partner")))
          .withColumn("replaced", expr(p.sql("home", "partner")));
      for (Row row : oriented.collectAsList()) {
        String a = row.getString(0);
        String b = row.getString(1);
        String home = p.home(a, b);
        assertEquals(home, row.getAs("home"), p + " " + a + "-" + b);
        if (home != null) {
          assertEquals(true, row.getAs("covered"), p + " " + a + "-" + b);
          assertEquals(true, row.getAs("replaced"), p + " " + a + "-" + b);
        }
      }
    }
  }

  @Test
  void targetsAreOnePerPairWithAnOptionalYear() {
    List<Target> targets = PairFiles.targets("home,partner,target_usd,target_year\nKAZ,RUS,30000000000,\n"
        + "kaz,chn,1e10,2030\n", "targets");
    assertEquals(List.of(new Target("KAZ", "RUS", new BigDecimal("30000000000"), null),
        new Target("KAZ", "CHN", new BigDecimal("1e10"), 2030)), targets);
    assertEquals("targets line 3: KAZ-RUS is listed twice", assertThrows(InvalidConfigException.class,
        () -> PairFiles.targets("home,partner,target_usd,target_year\nKAZ,RUS,1,\nKAZ,RUS,2,\n", "targets")).getMessage());
    assertEquals("targets line 2: target_usd '30bn' is not an amount in USD from 1 to 10000000000000000",
        assertThrows(InvalidConfigException.class,
            () -> PairFiles.targets("home,partner,target_usd,target_year\nKAZ,RUS,30bn,\n", "targets")).getMessage());
  }
}
