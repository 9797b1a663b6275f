package org.tradecorridor.ingest.internal;

import java.io.IOException;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.tradecorridor.config.TextEncoding;
import org.tradecorridor.ingest.InvalidInputException;

/** The names a file's records are laid out by: a CSV header line, or a JSON response's first record. */
public final class Headers {
  private Headers() {}

  /**
   * A delimited text file's header: its names as written (split, not yet checked) and its delimiter.
   *
   * @param delimiter a comma, or a TAB ({@code CsvSplit.delimiterOf})
   */
  public record Csv(List<String> names, char delimiter) {}

  /**
   * A CSV (or TAB-separated) file's header.
   *
   * @param what what the header should name, for the message of an empty file
   */
  public static Csv csv(Configuration conf, String path, TextEncoding encoding, String encodingKey,
      String what) {
    String line;
    try (TextLines lines = HadoopFiles.openLines(conf, path, encoding, encodingKey)) {
      line = lines.next();
    } catch (IOException e) {
      throw new InvalidInputException(path + ": cannot read: " + e.getMessage(), e);
    }
    if (line == null) {
      throw new InvalidInputException(path + ": empty file; expected a header line naming the " + what);
    }
    if (line.isBlank()) {
      throw new InvalidInputException(path + " line 1: blank; expected the header line");
    }
    char delimiter = CsvSplit.delimiterOf(line);
    String[] names = CsvSplit.parseLine(line, delimiter);
    if (names == null) {
      throw new InvalidInputException(path + " line 1: the header is not valid CSV");
    }
    return new Csv(List.of(names), delimiter);
  }

  /** The field names of a Comtrade+ API response's first record; empty for a response of no records. */
  public static List<String> json(Configuration conf, String path) {
    return JsonRecords.header(HadoopFiles.open(conf, path), path);
  }
}
