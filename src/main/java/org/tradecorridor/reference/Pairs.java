package org.tradecorridor.reference;

import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.spark.sql.Column;
import org.tradecorridor.config.InvalidConfigException;

/**
 * The pairs a run covers (trade.pairs), resolved against reference.countryGroups. A pair is two different
 * countries, each an ISO3 code of three letters: World, NES areas and groups (W00, _X, X1, E19) are never a
 * side. A pair's home is the side its pattern's left matches; when both sides match both (*-*, EAEU-EAEU) the
 * alphabetically first; of several patterns the first that covers the pair decides.
 */
public final class Pairs implements Serializable {
  private static final long serialVersionUID = 1L;

  /** What a country code must look like to be a side of a pair. */
  public static final String COUNTRY = "^[A-Z]{3}$";

  /** One side of a pattern: its countries, or null for any country ({@code *}). */
  private record Side(String text, Set<String> countries) implements Serializable {
    boolean matches(String iso3) {
      return countries == null || countries.contains(iso3);
    }

    Column matches(Column iso3) {
      return countries == null ? lit(true) : iso3.isin(countries.toArray());
    }

    String sql(String column) {
      return countries == null ? "TRUE" : column + " IN (" + countries.stream().map(c -> "'" + c + "'")
          .collect(Collectors.joining(", ")) + ")";
    }
  }

  private record Pattern(String text, Side left, Side right) implements Serializable {}

  private final List<Pattern> patterns;

  private Pairs(List<Pattern> patterns) {
    this.patterns = List.copyOf(patterns);
  }

  /**
   * @param patterns trade.pairs, upper-cased HOME-PARTNER patterns (TradeRules checked their form)
   * @param groups reference.countryGroups: a side naming none of them, and not {@code *}, is an ISO3 code
   */
  public static Pairs of(List<String> patterns, Map<String, Set<String>> groups) {
    List<Pattern> resolved = new ArrayList<>();
    for (String pattern : patterns) {
      String[] sides = pattern.split("-", 2);
      resolved.add(new Pattern(pattern, side(sides[0], groups, pattern), side(sides[1], groups, pattern)));
    }
    return new Pairs(resolved);
  }

  private static Side side(String text, Map<String, Set<String>> groups, String pattern) {
    if (text.equals("*")) {
      return new Side(text, null);
    }
    if (groups.containsKey(text)) {
      return new Side(text, new TreeSet<>(groups.get(text)));
    }
    if (!text.matches(COUNTRY)) {
      throw new InvalidConfigException("trade.pairs: " + pattern + ": '" + text + "' is neither a country's ISO3 code "
          + "nor a group of reference.countryGroups (" + String.join(", ", new TreeSet<>(groups.keySet())) + ")");
    }
    return new Side(text, Set.of(text));
  }

  /** The home of the pair of countries a and b (either order), or null when no pattern covers it. */
  public String home(String a, String b) {
    if (a == null || b == null || !a.matches(COUNTRY) || !b.matches(COUNTRY) || a.equals(b)) {
      return null;
    }
    for (Pattern p : patterns) {
      boolean forward = p.left().matches(a) && p.right().matches(b);
      boolean backward = p.left().matches(b) && p.right().matches(a);
      if (forward && backward) {
        return a.compareTo(b) <= 0 ? a : b;
      }
      if (forward || backward) {
        return forward ? a : b;
      }
    }
    return null;
  }

  /** {@link #home(String, String)} as a column: null for a row of no covered pair. */
  public Column home(Column a, Column b) {
    Column home = null;
    for (Pattern p : patterns) {
      Column forward = p.left().matches(a).and(p.right().matches(b));
      Column backward = p.left().matches(b).and(p.right().matches(a));
      home = (home == null ? when(forward.and(backward), least(a, b)) : home.when(forward.and(backward), least(a, b)))
          .when(forward, a).when(backward, b);
    }
    return when(a.rlike(COUNTRY).and(b.rlike(COUNTRY)).and(a.notEqual(b)), home);
  }

  /**
   * SQL true for a row whose pair (its {@code home} and {@code partner} columns) the run covers, whichever way
   * round a run stored it: the rows of a table a run replaces.
   */
  public String sql(String home, String partner) {
    return "(" + patterns.stream().map(p -> "(" + p.left().sql(home) + " AND " + p.right().sql(partner) + ") OR ("
        + p.left().sql(partner) + " AND " + p.right().sql(home) + ")").collect(Collectors.joining(" OR ")) + ")";
  }

  /** {@link #sql} as a column. */
  public Column covers(Column home, Column partner) {
    Column covers = lit(false);
    for (Pattern p : patterns) {
      covers = covers.or(p.left().matches(home).and(p.right().matches(partner)))
          .or(p.left().matches(partner).and(p.right().matches(home)));
    }
    return covers;
  }

  /** The patterns as configured, comma-separated. */
  @Override
  public String toString() {
    return patterns.stream().map(Pattern::text).collect(Collectors.joining(","));
  }
}
