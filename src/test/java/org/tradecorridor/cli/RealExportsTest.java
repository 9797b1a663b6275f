package org.tradecorridor.cli;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradecorridor.tables.Tables;

/**
 * UN Comtrade+ files in the layouts users get them (src/test/resources/real-layouts, written byte for byte
 * as published): a website download, API pulls saved as CSV with and without descriptions, a TOTAL-only
 * pull and the API's JSON response, each through the whole job with the default settings.
 */
class RealExportsTest {
  static final Path LAYOUTS = SampleRun.SAMPLE_DATA.getParent().resolve("src/test/resources/real-layouts");

  @TempDir
  Path work;

  /** An input folder holding these customs files and the one-shipment freight file. */
  private Path input(String name, String... customsFiles) throws IOException {
    Path input = work.resolve(name);
    Files.createDirectories(input.resolve("customs"));
    Files.createDirectories(input.resolve("freight"));
    for (String file : customsFiles) {
      Files.copy(LAYOUTS.resolve("customs").resolve(file), input.resolve("customs").resolve(file));
    }
    Files.copy(LAYOUTS.resolve("freight/shipments.csv"), input.resolve("freight/shipments.csv"));
    return input;
  }

  private SampleRun run(Path input, String warehouse) {
    SampleRun run = SampleRun.main("run", "--input", input.toString(), "--warehouse",
        work.resolve(warehouse).toString(), "--run-id", warehouse);
    assertEquals(0, run.exitCode, run::toString);
    return run;
  }

  private Row gold(String warehouse, String table, String condition) {
    List<Row> rows = SampleRun.table(work.resolve(warehouse), table).filter(condition).collectAsList();
    assertEquals(1, rows.size(), table + " where " + condition);
    return rows.get(0);
  }

  private Row conformed(String warehouse, String source) {
    return SampleRun.table(work.resolve(warehouse), Tables.RUN_LOG)
        .filter(col("stage").equalTo("conform:" + source)).first();
  }

  @Test
  void aWebsiteDownloadOfImportsFromAllPartnersAtHs4CountsTheImportsAndKnowsNothingOfExports() throws IOException {
    SampleRun run = run(input("website", "TradeData_KAZ_M_2023_HS4.csv"), "website");

    assertTrue(run.out.contains("TradeData_KAZ_M_2023_HS4.csv is not UTF-8: read as windows-1252"), run.out);
    assertEquals(0, SampleRun.table(work.resolve("website"), Tables.QUARANTINE).count(), "no quarantine row at all");
    Row customs = conformed("website", "customs");
    assertEquals(20L, customs.<Long>getAs("rows_read"));
    assertEquals(4L, customs.<Long>getAs("rows_written"), "the four rows with the Russian Federation");
    assertEquals(16L, customs.<Long>getAs("rows_ignored"), "World, areas, bunkers and other countries");

    Row y2023 = gold("website", Tables.GOLD_BILATERAL_TURNOVER, "year = 2023");
    // 1,234,567.89 + 2,000,000.00 + 3,500,000.50 + 1,000,000.00 from the file
    assertEquals(new BigDecimal("7734568.39"), y2023.getAs("imports_usd"));
    assertNull(y2023.getAs("exports_usd"), "nobody reports KAZ's exports: unknown, not 0");
    assertNull(y2023.getAs("turnover_usd"));
    assertNull(y2023.getAs("balance_usd"));
    assertNull(y2023.getAs("target_progress_pct"));
    assertEquals("INCOMPLETE", y2023.getAs("value_source"));
    assertTrue(run.out.lines().anyMatch(l -> l.startsWith("2023 ") && l.contains("n/a") && l.endsWith("INCOMPLETE")),
        run.out);

    Row agroSector = gold("website", Tables.GOLD_TRADE_BY_SECTOR, "year = 2023 AND sector = 'agro_food'");
    assertEquals(new BigDecimal("1234567.89"), agroSector.getAs("imports_usd"));
    assertNull(agroSector.getAs("exports_usd"));
    assertNull(gold("website", Tables.GOLD_AGRO_CONTRIBUTION, "year = 2023").getAs("agro_turnover_usd"));

    // The descriptions are text: Windows-1252 read as Windows-1252.
    assertEquals(3, SampleRun.table(work.resolve("website"), Tables.BRONZE_CUSTOMS)
        .filter("extra['partnerDesc'] IN ('Türkiye', 'Côte d''Ivoire', 'Curaçao')").count());
  }

