package org.tradecorridor.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * What the report shows, as plain values read once from the warehouse ({@link ReportReader}): the page
 * ({@link ReportPage}) and its charts ({@link Charts}) never touch Spark.
 *
 * @param setup what the figures were computed for and by which run
 * @param turnover gold_bilateral_turnover, by year
 * @param sectorGrowth gold_trade_by_sector of the last two years
 * @param agro gold_agro_contribution, by year
 * @param corridor gold_corridor_freight, by year and axis
 * @param mixYear the last year of corridor freight, or null when there is none
 * @param corridorMix gold_corridor_sector of that year
 * @param projects gold_joint_projects, by sector
 * @param quality what each source's last conform read, kept, quarantined and ignored
 * @param reasons quarantined rows of those conforms by source and reason, most first
 * @param flags quality_flags rows by flag and severity, most first
 */
public record ReportData(
    Setup setup,
    List<TurnoverYear> turnover,
    List<SectorGrowth> sectorGrowth,
    List<AgroYear> agro,
    List<AxisYear> corridor,
    Integer mixYear,
    List<AxisSector> corridorMix,
    List<ProjectSector> projects,
    List<SourceCounts> quality,
    List<ReasonCount> reasons,
    List<FlagCount> flags) {

  public ReportData {
    turnover = List.copyOf(turnover);
    sectorGrowth = List.copyOf(sectorGrowth);
    agro = List.copyOf(agro);
    corridor = List.copyOf(corridor);
    corridorMix = List.copyOf(corridorMix);
    projects = List.copyOf(projects);
    quality = List.copyOf(quality);
    reasons = List.copyOf(reasons);
    flags = List.copyOf(flags);
  }

  /**
   * The configuration the gold tables were computed for (their table properties) and the run that wrote
   * them last.
   *
   * @param targetYear the target's year, or null when target.year was unset
   * @param runId the last aggregate run, or null when run_log has none
   * @param finishedAt when it ended, or null
   * @param years the years the report covers ("all" or a --years list)
   */
  public record Setup(String home, String partner, BigDecimal targetUsd, Integer targetYear, String jobVersion,
      String runId, Instant finishedAt, String warehouse, String years) {}

  /** One row of gold_bilateral_turnover; a flow nobody reports is null. */
  public record TurnoverYear(int year, BigDecimal exportsUsd, BigDecimal importsUsd, BigDecimal turnoverUsd,
      BigDecimal growthPct, BigDecimal progressPct, BigDecimal gapUsd, BigDecimal requiredCagrPct,
      Integer projectedTargetYear, String valueSource) {}

  /** One row of gold_trade_by_sector. */
  public record SectorGrowth(int year, String sector, BigDecimal turnoverUsd, BigDecimal sharePct,
      BigDecimal contributionPp) {}

  /** One row of gold_agro_contribution; agro figures are null where trade is declared as TOTAL only. */
  public record AgroYear(int year, BigDecimal agroTurnoverUsd, BigDecimal agroGrowthPct, BigDecimal agroSharePct,
      BigDecimal agroContributionPp, BigDecimal totalTurnoverUsd) {}

  /** One row of gold_corridor_freight. */
  public record AxisYear(int year, String axis, long shipments, BigDecimal grossTonnes, BigDecimal growthPct,
      BigDecimal sharePct) {}

  /** One row of gold_corridor_sector. */
  public record AxisSector(String axis, String sector, long shipments, BigDecimal grossTonnes) {}

  /** One row of gold_joint_projects. */
  public record ProjectSector(String sector, long projects, long activeProjects, long jobs, BigDecimal investmentUsd) {}

  /** A source's last successful conform (run_log stage conform:SOURCE); a count it has none of is null. */
  public record SourceCounts(String source, String runId, Instant finishedAt, Long read, Long kept, Long quarantined,
      Long ignored) {}

  /** Quarantined rows of one source and reason. */
  public record ReasonCount(String source, String reason, long rows) {}

  /** Rows of quality_flags with one flag and severity. */
  public record FlagCount(String flag, String severity, long rows) {}
}
