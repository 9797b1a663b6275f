package org.tradecorridor.tables;

import static org.tradecorridor.tables.TableSchema.count;
import static org.tradecorridor.tables.TableSchema.integer;
import static org.tradecorridor.tables.TableSchema.percent;
import static org.tradecorridor.tables.TableSchema.points;
import static org.tradecorridor.tables.TableSchema.text;
import static org.tradecorridor.tables.TableSchema.tonnes;
import static org.tradecorridor.tables.TableSchema.usd;

import java.util.List;

/**
 * The gold tables: their columns, types and comments (SPEC section 5). The trade tables hold one set of
 * rows per pair of countries (trade.pairs), named by their first two columns: "home" is the pair's home, from
 * whose side directions are seen, "partner" the other. Growth is null when last year's value is absent or zero.
 */
public final class GoldSchemas {
  private GoldSchemas() {}

  private static final String RUN_ID = "The run that computed the row.";
  private static final TableSchema.Col HOME = text("home", "The pair's home country (ISO3; trade.pairs): "
      + "directions are seen from its side.");
  private static final TableSchema.Col PARTNER = text("partner", "The pair's partner country (ISO3).");
  private static final String GROWTH = "Change on last year: (this year - last year) / last year x 100; null when "
      + "last year's value is absent or zero.";

  public static final TableSchema BILATERAL_TURNOVER = TableSchema.of(Tables.GOLD_BILATERAL_TURNOVER,
      "Trade between home and partner per pair and year, against the pair's turnover target (reference.targets). "
          + "Each flow of a year comes from the preferred reporter's "
          + "declarations, else from the other side's mirror flow.",
      HOME, PARTNER,
      integer("year", "Reference year."),
      usd("exports_usd", "Goods from home to partner; null when neither side reports the flow."),
      usd("imports_usd", "Goods from partner to home; null when neither side reports the flow."),
      usd("turnover_usd", "exports_usd + imports_usd; null when either is null."),
      usd("balance_usd", "exports_usd - imports_usd: positive when home sells more than it buys; null when "
          + "either is null."),
      percent("yoy_growth_pct", "Turnover growth. " + GROWTH),
      usd("target_usd", "The pair's turnover target (reference.targets); null for a pair without one."),
      percent("target_progress_pct", "turnover_usd / target_usd x 100; null when either is null."),
      usd("gap_to_target_usd", "target_usd - turnover_usd, 0 once the target is reached; null when either is null."),
      percent("required_cagr_pct", "Yearly growth needed from this year's turnover to reach the target by "
          + "its target_year; null when the pair has no target year or it is not after this year, or turnover is null."),
      integer("projected_target_year", "The first year turnover reaches target_usd (null without a target) if it keeps this year's "
          + "compound growth over the last 3 years, (turnover / turnover 3 years before)^(1/3) - 1: this year once "
          + "reached, else this year + the least n with turnover x (1 + growth)^n >= target. Null when that growth "
          + "is not positive, the year 3 years before has no turnover, or the year would be after 2200."),
      text("value_source", "Whose declarations the year's flows come from: REPORTER (both flows from the "
          + "preferred reporter), MIRROR (both from the other side's mirror flows), MIXED (one each, or declarations "
          + "beside BACI flows), INCOMPLETE (a flow neither side reports: its figures are null), BACI (both flows from "
          + "CEPII BACI, for a pair and year no country's declaration covers)."),
      text("run_id", RUN_ID));

