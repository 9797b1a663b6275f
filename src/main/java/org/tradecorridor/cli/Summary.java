package org.tradecorridor.cli;


import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.tradecorridor.tables.GoldColumns;
import org.tradecorridor.config.JobConfig;
import org.tradecorridor.run.Concurrently;
import org.tradecorridor.run.Progress;
import org.tradecorridor.tables.Tables;
import org.tradecorridor.publish.Warehouse;
import org.tradecorridor.tables.SilverColumns;
import org.tradecorridor.reference.Axis;

/** The summary printed at the end of a run: the gold tables at a glance. */
final class Summary {
  private static final BigDecimal BILLION = new BigDecimal("1000000000");
  private static final BigDecimal MILLION = new BigDecimal("1000000");
  private static final List<String> AXES = Axis.names();

  private Summary() {}

  static void print(Warehouse warehouse, JobConfig config, PrintStream out) {
    // The four gold tables are read at once; each read is mostly Delta's log, not data.
    List<String> tables = List.of(Tables.GOLD_BILATERAL_TURNOVER, Tables.GOLD_AGRO_CONTRIBUTION,
        Tables.GOLD_CORRIDOR_FREIGHT, Tables.GOLD_JOINT_PROJECTS);
    List<String> orderBy = List.of(GoldColumns.YEAR, GoldColumns.YEAR, GoldColumns.YEAR, GoldColumns.SECTOR);
    List<List<Row>> read = Concurrently.run(IntStream.range(0, tables.size())
        .mapToObj(i -> (Callable<List<Row>>) () -> sorted(warehouse, tables.get(i), orderBy.get(i)))
        .toList(), tables.size());
    var rules = config.rules();
    List<String> pair = rules.firstPair();
    List<Row> allPairs = read.get(0);
    List<Row> turnover = ofPair(allPairs, pair);
    BigDecimal target = turnover.stream().map(r -> r.<BigDecimal>getAs(GoldColumns.TARGET_USD))
        .filter(java.util.Objects::nonNull).findFirst().orElse(null);
    out.println();
    out.printf(Locale.ROOT, "Trade turnover %s-%s, USD billion (%s)%n", pair.get(0), pair.get(1),
        target == null ? "no target" : "target " + bn(target) + " bn");
    out.printf(Locale.ROOT, "%-6s %9s %9s %9s %9s %9s %9s %9s %9s  %s%n", "year", "exports", "imports", "turnover",
        "growth %", "target %", "gap bn", "need %/y", "at pace", "source");
    for (Row r : turnover) {
      // In a year that lacks a flow, what is missing is unknown (n/a), not merely not applicable (-).
      String unknown = GoldColumns.INCOMPLETE.equals(r.getAs(GoldColumns.VALUE_SOURCE)) ? "n/a" : "-";
      Integer atPace = r.getAs(GoldColumns.PROJECTED_TARGET_YEAR);
      out.printf(Locale.ROOT, "%-6d %9s %9s %9s %9s %9s %9s %9s %9s  %s%n", r.<Integer>getAs(GoldColumns.YEAR),
          bn(r.getAs(GoldColumns.EXPORTS_USD), unknown), bn(r.getAs(GoldColumns.IMPORTS_USD), unknown),
          bn(r.getAs(GoldColumns.TURNOVER_USD), unknown), pct(r.getAs(GoldColumns.YOY_GROWTH_PCT), unknown),
          pct(r.getAs(GoldColumns.TARGET_PROGRESS_PCT), unknown), bn(r.getAs(GoldColumns.GAP_TO_TARGET_USD), unknown),
          pct(r.getAs(GoldColumns.REQUIRED_CAGR_PCT), "-"), atPace == null ? "-" : atPace.toString(),
          r.getAs(GoldColumns.VALUE_SOURCE));
    }

    largestPairs(allPairs, out);

    out.println();
    out.printf(Locale.ROOT, "Agro-food (%s) %s-%s, USD billion%n", rules.agroSector(), pair.get(0), pair.get(1));
    out.printf(Locale.ROOT, "%-6s %9s %9s %9s %14s%n", "year", "turnover", "growth %", "share %", "contrib. pp");
    for (Row r : ofPair(read.get(1), pair)) {
      // Agro trade is unknown where a flow is TOTAL only or missing.
      String unknown = r.getAs(GoldColumns.AGRO_TURNOVER_USD) == null ? "n/a" : "-";
      out.printf(Locale.ROOT, "%-6d %9s %9s %9s %14s%n", r.<Integer>getAs(GoldColumns.YEAR),
          bn(r.getAs(GoldColumns.AGRO_TURNOVER_USD), unknown), pct(r.getAs(GoldColumns.AGRO_YOY_GROWTH_PCT), unknown),
          pct(r.getAs(GoldColumns.AGRO_SHARE_PCT), unknown), pct(r.getAs(GoldColumns.AGRO_CONTRIBUTION_PP), unknown));
    }

    out.println();
    out.println("INSTC corridor freight, million tonnes (shipments)");
    out.printf(Locale.ROOT, "%-6s", "year");
    AXES.forEach(axis -> out.printf(Locale.ROOT, " %24s", axis));
    out.println();
    Map<Integer, Map<String, Row>> byYear = new TreeMap<>();
    for (Row r : read.get(2)) {
      byYear.computeIfAbsent(r.getAs(GoldColumns.YEAR), y -> new TreeMap<>()).put(r.getAs(GoldColumns.AXIS), r);
    }
    byYear.forEach((year, axes) -> {
      out.printf(Locale.ROOT, "%-6d", year);
      for (String axis : AXES) {
        Row r = axes.get(axis);
        String cell = r == null ? "-" : String.format(Locale.ROOT, "%s (%d)",
            scaled(r.getAs(GoldColumns.GROSS_TONNES), MILLION, 3), r.<Long>getAs(GoldColumns.SHIPMENTS));
        out.printf(Locale.ROOT, " %24s", cell);
      }
      out.println();
    });

    out.println();
    long projects = 0;
    long active = 0;
    long jobs = 0;
    BigDecimal investment = BigDecimal.ZERO;
    List<Row> sectors = read.get(3);
    for (Row r : sectors) {
      projects += r.<Long>getAs(GoldColumns.PROJECTS);
      active += r.<Long>getAs(GoldColumns.ACTIVE_PROJECTS);
      jobs += r.<Long>getAs(GoldColumns.JOBS);
      investment = investment.add(r.getAs(GoldColumns.INVESTMENT_USD));
    }
    out.printf(Locale.ROOT, "Joint projects: %d (%d active) in %d sectors, %,d jobs, USD %s bn invested%n",
        projects, active, sectors.size(), jobs, bn(investment));
    out.println(flags(warehouse));
    out.printf(Locale.ROOT, "Tables: %s (run %s)%n", warehouse.root(), config.runId());
    out.flush();
  }

