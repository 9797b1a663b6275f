package org.tradecorridor.cli;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.sum;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradecorridor.TestSpark;
import org.tradecorridor.generate.Planted;
import org.tradecorridor.report.ReportTables;

/** The whole job on the shipped sample data, checked against the published figures of SPEC section 7. */
class EndToEndTest {
  private static final BigDecimal BILLION = new BigDecimal("1e9");
  private static final BigDecimal MILLION = new BigDecimal("1e6");

  static Path warehouse;

  static Path report;

  static SampleRun run;

  @BeforeAll
  static void runTheJobOnTheSampleData() {
    SharedSampleRun shared = SharedSampleRun.get();
    run = shared.run();
    warehouse = shared.warehouse();
    report = shared.report();
  }

  private static Row gold(String table, String condition) {
    List<Row> rows = SampleRun.table(warehouse, table).filter(condition).collectAsList();
    assertEquals(1, rows.size(), table + " where " + condition);
    return rows.get(0);
  }

  private static void assertNear(String expected, BigDecimal actual, String tolerance, String what) {
    BigDecimal difference = actual.subtract(new BigDecimal(expected)).abs();
    assertTrue(difference.compareTo(new BigDecimal(tolerance)) <= 0,
        what + ": expected " + expected + " ± " + tolerance + ", got " + actual);
  }

  @Test
  void turnover2024Is27Point8BillionUpAlmost3PercentWith2Point2BillionToGo() {
    Row y2024 = gold("gold_bilateral_turnover", "year = 2024");

    assertNear("27.8", y2024.<BigDecimal>getAs("turnover_usd").divide(BILLION), "0.05", "2024 turnover, bn");
    BigDecimal growth = y2024.getAs("yoy_growth_pct");
    assertTrue(growth.compareTo(new BigDecimal("2.5")) >= 0 && growth.compareTo(new BigDecimal("3.5")) <= 0,
        "2024 growth " + growth);
    assertNear("2.2", y2024.<BigDecimal>getAs("gap_to_target_usd").divide(BILLION), "0.05", "gap, bn");
    assertEquals(new BigDecimal("30000000000.00"), y2024.getAs("target_usd"));
    assertEquals("REPORTER", y2024.getAs("value_source"));
  }

  @Test
  void agroFoodTurnover2024Is3Point8BillionUp4Point5Percent() {
    Row y2024 = gold("gold_agro_contribution", "year = 2024");

    assertNear("3.8", y2024.<BigDecimal>getAs("agro_turnover_usd").divide(BILLION), "0.05", "agro 2024, bn");
    assertNear("4.5", y2024.getAs("agro_yoy_growth_pct"), "0.1", "agro growth 2024, %");
  }

  @Test
  void easternAxisCarried2Point4MillionTonnesIn2023() {
    Row eastern = gold("gold_corridor_freight", "year = 2023 AND axis = 'EASTERN'");

    assertNear("2.4", eastern.<BigDecimal>getAs("gross_tonnes").divide(MILLION), "0.05", "Eastern 2023, Mt");
    assertEquals(3, SampleRun.table(warehouse, "gold_corridor_freight").filter("year = 2023").count(),
        "three axes; freight off the corridor is not an axis");
  }

  @Test
  void there_are171JointProjectsWithAbout45400Jobs() {
    Row totals = SampleRun.table(warehouse, "gold_joint_projects")
        .agg(sum("projects").as("projects"), sum("jobs").as("jobs")).first();

    assertEquals(171L, totals.<Long>getAs("projects"));
    assertTrue(Math.abs(totals.<Long>getAs("jobs") - 45_400) <= 100, "jobs " + totals.getAs("jobs"));
  }

