package org.tradecorridor.tables;

import java.util.List;

/** Column names of the silver tables and quarantine, as in the contract. */
public final class SilverColumns {
  private SilverColumns() {}

  public static final String YEAR = "year";
  public static final String MONTH = "month";
  /** The pair a row belongs to (trade.pairs): its home, from whose side directions are seen, and its partner. */
  public static final String HOME = "home";
  public static final String PARTNER = "partner";
  public static final String REPORTER_ISO3 = "reporter_iso3";
  public static final String PARTNER_ISO3 = "partner_iso3";
  public static final String FLOW = "flow";
  public static final String DIRECTION = "direction";
  public static final String HS_CODE = "hs_code";
  public static final String HS2 = "hs2";
  public static final String SECTOR = "sector";
  public static final String VALUE_USD = "value_usd";
  public static final String NET_WEIGHT_KG = "net_weight_kg";
  public static final String CIF_VALUE_USD = "cif_value_usd";
  public static final String FOB_VALUE_USD = "fob_value_usd";
  public static final String QTY = "qty";
  public static final String QTY_UNIT = "qty_unit";
  public static final String IS_REPORTED = "is_reported";
  public static final String IS_ESTIMATED = "is_estimated";
  public static final String CLASSIFICATION = "classification";
  /** Whose figures a customs row carries: a country's declaration (COMTRADE) or CEPII's reconciled flow (BACI). */
  public static final String DATASET = "dataset";
  public static final String COMTRADE = "COMTRADE";
  public static final String BACI = "BACI";
  public static final String SOURCE_FILE = "source_file";
  public static final String RUN_ID = "run_id";

  public static final String SHIPMENT_ID = "shipment_id";
  public static final String DEPARTURE_DATE = "departure_date";
  public static final String ORIGIN_COUNTRY = "origin_country";
  public static final String ORIGIN_NODE = "origin_node";
  public static final String DESTINATION_COUNTRY = "destination_country";
  public static final String DESTINATION_NODE = "destination_node";
  public static final String ROUTE = "route";
  public static final String AXIS = "axis";
  public static final String TRANSPORT_MODE = "transport_mode";
  public static final String GROSS_TONNES = "gross_tonnes";
  public static final String TEU = "teu";

  public static final String PROJECT_ID = "project_id";
  public static final String NAME = "name";
  public static final String STATUS = "status";
  public static final String START_YEAR = "start_year";
  public static final String INVESTMENT_USD = "investment_usd";
  public static final String JOBS = "jobs";

  public static final String EXPORT = "EXPORT";
  public static final String IMPORT = "IMPORT";

  public static final List<String> TRADE_FLOWS = SilverSchemas.TRADE_FLOWS.names();
  public static final List<String> FREIGHT = SilverSchemas.FREIGHT.names();
  public static final List<String> PROJECTS = SilverSchemas.PROJECTS.names();

  // quarantine
  public static final String SOURCE = "source";
  public static final String LINE_NUMBER = "line_number";
  public static final String RECORD = "record";
  public static final String REASON = "reason";
  public static final String DETECTED_AT = "detected_at";

  // quality_flags
  public static final String FLAG = "flag";
  public static final String SEVERITY = "severity";
  public static final String DETAIL = "detail";
  public static final String UNIT_VALUE_OUTLIER = "UNIT_VALUE_OUTLIER";
  public static final String ESTIMATED = "ESTIMATED";
  public static final String DETAIL_BELOW_TOTAL = "DETAIL_BELOW_TOTAL";
  public static final String MIRROR_GAP = "MIRROR_GAP";
  public static final String WARNING = "WARNING";
  public static final String NOTICE = "NOTICE";
  public static final List<String> QUALITY_FLAGS = SilverSchemas.QUALITY_FLAGS.names();

  /** Quarantine's columns: the contract's, then the row's year (null when unreadable), which scopes --years reruns. */
  public static final List<String> QUARANTINE = SilverSchemas.QUARANTINE.names();
}
