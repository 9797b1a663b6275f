package org.tradecorridor.cli;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradecorridor.tables.Tables;

/**
 * 200 random mutations of sample-data files (176 row-level, 24 file-level), with a fixed seed: bytes, quotes, line ends, encodings,
 * names, digits, whitespace. Row-level mutations (a data line changed) go into one input and one run,
 * then a rerun; file-level ones (a header, a whole file, a name) each get a run of their own. Every run
 * must end with exit 0, 2 or 3, its failure in one line first on stderr and no trace there; a run that
 * succeeds must account for every record of its files in run_log, and its rerun must leave every table
 * as it was.
 */
class FuzzTest {
  private static final long SEED = 20261201L;
  private static final int ROW_MUTATIONS = 176;
  /** The kinds of file-level mutation (cases of fileLevelMutations...), each met on this many random files. */
  private static final int FILE_KINDS = 12;
  private static final int FILE_MUTATIONS = 2 * FILE_KINDS;
  private static final Charset CP1252 = Charset.forName("windows-1252");

  @TempDir
  Path work;

  /** A sample file's first lines, as bytes of its own encoding. */
  private record Seed(String folder, String name, Charset charset, byte[] header, List<byte[]> lines) {}

  private static List<Seed> seeds(int lines) throws IOException {
    return List.of(
        seed("customs", "customs/KAZ/2024/KAZ_2024_A.csv", CP1252, lines),
        seed("customs", "customs/RUS/2024/RUS_2024_M.csv.gz", StandardCharsets.UTF_8, lines),
        seed("freight", "freight/2023/shipments_2023.csv.gz", StandardCharsets.UTF_8, lines),
        seed("projects", "projects/joint_projects.csv", StandardCharsets.UTF_8, lines));
  }

  private static Seed seed(String folder, String file, Charset charset, int lines) throws IOException {
    Path path = SampleRun.SAMPLE_DATA.resolve(file);
    byte[] bytes;
    try (InputStream in = file.endsWith(".gz") ? new GZIPInputStream(Files.newInputStream(path))
        : Files.newInputStream(path)) {
      bytes = in.readAllBytes();
    }
    List<byte[]> all = split(bytes);
    return new Seed(folder, path.getFileName().toString().replace(".gz", ""), charset, all.get(0),
        new ArrayList<>(all.subList(1, Math.min(all.size(), lines + 1))));
  }

