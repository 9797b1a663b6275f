package org.tradecorridor.aggregate;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.count_if;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.tradecorridor.tables.GoldColumns.ACTIVE_PROJECTS;
import static org.tradecorridor.tables.GoldColumns.INVESTMENT_USD;
import static org.tradecorridor.tables.GoldColumns.JOBS;
import static org.tradecorridor.tables.GoldColumns.PROJECTS;
import static org.tradecorridor.tables.GoldColumns.SECTOR;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.tradecorridor.tables.Money;
import org.tradecorridor.tables.SilverColumns;

/** gold_joint_projects: joint cooperation projects per sector. */
public final class JointProjects {
  private JointProjects() {}

  /**
   * @param projects silver_projects rows
   * @return one row per sector: projects and jobs of all statuses (BIGINT), active projects, and
   *     investment_usd DECIMAL(20,2) (projects without an amount add nothing)
   */
  public static Dataset<Row> bySector(Dataset<Row> projects) {
    return projects.groupBy(col(SECTOR))
        .agg(
            count(lit(1)).as(PROJECTS),
            count_if(col(SilverColumns.STATUS).equalTo("ACTIVE")).as(ACTIVE_PROJECTS),
            coalesce(sum(col(SilverColumns.JOBS)), lit(0)).cast(DataTypes.LongType).as(JOBS),
            Sums.fitting(coalesce(sum(col(SilverColumns.INVESTMENT_USD)), lit(0)), Money.USD,
                concat(lit("the investment in "), col(SECTOR))).as(INVESTMENT_USD));
  }
}
