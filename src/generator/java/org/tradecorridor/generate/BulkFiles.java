package org.tradecorridor.generate;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * A year of Comtrade+ bulk files of many reporters, as the official client saves them: one gzip file per
 * reporter ({@code COMTRADE-FINAL-CA3982024H6[2024-07-01].gz}), TAB-separated, codes only, the "final"
 * layout. Each reporter declares HS6 flows both ways with its partners (the other reporters first, then
 * every other country of the reference, as real reporters declare trade with countries that report
 * nothing), a TOTAL per partner and flow, breakdown rows by mode of transport beside a tenth of its totals,
 * and per code and flow a World row (the sum of its partners) and an "Areas, nes" row. Reporter sizes are
 * skewed as real ones are (the r-th largest 1/r of the largest), and so are partner sizes within a
 * reporter; a file holds at most what every partner trading every code gives (about 3.4 M rows), so the
 * largest reporters of a big year are about that size. A gzip file cannot be split.
 */
public final class BulkFiles {
  /** A real bulk file's header, column for column (ropensci/comtradr's recorded C_A_32_196201_S1_O.txt.gz). */
  public static final List<String> HEADER = List.of("datasetCode", "typeCode", "freqCode", "refPeriodId", "refYear",
      "refMonth", "period", "reporterCode", "flowCode", "partnerCode", "partner2Code", "classificationSearchCode",
      "classificationCode", "isOriginalClassification", "cmdCode", "customsCode", "mosCode", "motCode",
      "qtyUnitCode", "qty", "isQtyEstimated", "altQtyUnitCode", "altQty", "isAltQtyEstimated", "netWgt",
      "isNetWgtEstimated", "grossWgt", "isGrossWgtEstimated", "CIFValue", "FOBValue", "primaryValue",
      "legacyEstimationFlag", "isReported", "isAggregate");
  /** The HS6 codes the reporters draw from: about as many as HS has. */
  private static final int CODE_POOL = 5600;
  /** Breakdown rows by mode of transport beside this share of the totals (sea and rail, summing to it). */
  private static final double BROKEN_DOWN = 0.1;
  private static final int[] MODES = {2100, 3100};
  private static final String PUBLISHED = "2024-07-01";
  /** The reporters first chosen, in this order: the pair, its neighbours, then large traders. */
  private static final List<String> FIRST = List.of("KAZ", "RUS", "CHN", "UZB", "KGZ", "BLR", "ARM", "TUR", "DEU",
      "USA", "IND", "IRN", "AZE", "TKM", "ITA", "NLD", "KOR", "JPN", "FRA", "GBR", "POL", "UKR", "GEO", "MNG", "ARE",
      "SAU", "EGY", "BRA", "CAN", "MEX");

  private final Output output;
  private final Draws draws;
  private final int year;
  private final List<ComtradeRecords.Country> reporters;
  /** Every country of the countries reference, the reporters first. */
  private final List<ComtradeRecords.Country> countries;
  private final long rows;
  private final List<String> codes = new ArrayList<>();

  /**
   * @param countries a countries reference ({@code code,iso3,name}); the reporters are its countries
   *     (three-letter ISO3 codes), KAZ and RUS first, then the others of {@link #FIRST}, then in its order
   */
  BulkFiles(Output output, Draws draws, int year, int reporterCount, long rows, Path countries) {
    this.output = output;
    this.draws = draws;
    this.year = year;
    this.rows = rows;
    this.countries = countries(countries);
    if (reporterCount < 2 || reporterCount > this.countries.size()) {
      throw new org.tradecorridor.config.InvalidConfigException("--reporters must lie between 2 and "
          + this.countries.size() + " (the countries of " + countries + ")");
    }
    this.reporters = List.copyOf(this.countries.subList(0, reporterCount));
    TreeSet<String> pool = new TreeSet<>();
    List<Integer> chapters = Plan.CHAPTERS.values().stream().flatMap(List::stream).toList();
    while (pool.size() < CODE_POOL) {
      pool.add(String.format(Locale.ROOT, "%02d%04d", chapters.get(draws.nextInt(chapters.size())),
          100 + draws.nextInt(9800)));
    }
    codes.addAll(pool);
  }

  void write() {
    double harmonic = 0;
    for (int r = 1; r <= reporters.size(); r++) {
      harmonic += 1.0 / r;
    }
    for (int r = 0; r < reporters.size(); r++) {
      write(reporters.get(r), Math.max(1, Math.round(rows / harmonic / (r + 1))));
    }
  }

