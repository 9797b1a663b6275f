package org.tradecorridor.cli;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tradecorridor.DatasetAssertions.assertSameRows;

import io.delta.tables.DeltaTable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradecorridor.TestSpark;
import org.tradecorridor.generate.Planted;
import org.tradecorridor.tables.Tables;

/**
 * Reruns leave the same tables, a run for some years changes only those years, a duplicate is kept
 * once whatever the number of runs, and a failed quality gate leaves gold where it was. One first run
 * writes a warehouse; each test that runs the job again works on a copy of it, so the tests run in any
 * order.
 */
class RerunAndGateTest {
  /** Columns that differ between runs by design. */
  private static final List<String> RUN_COLUMNS = List.of("run_id", "ingested_at", "detected_at");
  private static final List<String> TABLES = Tables.ALL.stream().filter(t -> !t.equals(Tables.RUN_LOG)).toList();
  private static final List<String> YEAR_TABLES = List.of(Tables.SILVER_TRADE_FLOWS, Tables.SILVER_FREIGHT,
      Tables.GOLD_BILATERAL_TURNOVER, Tables.GOLD_TRADE_BY_SECTOR, Tables.GOLD_AGRO_CONTRIBUTION,
      Tables.GOLD_CORRIDOR_FREIGHT, Tables.GOLD_CORRIDOR_SECTOR, Tables.GOLD_MIRROR_DISCREPANCY,
      Tables.GOLD_PRICE_VOLUME, Tables.QUALITY_FLAGS);

  @TempDir
  static Path firstRun;

  /** This test's warehouse: a copy of the first run's. */
  Path warehouse;

  /** Each table's version after the first run. */
  static final Map<String, Long> FIRST_RUN = new HashMap<>();

  @BeforeAll
  static void firstRun() {
    // The first run is the shared sample run, copied.
    SharedSampleRun.copy(firstRun);
    TABLES.forEach(t -> FIRST_RUN.put(t, DeltaTable.forPath(TestSpark.session(), firstRun.resolve(t).toString())
        .history(1).first().<Long>getAs("version")));
  }

  @BeforeEach
  void copyTheFirstRun(@TempDir Path copy) throws IOException {
    warehouse = copy.resolve("warehouse");
    SampleRun.copyWarehouse(firstRun, warehouse);
  }

  private SampleRun run(String... extra) {
    String[] args = new String[extra.length + 5];
    System.arraycopy(new String[] {"run", "--input", SampleRun.SAMPLE_DATA.toString(), "--warehouse",
        warehouse.toString()}, 0, args, 0, 5);
    System.arraycopy(extra, 0, args, 5, extra.length);
    SampleRun run = SampleRun.main(args);
    return run;
  }

  private long version(String table) {
    return DeltaTable.forPath(TestSpark.session(), warehouse.resolve(table).toString()).history(1).first()
        .<Long>getAs("version");
  }

  private Dataset<Row> at(String table, long version) {
    return TestSpark.session().read().format("delta").option("versionAsOf", version)
        .load(warehouse.resolve(table).toString());
  }

  /** A table without the columns a run sets, its map columns as JSON text (rows are compared by value). */
  private static Dataset<Row> withoutRunColumns(Dataset<Row> rows) {
    Dataset<Row> without = rows.drop(RUN_COLUMNS.toArray(String[]::new));
    for (org.apache.spark.sql.types.StructField field : without.schema().fields()) {
      if (field.dataType() instanceof org.apache.spark.sql.types.MapType) {
        without = without.withColumn(field.name(), org.apache.spark.sql.functions.to_json(without.col(field.name())));
      }
    }
    return without;
  }

  @Test
  void theSameRunTwiceGivesTheSameContentInEveryTable() {
    SampleRun second = run("--run-id", "second");
    assertEquals(0, second.exitCode, second::toString);

    for (String table : TABLES) {
      assertTrue(version(table) > FIRST_RUN.get(table), table + " was written again");
      assertSameRows(withoutRunColumns(at(table, FIRST_RUN.get(table))),
          withoutRunColumns(SampleRun.table(warehouse, table)));
      assertEquals(0, SampleRun.table(warehouse, table).filter("run_id <> 'second'").count(),
          table + ": every row is the second run's");
    }
  }

