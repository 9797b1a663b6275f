package org.tradecorridor.report;

import static org.tradecorridor.report.Html.bn;
import static org.tradecorridor.report.Html.count;
import static org.tradecorridor.report.Html.mt;
import static org.tradecorridor.report.Html.pct;

import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.data.category.DefaultCategoryDataset;
import org.tradecorridor.report.Html.Table.Unit;
import org.tradecorridor.tables.GoldColumns;
import org.tradecorridor.tables.Tables;

/** The corridor and projects sections: tonnage by axis and year, each axis's sector mix, joint projects. */
final class CorridorSections {
  private CorridorSections() {}

  /** Gross tonnes on each INSTC axis by year, one bar per axis. */
  static String tonnage(ReportData data) {
    DefaultCategoryDataset tonnes = new DefaultCategoryDataset();
    data.corridor().forEach(a -> tonnes.addValue(Html.megatonnes(a.grossTonnes()), a.axis(), String.valueOf(a.year())));
    JFreeChart chart = Charts.bars("INSTC corridor: cargo on each axis by year", "year of departure",
        "million tonnes (gross)", tonnes, false, false);
    Html.Table table = new Html.Table("table-corridor", "Cargo by axis and year", Tables.GOLD_CORRIDOR_FREIGHT)
        .key("year", GoldColumns.YEAR).key("axis", GoldColumns.AXIS)
        .column("shipments", GoldColumns.SHIPMENTS, Unit.count)
        .column("million tonnes", GoldColumns.GROSS_TONNES, Unit.tonnes_mt)
        .column("growth %", GoldColumns.YOY_GROWTH_PCT, Unit.pct)
        .column("share of corridor %", GoldColumns.SHARE_OF_CORRIDOR_PCT, Unit.pct);
    data.corridor().forEach(a -> table.row(String.valueOf(a.year()), a.axis(), count(a.shipments()),
        mt(a.grossTonnes()), pct(a.growthPct()), pct(a.sharePct())));
    return ReportPage.section("corridor", "4. Cargo on the corridor's axes", chart,
        "Bars: gross million tonnes per axis and year of departure; freight on no axis is left out.", table);
  }

  /** The sector mix of each axis in the last year with freight, stacked. */
  static String mix(ReportData data) {
    DefaultCategoryDataset tonnes = new DefaultCategoryDataset();
    data.corridorMix().forEach(m -> tonnes.addValue(Html.megatonnes(m.grossTonnes()), m.sector(), m.axis()));
    String year = data.mixYear() == null ? "-" : String.valueOf(data.mixYear());
    JFreeChart chart = Charts.bars("Sector mix of each axis, " + year, "axis", "million tonnes (gross)", tonnes, true,
        true);
    Html.Table table = new Html.Table("table-corridor-mix", "Cargo by axis and sector, " + year,
        Tables.GOLD_CORRIDOR_SECTOR)
        .key("year", GoldColumns.YEAR).key("axis", GoldColumns.AXIS).key("sector", GoldColumns.SECTOR)
        .column("shipments", GoldColumns.SHIPMENTS, Unit.count)
        .column("million tonnes", GoldColumns.GROSS_TONNES, Unit.tonnes_mt);
    data.corridorMix().forEach(m -> table.row(year, m.axis(), m.sector(), count(m.shipments()), mt(m.grossTonnes())));
    return ReportPage.section("corridor-mix", "4b. What each axis carries", chart,
        "Stacked bars: gross million tonnes of each sector on each axis in " + year + ".", table);
  }

  /** Jobs of the joint projects by sector, with their count and investment in the table. */
  static String projects(ReportData data) {
    DefaultCategoryDataset jobs = new DefaultCategoryDataset();
    long projects = 0;
    long total = 0;
    for (ReportData.ProjectSector p : data.projects()) {
      jobs.addValue(p.jobs(), "jobs", p.sector());
      projects += p.projects();
      total += p.jobs();
    }
    JFreeChart chart = Charts.bars(String.format(Locale.ROOT, "Joint projects: %d projects, %,d jobs", projects,
        total), "sector", "jobs", jobs, true, false);
    Html.Table table = new Html.Table("table-projects", "Joint projects by sector", Tables.GOLD_JOINT_PROJECTS)
        .key("sector", GoldColumns.SECTOR)
        .column("projects", GoldColumns.PROJECTS, Unit.count)
        .column("active", GoldColumns.ACTIVE_PROJECTS, Unit.count)
        .column("jobs", GoldColumns.JOBS, Unit.count)
        .column("investment bn", GoldColumns.INVESTMENT_USD, Unit.usd_bn);
    data.projects().forEach(p -> table.row(p.sector(), count(p.projects()), count(p.activeProjects()), count(p.jobs()),
        bn(p.investmentUsd())));
    return ReportPage.section("projects", "5. Joint projects", chart,
        "Bars: jobs of the joint projects (every status) by sector.", table);
  }
}