  /** One reporter's file of about {@code target} rows. */
  private void write(ComtradeRecords.Country reporter, long target) {
    // Its partners: every other country, the other reporters first (their order is their size).
    List<ComtradeRecords.Country> partners = new ArrayList<>(reporters);
    countries.stream().filter(c -> !reporters.contains(c)).forEach(partners::add);
    partners.remove(reporter);
    int[] count = partnerCodes(partners.size(), target);
    // The reporter's codes in an order of its own; partner p trades the first count[p] of them.
    List<String> order = new ArrayList<>(codes);
    java.util.Collections.rotate(order, draws.nextInt(order.size()));
    String name = String.format(Locale.ROOT, "customs/COMTRADE-FINAL-CA%03d%dH6[%s]", reporter.code(), year,
        PUBLISHED);
    long[][] totals = new long[partners.size()][2];
    try (RowWriter file = output.comtrade(name, ComtradeLayout.BULK, HEADER, true)) {
      for (int c = 0; c < count[0]; c++) {
        String code = order.get(c);
        double usdPerKg = 0.5 + draws.nextDouble() * 20;
        for (int f = 0; f < 2; f++) {
          String flow = f == 0 ? "X" : "M";
          long world = 0;
          for (int p = 0; p < partners.size() && c < count[p]; p++) {
            long cents = (long) Math.exp(11 + draws.nextDouble() * 9);
            world += cents;
            totals[p][f] += cents;
            line(file, reporter, partners.get(p), flow, code, cents, usdPerKg);
          }
          line(file, reporter, ComtradeRecords.WORLD, flow, code, world, usdPerKg);
          line(file, reporter, ComtradeRecords.AREAS_NES, flow, code, 100 + draws.nextLong(100_000), usdPerKg);
        }
      }
      for (int p = 0; p < partners.size() && count[p] > 0; p++) {
        for (int f = 0; f < 2; f++) {
          file.row(bulk(ComtradeRecords.of(reporter, partners.get(p), f == 0 ? "X" : "M", year,
              ComtradeRecords.ANNUAL, "TOTAL", null, totals[p][f], -1)));
        }
      }
    }
  }

  /**
   * How many codes a reporter trades with each partner, largest first: partner p's share is 1/sqrt(1 + p) of
   * the largest's, none more than the codes there are (the largest partners trade them all), scaled so that
   * the file holds about {@code target} rows: per code and flow a total (1 + 2 x BROKEN_DOWN rows with the
   * breakdowns) for each partner that trades it, and a World and an Areas row; a TOTAL per partner and flow.
   */
  private int[] partnerCodes(int partners, long target) {
    double low = 0;
    double high = codes.size() * Math.sqrt(partners) + 1;
    int[] count = new int[partners];
    for (int step = 0; step < 60; step++) {
      double top = (low + high) / 2;
      if (rows(counts(top, count)) < target) {
        low = top;
      } else {
        high = top;
      }
    }
    return counts(Math.max(1, low), count);
  }

  private int[] counts(double top, int[] count) {
    for (int p = 0; p < count.length; p++) {
      count[p] = (int) Math.min(codes.size(), Math.round(top / Math.sqrt(1 + p)));
    }
    count[0] = Math.max(1, count[0]);
    return count;
  }

  private static double rows(int[] count) {
    double lines = 0;
    int trading = 0;
    for (int c : count) {
      lines += c;
      trading += c > 0 ? 1 : 0;
    }
    return 2 * ((1 + 2 * BROKEN_DOWN) * (lines + 2.0 * count[0]) + trading);
  }

  /** A total row, and beside a tenth of them its breakdown by mode of transport. */
  private void line(RowWriter file, ComtradeRecords.Country reporter, ComtradeRecords.Country partner, String flow,
      String code, long cents, double usdPerKg) {
    long grams = Math.round(cents / usdPerKg * 10);
    file.row(bulk(ComtradeRecords.of(reporter, partner, flow, year, ComtradeRecords.ANNUAL, code, null, cents, grams)));
    if (draws.nextDouble() < BROKEN_DOWN) {
      long sea = cents / 3;
      long[] parts = {sea, cents - sea};
      for (int m = 0; m < MODES.length; m++) {
        Map<String, Object> row = bulk(ComtradeRecords.of(reporter, partner, flow, year, ComtradeRecords.ANNUAL, code,
            null, parts[m], grams * parts[m] / Math.max(1, cents)));
        row.put("motCode", MODES[m]);
        file.row(row);
      }
    }
  }

  /** A Comtrade record as a bulk file spells it: the final dataset, CIF and FOB values capitalised. */
  private static Map<String, Object> bulk(Map<String, Object> row) {
    row.put("datasetCode", 1);
    row.put("CIFValue", row.remove("cifvalue"));
    row.put("FOBValue", row.remove("fobvalue"));
    return row;
  }

  private static List<ComtradeRecords.Country> countries(Path countries) {
    Map<String, ComtradeRecords.Country> all = new LinkedHashMap<>();
    try (Reader in = Files.newBufferedReader(countries, StandardCharsets.UTF_8)) {
      for (CSVRecord record : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
        String iso3 = record.get("iso3").trim();
        if (iso3.matches("[A-Z]{3}")) {
          all.putIfAbsent(iso3, new ComtradeRecords.Country(Integer.parseInt(record.get("code").trim()), iso3,
              record.get("name")));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + countries, e);
    }
    List<ComtradeRecords.Country> chosen = new ArrayList<>();
    for (String first : FIRST) {
      if (all.containsKey(first)) {
        chosen.add(all.remove(first));
      }
    }
    chosen.addAll(all.values());
    return List.copyOf(chosen);
  }
}
