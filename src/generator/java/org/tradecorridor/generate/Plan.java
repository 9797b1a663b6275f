package org.tradecorridor.generate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the generated data holds, year by year: the planned bilateral turnover and agro-food turnover
 * (USD cents, as the home country reports them), the sector mix, and the corridor tonnage per axis.
 * The published figures of SPEC section 7 are planted here, in the data, never in the job.
 */
final class Plan {
  private Plan() {}

  static final int FIRST_YEAR = 2015;
  static final int LAST_YEAR = 2024;

  /** Bilateral turnover as KAZ reports it, USD: 2024 is 27.8 bn, 2.96 % above 2023's 27.0 bn. */
  static final long[] TURNOVER_CENTS = cents(
      "15600000000.00", "12900000000.00", "17400000000.00", "18900000000.00", "19600000000.00",
      "17900000000.00", "23000000000.00", "26000000000.00", "27000000000.00", "27800000000.00");

  /** Agro-food turnover, USD: 2024 is 3.8 bn, 4.5 % above 2023 (3.8 / 1.045 bn). */
  static final long[] AGRO_CENTS = cents(
      "2100000000.00", "1900000000.00", "2300000000.00", "2500000000.00", "2700000000.00",
      "2800000000.00", "3100000000.00", "3400000000.00", "3636363636.36", "3800000000.00");

  /** Non-agro sectors and their weights in non-agro turnover. */
  static final Map<String, Double> SECTOR_WEIGHTS = new LinkedHashMap<>();

  /** Each sector's share of the home country's exports within its trade. */
  static final Map<String, Double> EXPORT_SHARE = new LinkedHashMap<>();

  /** HS chapters each sector's codes are drawn from (the default reference's ranges). */
  static final Map<String, List<Integer>> CHAPTERS = new LinkedHashMap<>();

  static {
    sector("agro_food", 0.0, 0.45, range(1, 24));
    sector("minerals_energy", 0.17, 0.55, range(25, 27));
    sector("chemicals", 0.11, 0.35, range(28, 38));
    sector("plastics_rubber", 0.06, 0.15, range(39, 40));
    sector("other", 0.03, 0.30, List.of(41, 42, 43, 99));
    sector("wood_paper", 0.04, 0.10, range(44, 49));
    sector("textiles_footwear", 0.04, 0.10, range(50, 67));
    sector("stone_glass_precious", 0.03, 0.40, range(68, 71));
    sector("metals", 0.20, 0.50, List.of(72, 73, 74, 75, 76, 78, 79, 80, 81, 82, 83));
    sector("machinery_electrical", 0.16, 0.08, range(84, 85));
    sector("vehicles_transport", 0.10, 0.12, range(86, 89));
    sector("instruments_misc", 0.06, 0.10, range(90, 97));
  }

  /** Corridor axes and the freight on them, in tonnes per year; NONE is freight off the corridor. */
  static final List<String> AXES = List.of("TRANS_CASPIAN", "EASTERN", "WESTERN", "NONE");

  /** Gross tonnes per axis and year (thousandths of a tonne): Eastern 2023 is 2.4 Mt. */
  static final Map<String, long[]> TONNES_MILLI = Map.of(
      "TRANS_CASPIAN", milliTonnes(1.10, 1.20, 1.35, 1.50, 1.60, 1.45, 1.70, 2.10, 2.30, 2.45),
      "EASTERN", milliTonnes(0.80, 0.90, 1.05, 1.20, 1.40, 1.55, 1.80, 2.15, 2.40, 2.70),
      "WESTERN", milliTonnes(0.40, 0.45, 0.55, 0.70, 0.90, 0.85, 1.10, 1.60, 1.85, 2.00),
      "NONE", milliTonnes(2.50, 2.60, 2.70, 2.90, 3.00, 2.80, 3.20, 3.40, 3.50, 3.60));

  /** Joint projects: 171 of them with 45,400 jobs. */
  static final int PROJECTS = 171;
  static final int PROJECT_JOBS = 45_400;

  static int index(int year) {
    return year - FIRST_YEAR;
  }

  private static void sector(String name, double weight, double exportShare, List<Integer> chapters) {
    SECTOR_WEIGHTS.put(name, weight);
    EXPORT_SHARE.put(name, exportShare);
    CHAPTERS.put(name, chapters);
  }

  private static List<Integer> range(int from, int to) {
    return java.util.stream.IntStream.rangeClosed(from, to).boxed().toList();
  }

  private static long[] cents(String... usd) {
    long[] cents = new long[usd.length];
    for (int i = 0; i < usd.length; i++) {
      cents[i] = new java.math.BigDecimal(usd[i]).movePointRight(2).longValueExact();
    }
    return cents;
  }

  private static long[] milliTonnes(double... megatonnes) {
    long[] milli = new long[megatonnes.length];
    for (int i = 0; i < megatonnes.length; i++) {
      milli[i] = Math.round(megatonnes[i] * 1_000_000_000L);
    }
    return milli;
  }
}