  public static final TableSchema TRADE_BY_SECTOR = TableSchema.of(Tables.GOLD_TRADE_BY_SECTOR,
      "Trade between home and partner per year and sector, from the same flows as gold_bilateral_turnover "
          + "(its sectors add up to the year's turnover); one row per year and sector with trade.",
      HOME, PARTNER,
      integer("year", "Reference year."),
      text("sector", "Sector (conf/reference/hs_sectors.csv); unallocated for trade declared as TOTAL only."),
      usd("exports_usd", "The sector's goods from home to partner; null when the year's exports are unknown."),
      usd("imports_usd", "The sector's goods from partner to home; null when the year's imports are unknown."),
      usd("turnover_usd", "exports_usd + imports_usd."),
      percent("share_of_turnover_pct", "turnover_usd / the year's total turnover x 100."),
      percent("yoy_growth_pct", "The sector's turnover growth. " + GROWTH),
      points("contribution_to_growth_pp", "(sector turnover this year - last year, 0 when absent) / total "
          + "turnover last year x 100; the sectors' contributions add up to the total's growth. Null only when "
          + "last year has no total turnover."),
      text("run_id", RUN_ID));

  public static final TableSchema AGRO_CONTRIBUTION = TableSchema.of(Tables.GOLD_AGRO_CONTRIBUTION,
      "The agro-food sector (sectors.agro) per year: its trade, growth, share of the turnover and "
          + "contribution to its growth. Agro figures are null in a year whose trade is declared as TOTAL only.",
      HOME, PARTNER,
      integer("year", "Reference year."),
      usd("agro_exports_usd", "Agro-food goods from home to partner."),
      usd("agro_imports_usd", "Agro-food goods from partner to home."),
      usd("agro_turnover_usd", "agro_exports_usd + agro_imports_usd."),
      percent("agro_yoy_growth_pct", "Agro-food turnover growth. " + GROWTH),
      percent("agro_share_pct", "agro_turnover_usd / total_turnover_usd x 100."),
      points("agro_contribution_pp", "(agro turnover this year - last year) / total turnover last year x 100; "
          + "null when last year has no total turnover."),
      usd("total_turnover_usd", "The year's turnover, as in gold_bilateral_turnover."),
      percent("total_yoy_growth_pct", "Total turnover growth. " + GROWTH),
      text("run_id", RUN_ID));

  public static final TableSchema CORRIDOR_FREIGHT = TableSchema.of(Tables.GOLD_CORRIDOR_FREIGHT,
      "Cargo on each axis of the International North-South Transport Corridor per year; freight on no axis "
          + "(NONE) is left out. One row per year and axis with shipments.",
      integer("year", "Year of departure."),
      text("axis", "TRANS_CASPIAN, EASTERN or WESTERN."),
      count("shipments", "Shipments on the axis."),
      tonnes("gross_tonnes", "Their gross weight."),
      percent("yoy_growth_pct", "Tonnage growth. " + GROWTH),
      percent("share_of_corridor_pct", "gross_tonnes / the year's tonnes on all three axes x 100."),
      text("run_id", RUN_ID));

  public static final TableSchema CORRIDOR_SECTOR = TableSchema.of(Tables.GOLD_CORRIDOR_SECTOR,
      "Cargo on each corridor axis per year and sector: the sector mix of gold_corridor_freight.",
      integer("year", "Year of departure."),
      text("axis", "TRANS_CASPIAN, EASTERN or WESTERN."),
      text("sector", "Sector of the cargo's HS chapter."),
      count("shipments", "Shipments of the sector on the axis."),
      tonnes("gross_tonnes", "Their gross weight."),
      text("run_id", RUN_ID));

  public static final TableSchema JOINT_PROJECTS = TableSchema.of(Tables.GOLD_JOINT_PROJECTS,
      "Joint investment projects per sector.",
      text("sector", "Sector of the projects."),
      count("projects", "Projects of every status."),
      count("active_projects", "Projects whose status is ACTIVE."),
      count("jobs", "Jobs of the projects, every status."),
      usd("investment_usd", "Committed investment of the projects (a project without an amount adds nothing)."),
      text("run_id", RUN_ID));

