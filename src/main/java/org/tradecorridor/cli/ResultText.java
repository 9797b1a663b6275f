package org.tradecorridor.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.spark.sql.Row;

/** A query result as text: aligned columns for reading, or CSV. Values come in as text (null for NULL). */
final class ResultText {
  private ResultText() {}

  /** Columns padded to their widest value, numbers right-aligned; NULL for a null; a line of the count. */
  static void table(List<String> columns, List<Row> rows, int maxRows, PrintStream out) {
    int shown = Math.min(rows.size(), maxRows);
    int[] width = new int[columns.size()];
    boolean[] numeric = new boolean[columns.size()];
    for (int c = 0; c < width.length; c++) {
      width[c] = columns.get(c).length();
      numeric[c] = shown > 0;
      for (int r = 0; r < shown; r++) {
        String value = text(rows.get(r), c);
        width[c] = Math.max(width[c], value.length());
        numeric[c] &= rows.get(r).isNullAt(c) || value.matches("-?[0-9]+(\\.[0-9]+)?");
      }
    }
    StringBuilder line = new StringBuilder();
    for (int c = 0; c < width.length; c++) {
      line.append(c == 0 ? "" : "  ").append(pad(columns.get(c), width[c], numeric[c]));
    }
    out.println(line.toString().stripTrailing());
    line.setLength(0);
    for (int c = 0; c < width.length; c++) {
      line.append(c == 0 ? "" : "  ").append("-".repeat(width[c]));
    }
    out.println(line);
    for (int r = 0; r < shown; r++) {
      line.setLength(0);
      for (int c = 0; c < width.length; c++) {
        line.append(c == 0 ? "" : "  ").append(pad(text(rows.get(r), c), width[c], numeric[c]));
      }
      out.println(line.toString().stripTrailing());
    }
    out.println(rows.size() > maxRows ? "(first " + maxRows + " rows; --format csv prints all)"
        : "(" + shown + (shown == 1 ? " row)" : " rows)"));
  }

  /** RFC 4180 with a header line; NULL is an empty field. */
  static void csv(List<String> columns, Iterator<Row> rows, PrintStream out) {
    try {
      CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get());
      printer.printRecord(columns);
      Object[] values = new Object[columns.size()];
      while (rows.hasNext()) {
        Row row = rows.next();
        for (int c = 0; c < values.length; c++) {
          values[c] = row.isNullAt(c) ? "" : row.getString(c);
        }
        printer.printRecord(values);
      }
      printer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String text(Row row, int column) {
    return row.isNullAt(column) ? "NULL" : row.getString(column);
  }

  private static String pad(String value, int width, boolean right) {
    String padding = " ".repeat(width - value.length());
    return right ? padding + value : value + padding;
  }
}