  @Test
  void runsForOtherPairsAddTheirRowsBesideTheFirstPairsAndAPatternCoversEveryPartner() throws IOException {
    Path input = input("pairs", "TradeData_KAZ_M_2023_HS4.csv");
    run(input, "pairs");
    List<String> kazRus = pairRows("pairs", "KAZ", "RUS");
    // KAZ-CHN into the same warehouse, same year: KAZ-RUS's rows stay the first run's, in every table.
    SampleRun chn = SampleRun.main("run", "--input", input.toString(), "--warehouse", work.resolve("pairs").toString(),
        "--run-id", "chn", "--conf", "trade.partner=CHN");
    assertEquals(0, chn.exitCode, chn::toString);
    assertEquals(kazRus, pairRows("pairs", "KAZ", "RUS"));
    // The file's one import from China (HS4 8517, 880,000.00) is KAZ-CHN's, seen from KAZ.
    Row kazChn = gold("pairs", Tables.GOLD_BILATERAL_TURNOVER, "home = 'KAZ' AND partner = 'CHN'");
    assertEquals("chn", kazChn.getAs("run_id"));
    assertEquals(new BigDecimal("880000.00"), kazChn.getAs("imports_usd"));
    assertNull(kazChn.getAs("target_usd"), "KAZ-CHN has no target in targets.csv");
    assertEquals(1L, conformed("pairs", "customs").<Long>getAs("rows_written"));

    // KAZ-* in a warehouse of its own: every country partner once, KAZ-RUS's figures as its own run's.
    SampleRun every = SampleRun.main("run", "--input", input.toString(), "--warehouse",
        work.resolve("every").toString(), "--run-id", "pairs", "--conf", "trade.pairs=KAZ-*");
    assertEquals(0, every.exitCode, every::toString);
    assertEquals(kazRus, pairRows("every", "KAZ", "RUS"));
    assertEquals(List.of("KAZ-CHN", "KAZ-CIV", "KAZ-CUW", "KAZ-RUS", "KAZ-TUR"),
        SampleRun.table(work.resolve("every"), Tables.GOLD_BILATERAL_TURNOVER).collectAsList().stream()
            .map(r -> r.getAs("home") + "-" + r.getAs("partner")).sorted().toList());
    assertTrue(every.out.contains("Largest pairs of 2023 by turnover"), every.out);
    Row kazCustoms = conformed("every", "customs");
    assertEquals(List.of(20L, 8L, 12L), List.of(kazCustoms.<Long>getAs("rows_read"),
        kazCustoms.<Long>getAs("rows_written"), kazCustoms.<Long>getAs("rows_ignored")),
        "World, areas and bunkers are never a pair: " + kazCustoms);
  }

  /** A pair's rows of silver, the trade gold tables, quarantine and quality_flags, with their run ids. */
  private List<String> pairRows(String warehouse, String home, String partner) {
    List<String> rows = new java.util.ArrayList<>();
    for (String table : List.of(Tables.SILVER_TRADE_FLOWS, Tables.GOLD_BILATERAL_TURNOVER, Tables.GOLD_TRADE_BY_SECTOR,
        Tables.GOLD_AGRO_CONTRIBUTION, Tables.GOLD_MIRROR_DISCREPANCY, Tables.GOLD_PRICE_VOLUME, Tables.QUARANTINE,
        Tables.QUALITY_FLAGS)) {
      SampleRun.table(work.resolve(warehouse), table).filter(col("home").equalTo(home).and(col("partner").equalTo(partner)))
          .drop("detected_at").collectAsList().forEach(r -> rows.add(table + " " + r));
    }
    return rows.stream().sorted().toList();
  }

  @Test
  void anApiPullWithoutDescriptionsAndTheSameRowsAsABulkFileGiveTheGoldOfThePullWithThem() throws IOException {
    run(input("described", "RUS_2022_A_described.csv"), "described");
    run(input("codes", "RUS_2022_A_codes_only.csv"), "codes");
    // The same rows as a bulk file named as the official client names it, beside an older publication of the
    // same reporter, year and classification (every value 1.0) and a note that is no customs file.
    Path bulk = input("bulk");
    Path codesOnly = LAYOUTS.resolve("customs/RUS_2022_A_codes_only.csv");
    BulkFiles.fromApiCsv(codesOnly, bulk.resolve("customs/COMTRADE-FINAL-CA6432022H6[2024-07-01].gz"), v -> v);
    BulkFiles.fromApiCsv(codesOnly, bulk.resolve("customs/COMTRADE-FINAL-CA6432022H6[2024-01-15].gz"), v -> "1.0");
    Files.writeString(bulk.resolve("customs/readme.txt"), "Downloaded from comtradeplus.un.org on 2024-07-02\n");
    SampleRun fromBulk = run(bulk, "bulk");

    for (String table : Tables.GOLD) {
      assertEquals(goldRows("described", table), goldRows("codes", table), table);
      assertEquals(goldRows("codes", table), goldRows("bulk", table), table + " of the bulk file");
    }
    assertTrue(fromBulk.out.contains("customs/COMTRADE-FINAL-CA6432022H6[2024-01-15].gz: superseded by "
        + "customs/COMTRADE-FINAL-CA6432022H6[2024-07-01].gz"), fromBulk.out);
    assertTrue(fromBulk.out.contains("customs/readme.txt: its first line names none of the customs columns; skipped"),
        fromBulk.out);
    // The older publication's 14 rows are read into bronze and ignored, whatever they hold.
    Row bulkCustoms = conformed("bulk", "customs");
    assertEquals(List.of(28L, 5L, 0L), List.of(bulkCustoms.<Long>getAs("rows_read"),
        bulkCustoms.<Long>getAs("rows_written"), bulkCustoms.<Long>getAs("rows_quarantined")), bulkCustoms.toString());
    assertTrue(bulkCustoms.<String>getAs("message").contains("superseded publication 14"), bulkCustoms.toString());
    // RUS alone reports 2022: both of home's flows are RUS's mirror flows, at HS6 (chapters and TOTAL
    // in the same pull are aggregates).
    Row y2022 = gold("codes", Tables.GOLD_BILATERAL_TURNOVER, "year = 2022");
    assertEquals(new BigDecimal("75000000.75"), y2022.getAs("exports_usd"), "RUS's imports from KAZ");
    assertEquals(new BigDecimal("385000000.50"), y2022.getAs("imports_usd"), "RUS's exports to KAZ");
    assertEquals("MIRROR", y2022.getAs("value_source"));
    Row customs = conformed("codes", "customs");
    assertEquals(5L, customs.<Long>getAs("rows_written"));
    assertEquals(0L, customs.<Long>getAs("rows_quarantined"));
  }

