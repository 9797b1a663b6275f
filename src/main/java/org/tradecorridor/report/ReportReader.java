package org.tradecorridor.report;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.tradecorridor.config.InvalidConfigException;
import org.tradecorridor.config.YearSet;
import org.tradecorridor.publish.RunLog;
import org.tradecorridor.publish.Warehouse;
import org.tradecorridor.run.Concurrently;
import org.tradecorridor.tables.GoldColumns;
import org.tradecorridor.tables.Source;
import org.tradecorridor.tables.Tables;

/**
 * Reads what the report shows from the gold tables, run_log and quarantine: small tables, read at once,
 * each collected to the driver (silver and bronze are never read, so a report of any warehouse takes
 * seconds). Years outside {@code years} are left out.
 */
public final class ReportReader {
  private final SparkSession spark;
  private final Warehouse warehouse;
  private final YearSet years;
  private final List<String> pair;

  /** @param pair the home and partner of the pair whose trade tables' rows are shown */
  public ReportReader(SparkSession spark, Warehouse warehouse, YearSet years, List<String> pair) {
    this.spark = spark;
    this.warehouse = warehouse;
    this.years = years;
    this.pair = List.copyOf(pair);
  }

  /** @throws InvalidConfigException when the warehouse has no gold table yet */
  public ReportData read() {
    List<String> missing = Tables.GOLD.stream().filter(t -> !warehouse.exists(t)).toList();
    if (!missing.isEmpty()) {
      throw new InvalidConfigException("--warehouse " + warehouse.root() + " has no " + String.join(", ", missing)
          + "; run the job (run or aggregate) first");
    }
    List<Callable<List<Row>>> reads = new ArrayList<>();
    reads.add(() -> gold(Tables.GOLD_BILATERAL_TURNOVER, GoldColumns.YEAR));
    reads.add(() -> gold(Tables.GOLD_TRADE_BY_SECTOR, GoldColumns.YEAR, GoldColumns.SECTOR));
    reads.add(() -> gold(Tables.GOLD_AGRO_CONTRIBUTION, GoldColumns.YEAR));
    reads.add(() -> gold(Tables.GOLD_CORRIDOR_FREIGHT, GoldColumns.YEAR, GoldColumns.AXIS));
    reads.add(() -> gold(Tables.GOLD_CORRIDOR_SECTOR, GoldColumns.YEAR));
    reads.add(() -> sorted(warehouse.rows(Tables.GOLD_JOINT_PROJECTS),
        Comparator.comparing((Row r) -> -r.<Long>getAs(GoldColumns.JOBS)).thenComparing(r -> r.<String>getAs(GoldColumns.SECTOR))));
    reads.add(() -> warehouse.exists(Tables.RUN_LOG) ? warehouse.rows(Tables.RUN_LOG) : List.of());
    List<List<Row>> read = Concurrently.run(reads, 4);

    List<ReportData.TurnoverYear> turnover = map(read.get(0), r -> new ReportData.TurnoverYear(year(r),
        r.getAs(GoldColumns.EXPORTS_USD), r.getAs(GoldColumns.IMPORTS_USD), r.getAs(GoldColumns.TURNOVER_USD),
        r.getAs(GoldColumns.YOY_GROWTH_PCT), r.getAs(GoldColumns.TARGET_PROGRESS_PCT),
        r.getAs(GoldColumns.GAP_TO_TARGET_USD), r.getAs(GoldColumns.REQUIRED_CAGR_PCT),
        r.getAs(GoldColumns.PROJECTED_TARGET_YEAR), r.getAs(GoldColumns.VALUE_SOURCE)));
    List<Integer> lastTwo = turnover.stream().map(ReportData.TurnoverYear::year).sorted(Comparator.reverseOrder())
        .limit(2).toList();
    List<ReportData.SectorGrowth> sectors = map(read.get(1), r -> new ReportData.SectorGrowth(year(r),
        r.getAs(GoldColumns.SECTOR), r.getAs(GoldColumns.TURNOVER_USD), r.getAs(GoldColumns.SHARE_OF_TURNOVER_PCT),
        r.getAs(GoldColumns.CONTRIBUTION_TO_GROWTH_PP))).stream().filter(s -> lastTwo.contains(s.year())).toList();
    List<ReportData.AgroYear> agro = map(read.get(2), r -> new ReportData.AgroYear(year(r),
        r.getAs(GoldColumns.AGRO_TURNOVER_USD), r.getAs(GoldColumns.AGRO_YOY_GROWTH_PCT),
        r.getAs(GoldColumns.AGRO_SHARE_PCT), r.getAs(GoldColumns.AGRO_CONTRIBUTION_PP),
        r.getAs(GoldColumns.TOTAL_TURNOVER_USD)));
    List<ReportData.AxisYear> corridor = map(read.get(3), r -> new ReportData.AxisYear(year(r),
        r.getAs(GoldColumns.AXIS), r.<Long>getAs(GoldColumns.SHIPMENTS), r.getAs(GoldColumns.GROSS_TONNES),
        r.getAs(GoldColumns.YOY_GROWTH_PCT), r.getAs(GoldColumns.SHARE_OF_CORRIDOR_PCT)));
    Integer mixYear = read.get(4).stream().map(ReportReader::year).max(Integer::compare).orElse(null);
    List<ReportData.AxisSector> mix = read.get(4).stream().filter(r -> mixYear.equals(year(r)))
        .map(r -> new ReportData.AxisSector(r.getAs(GoldColumns.AXIS), r.getAs(GoldColumns.SECTOR),
            r.<Long>getAs(GoldColumns.SHIPMENTS), r.getAs(GoldColumns.GROSS_TONNES)))
        .sorted(Comparator.comparing(ReportData.AxisSector::axis).thenComparing(ReportData.AxisSector::grossTonnes,
            Comparator.reverseOrder()))
        .toList();
    List<ReportData.ProjectSector> projects = map(read.get(5), r -> new ReportData.ProjectSector(
        r.getAs(GoldColumns.SECTOR), r.<Long>getAs(GoldColumns.PROJECTS), r.<Long>getAs(GoldColumns.ACTIVE_PROJECTS),
        r.<Long>getAs(GoldColumns.JOBS), r.getAs(GoldColumns.INVESTMENT_USD)));

    List<Row> runLog = read.get(6);
    Row aggregate = last(runLog, "aggregate", null);
    Instant until = aggregate == null ? null : instant(aggregate.getAs("finished_at"));
    List<ReportData.SourceCounts> quality = new ArrayList<>();
    for (Source source : Source.values()) {
      Row conform = last(runLog, "conform:" + source, until);
      if (conform != null) {
        quality.add(new ReportData.SourceCounts(source.toString(), conform.getAs("run_id"),
            instant(conform.getAs("finished_at")), conform.getAs("rows_read"), conform.getAs("rows_written"),
            conform.getAs("rows_quarantined"), conform.getAs("rows_ignored")));
      }
    }
    Map<String, String> properties = warehouse.properties(Tables.GOLD_BILATERAL_TURNOVER);
    // The target is the pair's rows'; its year the properties' when they were computed for this pair.
    BigDecimal target = read.get(0).stream().map(r -> r.<BigDecimal>getAs(GoldColumns.TARGET_USD))
        .filter(java.util.Objects::nonNull).findFirst().orElse(null);
    String targetYear = pair.equals(List.of(properties.getOrDefault("trade.home", ""),
        properties.getOrDefault("trade.partner", ""))) ? properties.getOrDefault("target.year", "") : "";
    ReportData.Setup setup = new ReportData.Setup(pair.get(0), pair.get(1), target,
        targetYear.isBlank() ? null : Integer.valueOf(targetYear), properties.get("trade.jobVersion"),
        aggregate == null ? null : aggregate.getAs("run_id"), until, warehouse.root(), years.toString());
    return new ReportData(setup, turnover, sectors, agro, corridor, mixYear, mix, projects, quality, reasons(quality),
        flags());
  }

