package org.tradecorridor.generate;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * UN Comtrade+ records as the API and the website give them: the 47 fields in their order, with the
 * values Comtrade writes (country codes and names, flow and customs descriptions, total codes of the
 * breakdown columns, quantity units, flags).
 */
final class ComtradeRecords {
  private ComtradeRecords() {}

  /** Comtrade+ fields, in the order the API and the website give them. */
  static final List<String> COLUMNS = List.of("typeCode", "freqCode", "refPeriodId", "refYear", "refMonth",
      "period", "reporterCode", "reporterISO", "reporterDesc", "flowCode", "flowDesc", "partnerCode", "partnerISO",
      "partnerDesc", "partner2Code", "partner2ISO", "partner2Desc", "classificationCode", "classificationSearchCode",
      "isOriginalClassification", "cmdCode", "cmdDesc", "aggrLevel", "isLeaf", "customsCode", "customsDesc",
      "mosCode", "motCode", "motDesc", "qtyUnitCode", "qtyUnitAbbr", "qty", "isQtyEstimated", "altQtyUnitCode",
      "altQtyUnitAbbr", "altQty", "isAltQtyEstimated", "netWgt", "isNetWgtEstimated", "grossWgt",
      "isGrossWgtEstimated", "cifvalue", "fobvalue", "primaryValue", "legacyEstimationFlag", "isReported",
      "isAggregate");

  /** A country or area as Comtrade codes it: numeric code, ISO3 as written (Comtrade pads "X1 "), name. */
  record Country(int code, String iso3, String name) {}

  static final Country KAZ = new Country(398, "KAZ", "Kazakhstan");
  static final Country RUS = new Country(643, "RUS", "Russian Federation");
  static final Country TUR = new Country(792, "TUR", "Türkiye");
  static final Country CIV = new Country(384, "CIV", "Côte d'Ivoire");
  static final Country BLR = new Country(112, "BLR", "Belarus");
  static final Country WORLD = new Country(0, "W00", "World");
  static final Country AREAS_NES = new Country(899, "_X", "Areas, nes");
  static final Country BUNKERS = new Country(837, "X1 ", "Bunkers");
  static final Country OTHER_ASIA_NES = new Country(490, "S19", "Other Asia, nes");

  /** Comtrade's refMonth of an annual record. */
  static final int ANNUAL = 52;

  /**
   * One record.
   *
   * @param period a month 1-12, or {@link #ANNUAL}
   * @param cmdCode an HS code of 2, 4 or 6 digits, or TOTAL
   * @param cents the value in US cents
   * @param kilograms net weight in thousandths of a kilogram, or negative for none (aggregates carry none)
   */
  static Map<String, Object> of(Country reporter, Country partner, String flow, int year, int period,
      String cmdCode, String description, long cents, long kilograms) {
    Map<String, Object> row = new HashMap<>(64);
    boolean monthly = period != ANNUAL;
    row.put("typeCode", "C");
    row.put("freqCode", monthly ? "M" : "A");
    row.put("refPeriodId", Integer.parseInt(String.format(Locale.ROOT, "%d%02d01", year, monthly ? period : 1)));
    row.put("refYear", year);
    row.put("refMonth", period);
    row.put("period", monthly ? String.format(Locale.ROOT, "%d%02d", year, period) : String.valueOf(year));
    row.put("reporterCode", reporter.code());
    row.put("reporterISO", reporter.iso3());
    row.put("reporterDesc", reporter.name());
    row.put("flowCode", flow);
    row.put("flowDesc", switch (flow) {
      case "X" -> "Export";
      case "M" -> "Import";
      case "RX" -> "Re-export";
      default -> "Re-import";
    });
    row.put("partnerCode", partner.code());
    row.put("partnerISO", partner.iso3());
    row.put("partnerDesc", partner.name());
    row.put("partner2Code", WORLD.code());
    row.put("partner2ISO", WORLD.iso3());
    row.put("partner2Desc", WORLD.name());
    row.put("classificationCode", "H6");
    row.put("classificationSearchCode", "HS");
    row.put("isOriginalClassification", true);
    row.put("cmdCode", cmdCode);
    row.put("cmdDesc", description);
    row.put("aggrLevel", cmdCode.equals("TOTAL") ? 0 : cmdCode.length());
    row.put("isLeaf", cmdCode.length() == 6);
    row.put("customsCode", "C00");
    row.put("customsDesc", "TOTAL CPC");
    row.put("mosCode", "0");
    row.put("motCode", 0);
    row.put("motDesc", "TOTAL MOT");
    BigDecimal usd = BigDecimal.valueOf(cents, 2);
    row.put("primaryValue", usd);
    row.put(flow.endsWith("M") ? "cifvalue" : "fobvalue", usd);
    if (kilograms >= 0) {
      BigDecimal kg = BigDecimal.valueOf(kilograms, 3);
      row.put("netWgt", kg);
      row.put("qtyUnitCode", 8);
      row.put("qtyUnitAbbr", "kg");
      row.put("qty", kg);
      row.put("isNetWgtEstimated", false);
    } else {
      row.put("qtyUnitCode", -1);
      row.put("qtyUnitAbbr", "N/A");
      row.put("isNetWgtEstimated", false);
    }
    row.put("altQtyUnitCode", -1);
    row.put("altQtyUnitAbbr", "N/A");
    row.put("isQtyEstimated", false);
    row.put("isAltQtyEstimated", false);
    row.put("isGrossWgtEstimated", false);
    row.put("legacyEstimationFlag", 0);
    row.put("isReported", true);
    row.put("isAggregate", !cmdCode.equals("TOTAL") && cmdCode.length() < 6);
    return row;
  }
}
