package org.tradecorridor.tables;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.tradecorridor.config.JobVersion;
import org.tradecorridor.config.TradeRules;
import org.tradecorridor.reference.Target;
import org.tradecorridor.reference.Axis;

/**
 * How each table is laid out and guarded: partitioning, Delta properties, and CHECK constraints, the
 * second line of defence behind conform's rules (Delta refuses a write that breaks one).
 */
public final class TableDesigns {
  private TableDesigns() {}

  /**
   * @param partitionBy partition columns
   * @param properties Delta table properties set at creation
   * @param mergeSchema whether a write may add columns (bronze: files may bring new ones)
   * @param constraints CHECK constraints by name
   */
  public record Design(List<String> partitionBy, Map<String, String> properties, boolean mergeSchema,
      Map<String, String> constraints) {}

  /** Years a table may hold at all; the configured plausible years are checked before, in conform. */
  static final String YEAR_PLAUSIBLE = "year BETWEEN " + TradeRules.TABLE_YEARS_MIN + " AND " + TradeRules.TABLE_YEARS_MAX;
  private static final String AXES = Axis.sqlList();

  /** The design of a table. */
  public static Design of(String table) {
    return switch (table) {
      // Statistics only on what reruns filter on (file, raw year), and long enough for whole paths, so
      // replacing one file's rows touches only its data files and writing bronze stays cheap.
      case Tables.BRONZE_CUSTOMS -> bronze("source_file,refYear");
      case Tables.BRONZE_FREIGHT -> bronze("source_file,departure_date");
      case Tables.BRONZE_PROJECTS -> bronze("source_file");
      // Statistics on the columns analysts and OPTIMIZE's Z-order filter on, not on amounts, paths and
      // run ids: each indexed column is a min, max and null count kept for every row written.
      case Tables.SILVER_TRADE_FLOWS -> new Design(List.of("year"),
          statsOn("home,partner,month,reporter_iso3,partner_iso3,flow,hs_code,sector"), false, checks(
          "year_plausible", YEAR_PLAUSIBLE,
          "month_valid", "month IS NULL OR month BETWEEN 1 AND 12",
          "flow_known", "flow IN ('X', 'M')",
          "direction_known", "direction IN ('EXPORT', 'IMPORT')",
          "value_usd_non_negative", "value_usd >= 0",
          "net_weight_kg_non_negative", "net_weight_kg IS NULL OR net_weight_kg >= 0",
          "cif_fob_qty_non_negative", nullOrNonNegative("cif_value_usd") + " AND "
              + nullOrNonNegative("fob_value_usd") + " AND " + nullOrNonNegative("qty")));
      case Tables.SILVER_FREIGHT -> new Design(List.of("year"),
          statsOn("departure_date,origin_country,destination_country,axis,transport_mode,sector"), false, checks(
          "year_plausible", YEAR_PLAUSIBLE,
          "axis_known", "axis IN (" + AXES + ", '" + Axis.NONE + "')",
          "gross_tonnes_non_negative", "gross_tonnes >= 0",
          "teu_non_negative", "teu IS NULL OR teu >= 0"));
      case Tables.SILVER_PROJECTS -> new Design(List.of(), Map.of(), false, checks(
          "jobs_non_negative", "jobs >= 0",
          "investment_usd_non_negative", "investment_usd IS NULL OR investment_usd >= 0"));
      // Partitioned by what a run replaces (a source's years), so replacing them touches their files only.
      case Tables.QUARANTINE -> new Design(List.of("source", "year"), Map.of(), false, checks(
          "source_known", "source IN ('customs', 'freight', 'projects')"));
      case Tables.QUALITY_FLAGS -> new Design(List.of("year"), Map.of(), false, checks(
          "year_plausible", YEAR_PLAUSIBLE,
          "flag_known", "flag IN ('UNIT_VALUE_OUTLIER', 'ESTIMATED', 'DETAIL_BELOW_TOTAL', 'MIRROR_GAP')",
          "severity_known", "severity IN ('WARNING', 'NOTICE')"));
      // Gold tables a run replaces by year are partitioned by year: replacing a year is a change of the log
      // alone, no search of other years' files. A flow neither side reports is null, not zero (value_source
      // INCOMPLETE): amounts are null or >= 0.
      case Tables.GOLD_BILATERAL_TURNOVER -> new Design(List.of("year"), Map.of(), false, checks(
          "year_plausible", YEAR_PLAUSIBLE,
          "exports_usd_non_negative", nullOrNonNegative("exports_usd"),
          "imports_usd_non_negative", nullOrNonNegative("imports_usd"),
          "turnover_usd_non_negative", nullOrNonNegative("turnover_usd"),
          "target_usd_positive", "target_usd IS NULL OR target_usd > 0",
          "gap_to_target_usd_non_negative", nullOrNonNegative("gap_to_target_usd"),
          "projected_target_year_not_before_year", "projected_target_year IS NULL OR projected_target_year >= year",
          "value_source_known", "value_source IN ("
              + GoldColumns.VALUE_SOURCES.stream().map(TableSchema::sqlLiteral).collect(Collectors.joining(", ")) + ")"));
      case Tables.GOLD_TRADE_BY_SECTOR -> new Design(List.of("year"), Map.of(), false, checks(
          "year_plausible", YEAR_PLAUSIBLE,
          "exports_usd_non_negative", nullOrNonNegative("exports_usd"),
          "imports_usd_non_negative", nullOrNonNegative("imports_usd"),
          "turnover_usd_non_negative", nullOrNonNegative("turnover_usd")));
      case Tables.GOLD_AGRO_CONTRIBUTION -> new Design(List.of("year"), Map.of(), false, checks(
          "year_plausible", YEAR_PLAUSIBLE,
          "agro_turnover_usd_non_negative", nullOrNonNegative("agro_exports_usd") + " AND "
              + nullOrNonNegative("agro_imports_usd") + " AND " + nullOrNonNegative("agro_turnover_usd"),
          "total_turnover_usd_non_negative", nullOrNonNegative("total_turnover_usd")));
      case Tables.GOLD_CORRIDOR_FREIGHT, Tables.GOLD_CORRIDOR_SECTOR -> new Design(List.of("year"), Map.of(), false, checks(
          "year_plausible", YEAR_PLAUSIBLE,
          "axis_known", "axis IN (" + AXES + ")",
          "shipments_non_negative", "shipments >= 0",
          "gross_tonnes_non_negative", "gross_tonnes >= 0"));
      case Tables.GOLD_JOINT_PROJECTS -> new Design(List.of(), Map.of(), false, checks(
          "counts_non_negative", "projects >= 0 AND active_projects >= 0 AND jobs >= 0",
          "investment_usd_non_negative", "investment_usd >= 0"));
      case Tables.GOLD_MIRROR_DISCREPANCY -> new Design(List.of("year"), Map.of(), false, checks(
          "year_plausible", YEAR_PLAUSIBLE,
          "direction_known", "direction IN ('EXPORT', 'IMPORT')",
          "declared_usd_non_negative", nullOrNonNegative("home_declared_usd") + " AND "
              + nullOrNonNegative("partner_mirror_usd") + " AND " + nullOrNonNegative("home_fob_usd") + " AND "
              + nullOrNonNegative("partner_fob_usd")));
      case Tables.GOLD_PRICE_VOLUME -> new Design(List.of("year"), Map.of(), false, checks(
          "year_plausible", YEAR_PLAUSIBLE,
          "values_non_negative", "sector_value_usd >= 0 AND covered_value_usd >= 0 AND covered_previous_usd >= 0",
          "effects_add_up", "volume_effect_usd + price_effect_usd + interaction_usd = value_change_usd"));
      default -> new Design(List.of(), Map.of(), false, Map.of());
    };
  }

