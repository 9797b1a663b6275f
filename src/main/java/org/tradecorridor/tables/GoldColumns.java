package org.tradecorridor.tables;

import java.util.List;

/** Column names of the gold tables, as in the contract. */
public final class GoldColumns {
  private GoldColumns() {}

  /** The pair of a trade table's row: its home and partner (ISO3), the first two columns. */
  public static final String HOME = "home";
  public static final String PARTNER = "partner";
  public static final String YEAR = "year";
  public static final String EXPORTS_USD = "exports_usd";
  public static final String IMPORTS_USD = "imports_usd";
  public static final String TURNOVER_USD = "turnover_usd";
  public static final String BALANCE_USD = "balance_usd";
  public static final String YOY_GROWTH_PCT = "yoy_growth_pct";
  public static final String TARGET_USD = "target_usd";
  public static final String TARGET_PROGRESS_PCT = "target_progress_pct";
  public static final String GAP_TO_TARGET_USD = "gap_to_target_usd";
  public static final String REQUIRED_CAGR_PCT = "required_cagr_pct";
  public static final String PROJECTED_TARGET_YEAR = "projected_target_year";
  public static final String VALUE_SOURCE = "value_source";
  public static final String RUN_ID = "run_id";

  public static final String SECTOR = "sector";
  public static final String SHARE_OF_TURNOVER_PCT = "share_of_turnover_pct";
  public static final String CONTRIBUTION_TO_GROWTH_PP = "contribution_to_growth_pp";

  public static final String AGRO_EXPORTS_USD = "agro_exports_usd";
  public static final String AGRO_IMPORTS_USD = "agro_imports_usd";
  public static final String AGRO_TURNOVER_USD = "agro_turnover_usd";
  public static final String AGRO_YOY_GROWTH_PCT = "agro_yoy_growth_pct";
  public static final String AGRO_SHARE_PCT = "agro_share_pct";
  public static final String AGRO_CONTRIBUTION_PP = "agro_contribution_pp";
  public static final String TOTAL_TURNOVER_USD = "total_turnover_usd";
  public static final String TOTAL_YOY_GROWTH_PCT = "total_yoy_growth_pct";

  public static final String AXIS = "axis";
  public static final String SHIPMENTS = "shipments";
  public static final String GROSS_TONNES = "gross_tonnes";
  public static final String SHARE_OF_CORRIDOR_PCT = "share_of_corridor_pct";

  public static final String PROJECTS = "projects";
  public static final String ACTIVE_PROJECTS = "active_projects";
  public static final String JOBS = "jobs";
  public static final String INVESTMENT_USD = "investment_usd";

  public static final String HOME_DECLARED_USD = "home_declared_usd";
  public static final String PARTNER_MIRROR_USD = "partner_mirror_usd";
  public static final String GAP_USD = "gap_usd";
  public static final String GAP_PCT = "gap_pct";
  public static final String HOME_FOB_USD = "home_fob_usd";
  public static final String PARTNER_FOB_USD = "partner_fob_usd";
  public static final String FOB_GAP_USD = "fob_gap_usd";
  public static final String FOB_GAP_PCT = "fob_gap_pct";

  public static final String SECTOR_VALUE_USD = "sector_value_usd";
  public static final String COVERED_VALUE_USD = "covered_value_usd";
  public static final String COVERED_PREVIOUS_USD = "covered_previous_usd";
  public static final String COVERAGE_PCT = "coverage_pct";
  public static final String VALUE_CHANGE_USD = "value_change_usd";
  public static final String VOLUME_EFFECT_USD = "volume_effect_usd";
  public static final String PRICE_EFFECT_USD = "price_effect_usd";
  public static final String INTERACTION_USD = "interaction_usd";
  public static final String VOLUME_INDEX = "volume_index";
  public static final String PRICE_INDEX = "price_index";

  /** value_source: which side's declarations a year's figures come from. */
  public static final String REPORTER = "REPORTER";
  public static final String MIRROR = "MIRROR";
  public static final String MIXED = "MIXED";
  /** A year in which neither side reports one of the two flows: its figures are unknown, not zero. */
  public static final String INCOMPLETE = "INCOMPLETE";
  /** Flows of a CEPII BACI file: reconciled, one value per flow, no side chosen. */
  public static final String BACI = "BACI";
  /** Every value_source, in the order the contract lists them. */
  public static final List<String> VALUE_SOURCES = List.of(REPORTER, MIRROR, MIXED, INCOMPLETE, BACI);

  public static final List<String> BILATERAL_TURNOVER = GoldSchemas.BILATERAL_TURNOVER.names();

  /**
   * True for a trade table's row of this pair (home, partner); a row of a table an earlier version wrote, which
   * has no pair columns and holds one pair, always.
   */
  public static boolean isOfPair(org.apache.spark.sql.Row row, List<String> pair) {
    return row.schema().getFieldIndex(HOME).isEmpty()
        || pair.equals(List.of(row.<String>getAs(HOME), row.<String>getAs(PARTNER)));
  }

  /** True for a gold table of one set of rows per pair (its first columns home and partner). */
  public static boolean isPairTable(String table) {
    return GoldSchemas.ALL.stream().anyMatch(s -> s.table().equals(table) && s.names().contains(HOME));
  }

  public static final List<String> TRADE_BY_SECTOR = GoldSchemas.TRADE_BY_SECTOR.names();
  public static final List<String> AGRO_CONTRIBUTION = GoldSchemas.AGRO_CONTRIBUTION.names();
  public static final List<String> CORRIDOR_FREIGHT = GoldSchemas.CORRIDOR_FREIGHT.names();
  public static final List<String> CORRIDOR_SECTOR = GoldSchemas.CORRIDOR_SECTOR.names();
  public static final List<String> JOINT_PROJECTS = GoldSchemas.JOINT_PROJECTS.names();
  public static final List<String> MIRROR_DISCREPANCY = GoldSchemas.MIRROR_DISCREPANCY.names();
  public static final List<String> PRICE_VOLUME = GoldSchemas.PRICE_VOLUME.names();
}
