package org.tradecorridor.tables;

import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;

/** The contract's exact numeric types: money, tonnes, kilograms and percentages are never floating point. */
public final class Money {
  private Money() {}

  /** US dollars: DECIMAL(20,2). */
  public static final DecimalType USD = DataTypes.createDecimalType(20, 2);
  /** Metric tonnes: DECIMAL(18,3). */
  public static final DecimalType TONNES = DataTypes.createDecimalType(18, 3);
  /** Kilograms of net weight: DECIMAL(20,3). */
  public static final DecimalType KG = DataTypes.createDecimalType(20, 3);
  /** Quantities in a declared unit: DECIMAL(20,3). */
  public static final DecimalType QUANTITY = DataTypes.createDecimalType(20, 3);
  /**
   * Percentages and percentage points: DECIMAL(25,2), which holds the ratio x 100 of any two amounts the
   * tables hold (below 10^18 USD, down to a cent: below 2 x 10^22 %), so no percentage that exists is null.
   */
  public static final DecimalType PERCENT = DataTypes.createDecimalType(25, 2);
}