  public static final TableSchema MIRROR_DISCREPANCY = TableSchema.of(Tables.GOLD_MIRROR_DISCREPANCY,
      "Home's declarations beside the partner's mirror declarations of the same trade, per year, direction "
          + "and sector, as declared and on one FOB basis; both sides are shown, neither chosen. One row per year, "
          + "direction and sector either side declares.",
      HOME, PARTNER,
      integer("year", "Reference year."),
      text("direction", "EXPORT (goods from home to partner: home's exports, the partner's imports) or IMPORT."),
      text("sector", "Sector (conf/reference/hs_sectors.csv); unallocated for trade declared as TOTAL only."),
      usd("home_declared_usd", "What home declares (primaryValue); null when home declares nothing in the year "
          + "and direction, 0 when it declares other sectors only."),
      usd("partner_mirror_usd", "What the partner declares for the same goods (its imports for home's exports, its "
          + "exports for home's imports); null when it declares nothing in the year and direction."),
      usd("gap_usd", "partner_mirror_usd - home_declared_usd; null when either is null."),
      percent("gap_pct", "gap_usd / home_declared_usd x 100; null when home's value is null or 0."),
      usd("home_fob_usd", "Home's value on an FOB basis: as an exporter its fobvalue, else primaryValue; as an "
          + "importer its fobvalue where reported, else its CIF value / (1 + customs.cifFobMargin)."),
      usd("partner_fob_usd", "The partner's value on the same FOB basis."),
      usd("fob_gap_usd", "partner_fob_usd - home_fob_usd: the gap freight and insurance do not explain."),
      percent("fob_gap_pct", "fob_gap_usd / home_fob_usd x 100; beyond +-25 the row is a MIRROR_GAP quality flag."),
      text("run_id", RUN_ID));

  public static final TableSchema PRICE_VOLUME = TableSchema.of(Tables.GOLD_PRICE_VOLUME,
      "Each sector's change in value on last year split into a volume effect, a price (unit value) effect and "
          + "their interaction, over the HS6 lines (direction and code) with a net weight in both years, from the "
          + "same flows as gold_trade_by_sector. With p = value / kg and q = kg per line, 0 last year, 1 this year: "
          + "volume effect = sum p0 (q1 - q0), price effect = sum (p1 - p0) q0, interaction = sum (p1 - p0) (q1 - q0). "
          + "One row per year and sector with trade whose previous year has trade.",
      HOME, PARTNER,
      integer("year", "Reference year."),
      text("sector", "Sector (conf/reference/hs_sectors.csv)."),
      usd("sector_value_usd", "The sector's trade this year, exports and imports as in gold_trade_by_sector."),
      usd("covered_value_usd", "This year's value of the lines weighed in both years (sum p1 q1)."),
      usd("covered_previous_usd", "Last year's value of the same lines (sum p0 q0)."),
      percent("coverage_pct", "covered_value_usd / sector_value_usd x 100: how much of the sector the split "
          + "explains; null when the sector's value is 0."),
      usd("value_change_usd", "covered_value_usd - covered_previous_usd: the change the three effects split."),
      usd("volume_effect_usd", "sum p0 (q1 - q0): the change had prices stayed at last year's, rounded half up to "
          + "the cent."),
      usd("price_effect_usd", "sum (p1 - p0) q0: the change had quantities stayed at last year's, rounded half up."),
      usd("interaction_usd", "sum (p1 - p0) (q1 - q0), taken as value_change_usd - volume_effect_usd - "
          + "price_effect_usd so the three add up to the change to the cent."),
      percent("volume_index", "Laspeyres volume index, sum p0 q1 / sum p0 q0 x 100 (last year = 100); null "
          + "without a covered line."),
      percent("price_index", "Paasche price (unit value) index, sum p1 q1 / sum p0 q1 x 100; null without a "
          + "covered line. volume_index x price_index / 100 = the covered value's index."),
      text("run_id", RUN_ID));

  public static final List<TableSchema> ALL = List.of(BILATERAL_TURNOVER, TRADE_BY_SECTOR, AGRO_CONTRIBUTION,
      CORRIDOR_FREIGHT, CORRIDOR_SECTOR, JOINT_PROJECTS, MIRROR_DISCREPANCY, PRICE_VOLUME);
}
