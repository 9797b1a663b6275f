package org.tradecorridor.ingest.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Splits CSV text into fields (RFC 4180: comma-separated, fields optionally quoted with {@code "},
 * quotes doubled inside quotes, line breaks allowed inside quotes), or TAB-separated text by the same
 * rules with a TAB for the comma (Excel's "Unicode text", Comtrade+ bulk files): a file's delimiter is
 * its header line's ({@link #delimiterOf}).
 *
 * <p>Records are split here rather than by a CSV library: Commons CSV builds a parser per call, and
 * most Comtrade lines hold a quoted description, so that cost was paid on millions of lines. The
 * splitting follows Commons CSV's RFC 4180 format exactly; {@code CsvRecordsTest} checks the two
 * against each other on generated lines.
 */
final class CsvSplit {
  private CsvSplit() {
  }

  /** Splits one header or record line of a comma-separated file; null when it is not valid CSV. */
  static String[] parseLine(String text) {
    return parseLine(text, ',');
  }

  /** Splits one header or record line; null when it is not valid CSV. */
  static String[] parseLine(String text, char delimiter) {
    return text.indexOf('"') < 0 ? text.split(java.util.regex.Pattern.quote(String.valueOf(delimiter)), -1)
        : quoted(text, delimiter);
  }

  /**
   * The delimiter of a file by its header line: a TAB when the line splits into more fields at TABs than
   * at commas (no column name holds either), else a comma.
   */
  static char delimiterOf(String headerLine) {
    if (headerLine.indexOf('\t') < 0) {
      return ',';
    }
    String[] byTab = parseLine(headerLine, '\t');
    String[] byComma = parseLine(headerLine, ',');
    return byTab != null && (byComma == null || byTab.length > byComma.length) ? '\t' : ',';
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

  /** Splits a record without quotes into the header's number of fields (or one more, empty); null otherwise. */
  static String[] unquoted(String text, int fieldCount) {
    return unquoted(text, fieldCount, ',');
  }

  /** {@link #unquoted(String, int)} at {@code delimiter}. */
  static String[] unquoted(String text, int fieldCount, char delimiter) {
    String[] fields = new String[fieldCount];
    int start = 0;
    for (int i = 0; i < fieldCount - 1; i++) {
      int comma = text.indexOf(delimiter, start);
      if (comma < 0) {
        return null;
      }
      fields[i] = text.substring(start, comma);
      start = comma + 1;
    }
    int comma = text.indexOf(delimiter, start);
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
  static String[] quoted(String text) {
    return quoted(text, ',');
  }

  /** {@link #quoted(String)} at {@code delimiter}. */
  static String[] quoted(String text, char delimiter) {
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
        while (i < length && !isSeparator(text.charAt(i), delimiter)) {
          if (!Character.isWhitespace(text.charAt(i))) {
            return null; // something other than whitespace between the closing quote and the comma
          }
          i++;
        }
      } else {
        int start = i;
        while (i < length && !isSeparator(text.charAt(i), delimiter)) {
          i++;
        }
        field.append(text, start, i);
      }
      fields.add(field.toString());
      if (i >= length) {
        return fields.toArray(String[]::new);
      }
      char separator = text.charAt(i++);
      if (separator != delimiter) {
        // A line break ends the record: only a last one (CR, LF or CRLF) is allowed.
        if (separator == '\r' && i < length && text.charAt(i) == '\n') {
          i++;
        }
        return i >= length ? fields.toArray(String[]::new) : null;
      }
    }
  }

  private static boolean isSeparator(char c, char delimiter) {
    return c == delimiter || c == '\n' || c == '\r';
  }

  /** True when the text ends inside a quoted field: an odd number of quotes. */
  static boolean opensQuotedField(String text) {
    return quotes(text) % 2 == 1;
  }

  static long quotes(String text) {
    long quotes = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '"') {
        quotes++;
      }
    }
    return quotes;
  }

}
