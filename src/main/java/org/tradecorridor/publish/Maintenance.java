package org.tradecorridor.publish;

import org.tradecorridor.tables.TableDesigns;
import org.tradecorridor.tables.Tables;
import io.delta.tables.DeltaTable;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.tradecorridor.config.InvalidConfigException;

/**
 * Keeps tables healthy over years of runs: OPTIMIZE compacts the small files each run adds (and
 * orders them by the columns readers filter on), VACUUM removes the files no recent version needs.
 */
public final class Maintenance {
  /** Delta's own safety default: a shorter retention could remove files a running reader still needs. */
  public static final int SAFE_RETENTION_HOURS = 168;

  private final SparkSession spark;
  private final Warehouse warehouse;

  public Maintenance(SparkSession spark, Warehouse warehouse) {
    this.spark = spark;
    this.warehouse = warehouse;
  }

  /** What maintenance did to one table. */
  public record Result(String table, long filesRemovedByOptimize, long filesAddedByOptimize, long filesVacuumed) {}

  /**
   * Refuses a retention shorter than Delta's safety default unless forced.
   *
   * @throws InvalidConfigException naming the setting and the way to force it
   */
  public static void checkRetention(int hours, boolean force) {
    if (hours < SAFE_RETENTION_HOURS && !force) {
      throw new InvalidConfigException("maintenance.vacuumRetentionHours " + hours + " is shorter than Delta's safety "
          + "default of " + SAFE_RETENTION_HOURS + " hours: a reader or writer still using an older version could "
          + "lose its files; use maintain --force if no job or reader runs meanwhile");
    }
  }

  /** OPTIMIZE then VACUUM every table the warehouse holds. */
  public List<Result> run(int retentionHours, boolean force) {
    checkRetention(retentionHours, force);
    List<Result> results = new ArrayList<>();
    for (String table : Tables.ALL) {
      if (!warehouse.exists(table)) {
        continue;
      }
      DeltaTable delta = DeltaTable.forPath(spark, warehouse.path(table));
      List<String> order = TableDesigns.optimizeOrder(table);
      Row metrics = (order.isEmpty()
          ? delta.optimize().executeCompaction()
          : delta.optimize().executeZOrderBy(order.toArray(String[]::new))).first();
      Row optimized = metrics.getStruct(metrics.fieldIndex("metrics"));
      long vacuumed;
      String previous = spark.conf().get("spark.databricks.delta.retentionDurationCheck.enabled", "true");
      try {
        if (retentionHours < SAFE_RETENTION_HOURS) {
          spark.conf().set("spark.databricks.delta.retentionDurationCheck.enabled", "false");
        }
        String vacuum = "VACUUM delta.`" + warehouse.path(table).replace("`", "``") + "` RETAIN " + retentionHours
            + " HOURS";
        vacuumed = spark.sql(vacuum + " DRY RUN").count();
        spark.sql(vacuum).collect();
      } finally {
        spark.conf().set("spark.databricks.delta.retentionDurationCheck.enabled", previous);
      }
      results.add(new Result(table, optimized.getLong(optimized.fieldIndex("numFilesRemoved")),
          optimized.getLong(optimized.fieldIndex("numFilesAdded")), vacuumed));
    }
    return results;
  }
}
