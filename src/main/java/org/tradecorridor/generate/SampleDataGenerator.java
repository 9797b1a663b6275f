package org.tradecorridor.generate;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import org.tradecorridor.config.InvalidConfigException;
import picocli.CommandLine.Option;

/**
 * Writes deterministic inputs in the formats the job reads: UN Comtrade+ customs exports from both
 * reporters (annual and monthly, with aggregate, breakdown, re-export and other-partner rows, as real
 * exports have), freight shipments on every corridor axis and off it, and joint projects, each source
 * with a few deliberately bad rows. The same seed gives the same files at any size, and every size
 * holds the figures of {@link Plan}.
 */
public final class SampleDataGenerator {
  /** Options of the {@code generate} command. */
  public static final class Options {
    @Option(names = "--output", paramLabel = "DIR", required = true, description = "Folder to write customs/, freight/ and projects/ into.")
    String output;

    @Option(names = "--seed", defaultValue = "20241231", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--first-year", defaultValue = "2019",
        description = "First year of data, 2015-2019; the last is 2024 (default: ${DEFAULT-VALUE}).")
    int firstYear;

    @Option(names = "--customs-rows", defaultValue = "30000",
        description = "About how many customs rows to write (default: ${DEFAULT-VALUE}).")
    long customsRows;

    @Option(names = "--freight-rows", defaultValue = "12000",
        description = "About how many freight rows to write (default: ${DEFAULT-VALUE}).")
    long freightRows;

    @Option(names = "--compress", defaultValue = "gzip", description = "gzip or none (default: ${DEFAULT-VALUE}).")
    String compress;
  }

  private static final String HOME = "KAZ";
  private static final String PARTNER = "RUS";
  private static final Map<String, String[]> COUNTRY = Map.of(
      "KAZ", new String[] {"398", "Kazakhstan"},
      "RUS", new String[] {"643", "Russian Federation"},
      "CHN", new String[] {"156", "China"},
      "BLR", new String[] {"112", "Belarus"},
      "W00", new String[] {"0", "World"});

  /** Comtrade+ export columns, in the order the download gives them. */
  static final List<String> COMTRADE_COLUMNS = List.of("typeCode", "freqCode", "refPeriodId", "refYear", "refMonth",
      "period", "reporterCode", "reporterISO", "reporterDesc", "flowCode", "flowDesc", "partnerCode", "partnerISO",
      "partnerDesc", "partner2Code", "partner2ISO", "partner2Desc", "classificationCode", "classificationSearchCode",
      "isOriginalClassification", "cmdCode", "cmdDesc", "aggrLevel", "isLeaf", "customsCode", "customsDesc",
      "mosCode", "motCode", "motDesc", "qtyUnitCode", "qtyUnitAbbr", "qty", "isQtyEstimated", "altQtyUnitCode",
      "altQtyUnitAbbr", "altQty", "isAltQtyEstimated", "netWgt", "isNetWgtEstimated", "grossWgt",
      "isGrossWgtEstimated", "cifvalue", "fobvalue", "primaryValue", "legacyEstimationFlag", "isReported",
      "isAggregate");

  /** The partner's files come from another tool: another column order, fewer columns. */
  static final List<String> MIRROR_COLUMNS = List.of("refYear", "refMonth", "freqCode", "reporterISO", "reporterDesc",
      "partnerISO", "partnerDesc", "flowCode", "flowDesc", "cmdCode", "aggrLevel", "cmdDesc", "primaryValue",
      "netWgt", "qtyUnitAbbr", "qty", "motCode", "customsCode", "mosCode", "partner2Code", "typeCode",
      "classificationCode", "period", "reporterCode", "partnerCode", "isReported", "isAggregate");

  static final List<String> FREIGHT_COLUMNS = List.of("shipment_id", "departure_date", "origin_country",
      "origin_node", "destination_country", "destination_node", "route", "transport_mode", "hs_code",
      "gross_tonnes", "teu");

  static final List<String> PROJECT_COLUMNS = List.of("project_id", "name", "sector", "status", "start_year",
      "investment_usd", "jobs");

