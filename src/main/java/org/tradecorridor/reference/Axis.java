package org.tradecorridor.reference;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The axes of the International North–South Transport Corridor, in the order tables and reports list
 * them; their names are the values of the {@code axis} columns.
 */
public enum Axis {
  /** Across the Caspian Sea by ferry: Aktau, Kuryk, Astrakhan, Makhachkala to Iran's ports. */
  TRANS_CASPIAN,
  /** East of the Caspian by rail: Kazakhstan, Turkmenistan, Iran. */
  EASTERN,
  /** West of the Caspian: Russia, Azerbaijan, Iran. */
  WESTERN;

  /** The {@code axis} of freight whose route has no listed node. */
  public static final String NONE = "NONE";

  /** The axes' names, in order. */
  public static List<String> names() {
    return Arrays.stream(values()).map(Axis::name).toList();
  }

  /** The axes' names as a SQL list, such as {@code 'TRANS_CASPIAN', 'EASTERN', 'WESTERN'}. */
  public static String sqlList() {
    return Arrays.stream(values()).map(a -> "'" + a.name() + "'").collect(Collectors.joining(", "));
  }

  /** True when the name is an axis's. */
  public static boolean isAxis(String name) {
    return names().contains(name);
  }
}