  @Test
  void aTotalOnlyPullCountsItsTotalsInOneUnallocatedSectorAndSaysNothingOfAgro() throws IOException {
    SampleRun run = run(input("totals", "KAZ_TOTAL_2021_2022.csv"), "totals");

    Row y2021 = gold("totals", Tables.GOLD_BILATERAL_TURNOVER, "year = 2021");
    Row y2022 = gold("totals", Tables.GOLD_BILATERAL_TURNOVER, "year = 2022");
    assertEquals(new BigDecimal("24000000000.00"), y2021.getAs("turnover_usd"), "8.0 + 16.0 bn");
    assertEquals(new BigDecimal("26000000000.00"), y2022.getAs("turnover_usd"), "8.6 + 17.4 bn");
    assertEquals(new BigDecimal("8.33"), y2022.getAs("yoy_growth_pct"));
    assertEquals("REPORTER", y2022.getAs("value_source"));

    List<Row> sectors = SampleRun.table(work.resolve("totals"), Tables.GOLD_TRADE_BY_SECTOR).collectAsList();
    assertEquals(2, sectors.size(), "one sector a year");
    sectors.forEach(r -> assertEquals("unallocated", r.getAs("sector")));
    assertEquals(new BigDecimal("100.00"), sectors.get(0).getAs("share_of_turnover_pct"));

    Row agro = gold("totals", Tables.GOLD_AGRO_CONTRIBUTION, "year = 2022");
    for (String unknown : List.of("agro_exports_usd", "agro_imports_usd", "agro_turnover_usd", "agro_yoy_growth_pct",
        "agro_share_pct", "agro_contribution_pp")) {
      assertNull(agro.getAs(unknown), unknown + ": nothing is known about agro in a TOTAL-only year");
    }
    assertEquals(new BigDecimal("26000000000.00"), agro.getAs("total_turnover_usd"));
    assertTrue(run.out.lines().anyMatch(l -> l.startsWith("2022 ") && l.contains("n/a") && !l.contains("INCOMPLETE")),
        run.out);
  }

  @Test
  void anApiJsonResponseIsReadAsItComesRecordByRecord() throws IOException {
    run(input("json", "comtrade_KAZ_2024_A.json"), "json");

    Map<Long, String> lines = new TreeMap<>();
    for (Row row : SampleRun.table(work.resolve("json"), Tables.BRONZE_CUSTOMS).collectAsList()) {
      lines.put(row.getAs("line_number"), row.getAs("cmdCode") + " " + row.getAs("partnerISO") + " "
          + row.getAs("isReported") + " " + row.getAs("primaryValue") + " " + row.getAs("netWgt"));
    }
    // Each element of data is a record, its position its line; numbers keep their digits, null is empty.
    assertEquals(Map.of(1L, "010121 RUS true 15000000.5 3000.0", 2L, "270112 RUS true 250000000.0 2500000000.0",
        3L, "720851 RUS true 120000000.0 ", 4L, "TOTAL RUS true 385000000.5 ",
        5L, "TOTAL W00 true 79000000000.0 ", 6L, "2710 X1  true 150000.0 ",
        7L, "842911 RUS false 30000000.0 800000.0", 8L, "TOTAL RUS true 30000000.0 "), lines);

    Row y2024 = gold("json", Tables.GOLD_BILATERAL_TURNOVER, "year = 2024");
    assertEquals(new BigDecimal("385000000.50"), y2024.getAs("exports_usd"));
    assertEquals(new BigDecimal("30000000.00"), y2024.getAs("imports_usd"));
    assertEquals("REPORTER", y2024.getAs("value_source"));
    assertEquals(0, SampleRun.table(work.resolve("json"), Tables.QUARANTINE).count());
  }

  private List<String> goldRows(String warehouse, String table) {
    return SampleRun.table(work.resolve(warehouse), table).drop("run_id").collectAsList().stream()
        .map(Row::toString).sorted().toList();
  }
}
