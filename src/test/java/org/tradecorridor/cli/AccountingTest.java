package org.tradecorridor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Nothing is lost: inputs with random mixes of good, bad and ignorable rows, spread over several
 * files, must come out with every row counted exactly where it belongs, per source and reason.
 */
class AccountingTest {
  @TempDir
  Path work;

  /** What a generated row should become: KEPT, a quarantine reason, or "ignored: rule". */
  private record Line(String text, String outcome) {}

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 42, 20241231})
  void readEqualsKeptPlusQuarantinedPlusIgnoredForEverySource(long seed) throws IOException {
    SplittableRandom random = new SplittableRandom(seed);
    Map<String, List<Line>> sources = new LinkedHashMap<>();
    sources.put("customs", customs(random));
    sources.put("freight", freight(random));
    sources.put("projects", projects(random));
    Path input = work.resolve("input");
    Map<String, String> headers = Map.of(
        "customs", "freqCode,refYear,refMonth,reporterISO,partnerISO,flowCode,cmdCode,primaryValue,motCode",
        "freight", "shipment_id,departure_date,origin_country,origin_node,destination_country,destination_node,"
            + "route,transport_mode,hs_code,gross_tonnes,teu",
        "projects", "project_id,name,sector,status,start_year,investment_usd,jobs");
    for (var source : sources.entrySet()) {
      writeSpread(input.resolve(source.getKey()), headers.get(source.getKey()), source.getValue(), random);
    }

    SampleRun run = SampleRun.main("run", "--input", input.toString(), "--warehouse", work.resolve("w").toString(),
        "--run-id", "seed-" + seed, "--conf", "quality.maxQuarantineRatio=1");
    assertEquals(0, run.exitCode, run::toString);

    for (var source : sources.entrySet()) {
      List<Line> lines = source.getValue();
      Row conform = SampleRun.table(work.resolve("w"), "run_log")
          .filter("stage = 'conform:" + source.getKey() + "'").first();
      long kept = lines.stream().filter(l -> l.outcome().equals("KEPT")).count();
      long ignored = lines.stream().filter(l -> l.outcome().startsWith("ignored")).count();
      assertEquals(lines.size(), conform.<Long>getAs("rows_read"), source.getKey() + " read");
      assertEquals(kept, conform.<Long>getAs("rows_written"), source.getKey() + " kept");
      assertEquals(ignored, conform.<Long>getAs("rows_ignored"), source.getKey() + " ignored");
      assertEquals(lines.size() - kept - ignored, conform.<Long>getAs("rows_quarantined"), source.getKey() + " quarantined");

      Map<String, Long> expectedReasons = new TreeMap<>();
      lines.stream().filter(l -> !l.outcome().equals("KEPT") && !l.outcome().startsWith("ignored"))
          .forEach(l -> expectedReasons.merge(l.outcome(), 1L, Long::sum));
      Map<String, Long> actualReasons = new TreeMap<>();
      SampleRun.table(work.resolve("w"), "quarantine").filter("source = '" + source.getKey() + "'")
          .groupBy("reason").count().collectAsList()
          .forEach(r -> actualReasons.put(r.getString(0), r.getLong(1)));
      assertEquals(expectedReasons, actualReasons, source.getKey() + " quarantine reasons");
    }
  }

  private static List<Line> customs(SplittableRandom random) {
    List<Line> lines = new ArrayList<>();
    List<String> good = new ArrayList<>();
    // One annual row is always there, so monthly rows of KAZ 2023 are of the other frequency.
    lines.add(new Line("A,2023,52,KAZ,RUS,X,100000,1.00,0", "KEPT"));
    good.add(lines.get(0).text());
    int n = 150 + random.nextInt(150);
    for (int i = 1; i <= n; i++) {
      String code = String.format("%06d", 100000 + i);
      String year = String.valueOf(2019 + random.nextInt(5));
      String reporter = random.nextBoolean() ? "KAZ,RUS" : "RUS,KAZ";
      String row = "A," + year + ",52," + reporter + ",X," + code + "," + (1 + random.nextInt(9999)) + ".50,0";
      switch (random.nextInt(16)) {
        case 0 -> lines.add(new Line("A," + year + ",52," + reporter, "MALFORMED_ROW"));
        case 1 -> lines.add(new Line("A,," + "52," + reporter + ",X," + code + ",1.00,0", "MISSING_FIELD"));
        case 2 -> lines.add(new Line("A," + year + ",52,KZ,RUS,X," + code + ",1.00,0", "UNKNOWN_COUNTRY"));
        case 3 -> lines.add(new Line("A," + year + ",52," + reporter + ",X," + code + ",\"1,5\",0", "BAD_NUMBER"));
        case 4 -> lines.add(new Line("A," + year + ",52," + reporter + ",X," + code + ",-3.00,0", "NEGATIVE_VALUE"));
        case 5 -> lines.add(new Line("A," + year + ",13," + reporter + ",X," + code + ",3.00,0", "BAD_DATE"));
        case 6 -> lines.add(new Line("A," + year + ",52," + reporter + ",X,77" + code.substring(2) + ",3.00,0", "UNKNOWN_HS"));
        case 7 -> lines.add(new Line("A," + year + ",52," + reporter.replace("RUS", "CHN") + ",X," + code + ",3.00,0",
            "ignored: other partner"));
        case 8 -> lines.add(new Line("A," + year + ",52," + reporter + ",RM," + code + ",3.00,0", "ignored: other flow"));
        case 9 -> lines.add(new Line("A," + year + ",52," + reporter + ",X,TOTAL,3.00,0", "ignored: aggregate"));
        case 10 -> lines.add(new Line("A," + year + ",52," + reporter + ",X," + code + ",3.00,2100", "ignored: breakdown"));
        case 11 -> lines.add(new Line("M,2023," + (1 + random.nextInt(12)) + ",KAZ,RUS,X," + code + ",3.00,0",
            "ignored: other frequency"));
        case 12 -> {
          if (good.isEmpty()) {
            continue;
          }
          lines.add(new Line(good.get(random.nextInt(good.size())), "DUPLICATE"));
        }
        default -> {
          lines.add(new Line(row, "KEPT"));
          good.add(row);
        }
      }
    }
    return lines;
  }

  private static List<Line> freight(SplittableRandom random) {
    List<Line> lines = new ArrayList<>();
    List<String> good = new ArrayList<>();
    int n = 100 + random.nextInt(100);
    for (int i = 1; i <= n; i++) {
      String id = "S" + i;
      String date = "2023-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10);
      String rest = ",RUS,Moscow,IRN,Tehran,Moscow>Beyneu>Tehran,RAIL,1001,";
      switch (random.nextInt(12)) {
        case 0 -> lines.add(new Line(id + "," + date + ",RUS,Moscow", "MALFORMED_ROW"));
        case 1 -> lines.add(new Line("," + date + rest + "5,", "MISSING_FIELD"));
        case 2 -> lines.add(new Line(id + "," + date + ",RU,Moscow,IRN,Tehran,Moscow>Tehran,RAIL,1001,5,", "UNKNOWN_COUNTRY"));
        case 3 -> lines.add(new Line(id + "," + date + rest + "five,", "BAD_NUMBER"));
        case 4 -> lines.add(new Line(id + "," + date + rest + "-5,", "NEGATIVE_VALUE"));
        case 5 -> lines.add(new Line(id + ",2023-02-31" + rest + "5,", "BAD_DATE"));
        case 6 -> lines.add(new Line(id + "," + date + ",RUS,Moscow,IRN,Tehran,Moscow>Tehran,RAIL,7701,5,", "UNKNOWN_HS"));
        case 7 -> lines.add(new Line(id + "," + date + ",RUS,Moscow,IRN,Tehran,Astrakhan>Baku,RAIL,1001,5,", "AMBIGUOUS_AXIS"));
        case 8 -> {
          if (good.isEmpty()) {
            continue;
          }
          lines.add(new Line(good.get(random.nextInt(good.size())), "DUPLICATE"));
        }
        default -> {
          String row = id + "," + date + rest + random.nextInt(5000) + ".5,";
          lines.add(new Line(row, "KEPT"));
          good.add(row);
        }
      }
    }
    return lines;
  }

  private static List<Line> projects(SplittableRandom random) {
    List<Line> lines = new ArrayList<>();
    List<String> good = new ArrayList<>();
    int n = 40 + random.nextInt(40);
    for (int i = 1; i <= n; i++) {
      String id = "P" + i;
      switch (random.nextInt(9)) {
        case 0 -> lines.add(new Line(id + ",name,,ACTIVE,2020,1.00,5", "MISSING_FIELD"));
        case 1 -> lines.add(new Line(id + ",name,agro_food,ACTIVE,2020,1.00,many", "BAD_NUMBER"));
        case 2 -> lines.add(new Line(id + ",name,agro_food,ACTIVE,2020,-1.00,5", "NEGATIVE_VALUE"));
        case 3 -> lines.add(new Line(id + ",name,agro_food,ACTIVE,20x0,1.00,5", "BAD_DATE"));
        case 4 -> {
          if (good.isEmpty()) {
            continue;
          }
          lines.add(new Line(good.get(random.nextInt(good.size())), "DUPLICATE"));
        }
        default -> {
          String row = id + ",\"Plant, phase " + i + "\",metals,ACTIVE,2020,1.00," + random.nextInt(500);
          lines.add(new Line(row, "KEPT"));
          good.add(row);
        }
      }
    }
    return lines;
  }

  /** Writes the lines, in order, over one to three files; a duplicate may land in a later file. */
  private static void writeSpread(Path folder, String header, List<Line> lines, SplittableRandom random)
      throws IOException {
    Files.createDirectories(folder);
    int files = 1 + random.nextInt(3);
    int perFile = (lines.size() + files - 1) / files;
    for (int f = 0; f < files; f++) {
      StringBuilder text = new StringBuilder(header).append('\n');
      lines.subList(Math.min(f * perFile, lines.size()), Math.min((f + 1) * perFile, lines.size()))
          .forEach(l -> text.append(l.text()).append('\n'));
      Files.writeString(folder.resolve("part-" + f + ".csv"), text, StandardCharsets.UTF_8);
    }
  }
}
