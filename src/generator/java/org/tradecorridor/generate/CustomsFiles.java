package org.tradecorridor.generate;

import static org.tradecorridor.generate.ComtradeRecords.ANNUAL;
import static org.tradecorridor.generate.ComtradeRecords.AREAS_NES;
import static org.tradecorridor.generate.ComtradeRecords.BLR;
import static org.tradecorridor.generate.ComtradeRecords.BUNKERS;
import static org.tradecorridor.generate.ComtradeRecords.CIV;
import static org.tradecorridor.generate.ComtradeRecords.KAZ;
import static org.tradecorridor.generate.ComtradeRecords.OTHER_ASIA_NES;
import static org.tradecorridor.generate.ComtradeRecords.RUS;
import static org.tradecorridor.generate.ComtradeRecords.TUR;
import static org.tradecorridor.generate.ComtradeRecords.WORLD;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The customs side of the sample: UN Comtrade+ files of both reporters, year by year, in the layouts
 * users really get. The home country's (KAZ) are website downloads; the partner's (RUS) are API pulls
 * saved as CSV, one as the API's JSON response, and one chapter-level (AG2) pull without descriptions.
 * Like real extracts they hold chapter and TOTAL rows beside the detail, trade with third countries and
 * Comtrade's own areas (World, Areas nes, Bunkers), breakdowns by mode of transport and re-exports.
 * The home country's detail sums exactly to {@link Plan}'s figures.
 */