  @Test
  void atTheLastThreeYearsPaceTheTargetIsReachedInTheFirstYearTheCompoundedTurnoverGetsThere() {
    Map<Integer, BigDecimal> turnover = new java.util.TreeMap<>();
    Map<Integer, Integer> projected = new java.util.TreeMap<>();
    for (Row year : SampleRun.table(warehouse, "gold_bilateral_turnover").collectAsList()) {
      turnover.put(year.getAs("year"), year.getAs("turnover_usd"));
      projected.put(year.getAs("year"), year.getAs("projected_target_year"));
    }
    BigDecimal target = new BigDecimal("30000000000");
    for (Map.Entry<Integer, BigDecimal> year : turnover.entrySet()) {
      BigDecimal back = turnover.get(year.getKey() - 3);
      Integer expected = null;
      if (back != null && year.getValue().compareTo(back) > 0) {
        // Compounded year by year with the cube root of the three years' ratio, until at or above the target.
        double yearly = Math.cbrt(year.getValue().doubleValue() / back.doubleValue());
        double value = year.getValue().doubleValue();
        int reached = year.getKey();
        for (; value < target.doubleValue() * (1 - 1e-12); reached++) {
          value *= yearly;
        }
        expected = reached;
      }
      assertEquals(expected, projected.get(year.getKey()), "projected_target_year of " + year.getKey());
    }
    // The sample's six years (2019-2024) give three years with a turnover three years before.
    assertEquals(3, projected.values().stream().filter(java.util.Objects::nonNull).count(), projected.toString());
  }

  @Test
  void theSampleExercisesMirrorAndMixedYears() {
    assertEquals("MIXED", gold("gold_bilateral_turnover", "year = 2019").getAs("value_source"));
    assertEquals("MIRROR", gold("gold_bilateral_turnover", "year = 2020").getAs("value_source"));
  }

  @Test
  void sectorAndAgroTablesAddUpToTheTurnoverTable() {
    for (Row year : SampleRun.table(warehouse, "gold_bilateral_turnover").collectAsList()) {
      int y = year.getAs("year");
      BigDecimal sectors = SampleRun.table(warehouse, "gold_trade_by_sector").filter(col("year").equalTo(y))
          .agg(sum("turnover_usd")).first().getDecimal(0);
      assertEquals(0, year.<BigDecimal>getAs("turnover_usd").compareTo(sectors), "sectors of " + y);
      Row agro = gold("gold_agro_contribution", "year = " + y);
      assertEquals(year.<BigDecimal>getAs("turnover_usd"), agro.getAs("total_turnover_usd"));
      Row agroSector = gold("gold_trade_by_sector", "year = " + y + " AND sector = 'agro_food'");
      assertEquals(agroSector.<BigDecimal>getAs("turnover_usd"), agro.getAs("agro_turnover_usd"));
    }
  }

  @Test
  void theMirrorTablesHomeSideEqualsTheTurnoverWhereHomesDeclarationsCount() {
    int years = 0;
    for (Row year : SampleRun.table(warehouse, "gold_bilateral_turnover").filter("value_source = 'REPORTER'")
        .collectAsList()) {
      int y = year.getAs("year");
      for (String[] flow : new String[][] {{"EXPORT", "exports_usd"}, {"IMPORT", "imports_usd"}}) {
        BigDecimal declared = SampleRun.table(warehouse, "gold_mirror_discrepancy")
            .filter(col("year").equalTo(y).and(col("direction").equalTo(flow[0])))
            .agg(sum("home_declared_usd")).first().getDecimal(0);
        assertEquals(0, year.<BigDecimal>getAs(flow[1]).compareTo(declared), flow[0] + " of " + y);
      }
      years++;
    }
    assertEquals(4, years, "2021-2024 are the home country's own");
  }

