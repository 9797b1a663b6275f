package org.tradecorridor.conform;

/** What conform decided for a row: kept in silver, quarantined with a reason, or ignored under a rule. */
public final class Outcome {
  private Outcome() {}

  /** Column holding KEPT, QUARANTINED or IGNORED. */
  public static final String OUTCOME = "_outcome";
  /** Column holding the quarantine reason or the ignore rule; null when kept. */
  public static final String REASON = "_reason";

  public static final String KEPT = "KEPT";
  public static final String QUARANTINED = "QUARANTINED";
  public static final String IGNORED = "IGNORED";
}
