package org.tradecorridor.quality;

import java.util.Collections;
import org.tradecorridor.conform.Classification;
import org.tradecorridor.conform.Outcome;
import org.tradecorridor.conform.Reasons;
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

  /** A source's counts from its conform observation (the metrics of Classification.counts), reasons with rows only. */
  public static StageCounts ofConform(Map<String, Object> metrics) {
    Map<String, Long> byReason = new LinkedHashMap<>();
    for (String reason : Reasons.ALL) {
      long rows = (Long) metrics.get(reason);
      if (rows > 0) {
        byReason.put(reason, rows);
      }
    }
    return new StageCounts((Long) metrics.get(Classification.READ), (Long) metrics.get(Outcome.KEPT),
        (Long) metrics.get(Outcome.QUARANTINED), (Long) metrics.get(Outcome.IGNORED), byReason);
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