  @Test
  void eachSectorsVolumePriceAndInteractionAddUpToItsChangeOverTheLinesWeighedInBothYears() {
    // The covered lines worked out again from silver, in SQL: the side whose declarations count (home where
    // it declares the year and direction), HS6 codes whose every row has a weight, in both years.
    String silver = "delta.`" + warehouse.resolve("silver_trade_flows") + "`";
    List<Row> expected = TestSpark.session().sql("""
        WITH side AS (
          SELECT year, direction, CASE WHEN max(reporter_iso3 = 'KAZ') THEN 'KAZ' ELSE 'RUS' END AS chosen
          FROM %1$s GROUP BY year, direction),
        line AS (
          SELECT t.year, t.direction, hs_code, sector, sum(value_usd) AS v,
                 CASE WHEN count(net_weight_kg) = count(*) AND sum(net_weight_kg) > 0 THEN sum(net_weight_kg) END AS q
          FROM %1$s t JOIN side s ON t.year = s.year AND t.direction = s.direction AND t.reporter_iso3 = s.chosen
          WHERE length(hs_code) = 6 GROUP BY t.year, t.direction, hs_code, sector)
        SELECT b.year, b.sector, sum(b.v) - sum(a.v) AS change, count(*) AS lines
        FROM line b JOIN line a ON a.year = b.year - 1 AND a.direction = b.direction AND a.hs_code = b.hs_code
        WHERE a.q IS NOT NULL AND b.q IS NOT NULL
        GROUP BY b.year, b.sector""".formatted(silver)).collectAsList();
    assertTrue(expected.size() > 40, "years and sectors with covered lines: " + expected.size());
    for (Row sector : expected) {
      Row gold = gold("gold_price_volume", "year = " + sector.getInt(0) + " AND sector = '" + sector.getString(1) + "'");
      BigDecimal change = gold.getAs("value_change_usd");
      assertEquals(0, sector.getDecimal(2).compareTo(change), "change of " + sector);
      assertEquals(change, gold.<BigDecimal>getAs("volume_effect_usd").add(gold.getAs("price_effect_usd"))
          .add(gold.getAs("interaction_usd")), "the parts of " + sector);
    }
    // The sample's prices drift by sector (the generator's plan), so both effects are there to find.
    Row metals = gold("gold_price_volume", "year = 2024 AND sector = 'metals'");
    assertTrue(metals.<BigDecimal>getAs("price_index").compareTo(new BigDecimal("100")) != 0, metals.toString());
  }

  @Test
  void everyPlantedQualityFlagIsFoundAndNothingElse() {
    Map<String, Integer> found = new java.util.TreeMap<>();
    SampleRun.table(warehouse, "quality_flags").groupBy("flag").count().collectAsList()
        .forEach(r -> found.put(r.getString(0), (int) r.getLong(1)));
    assertEquals(Planted.flags(2019), found);
    assertEquals(List.of(Planted.MIRROR_GAP_SECTOR), SampleRun.table(warehouse, "quality_flags")
        .filter("flag = 'MIRROR_GAP'").select("sector").distinct().collectAsList().stream().map(r -> r.getString(0))
        .toList());
    Row below = gold("quality_flags", "flag = 'DETAIL_BELOW_TOTAL'");
    assertEquals(Planted.DETAIL_BELOW_TOTAL_YEAR, below.<Integer>getAs("year"));
    assertEquals("RUS", below.getAs("reporter_iso3"));
    Row outlier = gold("quality_flags", "flag = 'UNIT_VALUE_OUTLIER'");
    assertEquals(Planted.OUTLIER_YEAR, outlier.<Integer>getAs("year"));
    assertTrue(outlier.<String>getAs("source_file").startsWith("customs/KAZ/"), outlier.toString());
    assertEquals(Planted.ESTIMATED_ROWS, SampleRun.table(warehouse, "quality_flags")
        .filter("flag = 'ESTIMATED' AND year = 2024 AND reporter_iso3 = 'KAZ' AND line_number IS NOT NULL").count());
    assertTrue(run.out.contains("Quality flags (quality_flags; they change no figure): 1 DETAIL_BELOW_TOTAL, "
        + "3 ESTIMATED, 9 MIRROR_GAP, 1 UNIT_VALUE_OUTLIER"), run.out);
  }

