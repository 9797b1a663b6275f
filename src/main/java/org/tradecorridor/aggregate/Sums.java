package org.tradecorridor.aggregate;

import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.raise_error;
import static org.apache.spark.sql.functions.when;

import java.math.BigDecimal;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.types.DecimalType;

/**
 * Exact sums and differences cast to a contract type, with the job's own stop instead of Spark's overflow
 * error should one not fit: conform bounds every row's value (customs.maxValueUsd, freight.maxGrossTonnes,
 * projects.maxInvestmentUsd), so only figures beyond 10^18 USD (some 40,000 years of world trade) stop a
 * run, with exit 2 and a line naming the table and the figure, before any gold table is written
 * ({@link #tooLarge}).
 */
public final class Sums {
  private Sums() {}

  /** How the stop's message begins, so the job knows its own failure inside Spark's. */
  private static final String TOO_LARGE = "the tables cannot hold ";

  /**
   * @param total an exact sum or difference (Spark widens a decimal sum by 10 digits, so it does not overflow
   *     itself)
   * @param type the contract type it is kept in
   * @param what the figure and its group, for the message, such as concat(lit("turnover of "), year)
   */
  static Column fitting(Column total, DecimalType type, Column what) {
    BigDecimal max = BigDecimal.TEN.pow(type.precision() - type.scale());
    return when(abs(total).geq(lit(max)), raise_error(concat(lit(TOO_LARGE), what,
        lit(": it exceeds " + type.simpleString() + "; check the largest values of that year"))))
        .otherwise(total).cast(type);
  }

  /** The job's message when {@code failure} is a figure that does not fit ({@link #fitting}), else null. */
  public static String tooLarge(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      String message = String.valueOf(t.getMessage());
      int start = message.indexOf(TOO_LARGE);
      if (start >= 0) {
        int end = message.indexOf("of that year", start);
        return end < 0 ? message.substring(start).lines().findFirst().orElse("")
            : message.substring(start, end + "of that year".length());
      }
    }
    return null;
  }
}
