package org.tradecorridor.config;

/**
 * Which customs rows count by their commodity code's level: a fixed number of HS digits, or
 * {@code AUTO}, the finest level present per reporter, year, frequency and flow (HS6, then HS4, then
 * HS2, TOTAL only where nothing finer exists), so that a TOTAL-only or chapter-only extract counts.
 */
public enum CommodityLevel {
  AUTO(0), HS2(2), HS4(4), HS6(6);

  private final int digits;

  CommodityLevel(int digits) {
    this.digits = digits;
  }

  /** The HS digits of a fixed level; 0 for {@code AUTO}. */
  public int digits() {
    return digits;
  }

  /** {@code auto}, 2, 4 or 6, as the setting customs.commodityLevel says. */
  public static CommodityLevel parse(String value) {
    String text = value == null ? "" : value.trim();
    return switch (text.toLowerCase(java.util.Locale.ROOT)) {
      case "auto" -> AUTO;
      case "2" -> HS2;
      case "4" -> HS4;
      case "6" -> HS6;
      default -> throw new InvalidConfigException("customs.commodityLevel must be auto, 2, 4 or 6, not " + text);
    };
  }

  @Override
  public String toString() {
    return this == AUTO ? "auto" : String.valueOf(digits);
  }
}
