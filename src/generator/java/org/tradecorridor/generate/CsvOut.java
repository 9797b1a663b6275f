package org.tradecorridor.generate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/** A generated CSV file: a header line, then rows, in the text conventions of the tool it imitates. */
final class CsvOut implements RowWriter {
  /**
   * How a tool writes CSV.
   *
   * @param charset the text encoding (unmappable characters are an error, never a '?')
   * @param quoteEverything every field quoted, the header's too (else only where a field needs it)
   * @param trailingComma every data line ends with a comma, the header line does not
   * @param lineEnd "\n" or "\r\n"
   * @param byteOrderMark a UTF-8 byte order mark before the header
   * @param delimiter between fields: a comma, or a TAB
   */
  record Style(Charset charset, boolean quoteEverything, boolean trailingComma, String lineEnd,
      boolean byteOrderMark, char delimiter) {
    /** A comma-separated file's style. */
    Style(Charset charset, boolean quoteEverything, boolean trailingComma, String lineEnd, boolean byteOrderMark) {
      this(charset, quoteEverything, trailingComma, lineEnd, byteOrderMark, ',');
    }
  }

  private final String path;
  private final List<String> columns;
  private final BiFunction<String, Object, String> text;
  private final Writer writer;
  private final CSVPrinter printer;
  private final Object[] values;
  private long rows;

  /**
   * @param text a value's text in this file, by column
   */
  CsvOut(Output.Target target, List<String> columns, Style style, BiFunction<String, Object, String> text) {
    this.path = target.name();
    this.columns = columns;
    this.text = text;
    this.values = new Object[columns.size()];
    try {
      OutputStream out = target.open();
      writer = new BufferedWriter(new OutputStreamWriter(out, style.charset().newEncoder()
          .onUnmappableCharacter(CodingErrorAction.REPORT).onMalformedInput(CodingErrorAction.REPORT)), 1 << 20);
      if (style.byteOrderMark()) {
        writer.write('\uFEFF');
      }
      CSVFormat.Builder format = CSVFormat.RFC4180.builder().setDelimiter(style.delimiter())
          .setRecordSeparator(style.lineEnd())
          .setQuoteMode(style.quoteEverything() ? QuoteMode.ALL : QuoteMode.MINIMAL);
      try (CSVPrinter header = new CSVPrinter(new NotClosing(writer), format.get())) {
        header.printRecord(columns);
      }
      printer = new CSVPrinter(writer, format.setTrailingDelimiter(style.trailingComma()).get());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + path, e);
    }
  }

  @Override
  public void row(Map<String, ?> row) {
    for (int i = 0; i < values.length; i++) {
      values[i] = text.apply(columns.get(i), row.get(columns.get(i)));
    }
    try {
      printer.printRecord(values);
      rows++;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + path, e);
    }
  }

  @Override
  public void rawLine(String line) {
    try {
      printer.getOut().append(line).append('\n');
      rows++;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + path, e);
    }
  }

  @Override
  public long rows() {
    return rows;
  }

  @Override
  public String name() {
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

  /** The file's writer, for the header's printer, which must not close it. */
  private static final class NotClosing extends java.io.FilterWriter {
    NotClosing(Writer out) {
      super(out);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
