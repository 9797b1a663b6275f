package org.tradecorridor.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the tables of a report page as a reader sees them: the text of each body row's cells. */
public final class ReportTables {
  private static final Pattern ROW = Pattern.compile("<tr>(.*?)</tr>", Pattern.DOTALL);
  private static final Pattern CELL = Pattern.compile("<td>(.*?)</td>", Pattern.DOTALL);

  private ReportTables() {}

  /** The body rows of the table with this id (the "no rows" line excluded), cells unescaped. */
  public static List<List<String>> rows(String html, String id) {
    int start = html.indexOf("<table class=\"numbers\" id=\"" + id + "\"");
    if (start < 0) {
      throw new AssertionError("the page has no table " + id);
    }
    String table = html.substring(html.indexOf("<tbody>", start), html.indexOf("</tbody>", start));
    List<List<String>> rows = new ArrayList<>();
    Matcher row = ROW.matcher(table);
    while (row.find()) {
      List<String> cells = new ArrayList<>();
      Matcher cell = CELL.matcher(row.group(1));
      while (cell.find()) {
        cells.add(cell.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
            .replace("&amp;", "&"));
      }
      rows.add(cells);
    }
    return rows;
  }
}