  /**
   * The table properties of every gold table: what the last run's figures were computed for (its pairs, the
   * configured pair and its target, the commodity level) and by which version of the job, so a table read alone
   * says so. The target properties are empty when the configured pair has none.
   */
  public static Map<String, String> goldProperties(TradeRules rules, List<Target> targets) {
    Target target = targets.stream().filter(t -> t.home().equals(rules.homeIso3())
        && t.partner().equals(rules.partnerIso3())).findFirst().orElse(null);
    Map<String, String> properties = new LinkedHashMap<>();
    properties.put("trade.pairs", String.join(",", rules.pairs()));
    properties.put("trade.home", rules.homeIso3());
    properties.put("trade.partner", rules.partnerIso3());
    properties.put("target.turnoverUsd", target == null ? "" : target.usd().toPlainString());
    properties.put("target.year", target == null || target.year() == null ? "" : String.valueOf(target.year()));
    properties.put("customs.commodityLevel", rules.commodityLevel().toString());
    properties.put("trade.jobVersion", JobVersion.current());
    return properties;
  }

  /**
   * What the rows of a table an earlier version of the job wrote hold in the columns it lacks, where that is
   * known (SQL over its columns): silver_trade_flows' pair from each row's direction and flow (home is the
   * reporter of an export declared X or an import declared M), a gold trade table's the pair its properties say
   * it was computed for ({@code trade.home}, {@code trade.partner}). The table is rewritten once with them.
   */
  public static Map<String, String> backfill(String table, Map<String, String> properties) {
    if (table.equals(Tables.SILVER_TRADE_FLOWS)) {
      String homeReports = "((direction = 'EXPORT') = (flow = 'X'))";
      return Map.of("home", "CASE WHEN " + homeReports + " THEN reporter_iso3 ELSE partner_iso3 END",
          "partner", "CASE WHEN " + homeReports + " THEN partner_iso3 ELSE reporter_iso3 END",
          "dataset", TableSchema.sqlLiteral(SilverColumns.COMTRADE));
    }
    if (GoldColumns.isPairTable(table) && properties.get("trade.home") != null
        && properties.get("trade.partner") != null) {
      return Map.of("home", TableSchema.sqlLiteral(properties.get("trade.home")),
          "partner", TableSchema.sqlLiteral(properties.get("trade.partner")));
    }
    return Map.of();
  }