final class CustomsFiles {
  private static final int[] MONTHS = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12};
  /** Monthly releases sum a little below the annual release of the same year (later revisions). */
  private static final double MONTHLY_REVISION = 0.985;

  /** One HS6 code of the generated trade. */
  private record Code(String code, String sector, String description, double usdPerKg) {}

  private final Output output;
  private final Draws draws;
  private final int firstYear;
  private final List<Code> codes = new ArrayList<>();
  /** planned[year][code][0 = home's exports, 1 = home's imports], USD cents. */
  private final Map<Integer, long[][]> planned = new TreeMap<>();
  /** The partner's mirror value of each code relative to the home country's. */
  private final double[] mirrorFactor;

  CustomsFiles(Output output, Draws draws, int firstYear, long customsRows) {
    this.output = output;
    this.draws = draws;
    this.firstYear = firstYear;
    int years = Plan.LAST_YEAR - firstYear + 1;
    // Rows per code: the home country monthly in most years, the partner monthly in all, plus annual rows.
    long rowsPerCode = (years - 2) * 24L + years * 24L + 4;
    int codeCount = (int) Math.max(Plan.SECTOR_WEIGHTS.size() * 3, customsRows / rowsPerCode);
    drawCodes(codeCount);
    mirrorFactor = new double[codes.size()];
    for (int c = 0; c < codes.size(); c++) {
      mirrorFactor[c] = 0.93 + draws.nextDouble() * 0.14;
      if (codes.get(c).sector().equals(Planted.MIRROR_GAP_SECTOR)) {
        // The partner declares this sector's goods far above what home does (goods routed through home
        // counted as from it, or valued differently): a mirror gap no freight margin explains.
        mirrorFactor[c] = Planted.MIRROR_GAP_FACTOR;
      }
    }
    for (int year = firstYear; year <= Plan.LAST_YEAR; year++) {
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
        int chapter = chapters.get(draws.nextInt(chapters.size()));
        chosen.add(String.format(Locale.ROOT, "%02d%04d", chapter, 100 + draws.nextInt(9800)));
      }
      double price = 0.2 + draws.nextDouble() * (sector.getKey().startsWith("machinery") ? 60 : 4);
      for (String code : chosen) {
        codes.add(new Code(code, sector.getKey(), Descriptions.of(code, draws), price * (0.5 + draws.nextDouble())));
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
    double[] weights = others.stream()
        .mapToDouble(s -> Plan.SECTOR_WEIGHTS.get(s) * (0.9 + draws.nextDouble() * 0.2)).toArray();
    long[] otherCents = Draws.split(nonAgro, weights);
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
      double share = Plan.EXPORT_SHARE.get(sector.getKey()) * (0.95 + draws.nextDouble() * 0.1);
      long exports = Math.round(sector.getValue() * share);
      long[][] byDirection = {
          Draws.split(exports, draws.weights(members.size(), 0.2, 1.8)),
          Draws.split(sector.getValue() - exports, draws.weights(members.size(), 0.2, 1.8))};
      for (int i = 0; i < members.size(); i++) {
        values[members.get(i)][0] = byDirection[0][i];
        values[members.get(i)][1] = byDirection[1][i];
      }
    }
    return values;
  }

  void write() {
    boolean gzip = output.gzip();
    for (int year = firstYear; year <= Plan.LAST_YEAR; year++) {
      // The home country: annual exports only in 2019 (imports come from the partner's mirror), nothing
      // in 2020, monthly from 2021 (and before 2019), annual and monthly releases in 2023 and 2024. Its
      // files are downloads from the Comtrade+ website.
      if (year == 2019) {
        release(KAZ, year, false, new boolean[] {true, false}, 1.0, ComtradeLayout.WEBSITE, gzip);
      } else if (year != 2020) {
        boolean annualToo = year >= 2023;
        release(KAZ, year, true, new boolean[] {true, true}, annualToo ? MONTHLY_REVISION : 1.0,
            ComtradeLayout.WEBSITE, gzip);
        if (annualToo) {
          // The latest annual download is saved as it comes, not compressed.
          release(KAZ, year, false, new boolean[] {true, true}, 1.0, ComtradeLayout.WEBSITE,
              gzip && year != Plan.LAST_YEAR);
        }
      }
      // The partner: monthly API pulls every year, saved as CSV. Its annual figures count where it has
      // them: for 2019 a chapter-level pull without descriptions (numeric codes only), for 2020 the API's
      // JSON response as it came.
      boolean partnerAnnual = year == 2019 || year == 2020;
      release(RUS, year, true, new boolean[] {true, true}, partnerAnnual ? MONTHLY_REVISION : 1.0,
          ComtradeLayout.API_CSV, gzip);
      if (year == 2019) {
        chapterRelease(RUS, year);
      } else if (year == 2020) {
        release(RUS, year, false, new boolean[] {true, true}, 1.0, ComtradeLayout.API_JSON, false);
      }
    }
    corrections();
  }

  private static String name(ComtradeRecords.Country reporter, int year, boolean monthly, String suffix) {
    return String.format(Locale.ROOT, "customs/%s/%d/%s_%d_%s%s", reporter.iso3(), year, reporter.iso3(), year,
        monthly ? "M" : "A", suffix);
  }

  /**
   * One reporter's release for a year, at HS6 with its chapter and TOTAL rows.
   *
   * @param directions which of home's exports and imports the reporter declares
   * @param scale releases that are not the counted ones sum a little below the annual
   */
  private void release(ComtradeRecords.Country reporter, int year, boolean monthly, boolean[] directions,
      double scale, ComtradeLayout layout, boolean compressed) {
    boolean home = reporter == KAZ;
    ComtradeRecords.Country partner = home ? RUS : KAZ;
    try (RowWriter out = output.comtrade(name(reporter, year, monthly, ""), layout, ComtradeRecords.COLUMNS,
        compressed)) {
      long[][] values = planned.get(year);
      int[] periods = monthly ? MONTHS : new int[] {ANNUAL};
      for (int d = 0; d < 2; d++) {
        if (!directions[d]) {
          continue;
        }
        // Home's exports are its flow X and the partner's flow M.
        String flow = (d == 0) == home ? "X" : "M";
        long[][] byPeriod = new long[codes.size()][];
        for (int c = 0; c < codes.size(); c++) {
          long value = Math.round(reportedValue(home, year, d, c) * scale);
          byPeriod[c] = monthly ? Draws.split(value, draws.weights(12, 0.7, 1.3)) : new long[] {value};
        }
        for (int p = 0; p < periods.length; p++) {
          Map<String, Long> chapterTotals = new TreeMap<>();
          long total = 0;
          for (int c = 0; c < codes.size(); c++) {
            Code code = codes.get(c);
            long cents = byPeriod[c][p];
            out.row(planted(ComtradeRecords.of(reporter, partner, flow, year, periods[p], code.code(),
                code.description(), cents, kilograms(code, c, cents, year)), home, periods[p], year, d, c, cents));
            chapterTotals.merge(code.code().substring(0, 2), cents, Long::sum);
            total += cents;
            if (c % 33 == 7) {
              // A little trade with a third country, in the same release.
              ComtradeRecords.Country third = home ? (c % 66 == 7 ? TUR : CIV) : BLR;
              out.row(ComtradeRecords.of(reporter, third, flow, year, periods[p], code.code(), code.description(),
                  cents / 3 + 100, kilograms(code, c, cents / 3 + 100, year)));
            }
            if (home && !monthly && c % 97 == 11) {
              // A breakdown by mode of transport (air) of a code already reported in total.
              Map<String, Object> byAir = ComtradeRecords.of(reporter, partner, flow, year, periods[p], code.code(),
                  code.description(), cents / 10, kilograms(code, c, cents / 10, year));
              byAir.put("motCode", 1000);
              byAir.put("motDesc", "Air");
              out.row(byAir);
            }
            if (!home && monthly && year == 2023 && c % 89 == 5) {
              // Re-exports are a subset of exports, and not counted again.
              out.row(ComtradeRecords.of(reporter, partner, "RX", year, periods[p], code.code(),
                  code.description(), cents / 20, kilograms(code, c, cents / 20, year)));
            }
          }
          for (Map.Entry<String, Long> chapter : chapterTotals.entrySet()) {
            out.row(ComtradeRecords.of(reporter, partner, flow, year, periods[p], chapter.getKey(),
                Descriptions.chapter(chapter.getKey()), chapter.getValue(), -1));
          }
          // The partner's 2022 total of its imports from home includes trade its detail leaves out.
          boolean totalAbove = !home && monthly && year == Planted.DETAIL_BELOW_TOTAL_YEAR && d == 0;
          out.row(ComtradeRecords.of(reporter, partner, flow, year, periods[p], "TOTAL", "All Commodities",
              totalAbove ? Math.round(total * Planted.TOTAL_ABOVE_DETAIL) : total, -1));
          out.row(ComtradeRecords.of(reporter, WORLD, flow, year, periods[p], "TOTAL", "All Commodities",
              Math.round(total * 4.2), -1));
          if (home && !monthly) {
            // Comtrade's own areas as partners: trade with areas not specified, and fuel sold to ships.
            out.row(ComtradeRecords.of(reporter, AREAS_NES, flow, year, periods[p], "TOTAL", "All Commodities",
                total / 250 + 100, -1));
            out.row(ComtradeRecords.of(reporter, BUNKERS, flow, year, periods[p], "27", Descriptions.chapter("27"),
                total / 400 + 100, -1));
            out.row(ComtradeRecords.of(reporter, OTHER_ASIA_NES, flow, year, periods[p], "TOTAL", "All Commodities",
                total / 300 + 100, -1));
          }
        }
      }
    }
  }

  /**
   * A release's row as it comes, with what real releases also hold: FOB values beside CIF for a quarter of
   * home's imports; in home's 2024 annual release of exports three rows Comtrade marks as estimated; in its
   * June 2022 exports one weight typed 50 times too small (a unit value outlier, one month of twelve).
   */
  private Map<String, Object> planted(Map<String, Object> row, boolean home, int period, int year, int d,
      int c, long cents) {
    if (home && d == 1 && c % 4 == 0) {
      row.put("fobvalue", java.math.BigDecimal.valueOf(Math.round(cents / 1.04), 2));
    }
    if (home && period == ANNUAL && year == Planted.LAST_YEAR && d == 0) {
      if (c == 5 || c == 6) {
        row.put("isNetWgtEstimated", true);
      } else if (c == 7) {
        row.put("isReported", false);
      }
    }
    if (home && period == 6 && year == Planted.OUTLIER_YEAR && d == 0 && c == Planted.OUTLIER_CODE_INDEX) {
      row.put("netWgt", ((java.math.BigDecimal) row.get("netWgt")).divide(java.math.BigDecimal.valueOf(50),
          3, java.math.RoundingMode.HALF_UP));
    }
    return row;
  }

  /**
   * The partner's chapter-level annual pull (AG2) without descriptions: chapters and TOTAL, numeric codes
   * only. Its chapters hold exactly what its HS6 codes would, so the sector figures do not depend on it.
   */
  private void chapterRelease(ComtradeRecords.Country reporter, int year) {
    try (RowWriter out = output.comtrade(name(reporter, year, false, "_AG2"), ComtradeLayout.API_CSV_CODES_ONLY,
        ComtradeRecords.COLUMNS, false)) {
      for (int d = 0; d < 2; d++) {
        String flow = d == 0 ? "M" : "X";
        Map<String, Long> chapterTotals = new TreeMap<>();
        long total = 0;
        for (int c = 0; c < codes.size(); c++) {
          long cents = reportedValue(false, year, d, c);
          chapterTotals.merge(codes.get(c).code().substring(0, 2), cents, Long::sum);
          total += cents;
        }
        for (Map.Entry<String, Long> chapter : chapterTotals.entrySet()) {
          out.row(ComtradeRecords.of(reporter, KAZ, flow, year, ANNUAL, chapter.getKey(),
              Descriptions.chapter(chapter.getKey()), chapter.getValue(), -1));
        }
        out.row(ComtradeRecords.of(reporter, KAZ, flow, year, ANNUAL, "TOTAL", "All Commodities", total, -1));
        out.row(ComtradeRecords.of(reporter, WORLD, flow, year, ANNUAL, "TOTAL", "All Commodities",
            Math.round(total * 3.1), -1));
      }
    }
  }

  /**
   * A code's value for a year and direction as a reporter declares it: the home country its planned
   * value; the partner the planned value times the code's mirror factor, except where the home country
   * declares nothing and the partner's is what counts (then exactly the plan).
   */
  private long reportedValue(boolean home, int year, int direction, int code) {
    long[][] values = planned.get(year);
    boolean exact = home || homeLacks(year, direction);
    return exact ? values[code][direction] : Math.round(values[code][direction] * mirrorFactor[code]);
  }

  /** True when the home country declares nothing for this year and direction, so the mirror counts. */
  private static boolean homeLacks(int year, int direction) {
    return year == 2020 || (year == 2019 && direction == 1);
  }

  /**
   * Net weight in thousandths of a kg at the code's price that year; some codes report none, as real
   * declarations do.
   */
  private long kilograms(Code code, int index, long cents, int year) {
    return index % 19 == 3 ? -1 : Math.round(cents / (code.usdPerKg() * priceLevel(code, year)) * 10);
  }

  /**
   * A code's price level in a year relative to the first: each sector's unit values drift by a yearly
   * rate of its own (-4 % to +8 %), so that gold_price_volume has price effects to find. Values are the
   * plan's; only weights follow prices.
   */
  private double priceLevel(Code code, int year) {
    int sector = new ArrayList<>(Plan.CHAPTERS.keySet()).indexOf(code.sector());
    double yearlyRate = ((sector * 37) % 13 - 4) / 100.0;
    return Math.pow(1 + yearlyRate, year - firstYear);
  }

  /** Late corrections, saved by hand: one of each kind of bad row, and a row sent twice. */
  private void corrections() {
    List<String> columns = List.of("reporterISO", "partnerISO", "refYear", "refMonth", "freqCode", "flowCode",
        "cmdCode", "primaryValue", "netWgt", "qty", "qtyUnitAbbr", "cmdDesc");
    try (RowWriter out = output.csv("customs/corrections/KAZ_2024_corrections.csv", columns)) {
      Code first = codes.get(0);
      long cents = planned.get(2024)[0][0];
      // The same declaration as in the annual 2024 release: a duplicate, counted once.
      out.row(text(ComtradeRecords.of(KAZ, RUS, "X", 2024, ANNUAL, first.code(), first.description(), cents,
          kilograms(first, 0, cents, 2024))));
      Map<String, Object> decimalComma = correction("X", ANNUAL, codes.get(1).code(), "Decimal comma", 0);
      decimalComma.put("primaryValue", "1250000,50");
      out.row(decimalComma);
      out.row(correction("X", ANNUAL, codes.get(2).code(), "Negative value", -50_000_00L));
      out.row(correction("M", ANNUAL, "770000", "Chapter 77 is reserved in the HS", 9_000_00L));
      Map<String, Object> twoLetters = correction("X", ANNUAL, codes.get(3).code(), "Two-letter reporter code",
          7_000_00L);
      twoLetters.put("reporterISO", "KZ");
      out.row(twoLetters);
      Map<String, Object> month13 = correction("M", 13, codes.get(4).code(), "Month 13", 6_000_00L);
      month13.put("freqCode", "A");
      out.row(month13);
      Map<String, Object> noValue = correction("M", ANNUAL, codes.get(5).code(), "No value", 0);
      noValue.put("primaryValue", "");
      out.row(noValue);
      out.rawLine("KAZ,RUS,2024,52,A,X,010121");
    }
  }

  private static Map<String, Object> correction(String flow, int period, String cmdCode, String description,
      long cents) {
    return text(ComtradeRecords.of(KAZ, RUS, flow, 2024, period, cmdCode, description, cents, -1));
  }

  /** A record's values as a person types them into a spreadsheet: plain text. */
  private static Map<String, Object> text(Map<String, Object> row) {
    Map<String, Object> text = new LinkedHashMap<>();
    row.forEach((column, value) -> text.put(column, value instanceof java.math.BigDecimal amount
        ? amount.toPlainString() : ComtradeLayout.text(value)));
    return text;
  }
}
