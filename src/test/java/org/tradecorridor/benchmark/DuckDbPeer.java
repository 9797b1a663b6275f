package org.tradecorridor.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The benchmark's peer: DuckDB doing the job's work in SQL on the same files — the raw rows (bronze)
 * and the deduplicated silver rows written as Parquet, with the same filters and rules, and the gold
 * tables computed (and written as Parquet, for the cross-check). It prints the seconds of each step.
 *
 * <p>Usage: {@code DuckDbPeer INPUT_DIR OUTPUT_DIR [THREADS]}. Home KAZ, partner RUS, commodity level 6,
 * frequency auto, preferred reporter home, target USD 30 bn, the shipped reference CSVs: the job's defaults.
 */
public final class DuckDbPeer {
  private static final String NUMBER = "'[+-]?([0-9]+[.]?[0-9]*|[.][0-9]+)([eE][+-]?[0-9]+)?'";

  private final Path input;
  private final Path output;
  private final Map<String, Double> seconds = new LinkedHashMap<>();

  private DuckDbPeer(Path input, Path output) {
    this.input = input;
    this.output = output;
  }

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: DuckDbPeer INPUT_DIR OUTPUT_DIR [THREADS]");
      System.exit(2);
    }
    Path output = Paths.get(args[1]);
    Files.createDirectories(output);
    DuckDbPeer peer = new DuckDbPeer(Paths.get(args[0]).toAbsolutePath(), output.toAbsolutePath());
    long started = System.nanoTime();
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
         Statement sql = connection.createStatement()) {
      if (args.length > 2) {
        sql.execute("SET threads = " + Integer.parseInt(args[2]));
      }
      sql.execute("SET preserve_insertion_order = false");
      peer.run(sql);
    }
    double total = (System.nanoTime() - started) / 1e9;
    peer.seconds.forEach((step, s) -> System.out.printf(Locale.ROOT, "duckdb %-8s %.1f s%n", step, s));
    System.out.printf(Locale.ROOT, "duckdb total %.1f s%n", total);
  }

  private void run(Statement sql) throws SQLException, IOException {
    step("bronze", sql,
        copy("bronze_customs", customsBronze()),
        copy("bronze_freight", "SELECT * FROM " + csv("freight")),
        copy("bronze_projects", Files.isDirectory(input.resolve("projects"))
            ? "SELECT * FROM " + csv("projects")
            : "SELECT NULL AS project_id, NULL AS filename WHERE false"));
    step("silver", sql, reference(), silverTradeFlows(columns(sql, "bronze_customs")), silverFreight(),
        silverProjects(), quarantineCounts());
    step("gold", sql, gold());
  }

  private void step(String name, Statement sql, String... statements) throws SQLException {
    long started = System.nanoTime();
    for (String statement : statements) {
      for (String part : statement.split(";\\s*\\n")) {
        if (!part.isBlank()) {
          sql.execute(part);
        }
      }
    }
    seconds.put(name, (System.nanoTime() - started) / 1e9);
  }

  /**
   * A source's CSV files, every field text (an empty field NULL). A record shorter than its file's header
   * is padded with NULLs, as DuckDB cannot tell its missing fields from empty ones: the job's MALFORMED_ROW
   * rows are decided by the peer's other rules (MISSING_FIELD, mostly).
   */
  private String csv(String source) throws IOException {
    List<Path> files = files(source, ".csv", ".csv.gz");
    if (files.isEmpty()) {
      return "(SELECT NULL AS filename WHERE false)";
    }
    List<String> paths = files.stream().map(p -> "'" + p + "'").toList();
    return "(SELECT * FROM read_csv([" + String.join(", ", paths) + "], all_varchar = true, "
        + "union_by_name = true, filename = true, header = true, null_padding = true, ignore_errors = true))";
  }

  private List<Path> files(String source, String... endings) throws IOException {
    if (!Files.isDirectory(input.resolve(source))) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(input.resolve(source))) {
      return files.filter(Files::isRegularFile)
          .filter(p -> Stream.of(endings).anyMatch(e -> p.toString().endsWith(e))).sorted().toList();
    }
  }

  /** The customs columns the rules read, as text, from the records of the JSON responses' data arrays. */
  private static final List<String> CUSTOMS_COLUMNS = List.of("freqCode", "refYear", "refMonth", "reporterISO",
      "reporterCode", "partnerISO", "partnerCode", "flowCode", "cmdCode", "primaryValue", "netWgt", "cifvalue",
      "fobvalue", "qty", "qtyUnitAbbr", "motCode", "customsCode", "mosCode", "partner2Code");

  /** Customs bronze: the CSV files and the records of the JSON responses, united by column name. */
  private String customsBronze() throws IOException {
    String all = "SELECT * FROM " + csv("customs");
    List<Path> json = files("customs", ".json");
    if (!json.isEmpty()) {
      String fields = CUSTOMS_COLUMNS.stream()
          .map(c -> "CAST(json_extract_string(rec, '$." + c + "') AS VARCHAR) AS \"" + c + "\"")
          .collect(Collectors.joining(", "));
      all += " UNION ALL BY NAME SELECT filename, " + fields
          + " FROM (SELECT filename, unnest(json_extract(json, '$.data[*]')) AS rec FROM read_json_objects(["
          + json.stream().map(p -> "'" + p + "'").collect(Collectors.joining(", "))
          + "], filename = true, format = 'unstructured', maximum_object_size = 1073741824))";
    }
    return all;
  }

  /** A table's columns, so that rules read a column a file set lacks as NULL. */
  private List<String> columns(Statement sql, String table) throws SQLException {
    List<String> names = new java.util.ArrayList<>();
    try (java.sql.ResultSet rs = sql.executeQuery("SELECT * FROM " + parquet(table) + " LIMIT 0")) {
      for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
        names.add(rs.getMetaData().getColumnName(i));
      }
    }
    return names;
  }

  private String copy(String table, String query) {
    return "COPY (" + query + ") TO '" + output.resolve(table + ".parquet") + "' (FORMAT parquet)";
  }

  private String parquet(String table) {
    return "read_parquet('" + output.resolve(table + ".parquet") + "')";
  }

  private static String reference() {
    return """
        CREATE OR REPLACE TABLE sectors AS
          SELECT lpad(CAST(chapter AS VARCHAR), 2, '0') AS hs2, sector
          FROM (SELECT unnest(range(CAST(trim(hs2_from) AS INT), CAST(trim(hs2_to) AS INT) + 1)) AS chapter,
                       trim(sector) AS sector
                FROM read_csv('conf/reference/hs_sectors.csv', all_varchar = true, header = true));
        CREATE OR REPLACE TABLE countries AS
          SELECT CAST(trim(code) AS INT) AS code, upper(trim(iso3)) AS iso3
          FROM read_csv('conf/reference/countries.csv', all_varchar = true, header = true);
        CREATE OR REPLACE TABLE axis_of_node AS
          SELECT map(list(lower(trim(node))), list(upper(trim(axis)))) AS axes
          FROM read_csv('conf/reference/corridor_nodes.csv', all_varchar = true, header = true)
        """;
  }

  /**
   * Customs rows decided as the job decides them (customs_decided: each row's reason, null for a kept row,
   * and its copy number among kept rows of the same record), and silver_trade_flows from the first copies.
   * Commodity level auto (per reporter, year, frequency and flow, the finest level present; TOTAL is
   * level 0, its sector unallocated) and frequency auto (annual rows where a reporter has any for a year).
   */
  private String silverTradeFlows(List<String> columns) {
    java.util.function.Function<String, String> field = name -> columns.contains(name)
        ? "trim(\"" + name + "\")" : "CAST(NULL AS VARCHAR)";
    java.util.function.Function<String, String> code = name -> "upper(" + field.apply(name) + ")";
    String present = "coalesce(%s, '') <> ''";
    String number = "CASE WHEN regexp_full_match(%1$s, " + NUMBER + ") THEN try_cast(%1$s AS DECIMAL(%2$s)) END";
    String negative = "(%2$s < 0 OR (starts_with(%1$s, '-') AND regexp_matches(regexp_extract(%1$s, '^-([0-9]*[.]?[0-9]*)', 1), '[1-9]')))";
    String qtyUnit = "CASE WHEN " + present.formatted(field.apply("qtyUnitAbbr")) + " AND " + code.apply("qtyUnitAbbr")
        + " <> 'N/A' THEN " + field.apply("qtyUnitAbbr") + " END";
    String numericCode = "try_cast(regexp_replace(%s, '^([0-9]+)[.]0+$', '\\1') AS INT)";
    String sql = """
        CREATE OR REPLACE TABLE customs_decided AS
        WITH raw AS (
          SELECT filename, %1$s AS f, %2$s AS year_text, try_cast(%2$s AS INT) AS yr,
                 try_cast(%3$s AS INT) AS period, %4$s AS rep_text, %5$s AS rep_code, %6$s AS par_text, %7$s AS par_code,
                 %8$s AS flow, %9$s AS cmd, %10$s AS pv, %11$s AS nw, %12$s AS cif, %13$s AS fob,
                 CASE WHEN (%14$s) IS NOT NULL THEN %15$s END AS q,
                 %16$s AS mot, %17$s AS cus, %18$s AS mos, %19$s AS p2
          FROM %20$s),
        identified AS (
          SELECT raw.*,
                 coalesce(CASE WHEN regexp_full_match(rep_text, '[A-Z]{3}') OR rep_text IN (SELECT iso3 FROM countries)
                          THEN rep_text END, rc.iso3) AS rep,
                 coalesce(CASE WHEN regexp_full_match(par_text, '[A-Z]{3}') OR par_text IN (SELECT iso3 FROM countries)
                          THEN par_text END, pc.iso3) AS par,
                 CASE WHEN cmd = 'TOTAL' THEN 0
                      WHEN regexp_full_match(cmd, '[0-9]+') AND length(cmd) IN (2, 4, 6) THEN length(cmd) END AS level
          FROM raw
          LEFT JOIN countries rc ON rc.code = %21$s
          LEFT JOIN countries pc ON pc.code = %22$s),
        pre AS (
          SELECT *, CASE
            WHEN regexp_matches(concat_ws('', f, year_text, period, rep_text, rep_code, par_text, par_code, flow, cmd),
                '[\\x00-\\x1f\\x7f]') THEN 'MALFORMED_ROW'
            WHEN coalesce(year_text, '') = '' OR (coalesce(rep_text, '') = '' AND coalesce(rep_code, '') = '')
              OR (coalesce(par_text, '') = '' AND coalesce(par_code, '') = '')
              OR coalesce(flow, '') = '' OR coalesce(cmd, '') = '' THEN 'MISSING_FIELD'
            WHEN rep IS NULL OR par IS NULL THEN 'UNKNOWN_COUNTRY'
            WHEN NOT ((rep = 'KAZ' AND par = 'RUS') OR (rep = 'RUS' AND par = 'KAZ')) THEN 'other partner'
            WHEN flow NOT IN ('X', 'M') THEN 'other flow'
          END AS before_level
          FROM identified),
        finest AS (
          SELECT rep AS g_rep, year_text AS g_year, f AS g_f, flow AS g_flow, max(level) AS finest
          FROM pre WHERE before_level IS NULL AND level IS NOT NULL GROUP BY ALL),
        leveled AS (
          SELECT pre.*, coalesce(before_level,
                   CASE WHEN level IS NOT NULL AND level < finest THEN 'aggregate' END,
                   CASE WHEN (coalesce(mot, '') <> '' AND mot <> '0') OR (coalesce(cus, '') <> '' AND upper(cus) <> 'C00')
                     OR (coalesce(mos, '') <> '' AND mos <> '0') OR (coalesce(p2, '') <> '' AND p2 <> '0') THEN 'breakdown' END)
                 AS before_frequency
          FROM pre LEFT JOIN finest ON rep = g_rep AND year_text = g_year AND f = g_f AND flow = g_flow),
        annual AS (SELECT DISTINCT rep AS annual_rep, year_text AS annual_year FROM leveled
                   WHERE before_frequency IS NULL AND f = 'A'),
        parsed AS (
          SELECT leveled.*, annual_rep IS NOT NULL AS has_annual,
                 CASE WHEN cmd = 'TOTAL' THEN 'unallocated' ELSE s.sector END AS sector,
                 CASE WHEN regexp_full_match(cmd, '[0-9]+') AND length(cmd) IN (2, 4, 6) THEN substr(cmd, 1, 2) END AS hs2,
                 %23$s AS value_usd, %24$s AS net_weight_kg, %25$s AS cif_usd, %26$s AS fob_usd, %27$s AS qty
          FROM leveled
          LEFT JOIN annual ON rep = annual_rep AND year_text = annual_year
          LEFT JOIN sectors s ON regexp_full_match(cmd, '[0-9]+') AND length(cmd) IN (2, 4, 6) AND s.hs2 = substr(cmd, 1, 2)),
        decided AS (
          SELECT *, CASE
            WHEN before_frequency IS NOT NULL THEN before_frequency
            WHEN f = 'M' AND has_annual THEN 'other frequency'
            WHEN coalesce(pv, '') = '' THEN 'MISSING_FIELD'
            WHEN value_usd IS NULL OR value_usd > 1e15 OR (coalesce(nw, '') <> '' AND net_weight_kg IS NULL)
              OR (coalesce(cif, '') <> '' AND (cif_usd IS NULL OR cif_usd > 1e15))
              OR (coalesce(fob, '') <> '' AND (fob_usd IS NULL OR fob_usd > 1e15))
              OR (coalesce(q, '') <> '' AND qty IS NULL) THEN 'BAD_NUMBER'
            WHEN %28$s OR %29$s OR %30$s OR %31$s OR %32$s THEN 'NEGATIVE_VALUE'
            WHEN yr IS NULL OR yr < 1988 OR yr > 2100 OR f NOT IN ('A', 'M')
              OR (f = 'M' AND (period IS NULL OR period < 1 OR period > 12))
              OR (f = 'A' AND period IS DISTINCT FROM 52) THEN 'BAD_DATE'
            WHEN sector IS NULL THEN 'UNKNOWN_HS'
          END AS reason
          FROM parsed)
        SELECT *, CASE WHEN reason IS NULL THEN row_number() OVER (
                 PARTITION BY reason IS NULL, f, yr, CASE WHEN f = 'M' THEN period END, rep, par, flow, cmd
                 ORDER BY filename) END AS copy
        FROM decided;
        """.formatted(code.apply("freqCode"), field.apply("refYear"), field.apply("refMonth"), code.apply("reporterISO"),
            field.apply("reporterCode"), code.apply("partnerISO"), field.apply("partnerCode"), code.apply("flowCode"),
            code.apply("cmdCode"), field.apply("primaryValue"), field.apply("netWgt"), field.apply("cifvalue"),
            field.apply("fobvalue"), qtyUnit, field.apply("qty"), field.apply("motCode"), field.apply("customsCode"),
            field.apply("mosCode"), field.apply("partner2Code"), parquet("bronze_customs"),
            numericCode.formatted("rep_code"), numericCode.formatted("par_code"),
            number.formatted("pv", "20, 2"), number.formatted("nw", "20, 3"), number.formatted("cif", "20, 2"),
            number.formatted("fob", "20, 2"), number.formatted("q", "20, 3"),
            negative.formatted("pv", "value_usd"), negative.formatted("nw", "net_weight_kg"),
            negative.formatted("cif", "cif_usd"), negative.formatted("fob", "fob_usd"), negative.formatted("q", "qty"));
    return sql + copy("silver_trade_flows", """
        SELECT yr AS year, CASE WHEN f = 'M' THEN period END AS month, rep AS reporter_iso3, par AS partner_iso3, flow,
               CASE WHEN (rep = 'KAZ' AND flow = 'X') OR (rep = 'RUS' AND flow = 'M') THEN 'EXPORT' ELSE 'IMPORT' END
                 AS direction,
               cmd AS hs_code, hs2, sector, value_usd, net_weight_kg, filename AS source_file
        FROM customs_decided
        WHERE reason IS NULL AND copy = 1
        """);
  }

  /** The rows each source's rules quarantine, per reason (DUPLICATE: a kept record's later copies). */
  private String quarantineCounts() {
    return copy("quarantine_counts", """
        SELECT source, reason, count(*) AS rows FROM (
          SELECT 'customs' AS source, CASE WHEN reason IS NULL THEN 'DUPLICATE' ELSE reason END AS reason
          FROM customs_decided WHERE upper(reason) = reason OR copy > 1
          UNION ALL
          SELECT 'freight', CASE WHEN reason IS NULL THEN 'DUPLICATE' ELSE reason END FROM freight_decided
          WHERE reason IS NOT NULL OR copy > 1
          UNION ALL
          SELECT 'projects', CASE WHEN reason IS NULL THEN 'DUPLICATE' ELSE reason END FROM projects_decided
          WHERE reason IS NOT NULL OR copy > 1)
        GROUP BY ALL
        """);
  }

  private String silverFreight() {
    return """
        CREATE OR REPLACE TABLE freight_decided AS
        WITH raw AS (
          SELECT filename, trim(shipment_id) AS shipment_id, trim(departure_date) AS date_text,
                 upper(trim(origin_country)) AS origin_country, trim(origin_node) AS origin_node,
                 upper(trim(destination_country)) AS destination_country, trim(destination_node) AS destination_node,
                 list_filter(list_transform(string_split(route, '>'), lambda x: trim(x)), lambda x: x <> '') AS route,
                 upper(trim(transport_mode)) AS transport_mode, trim(hs_code) AS hs_code,
                 trim(gross_tonnes) AS tonnes_text, trim(teu) AS teu_text
          FROM %s),
        parsed AS (
          SELECT raw.*,
                 CASE WHEN regexp_full_match(date_text, '[0-9]{4}-[0-9]{2}-[0-9]{2}')
                      THEN try_strptime(date_text, '%%Y-%%m-%%d')::DATE END AS departure_date,
                 CASE WHEN regexp_full_match(tonnes_text, %2$s) THEN try_cast(tonnes_text AS DECIMAL(18, 3)) END AS gross_tonnes,
                 CASE WHEN regexp_full_match(teu_text, '[+-]?[0-9]+') THEN try_cast(teu_text AS INT) END AS teu,
                 s.sector, s.hs2,
                 list_distinct(list_filter(list_transform([origin_node] || route || [destination_node],
                   lambda n: a.axes[lower(n)]), lambda x: x IS NOT NULL)) AS axes
          FROM raw
          CROSS JOIN axis_of_node a
          LEFT JOIN sectors s ON regexp_full_match(hs_code, '[0-9]+') AND length(hs_code) IN (2, 4, 6)
            AND s.hs2 = substr(hs_code, 1, 2)),
        decided AS (
          SELECT *, year(departure_date) AS year, CASE
            WHEN coalesce(shipment_id, '') = '' OR coalesce(date_text, '') = '' OR route IS NULL OR len(route) = 0
              THEN 'MISSING_FIELD'
            WHEN (coalesce(origin_country, '') <> '' AND NOT regexp_full_match(origin_country, '[A-Z0-9]{3}'))
              OR (coalesce(destination_country, '') <> '' AND NOT regexp_full_match(destination_country, '[A-Z0-9]{3}'))
              THEN 'UNKNOWN_COUNTRY'
            WHEN coalesce(tonnes_text, '') = '' THEN 'MISSING_FIELD'
            WHEN gross_tonnes IS NULL OR (coalesce(teu_text, '') <> '' AND teu IS NULL) THEN 'BAD_NUMBER'
            WHEN gross_tonnes < 0 OR teu < 0 THEN 'NEGATIVE_VALUE'
            WHEN departure_date IS NULL OR year(departure_date) < 1988 OR year(departure_date) > 2100 THEN 'BAD_DATE'
            WHEN sector IS NULL THEN 'UNKNOWN_HS'
            WHEN len(axes) > 1 THEN 'AMBIGUOUS_AXIS'
          END AS reason
          FROM parsed)
        SELECT *, CASE WHEN reason IS NULL THEN row_number() OVER (PARTITION BY reason IS NULL, shipment_id
                 ORDER BY filename) END AS copy
        FROM decided;
        """.formatted(parquet("bronze_freight"), NUMBER) + copy("silver_freight", """
        SELECT shipment_id, departure_date, year, origin_country, origin_node, destination_country, destination_node,
               route, CASE WHEN len(axes) = 0 THEN 'NONE' ELSE axes[1] END AS axis, transport_mode, hs2, sector,
               gross_tonnes, teu, filename AS source_file
        FROM freight_decided
        WHERE reason IS NULL AND copy = 1
        """);
  }

  private String silverProjects() {
    return """
        CREATE OR REPLACE TABLE projects_decided AS
        WITH raw AS (
          SELECT filename, trim(project_id) AS project_id, trim(name) AS name, lower(trim(sector)) AS sector,
                 upper(trim(status)) AS status, trim(start_year) AS start_text, trim(investment_usd) AS investment_text,
                 trim(jobs) AS jobs_text
          FROM %s),
        parsed AS (
          SELECT *,
                 CASE WHEN regexp_full_match(start_text, '[0-9]{4}') THEN CAST(start_text AS INT) END AS start_year,
                 CASE WHEN regexp_full_match(investment_text, %2$s) THEN try_cast(investment_text AS DECIMAL(20, 2)) END
                   AS investment_usd,
                 CASE WHEN regexp_full_match(jobs_text, '[+-]?[0-9]+') THEN try_cast(jobs_text AS INT) END AS jobs
          FROM raw),
        decided AS (
          SELECT *, CASE
            WHEN coalesce(project_id, '') = '' OR coalesce(sector, '') = '' THEN 'MISSING_FIELD'
            WHEN coalesce(jobs_text, '') = '' THEN 'MISSING_FIELD'
            WHEN jobs IS NULL OR (coalesce(investment_text, '') <> '' AND investment_usd IS NULL) THEN 'BAD_NUMBER'
            WHEN jobs < 0 OR investment_usd < 0 THEN 'NEGATIVE_VALUE'
            WHEN coalesce(start_text, '') <> '' AND (start_year IS NULL OR start_year < 1988 OR start_year > 2100)
              THEN 'BAD_DATE'
          END AS reason
          FROM parsed)
        SELECT *, CASE WHEN reason IS NULL THEN row_number() OVER (PARTITION BY reason IS NULL, project_id
                 ORDER BY filename) END AS copy
        FROM decided;
        """.formatted(parquet("bronze_projects"), NUMBER) + copy("silver_projects", """
        SELECT project_id, name, sector, status, start_year, investment_usd, jobs, filename AS source_file
        FROM projects_decided
        WHERE reason IS NULL AND copy = 1
        """);
  }

  private String gold() {
    String flows = parquet("silver_trade_flows");
    String freight = parquet("silver_freight");
    return String.join(";\n", List.of(
        """
        CREATE OR REPLACE TABLE selected AS
          WITH by_reporter AS (
            SELECT year, direction, reporter_iso3, sector, sum(value_usd) AS value_usd FROM %s GROUP BY ALL),
          chosen AS (
            SELECT *, bool_or(reporter_iso3 = 'KAZ') OVER (PARTITION BY year, direction) AS has_preferred
            FROM by_reporter)
          SELECT year, direction, sector, value_usd,
                 CASE WHEN has_preferred THEN 'REPORTER' ELSE 'MIRROR' END AS flow_source
          FROM chosen WHERE reporter_iso3 = CASE WHEN has_preferred THEN 'KAZ' ELSE 'RUS' END
        """.formatted(flows),
        """
        CREATE OR REPLACE TABLE turnover AS
          SELECT year,
                 coalesce(sum(value_usd) FILTER (direction = 'EXPORT'), 0) AS exports_usd,
                 coalesce(sum(value_usd) FILTER (direction = 'IMPORT'), 0) AS imports_usd,
                 sum(value_usd) AS turnover_usd,
                 CASE WHEN count(DISTINCT flow_source) > 1 THEN 'MIXED' ELSE min(flow_source) END AS value_source
          FROM selected GROUP BY year
        """,
        copy("gold_bilateral_turnover", """
          SELECT t.year, t.exports_usd, t.imports_usd, t.turnover_usd, t.exports_usd - t.imports_usd AS balance_usd,
                 round((t.turnover_usd - p.turnover_usd) * 100 / nullif(p.turnover_usd, 0), 2) AS yoy_growth_pct,
                 30000000000.00 AS target_usd,
                 round(t.turnover_usd * 100 / 30000000000.00, 2) AS target_progress_pct,
                 greatest(30000000000.00 - t.turnover_usd, 0) AS gap_to_target_usd, t.value_source
          FROM turnover t LEFT JOIN turnover p ON p.year = t.year - 1
          """),
        """
        CREATE OR REPLACE TABLE by_sector AS
          SELECT year, sector,
                 coalesce(sum(value_usd) FILTER (direction = 'EXPORT'), 0) AS exports_usd,
                 coalesce(sum(value_usd) FILTER (direction = 'IMPORT'), 0) AS imports_usd,
                 sum(value_usd) AS turnover_usd
          FROM selected GROUP BY ALL
        """,
        copy("gold_trade_by_sector", """
          SELECT s.year, s.sector, s.exports_usd, s.imports_usd, s.turnover_usd,
                 round(s.turnover_usd * 100 / nullif(t.turnover_usd, 0), 2) AS share_of_turnover_pct,
                 round((s.turnover_usd - p.turnover_usd) * 100 / nullif(p.turnover_usd, 0), 2) AS yoy_growth_pct,
                 round((s.turnover_usd - coalesce(p.turnover_usd, 0)) * 100 / nullif(tp.turnover_usd, 0), 2)
                   AS contribution_to_growth_pp
          FROM by_sector s
          JOIN turnover t ON t.year = s.year
          LEFT JOIN by_sector p ON p.year = s.year - 1 AND p.sector = s.sector
          LEFT JOIN turnover tp ON tp.year = s.year - 1
          """),
        copy("gold_agro_contribution", """
          WITH agro AS (
            SELECT t.year, coalesce(s.exports_usd, 0) AS agro_exports_usd, coalesce(s.imports_usd, 0) AS agro_imports_usd,
                   coalesce(s.turnover_usd, 0) AS agro_turnover_usd, t.turnover_usd AS total_turnover_usd
            FROM turnover t LEFT JOIN by_sector s ON s.year = t.year AND s.sector = 'agro_food')
          SELECT a.year, a.agro_exports_usd, a.agro_imports_usd, a.agro_turnover_usd,
                 round((a.agro_turnover_usd - p.agro_turnover_usd) * 100 / nullif(p.agro_turnover_usd, 0), 2)
                   AS agro_yoy_growth_pct,
                 round(a.agro_turnover_usd * 100 / nullif(a.total_turnover_usd, 0), 2) AS agro_share_pct,
                 round((a.agro_turnover_usd - coalesce(p.agro_turnover_usd, 0)) * 100 / nullif(p.total_turnover_usd, 0), 2)
                   AS agro_contribution_pp,
                 a.total_turnover_usd,
                 round((a.total_turnover_usd - p.total_turnover_usd) * 100 / nullif(p.total_turnover_usd, 0), 2)
                   AS total_yoy_growth_pct
          FROM agro a LEFT JOIN agro p ON p.year = a.year - 1
          """),
        """
        CREATE OR REPLACE TABLE corridor_sector AS
          SELECT year, axis, sector, count(*) AS shipments, sum(gross_tonnes) AS gross_tonnes
          FROM %s WHERE axis <> 'NONE' GROUP BY ALL
        """.formatted(freight),
        copy("gold_corridor_sector", "SELECT * FROM corridor_sector"),
        copy("gold_corridor_freight", """
          WITH a AS (SELECT year, axis, sum(shipments) AS shipments, sum(gross_tonnes) AS gross_tonnes
                     FROM corridor_sector GROUP BY ALL)
          SELECT a.year, a.axis, a.shipments, a.gross_tonnes,
                 round((a.gross_tonnes - p.gross_tonnes) * 100 / nullif(p.gross_tonnes, 0), 2) AS yoy_growth_pct,
                 round(a.gross_tonnes * 100 / sum(a.gross_tonnes) OVER (PARTITION BY a.year), 2) AS share_of_corridor_pct
          FROM a LEFT JOIN a p ON p.year = a.year - 1 AND p.axis = a.axis
          """),
        copy("gold_joint_projects", """
          SELECT sector, count(*) AS projects, count(*) FILTER (status = 'ACTIVE') AS active_projects,
                 coalesce(sum(jobs), 0) AS jobs, coalesce(sum(investment_usd), 0) AS investment_usd
          FROM %s GROUP BY sector
          """.formatted(parquet("silver_projects")))));
  }

  /** The gold tables the peer writes, for the cross-check. */
  static List<String> goldTables() {
    return Stream.of("gold_bilateral_turnover", "gold_trade_by_sector", "gold_agro_contribution",
        "gold_corridor_freight", "gold_corridor_sector", "gold_joint_projects").collect(Collectors.toList());
  }
}
