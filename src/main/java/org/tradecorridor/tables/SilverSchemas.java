package org.tradecorridor.tables;

import static org.tradecorridor.tables.TableSchema.col;
import static org.tradecorridor.tables.TableSchema.count;
import static org.tradecorridor.tables.TableSchema.integer;
import static org.tradecorridor.tables.TableSchema.text;
import static org.tradecorridor.tables.TableSchema.tonnes;
import static org.tradecorridor.tables.TableSchema.usd;

import org.apache.spark.sql.types.DataTypes;

/** The silver tables, quarantine and run_log: their columns, types and comments (SPEC section 5). */
public final class SilverSchemas {
  private SilverSchemas() {}

  private static final String SOURCE_FILE_COMMENT = "The input file the row came from, relative to --input.";
  private static final String RUN_ID_COMMENT = "The run that wrote the row (--run-id, or a timestamp).";
  private static final String PAIR_HOME = "The home of the customs row's pair (trade.pairs); a run replaces only its "
      + "pairs' rows (and rows without a pair: those of an earlier version, freight and projects).";
  private static final String PAIR_PARTNER = "The partner of the row's pair.";

  public static final TableSchema TRADE_FLOWS = TableSchema.of(Tables.SILVER_TRADE_FLOWS,
      "Customs declarations of the pairs of countries runs covered (trade.pairs), each country's with the other, "
          + "one row per declared record that passed every rule, at the counted commodity level and frequency; "
          + "partitioned by year.",
      text("home", "The home country of the row's pair (trade.pairs): directions are seen from its side."),
      text("partner", "The partner country of the row's pair."),
      integer("year", "Reference year of the declaration (Comtrade refYear)."),
      integer("month", "Reference month 1-12 of a monthly record; null for an annual record."),
      text("reporter_iso3", "ISO 3166 alpha-3 code of the declaring country (from reporterISO, else reporterCode)."),
      text("partner_iso3", "ISO 3166 alpha-3 code of the partner country (from partnerISO, else partnerCode)."),
      text("flow", "X (the reporter's exports) or M (the reporter's imports), as declared."),
      text("direction", "EXPORT when goods go from home to partner, IMPORT the other way; seen from home "
          + "whoever declared it."),
      text("hs_code", "Commodity code as declared, leading zeros kept: 2, 4 or 6 HS digits, or TOTAL."),
      text("hs2", "HS chapter: the code's first two digits; null for TOTAL."),
      text("sector", "Sector of the chapter (conf/reference/hs_sectors.csv); unallocated for TOTAL rows."),
      usd("value_usd", "Declared trade value (primaryValue); never null."),
      col("net_weight_kg", Money.KG, "Kilograms, DECIMAL(20,3). Declared net weight; null when not declared."),
      usd("cif_value_usd", "Value at the border including freight and insurance (cifvalue), as Comtrade gives it "
          + "for imports; null when the file has none."),
      usd("fob_value_usd", "Value free on board (fobvalue), as Comtrade gives it for exports and some imports; "
          + "null when the file has none."),
      col("qty", Money.QUANTITY, "DECIMAL(20,3). Declared quantity in qty_unit (qty); null when the file has none "
          + "or names no unit (qtyUnitAbbr empty or N/A)."),
      text("qty_unit", "Unit of qty as Comtrade abbreviates it (qtyUnitAbbr: kg, u, l, m2, ...); null when none."),
      col("is_reported", DataTypes.BooleanType, "isReported: true when the figure is as the country reported "
          + "it, false when Comtrade estimated it; null when the file does not say."),
      col("is_estimated", DataTypes.BooleanType, "True when Comtrade marks the quantity or the net weight as "
          + "estimated (isQtyEstimated, isNetWgtEstimated), false when it marks neither; null when the file does "
          + "not say."),
      text("classification", "The HS edition of the code (classificationCode: H0 to H6; a BACI file's HS "
          + "revision, HS22 as H6); null when not given."),
      text("dataset", "COMTRADE: a country's declaration (a Comtrade+ export, API response or bulk file). BACI: "
          + "CEPII's reconciled flow, one FOB value per exporter, importer and product and year, kept as the "
          + "exporter's flow X (reporter_iso3 the exporter): no country declared it, so it has no mirror."),
      text("source_file", SOURCE_FILE_COMMENT),
      text("run_id", RUN_ID_COMMENT));

  public static final TableSchema FREIGHT = TableSchema.of(Tables.SILVER_FREIGHT,
      "Freight shipments that passed every rule, each on at most one INSTC axis; partitioned by year.",
      text("shipment_id", "The carrier's shipment id; unique in the table."),
      col("departure_date", DataTypes.DateType, "Date the shipment left its origin."),
      integer("year", "Year of departure_date."),
      text("origin_country", "ISO3 code of the origin country."),
      text("origin_node", "City or port the shipment left from."),
      text("destination_country", "ISO3 code of the destination country."),
      text("destination_node", "City or port the shipment went to."),
      col("route", DataTypes.createArrayType(DataTypes.StringType),
          "Nodes in order from origin to destination, as in the route field split at '>'."),
      text("axis", "INSTC axis: TRANS_CASPIAN, EASTERN or WESTERN when the origin, destination or a route node "
          + "is a listed node of that axis (conf/reference/corridor_nodes.csv); NONE when none is."),
      text("transport_mode", "Mode as reported, upper-cased (RAIL, ROAD, SEA, MULTIMODAL, ...)."),
      text("hs2", "HS chapter of the cargo."),
      text("sector", "Sector of the chapter."),
      tonnes("gross_tonnes", "Gross weight of the cargo; never null."),
      integer("teu", "Twenty-foot equivalent containers; null when not reported."),
      text("source_file", SOURCE_FILE_COMMENT),
      text("run_id", RUN_ID_COMMENT));

