package org.tradecorridor.report;

import static org.tradecorridor.report.Html.bn;
import static org.tradecorridor.report.Html.pct;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jfree.chart.JFreeChart;
import org.jfree.data.category.DefaultCategoryDataset;
import org.tradecorridor.report.Html.Table.Unit;
import org.tradecorridor.tables.GoldColumns;
import org.tradecorridor.tables.Tables;

/** The trade sections of the report: turnover against the target, sectors' growth, agro-food. */
final class TradeSections {
  private TradeSections() {}

  /**
   * Turnover by year as exports and imports stacked, the target as a line; a year whose flows are not
   * both the preferred reporter's is marked with its value source under the bars, and the last year
   * carries its gap and the growth it needs.
   */
  static String turnover(ReportData data) {
    ReportData.Setup setup = data.setup();
    DefaultCategoryDataset flows = new DefaultCategoryDataset();
    DefaultCategoryDataset target = new DefaultCategoryDataset();
    String targetName = "target " + bn(setup.targetUsd()) + " bn";
    for (ReportData.TurnoverYear year : data.turnover()) {
      String label = label(year);
      flows.addValue(Html.billions(year.exportsUsd()), "exports", label);
      flows.addValue(Html.billions(year.importsUsd()), "imports", label);
      target.addValue(Html.billions(setup.targetUsd()), targetName, label);
    }
    String pair = setup.home() + "–" + setup.partner();
    JFreeChart chart = Charts.bars("Turnover " + pair + (setup.targetUsd() == null ? " (no target)"
            : " against the USD " + bn(setup.targetUsd()) + " bn target"),
        "year (value source when not REPORTER)", "USD billion", flows, false, true);
    Charts.linesOnSameAxis(chart, target);
    Charts.subtitle(chart, "Exports and imports seen from " + setup.home() + "; MIRROR: from " + setup.partner()
        + "'s declarations; INCOMPLETE: a flow nobody reports (no bar)");
    for (ReportData.TurnoverYear year : data.turnover()) {
      if (year.turnoverUsd() == null) {
        Charts.note(chart, "n/a", label(year), BigDecimal.ZERO);
      }
    }
    if (!data.turnover().isEmpty()) {
      ReportData.TurnoverYear last = data.turnover().get(data.turnover().size() - 1);
      BigDecimal top = last.turnoverUsd() == null ? BigDecimal.ZERO : Html.billions(last.turnoverUsd());
      Charts.note(chart, lastYearNote(last, setup), label(last), top);
    }
    Html.Table table = new Html.Table("table-turnover", "Turnover by year, USD billion", Tables.GOLD_BILATERAL_TURNOVER)
        .key("year", GoldColumns.YEAR)
        .column("exports bn", GoldColumns.EXPORTS_USD, Unit.usd_bn)
        .column("imports bn", GoldColumns.IMPORTS_USD, Unit.usd_bn)
        .column("turnover bn", GoldColumns.TURNOVER_USD, Unit.usd_bn)
        .column("growth %", GoldColumns.YOY_GROWTH_PCT, Unit.pct)
        .column("of target %", GoldColumns.TARGET_PROGRESS_PCT, Unit.pct)
        .column("gap bn", GoldColumns.GAP_TO_TARGET_USD, Unit.usd_bn)
        .column("needed growth %/year", GoldColumns.REQUIRED_CAGR_PCT, Unit.pct)
        .column("target reached at 3-year pace", GoldColumns.PROJECTED_TARGET_YEAR, Unit.year)
        .column("value source", GoldColumns.VALUE_SOURCE, Unit.text);
    for (ReportData.TurnoverYear y : data.turnover()) {
      table.row(String.valueOf(y.year()), bn(y.exportsUsd()), bn(y.importsUsd()), bn(y.turnoverUsd()), pct(y.growthPct()),
          pct(y.progressPct()), bn(y.gapUsd()), pct(y.requiredCagrPct()),
          y.projectedTargetYear() == null ? Html.UNKNOWN : String.valueOf(y.projectedTargetYear()), y.valueSource());
    }
    return ReportPage.section("turnover", "1. Turnover toward the target", chart,
        "Bars: exports and imports (USD bn); dashed line: the target.", table);
  }

  /** The category label of a year: the year, and its value source unless it is REPORTER. */
  static String label(ReportData.TurnoverYear year) {
    return GoldColumns.REPORTER.equals(year.valueSource()) ? String.valueOf(year.year())
        : year.year() + " " + year.valueSource();
  }

  private static String lastYearNote(ReportData.TurnoverYear last, ReportData.Setup setup) {
    if (last.gapUsd() == null) {
      return "gap n/a";
    }
    String needed = last.requiredCagrPct() != null
        ? "needs " + last.requiredCagrPct().toPlainString() + " %/year to " + setup.targetYear()
        : setup.targetYear() == null ? "needed growth: set target.year" : "target year passed";
    String atPace = last.projectedTargetYear() == null ? "" : ", reached in " + last.projectedTargetYear()
        + " at the 3-year pace";
    return "gap " + bn(last.gapUsd()) + " bn, " + needed + atPace;
  }

