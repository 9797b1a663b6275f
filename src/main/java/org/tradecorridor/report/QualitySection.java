package org.tradecorridor.report;

import static org.tradecorridor.report.Html.count;

import org.jfree.chart.JFreeChart;
import org.jfree.data.category.DefaultCategoryDataset;
import org.tradecorridor.report.Html.Table.Unit;
import org.tradecorridor.tables.Tables;

/** Data quality: what each source's last conform read, kept, quarantined and ignored, and why rows were refused. */
final class QualitySection {
  /** The most quarantine reasons the chart and table show. */
  static final int TOP_REASONS = 10;

  private QualitySection() {}

  static String html(ReportData data) {
    DefaultCategoryDataset rows = new DefaultCategoryDataset();
    for (ReportData.SourceCounts s : data.quality()) {
      rows.addValue(s.kept(), "kept", s.source());
      rows.addValue(s.quarantined(), "quarantined", s.source());
      rows.addValue(s.ignored(), "ignored by a rule", s.source());
    }
    JFreeChart counts = Charts.bars("Input rows per source: kept, quarantined, ignored", "source", "rows", rows, true,
        true);
    Html.Table table = new Html.Table("table-quality", "Rows per source (run_log, stage conform:SOURCE)",
        Tables.RUN_LOG)
        .key("stage", "stage").key("run", "run_id")
        .column("read", "rows_read", Unit.count)
        .column("kept", "rows_written", Unit.count)
        .column("quarantined", "rows_quarantined", Unit.count)
        .column("ignored", "rows_ignored", Unit.count);
    data.quality().forEach(s -> table.row("conform:" + s.source(), s.runId(), count(s.read()), count(s.kept()),
        count(s.quarantined()), count(s.ignored())));

    DefaultCategoryDataset reasons = new DefaultCategoryDataset();
    Html.Table reasonTable = new Html.Table("table-reasons", "Quarantined rows by reason (the runs above)",
        Tables.QUARANTINE)
        .key("source", "source").key("reason", "reason")
        .column("rows", "count(*)", Unit.count);
    data.reasons().stream().limit(TOP_REASONS).forEach(r -> {
      reasons.addValue(r.rows(), "rows", r.source() + ": " + r.reason());
      reasonTable.row(r.source(), r.reason(), String.valueOf(r.rows()));
    });
    JFreeChart top = Charts.bars("Top quarantine reasons", "source: reason", "rows", reasons, true, false);
    return ReportPage.section("quality", "6. Data quality", counts,
        "Stacked bars: rows read per source, split into kept (silver), quarantined (with a reason) and ignored "
            + "under a documented rule.", table)
        + ReportPage.section("reasons", "6b. Why rows were quarantined", top,
            "Bars: quarantined rows by source and reason, most first (at most " + TOP_REASONS + ").", reasonTable)
        + flags(data);
  }

  /** Kept rows and figures worth a look (quality_flags): they change no figure, and say where to check. */
  private static String flags(ReportData data) {
    DefaultCategoryDataset flags = new DefaultCategoryDataset();
    Html.Table table = new Html.Table("table-flags", "Quality flags by flag and severity (quality_flags)",
        Tables.QUALITY_FLAGS)
        .key("flag", "flag").key("severity", "severity")
        .column("rows", "count(*)", Unit.count);
    data.flags().forEach(f -> {
      flags.addValue(f.rows(), "rows", f.flag());
      table.row(f.flag(), f.severity(), String.valueOf(f.rows()));
    });
    JFreeChart chart = Charts.bars("Quality flags", "flag", "rows or figures", flags, true, false);
    return ReportPage.section("flags", "6c. Worth a look: quality flags", chart,
        "Bars: kept rows and figures flagged for trade reasons (unit value far from its code's median, estimated "
            + "by Comtrade, detail below the reported total, a mirror gap beyond 25 % on an FOB basis); a flag "
            + "changes no figure. Rows with file and line: quality_flags.", table);
  }
}
