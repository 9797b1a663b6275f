package org.tradecorridor.publish;

import java.util.Optional;
import org.tradecorridor.config.YearSet;
import org.tradecorridor.reference.Pairs;
import org.tradecorridor.tables.SilverColumns;
import org.tradecorridor.tables.Source;

/**
 * The replaceWhere predicates of the job's writes: which rows of a table a run replaces. Built from the
 * job's own words only (year numbers, source names), never from a file name or a value read.
 */
public final class Predicates {
  private Predicates() {}

  /**
   * Rows of these years, and rows whose year could not be read (they belong to every run); empty for a
   * run of all years, which replaces a table whole.
   *
   * @param yearSql SQL of a row's year, such as {@code year} or a raw year's parse
   */
  public static Optional<String> ofYears(String yearSql, YearSet years) {
    return years.sqlList().map(list -> "(" + yearSql + " IN (" + list + ") OR " + yearSql + " IS NULL)");
  }

  /** The bronze rows of a run: every row of its years, whichever file it came from; projects whole. */
  public static String bronze(Source source, YearSet years) {
    return source.isYearScoped() ? ofYears(source.yearSql(""), years).orElse(null) : null;
  }

  /**
   * A silver table's rows of these years, and for customs of the pairs the run covers (another pair's rows stay);
   * a table not split by year whole (null).
   */
  public static String silver(Source source, YearSet years, Pairs pairs) {
    if (source == Source.CUSTOMS) {
      return ofYearsAnd(years, pairs.sql(SilverColumns.HOME, SilverColumns.PARTNER));
    }
    return source.isYearScoped() ? ofYears(SilverColumns.YEAR, years).orElse(null) : null;
  }

  /** The quality flags of these years of the run's pairs (and of none: an earlier version's). */
  public static String flags(YearSet years, Pairs pairs) {
    return ofYearsAnd(years, ofPairsOrNone(pairs));
  }

  /**
   * A source's quarantine rows of these years (and those of no readable year); for customs, of the run's pairs
   * and of rows without a pair (unreadable, or quarantined by an earlier version).
   */
  public static String quarantine(Source source, YearSet years, Pairs pairs) {
    String ofSource = SilverColumns.SOURCE + " = " + Warehouse.literal(source.folder())
        + (source == Source.CUSTOMS ? " AND " + ofPairsOrNone(pairs) : "");
    if (!source.isYearScoped()) {
      return "(" + ofSource + ")";
    }
    return "(" + ofYears(SilverColumns.YEAR, years).map(y -> ofSource + " AND " + y).orElse(ofSource) + ")";
  }

  /** Rows of these years (none given: of every year) that also match {@code condition}. */
  private static String ofYearsAnd(YearSet years, String condition) {
    return ofYears(SilverColumns.YEAR, years).map(y -> y + " AND ").orElse("") + condition;
  }

  private static String ofPairsOrNone(Pairs pairs) {
    return "(" + SilverColumns.HOME + " IS NULL OR " + pairs.sql(SilverColumns.HOME, SilverColumns.PARTNER) + ")";
  }

  /**
   * A gold table's rows of these years, and for a trade table (pairs not null) of the pairs the run covers;
   * null (the whole table) for all years of a table of no pairs, or a table not split by year.
   */
  public static String gold(YearSet years, Pairs pairs) {
    if (pairs == null) {
      return years == null ? null : ofYears(SilverColumns.YEAR, years).orElse(null);
    }
    return years == null ? pairs.sql(SilverColumns.HOME, SilverColumns.PARTNER)
        : ofYearsAnd(years, pairs.sql(SilverColumns.HOME, SilverColumns.PARTNER));
  }
}
