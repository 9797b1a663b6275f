package org.tradecorridor.run;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tradecorridor.config.InvalidConfigException;
import org.tradecorridor.ingest.InvalidInputException;
import org.tradecorridor.publish.ConcurrentRunException;
import org.tradecorridor.publish.CorruptTableException;
import org.tradecorridor.quality.QualityGateException;

/**
 * A failure in one clear line. Spark wraps an exception thrown in a task into its own; the job's
 * exception is found again in the cause chain, or in the text when the task's exception did not travel
 * back.
 */
public final class Failures {
  private Failures() {}

  /** What the JVM says when a write meets a full disk. */
  private static final String NO_SPACE = "No space left on device";

  /** A write failed on a full disk: exit 1, in one line. */
  public static final class DiskFullException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    DiskFullException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  private static final Pattern TASK_FAILURE = Pattern.compile(
      "(" + Pattern.quote(InvalidInputException.class.getName()) + "|"
          + Pattern.quote(InvalidConfigException.class.getName()) + "): ([^\\n]*)");

  /** The job's own exception behind {@code failure}, or {@code failure} itself. */
  public static Throwable known(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof InvalidConfigException || t instanceof InvalidInputException
          || t instanceof QualityGateException || t instanceof ConcurrentRunException
          || t instanceof CorruptTableException) {
        return t;
      }
    }
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (String.valueOf(t.getMessage()).contains(NO_SPACE)) {
        return new DiskFullException("a disk is full (" + NO_SPACE + "): the warehouse's, or Spark's scratch "
            + "folder (spark.local.dir); nothing of the write that failed was committed; free space and run again", failure);
      }
    }
    String tooLarge = org.tradecorridor.aggregate.Sums.tooLarge(failure);
    if (tooLarge != null) {
      return new InvalidInputException(tooLarge, failure);
    }
    for (Throwable t = failure; t != null; t = t.getCause()) {
      Matcher matcher = TASK_FAILURE.matcher(String.valueOf(t.getMessage()));
      if (matcher.find()) {
        return matcher.group(1).equals(InvalidInputException.class.getName())
            ? new InvalidInputException(matcher.group(2), failure)
            : new InvalidConfigException(matcher.group(2), failure);
      }
    }
    return failure;
  }

  /**
   * Throws {@code failure} as it is, checked or not, as Spark's and Delta's Scala code throws its checked
   * exceptions; declared to return so that a caller can write {@code throw rethrow(e)}.
   */
  public static RuntimeException rethrow(Throwable failure) {
    throw Failures.<RuntimeException>unchecked(failure);
  }

  @SuppressWarnings("unchecked")
  private static <T extends Throwable> T unchecked(Throwable failure) throws T {
    throw (T) failure;
  }

  /** True for the job's own failures, whose message says all; others also get a line saying where the trace is. */
  public static boolean isExplained(Throwable known) {
    return known instanceof InvalidConfigException || known instanceof InvalidInputException
        || known instanceof QualityGateException || known instanceof ConcurrentRunException
        || known instanceof CorruptTableException || known instanceof DiskFullException;
  }

  /** The failure in one line: the job's own message, else the exception's class and first line. */
  public static String oneLine(Throwable failure) {
    Throwable known = known(failure);
    if (isExplained(known) || known != failure) {
      return known.getMessage();
    }
    String message = String.valueOf(failure.getMessage());
    int newline = message.indexOf('\n');
    return failure.getClass().getSimpleName() + ": " + (newline < 0 ? message : message.substring(0, newline));
  }
}
