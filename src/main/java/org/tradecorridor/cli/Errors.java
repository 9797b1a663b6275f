package org.tradecorridor.cli;

import org.tradecorridor.config.InvalidConfigException;
import org.tradecorridor.ingest.InvalidInputException;
import org.tradecorridor.publish.CorruptTableException;
import org.tradecorridor.quality.QualityGateException;
import org.tradecorridor.run.Failures;

/** The contract's exit codes, and the one that ends a run: only Main maps outcomes to them. */
final class Errors {
  private Errors() {}

  static final int OK = 0;
  static final int FAILED = 1;
  static final int USAGE = 2;
  static final int QUALITY_GATE = 3;

  /** 2 for a bad option, setting, input or table; 3 for a failed quality gate; 1 otherwise. */
  static int exitCode(Throwable failure) {
    Throwable known = Failures.known(failure);
    if (known instanceof InvalidConfigException || known instanceof InvalidInputException
        || known instanceof CorruptTableException) {
      return USAGE;
    }
    return known instanceof QualityGateException ? QUALITY_GATE : FAILED;
  }
}
