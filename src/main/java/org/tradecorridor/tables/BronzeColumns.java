package org.tradecorridor.tables;

import java.util.Set;

/** Bronze's own columns, after the source's columns as read. */
public final class BronzeColumns {
  private BronzeColumns() {}

  /** A file's other columns, by name, with the row's values; null for a file without any. */
  public static final String EXTRA = "extra";
  /** The raw text of a record that could not be split into the header's fields; null otherwise. */
  public static final String CORRUPT_RECORD = "_corrupt_record";
  public static final String SOURCE_FILE = "source_file";
  /** The record's first physical line in its file; the header is line 1. */
  public static final String LINE_NUMBER = "line_number";
  public static final String INGESTED_AT = "ingested_at";
  public static final String RUN_ID = "run_id";

  /** Bronze's own columns besides the source's. */
  public static final Set<String> OWN = Set.of(EXTRA, CORRUPT_RECORD, SOURCE_FILE, LINE_NUMBER, INGESTED_AT, RUN_ID);
}