  private static final int[] MONTHS = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12};
  /** Monthly releases sum a little below the annual release of the same year (later revisions). */
  private static final double MONTHLY_REVISION = 0.985;

  private final Options options;
  private final Path root;
  private final boolean gzip;
  private final SplittableRandom random;
  private final List<CsvOut> written = new ArrayList<>();

  public SampleDataGenerator(Options options) {
    if (options.firstYear < Plan.FIRST_YEAR || options.firstYear > 2019) {
      throw new InvalidConfigException("--first-year must lie between " + Plan.FIRST_YEAR + " and 2019");
    }
    if (!options.compress.equals("gzip") && !options.compress.equals("none")) {
      throw new InvalidConfigException("--compress must be gzip or none");
    }
    if (options.customsRows < 1000 || options.freightRows < 200) {
      throw new InvalidConfigException("--customs-rows must be at least 1000 and --freight-rows at least 200");
    }
    this.options = options;
    this.root = Paths.get(options.output);
    this.gzip = options.compress.equals("gzip");
    this.random = new SplittableRandom(options.seed);
  }

  /** Writes every file and prints what was written. */
  public void writeAll(PrintStream out) {
    long started = System.nanoTime();
    new Customs().write();
    new Freight().write();
    new Projects().write();
    long bytes = 0;
    for (CsvOut file : written) {
      try {
        long size = Files.size(file.path());
        bytes += size;
        out.printf(Locale.ROOT, "%-60s %9d rows %,13d bytes%n", root.relativize(file.path()), file.rows(), size);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    out.printf(Locale.ROOT, "%d files, %,d bytes in %s (%.1f s)%n", written.size(), bytes, root,
        (System.nanoTime() - started) / 1e9);
  }

  private String file(String relative) {
    return relative + (gzip ? ".csv.gz" : ".csv");
  }

  private CsvOut open(String relative, List<String> columns, boolean compressed, boolean windowsStyle) {
    CsvOut out = new CsvOut(root.resolve(relative), columns, compressed, windowsStyle);
    written.add(out);
    return out;
  }

  // ------------------------------------------------------------------------------------------ customs

  /** One HS6 code of the generated trade. */
  private record Code(String code, String sector, String description, double usdPerKg) {}

  private final class Customs {
    private final List<Code> codes = new ArrayList<>();
    /** planned[year index][code][0 = home's exports, 1 = home's imports], USD cents. */
    private final Map<Integer, long[][]> planned = new TreeMap<>();
    /** The partner's mirror value of each code relative to the home country's. */
    private final double[] mirrorFactor;

    Customs() {
      int years = Plan.LAST_YEAR - options.firstYear + 1;
      // Rows per code: the home country monthly in most years, the partner monthly in all, plus annual rows.
      long rowsPerCode = (years - 2) * 24L + years * 24L + 4;
      int codeCount = (int) Math.max(Plan.SECTOR_WEIGHTS.size() * 3, options.customsRows / rowsPerCode);
      drawCodes(codeCount);
      mirrorFactor = new double[codes.size()];
      for (int c = 0; c < codes.size(); c++) {
        mirrorFactor[c] = 0.93 + random.nextDouble() * 0.14;
      }
      for (int year = options.firstYear; year <= Plan.LAST_YEAR; year++) {
        planned.put(year, plan(year));
      }
    }

    private void drawCodes(int count) {
      double totalWeight = Plan.SECTOR_WEIGHTS.values().stream().mapToDouble(Double::doubleValue).sum() + 0.14;
      for (Map.Entry<String, List<Integer>> sector : Plan.CHAPTERS.entrySet()) {
        double weight = sector.getKey().equals("agro_food") ? 0.14 : Plan.SECTOR_WEIGHTS.get(sector.getKey());
        int n = (int) Math.max(3, Math.round(count * weight / totalWeight));
        TreeSet<String> chosen = new TreeSet<>();
        List<Integer> chapters = sector.getValue();
        while (chosen.size() < n) {
          int chapter = chapters.get(random.nextInt(chapters.size()));
          chosen.add(String.format(Locale.ROOT, "%02d%04d", chapter, 100 + random.nextInt(9800)));
        }
        double price = 0.2 + random.nextDouble() * (sector.getKey().startsWith("machinery") ? 60 : 4);
        for (String code : chosen) {
          codes.add(new Code(code, sector.getKey(), Descriptions.of(code, random), price * (0.5 + random.nextDouble())));
        }
      }
    }

    /** The year's planned values per code and direction, summing exactly to the year's turnover and agro figures. */
    private long[][] plan(int year) {
      int y = Plan.index(year);
      long agro = Plan.AGRO_CENTS[y];
      long nonAgro = Plan.TURNOVER_CENTS[y] - agro;
      List<String> others = new ArrayList<>(Plan.SECTOR_WEIGHTS.keySet());
      others.remove("agro_food");
      double[] weights = others.stream().mapToDouble(s -> Plan.SECTOR_WEIGHTS.get(s) * (0.9 + random.nextDouble() * 0.2))
          .toArray();
      long[] otherCents = split(nonAgro, weights);
      Map<String, Long> sectorCents = new LinkedHashMap<>();
      sectorCents.put("agro_food", agro);
      for (int i = 0; i < others.size(); i++) {
        sectorCents.put(others.get(i), otherCents[i]);
      }
      long[][] values = new long[codes.size()][2];
      for (Map.Entry<String, Long> sector : sectorCents.entrySet()) {
        List<Integer> members = new ArrayList<>();
        for (int c = 0; c < codes.size(); c++) {
          if (codes.get(c).sector().equals(sector.getKey())) {
            members.add(c);
          }
        }
        double share = Plan.EXPORT_SHARE.get(sector.getKey()) * (0.95 + random.nextDouble() * 0.1);
        long exports = Math.round(sector.getValue() * share);
        long[][] byDirection = {
            split(exports, randomWeights(members.size(), 0.2, 1.8)),
            split(sector.getValue() - exports, randomWeights(members.size(), 0.2, 1.8))};
        for (int i = 0; i < members.size(); i++) {
          values[members.get(i)][0] = byDirection[0][i];
          values[members.get(i)][1] = byDirection[1][i];
        }
      }
      return values;
    }

    void write() {
      for (int year = options.firstYear; year <= Plan.LAST_YEAR; year++) {
        // The home country: annual exports only in 2019 (imports come from the partner's mirror), nothing
        // in 2020, monthly from 2021 (and before 2019), annual and monthly releases in 2023 and 2024.
        if (year == 2019) {
          reporterFile(HOME, year, false, new boolean[] {true, false}, 1.0);
        } else if (year != 2020) {
          boolean annualToo = year >= 2023;
          reporterFile(HOME, year, true, new boolean[] {true, true}, annualToo ? MONTHLY_REVISION : 1.0);
          if (annualToo) {
            reporterFile(HOME, year, false, new boolean[] {true, true}, 1.0);
          }
        }
        // The partner: monthly every year, and an annual release for 2020, which is what counts that year.
        reporterFile(PARTNER, year, true, new boolean[] {true, true}, year == 2020 ? MONTHLY_REVISION : 1.0);
        if (year == 2020) {
          reporterFile(PARTNER, year, false, new boolean[] {true, true}, 1.0);
        }
      }
      corrections();
    }

    /**
     * One reporter's release for a year.
     *
     * @param directions which of home's exports and imports the reporter declares
     * @param scale monthly releases that are not the counted ones sum a little below the annual
     */
    private void reporterFile(String reporter, int year, boolean monthly, boolean[] directions, double scale) {
      boolean home = reporter.equals(HOME);
      String name = String.format(Locale.ROOT, "customs/%s/%d/%s_%d_%s", reporter, year, reporter, year,
          monthly ? "M" : "A");
      // The partner's 2020 annual release is a plain CSV saved on Windows: BOM and CRLF.
      boolean windows = !home && !monthly;
      try (CsvOut out = open(windows ? name + ".csv" : file(name), home ? COMTRADE_COLUMNS : MIRROR_COLUMNS,
          gzip && !windows, windows)) {
        long[][] values = planned.get(year);
        int[] periods = monthly ? MONTHS : new int[] {52};
        for (int d = 0; d < 2; d++) {
          if (!directions[d]) {
            continue;
          }
          // Home's exports are its flow X and the partner's flow M.
          String flow = (d == 0) == home ? "X" : "M";
          boolean exact = home || homeLacks(year, d);
          long[][] byPeriod = new long[codes.size()][];
          for (int c = 0; c < codes.size(); c++) {
            long value = exact ? values[c][d] : Math.round(values[c][d] * mirrorFactor[c]);
            value = Math.round(value * scale);
            byPeriod[c] = monthly ? split(value, randomWeights(12, 0.7, 1.3)) : new long[] {value};
          }
          for (int p = 0; p < periods.length; p++) {
            Map<String, Long> chapterTotals = new TreeMap<>();
            long total = 0;
            for (int c = 0; c < codes.size(); c++) {
              Code code = codes.get(c);
              long cents = byPeriod[c][p];
              out.row(row(reporter, home ? PARTNER : HOME, flow, year, periods[p], code.code(), code.description(),
                  cents, code.usdPerKg(), c));
              chapterTotals.merge(code.code().substring(0, 2), cents, Long::sum);
              total += cents;
              if (c % 33 == 7) {
                // A little trade with a third country, in the same release.
                out.row(row(reporter, home ? "CHN" : "BLR", flow, year, periods[p], code.code(), code.description(),
                    cents / 3 + 100, code.usdPerKg(), c));
              }
              if (home && !monthly && c % 97 == 11) {
                // A breakdown by mode of transport (air) of a code already reported in total.
                Map<String, Object> byAir = row(reporter, PARTNER, flow, year, periods[p], code.code(),
                    code.description(), cents / 10, code.usdPerKg(), c);
                byAir.put("motCode", "1000");
                byAir.put("motDesc", "Air");
                out.row(byAir);
              }
              if (!home && monthly && year == 2023 && c % 89 == 5) {
                // Re-exports are a subset of exports, and not counted again.
                out.row(row(reporter, HOME, "RX", year, periods[p], code.code(), code.description(), cents / 20,
                    code.usdPerKg(), c));
              }
            }
            for (Map.Entry<String, Long> chapter : chapterTotals.entrySet()) {
              out.row(row(reporter, home ? PARTNER : HOME, flow, year, periods[p], chapter.getKey(),
                  Descriptions.chapter(chapter.getKey()), chapter.getValue(), 1.0, -1));
            }
            out.row(row(reporter, home ? PARTNER : HOME, flow, year, periods[p], "TOTAL", "All Commodities", total,
                1.0, -1));
            out.row(row(reporter, "W00", flow, year, periods[p], "TOTAL", "All Commodities",
                Math.round(total * 4.2), 1.0, -1));
          }
        }
      }
    }

    /** True when the home country declares nothing for this year and direction, so the mirror counts. */
    private boolean homeLacks(int year, int direction) {
      return year == 2020 || (year == 2019 && direction == 1);
    }

    /** A Comtrade+ row; {@code codeIndex} negative for aggregate rows (no weight). */
    private Map<String, Object> row(String reporter, String partner, String flow, int year, int period, String cmdCode,
        String description, long cents, double usdPerKg, int codeIndex) {
      Map<String, Object> row = new HashMap<>(64);
      boolean monthly = period != 52;
      row.put("typeCode", "C");
      row.put("freqCode", monthly ? "M" : "A");
      row.put("refPeriodId", String.format(Locale.ROOT, "%d%02d01", year, monthly ? period : 1));
      row.put("refYear", year);
      row.put("refMonth", period);
      row.put("period", monthly ? String.format(Locale.ROOT, "%d%02d", year, period) : String.valueOf(year));
      String[] reporterNames = COUNTRY.getOrDefault(reporter, new String[] {"398", "Kazakhstan"});
      row.put("reporterCode", reporterNames[0]);
      row.put("reporterISO", reporter);
      row.put("reporterDesc", reporterNames[1]);
      row.put("flowCode", flow);
      row.put("flowDesc", switch (flow) {
        case "X" -> "Export";
        case "M" -> "Import";
        case "RX" -> "Re-export";
        default -> "Re-import";
      });
      row.put("partnerCode", COUNTRY.get(partner)[0]);
      row.put("partnerISO", partner);
      row.put("partnerDesc", COUNTRY.get(partner)[1]);
      row.put("partner2Code", "0");
      row.put("partner2ISO", "W00");
      row.put("partner2Desc", "World");
      row.put("classificationCode", "H6");
      row.put("classificationSearchCode", "HS");
      row.put("isOriginalClassification", "True");
      row.put("cmdCode", cmdCode);
      row.put("cmdDesc", description);
      row.put("aggrLevel", cmdCode.equals("TOTAL") ? "0" : String.valueOf(cmdCode.length()));
      row.put("isLeaf", cmdCode.length() == 6 ? "True" : "False");
      row.put("customsCode", "C00");
      row.put("customsDesc", "TOTAL CPC");
      row.put("mosCode", "0");
      row.put("motCode", "0");
      row.put("motDesc", "TOTAL MOT");
      String usd = BigDecimal.valueOf(cents, 2).toPlainString();
      row.put("primaryValue", usd);
      row.put(flow.endsWith("M") ? "cifvalue" : "fobvalue", usd);
      if (codeIndex >= 0 && codeIndex % 19 != 3) {
        String kg = BigDecimal.valueOf(Math.round(cents / usdPerKg * 10), 3).toPlainString();
        row.put("netWgt", kg);
        row.put("qtyUnitCode", "8");
        row.put("qtyUnitAbbr", "kg");
        row.put("qty", kg);
        row.put("isNetWgtEstimated", "False");
      } else {
        row.put("qtyUnitCode", "-1");
        row.put("qtyUnitAbbr", "N/A");
      }
      row.put("isQtyEstimated", "False");
      row.put("isAltQtyEstimated", "False");
      row.put("isGrossWgtEstimated", "False");
      row.put("legacyEstimationFlag", "0");
      row.put("isReported", "True");
      row.put("isAggregate", codeIndex < 0 ? "True" : "False");
      return row;
    }

    /** Late corrections, saved by hand: one of each kind of bad row, and a row sent twice. */
    private void corrections() {
      List<String> columns = List.of("reporterISO", "partnerISO", "refYear", "refMonth", "freqCode", "flowCode",
          "cmdCode", "primaryValue", "netWgt", "qty", "qtyUnitAbbr", "cmdDesc");
      try (CsvOut out = open("customs/corrections/KAZ_2024_corrections.csv", columns, false, false)) {
        Code first = codes.get(0);
        long cents = planned.get(2024)[0][0];
        // The same declaration as in the annual 2024 release: a duplicate, counted once.
        out.row(row(HOME, PARTNER, "X", 2024, 52, first.code(), first.description(), cents, first.usdPerKg(), 0));
        Map<String, Object> decimalComma = row(HOME, PARTNER, "X", 2024, 52, codes.get(1).code(), "Decimal comma",
            0, 1.0, -1);
        decimalComma.put("primaryValue", "1250000,50");
        out.row(decimalComma);
        out.row(row(HOME, PARTNER, "X", 2024, 52, codes.get(2).code(), "Negative value", -50_000_00L, 1.0, -1));
        out.row(row(HOME, PARTNER, "M", 2024, 52, "770000", "Chapter 77 is reserved in the HS", 9_000_00L, 1.0, -1));
        out.row(row("KZ", PARTNER, "X", 2024, 52, codes.get(3).code(), "Two-letter reporter code", 7_000_00L, 1.0, -1));
        Map<String, Object> month13 = row(HOME, PARTNER, "M", 2024, 13, codes.get(4).code(), "Month 13", 6_000_00L,
            1.0, -1);
        month13.put("freqCode", "A");
        out.row(month13);
        Map<String, Object> noValue = row(HOME, PARTNER, "M", 2024, 52, codes.get(5).code(), "No value", 0, 1.0, -1);
        noValue.put("primaryValue", "");
        out.row(noValue);
        out.rawLine("KAZ,RUS,2024,52,A,X,010121");
      }
    }
  }

  // ------------------------------------------------------------------------------------------ freight

  /** A route on the corridor: node names joined by '>', with its countries and mode. */
  private record Route(String originCountry, String destinationCountry, String mode, String... nodes) {}

  private static final Map<String, List<Route>> ROUTES = Map.of(
      "EASTERN", List.of(
          new Route("RUS", "IRN", "RAIL", "Moscow", "Aksaraiskaya", "Atyrau", "Beyneu", "Uzen", "Bolashak",
              "Serhetyaka", "Etrek", "Inche Burun", "Gorgan", "Tehran"),
          new Route("KAZ", "IRN", "RAIL", "Kostanay", "Aktobe", "Beyneu", "Uzen", "Bolashak", "Serhetyaka",
              "Inche Burun", "Gorgan"),
          new Route("IRN", "RUS", "RAIL", "Tehran", "Gorgan", "Inche Burun", "Serhetyaka", "Bolashak", "Uzen",
              "Beyneu", "Atyrau", "Aksaraiskaya", "Moscow")),
      "TRANS_CASPIAN", List.of(
          new Route("RUS", "IRN", "SEA", "Astrakhan", "Anzali"),
          new Route("RUS", "IRN", "MULTIMODAL", "Moscow", "Olya", "Amirabad", "Tehran"),
          new Route("RUS", "IRN", "SEA", "Makhachkala", "Nowshahr"),
          new Route("IRN", "RUS", "SEA", "Bandar Anzali", "Astrakhan")),
      "WESTERN", List.of(
          new Route("RUS", "IRN", "RAIL", "Moscow", "Derbent", "Samur", "Yalama", "Baku", "Astara", "Rasht",
              "Qazvin", "Tehran"),
          new Route("RUS", "IRN", "ROAD", "Rostov", "Derbent", "Samur", "Yalama", "Astara", "Rasht"),
          new Route("AZE", "RUS", "RAIL", "Baku", "Yalama", "Samur", "Derbent", "Moscow")),
      "NONE", List.of(
          new Route("RUS", "KAZ", "RAIL", "Moscow", "Samara", "Kostanay", "Astana"),
          new Route("KAZ", "RUS", "RAIL", "Astana", "Petropavl", "Omsk", "Novosibirsk"),
          new Route("RUS", "KAZ", "ROAD", "Chelyabinsk", "Kostanay"),
          new Route("KAZ", "RUS", "RAIL", "Pavlodar", "Omsk")));

  /** HS headings shipped as freight, by sector. */
  private static final String[][] CARGO = {
      {"1001", "1003", "1101", "1512", "0201", "0805"}, // grain, barley, flour, oil, meat, citrus
      {"2701", "2710", "2711", "2601"},                 // coal, oil products, gas, ore
      {"7208", "7601", "7403"},                         // steel, aluminium, copper
      {"3102", "3901", "2815"},                         // fertilisers, polymers, soda
      {"8429", "8701", "4407"}};                        // machinery, tractors, sawn wood
  private static final double[] CARGO_WEIGHTS = {0.38, 0.27, 0.15, 0.12, 0.08};

  private final class Freight {
    void write() {
      int years = Plan.LAST_YEAR - options.firstYear + 1;
      int perAxisYear = (int) Math.max(10, options.freightRows / (years * Plan.AXES.size()));
      String firstEastern2023 = null;
      for (int year = options.firstYear; year <= Plan.LAST_YEAR; year++) {
        // The 2024 file comes from a newer system: other column order and an extra column.
        List<String> columns = year == Plan.LAST_YEAR ? List.of("route", "shipment_id", "carrier",
            "departure_date", "gross_tonnes", "teu", "hs_code", "transport_mode", "origin_country", "origin_node",
            "destination_country", "destination_node") : FREIGHT_COLUMNS;
        try (CsvOut out = open(file(String.format(Locale.ROOT, "freight/%d/shipments_%d", year, year)), columns,
            gzip, false)) {
          for (String axis : Plan.AXES) {
            long[] milli = split(Plan.TONNES_MILLI.get(axis)[Plan.index(year)], randomWeights(perAxisYear, 0.5, 1.5));
            for (int s = 0; s < perAxisYear; s++) {
              Map<String, Object> shipment = shipment(year, axis, s, milli[s]);
              if (firstEastern2023 == null && year == 2023 && axis.equals("EASTERN")) {
                firstEastern2023 = (String) shipment.get("shipment_id");
                lateReports(shipment);
              }
              out.row(shipment);
            }
          }
        }
      }
    }

    private Map<String, Object> shipment(int year, String axis, int sequence, long milliTonnes) {
      List<Route> routes = ROUTES.get(axis);
      Route route = routes.get(random.nextInt(routes.size()));
      Map<String, Object> row = new HashMap<>();
      row.put("shipment_id", String.format(Locale.ROOT, "SHP-%d-%c-%06d", year, axis.charAt(0), sequence + 1));
      LocalDate date = LocalDate.of(year, 1, 1).plusDays(random.nextInt(LocalDate.of(year, 12, 31).getDayOfYear()));
      row.put("departure_date", date.toString());
      row.put("origin_country", route.originCountry());
      row.put("origin_node", route.nodes()[0]);
      row.put("destination_country", route.destinationCountry());
      row.put("destination_node", route.nodes()[route.nodes().length - 1]);
      String joined = String.join(">", route.nodes());
      // Some systems write node names in other cases, with spaces around the separators.
      row.put("route", sequence % 10 == 3 ? String.join(" > ", route.nodes()).toUpperCase(Locale.ROOT) : joined);
      row.put("transport_mode", route.mode());
      row.put("hs_code", cargo());
      row.put("gross_tonnes", BigDecimal.valueOf(milliTonnes, 3).toPlainString());
      if (route.mode().equals("SEA") || route.mode().equals("MULTIMODAL")) {
        row.put("teu", String.valueOf(Math.max(1, milliTonnes / 14_000_000L)));
      }
      row.put("carrier", axis.equals("NONE") ? "KTZ Express" : "INSTC Logistics");
      return row;
    }

    private String cargo() {
      double pick = random.nextDouble();
      int group = 0;
      while (group < CARGO_WEIGHTS.length - 1 && pick > CARGO_WEIGHTS[group]) {
        pick -= CARGO_WEIGHTS[group];
        group++;
      }
      return CARGO[group][random.nextInt(CARGO[group].length)];
    }

    /** Late reports keyed in by hand: one of each kind of bad freight row, and a shipment sent twice. */
    private void lateReports(Map<String, Object> eastern2023) {
      try (CsvOut out = open("freight/late/late_reports.csv", FREIGHT_COLUMNS, false, false)) {
        out.row(eastern2023);
        Map<String, Object> row = new HashMap<>(eastern2023);
        row.put("shipment_id", "LATE-0001");
        row.put("departure_date", "2023-02-30");
        out.row(row);
        row = new HashMap<>(eastern2023);
        row.put("shipment_id", "LATE-0002");
        row.put("route", "Moscow>Astrakhan>Baku>Tehran");
        out.row(row);
        row = new HashMap<>(eastern2023);
        row.put("shipment_id", "LATE-0003");
        row.put("gross_tonnes", "-120.5");
        out.row(row);
        row = new HashMap<>(eastern2023);
        row.put("shipment_id", "");
        out.row(row);
        row = new HashMap<>(eastern2023);
        row.put("shipment_id", "LATE-0004");
        row.put("gross_tonnes", "1,234.5");
        out.row(row);
        row = new HashMap<>(eastern2023);
        row.put("shipment_id", "LATE-0005");
        row.put("hs_code", "7701");
        out.row(row);
        out.rawLine("LATE-0006,2023-05-01,RUS,Moscow");
      }
    }
  }

  // ------------------------------------------------------------------------------------------ projects

  private static final String[] PROJECT_SECTORS = {"agro_food", "metals", "machinery_electrical", "minerals_energy",
      "chemicals", "vehicles_transport", "wood_paper", "textiles_footwear", "instruments_misc"};
  private static final double[] PROJECT_SECTOR_WEIGHTS = {0.24, 0.14, 0.14, 0.12, 0.1, 0.09, 0.06, 0.06, 0.05};
  private static final String[] PROJECT_KINDS = {"plant", "terminal", "joint venture", "assembly line",
      "processing complex", "logistics hub", "greenhouse complex", "service centre"};
  private static final String[] CITIES = {"Kostanay", "Pavlodar", "Aktobe", "Astana", "Almaty", "Shymkent",
      "Karaganda", "Ust-Kamenogorsk", "Omsk", "Chelyabinsk", "Orenburg", "Astrakhan", "Novosibirsk"};
  private static final String[] RUSSIAN_NAMES = {"Завод сельхозтехники", "Зерновой терминал",
      "Металлургический комбинат", "Тепличный комплекс", "Логистический центр"};

  private final class Projects {
    void write() {
      try (CsvOut out = open("projects/joint_projects.csv", PROJECT_COLUMNS, false, false)) {
        long[] jobs = split(Plan.PROJECT_JOBS, randomWeights(Plan.PROJECTS, 0.1, 1.9));
        Map<String, Object> fifth = null;
        for (int p = 0; p < Plan.PROJECTS; p++) {
          Map<String, Object> row = new HashMap<>();
          row.put("project_id", String.format(Locale.ROOT, "KZRU-%04d", p + 1));
          String city = CITIES[random.nextInt(CITIES.length)];
          row.put("name", p % 6 == 0
              ? RUSSIAN_NAMES[random.nextInt(RUSSIAN_NAMES.length)] + ", " + city
              : city + " " + PROJECT_KINDS[random.nextInt(PROJECT_KINDS.length)]
                  + (p % 4 == 0 ? ", phase " + (2 + random.nextInt(3)) : ""));
          row.put("sector", PROJECT_SECTORS[pick(PROJECT_SECTOR_WEIGHTS)]);
          double status = random.nextDouble();
          row.put("status", status < 0.6 ? "ACTIVE" : status < 0.85 ? "COMPLETED" : "PLANNED");
          row.put("start_year", String.valueOf(2012 + random.nextInt(13)));
          row.put("investment_usd", BigDecimal.valueOf(200_000_000L + random.nextLong(40_000_000_000L), 2).toPlainString());
          row.put("jobs", String.valueOf(jobs[p]));
          out.row(row);
          if (p == 4) {
            fifth = row;
          }
        }
        Map<String, Object> again = new HashMap<>(fifth);
        again.put("name", fifth.get("name") + " (resubmitted)");
        out.row(again);
        Map<String, Object> noSector = new HashMap<>(fifth);
        noSector.put("project_id", "KZRU-9001");
        noSector.put("sector", "");
        out.row(noSector);
        Map<String, Object> spacedJobs = new HashMap<>(fifth);
        spacedJobs.put("project_id", "KZRU-9002");
        spacedJobs.put("jobs", "1 200");
        out.row(spacedJobs);
      }
    }
  }

  // ------------------------------------------------------------------------------------------ shared

  /** Splits {@code total} into parts proportional to {@code weights}; the parts sum exactly to it. */
  static long[] split(long total, double[] weights) {
    double sum = 0;
    for (double w : weights) {
      sum += w;
    }
    long[] parts = new long[weights.length];
    long assigned = 0;
    for (int i = 0; i < weights.length - 1; i++) {
      parts[i] = (long) Math.floor(total * (weights[i] / sum));
      assigned += parts[i];
    }
    parts[weights.length - 1] = total - assigned;
    return parts;
  }

  private double[] randomWeights(int n, double low, double high) {
    double[] weights = new double[n];
    for (int i = 0; i < n; i++) {
      weights[i] = low + random.nextDouble() * (high - low);
    }
    return weights;
  }

  private int pick(double[] weights) {
    double pick = random.nextDouble();
    for (int i = 0; i < weights.length - 1; i++) {
      if (pick < weights[i]) {
        return i;
      }
      pick -= weights[i];
    }
    return weights.length - 1;
  }
}
