package org.tradecorridor.publish;

import java.util.Optional;
import org.tradecorridor.config.YearSet;
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

  /** A silver table's rows of these years; a table not split by year whole (null). */
  public static String silver(Source source, YearSet years) {
    return source.isYearScoped() ? ofYears(SilverColumns.YEAR, years).orElse(null) : null;
  }

  /** The quality flags of these years; the whole table for a run of all years (null). */
  public static String flags(YearSet years) {
    return ofYears(SilverColumns.YEAR, years).orElse(null);
  }

  /** A source's quarantine rows of these years (and those of no readable year). */
  public static String quarantine(Source source, YearSet years) {
    String ofSource = SilverColumns.SOURCE + " = " + Warehouse.literal(source.folder());
    if (!source.isYearScoped()) {
      return "(" + ofSource + ")";
    }
    return "(" + ofYears(SilverColumns.YEAR, years).map(y -> ofSource + " AND " + y).orElse(ofSource) + ")";
  }

  /** A gold table's rows of these years; null (the whole table) for all years or a table not split by year. */
  public static String gold(YearSet years) {
    return years == null ? null : ofYears(SilverColumns.YEAR, years).orElse(null);
  }
}
