package org.tradecorridor.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * What the shipped sample data holds, counted from its files without the job: the expectations tests
 * compare the job's tables with.
 */
final class SampleFacts {
  private SampleFacts() {}

  /**
   * The records of a source's files: lines after each CSV header (the sample has no line breaks inside
   * quotes, and no blank lines), elements of each JSON response's data.
   */
  static long records(String source) {
    try (Stream<Path> files = Files.walk(SampleRun.SAMPLE_DATA.resolve(source))) {
      return files.filter(Files::isRegularFile).mapToLong(SampleFacts::recordsOf).sum();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long recordsOf(Path file) {
    String name = file.getFileName().toString();
    try (InputStream in = name.endsWith(".gz") ? new GZIPInputStream(Files.newInputStream(file))
        : Files.newInputStream(file)) {
      if (name.contains(".json")) {
        return new ObjectMapper().readTree(in).get("data").size();
      }
      // ISO-8859-1 maps every byte to one character: line ends are found whatever the file's encoding.
      String text = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
      return text.lines().count() - 1;
    } catch (IOException e) {
      throw new UncheckedIOException(file.toString(), e);
    }
  }
}
