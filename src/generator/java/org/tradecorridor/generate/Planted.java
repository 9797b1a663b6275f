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

  /** The rows planted in a source. */
  public static int rows(String source) {
    return QUARANTINED.get(source).values().stream().mapToInt(Integer::intValue).sum();
  }

  /** The projects of the plan (each listed once; the planted rows come on top). */
  public static int projects() {
    return Plan.PROJECTS;
  }
}
