package org.tradecorridor.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

class ConcurrentlyTest {
  /** A checked exception, as Spark's AnalysisException is, thrown undeclared as Scala code throws it. */
  static final class Checked extends Exception {
    private static final long serialVersionUID = 1L;

    Checked(String message) {
      super(message);
    }
  }

  @Test
  void theResultsComeInTheOrderOfTheWorkWhateverTheThreads() {
    for (int threads : new int[] {1, 3}) {
      List<Callable<Integer>> work = List.of(() -> 1, () -> 2, () -> 3);
      assertEquals(List.of(1, 2, 3), Concurrently.run(work, threads));
    }
  }

  @Test
  void aCheckedFailureComesBackAsItself() {
    Checked thrown = new Checked("[DELTA_TABLE_NOT_FOUND] gone");
    for (int threads : new int[] {1, 2}) {
      List<Callable<Integer>> work = List.of(() -> 1, () -> {
        throw thrown;
      });
      Exception failure = assertThrows(Exception.class, () -> Concurrently.run(work, threads));
      assertSame(thrown, failure, "neither wrapped nor replaced");
      assertEquals("Checked: [DELTA_TABLE_NOT_FOUND] gone", Failures.oneLine(failure));
    }
  }
}
