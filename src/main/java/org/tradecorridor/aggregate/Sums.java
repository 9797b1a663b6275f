package org.tradecorridor.aggregate;

import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.raise_error;
import static org.apache.spark.sql.functions.when;

import java.math.BigDecimal;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.types.DecimalType;

/**
 * Exact sums cast to a contract type, with a clear stop instead of Spark's overflow error should a sum
 * not fit: conform bounds every row's value (customs.maxValueUsd, freight.maxGrossTonnes,
 * projects.maxInvestmentUsd), so this takes a million rows at the bound in one group.
 */
final class Sums {
  private Sums() {}

  /**
   * @param total an exact sum (Spark widens a decimal sum by 10 digits, so it does not overflow itself)
   * @param type the contract type it is kept in
   * @param what the figure and its group, for the message, such as concat(lit("turnover of "), year)
   */
  static Column fitting(Column total, DecimalType type, Column what) {
    BigDecimal max = BigDecimal.TEN.pow(type.precision() - type.scale());
    return when(total.geq(lit(max)), raise_error(concat(lit("the tables cannot hold "), what,
        lit(": it exceeds " + type.simpleString() + "; check the largest values of that year"))))
        .otherwise(total).cast(type);
  }
}
