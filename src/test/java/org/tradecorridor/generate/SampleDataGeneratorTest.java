package org.tradecorridor.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleDataGeneratorTest {
  private static final Path SAMPLE_DATA = Paths.get(System.getProperty("project.basedir", "."), "sample-data");

  @TempDir
  Path output;

  @Test
  void theShippedSampleDataIsWhatTheGeneratorWritesWithItsDefaults() throws IOException {
    int code = SampleDataGenerator.execute(new PrintStream(new ByteArrayOutputStream()), System.err,
        "--output", output.toString());
    assertEquals(0, code);

    List<Path> shipped = files(SAMPLE_DATA);
    assertEquals(shipped, files(output), "the same files");
    for (Path file : shipped) {
      // Compare content, not gzip bytes: another zlib may compress the same text differently.
      assertArrayEquals(content(SAMPLE_DATA.resolve(file)), content(output.resolve(file)), file.toString());
    }
  }

  @Test
  void bulkFilesAreOnePerReporterInTheClientsLayoutLargestFirstWithWorldTheSumOfThePartners() throws IOException {
    String countries = Paths.get(System.getProperty("project.basedir", "."), "conf/reference/countries.csv").toString();
    int code = SampleDataGenerator.execute(new PrintStream(new ByteArrayOutputStream()), System.err, "--output",
        output.toString(), "--layout", "bulk", "--reporters", "4", "--customs-rows", "4000", "--countries", countries);
    assertEquals(0, code);

    List<String> names = List.of("COMTRADE-FINAL-CA3982024H6[2024-07-01].gz", "COMTRADE-FINAL-CA6432024H6[2024-07-01].gz",
        "COMTRADE-FINAL-CA1562024H6[2024-07-01].gz", "COMTRADE-FINAL-CA8602024H6[2024-07-01].gz");
    assertEquals(names.stream().sorted().toList(), files(output.resolve("customs")).stream().map(Path::toString).toList(),
        "KAZ, RUS, CHN, UZB");
    long previous = Long.MAX_VALUE;
    for (String name : names) {
      String[] lines = new String(content(output.resolve("customs").resolve(name)), StandardCharsets.UTF_8).split("\r\n");
      List<String> header = List.of(lines[0].split("\t"));
      assertEquals(List.of("datasetCode", "typeCode", "freqCode"), header.subList(0, 3), name);
      assertTrue(header.containsAll(List.of("reporterCode", "partnerCode", "CIFValue", "FOBValue", "motCode")), name);
      assertTrue(lines.length - 1 < previous, name + ": each reporter smaller than the one before");
      previous = lines.length - 1;
      // Per code and flow, the World row (partner 0) is the sum of the country partners' totals.
      Map<String, BigDecimal> partners = new TreeMap<>();
      Map<String, BigDecimal> world = new TreeMap<>();
      for (int i = 1; i < lines.length; i++) {
        String[] fields = lines[i].split("\t", -1);
        assertEquals(header.size(), fields.length, name + " line " + (i + 1));
        String key = fields[header.indexOf("cmdCode")] + " " + fields[header.indexOf("flowCode")];
        BigDecimal value = new BigDecimal(fields[header.indexOf("primaryValue")]);
        String partner = fields[header.indexOf("partnerCode")];
        if (key.startsWith("TOTAL") || !fields[header.indexOf("motCode")].equals("0") || partner.equals("899")) {
          continue; // TOTALs, breakdowns, Areas nes
        }
        (partner.equals("0") ? world : partners).merge(key, value, BigDecimal::add);
      }
      assertEquals(partners.keySet(), world.keySet(), name);
      partners.forEach((key, sum) -> assertEquals(0, sum.compareTo(world.get(key)), name + " " + key));
    }
    assertEquals(2, SampleDataGenerator.execute(new PrintStream(new ByteArrayOutputStream()),
        new PrintStream(new ByteArrayOutputStream()), "--output", output.toString(), "--layout", "bulk", "--reporters",
        "1", "--countries", countries));
  }

  @Test
  void partsOfASplitAddUpExactly() {
    long[] parts = Draws.split(2_780_000_000_000L, new double[] {0.3, 0.3, 0.4000001, 1e-9});

    assertEquals(2_780_000_000_000L, java.util.Arrays.stream(parts).sum());
  }

  private static List<Path> files(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      return paths.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
    }
  }

  private static byte[] content(Path file) throws IOException {
    try (InputStream in = file.toString().endsWith(".gz")
        ? new GZIPInputStream(Files.newInputStream(file)) : Files.newInputStream(file)) {
      return in.readAllBytes();
    }
  }
}