  @Test
  void everyTableHasTheContractsColumnsAndTypes() {
    for (Map.Entry<String, String> table : ContractSchemas.TABLES.entrySet()) {
      StructType actual = SampleRun.table(warehouse, table.getKey()).schema();
      // Column types and names only: the comments are checked below.
      StructType bare = new StructType(java.util.Arrays.stream(actual.asNullable().fields())
          .map(f -> new org.apache.spark.sql.types.StructField(f.name(), f.dataType(), true,
              org.apache.spark.sql.types.Metadata.empty())).toArray(org.apache.spark.sql.types.StructField[]::new));
      assertEquals(StructType.fromDDL(table.getValue()).toDDL(), bare.toDDL(), table.getKey());
    }
    for (String bronze : List.of("bronze_customs", "bronze_freight", "bronze_projects")) {
      StructType schema = SampleRun.table(warehouse, bronze).schema();
      for (String column : List.of("source_file", "line_number", "ingested_at", "run_id", "_corrupt_record")) {
        assertNotNull(schema.getFieldIndex(column).getOrElse(() -> null), bronze + "." + column);
      }
    }
    assertEquals("string", SampleRun.table(warehouse, "bronze_customs").schema().apply("cmdCode").dataType().typeName());
    assertEquals(1, SampleRun.table(warehouse, "bronze_customs")
        .filter("cmdCode = '010121' OR cmdCode LIKE '0%'").limit(1).count(), "HS codes keep their leading zero");
  }

  @Test
  void theQuarantineHoldsTheBadRowsTheGeneratorPlantedEachWithItsReason() {
    Map<String, Map<String, Integer>> quarantined = new java.util.TreeMap<>();
    for (Row row : SampleRun.table(warehouse, "quarantine").groupBy("source", "reason").count().collectAsList()) {
      quarantined.computeIfAbsent(row.getString(0), s -> new java.util.TreeMap<>())
          .put(row.getString(1), (int) row.getLong(2));
    }

    assertEquals(new java.util.TreeMap<>(Planted.QUARANTINED), quarantined);
  }

  @Test
  void everyColumnOfSilverGoldQuarantineAndRunLogSaysWhatItHoldsAndGoldSaysWhatItWasComputedFor() {
    for (String table : ContractSchemas.TABLES.keySet()) {
      String target = "delta.`" + warehouse.resolve(table) + "`";
      for (Row column : TestSpark.session().sql("DESCRIBE TABLE " + target).collectAsList()) {
        String name = column.getString(0);
        if (name.isEmpty() || name.startsWith("#")) {
          break; // the partitioning section after the columns
        }
        assertTrue(column.getString(2) != null && column.getString(2).length() > 10, table + "." + name + ": "
            + column.getString(2));
      }
      Row detail = TestSpark.session().sql("DESCRIBE DETAIL " + target).first();
      assertTrue(String.valueOf(detail.<String>getAs("description")).length() > 20, table + " has a description");
      Map<String, String> properties = detail.getJavaMap(detail.fieldIndex("properties"));
      if (table.startsWith("gold_")) {
        assertEquals("KAZ", properties.get("trade.home"), table);
        assertEquals("RUS", properties.get("trade.partner"), table);
        assertEquals("30000000000", properties.get("target.turnoverUsd"), table);
        assertEquals("auto", properties.get("customs.commodityLevel"), table);
        assertNotNull(properties.get("trade.jobVersion"), table);
      } else {
        assertEquals(null, properties.get("trade.home"), table + " is computed for no pair of its own");
      }
    }
  }

