package org.tradecorridor.reference;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.csv.CSVRecord;
import org.tradecorridor.config.TradeRules;
import org.tradecorridor.config.InvalidConfigException;

/** The references of trade.pairs: groups of countries (reference.countryGroups) and targets (reference.targets). */
final class PairFiles {
  private PairFiles() {}

  private static final String ISO3 = "[A-Z]{3}";

  /** Group name to its countries, from rows of group, iso3; a group is named as no country could be. */
  static Map<String, Set<String>> countryGroups(String csv, String origin) {
    Map<String, Set<String>> groups = new LinkedHashMap<>();
    for (CSVRecord row : ReferenceFiles.parse(csv, origin, List.of("group", "iso3"))) {
      long line = row.getRecordNumber() + 1;
      String group = row.get("group").trim().toUpperCase(Locale.ROOT);
      String iso3 = row.get("iso3").trim().toUpperCase(Locale.ROOT);
      if (!group.matches("[A-Z][A-Z0-9_]*") || group.matches(ISO3)) {
        throw new InvalidConfigException(origin + " line " + line + ": group '" + group + "' must be letters, "
            + "digits and _, and not three letters (those are countries)");
      }
      if (!iso3.matches(ISO3)) {
        throw new InvalidConfigException(origin + " line " + line + ": iso3 '" + iso3 + "' is not a country's "
            + "ISO 3166-1 alpha-3 code");
      }
      if (!groups.computeIfAbsent(group, g -> new TreeSet<>()).add(iso3)) {
        throw new InvalidConfigException(origin + " line " + line + ": " + iso3 + " is listed twice in " + group);
      }
    }
    return groups;
  }

  /** Targets from rows of home, partner, target_usd, target_year (may be empty); a pair listed once. */
  static List<Target> targets(String csv, String origin) {
    List<Target> targets = new ArrayList<>();
    Set<String> pairs = new TreeSet<>();
    for (CSVRecord row : ReferenceFiles.parse(csv, origin, List.of("home", "partner", "target_usd", "target_year"))) {
      long line = row.getRecordNumber() + 1;
      String home = row.get("home").trim().toUpperCase(Locale.ROOT);
      String partner = row.get("partner").trim().toUpperCase(Locale.ROOT);
      String usd = row.get("target_usd").trim();
      String year = row.get("target_year").trim();
      if (!home.matches(ISO3) || !partner.matches(ISO3) || home.equals(partner)) {
        throw new InvalidConfigException(origin + " line " + line + ": " + home + "-" + partner
            + " is not a pair of two countries' ISO3 codes");
      }
      BigDecimal amount;
      try {
        amount = new BigDecimal(usd);
      } catch (NumberFormatException e) {
        amount = null;
      }
      if (amount == null || amount.compareTo(BigDecimal.ONE) < 0 || amount.compareTo(new BigDecimal("1e16")) > 0) {
        throw new InvalidConfigException(origin + " line " + line + ": target_usd '" + usd
            + "' is not an amount in USD from 1 to 10000000000000000");
      }
      if (!year.isEmpty() && !(year.matches("\\d{4}") && Integer.parseInt(year) >= TradeRules.TABLE_YEARS_MIN
          && Integer.parseInt(year) <= TradeRules.TABLE_YEARS_MAX)) {
        throw new InvalidConfigException(origin + " line " + line + ": target_year '" + year + "' is not a year "
            + TradeRules.TABLE_YEARS_MIN + "-" + TradeRules.TABLE_YEARS_MAX + " or empty");
      }
      if (!pairs.add(home + "-" + partner)) {
        throw new InvalidConfigException(origin + " line " + line + ": " + home + "-" + partner + " is listed twice");
      }
      targets.add(new Target(home, partner, amount, year.isEmpty() ? null : Integer.valueOf(year)));
    }
    return targets;
  }
}
