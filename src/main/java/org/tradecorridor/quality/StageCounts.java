package org.tradecorridor.quality;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a stage did with one source's rows: read = written + quarantined + ignored, with the count
 * behind each quarantine reason and ignore rule.
 *
 * @param byReason rows per quarantine reason or ignore rule; only non-zero entries
 */
public record StageCounts(long read, long written, long quarantined, long ignored, Map<String, Long> byReason) {
  public StageCounts {
    byReason = Collections.unmodifiableMap(new LinkedHashMap<>(byReason));
  }

  /** True when every row read is accounted for. */
  public boolean balances() {
    return read == written + quarantined + ignored;
  }

  /** The reasons as "REASON n, REASON n", largest first, for messages. */
  public String describe(Iterable<String> reasons) {
    return byReason.entrySet().stream()
        .filter(e -> contains(reasons, e.getKey()))
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .map(e -> e.getKey() + " " + e.getValue())
        .collect(Collectors.joining(", "));
  }

  private static boolean contains(Iterable<String> values, String wanted) {
    for (String value : values) {
      if (value.equals(wanted)) {
        return true;
      }
    }
    return false;
  }
}
