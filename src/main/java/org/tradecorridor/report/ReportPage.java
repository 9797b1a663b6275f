package org.tradecorridor.report;

import static org.tradecorridor.report.Html.bn;
import static org.tradecorridor.report.Html.escape;

import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import org.jfree.chart.JFreeChart;

/**
 * The report as one self-contained HTML page: charts as inline SVG, styles inline, no script, and a
 * Content-Security-Policy that forbids every request, so the page opens the same from a mail, a share or
 * a laptop without network.
 */
final class ReportPage {
  private static final String STYLE = """
      body { font-family: sans-serif; margin: 0 auto; max-width: 1000px; padding: 1em 1.5em; color: #222; }
      h1 { font-size: 1.6em; margin-bottom: 0.2em; }
      h2 { font-size: 1.25em; margin-top: 2em; border-bottom: 1px solid #ccc; }
      dl.setup { display: grid; grid-template-columns: max-content auto; gap: 0.2em 1em; }
      dl.setup dt { font-weight: bold; }
      dl.setup dd { margin: 0; }
      figure { margin: 0.5em 0; }
      figure svg { width: 100%; height: auto; }
      figcaption { font-size: 0.9em; color: #555; }
      table.numbers { border-collapse: collapse; margin: 0.8em 0; font-size: 0.9em; }
      table.numbers caption { text-align: left; font-weight: bold; padding-bottom: 0.3em; }
      table.numbers th, table.numbers td { border: 1px solid #ddd; padding: 0.2em 0.6em; }
      table.numbers td { text-align: right; font-variant-numeric: tabular-nums; }
      table.numbers th { background: #f3f3f3; }
      """;

  private ReportPage() {}

  static String html(ReportData data, String agroSector) {
    ReportData.Setup setup = data.setup();
    String pair = setup.home() + "–" + setup.partner();
    StringBuilder page = new StringBuilder(256 * 1024);
    page.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(escape("Trade " + pair + (setup.targetUsd() == null ? ""
            : " toward USD " + bn(setup.targetUsd()) + " bn")))
        .append("</title>\n<style>").append(STYLE).append("</style>\n</head>\n<body>\n")
        .append("<h1>").append(escape("Trade " + pair + ": growth" + (setup.targetUsd() == null ? ""
            : " toward USD " + bn(setup.targetUsd()) + " billion") + ", agro-food, INSTC corridor")).append("</h1>\n")
        .append(setup(setup))
        .append(TradeSections.turnover(data))
        .append(TradeSections.sectorGrowth(data))
        .append(TradeSections.agro(data, agroSector))
        .append(CorridorSections.tonnage(data))
        .append(CorridorSections.mix(data))
        .append(CorridorSections.projects(data))
        .append(QualitySection.html(data))
        .append("</body>\n</html>\n");
    return page.toString();
  }

  /** What the figures come from: pair, target, run, time, years, version, warehouse. */
  private static String setup(ReportData.Setup setup) {
    StringBuilder html = new StringBuilder("<dl class=\"setup\" id=\"setup\">\n");
    item(html, "country pair", setup.home() + " (home) and " + setup.partner() + " (partner)");
    item(html, "target", setup.targetUsd() == null ? "none (the pair is not in reference.targets)"
        : "USD " + bn(setup.targetUsd()) + " bn turnover"
        + (setup.targetYear() == null ? " (no target year set)" : " by " + setup.targetYear()));
    item(html, "figures of run", setup.runId() == null ? "unknown (run_log has no aggregate)" : setup.runId());
    item(html, "computed at", setup.finishedAt() == null ? "unknown"
        : DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(setup.finishedAt().atOffset(ZoneOffset.UTC).withNano(0)) + " UTC");
    item(html, "years", setup.years());
    item(html, "job version", String.valueOf(setup.jobVersion()));
    item(html, "warehouse", setup.warehouse());
    return html.append("</dl>\n").toString();
  }

  private static void item(StringBuilder html, String term, String value) {
    html.append("<dt>").append(escape(term)).append("</dt><dd>").append(escape(value)).append("</dd>\n");
  }

  /** One section: heading, chart (inline SVG) with its caption, and the table of its numbers. */
  static String section(String id, String heading, JFreeChart chart, String caption, Html.Table table) {
    String title = chart.getTitle() == null ? heading : chart.getTitle().getText();
    return "<section id=\"" + id + "\">\n<h2>" + escape(heading) + "</h2>\n<figure>\n"
        + Charts.svg(chart, "chart-" + id, title, Charts.HEIGHT)
        + "\n<figcaption>" + escape(caption) + "</figcaption>\n</figure>\n" + table.html() + "</section>\n";
  }
}
