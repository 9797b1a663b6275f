package org.tradecorridor.quality;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import org.tradecorridor.conform.Reasons;

/**
 * The data-quality gate: a source whose quarantined / (read − ignored) exceeds the configured maximum
 * stops the run before gold is written.
 */
public final class QualityGate {
  private QualityGate() {}

  /** A source's verdict. */
  public record Verdict(String source, BigDecimal ratio, BigDecimal maxRatio, StageCounts counts) {
    public boolean passed() {
      return ratio.compareTo(maxRatio) <= 0;
    }

    /** One line: the source, the ratio and the top reasons. */
    public String describe() {
      long counted = counts.read() - counts.ignored();
      return String.format(Locale.ROOT, "%s quarantined %d of %d counted rows (%s %%, max %s %%); top reasons: %s",
          source, counts.quarantined(), counted, percent(ratio), percent(maxRatio),
          counts.describe(Reasons.QUARANTINE));
    }

    private static String percent(BigDecimal ratio) {
      return ratio.movePointRight(2).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
  }

  /**
   * Stops the run before gold when a source failed: one line naming each failing source, its ratio and
   * its top reasons.
   *
   * @throws QualityGateException when a verdict did not pass
   */
  public static void stopIfFailed(java.util.List<Verdict> verdicts) {
    java.util.List<Verdict> failed = verdicts.stream().filter(v -> !v.passed()).toList();
    if (!failed.isEmpty()) {
      throw new QualityGateException("quality gate failed, gold not written: "
          + String.join("; ", failed.stream().map(Verdict::describe).toList()));
    }
  }

  /** Judges one source's conform counts against {@code maxRatio}; a source with no counted rows passes. */
  public static Verdict judge(String source, StageCounts counts, BigDecimal maxRatio) {
    long counted = counts.read() - counts.ignored();
    BigDecimal ratio = counted == 0
        ? BigDecimal.ZERO
        : BigDecimal.valueOf(counts.quarantined()).divide(BigDecimal.valueOf(counted), 6, RoundingMode.HALF_UP);
    return new Verdict(source, ratio, maxRatio, counts);
  }
}
