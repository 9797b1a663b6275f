package org.tradecorridor.publish;

import org.tradecorridor.tables.TableDesigns;
import org.tradecorridor.tables.Tables;
import io.delta.tables.DeltaTable;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.tradecorridor.config.InvalidConfigException;

/**
 * Keeps tables healthy over years of runs: OPTIMIZE compacts the small files each run adds (and
 * orders them by the columns readers filter on), VACUUM removes the files no recent version needs; a
 * table whose dry run finds no such file is not vacuumed (its history shows no VACUUM for that run).
 */
public final class Maintenance {
  /** Delta's own safety default: a shorter retention could remove files a running reader still needs. */
  public static final int SAFE_RETENTION_HOURS = 168;
  private static final String RETENTION_CHECK = "spark.databricks.delta.retentionDurationCheck.enabled";

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

  /**
   * OPTIMIZE then VACUUM every table the warehouse holds, each table's work a piece that {@code all} runs
   * (the tables are independent: the caller may run several at once). Results in the order of Tables.ALL.
   */
  public List<Result> run(int retentionHours, boolean force, Function<List<Callable<Result>>, List<Result>> all) {
    checkRetention(retentionHours, force);
    List<Callable<Result>> work = new ArrayList<>();
    for (String table : Tables.ALL) {
      if (warehouse.exists(table)) {
        work.add(() -> maintain(table, retentionHours));
      }
    }
    // Delta checks the retention against this session setting; set once for all tables, never per table.
    String previous = spark.conf().get(RETENTION_CHECK, "true");
    try {
      if (retentionHours < SAFE_RETENTION_HOURS) {
        spark.conf().set(RETENTION_CHECK, "false");
      }
      return all.apply(work);
    } finally {
      spark.conf().set(RETENTION_CHECK, previous);
    }
  }

  private Result maintain(String table, int retentionHours) {
    DeltaTable delta = DeltaTable.forPath(spark, warehouse.path(table));
    // Z-ordered by the design's columns the table has statistics on: a table an earlier version wrote may
    // lack one until its next run brings it to its design.
    TableState state = TableState.of(spark, warehouse.path(table));
    String stats = state.properties().get("delta.dataSkippingStatsColumns");
    List<String> order = TableDesigns.optimizeOrder(table).stream()
        .filter(c -> state.schema().getFieldIndex(c).isDefined())
        .filter(c -> stats == null || List.of(stats.split(",")).contains(c)).toList();
    Row metrics = (order.isEmpty()
        ? delta.optimize().executeCompaction()
        : delta.optimize().executeZOrderBy(order.toArray(String[]::new))).first();
    Row optimized = metrics.getStruct(metrics.fieldIndex("metrics"));
    String vacuum = "VACUUM delta.`" + warehouse.path(table).replace("`", "``") + "` RETAIN " + retentionHours + " HOURS";
    long vacuumed = spark.sql(vacuum + " DRY RUN").count();
    // A VACUUM lists every folder of the table again and writes two commits; with nothing to remove it
    // would do that for no file (a fresh table, or one maintained within the retention).
    if (vacuumed > 0) {
      spark.sql(vacuum).collect();
    }
    return new Result(table, optimized.getLong(optimized.fieldIndex("numFilesRemoved")),
        optimized.getLong(optimized.fieldIndex("numFilesAdded")), vacuumed);
  }
}
