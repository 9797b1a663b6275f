package org.tradecorridor.publish;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * What a run wrote, table by table, as each table holds it after the write: the rows written (which the run
 * keeps in memory) and, where only some rows were replaced or rows were appended, the table's other rows as
 * they were at the version before the run's first write. A run reads these, never its own writes' files.
 */
final class Written {
  private final Map<String, Dataset<Row>> tables = new ConcurrentHashMap<>();
  /** The rows of written tables, as {@link #rows} collected them on the driver. */
  private final Map<String, List<Row>> collected = new ConcurrentHashMap<>();

  /** The table as this run left it, or null when this run did not write it. */
  Dataset<Row> get(String table) {
    return tables.get(table);
  }

  boolean contains(String table) {
    return tables.containsKey(table);
  }

  /**
   * Remembers a replacement: {@code rows} replaced those matching {@code replaceWhere} (all, when null) of
   * the table at {@code versionBefore} (-1: a new table), which {@code atVersion} reads.
   */
  void replaced(String table, Dataset<Row> rows, String replaceWhere, long versionBefore,
      LongFunction<Dataset<Row>> atVersion) {
    collected.remove(table);
    tables.put(table, replaceWhere == null || versionBefore < 0 ? rows
        : rows.unionByName(atVersion.apply(versionBefore).filter(not(coalesce(expr(replaceWhere), lit(false))))));
  }

  /** Remembers an append: what this run appended before, or the table at {@code versionBefore}, and these rows. */
  void appended(String table, Dataset<Row> rows, long versionBefore, LongFunction<Dataset<Row>> atVersion) {
    collected.remove(table);
    tables.compute(table, (t, earlier) -> earlier != null ? earlier.unionByName(rows)
        : versionBefore < 0 ? rows : atVersion.apply(versionBefore).unionByName(rows));
  }

  /** A written table's rows on the driver, collected once. */
  List<Row> rows(String table, Supplier<List<Row>> collect) {
    return collected.computeIfAbsent(table, t -> List.copyOf(collect.get()));
  }

  void forget(String table) {
    tables.remove(table);
    collected.remove(table);
  }

  void clear() {
    tables.clear();
    collected.clear();
  }
}
