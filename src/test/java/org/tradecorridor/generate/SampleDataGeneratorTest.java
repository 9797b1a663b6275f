package org.tradecorridor.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
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
