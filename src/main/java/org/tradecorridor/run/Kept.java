package org.tradecorridor.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.execution.LogicalRDD;
import org.apache.spark.storage.StorageLevel;

/**
 * The rows a run keeps in memory (spilled to disk when short), by what they are, so each is computed once:
 * the rows read from the files (bronze), conform's steps, the classified rows silver, quarantine and
 * quality_flags come from, and the gold tables. Each group is let go of when nothing after needs it; every
 * group when the run ends.
 *
 * <p>In local mode conform's steps, the classified rows and gold are kept as rows of their own (a local
 * checkpoint): what is built on them carries no plan of how they were made. Spark analyses a plan again at
 * every step built on it, and gold's plans hold the same deep lineage several times (silver rows joined with
 * themselves): aggregate took 21.7 s of a sample run with them cached, 12.9 s kept this way (docs/performance.md).
 * On a cluster they are cached instead, so rows an executor loses are computed again from their lineage.
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
  private final boolean asLeaves;

  /** @param asLeaves true to keep rows as local checkpoints (local mode), false to cache them */
  Kept(boolean asLeaves) {
    this.asLeaves = asLeaves;
  }

  /** Keeps {@code rows} once something computes them (cached: their plan stays). */
  synchronized Dataset<Row> keep(String group, Dataset<Row> rows) {
    return add(group, rows.persist(StorageLevel.MEMORY_AND_DISK()));
  }

  /**
   * Keeps {@code rows} and computes them now (one job), in the order the stage builds them: a later query
   * then reads them, instead of two parts of one plan computing the same rows side by side.
   */
  synchronized Dataset<Row> keepNow(String group, Dataset<Row> rows) {
    if (asLeaves) {
      return add(group, rows.localCheckpoint(true));
    }
    Dataset<Row> kept = keep(group, rows);
    kept.write().format("noop").mode("overwrite").save();
    return kept;
  }

  /** Keeps {@code rows} once something computes them, as rows of their own in local mode. */
  synchronized Dataset<Row> keepAsLeaf(String group, Dataset<Row> rows) {
    return asLeaves ? add(group, rows.localCheckpoint(false)) : keep(group, rows);
  }

  private Dataset<Row> add(String group, Dataset<Row> kept) {
    groups.computeIfAbsent(group, g -> new ArrayList<>()).add(kept);
    return kept;
  }

  /** Lets go of a group's rows. */
  synchronized void release(String group) {
    List<Dataset<Row>> kept = groups.remove(group);
    if (kept != null) {
      kept.forEach(Kept::unpersist);
    }
  }

  @Override
  public synchronized void close() {
    groups.values().forEach(kept -> kept.forEach(Kept::unpersist));
    groups.clear();
  }

  /** A local checkpoint's blocks are its RDD's: let go of through it. */
  private static void unpersist(Dataset<Row> kept) {
    if (kept.queryExecution().logical() instanceof LogicalRDD leaf) {
      leaf.rdd().unpersist(false);
    } else {
      kept.unpersist();
    }
  }
}
