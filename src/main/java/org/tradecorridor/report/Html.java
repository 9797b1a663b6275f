package org.tradecorridor.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The report's HTML pieces: escaping, numbers in the report's units, and the table of numbers under
 * every chart. Each table names where its numbers come from ({@code data-source}: a table of the
 * warehouse; {@code data-column} and {@code data-unit} on each header), so a reader or a test can check
 * every cell against that table.
 */
final class Html {
  /** What a cell shows for an unknown value (a null in the table). */
  static final String UNKNOWN = "n/a";
  private static final BigDecimal BILLION = new BigDecimal("1000000000");
  private static final BigDecimal MILLION = new BigDecimal("1000000");

  private Html() {}

  static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length() + 16);
    for (char c : text.toCharArray()) {
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }

  /** USD as billions, two decimals (half up). */
  static String bn(BigDecimal usd) {
    return usd == null ? UNKNOWN : usd.divide(BILLION, 2, RoundingMode.HALF_UP).toPlainString();
  }

  /** Tonnes as million tonnes, three decimals (half up). */
  static String mt(BigDecimal tonnes) {
    return tonnes == null ? UNKNOWN : tonnes.divide(MILLION, 3, RoundingMode.HALF_UP).toPlainString();
  }

  /** A percentage or percentage points as the table stores it. */
  static String pct(BigDecimal percent) {
    return percent == null ? UNKNOWN : percent.toPlainString();
  }

  static String count(Long count) {
    return count == null ? UNKNOWN : String.valueOf(count);
  }

  /** USD in billions, exact to the dollar, for a chart's value axis; null stays null (no bar). */
  static BigDecimal billions(BigDecimal usd) {
    return usd == null ? null : usd.divide(BILLION, 9, RoundingMode.HALF_UP);
  }

  /** Tonnes in millions, exact to the kilogram, for a chart's value axis; null stays null. */
  static BigDecimal megatonnes(BigDecimal tonnes) {
    return tonnes == null ? null : tonnes.divide(MILLION, 9, RoundingMode.HALF_UP);
  }

  /** The table of a chart's numbers. */
  static final class Table {
    /** How a column's cells are written: as the source stores them, or scaled. */
    enum Unit { text, count, year, pct, pp, usd_bn, tonnes_mt }

    private final String id;
    private final String caption;
    private final String source;
    private final List<String> headers = new ArrayList<>();
    private final List<String[]> rows = new ArrayList<>();

    /**
     * @param source the warehouse table each row is a row of
     */
    Table(String id, String caption, String source) {
      this.id = id;
      this.caption = caption;
      this.source = source;
    }

    /** A column that identifies the source row (a year, a sector). */
    Table key(String header, String column) {
      headers.add("<th scope=\"col\" data-column=\"" + column + "\" data-unit=\"text\" data-key=\"true\">"
          + escape(header) + "</th>");
      return this;
    }

    Table column(String header, String column, Unit unit) {
      headers.add("<th scope=\"col\" data-column=\"" + column + "\" data-unit=\"" + unit + "\">" + escape(header)
          + "</th>");
      return this;
    }

    Table row(String... cells) {
      if (cells.length != headers.size()) {
        throw new IllegalArgumentException("table " + id + ": " + cells.length + " cells for " + headers.size()
            + " columns");
      }
      rows.add(cells);
      return this;
    }

    String html() {
      StringBuilder html = new StringBuilder();
      html.append("<table class=\"numbers\" id=\"").append(id).append("\" data-source=\"").append(source)
          .append("\">\n<caption>").append(escape(caption)).append("</caption>\n<thead><tr>");
      headers.forEach(html::append);
      html.append("</tr></thead>\n<tbody>\n");
      for (String[] row : rows) {
        html.append("<tr>");
        for (String cell : row) {
          html.append("<td>").append(escape(cell)).append("</td>");
        }
        html.append("</tr>\n");
      }
      if (rows.isEmpty()) {
        html.append("<tr class=\"empty\"><td colspan=\"").append(headers.size()).append("\">no rows</td></tr>\n");
      }
      return html.append("</tbody>\n</table>\n").toString();
    }
  }
}
