package org.tradecorridor.run;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/** The job's own progress lines, on stdout, apart from Spark's log. */
public final class Progress {
  private final PrintStream out;

  public Progress(PrintStream out) {
    this.out = out;
  }

  public void step(String stage, String text, Instant startedAt, Instant finishedAt) {
    double seconds = Duration.between(startedAt, finishedAt).toMillis() / 1000.0;
    out.printf(Locale.ROOT, "[%s] %s (%.1f s)%n", stage, text, seconds);
    out.flush();
  }

  public void info(String text) {
    out.println(text);
    out.flush();
  }

  public void warn(String text) {
    out.println("WARNING: " + text);
    out.flush();
  }
}