  /** Each sector's contribution to turnover growth (pp) in the last two years, largest last year first. */
  static String sectorGrowth(ReportData data) {
    List<Integer> years = data.sectorGrowth().stream().map(ReportData.SectorGrowth::year).distinct().sorted().toList();
    int last = years.isEmpty() ? 0 : years.get(years.size() - 1);
    Map<String, BigDecimal> lastYear = data.sectorGrowth().stream().filter(s -> s.year() == last
        && s.contributionPp() != null).collect(Collectors.toMap(ReportData.SectorGrowth::sector,
        ReportData.SectorGrowth::contributionPp));
    Comparator<ReportData.SectorGrowth> largestFirst = Comparator.comparing(
        (ReportData.SectorGrowth s) -> lastYear.getOrDefault(s.sector(), BigDecimal.valueOf(Long.MIN_VALUE)))
        .reversed().thenComparing(ReportData.SectorGrowth::sector).thenComparing(ReportData.SectorGrowth::year);
    List<ReportData.SectorGrowth> ordered = data.sectorGrowth().stream().sorted(largestFirst).toList();
    DefaultCategoryDataset contributions = new DefaultCategoryDataset();
    for (ReportData.SectorGrowth s : ordered) {
      contributions.addValue(s.contributionPp(), String.valueOf(s.year()), s.sector());
    }
    JFreeChart chart = Charts.bars("Sectors' contribution to turnover growth, " + years.stream().map(String::valueOf)
        .collect(Collectors.joining(" and ")), "sector", "percentage points of the total's growth", contributions,
        true, false);
    Charts.subtitle(chart, "(sector turnover this year - last year) / total turnover last year x 100; the sectors add "
        + "up to the total's growth");
    Html.Table table = new Html.Table("table-sector-growth", "Sectors' turnover and contribution to growth",
        Tables.GOLD_TRADE_BY_SECTOR)
        .key("sector", GoldColumns.SECTOR).key("year", GoldColumns.YEAR)
        .column("turnover bn", GoldColumns.TURNOVER_USD, Unit.usd_bn)
        .column("share %", GoldColumns.SHARE_OF_TURNOVER_PCT, Unit.pct)
        .column("contribution pp", GoldColumns.CONTRIBUTION_TO_GROWTH_PP, Unit.pp);
    ordered.forEach(s -> table.row(s.sector(), String.valueOf(s.year()), bn(s.turnoverUsd()), pct(s.sharePct()),
        pct(s.contributionPp())));
    return ReportPage.section("sectors", "2. Which sectors drive the growth", chart,
        "Bars: percentage points of the year's turnover growth, by sector (largest in the last year first).", table);
  }

  /** Agro-food turnover by year (bars), its share and its contribution to growth (lines). */
  static String agro(ReportData data, String agroSector) {
    DefaultCategoryDataset turnover = new DefaultCategoryDataset();
    DefaultCategoryDataset shares = new DefaultCategoryDataset();
    Map<Integer, ReportData.AgroYear> byYear = new TreeMap<>();
    data.agro().forEach(a -> byYear.put(a.year(), a));
    byYear.forEach((year, a) -> {
      String label = String.valueOf(year);
      turnover.addValue(Html.billions(a.agroTurnoverUsd()), "agro turnover", label);
      shares.addValue(a.agroSharePct(), "share of turnover %", label);
      shares.addValue(a.agroContributionPp(), "contribution to growth pp", label);
    });
    JFreeChart chart = Charts.bars("Agro-food (" + agroSector + "): turnover, share and contribution to growth",
        "year", "USD billion", turnover, false, false);
    Charts.linesOnRightAxis(chart, shares, "percent / percentage points");
    Html.Table table = new Html.Table("table-agro", "Agro-food by year", Tables.GOLD_AGRO_CONTRIBUTION)
        .key("year", GoldColumns.YEAR)
        .column("agro turnover bn", GoldColumns.AGRO_TURNOVER_USD, Unit.usd_bn)
        .column("agro growth %", GoldColumns.AGRO_YOY_GROWTH_PCT, Unit.pct)
        .column("share %", GoldColumns.AGRO_SHARE_PCT, Unit.pct)
        .column("contribution pp", GoldColumns.AGRO_CONTRIBUTION_PP, Unit.pp)
        .column("total turnover bn", GoldColumns.TOTAL_TURNOVER_USD, Unit.usd_bn);
    byYear.values().forEach(a -> table.row(String.valueOf(a.year()), bn(a.agroTurnoverUsd()), pct(a.agroGrowthPct()),
        pct(a.agroSharePct()), pct(a.agroContributionPp()), bn(a.totalTurnoverUsd())));
    return ReportPage.section("agro", "3. Agro-food's part", chart, String.format(Locale.ROOT,
        "Bars: agro-food turnover (USD bn, left axis); lines: its share of the turnover (%%) and its contribution to "
            + "the turnover's growth (pp), right axis. n/a: trade declared as TOTAL only."), table);
  }
}
