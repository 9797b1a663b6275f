package org.tradecorridor.config;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * The business settings the stages apply: the country pair, which side's declarations win, the
 * commodity level and frequency of counted customs rows, plausible years, the agro sector and the target.
 *
 * @param homeIso3 the configured pair's home country (ISO 3166-1 alpha-3), trade.home: the pair the summary
 *     and the report show first
 * @param partnerIso3 the configured pair's partner country, trade.partner
 * @param preferredReporter whose declarations are used when both sides report a flow
 * @param commodityLevel which commodity level counts: a fixed number of HS digits or the finest present
 * @param frequency which customs rows count: annual, monthly, or per reporter and year ({@code AUTO})
 * @param minYear first plausible year (older rows are BAD_DATE)
 * @param maxYear last plausible year
 * @param agroSector the sector name reported in gold_agro_contribution
 * @param targetTurnoverUsd the configured pair's turnover target in USD (target.turnoverUsd), or null to take
 *     it from reference.targets
 * @param targetYear the year the configured pair's target should be reached (target.year), or null to take
 *     it from reference.targets
 * @param limits the largest plausible value of one row per source (a larger one is BAD_NUMBER)
 * @param cifFobMargin freight and insurance as a share of the FOB value, for putting an importer's CIF
 *     value on an FOB basis where it reports no FOB value (customs.cifFobMargin)
 * @param pairs the pairs the run covers (trade.pairs): HOME-PARTNER patterns, each side an ISO3 code, a group of
 *     reference.countryGroups or {@code *}; directions are seen from each pair's home
 */
