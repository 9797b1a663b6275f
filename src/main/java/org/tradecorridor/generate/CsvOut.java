package org.tradecorridor.generate;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** One generated CSV file: a header and rows given by column name, written in the file's own column order. */
final class CsvOut implements Closeable {
  private final Path path;
  private final List<String> columns;
  private final CSVPrinter printer;
  private final Object[] values;
  private long rows;

  /**
   * @param gzip compress (name should end in .csv.gz)
   * @param windowsStyle a byte order mark and CRLF line ends, as spreadsheet exports on Windows write them
   */
  CsvOut(Path path, List<String> columns, boolean gzip, boolean windowsStyle) {
    this.path = path;
    this.columns = columns;
    this.values = new Object[columns.size()];
    try {
      Files.createDirectories(path.getParent());
      OutputStream out = Files.newOutputStream(path);
      if (gzip) {
        out = new GZIPOutputStream(out, 1 << 16);
      }
      BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 20);
      if (windowsStyle) {
        writer.write('\uFEFF');
      }
      CSVFormat format = CSVFormat.RFC4180.builder().setRecordSeparator(windowsStyle ? "\r\n" : "\n").get();
      printer = new CSVPrinter(writer, format);
      printer.printRecord(columns);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + path, e);
    }
  }

  /** Writes a row; columns the map lacks are left empty. */
  void row(Map<String, ?> row) {
    for (int i = 0; i < values.length; i++) {
      Object value = row.get(columns.get(i));
      values[i] = value == null ? "" : value;
    }
    try {
      printer.printRecord(values);
      rows++;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + path, e);
    }
  }

  /** Writes a line as it is, for deliberately malformed records. */
  void rawLine(String line) {
    try {
      printer.getOut().append(line).append('\n');
      rows++;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + path, e);
    }
  }

  long rows() {
    return rows;
  }

  Path path() {
    return path;
  }

  @Override
  public void close() {
    try {
      printer.close(true);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close " + path, e);
    }
  }
}