  @Test
  void everyInputRowIsAccountedForInRunLog() {
    List<Row> stages = SampleRun.table(warehouse, "run_log").filter("run_id = '" + SharedSampleRun.RUN_ID + "'").orderBy("started_at")
        .collectAsList();

    // The sources of a stage run at once; the stages run one after another.
    assertEquals(List.of("ingest", "ingest", "ingest", "conform", "conform", "conform", "aggregate"),
        stages.stream().map(r -> r.<String>getAs("stage").split(":")[0]).toList());
    assertEquals(java.util.Set.of("ingest:customs", "ingest:freight", "ingest:projects", "conform:customs",
        "conform:freight", "conform:projects", "aggregate"),
        stages.stream().map(r -> r.<String>getAs("stage")).collect(java.util.stream.Collectors.toSet()));
    for (Row stage : stages) {
      assertEquals("SUCCEEDED", stage.getAs("status"), stage.toString());
      if (!stage.<String>getAs("stage").equals("aggregate")) {
        long read = stage.getAs("rows_read");
        assertEquals(read, stage.<Long>getAs("rows_written") + stage.<Long>getAs("rows_quarantined")
            + stage.<Long>getAs("rows_ignored"), stage.toString());
      }
    }
    // The quarantine table holds exactly the rows conform counted as quarantined.
    long quarantined = stages.stream().filter(r -> r.<String>getAs("stage").startsWith("conform"))
        .mapToLong(r -> r.<Long>getAs("rows_quarantined")).sum();
    assertEquals(quarantined, SampleRun.table(warehouse, "quarantine").count());
    // Ingest read every line of the sample: what bronze holds.
    assertEquals(stages.stream().filter(r -> r.getAs("stage").equals("ingest:customs")).findFirst().orElseThrow()
        .<Long>getAs("rows_read"), SampleRun.table(warehouse, "bronze_customs").count());
  }

  @Test
  void theRunPrintsProgressAndASummary() {
    assertTrue(run.out.contains("[conform:customs]"), run.out);
    assertTrue(run.out.contains("Trade turnover KAZ-RUS, USD billion (target 30.00 bn)"), run.out);
    assertTrue(run.out.contains("Joint projects: 171"), run.out);
  }

  @Test
  void theRunWritesTheReportWithTheGoldFiguresAndWhatEachSourceKept() throws java.io.IOException {
    String html = java.nio.file.Files.readString(report.resolve("index.html"));
    assertTrue(run.out.contains("[report] written to " + report.resolve("index.html").toUri().toString()
        .replace("file:///", "file:/")), run.out);

    List<List<String>> turnover = ReportTables.rows(html, "table-turnover");
    List<Row> gold = SampleRun.table(warehouse, "gold_bilateral_turnover").orderBy("year").collectAsList();
    assertEquals(gold.size(), turnover.size());
    for (int i = 0; i < gold.size(); i++) {
      Row year = gold.get(i);
      assertEquals(List.of(String.valueOf(year.<Integer>getAs("year")), bn(year.getAs("exports_usd")),
          bn(year.getAs("imports_usd")), bn(year.getAs("turnover_usd")), pct(year.getAs("yoy_growth_pct")),
          pct(year.getAs("target_progress_pct")), bn(year.getAs("gap_to_target_usd")), "n/a",
          year.getAs("projected_target_year") == null ? "n/a" : String.valueOf(year.<Integer>getAs("projected_target_year")),
          year.<String>getAs("value_source")), turnover.get(i));
    }
    // Each source's row counts are those of its files, and the planted bad rows are what it quarantined.
    for (List<String> source : ReportTables.rows(html, "table-quality")) {
      String name = source.get(0).substring("conform:".length());
      assertEquals(SharedSampleRun.RUN_ID, source.get(1));
      assertEquals(String.valueOf(SampleFacts.records(name)), source.get(2), source.toString());
      assertEquals(String.valueOf(Planted.rows(name)), source.get(4), source.toString());
    }
    assertEquals(3, ReportTables.rows(html, "table-quality").size());
    long projects = ReportTables.rows(html, "table-projects").stream().mapToLong(r -> Long.parseLong(r.get(1))).sum();
    assertEquals(SampleRun.table(warehouse, "silver_projects").count(), projects);
  }

  private static String bn(BigDecimal usd) {
    return usd == null ? "n/a" : usd.divide(BILLION, 2, java.math.RoundingMode.HALF_UP).toPlainString();
  }

  private static String pct(BigDecimal percent) {
    return percent == null ? "n/a" : percent.toPlainString();
  }
}