  private static List<Row> ofPair(List<Row> rows, List<String> pair) {
    return rows.stream().filter(r -> GoldColumns.isOfPair(r, pair)).toList();
  }

  /** When the warehouse holds more than one pair: the 10 largest by turnover in the last year any pair has. */
  private static void largestPairs(List<Row> rows, PrintStream out) {
    if (rows.isEmpty() || rows.get(0).schema().getFieldIndex(GoldColumns.HOME).isEmpty()
        || rows.stream().map(r -> r.getAs(GoldColumns.HOME) + "-" + r.getAs(GoldColumns.PARTNER)).distinct().count() < 2) {
      return;
    }
    int last = rows.stream().mapToInt(r -> r.<Integer>getAs(GoldColumns.YEAR)).max().getAsInt();
    List<Row> largest = rows.stream().filter(r -> r.<Integer>getAs(GoldColumns.YEAR) == last)
        .sorted(java.util.Comparator.comparing((Row r) -> r.<BigDecimal>getAs(GoldColumns.TURNOVER_USD),
            java.util.Comparator.nullsLast(java.util.Comparator.reverseOrder())))
        .limit(10).toList();
    out.println();
    out.printf(Locale.ROOT, "Largest pairs of %d by turnover, USD billion%n", last);
    out.printf(Locale.ROOT, "%-8s %9s %9s %9s %9s  %s%n", "pair", "exports", "imports", "turnover", "growth %", "source");
    for (Row r : largest) {
      out.printf(Locale.ROOT, "%-8s %9s %9s %9s %9s  %s%n", r.getAs(GoldColumns.HOME) + "-" + r.getAs(GoldColumns.PARTNER),
          bn(r.getAs(GoldColumns.EXPORTS_USD), "n/a"), bn(r.getAs(GoldColumns.IMPORTS_USD), "n/a"),
          bn(r.getAs(GoldColumns.TURNOVER_USD), "n/a"), pct(r.getAs(GoldColumns.YOY_GROWTH_PCT), "-"),
          r.getAs(GoldColumns.VALUE_SOURCE));
    }
  }

  /** The quality flags' counts per flag, in one line. */
  private static String flags(Warehouse warehouse) {
    if (!warehouse.exists(Tables.QUALITY_FLAGS)) {
      return "Quality flags: none yet";
    }
    Map<String, Long> byFlag = new TreeMap<>();
    warehouse.rows(Tables.QUALITY_FLAGS).forEach(r -> byFlag.merge(r.getAs(SilverColumns.FLAG), 1L, Long::sum));
    List<String> counts = byFlag.entrySet().stream()
        .map(e -> String.format(Locale.ROOT, "%,d %s", e.getValue(), e.getKey())).toList();
    return "Quality flags (quality_flags; they change no figure): " + (counts.isEmpty() ? "none" : String.join(", ", counts));
  }

  /** A small table's rows sorted here (a sort in Spark would sample the rows in a job of its own first). */
  @SuppressWarnings("unchecked")
  private static List<Row> sorted(Warehouse warehouse, String table, String column) {
    List<Row> rows = new java.util.ArrayList<>(warehouse.rows(table));
    rows.sort(java.util.Comparator.comparing(r -> (Comparable<Object>) r.getAs(column)));
    return rows;
  }

  private static String bn(BigDecimal usd) {
    return scaled(usd, BILLION, 2);
  }

  private static String bn(BigDecimal usd, String whenNull) {
    return usd == null ? whenNull : bn(usd);
  }

  private static String pct(BigDecimal percent, String whenNull) {
    return percent == null ? whenNull : percent.toPlainString();
  }

  private static String scaled(BigDecimal value, BigDecimal unit, int scale) {
    return value == null ? "-" : value.divide(unit, scale, RoundingMode.HALF_UP).toPlainString();
  }

  private static String pct(BigDecimal percent) {
    return percent == null ? "-" : percent.toPlainString();
  }
}
