package org.tradecorridor.tables;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The three inputs, with the columns the job reads from each (SPEC section 4, in that order) and how a
 * raw row's year is found, which decides which runs' {@code --years} a row belongs to.
 */
public enum Source {
  CUSTOMS("customs",
      List.of("freqCode", "refYear", "refMonth", "reporterISO", "partnerISO", "flowCode", "cmdCode",
          "primaryValue", "netWgt", "qty", "qtyUnitAbbr", "motCode", "customsCode", "mosCode", "partner2Code",
          "reporterCode", "partnerCode", "cifvalue", "fobvalue", "isReported", "isQtyEstimated",
          "isNetWgtEstimated", "classificationCode"),
      Set.of("netWgt", "qty", "qtyUnitAbbr", "motCode", "customsCode", "mosCode", "partner2Code", "cifvalue",
          "fobvalue", "isReported", "isQtyEstimated", "isNetWgtEstimated", "classificationCode",
          // Who reports and who is the partner: the ISO3 column, or the numeric code, or both.
          "reporterISO", "reporterCode", "partnerISO", "partnerCode"),
      List.of(List.of("reporterISO", "reporterCode"), List.of("partnerISO", "partnerCode")),
      // A BACI file's year is its column t, in bronze's extra map.
      "try_cast(trim(coalesce(%1$srefYear, try_element_at(extra, 't'))) AS INT)"),
  FREIGHT("freight",
      List.of("shipment_id", "departure_date", "origin_country", "origin_node", "destination_country",
          "destination_node", "route", "transport_mode", "hs_code", "gross_tonnes", "teu"),
      Set.of("teu"),
      List.of(),
      "try_cast(regexp_extract(trim(%1$sdeparture_date), '^([0-9]{4})-', 1) AS INT)"),
  PROJECTS("projects",
      List.of("project_id", "name", "sector", "status", "start_year", "investment_usd", "jobs"),
      Set.of("name"),
      List.of(),
      null);

  private final String folder;
  private final List<String> columns;
  private final Set<String> optionalColumns;
  private final List<List<String>> eitherColumns;
  private final String yearSql;

  Source(String folder, List<String> columns, Set<String> optionalColumns, List<List<String>> eitherColumns,
      String yearSql) {
    this.folder = folder;
    this.columns = columns;
    this.optionalColumns = optionalColumns;
    this.eitherColumns = eitherColumns;
    this.yearSql = yearSql;
  }

  /** The folder under --input, also the source's name in quarantine, run_log and configuration. */
  public String folder() {
    return folder;
  }

  /** The columns the job reads, in the contract's order. */
  public List<String> columns() {
    return columns;
  }

  /** The columns every file of this source must have in its header. */
  public List<String> requiredColumns() {
    return columns.stream().filter(c -> !optionalColumns.contains(c)).toList();
  }

  /** Groups of columns of which a file must have at least one (customs: reporterISO or reporterCode). */
  public List<List<String>> eitherColumns() {
    return eitherColumns;
  }

  /** True for the source whose files may also be Comtrade+ API responses in JSON. */
  public boolean readsJson() {
    return this == CUSTOMS;
  }

  /** The contract's spelling of a header name, matched case-insensitively, or null for an extra column. */
  public String canonicalName(String headerName) {
    String wanted = headerName.trim().toLowerCase(Locale.ROOT);
    return columns.stream().filter(c -> c.toLowerCase(Locale.ROOT).equals(wanted)).findFirst().orElse(null);
  }

  /**
   * SQL of a raw row's year over bronze's string columns, null when unreadable; such rows belong to
   * every run's years. Null for a source whose rows are not split by year (projects: every run
   * processes all of them).
   *
   * @param qualifier what precedes the source's column names, such as {@code ""} or {@code "_raw."} (bronze's
   *     {@code extra} map is named without it)
   */
  public String yearSql(String qualifier) {
    return yearSql == null ? null : String.format(yearSql, qualifier);
  }

  public boolean isYearScoped() {
    return yearSql != null;
  }

  /**
   * True when a record's natural key holds its year (customs: refYear), so that a copy in another year is
   * no copy; false for freight, whose shipment may be sent again in another year's file.
   */
  public boolean keyHoldsYear() {
    return this == CUSTOMS;
  }

  /** The bronze table of this source. */
  public String bronzeTable() {
    return "bronze_" + folder;
  }

  /** The silver table of this source. */
  public String silverTable() {
    return switch (this) {
      case CUSTOMS -> Tables.SILVER_TRADE_FLOWS;
      case FREIGHT -> Tables.SILVER_FREIGHT;
      case PROJECTS -> Tables.SILVER_PROJECTS;
    };
  }

  /** The silver table's columns, in the contract's order. */
  public List<String> silverColumns() {
    return switch (this) {
      case CUSTOMS -> SilverColumns.TRADE_FLOWS;
      case FREIGHT -> SilverColumns.FREIGHT;
      case PROJECTS -> SilverColumns.PROJECTS;
    };
  }

  @Override
  public String toString() {
    return folder;
  }
}
