package org.tradecorridor.config;

import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The years a run works on: all years ({@link #all()}), or those named by {@code --years}, such as
 * {@code 2023}, {@code 2019-2024} or {@code 2019,2021-2022}.
 */
public final class YearSet {
  private static final YearSet ALL = new YearSet(Collections.emptySortedSet());

  private final SortedSet<Integer> years;

  private YearSet(SortedSet<Integer> years) {
    this.years = Collections.unmodifiableSortedSet(years);
  }

  public static YearSet all() {
    return ALL;
  }

  public static YearSet of(Integer... years) {
    return new YearSet(new TreeSet<>(List.of(years)));
  }

  /** Parses a --years value; every year must lie within [minYear, maxYear]. */
  public static YearSet parse(String text, int minYear, int maxYear) {
    if (text == null) {
      return ALL;
    }
    if (text.isBlank()) {
      throw new InvalidConfigException("--years is empty; leave it out to work on all years, or name them, such as "
          + "2023 or " + minYear + "-" + maxYear);
    }
    SortedSet<Integer> years = new TreeSet<>();
    for (String part : text.split(",", -1)) {
      String range = part.trim();
      String[] bounds = range.split("-", -1);
      if (range.isEmpty() || bounds.length > 2) {
        throw bad(text, minYear, maxYear);
      }
      int from = year(bounds[0], text, minYear, maxYear);
      int to = bounds.length == 2 ? year(bounds[1], text, minYear, maxYear) : from;
      if (from > to) {
        throw new InvalidConfigException(
            "--years " + text + ": range " + range + " runs backwards; write it as " + to + "-" + from);
      }
      for (int y = from; y <= to; y++) {
        years.add(y);
      }
    }
    return new YearSet(years);
  }

  private static int year(String text, String whole, int minYear, int maxYear) {
    String digits = text.trim();
    if (!digits.matches("\\d{4}")) {
      throw bad(whole, minYear, maxYear);
    }
    int year = Integer.parseInt(digits);
    if (year < minYear || year > maxYear) {
      throw new InvalidConfigException("--years " + whole + ": " + year + " is outside the plausible years "
          + minYear + "-" + maxYear + " (settings years.min and years.max)");
    }
    return year;
  }

  private static InvalidConfigException bad(String text, int minYear, int maxYear) {
    return new InvalidConfigException("--years " + text + ": expected a year or a range such as "
        + minYear + "-" + maxYear + ", or several joined by commas (2019,2021-2022)");
  }

  public boolean isAll() {
    return years.isEmpty();
  }

  /** The named years, ascending; empty when the run covers all years. */
  public SortedSet<Integer> years() {
    return years;
  }

  /** These years and {@code more}; all years stays all years. */
  public YearSet and(java.util.Collection<Integer> more) {
    if (isAll() || more.isEmpty()) {
      return this;
    }
    SortedSet<Integer> union = new TreeSet<>(years);
    union.addAll(more);
    return new YearSet(union);
  }

  /** These years plus each one's previous year: what growth figures need to read. */
  public YearSet withPreviousYears() {
    return withPreviousYears(1);
  }

  /** These years plus the {@code count} years before each: what figures over several years need to read. */
  public YearSet withPreviousYears(int count) {
    if (isAll()) {
      return this;
    }
    SortedSet<Integer> widened = new TreeSet<>(years);
    years.forEach(y -> IntStream.rangeClosed(1, count).forEach(back -> widened.add(y - back)));
    return new YearSet(widened);
  }

  /** A SQL list such as {@code 2019, 2020}, for predicates; empty when the run covers all years. */
  public Optional<String> sqlList() {
    return isAll()
        ? Optional.empty()
        : Optional.of(years.stream().map(String::valueOf).collect(Collectors.joining(", ")));
  }

  @Override
  public String toString() {
    if (isAll()) {
      return "all years";
    }
    return years.first().equals(years.last())
        ? String.valueOf(years.first())
        : years.size() == years.last() - years.first() + 1
            ? years.first() + "-" + years.last()
            : years.stream().map(String::valueOf).collect(Collectors.joining(","));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof YearSet that && years.equals(that.years);
  }

  @Override
  public int hashCode() {
    return years.hashCode();
  }
}
