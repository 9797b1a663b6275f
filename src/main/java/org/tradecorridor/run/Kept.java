package org.tradecorridor.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;

/**
 * The rows a run keeps in memory (spilled to disk when short), by what they are, so each is computed once:
 * the rows read from the files (bronze), conform's steps, the classified rows silver, quarantine and
 * quality_flags come from, and the gold tables. Each group is let go of when nothing after needs it; every
 * group when the run ends.
 */
final class Kept implements AutoCloseable {
  /** The rows read from the input files, from ingest until conform has used them. */
  static final String BRONZE = "bronze";
  /** Conform's steps (parsed rows, later copies and their records), until the rows are classified. */
  static final String CONFORM = "conform";
  /** Every row with its outcome, which silver, quarantine and quality_flags are; until the run ends. */
  static final String CLASSIFIED = "classified";
  /** The gold tables, until the summary and the report have read them. */
  static final String GOLD = "gold";

  private final Map<String, List<Dataset<Row>>> groups = new LinkedHashMap<>();

  /** Keeps {@code rows} once something computes them. */
  synchronized Dataset<Row> keep(String group, Dataset<Row> rows) {
    Dataset<Row> kept = rows.persist(StorageLevel.MEMORY_AND_DISK());
    groups.computeIfAbsent(group, g -> new ArrayList<>()).add(kept);
    return kept;
  }

  /**
   * Keeps {@code rows} and computes them now (one job), in the order the stage builds them: a later query
   * then reads them, instead of two parts of one plan computing the same rows side by side.
   */
  Dataset<Row> keepNow(String group, Dataset<Row> rows) {
    Dataset<Row> kept = keep(group, rows);
    kept.write().format("noop").mode("overwrite").save();
    return kept;
  }

  /** Lets go of a group's rows. */
  synchronized void release(String group) {
    List<Dataset<Row>> kept = groups.remove(group);
    if (kept != null) {
      kept.forEach(Dataset::unpersist);
    }
  }

  @Override
  public synchronized void close() {
    groups.values().forEach(kept -> kept.forEach(Dataset::unpersist));
    groups.clear();
  }
}
