package org.tradecorridor.ingest.internal;

import org.tradecorridor.ingest.InvalidInputException;
import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
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
 * <p>Records are split here rather than by a CSV library: Commons CSV builds a parser per call, and
 * most Comtrade lines hold a quoted description, so that cost was paid on millions of lines. The
 * splitting follows Commons CSV's RFC 4180 format exactly; {@code CsvRecordsTest} checks the two
 * against each other on generated lines.
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
  private final Deque<Line> pushedBack = new ArrayDeque<>();

  /**
   * @param lines the file's lines, positioned after the header
   * @param fieldCount the number of fields in the header
   */
  CsvRecords(TextLines lines, int fieldCount) {
    this.lines = lines;
    this.fieldCount = fieldCount;
  }

  /** Splits one header or record line; null when it is not valid CSV. */
  static String[] parseLine(String text) {
    return text.indexOf('"') < 0 ? text.split(",", -1) : parseQuoted(text);
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
      return withFields(first.number(), text, splitUnquoted(text));
    }
    String[] fields = parseQuoted(text);
    if (fields != null || !opensQuotedField(text)) {
      return withFields(first.number(), text, fields);
    }
    // A quoted field goes on over the next lines: read until the record parses, however many lines that
    // takes. It can only parse once its quotes are balanced again, so only then is it tried.
    StringBuilder joined = new StringBuilder(text);
    List<Line> continuation = new ArrayList<>();
    long quotes = quotes(text);
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
      quotes += quotes(more.text());
      if (quotes % 2 == 0) {
        fields = parseQuoted(joined.toString());
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
    return new CsvRecord(lineNumber, text, headerFields(fields, fieldCount));
  }

  /**
   * A record's fields as the header's: the fields themselves, or all but an empty last one when there is
   * exactly one more than the header names (a trailing comma); null for any other count.
   */
  static String[] headerFields(String[] fields, int fieldCount) {
    if (fields == null) {
      return null;
    }
    if (fields.length == fieldCount) {
      return fields;
    }
    return fields.length == fieldCount + 1 && fields[fieldCount].isEmpty() ? Arrays.copyOf(fields, fieldCount) : null;
  }

  private String[] splitUnquoted(String text) {
    String[] fields = new String[fieldCount];
    int start = 0;
    for (int i = 0; i < fieldCount - 1; i++) {
      int comma = text.indexOf(',', start);
      if (comma < 0) {
        return null;
      }
      fields[i] = text.substring(start, comma);
      start = comma + 1;
    }
    int comma = text.indexOf(',', start);
    if (comma >= 0 && comma != text.length() - 1) {
      return null; // more than one field beyond the header
    }
    fields[fieldCount - 1] = text.substring(start, comma >= 0 ? comma : text.length());
    return fields;
  }

  /**
   * Splits one record that holds quotes, as Commons CSV's RFC 4180 format does: a field that starts
   * with a quote runs to the closing quote (a doubled quote inside is one quote, line breaks are
   * kept), and only whitespace may follow it before the comma; a quote inside an unquoted field is
   * an ordinary character. Null when the text is not one valid record: a quote that never closes,
   * other characters after a closing quote, or a line break outside quotes before the end.
   */
  static String[] parseQuoted(String text) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int length = text.length();
    int i = 0;
    while (true) {
      field.setLength(0);
      if (i < length && text.charAt(i) == '"') {
        i++;
        while (true) {
          if (i >= length) {
            return null; // the quote never closed
          }
          char c = text.charAt(i++);
          if (c != '"') {
            field.append(c);
          } else if (i < length && text.charAt(i) == '"') {
            field.append('"');
            i++;
          } else {
            break;
          }
        }
        while (i < length && !isSeparator(text.charAt(i))) {
          if (!Character.isWhitespace(text.charAt(i))) {
            return null; // something other than whitespace between the closing quote and the comma
          }
          i++;
        }
      } else {
        int start = i;
        while (i < length && !isSeparator(text.charAt(i))) {
          i++;
        }
        field.append(text, start, i);
      }
      fields.add(field.toString());
      if (i >= length) {
        return fields.toArray(String[]::new);
      }
      char separator = text.charAt(i++);
      if (separator != ',') {
        // A line break ends the record: only a last one (CR, LF or CRLF) is allowed.
        if (separator == '\r' && i < length && text.charAt(i) == '\n') {
          i++;
        }
        return i >= length ? fields.toArray(String[]::new) : null;
      }
    }
  }

  private static boolean isSeparator(char c) {
    return c == ',' || c == '\n' || c == '\r';
  }

  /** True when the text ends inside a quoted field: an odd number of quotes. */
  private static boolean opensQuotedField(String text) {
    return quotes(text) % 2 == 1;
  }

  private static long quotes(String text) {
    long quotes = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '"') {
        quotes++;
      }
    }
    return quotes;
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
