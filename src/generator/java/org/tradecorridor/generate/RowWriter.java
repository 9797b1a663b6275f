package org.tradecorridor.generate;

import java.io.Closeable;
import java.util.Map;

/** One generated file: rows given by column name, written in the file's own layout and column order. */
interface RowWriter extends Closeable {
  /** Writes a row; columns the map lacks are empty (null in JSON). */
  void row(Map<String, ?> row);

  /** Writes a line as it is, for deliberately malformed records (CSV only). */
  void rawLine(String line);

  long rows();

  /** The file's path under the output folder. */
  String name();

  @Override
  void close();
}
