package org.tradecorridor.conform;

import java.io.Serializable;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The reference tables conform applies, as plain maps.
 *
 * @param sectorOfChapter two-digit HS chapter ("01") to sector; a chapter absent here is UNKNOWN_HS
 * @param axisOfNode corridor node name, trimmed and lower-cased, to its axis
 */
public record ReferenceData(Map<String, String> sectorOfChapter, Map<String, String> axisOfNode)
    implements Serializable {

  /** The corridor axes a node can have. */
  public static final Set<String> AXES = Set.of("TRANS_CASPIAN", "EASTERN", "WESTERN");
  /** The axis of freight whose route has no listed node. */
  public static final String NO_AXIS = "NONE";

  public ReferenceData {
    sectorOfChapter = Map.copyOf(sectorOfChapter);
    axisOfNode = Map.copyOf(axisOfNode);
  }

  /** The listed nodes of an axis, lower-cased. */
  public java.util.List<String> nodesOf(String axis) {
    return axisOfNode.entrySet().stream().filter(e -> e.getValue().equals(axis)).map(Map.Entry::getKey).sorted().toList();
  }

  public Set<String> sectors() {
    return new TreeSet<>(sectorOfChapter.values());
  }
}
