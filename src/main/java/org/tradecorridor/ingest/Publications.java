package org.tradecorridor.ingest;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.tradecorridor.tables.BronzeColumns;

/**
 * Comtrade+ bulk files by the name the official client gives them,
 * {@code COMTRADE-FINAL-CA3982023H6[2024-07-01].gz}: dataset (FINAL, FINALCLASSIC, TARIFFLINE), type, frequency,
 * reporter code, period and classification, then the publication date in brackets. When the input holds two
 * publications of the same reporter, period and classification, the newer one counts and the other is
 * superseded (its rows are read into bronze and ignored by conform). A final and a final-classic file of the
 * same slot are two publications of it: both hold the reporter's totals, which would otherwise count twice.
 * Of two files of one slot and one date (the same file landed twice), the first by path counts. Names without
 * a publication date (the server's own, {@code C_A_32_196201_S1_O.txt.gz}) supersede nothing.
 */
public final class Publications {
  private Publications() {}

  private static final Pattern CLIENT_NAME = Pattern.compile(
      "COMTRADE-(FINAL|FINALCLASSIC|TARIFFLINE)-([A-Z])([A-Z])([0-9]{3})([0-9]{4}|[0-9]{6})([A-Z][A-Z0-9])"
          + "\\[([0-9]{4}-[0-9]{2}-[0-9]{2})\\][^/]*", Pattern.CASE_INSENSITIVE);

  /** A bulk file's slot (what it is a publication of) and its publication date, from its name. */
  record Publication(String slot, String date) {}

  /** The publication a file's name says it is, if it is named as the official client names bulk files. */
  static Optional<Publication> of(String path) {
    Matcher name = CLIENT_NAME.matcher(path.substring(path.lastIndexOf('/') + 1));
    if (!name.matches()) {
      return Optional.empty();
    }
    String dataset = name.group(1).toUpperCase(Locale.ROOT).equals("TARIFFLINE") ? "TARIFFLINE" : "FINAL";
    String slot = String.join(" ", dataset, name.group(2), name.group(3), name.group(4), name.group(5), name.group(6))
        .toUpperCase(Locale.ROOT);
    return Optional.of(new Publication(slot, name.group(7)));
  }

  /**
   * The files of {@code paths} that a newer publication of the same slot supersedes, each with the file that
   * counts instead.
   *
   * @param paths files relative to --input (bronze's source_file)
   */
  public static Map<String, String> superseded(Collection<String> paths) {
    // Per slot, the file that counts: the newest date; of one date, the first path (paths come in order).
    Map<String, String> counting = new TreeMap<>();
    Map<String, String> dateOf = new TreeMap<>();
    for (String path : new TreeSet<>(paths)) {
      of(path).ifPresent(p -> {
        dateOf.put(path, p.date());
        counting.merge(p.slot(), path, (kept, next) -> dateOf.get(next).compareTo(dateOf.get(kept)) > 0 ? next : kept);
      });
    }
    Map<String, String> superseded = new TreeMap<>();
    for (String path : dateOf.keySet()) {
      String counts = counting.get(of(path).orElseThrow().slot());
      if (!counts.equals(path)) {
        superseded.put(path, counts);
      }
    }
    return superseded;
  }

  /** The files among bronze rows' source files that a newer publication supersedes (one Spark job). */
  public static Set<String> supersededAmong(Dataset<Row> bronze) {
    return superseded(bronze.select(BronzeColumns.SOURCE_FILE).distinct().as(Encoders.STRING()).collectAsList())
        .keySet();
  }

  /** The warnings a run prints for what {@link #superseded} found. */
  public static List<String> warnings(Map<String, String> superseded) {
    return superseded.entrySet().stream().map(e -> e.getKey() + ": superseded by " + e.getValue()
        + " (the same reporter, period and classification, published later); its rows are ignored")
        .collect(Collectors.toList());
  }
}
