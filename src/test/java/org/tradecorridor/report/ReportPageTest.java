package org.tradecorridor.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The report page from hand-made figures: what it marks, how it writes unknowns, what it never loads. */
class ReportPageTest {
  private static final BigDecimal TARGET = new BigDecimal("30000000000");

  private static BigDecimal bn(String billions) {
    return billions == null ? null : new BigDecimal(billions).multiply(new BigDecimal("1e9"));
  }

  private static ReportData.TurnoverYear year(int year, String exports, String imports, String source) {
    BigDecimal turnover = exports == null || imports == null ? null : bn(exports).add(bn(imports));
    return new ReportData.TurnoverYear(year, bn(exports), bn(imports), turnover, null, null,
        turnover == null ? null : TARGET.subtract(turnover), null, null, source);
  }

  private static ReportData data(List<ReportData.TurnoverYear> turnover) {
    ReportData.Setup setup = new ReportData.Setup("KAZ", "RUS", TARGET, null, "test", "r-1",
        Instant.parse("2026-12-01T10:00:00Z"), "file:/w", "all");
    return new ReportData(setup, turnover,
        List.of(new ReportData.SectorGrowth(2023, "metals <& alloys>", bn("1"), new BigDecimal("10.00"), new BigDecimal("1.50"))),
        List.of(new ReportData.AgroYear(2022, null, null, null, null, null)),
        List.of(new ReportData.AxisYear(2023, "EASTERN", 3, new BigDecimal("2400000.000"), null, new BigDecimal("100.00"))),
        2023, List.of(new ReportData.AxisSector("EASTERN", "metals <& alloys>", 3, new BigDecimal("2400000.000"))),
        List.of(new ReportData.ProjectSector("energy", 2, 1, 300, bn("0.5"))),
        List.of(new ReportData.SourceCounts("customs", "r-1", Instant.EPOCH, 10L, 7L, 1L, 2L)),
        List.of(new ReportData.ReasonCount("customs", "BAD_NUMBER", 1)),
        List.of(new ReportData.FlagCount("MIRROR_GAP", "WARNING", 9)));
  }

  /** The text of the turnover chart's SVG (its category labels and notes are SVG text elements). */
  private static String turnoverChartText(String html) {
    int start = html.indexOf("<svg role=\"img\"", html.indexOf("<section id=\"turnover\">"));
    String svg = html.substring(start, html.indexOf("</svg>", start));
    StringBuilder text = new StringBuilder();
    Matcher m = Pattern.compile("<text[^>]*>([^<]*)</text>").matcher(svg);
    while (m.find()) {
      text.append(m.group(1)).append('|');
    }
    return text.toString();
  }

  @Test
  void aYearNotFromThePreferredReporterIsMarkedOnTheChartAndInItsTable() {
    String html = ReportPage.html(data(List.of(year(2021, "7", "15", "REPORTER"), year(2022, "8", "17", "MIRROR"),
        year(2023, "8.5", null, "INCOMPLETE"), year(2024, "9", "18", "MIXED"))), "agro_food");

    String chart = turnoverChartText(html);
    assertTrue(chart.contains("|2021|"), chart);
    assertTrue(chart.contains("2022 MIRROR"), chart);
    assertTrue(chart.contains("2023 INCOMPLETE"), chart);
    assertTrue(chart.contains("2024 MIXED"), chart);
    assertTrue(chart.contains("gap 3.00 bn, needed growth: set target.year"), chart);
    // The year nobody reports imports for has no turnover: n/a, never 0.00.
    assertEquals(List.of("2023", "8.50", "n/a", "n/a", "n/a", "n/a", "n/a", "n/a", "n/a", "INCOMPLETE"),
        ReportTables.rows(html, "table-turnover").get(2));
    assertEquals("MIRROR", ReportTables.rows(html, "table-turnover").get(1).get(9));
  }

  @Test
  void theYearTheTargetIsReachedAtTheRecentPaceIsWrittenOnTheLastYearAndInTheTable() {
    ReportData.TurnoverYear last = year(2024, "9", "18", "REPORTER");
    last = new ReportData.TurnoverYear(last.year(), last.exportsUsd(), last.importsUsd(), last.turnoverUsd(), null, null,
        last.gapUsd(), null, 2026, last.valueSource());
    String html = ReportPage.html(data(List.of(year(2023, "8", "17", "REPORTER"), last)), "agro_food");

    assertTrue(turnoverChartText(html).contains("gap 3.00 bn, needed growth: set target.year, reached in 2026 at the "
        + "3-year pace"), turnoverChartText(html));
    assertEquals("2026", ReportTables.rows(html, "table-turnover").get(1).get(8));
    assertEquals("n/a", ReportTables.rows(html, "table-turnover").get(0).get(8));
  }

  @Test
  void thePageLoadsNothingAndEveryChartHasATitleUnitsAndATable() {
    String html = ReportPage.html(data(List.of(year(2023, "8", "17", "REPORTER"))), "agro_food");

    assertTrue(html.contains("content=\"default-src 'none'; style-src 'unsafe-inline'\""), "a policy forbidding requests");
    assertFalse(Pattern.compile("<script|\\bsrc=|href=|url\\((?!#)|@import", Pattern.CASE_INSENSITIVE).matcher(html).find(),
        "nothing to fetch");
    int sections = html.split("<section ", -1).length - 1;
    assertEquals(9, sections);
    assertEquals(sections, html.split("<svg role=\"img\" aria-label=\"", -1).length - 1);
    assertEquals(sections, html.split("<table class=\"numbers\"", -1).length - 1);
    // Several charts on one page: each one's definitions (clip paths) carry its own prefix.
    assertEquals(html.split("clip-path=\"url\\(#", -1).length - 1,
        html.split("clip-path=\"url\\(#chart-", -1).length - 1);
    assertTrue(turnoverChartText(html).contains("USD billion"), "units on the value axis");
  }

  @Test
  void theQualityFlagsHaveTheirSectionWithTheCountsPerFlag() {
    String html = ReportPage.html(data(List.of(year(2023, "8", "17", "REPORTER"))), "agro_food");

    assertEquals(List.of(List.of("MIRROR_GAP", "WARNING", "9")), ReportTables.rows(html, "table-flags"));
    assertTrue(html.contains("data-source=\"quality_flags\""), "the table names its source");
  }

  @Test
  void textFromTheTablesIsEscaped() {
    String html = ReportPage.html(data(List.of(year(2023, "8", "17", "REPORTER"))), "agro_food");

    assertFalse(html.contains("<& alloys>"));
    assertEquals("metals <& alloys>", ReportTables.rows(html, "table-sector-growth").get(0).get(0));
    assertEquals(List.of("conform:customs", "r-1", "10", "7", "1", "2"), ReportTables.rows(html, "table-quality").get(0));
  }
}
