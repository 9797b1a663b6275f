package org.tradecorridor.generate;

import java.util.Map;
import java.util.TreeMap;

/**
 * The bad rows the generator plants, by source and by the reason the contract (SPEC section 4) gives
 * each: one row of each kind, written by {@code CustomsFiles.corrections}, {@code FreightFiles.lateReports}
 * and {@code ProjectFiles.write}. Tests compare the job's quarantine with this plan; the same rows are
 * planted at every size.
 */
public final class Planted {
  private Planted() {
  }

  /** Source to reason to the number of rows planted with it. */
  public static final Map<String, Map<String, Integer>> QUARANTINED = Map.of(
      // The annual release's first declaration sent again, a decimal comma, a negative value, chapter 77,
      // a two-letter reporter code without a numeric one, month 13, no value, a line cut short.
      "customs", new TreeMap<>(Map.of("DUPLICATE", 1, "BAD_NUMBER", 1, "NEGATIVE_VALUE", 1, "UNKNOWN_HS", 1,
          "UNKNOWN_COUNTRY", 1, "BAD_DATE", 1, "MISSING_FIELD", 1, "MALFORMED_ROW", 1)),
      // A shipment sent again, 30 February, a route on two axes, negative tonnes, no shipment id, a thousands
      // separator, chapter 77, a line cut short.
      "freight", new TreeMap<>(Map.of("DUPLICATE", 1, "BAD_DATE", 1, "AMBIGUOUS_AXIS", 1, "NEGATIVE_VALUE", 1,
          "MISSING_FIELD", 1, "BAD_NUMBER", 1, "UNKNOWN_HS", 1, "MALFORMED_ROW", 1)),
      // A project resubmitted under its id, one without a sector, jobs written with a space.
      "projects", new TreeMap<>(Map.of("DUPLICATE", 1, "MISSING_FIELD", 1, "BAD_NUMBER", 1)));

  /** The year of home's annual release holding the planted estimated rows. */
  static final int LAST_YEAR = Plan.LAST_YEAR;
  /** The year of home's monthly release whose June exports of the fifth code have a weight 50 times too small. */
  public static final int OUTLIER_YEAR = 2022;
  static final int OUTLIER_CODE_INDEX = 4;
  /** Rows of that release marked as estimated: two weights estimated, one figure not reported as such. */
  public static final int ESTIMATED_ROWS = 3;
  /** The year whose partner total of imports from home is above its detail, by this factor. */
  public static final int DETAIL_BELOW_TOTAL_YEAR = 2022;
  static final double TOTAL_ABOVE_DETAIL = 1.04;
  /** The sector the partner declares at this factor of home's figures, in both directions. */
  public static final String MIRROR_GAP_SECTOR = "stone_glass_precious";
  static final double MIRROR_GAP_FACTOR = 1.45;

  /**
   * The quality flags the generated data should raise, by flag: the planted rows and groups, and the
   * mirror gap in every year and direction both sides declare (all but 2020, and 2019's imports, when home
   * declares nothing), from {@code firstYear} to the last.
   */
  public static Map<String, Integer> flags(int firstYear) {
    int bothDeclare = 0;
    for (int year = firstYear; year <= Plan.LAST_YEAR; year++) {
      bothDeclare += year == 2020 ? 0 : year == 2019 ? 1 : 2;
    }
    return new TreeMap<>(Map.of("ESTIMATED", ESTIMATED_ROWS, "UNIT_VALUE_OUTLIER", 1, "DETAIL_BELOW_TOTAL", 1,
        "MIRROR_GAP", bothDeclare));
  }

  /** The rows planted in a source. */
  public static int rows(String source) {
    return QUARANTINED.get(source).values().stream().mapToInt(Integer::intValue).sum();
  }

  /** The projects of the plan (each listed once; the planted rows come on top). */
  public static int projects() {
    return Plan.PROJECTS;
  }
}
