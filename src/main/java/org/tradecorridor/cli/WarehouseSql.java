package org.tradecorridor.cli;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.tradecorridor.config.InvalidConfigException;
import org.tradecorridor.config.SparkSessions;
import org.tradecorridor.publish.Warehouse;
import org.tradecorridor.tables.Tables;

/**
 * The warehouse's tables by name in a session, and SQL over them that only reads ({@link ReadOnlySql}):
 * what {@code query} runs and what the notebook helper opens (notebooks/trade_corridor.py). In a session
 * whose catalog is in memory every table is an external Delta table at its folder, so time travel, DESCRIBE
 * TABLE and DESCRIBE DETAIL work by name; in a persistent catalog, a temporary view, which leaves the
 * catalog as it was (its databases, such as the one a run registered, are there by their own names).
 */
public final class WarehouseSql {
  private final SparkSession spark;
  private final Warehouse warehouse;
  private final List<String> tables;

  private WarehouseSql(SparkSession spark, Warehouse warehouse, List<String> tables) {
    this.spark = spark;
    this.warehouse = warehouse;
    this.tables = List.copyOf(tables);
  }

  /**
   * Makes every table of the warehouse known by its name in {@code spark}.
   *
   * @throws InvalidConfigException when the folder holds no table of the job
   */
  public static WarehouseSql open(SparkSession spark, String warehouseFolder) {
    Warehouse warehouse = new Warehouse(spark, warehouseFolder);
    boolean inMemory = SparkSessions.catalogInMemory(spark);
    List<String> names = new ArrayList<>();
    for (String table : Tables.ALL) {
      if (warehouse.exists(table)) {
        String location = Warehouse.literal(warehouse.path(table));
        if (inMemory) {
          // An external table at the folder (dropping one leaves its data): time travel and DESCRIBE by name.
          spark.sql("DROP TABLE IF EXISTS `" + table + "`");
          spark.sql("CREATE TABLE `" + table + "` USING delta LOCATION " + location);
        } else {
          spark.sql("CREATE OR REPLACE TEMPORARY VIEW `" + table + "` AS SELECT * FROM delta.`"
              + warehouse.path(table).replace("`", "``") + "`");
        }
        names.add(table);
      }
    }
    if (names.isEmpty()) {
      throw new InvalidConfigException("--warehouse " + warehouse.root() + " holds no table of the job; run the job first");
    }
    return new WarehouseSql(spark, warehouse, names);
  }

  /** The tables known by name, in the contract's order. */
  public List<String> tables() {
    return tables;
  }

  /**
   * Checks every statement before any runs: one that would do more than read the warehouse's tables, or that
   * names what does not exist, stops the script with exit 2 and one line naming it.
   */
  public void checkAll(List<String> statements) {
    for (int i = 0; i < statements.size(); i++) {
      int number = statements.size() > 1 ? i + 1 : 0;
      try {
        ReadOnlySql.check(spark, warehouse.root(), statements.get(i), number);
      } catch (InvalidConfigException refused) {
        throw refused;
      } catch (Exception e) { // AnalysisException is checked in Java's eyes, and thrown unchecked
        throw statementsFault(e, number);
      }
    }
  }

  /** One statement's result, once it is checked; nothing runs until the Dataset is read (a command: at once). */
  public Dataset<Row> sql(String statement) {
    checkAll(List.of(statement));
    return spark.sql(statement);
  }

  /** The statement's own error (parse, analysis, a cast that fails) as exit 2; any other as it came. */
  static RuntimeException statementsFault(Exception e, int number) {
    if (!isTheStatementsFault(e)) {
      throw org.tradecorridor.run.Failures.rethrow(e);
    }
    return new InvalidConfigException("query" + (number > 0 ? " statement " + number : "") + ": "
        + firstLine(e.getMessage()), e);
  }

  /** A parse or analysis error, or an error Spark names (such as a cast that fails): not the job's. */
  private static boolean isTheStatementsFault(Exception e) {
    return e instanceof org.apache.spark.sql.AnalysisException
        || e instanceof org.apache.spark.SparkThrowable spark && spark.getCondition() != null && !spark.isInternalError();
  }

  private static String firstLine(String message) {
    String text = String.valueOf(message).strip();
    int newline = text.indexOf('\n');
    return (newline < 0 ? text : text.substring(0, newline)).strip();
  }
}
