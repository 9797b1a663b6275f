package org.tradecorridor.ingest.internal;

import org.tradecorridor.ingest.InvalidInputException;
import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The records of a CSV file after its header (RFC 4180: comma-separated, fields optionally quoted
 * with {@code "}, quotes doubled inside quotes, line breaks allowed inside quotes).
 *
 * <p>A record that cannot be split into exactly the header's number of fields is returned as
 * malformed with its raw text, and reading goes on: an unbalanced quote costs one line, not the rest
 * of the file. Blank lines between records are not records. A record of exactly one field more than
 * the header, that field empty, is the header's fields: Comtrade+ website exports end every data line
 * with a comma.
 *
 * <p>Each record is split by {@link CsvSplit}.
 */
final class CsvRecords implements Closeable {
  /**
   * How much text a record whose quoted field goes on over later lines may hold before the file is
   * judged not CSV: a record is read whole however many lines it spans, never split into rows, so this
   * bounds the memory one record can take, far beyond any field of a real export.
   */
  static final int MAX_RECORD_CHARS = 16 << 20;

  /** One record: its first line, its raw text, and its fields, or null fields when malformed. */
  record CsvRecord(long lineNumber, String text, String[] fields) {
    boolean malformed() {
      return fields == null;
    }
  }

  private record Line(long number, String text) {}

  private final TextLines lines;
  private final int fieldCount;
  private final char delimiter;
  private final Deque<Line> pushedBack = new ArrayDeque<>();

  /**
   * @param lines the file's lines, positioned after the header
   * @param fieldCount the number of fields in the header
   */
  CsvRecords(TextLines lines, int fieldCount) {
    this(lines, fieldCount, ',');
  }

  /**
   * @param lines the file's lines, positioned after the header
   * @param fieldCount the number of fields in the header
   * @param delimiter a comma, or a TAB
   */
  CsvRecords(TextLines lines, int fieldCount, char delimiter) {
    this.lines = lines;
    this.fieldCount = fieldCount;
    this.delimiter = delimiter;
  }

  /** The next record, or null at the end of the file. */
  CsvRecord next() {
    Line first = nextLine();
    while (first != null && first.text().isBlank()) {
      first = nextLine();
    }
    if (first == null) {
      return null;
    }
    return recordFrom(first);
  }

  /** The record that starts with a line the caller has read already (not blank). */
  CsvRecord nextFrom(long lineNumber, String text) {
    return recordFrom(new Line(lineNumber, text));
  }

  /** True when lines read ahead for a quote that never closed wait to be read again by {@link #next}. */
  boolean hasPushedBack() {
    return !pushedBack.isEmpty();
  }

  private CsvRecord recordFrom(Line first) {
    String text = first.text();
    if (text.indexOf('"') < 0) {
      return withFields(first.number(), text, CsvSplit.unquoted(text, fieldCount, delimiter));
    }
    String[] fields = CsvSplit.quoted(text, delimiter);
    if (fields != null || !CsvSplit.opensQuotedField(text)) {
      return withFields(first.number(), text, fields);
    }
    // A quoted field goes on over the next lines: read until the record parses, however many lines that
    // takes. It can only parse once its quotes are balanced again, so only then is it tried.
    StringBuilder joined = new StringBuilder(text);
    List<Line> continuation = new ArrayList<>();
    long quotes = CsvSplit.quotes(text);
    while (true) {
      Line more = nextLine();
      if (more == null) {
        break;
      }
      continuation.add(more);
      joined.append('\n').append(more.text());
      if (joined.length() > MAX_RECORD_CHARS) {
        throw new InvalidInputException(lines.file() + " line " + first.number() + ": a quoted field opened there is "
            + "still open " + continuation.size() + " lines and " + (MAX_RECORD_CHARS >> 20) + " MB later; the file "
            + "is not CSV as the header says");
      }
      quotes += CsvSplit.quotes(more.text());
      if (quotes % 2 == 0) {
        fields = CsvSplit.quoted(joined.toString(), delimiter);
        if (fields != null) {
          return withFields(first.number(), joined.toString(), fields);
        }
      }
    }
    // The quote never closed before the end of the file: only the first line is malformed; the others
    // are read again as records of their own.
    for (int i = continuation.size() - 1; i >= 0; i--) {
      pushedBack.addFirst(continuation.get(i));
    }
    return new CsvRecord(first.number(), text, null);
  }

  private CsvRecord withFields(long lineNumber, String text, String[] fields) {
    return new CsvRecord(lineNumber, text, CsvSplit.headerFields(fields, fieldCount));
  }

  private Line nextLine() {
    if (!pushedBack.isEmpty()) {
      return pushedBack.removeFirst();
    }
    String text = lines.next();
    return text == null ? null : new Line(lines.lineNumber(), text);
  }

  @Override
  public void close() throws IOException {
    lines.close();
  }
}
