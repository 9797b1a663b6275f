package org.tradecorridor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradecorridor.tables.Tables;

/**
 * What careless operators and odd files did to the job (issue 11), each scenario run as a user would: the
 * input as a snapshot, a moved landing folder, copies across years, long quoted fields, file names that
 * look like SQL or configuration, links out of the input, a log cut short, and settings or warehouses that
 * cannot work. Every one gave wrong figures with exit 0, or a warehouse no command could repair.
 */
class SnapshotAndSafetyTest {
  private static final String FREIGHT_HEADER = "shipment_id,departure_date,origin_country,origin_node,"
      + "destination_country,destination_node,route,transport_mode,hs_code,gross_tonnes,teu";

  @TempDir
  Path work;

  /** The small base input of the bad-input corpus, copied. */
  private Path copyOfBase(String name) {
    Path input = work.resolve(name);
    try (Stream<Path> paths = Files.walk(BadInputCorpus.ROOT.resolve("base"))) {
      for (Path source : (Iterable<Path>) paths::iterator) {
        Path target = input.resolve(BadInputCorpus.ROOT.resolve("base").relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target);
        }
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return input;
  }

  private SampleRun run(Path input, Path warehouse, String... more) {
    List<String> args = new java.util.ArrayList<>(List.of("run", "--input", input.toString(), "--warehouse",
        warehouse.toString(), "--conf", "quality.maxQuarantineRatio=0.5"));
    args.addAll(List.of(more));
    return SampleRun.main(args.toArray(String[]::new));
  }

  private static SampleRun ok(SampleRun run) {
    assertEquals(0, run.exitCode, run::toString);
    return run;
  }

  private static Map<String, Long> counts(Path warehouse) {
    Map<String, Long> counts = new TreeMap<>();
    for (String table : List.of(Tables.BRONZE_CUSTOMS, Tables.BRONZE_FREIGHT, Tables.SILVER_TRADE_FLOWS,
        Tables.SILVER_FREIGHT, Tables.QUARANTINE, Tables.GOLD_BILATERAL_TURNOVER, Tables.GOLD_CORRIDOR_FREIGHT)) {
      counts.put(table, SampleRun.table(warehouse, table).count());
    }
    return counts;
  }

  @Test
  void theInputIsASnapshotWhereverItLiesAndAWithdrawnFileStopsCounting() throws IOException {
    Path landing = copyOfBase("landing");
    String header = "freqCode,refYear,refMonth,reporterISO,partnerISO,flowCode,cmdCode,primaryValue,netWgt,cmdDesc\n";
    Files.createDirectories(landing.resolve("customs/RUS"));
    Files.writeString(landing.resolve("customs/RUS/rus_2023.csv"), header
        + "A,2023,52,RUS,KAZ,M,010121,990.00,10,Horses\nA,2023,52,RUS,KAZ,X,720110,2100.00,,Pig iron\n");
    Path warehouse = work.resolve("w");
    ok(run(landing, warehouse));
    Map<String, Long> first = counts(warehouse);
    List<String> firstGold = gold(warehouse);
    assertEquals("REPORTER", turnover2023(warehouse).getAs("value_source"));

    // The landing folder moves: the same files are the same rows, not copies of them.
    Path moved = Files.move(landing, work.resolve("moved"));
    ok(run(moved, warehouse));
    assertEquals(first, counts(warehouse), "the same rows");
    assertEquals(firstGold, gold(warehouse), "the same figures");
    assertEquals(0, SampleRun.table(warehouse, Tables.BRONZE_CUSTOMS).filter("source_file LIKE 'file:%'").count(),
        "source_file is the path under --input");

    // KAZ withdraws its file: its declarations stop counting, and 2023 rests on RUS's mirror flows.
    Files.delete(moved.resolve("customs/kaz_2023.csv"));
    ok(run(moved, warehouse));
    assertEquals(0, SampleRun.table(warehouse, Tables.BRONZE_CUSTOMS).filter("source_file = 'customs/kaz_2023.csv'")
        .count());
    Row y2023 = turnover2023(warehouse);
    assertEquals("MIRROR", y2023.getAs("value_source"));
    assertEquals(new BigDecimal("990.00"), y2023.getAs("exports_usd"), "RUS's imports from KAZ");
  }

  private static Row turnover2023(Path warehouse) {
    return SampleRun.table(warehouse, Tables.GOLD_BILATERAL_TURNOVER).filter("year = 2023").first();
  }

  @Test
  void aShipmentSentInTwoYearsFilesCountsOnceWhateverYearsARunCovers() throws IOException {
    Path input = copyOfBase("copies");
    Files.createDirectories(input.resolve("freight/2024"));
    String shipment = "S9,%s,RUS,Moscow,IRN,Tehran,Moscow>Aksaraiskaya>Beyneu>Gorgan>Tehran,RAIL,1001,%s,\n";
    Files.writeString(input.resolve("freight/shipments.csv"), FREIGHT_HEADER + "\n"
        + String.format(shipment, "2023-05-01", "100.000") + String.format(shipment.replace("S9", "S8"), "2023-06-01", "5.000"));
    Files.writeString(input.resolve("freight/2024/late.csv"), FREIGHT_HEADER + "\n"
        + String.format(shipment, "2024-01-03", "100.000") + String.format(shipment.replace("S9", "S7"), "2024-02-01", "7.000"));
    Path warehouse = work.resolve("w");

    // freight/2024/late.csv sorts before freight/shipments.csv: its copy is the first, 2023's the later one.
    ok(run(input, warehouse));
    assertEquals(Map.of(2023, "5.000", 2024, "107.000"), easternTonnes(warehouse));
    ok(run(input, warehouse, "--years", "2023"));
    assertEquals(Map.of(2023, "5.000", 2024, "107.000"), easternTonnes(warehouse), "the 2023 run's copy is a DUPLICATE too");

    // The 2024 copy is withdrawn: a 2024 run finds 2023's copy the only one left, so 2023 counts it.
    Files.writeString(input.resolve("freight/2024/late.csv"), FREIGHT_HEADER + "\n"
        + String.format(shipment.replace("S9", "S7"), "2024-02-01", "7.000"));
    SampleRun withdrawn = ok(run(input, warehouse, "--years", "2024"));
    assertEquals(Map.of(2023, "105.000", 2024, "7.000"), easternTonnes(warehouse),
        "2023 was conformed again: its kept rows changed");
    assertTrue(withdrawn.out.contains("copies across years change the kept rows of [2023]"), withdrawn.out);
    Path full = work.resolve("full");
    ok(run(input, full));
    assertEquals(easternTonnes(full), easternTonnes(warehouse), "what a full run gives");
  }

  private static Map<Integer, String> easternTonnes(Path warehouse) {
    Map<Integer, String> tonnes = new TreeMap<>();
    SampleRun.table(warehouse, Tables.GOLD_CORRIDOR_FREIGHT).filter("axis = 'EASTERN'").collectAsList()
        .forEach(r -> tonnes.put(r.getAs("year"), r.<BigDecimal>getAs("gross_tonnes").toPlainString()));
    return tonnes;
  }

  @Test
  void aQuotedFieldOverManyLinesIsOneRecordNeverRowsOfItsLines() throws IOException {
    Path input = copyOfBase("long");
    StringBuilder description = new StringBuilder("Horses");
    for (int i = 0; i < 250; i++) {
      description.append("\nA,2023,52,KAZ,RUS,X,0101").append(i % 10).append("9,5.00,1,inside the quotes");
    }
    Files.writeString(input.resolve("customs/long.csv"), "freqCode,refYear,refMonth,reporterISO,partnerISO,flowCode,"
        + "cmdCode,primaryValue,netWgt,cmdDesc\nA,2023,52,KAZ,RUS,X,010129,7.00,1,\"" + description + "\"\n"
        + "A,2023,52,KAZ,RUS,X,010128,8.00,1,after\n");
    Path warehouse = work.resolve("w");

    ok(run(input, warehouse));

    assertEquals(2, SampleRun.table(warehouse, Tables.BRONZE_CUSTOMS).filter("source_file = 'customs/long.csv'").count());
    assertEquals(0, SampleRun.table(warehouse, Tables.QUARANTINE).count());
    assertEquals(List.of("010121", "010128", "010129", "720110"), SampleRun.table(warehouse, Tables.SILVER_TRADE_FLOWS)
        .orderBy("hs_code").collectAsList().stream().map(r -> r.<String>getAs("hs_code")).toList());
  }

  @Test
  void fileNamesAreTakenLiterallyAndLinksOutOfTheInputAreSkipped() throws IOException {
    Path input = copyOfBase("names");
    String rows = "freqCode,refYear,refMonth,reporterISO,partnerISO,flowCode,cmdCode,primaryValue,netWgt,cmdDesc\n";
    Files.writeString(input.resolve("customs/${spark.app.name}.csv"), rows + "A,2023,52,KAZ,RUS,X,010122,5.00,1,a\n");
    Files.writeString(input.resolve("customs/KAZ:2023 'q'.csv"), rows + "A,2023,52,KAZ,RUS,X,010123,5.00,1,b\n");
    Path secret = Files.writeString(work.resolve("secret.csv"), "password=hunter2\n");
    Files.createSymbolicLink(input.resolve("customs/linked.csv"), secret);
    Files.createSymbolicLink(input.resolve("customs/loop"), input.resolve("customs"));
    Path warehouse = work.resolve("w");

    SampleRun first = ok(run(input, warehouse));
    SampleRun again = ok(run(input, warehouse));

    assertTrue(first.out.contains("customs/linked.csv: a link to a file or folder outside --input; skipped"), first.out);
    assertFalse(first.out.contains("hunter2") || first.err.contains("hunter2"), "no content of a file outside the input");
    assertFalse(again.out.contains("trade-corridor-tests") || again.err.contains("trade-corridor-tests"),
        "no setting is substituted into a predicate, nor echoed");
    assertEquals(List.of("${spark.app.name}.csv", "KAZ:2023 'q'.csv", "kaz_2023.csv"),
        SampleRun.table(warehouse, Tables.BRONZE_CUSTOMS).select("source_file").distinct().orderBy("source_file")
            .collectAsList().stream().map(r -> r.getString(0).substring("customs/".length())).toList());
    assertEquals(4, SampleRun.table(warehouse, Tables.SILVER_TRADE_FLOWS).count(), "each file once, the loop listed once");
  }

  @Test
  void aTableWhoseLastCommitWasCutStopsTheRunNamingIt() throws IOException {
    Path input = copyOfBase("cut");
    Path warehouse = work.resolve("w");
    ok(run(input, warehouse));
    Path log = warehouse.resolve(Tables.GOLD_BILATERAL_TURNOVER).resolve("_delta_log");
    Path last;
    try (Stream<Path> commits = Files.list(log)) {
      last = commits.filter(p -> p.getFileName().toString().matches("\\d{20}\\.json")).sorted().reduce((a, b) -> b)
          .orElseThrow();
    }
    // The commit loses its last line, where it added the table's data file, and its checksums.
    List<String> lines = Files.readAllLines(last);
    Files.write(last, lines.stream().filter(l -> !l.startsWith("{\"add\"")).toList());
    Files.deleteIfExists(log.resolve(last.getFileName().toString().replace(".json", ".crc")));
    Files.deleteIfExists(log.resolve("." + last.getFileName() + ".crc"));

    SampleRun cut = run(input, warehouse, "--years", "2023");

    assertEquals(2, cut.exitCode, cut::toString);
    assertTrue(cut.err.lines().findFirst().orElse("").startsWith("trade-corridor: error: warehouse table "
        + "gold_bilateral_turnover: its last commit (version "), cut.err);
  }

  @Test
  void settingsAndWarehousesThatCannotWorkStopBeforeAnyWorkInOneLine() throws IOException {
    Path input = copyOfBase("settings");
    Path file = Files.writeString(work.resolve("a-file"), "x");

    assertStops(run(input, file), "--warehouse " + "file:" + file + " is a file, not a folder");
    assertStops(run(input, Path.of("/dev/null/warehouse")), "--warehouse file:/dev/null/warehouse: ");
    assertStops(run(input, work.resolve("w"), "--conf", "years.min=1000"),
        "years.min and years.max must lie within 1900-2200, the years the tables' constraints allow, not 1000-2100");
    assertStops(run(input, work.resolve("w"), "--years", ""), "--years is empty; leave it out to work on all years");
    assertStops(run(input, work.resolve("w"), "--conf", "customs.maxValueUsd=1e20"), "customs.maxValueUsd must be");
    // A reference file is checked before ingest writes bronze (it was refused only after, issue 23).
    Path sectors = Files.writeString(work.resolve("sectors.csv"), "hs2_from,hs2_to,sector\n01,24,agro_food\n20,30,x\n");
    assertStops(run(input, work.resolve("w"), "--conf", "reference.hsSectors=" + sectors),
        "reference.hsSectors " + sectors);
    assertFalse(Files.exists(work.resolve("w").resolve(Tables.BRONZE_CUSTOMS)), "nothing was written");
  }

  private static void assertStops(SampleRun run, String messageStart) {
    assertEquals(2, run.exitCode, run::toString);
    String first = run.err.lines().findFirst().orElse("");
    assertTrue(first.startsWith("trade-corridor: error: " + messageStart), first);
    assertEquals(1, run.err.lines().count(), run.err);
  }

  @Test
  void aFileOfManyOtherColumnsDoesNotWidenBronze() throws IOException {
    Path input = copyOfBase("wide");
    StringBuilder header = new StringBuilder("freqCode,refYear,refMonth,reporterISO,partnerISO,flowCode,cmdCode,"
        + "primaryValue");
    StringBuilder row = new StringBuilder("A,2023,52,KAZ,RUS,X,010124,5.00");
    for (int i = 0; i < 990; i++) {
      header.append(",note").append(i);
      row.append(",v").append(i);
    }
    Files.writeString(input.resolve("customs/wide.csv"), header + "\n" + row + "\n", StandardCharsets.UTF_8);
    Path warehouse = work.resolve("w");

    ok(run(input, warehouse));

    StructType schema = SampleRun.table(warehouse, Tables.BRONZE_CUSTOMS).schema();
    assertTrue(schema.size() < 40, "the source's columns and bronze's own: " + schema.size());
    Row wide = SampleRun.table(warehouse, Tables.BRONZE_CUSTOMS).filter("source_file = 'customs/wide.csv'").first();
    assertEquals("v989", wide.getJavaMap(wide.fieldIndex("extra")).get("note989"), "kept, in the extra map");
  }

  private static List<String> gold(Path warehouse) {
    List<String> rows = new java.util.ArrayList<>();
    for (String table : Tables.GOLD) {
      SampleRun.table(warehouse, table).drop("run_id").collectAsList().forEach(r -> rows.add(table + " " + r));
    }
    rows.sort(null);
    return rows;
  }
}