  public static final TableSchema PROJECTS = TableSchema.of(Tables.SILVER_PROJECTS,
      "Joint investment projects of the two countries, one row per project id.",
      text("project_id", "The project's id; unique in the table."),
      text("name", "The project's name as submitted."),
      text("sector", "Sector of the project as submitted, lower-cased."),
      text("status", "Status as submitted, upper-cased: ACTIVE, COMPLETED, PLANNED, ... (ACTIVE counts as active in gold)."),
      integer("start_year", "Year the project started or is to start; null when not given."),
      usd("investment_usd", "Committed investment; null when not given."),
      integer("jobs", "Jobs the project creates (all statuses); never null."),
      text("source_file", SOURCE_FILE_COMMENT),
      text("run_id", RUN_ID_COMMENT));

  public static final TableSchema QUARANTINE = TableSchema.of(Tables.QUARANTINE,
      "Every input row a rule refused, with the reason and the raw record; rows a documented rule ignores "
          + "(other partners, flows, levels, frequencies) are counted in run_log, not kept here.",
      text("source", "customs, freight or projects."),
      text("source_file", SOURCE_FILE_COMMENT),
      count("line_number", "The record's first physical line in its file (the header is line 1); for a JSON "
          + "response, the record's position in its data array from 1."),
      text("record", "The raw record as read (control characters escaped; a JSON record as compact JSON)."),
      text("reason", "The first rule the row broke: MALFORMED_ROW, MISSING_FIELD, UNKNOWN_COUNTRY, BAD_NUMBER, "
          + "NEGATIVE_VALUE, BAD_DATE, UNKNOWN_HS, AMBIGUOUS_AXIS or DUPLICATE."),
      text("run_id", RUN_ID_COMMENT),
      col("detected_at", DataTypes.TimestampType, "When the run quarantined the row."),
      integer("year", "The row's year where it could be read (scopes --years reruns); null otherwise."),
      text("home", PAIR_HOME + " Null where the row's pair could not be read."),
      text("partner", PAIR_PARTNER));

  public static final TableSchema QUALITY_FLAGS = TableSchema.of(Tables.QUALITY_FLAGS,
      "Kept customs rows and figures worth a look for trade reasons, one row per flag; a flag never changes a "
          + "figure. Written by conform, for the years it conforms, from the customs rows it keeps (and the TOTAL "
          + "rows it ignores).",
      text("flag", "UNIT_VALUE_OUTLIER (value per kg over 10 times or under a tenth of the median of its HS6 code "
          + "and direction over the run's years, among at least 4 rows), ESTIMATED (isReported false, or quantity "
          + "or weight estimated), DETAIL_BELOW_TOTAL (a reporter, year, frequency and flow whose counted rows "
          + "differ from its reported TOTAL by over 1 %) or MIRROR_GAP (a year, direction and sector of "
          + "gold_mirror_discrepancy whose FOB gap is beyond 25 % either way)."),
      text("severity", "WARNING (worth checking before quoting the figure) or NOTICE (ESTIMATED: a figure "
          + "Comtrade itself marks as estimated)."),
      integer("year", "Reference year of the row or figure."),
      text("reporter_iso3", "The declaring country; null for MIRROR_GAP (both sides)."),
      text("direction", "EXPORT or IMPORT, seen from home."),
      text("sector", "Sector of the row or figure; null for DETAIL_BELOW_TOTAL (all sectors)."),
      text("hs_code", "The row's commodity code; TOTAL for DETAIL_BELOW_TOTAL; null for MIRROR_GAP."),
      text("source_file", SOURCE_FILE_COMMENT + " For DETAIL_BELOW_TOTAL the file of its first TOTAL row; null "
          + "for MIRROR_GAP."),
      count("line_number", "The row's first physical line in its file (as in quarantine); null for MIRROR_GAP."),
      usd("value_usd", "The row's value; for DETAIL_BELOW_TOTAL the reported TOTAL; for MIRROR_GAP home's FOB value."),
      text("detail", "What was compared, with its figures, in one line."),
      text("run_id", RUN_ID_COMMENT),
      text("home", PAIR_HOME),
      text("partner", PAIR_PARTNER));

  public static final TableSchema RUN_LOG = TableSchema.of(Tables.RUN_LOG,
      "One row per run and stage: what each stage read, wrote, quarantined and ignored, and how it ended; "
          + "rows_read = rows_written + rows_quarantined + rows_ignored for ingest and conform.",
      text("run_id", RUN_ID_COMMENT),
      text("stage", "ingest:SOURCE, conform:SOURCE, aggregate or maintain."),
      col("started_at", DataTypes.TimestampType, "When the stage started."),
      col("finished_at", DataTypes.TimestampType, "When the stage ended."),
      text("status", "SUCCEEDED or FAILED."),
      count("rows_read", "Rows the stage read; null for aggregate and maintain, or a failure before counting."),
      count("rows_written", "Rows the stage wrote to its table; null when it has no count."),
      count("rows_quarantined", "Rows the stage sent to quarantine; null when it has no count."),
      count("rows_ignored", "Rows a documented rule left out (counted, not kept); null when it has no count."),
      text("message", "What the stage did or why it failed, in one line."));
}