  @Test
  void aDuplicateRecordIsKeptOnceHoweverManyRunsSeeIt() {
    // The corrections file repeats the first annual KAZ export of 2024 (see the generator).
    Row duplicate = SampleRun.table(warehouse, "quarantine")
        .filter("reason = 'DUPLICATE' AND source = 'customs'").first();
    assertTrue(duplicate.<String>getAs("source_file").endsWith("customs/corrections/KAZ_2024_corrections.csv"));
    String hsCode = duplicate.<String>getAs("record").split(",")[6];

    assertEquals(1, SampleRun.table(warehouse, "silver_trade_flows")
        .filter(col("year").equalTo(2024).and(col("reporter_iso3").equalTo("KAZ")).and(col("flow").equalTo("X"))
            .and(col("hs_code").equalTo(hsCode)).and(col("month").isNull())).count());
    assertEquals(1, SampleRun.table(warehouse, "quarantine").filter("reason = 'DUPLICATE' AND source = 'customs'").count());
  }

  @Test
  void aRunForOneYearChangesOnlyThatYear() {
    Map<String, Long> before = new HashMap<>();
    YEAR_TABLES.forEach(t -> before.put(t, version(t)));

    SampleRun year2023 = run("--run-id", "only-2023", "--years", "2023");
    assertEquals(0, year2023.exitCode, year2023::toString);
    assertTrue(year2023.out.contains("years 2023"), year2023.out);

    Column is2023 = col("year").equalTo(2023);
    for (String table : YEAR_TABLES) {
      Dataset<Row> previous = at(table, before.get(table));
      Dataset<Row> now = SampleRun.table(warehouse, table);
      assertSameRows(previous.filter(functionsNot(is2023)), now.filter(functionsNot(is2023)));
      assertEquals(0, now.filter(functionsNot(is2023)).filter("run_id = 'only-2023'").count(), table);
      assertSameRows(withoutRunColumns(previous.filter(is2023)), withoutRunColumns(now.filter(is2023)));
      assertTrue(now.filter(is2023).count() > 0 && now.filter(is2023).filter("run_id <> 'only-2023'").count() == 0,
          table + ": 2023 was rewritten by the 2023 run");

      Row commit = DeltaTable.forPath(TestSpark.session(), warehouse.resolve(table).toString()).history(1).first();
      String predicate = String.valueOf(commit.getJavaMap(commit.fieldIndex("operationParameters")).get("predicate"));
      assertTrue(predicate.contains("2023") && !predicate.contains("2022") && !predicate.contains("2024"),
          table + " replaced " + predicate);
    }
    // Bronze rows of other years were left as they were.
    assertEquals(0, SampleRun.table(warehouse, "bronze_customs").filter("trim(refYear) <> '2023'")
        .filter("run_id = 'only-2023'").count());
    assertTrue(SampleRun.table(warehouse, "bronze_customs").filter("trim(refYear) = '2023'")
        .filter("run_id = 'only-2023'").count() > 0);
  }

  @Test
  void aFailedQualityGateStopsWithExit3BeforeGoldAndSaysWhy() {
    Map<String, Long> gold = new HashMap<>();
    Tables.GOLD.forEach(t -> gold.put(t, version(t)));
    long silver = version(Tables.SILVER_TRADE_FLOWS);

    SampleRun strict = run("--run-id", "strict", "--conf", "quality.maxQuarantineRatio=0.0001");

    assertEquals(3, strict.exitCode, strict::toString);
    String line = strict.err.lines().findFirst().orElse("");
    Row customs = SampleRun.table(warehouse, "run_log").filter("run_id = 'strict' AND stage = 'conform:customs'").first();
    long counted = customs.<Long>getAs("rows_read") - customs.<Long>getAs("rows_ignored");
    assertTrue(line.startsWith("trade-corridor: quality gate failed, gold not written: customs quarantined "
        + Planted.rows("customs") + " of " + counted + " counted rows ("
        + String.format(Locale.ROOT, "%.2f", 100.0 * Planted.rows("customs") / counted)
        + " %, max 0.01 %); top reasons: "), line);
    // Every freight and project record is counted: none of them is ignored by a rule.
    assertTrue(line.contains("; freight quarantined " + Planted.rows("freight") + " of " + SampleFacts.records("freight"))
        && line.contains("; projects quarantined " + Planted.rows("projects") + " of " + SampleFacts.records("projects")),
        line);
    Tables.GOLD.forEach(t -> assertEquals(gold.get(t), version(t), t + " stays at its version"));
    assertEquals(silver, version(Tables.SILVER_TRADE_FLOWS), "silver of a failing source is not written either");
    assertEquals(3, SampleRun.table(warehouse, "run_log").filter("run_id = 'strict' AND status = 'FAILED'").count());
  }

  private static Column functionsNot(Column condition) {
    return org.apache.spark.sql.functions.not(condition);
  }
}