  /**
   * The columns OPTIMIZE orders a table's files by (Z-order), the ones analysts and reruns filter on
   * besides the partition column; empty for tables small enough that compaction is all they need.
   */
  public static List<String> optimizeOrder(String table) {
    return switch (table) {
      case Tables.BRONZE_CUSTOMS, Tables.BRONZE_FREIGHT -> List.of("source_file");
      case Tables.SILVER_TRADE_FLOWS -> List.of("home", "partner", "sector");
      case Tables.SILVER_FREIGHT -> List.of("axis", "sector");
      case Tables.QUARANTINE -> List.of("reason");
      default -> List.of();
    };
  }

  private static Design bronze(String statsColumns) {
    return new Design(List.of(), Map.of("delta.dataSkippingStringPrefixLength", "1024",
        "delta.dataSkippingStatsColumns", statsColumns), true, Map.of());
  }

  private static String nullOrNonNegative(String column) {
    return "(" + column + " IS NULL OR " + column + " >= 0)";
  }

  private static Map<String, String> statsOn(String columns) {
    return Map.of("delta.dataSkippingStatsColumns", columns);
  }

  private static Map<String, String> checks(String... namesAndExpressions) {
    Map<String, String> checks = new LinkedHashMap<>();
    for (int i = 0; i < namesAndExpressions.length; i += 2) {
      checks.put(namesAndExpressions[i], namesAndExpressions[i + 1]);
    }
    return checks;
  }
}
