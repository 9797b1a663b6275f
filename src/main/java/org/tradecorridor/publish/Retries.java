package org.tradecorridor.publish;

import java.util.ConcurrentModificationException;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes that meet a concurrent run's commit: tried again after a growing pause, up to {@link #MAX_ATTEMPTS}
 * times, then one clear line. Every write of the job is idempotent, so trying again is safe.
 */
final class Retries {
  private static final Logger LOG = LoggerFactory.getLogger(Retries.class);
  /** Attempts at a write that keeps meeting concurrent commits. */
  static final int MAX_ATTEMPTS = 6;

  private Retries() {}

  /**
   * Runs a write, again after a pause when a concurrent run committed to the table first. Spark and Delta
   * throw checked exceptions (AnalysisException, SparkException) from Scala without declaring them: they
   * are looked through like any other, and a failure that is no conflict goes on as it came.
   */
  static void committing(String table, long firstBackoffMillis, Runnable write) {
    for (int attempt = 1; ; attempt++) {
      try {
        write.run();
        return;
      } catch (Exception e) {
        Throwable conflict = concurrentModification(e);
        if (conflict == null) {
          throw rethrow(e);
        }
        if (attempt == MAX_ATTEMPTS) {
          throw new ConcurrentRunException(table + " was changed by another run " + MAX_ATTEMPTS
              + " times while this run wrote it, and nothing of this write was committed; run again once the other "
              + "run has finished (" + conflict.getClass().getSimpleName() + ": " + firstLine(conflict.getMessage()) + ")", e);
        }
        long pause = firstBackoffMillis * (1L << (attempt - 1));
        pause += ThreadLocalRandom.current().nextLong(pause / 2 + 1);
        LOG.warn("{}: a concurrent run committed first ({}); trying again in {} ms (attempt {} of {})", table,
            conflict.getClass().getSimpleName(), pause, attempt + 1, MAX_ATTEMPTS);
        try {
          Thread.sleep(pause);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw rethrow(e);
        }
      }
    }
  }

  /** True when {@code failure} is a concurrent run's commit met on the way. */
  static boolean isConcurrent(Throwable failure) {
    return concurrentModification(failure) != null;
  }

  private static Throwable concurrentModification(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof ConcurrentModificationException || t instanceof java.nio.file.FileAlreadyExistsException
          || t instanceof org.apache.hadoop.fs.FileAlreadyExistsException) {
        return t;
      }
    }
    return null;
  }

  /**
   * A failure met while another run was creating the same table (its first commit under way: a log folder
   * with no complete commit yet) counts as a concurrent commit, so the preparation is tried again and then
   * finds the table; any other failure stays what it is. Delta says so in one of three ways: a file gone
   * from under it, a table not found after creating it, or a location neither empty nor a Delta table.
   */
  static RuntimeException creatingMeanwhile(SparkSession spark, String table, String tablePath,
      Exception failure) {
    boolean creating = false;
    for (Throwable t = failure; t != null; t = t.getCause()) {
      creating |= t instanceof java.io.FileNotFoundException
          || (t instanceof org.apache.spark.SparkThrowable thrown
              && CREATING.contains(String.valueOf(thrown.getCondition())));
    }
    Path log = new Path(tablePath, "_delta_log");
    try {
      if (creating && log.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(log)) {
        ConcurrentModificationException conflict =
            new ConcurrentModificationException("another run is creating " + table + ": " + log
                + " holds no commit yet; if no run is, one was killed while creating it, and the folder can go");
        conflict.initCause(failure);
        return conflict;
      }
    } catch (java.io.IOException ignored) {
      // the failure itself is the better message
    }
    throw rethrow(failure);
  }

  /**
   * True when a creation failed on what another creation left in the table's folder: files or a log of no
   * commit (a run killed while creating the table, or one creating it now).
   */
  static boolean isCreationLeftBehind(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof java.io.FileNotFoundException || (t instanceof org.apache.spark.SparkThrowable thrown
          && CREATING.contains(String.valueOf(thrown.getCondition())))) {
        return true;
      }
    }
    return false;
  }

  /** Delta's error conditions for a table whose first commit is under way in another run. */
  private static final java.util.Set<String> CREATING =
      java.util.Set.of("DELTA_TABLE_NOT_FOUND", "DELTA_CREATE_TABLE_WITH_NON_EMPTY_LOCATION");

  /**
   * Throws {@code failure} as it is, checked or not, as Scala code does; declared to return so that a
   * caller can write {@code throw rethrow(e)}.
   */
  static RuntimeException rethrow(Throwable failure) {
    throw Retries.<RuntimeException>unchecked(failure);
  }

  @SuppressWarnings("unchecked")
  private static <T extends Throwable> T unchecked(Throwable failure) throws T {
    throw (T) failure;
  }

  static String firstLine(String message) {
    String text = String.valueOf(message);
    int newline = text.indexOf('\n');
    return newline < 0 ? text : text.substring(0, newline);
  }
}