  /**
   * A gold table's rows of the report's years, sorted by {@code orderBy} in the driver: a Spark sort would
   * launch two more jobs (sampling and sorting) for a few hundred rows.
   */
  private List<Row> gold(String table, String... orderBy) {
    boolean ofPairs = GoldColumns.isPairTable(table);
    List<Row> rows = warehouse.rows(table).stream()
        .filter(r -> !ofPairs || GoldColumns.isOfPair(r, pair))
        .filter(r -> years.isAll() || years.years().contains(r.<Integer>getAs(GoldColumns.YEAR))).toList();
    Comparator<Row> order = Comparator.comparing(r -> (Comparable<Object>) r.getAs(orderBy[0]));
    for (int i = 1; i < orderBy.length; i++) {
      String column = orderBy[i];
      order = order.thenComparing(r -> (Comparable<Object>) r.getAs(column));
    }
    return sorted(rows, order);
  }

  private static List<Row> sorted(List<Row> rows, Comparator<Row> order) {
    List<Row> sorted = new ArrayList<>(rows);
    sorted.sort(order);
    return sorted;
  }

  /** Quarantined rows of each source's last conform, by reason, most first. */
  private List<ReportData.ReasonCount> reasons(List<ReportData.SourceCounts> quality) {
    if (quality.isEmpty() || !warehouse.exists(Tables.QUARANTINE)) {
      return List.of();
    }
    Column ofThoseRuns = lit(false);
    for (ReportData.SourceCounts source : quality) {
      ofThoseRuns = ofThoseRuns.or(col("source").equalTo(source.source()).and(col("run_id").equalTo(source.runId())));
    }
    return warehouse.read(Tables.QUARANTINE).where(ofThoseRuns).groupBy("source", "reason").agg(count(lit(1)).as("rows"))
        .collectAsList().stream()
        .map(r -> new ReportData.ReasonCount(r.getAs("source"), r.getAs("reason"), r.<Long>getAs("rows")))
        .sorted(Comparator.comparing((ReportData.ReasonCount r) -> -r.rows()).thenComparing(ReportData.ReasonCount::source)
            .thenComparing(ReportData.ReasonCount::reason))
        .toList();
  }

