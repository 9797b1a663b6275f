package org.tradecorridor.cli;

import java.util.Map;

/** The tables' columns and types as SPEC section 5 writes them (quarantine adds the row's year). */
final class ContractSchemas {
  private ContractSchemas() {}

  static final Map<String, String> TABLES = Map.ofEntries(
      Map.entry("silver_trade_flows", "home STRING, partner STRING, year INT, month INT, reporter_iso3 STRING, partner_iso3 STRING, flow STRING, "
          + "direction STRING, hs_code STRING, hs2 STRING, sector STRING, value_usd DECIMAL(20,2), "
          + "net_weight_kg DECIMAL(20,3), cif_value_usd DECIMAL(20,2), fob_value_usd DECIMAL(20,2), qty DECIMAL(20,3), "
          + "qty_unit STRING, is_reported BOOLEAN, is_estimated BOOLEAN, classification STRING, dataset STRING, source_file STRING, "
          + "run_id STRING"),
      Map.entry("silver_freight", "shipment_id STRING, departure_date DATE, year INT, origin_country STRING, "
          + "origin_node STRING, destination_country STRING, destination_node STRING, route ARRAY<STRING>, "
          + "axis STRING, transport_mode STRING, hs2 STRING, sector STRING, gross_tonnes DECIMAL(18,3), teu INT, "
          + "source_file STRING, run_id STRING"),
      Map.entry("silver_projects", "project_id STRING, name STRING, sector STRING, status STRING, start_year INT, "
          + "investment_usd DECIMAL(20,2), jobs INT, source_file STRING, run_id STRING"),
      Map.entry("quarantine", "source STRING, source_file STRING, line_number BIGINT, record STRING, reason STRING, "
          + "run_id STRING, detected_at TIMESTAMP, year INT, home STRING, partner STRING"),
      Map.entry("gold_bilateral_turnover", "home STRING, partner STRING, year INT, exports_usd DECIMAL(20,2), imports_usd DECIMAL(20,2), "
          + "turnover_usd DECIMAL(20,2), balance_usd DECIMAL(20,2), yoy_growth_pct DECIMAL(25,2), "
          + "target_usd DECIMAL(20,2), target_progress_pct DECIMAL(25,2), gap_to_target_usd DECIMAL(20,2), "
          + "required_cagr_pct DECIMAL(25,2), projected_target_year INT, value_source STRING, run_id STRING"),
      Map.entry("gold_trade_by_sector", "home STRING, partner STRING, year INT, sector STRING, exports_usd DECIMAL(20,2), imports_usd DECIMAL(20,2), "
          + "turnover_usd DECIMAL(20,2), share_of_turnover_pct DECIMAL(25,2), yoy_growth_pct DECIMAL(25,2), "
          + "contribution_to_growth_pp DECIMAL(25,2), run_id STRING"),
      Map.entry("gold_agro_contribution", "home STRING, partner STRING, year INT, agro_exports_usd DECIMAL(20,2), agro_imports_usd DECIMAL(20,2), "
          + "agro_turnover_usd DECIMAL(20,2), agro_yoy_growth_pct DECIMAL(25,2), agro_share_pct DECIMAL(25,2), "
          + "agro_contribution_pp DECIMAL(25,2), total_turnover_usd DECIMAL(20,2), total_yoy_growth_pct DECIMAL(25,2), "
          + "run_id STRING"),
      Map.entry("gold_corridor_freight", "year INT, axis STRING, shipments BIGINT, gross_tonnes DECIMAL(18,3), "
          + "yoy_growth_pct DECIMAL(25,2), share_of_corridor_pct DECIMAL(25,2), run_id STRING"),
      Map.entry("gold_corridor_sector", "year INT, axis STRING, sector STRING, shipments BIGINT, "
          + "gross_tonnes DECIMAL(18,3), run_id STRING"),
      Map.entry("gold_joint_projects", "sector STRING, projects BIGINT, active_projects BIGINT, jobs BIGINT, "
          + "investment_usd DECIMAL(20,2), run_id STRING"),
      Map.entry("gold_mirror_discrepancy", "home STRING, partner STRING, year INT, direction STRING, sector STRING, home_declared_usd DECIMAL(20,2), "
          + "partner_mirror_usd DECIMAL(20,2), gap_usd DECIMAL(20,2), gap_pct DECIMAL(25,2), home_fob_usd DECIMAL(20,2), "
          + "partner_fob_usd DECIMAL(20,2), fob_gap_usd DECIMAL(20,2), fob_gap_pct DECIMAL(25,2), run_id STRING"),
      Map.entry("gold_price_volume", "home STRING, partner STRING, year INT, sector STRING, sector_value_usd DECIMAL(20,2), "
          + "covered_value_usd DECIMAL(20,2), covered_previous_usd DECIMAL(20,2), coverage_pct DECIMAL(25,2), "
          + "value_change_usd DECIMAL(20,2), volume_effect_usd DECIMAL(20,2), price_effect_usd DECIMAL(20,2), "
          + "interaction_usd DECIMAL(20,2), volume_index DECIMAL(25,2), price_index DECIMAL(25,2), run_id STRING"),
      Map.entry("quality_flags", "flag STRING, severity STRING, year INT, reporter_iso3 STRING, direction STRING, "
          + "sector STRING, hs_code STRING, source_file STRING, line_number BIGINT, value_usd DECIMAL(20,2), "
          + "detail STRING, run_id STRING, home STRING, partner STRING"),
      Map.entry("run_log", "run_id STRING, stage STRING, started_at TIMESTAMP, finished_at TIMESTAMP, status STRING, "
          + "rows_read BIGINT, rows_written BIGINT, rows_quarantined BIGINT, rows_ignored BIGINT, message STRING"));
}
