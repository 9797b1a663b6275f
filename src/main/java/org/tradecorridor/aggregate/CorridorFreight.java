package org.tradecorridor.aggregate;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.tradecorridor.tables.GoldColumns.AXIS;
import static org.tradecorridor.tables.GoldColumns.GROSS_TONNES;
import static org.tradecorridor.tables.GoldColumns.SECTOR;
import static org.tradecorridor.tables.GoldColumns.SHARE_OF_CORRIDOR_PCT;
import static org.tradecorridor.tables.GoldColumns.SHIPMENTS;
import static org.tradecorridor.tables.GoldColumns.YEAR;
import static org.tradecorridor.tables.GoldColumns.YOY_GROWTH_PCT;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.tradecorridor.tables.Money;
import org.tradecorridor.reference.Axis;

/** gold_corridor_sector and gold_corridor_freight: cargo on each INSTC axis (freight of axis NONE is left out). */
public final class CorridorFreight {
  private CorridorFreight() {}

  private static final String PREVIOUS_TONNES = "_previous_tonnes";
  private static final String CORRIDOR_TONNES = "_corridor_tonnes";

  /**
   * @param freight silver_freight rows (gross_tonnes DECIMAL(18,3))
   * @return one row per year, axis and sector with shipments: shipments (BIGINT), gross_tonnes DECIMAL(18,3)
   */
  public static Dataset<Row> byYearAxisAndSector(Dataset<Row> freight) {
    return freight.filter(col(AXIS).notEqual(Axis.NONE))
        .groupBy(col(YEAR), col(AXIS), col(SECTOR))
        .agg(count(lit(1)).as(SHIPMENTS), Sums.fitting(sum(col(GROSS_TONNES)), Money.TONNES,
            concat(lit("the tonnes of "), col(YEAR).cast("string"), lit(" on "), col(AXIS))).as(GROSS_TONNES));
  }

  /**
   * @param axisSectors rows of {@link #byYearAxisAndSector}
   * @return one row per year and axis with shipments: shipments, gross_tonnes, growth of tonnes on last
   *     year and the axis's share of the year's corridor tonnes (DECIMAL(25,2) percent)
   */
  public static Dataset<Row> byYearAndAxis(Dataset<Row> axisSectors) {
    Dataset<Row> byAxis = axisSectors.groupBy(col(YEAR), col(AXIS))
        .agg(sum(col(SHIPMENTS)).as(SHIPMENTS), Sums.fitting(sum(col(GROSS_TONNES)), Money.TONNES,
            concat(lit("the gross tonnes of "), col(YEAR).cast("string"))).as(GROSS_TONNES));
    Dataset<Row> corridorTotals = byAxis.groupBy(col(YEAR)).agg(sum(col(GROSS_TONNES)).as(CORRIDOR_TONNES));
    return Percent.withPreviousYear(byAxis, GROSS_TONNES, PREVIOUS_TONNES, AXIS)
        .join(corridorTotals, new String[] {YEAR}, "inner")
        .select(
            col(YEAR),
            col(AXIS),
            col(SHIPMENTS),
            col(GROSS_TONNES),
            Percent.growth(col(GROSS_TONNES), col(PREVIOUS_TONNES)).as(YOY_GROWTH_PCT),
            Percent.of(col(GROSS_TONNES), col(CORRIDOR_TONNES)).as(SHARE_OF_CORRIDOR_PCT));
  }
}
