package org.tradecorridor.tables;

import java.util.List;

/** The contract's table names: one Delta folder each under --warehouse. */
public final class Tables {
  private Tables() {}

  public static final String BRONZE_CUSTOMS = "bronze_customs";
  public static final String BRONZE_FREIGHT = "bronze_freight";
  public static final String BRONZE_PROJECTS = "bronze_projects";
  public static final String SILVER_TRADE_FLOWS = "silver_trade_flows";
  public static final String SILVER_FREIGHT = "silver_freight";
  public static final String SILVER_PROJECTS = "silver_projects";
  public static final String QUARANTINE = "quarantine";
  public static final String GOLD_BILATERAL_TURNOVER = "gold_bilateral_turnover";
  public static final String GOLD_TRADE_BY_SECTOR = "gold_trade_by_sector";
  public static final String GOLD_AGRO_CONTRIBUTION = "gold_agro_contribution";
  public static final String GOLD_CORRIDOR_FREIGHT = "gold_corridor_freight";
  public static final String GOLD_CORRIDOR_SECTOR = "gold_corridor_sector";
  public static final String GOLD_JOINT_PROJECTS = "gold_joint_projects";
  public static final String GOLD_MIRROR_DISCREPANCY = "gold_mirror_discrepancy";
  public static final String GOLD_PRICE_VOLUME = "gold_price_volume";
  public static final String QUALITY_FLAGS = "quality_flags";
  public static final String RUN_LOG = "run_log";

  public static final List<String> GOLD = List.of(GOLD_BILATERAL_TURNOVER, GOLD_TRADE_BY_SECTOR,
      GOLD_AGRO_CONTRIBUTION, GOLD_CORRIDOR_FREIGHT, GOLD_CORRIDOR_SECTOR, GOLD_JOINT_PROJECTS,
      GOLD_MIRROR_DISCREPANCY, GOLD_PRICE_VOLUME);

  public static final List<String> ALL = List.of(BRONZE_CUSTOMS, BRONZE_FREIGHT, BRONZE_PROJECTS,
      SILVER_TRADE_FLOWS, SILVER_FREIGHT, SILVER_PROJECTS, QUARANTINE, GOLD_BILATERAL_TURNOVER,
      GOLD_TRADE_BY_SECTOR, GOLD_AGRO_CONTRIBUTION, GOLD_CORRIDOR_FREIGHT, GOLD_CORRIDOR_SECTOR,
      GOLD_JOINT_PROJECTS, GOLD_MIRROR_DISCREPANCY, GOLD_PRICE_VOLUME, QUALITY_FLAGS, RUN_LOG);
}