public record TradeRules(
    String homeIso3,
    String partnerIso3,
    Side preferredReporter,
    CommodityLevel commodityLevel,
    Frequency frequency,
    int minYear,
    int maxYear,
    String agroSector,
    BigDecimal targetTurnoverUsd,
    Integer targetYear,
    Limits limits,
    BigDecimal cifFobMargin,
    List<String> pairs) implements Serializable {

  /** The default of customs.cifFobMargin: CIF is FOB plus 5 %, the usual rule of thumb of mirror studies. */
  public static final BigDecimal DEFAULT_CIF_FOB_MARGIN = new BigDecimal("0.05");

  /**
   * The largest value one row may carry: beyond, it is no declaration but a typing or unit error
   * (BAD_NUMBER), and the sums of gold cannot overflow.
   *
   * @param maxValueUsd a customs row's primaryValue (customs.maxValueUsd)
   * @param maxGrossTonnes a shipment's gross tonnes (freight.maxGrossTonnes)
   * @param maxInvestmentUsd a project's investment (projects.maxInvestmentUsd)
   */
  public record Limits(BigDecimal maxValueUsd, BigDecimal maxGrossTonnes, BigDecimal maxInvestmentUsd)
      implements Serializable {
    /** Beyond this a single row's USD amount (or its sum over a year) would not fit DECIMAL(20,2). */
    static final BigDecimal MAX_USD = new BigDecimal("1e16");
    /** Beyond this a single shipment's tonnes (or their sum) would not fit DECIMAL(18,3). */
    static final BigDecimal MAX_TONNES = new BigDecimal("1e12");
    /** The defaults of application.conf. */
    public static final Limits DEFAULT = new Limits(new BigDecimal("1e15"), new BigDecimal("1e9"), new BigDecimal("1e15"));

    public Limits {
      check("customs.maxValueUsd", maxValueUsd, MAX_USD);
      check("freight.maxGrossTonnes", maxGrossTonnes, MAX_TONNES);
      check("projects.maxInvestmentUsd", maxInvestmentUsd, MAX_USD);
    }

    private static void check(String key, BigDecimal value, BigDecimal max) {
      if (value == null || value.signum() <= 0 || value.compareTo(max) > 0) {
        throw new InvalidConfigException(key + " must be a positive amount of at most " + max.toPlainString()
            + " (the sums of the tables must fit their columns), not " + (value == null ? "empty" : value.toPlainString()));
      }
    }
  }

  /** Rules with the default limits. */
  public TradeRules(String homeIso3, String partnerIso3, Side preferredReporter, CommodityLevel commodityLevel,
      Frequency frequency, int minYear, int maxYear, String agroSector, BigDecimal targetTurnoverUsd,
      Integer targetYear) {
    this(homeIso3, partnerIso3, preferredReporter, commodityLevel, frequency, minYear, maxYear, agroSector,
        targetTurnoverUsd, targetYear, Limits.DEFAULT, DEFAULT_CIF_FOB_MARGIN, List.of(homeIso3 + "-" + partnerIso3));
  }

  /** One side of a pattern of trade.pairs: an ISO3 code, a group's name or {@code *}. */
  private static final String PAIR_SIDE = "([A-Z][A-Z0-9_]*|\\*)";
  /** A pattern of trade.pairs, upper-cased: HOME-PARTNER. */
  public static final String PAIR_PATTERN = PAIR_SIDE + "-" + PAIR_SIDE;

  /** The years the tables' CHECK constraints allow (publish.TableDesigns): plausible years must lie within. */
  public static final int TABLE_YEARS_MIN = 1900;
  public static final int TABLE_YEARS_MAX = 2200;

  /** Which side of the pair a reporter is. */
  public enum Side { HOME, PARTNER }

  /** Which customs frequency counts. */
  public enum Frequency { AUTO, A, M }

  public TradeRules {
    requireIso3("trade.home", homeIso3);
    requireIso3("trade.partner", partnerIso3);
    if (homeIso3.equals(partnerIso3)) {
      throw new InvalidConfigException("trade.home and trade.partner are both " + homeIso3 + "; a pair needs two countries");
    }
    if (commodityLevel == null) {
      throw new InvalidConfigException("customs.commodityLevel must be auto, 2, 4 or 6");
    }
    if (minYear > maxYear) {
      throw new InvalidConfigException("years.min (" + minYear + ") is after years.max (" + maxYear + ")");
    }
    if (minYear < TABLE_YEARS_MIN || maxYear > TABLE_YEARS_MAX) {
      throw new InvalidConfigException("years.min and years.max must lie within " + TABLE_YEARS_MIN + "-"
          + TABLE_YEARS_MAX + ", the years the tables' constraints allow, not " + minYear + "-" + maxYear);
    }
    if (limits == null) {
      throw new InvalidConfigException("no value limits");
    }
    if (cifFobMargin == null || cifFobMargin.signum() < 0 || cifFobMargin.compareTo(BigDecimal.ONE) >= 0) {
      throw new InvalidConfigException("customs.cifFobMargin must be a share from 0 to below 1 (0.05 is 5 %), not "
          + (cifFobMargin == null ? "empty" : cifFobMargin.toPlainString()));
    }
    if (agroSector == null || agroSector.isBlank()) {
      throw new InvalidConfigException("sectors.agro must name a sector of the HS reference");
    }
    if (targetTurnoverUsd != null && (targetTurnoverUsd.compareTo(BigDecimal.ONE) < 0
        || targetTurnoverUsd.compareTo(Limits.MAX_USD) > 0)) {
      throw new InvalidConfigException("target.turnoverUsd must be an amount in USD from 1 to "
          + Limits.MAX_USD.toPlainString() + ", not " + targetTurnoverUsd.toPlainString());
    }
    if (pairs == null || pairs.isEmpty()) {
      throw new InvalidConfigException("trade.pairs must name at least one pair, such as KAZ-RUS");
    }
    for (String pair : pairs) {
      if (pair == null || !pair.matches(PAIR_PATTERN)) {
        throw new InvalidConfigException("trade.pairs: '" + pair + "' is no pair: HOME-PARTNER, each side an ISO3 "
            + "code (KAZ), a group of reference.countryGroups (EAEU) or *");
      }
    }
    pairs = List.copyOf(pairs);
    if (targetYear != null && (targetYear < minYear || targetYear > maxYear)) {
      throw new InvalidConfigException("target.year " + targetYear + " is outside the plausible years "
          + minYear + "-" + maxYear);
    }
  }

  /**
   * The pair a report or summary shows first: the first pattern of trade.pairs when it names two countries,
   * else trade.home and trade.partner.
   *
   * @return home and partner
   */
  public List<String> firstPair() {
    String first = pairs.get(0);
    return first.matches("[A-Z]{3}-[A-Z]{3}") ? List.of(first.split("-")) : List.of(homeIso3, partnerIso3);
  }

  private static void requireIso3(String key, String code) {
    if (code == null || !code.matches("[A-Z0-9]{3}")) {
      throw new InvalidConfigException(key + " must be an ISO 3166-1 alpha-3 code such as KAZ, not '" + code + "'");
    }
  }
}
