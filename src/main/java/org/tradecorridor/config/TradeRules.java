package org.tradecorridor.config;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * The business settings the stages apply: the country pair, which side's declarations win, the
 * commodity level and frequency of counted customs rows, plausible years, the agro sector and the target.
 *
 * @param homeIso3 the home country (ISO 3166-1 alpha-3); directions are seen from its side
 * @param partnerIso3 the partner country
 * @param preferredReporter whose declarations are used when both sides report a flow
 * @param commodityLevel which commodity level counts: a fixed number of HS digits or the finest present
 * @param frequency which customs rows count: annual, monthly, or per reporter and year ({@code AUTO})
 * @param minYear first plausible year (older rows are BAD_DATE)
 * @param maxYear last plausible year
 * @param agroSector the sector name reported in gold_agro_contribution
 * @param targetTurnoverUsd the bilateral turnover target in USD
 * @param targetYear the year the target should be reached, or null when unset
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
    Integer targetYear) implements Serializable {

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
    if (agroSector == null || agroSector.isBlank()) {
      throw new InvalidConfigException("sectors.agro must name a sector of the HS reference");
    }
    if (targetTurnoverUsd == null || targetTurnoverUsd.signum() <= 0) {
      throw new InvalidConfigException("target.turnoverUsd must be a positive amount in USD");
    }
    if (targetYear != null && (targetYear < minYear || targetYear > maxYear)) {
      throw new InvalidConfigException("target.year " + targetYear + " is outside the plausible years "
          + minYear + "-" + maxYear);
    }
  }

  /** The ISO code whose declarations are preferred. */
  public String preferredReporterIso3() {
    return preferredReporter == Side.HOME ? homeIso3 : partnerIso3;
  }

  /** The ISO code whose declarations serve as mirror flows. */
  public String mirrorReporterIso3() {
    return preferredReporter == Side.HOME ? partnerIso3 : homeIso3;
  }

  private static void requireIso3(String key, String code) {
    if (code == null || !code.matches("[A-Z0-9]{3}")) {
      throw new InvalidConfigException(key + " must be an ISO 3166-1 alpha-3 code such as KAZ, not '" + code + "'");
    }
  }
}
