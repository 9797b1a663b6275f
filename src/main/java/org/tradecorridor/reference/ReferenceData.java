package org.tradecorridor.reference;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import org.tradecorridor.config.InvalidConfigException;
import org.tradecorridor.config.TradeRules;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The reference tables conform applies, as plain maps.
 *
 * @param sectorOfChapter two-digit HS chapter ("01") to sector; a chapter absent here is UNKNOWN_HS
 * @param axisOfNode corridor node name, trimmed and lower-cased, to its axis
 * @param iso3OfCode Comtrade's numeric reporter and partner codes to their ISO3 codes (W00, _X, X1 for
 *     its own areas), which say who a row's reporter and partner are when the ISO columns are empty
 * @param otherProjectSectors the sectors a joint project may name besides the HS sectors
 *     (reference.projectSectors)
 * @param countryGroups the groups trade.pairs may name, each to its countries (reference.countryGroups)
 * @param targets the pairs' turnover targets (reference.targets)
 */
public record ReferenceData(Map<String, String> sectorOfChapter, Map<String, String> axisOfNode,
    Map<Integer, String> iso3OfCode, Set<String> otherProjectSectors, Map<String, Set<String>> countryGroups,
    List<Target> targets) implements Serializable {

  public ReferenceData {
    sectorOfChapter = Map.copyOf(sectorOfChapter);
    axisOfNode = Map.copyOf(axisOfNode);
    iso3OfCode = Map.copyOf(iso3OfCode);
    otherProjectSectors = Set.copyOf(otherProjectSectors);
    countryGroups = Map.copyOf(countryGroups);
    targets = List.copyOf(targets);
  }

  /** References without groups of countries or targets. */
  public ReferenceData(Map<String, String> sectorOfChapter, Map<String, String> axisOfNode,
      Map<Integer, String> iso3OfCode, Set<String> otherProjectSectors) {
    this(sectorOfChapter, axisOfNode, iso3OfCode, otherProjectSectors, Map.of(), List.of());
  }

  /** The pairs the rules cover, resolved against the groups of countries. */
  public Pairs pairs(TradeRules rules) {
    return Pairs.of(rules.pairs(), countryGroups);
  }

  /**
   * The targets of a run: reference.targets', the configured pair's amount and year replaced by
   * target.turnoverUsd and target.year where set.
   */
  public List<Target> targets(TradeRules rules) {
    if (rules.targetTurnoverUsd() == null && rules.targetYear() == null) {
      return targets;
    }
    Target listed = targets.stream().filter(t -> t.home().equals(rules.homeIso3())
        && t.partner().equals(rules.partnerIso3())).findFirst().orElse(null);
    BigDecimal usd = rules.targetTurnoverUsd() != null ? rules.targetTurnoverUsd() : listed == null ? null : listed.usd();
    if (usd == null) {
      throw new InvalidConfigException("target.year is set, but " + rules.homeIso3() + "-" + rules.partnerIso3()
          + " has no target: set target.turnoverUsd or list the pair in reference.targets");
    }
    List<Target> merged = new ArrayList<>(targets);
    merged.remove(listed);
    merged.add(new Target(rules.homeIso3(), rules.partnerIso3(), usd,
        rules.targetYear() != null ? rules.targetYear() : listed == null ? null : listed.year()));
    return merged;
  }

  /** References without sectors of projects other than the HS sectors. */
  public ReferenceData(Map<String, String> sectorOfChapter, Map<String, String> axisOfNode,
      Map<Integer, String> iso3OfCode) {
    this(sectorOfChapter, axisOfNode, iso3OfCode, Set.of());
  }

  /** References without country codes (for tests of freight and projects). */
  public ReferenceData(Map<String, String> sectorOfChapter, Map<String, String> axisOfNode) {
    this(sectorOfChapter, axisOfNode, Map.of());
  }

  /** The sectors a joint project may name: the HS sectors and reference.projectSectors'. */
  public Set<String> projectSectors() {
    Set<String> sectors = new TreeSet<>(sectors());
    sectors.addAll(otherProjectSectors);
    return sectors;
  }

  /** The listed nodes of an axis, lower-cased. */
  public List<String> nodesOf(String axis) {
    return axisOfNode.entrySet().stream().filter(e -> e.getValue().equals(axis)).map(Map.Entry::getKey).sorted().toList();
  }

  public Set<String> sectors() {
    return new TreeSet<>(sectorOfChapter.values());
  }

  /** The ISO3 codes the country reference knows (Comtrade's own areas included). */
  public Set<String> knownIso3() {
    return new TreeSet<>(iso3OfCode.values());
  }
}