  private static List<byte[]> split(byte[] bytes) {
    List<byte[]> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        lines.add(java.util.Arrays.copyOfRange(bytes, start, i));
        start = i + 1;
      }
    }
    return lines;
  }

  /** Changes one line; non-ASCII text is written in the file's own encoding (a mix would stop the file). */
  private interface RowMutation {
    byte[] apply(byte[] line, Random random, Charset charset);
  }

  private static final List<RowMutation> ROW = List.of(
      (line, r, cs) -> replaceOne(line, r, "0123456789", cs.equals(CP1252) ? "\u00B2\u00B9" : "\u0661\u06F2\uFF13\u0664",
          cs),                                                                           // other scripts' digits
      (line, r, cs) -> insertAt(line, r, "\t".getBytes(cs)),                           // a TAB in a field
      (line, r, cs) -> insertAt(line, r, "\u00A0".getBytes(cs)),                       // a no-break space
      (line, r, cs) -> insertAt(line, r, "\"".getBytes(cs)),                           // a stray quote
      (line, r, cs) -> insertAt(line, r, ",".getBytes(cs)),                            // one field more
      (line, r, cs) -> deleteOne(line, r, (byte) ','),                                  // one field fewer
      (line, r, cs) -> insertAt(line, r, "\r".getBytes(cs)),                           // a CR inside
      (line, r, cs) -> insertAt(line, r, new byte[] {1}),                               // a control character
      (line, r, cs) -> insertAt(line, r, "-".getBytes(cs)),                            // a sign
      (line, r, cs) -> insertAt(line, r, "999999999999999999".getBytes(cs)),           // a huge number
      (line, r, cs) -> new byte[0],                                                      // a blank line
      (line, r, cs) -> concat(line, ",".getBytes(cs)),                                 // a trailing comma
      (line, r, cs) -> concat(line, "\r".getBytes(cs)),                                // CRLF
      (line, r, cs) -> replaceOne(line, r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghij", cs), // case
      (line, r, cs) -> concat(line, "\n".getBytes(cs), line),                          // the line twice
      (line, r, cs) -> insertAt(line, r, "\"a\nb\"".getBytes(cs)),                     // a line break in quotes
      (line, r, cs) -> insertAt(line, r, "éü".getBytes(cs)));                           // text beyond ASCII

  private static byte[] replaceOne(byte[] line, Random r, String from, String to, Charset charset) {
    String text = new String(line, StandardCharsets.ISO_8859_1);
    List<Integer> at = new ArrayList<>();
    for (int i = 0; i < text.length(); i++) {
      if (from.indexOf(text.charAt(i)) >= 0) {
        at.add(i);
      }
    }
    if (at.isEmpty()) {
      return line;
    }
    int i = at.get(r.nextInt(at.size()));
    byte[] replacement = String.valueOf(to.charAt(r.nextInt(to.length()))).getBytes(charset);
    return concat(java.util.Arrays.copyOfRange(line, 0, i), replacement, java.util.Arrays.copyOfRange(line, i + 1, line.length));
  }

  private static byte[] insertAt(byte[] line, Random r, byte[] what) {
    int i = line.length == 0 ? 0 : r.nextInt(line.length + 1);
    return concat(java.util.Arrays.copyOfRange(line, 0, i), what, java.util.Arrays.copyOfRange(line, i, line.length));
  }

  private static byte[] deleteOne(byte[] line, Random r, byte which) {
    List<Integer> at = new ArrayList<>();
    for (int i = 0; i < line.length; i++) {
      if (line[i] == which) {
        at.add(i);
      }
    }
    if (at.isEmpty()) {
      return line;
    }
    int i = at.get(r.nextInt(at.size()));
    return concat(java.util.Arrays.copyOfRange(line, 0, i), java.util.Arrays.copyOfRange(line, i + 1, line.length));
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  private static byte[] file(Seed seed, List<byte[]> lines) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(seed.header());
    out.write('\n');
    for (byte[] line : lines) {
      out.writeBytes(line);
      out.write('\n');
    }
    return out.toByteArray();
  }

  /** A fresh input holding each seed file as it is, and freight/projects folders. */
  private Path input(String name, List<Seed> seeds) throws IOException {
    Path input = work.resolve(name);
    for (Seed seed : seeds) {
      Path file = input.resolve(seed.folder()).resolve(seed.name());
      Files.createDirectories(file.getParent());
      Files.write(file, file(seed, seed.lines()));
    }
    return input;
  }

  @Test
  void rowLevelMutationsInOneRunAreAccountedForAndARerunChangesNothing() throws IOException {
    Random random = new Random(SEED);
    List<Seed> seeds = seeds(40);
    Path input = input("rows", seeds);
    for (int m = 0; m < ROW_MUTATIONS; m++) {
      Seed seed = seeds.get(random.nextInt(seeds.size()));
      List<byte[]> lines = new ArrayList<>(seed.lines());
      int line = random.nextInt(lines.size());
      lines.set(line, ROW.get(random.nextInt(ROW.size())).apply(lines.get(line), random, seed.charset()));
      Path file = input.resolve(seed.folder()).resolve(String.format("m%03d-%s", m, seed.name()));
      Files.write(file, file(seed, lines));
    }
    Path warehouse = work.resolve("w-rows");

    SampleRun first = SampleRun.main("run", "--input", input.toString(), "--warehouse", warehouse.toString(),
        "--run-id", "fuzz-1", "--conf", "quality.maxQuarantineRatio=1");
    assertOneClearOutcome(first);
    assertEquals(0, first.exitCode, first::toString);
    assertAccountedFor(input, warehouse, "fuzz-1");
    Map<String, List<String>> tables = contents(warehouse);

    SampleRun again = SampleRun.main("run", "--input", input.toString(), "--warehouse", warehouse.toString(),
        "--run-id", "fuzz-2", "--conf", "quality.maxQuarantineRatio=1");
    assertEquals(0, again.exitCode, again::toString);
    assertEquals(tables, contents(warehouse), "a rerun leaves every table as it was");
  }

  /** Changes a whole file: its header, its bytes, its name. Each gets a run of its own, two at a time. */
  @Test
  void fileLevelMutationsEndWithExit0Or2Or3InOneLine() throws Exception {
    Random random = new Random(SEED + 1);
    List<Seed> seeds = seeds(15);
    List<java.util.concurrent.Callable<SampleRun>> runs = new ArrayList<>();
    for (int m = 0; m < FILE_MUTATIONS; m++) {
      Path input = input("files-" + m, seeds);
      Seed seed = seeds.get(random.nextInt(seeds.size()));
      Path file = input.resolve(seed.folder()).resolve(seed.name());
      byte[] bytes = Files.readAllBytes(file);
      int kind = m % FILE_KINDS; // every kind twice, on files drawn at random
      switch (kind) {
        case 0 -> Files.write(file, java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length)));   // cut short
        case 1 -> Files.write(file, new byte[0]);                                                    // empty
        case 2 -> Files.write(file, concat("x,".getBytes(StandardCharsets.UTF_8), bytes));           // header renamed
        case 3 -> Files.write(file, new String(bytes, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_16)); // UTF-16
        case 4 -> Files.write(file, concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, bytes)); // a BOM
        case 5 -> Files.write(file, new String(bytes, StandardCharsets.ISO_8859_1).replace("\n", "\r\n")
            .getBytes(StandardCharsets.ISO_8859_1));                                                  // CRLF
        case 6 -> Files.move(file, file.resolveSibling("odd name: ${user.home} #1 " + seed.name()));   // a name
        case 7 -> Files.move(file, file.resolveSibling("Ünïcödé-" + seed.name()));                    // a name
        case 8 -> gzipCut(file, bytes, random);                                                        // broken gzip
        case 9 -> Files.write(file, concat(bytes, "é,ü\n".getBytes(StandardCharsets.UTF_8),
            "é,ü\n".getBytes(CP1252)));                                                               // mixed encodings
        case 10 -> Files.write(file, concat(java.util.Arrays.copyOf(bytes, bytes.length),
            "\"never closes,".getBytes(StandardCharsets.UTF_8)));                                     // open quote at the end
        default -> Files.write(file, bytes);                                                           // as it is
      }
      int mutation = m;
      runs.add(() -> SampleRun.main("run", "--input", input.toString(), "--warehouse",
          work.resolve("w-files-" + mutation).toString(), "--run-id", "fuzz-file-" + mutation));
    }
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
    List<java.util.concurrent.Future<SampleRun>> results;
    try {
      results = pool.invokeAll(runs);
    } finally {
      pool.shutdown();
    }
    Map<Integer, Integer> exits = new TreeMap<>();
    for (int m = 0; m < FILE_MUTATIONS; m++) {
      SampleRun run = results.get(m).get();
      assertOneClearOutcome(run);
      exits.merge(run.exitCode, 1, Integer::sum);
      if (run.exitCode == 0) {
        assertAccountedFor(work.resolve("files-" + m), work.resolve("w-files-" + m), "fuzz-file-" + m);
      }
    }
    System.out.println("file-level mutations by exit code: " + exits);
    assertTrue(exits.containsKey(0) && exits.containsKey(2), "both outcomes were met: " + exits);
  }

  private static void gzipCut(Path file, byte[] bytes, Random random) throws IOException {
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(gz)) {
      out.write(bytes);
    }
    Files.delete(file);
    Files.write(file.resolveSibling(file.getFileName() + ".gz"),
        java.util.Arrays.copyOf(gz.toByteArray(), 10 + random.nextInt(gz.size() - 10)));
  }

  private static void assertOneClearOutcome(SampleRun run) {
    assertTrue(run.exitCode == 0 || run.exitCode == 2 || run.exitCode == 3, run::toString);
    if (run.exitCode != 0) {
      assertTrue(run.err.startsWith("trade-corridor: "), run::toString);
      assertEquals(1, run.err.lines().count(), run::toString);
    }
    assertFalse(run.err.contains("\tat ") || run.err.contains("Exception"), run::toString);
  }

  /**
   * run_log balances for every source, bronze holds what ingest read, and what ingest read is the files'
   * records as Commons CSV counts them (where it can parse the file at all).
   */
  private static void assertAccountedFor(Path input, Path warehouse, String runId) throws IOException {
    List<Row> stages = SampleRun.table(warehouse, Tables.RUN_LOG).filter(col("run_id").equalTo(runId)).collectAsList();
    for (Row stage : stages) {
      if (stage.getAs("rows_read") != null) {
        assertEquals(stage.<Long>getAs("rows_read"), stage.<Long>getAs("rows_written")
            + stage.<Long>getAs("rows_quarantined") + stage.<Long>getAs("rows_ignored"), stage.toString());
      }
    }
    for (String source : List.of("customs", "freight", "projects")) {
      long ingested = stages.stream().filter(r -> r.getAs("stage").equals("ingest:" + source)).findFirst()
          .orElseThrow().getAs("rows_read");
      assertEquals(ingested, SampleRun.table(warehouse, "bronze_" + source).count(), source);
      Long counted = recordsByCommonsCsv(input.resolve(source));
      if (counted != null) {
        assertEquals(counted, ingested, source + ": every record of the files");
      }
    }
  }

  /** The records of every CSV file of a folder by Commons CSV, or null when one of them it cannot parse. */
  private static Long recordsByCommonsCsv(Path folder) throws IOException {
    long records = 0;
    try (var files = Files.walk(folder)) {
      for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
        byte[] bytes = Files.readAllBytes(file);
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        try (CSVParser parser = CSVParser.parse(new StringReader(text), CSVFormat.RFC4180.builder()
            .setIgnoreEmptyLines(true).get())) {
          long all = parser.stream().filter(r -> !(r.size() == 1 && r.get(0).isBlank())).count();
          records += all - 1;
        } catch (RuntimeException e) {
          return null;
        }
      }
    }
    return records;
  }

  private static Map<String, List<String>> contents(Path warehouse) {
    Map<String, List<String>> tables = new TreeMap<>();
    for (String table : Tables.ALL) {
      if (table.equals(Tables.RUN_LOG)) {
        continue;
      }
      tables.put(table, SampleRun.table(warehouse, table)
          .drop("run_id", "ingested_at", "detected_at").collectAsList().stream().map(Row::toString).sorted().toList());
    }
    return tables;
  }
}
