package org.tradecorridor.run;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs independent pieces of work (writes to different tables) at the same time, so one's driver-side
 * work (planning, Delta commits) overlaps another's tasks. Waits for all; the first failure is rethrown.
 */
public final class Concurrently {
  private Concurrently() {}

  /** The results in the order of {@code work}. */
  public static <T> List<T> run(List<Callable<T>> work, int threads) {
    if (work.size() <= 1 || threads <= 1) {
      List<T> results = new ArrayList<>();
      for (Callable<T> piece : work) {
        results.add(call(piece));
      }
      return results;
    }
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, work.size()), runnable -> {
      Thread thread = new Thread(runnable, "trade-corridor-worker");
      thread.setDaemon(true);
      return thread;
    });
    try {
      List<Future<T>> futures = new ArrayList<>();
      work.forEach(piece -> futures.add(pool.submit(piece)));
      List<T> results = new ArrayList<>();
      Throwable first = null;
      for (Future<T> future : futures) {
        try {
          results.add(future.get());
        } catch (ExecutionException e) {
          if (first == null) {
            first = e.getCause();
          }
          results.add(null);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted", e);
        }
      }
      if (first != null) {
        throw Failures.rethrow(first);
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  private static <T> T call(Callable<T> piece) {
    try {
      return piece.call();
    } catch (Exception e) {
      throw Failures.rethrow(e);
    }
  }
}
