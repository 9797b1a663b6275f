package org.tradecorridor.conform;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * What a stage does with an intermediate result it reads more than once: the job keeps it in memory
 * (and on disk when memory runs short) so the input is read and parsed once; tests keep nothing.
 */
@FunctionalInterface
public interface Reuse {
  /** Keep nothing: every use recomputes (fine for the few rows of a test). */
  Reuse NOTHING = rows -> rows;

  /** {@code rows}, marked to be kept for its next uses. */
  Dataset<Row> of(Dataset<Row> rows);
}