  /** quality_flags by flag and severity, most first; none when the table does not exist yet. */
  private List<ReportData.FlagCount> flags() {
    if (!warehouse.exists(Tables.QUALITY_FLAGS)) {
      return List.of();
    }
    Map<List<String>, Long> counts = new java.util.TreeMap<>(Comparator.comparing((List<String> k) -> k.get(0))
        .thenComparing(k -> k.get(1)));
    warehouse.rows(Tables.QUALITY_FLAGS).forEach(r -> counts.merge(List.of(r.<String>getAs("flag"),
        r.<String>getAs("severity")), 1L, Long::sum));
    return counts.entrySet().stream()
        .map(e -> new ReportData.FlagCount(e.getKey().get(0), e.getKey().get(1), e.getValue()))
        .sorted(Comparator.comparing((ReportData.FlagCount f) -> -f.rows()).thenComparing(ReportData.FlagCount::flag))
        .toList();
  }

  /** The latest successful row of a stage that ended no later than {@code until} (null: any time). */
  private static Row last(List<Row> runLog, String stage, Instant until) {
    Row last = null;
    for (Row row : runLog) {
      Instant finished = instant(row.getAs("finished_at"));
      if (stage.equals(row.getAs("stage")) && RunLog.SUCCEEDED.equals(row.getAs("status"))
          && (until == null || !finished.isAfter(until))
          && (last == null || finished.isAfter(instant(last.getAs("finished_at"))))) {
        last = row;
      }
    }
    return last;
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? Instant.EPOCH : timestamp.toInstant();
  }

  private static int year(Row row) {
    return row.<Integer>getAs(GoldColumns.YEAR);
  }

  private static <T> List<T> map(List<Row> rows, Function<Row, T> to) {
    List<T> mapped = new ArrayList<>(rows.size());
    rows.forEach(r -> mapped.add(to.apply(r)));
    return mapped;
  }
}
