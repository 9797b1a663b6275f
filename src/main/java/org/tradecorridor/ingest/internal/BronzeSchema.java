package org.tradecorridor.ingest.internal;

import static org.tradecorridor.tables.BronzeColumns.CORRUPT_RECORD;
import static org.tradecorridor.tables.BronzeColumns.LINE_NUMBER;
import static org.tradecorridor.tables.BronzeColumns.SOURCE_FILE;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.tradecorridor.tables.BronzeColumns;

/** The rows the files are read into, every column a string (the ingest package's BronzeRows hands them on). */
public final class BronzeSchema {
  private BronzeSchema() {}

  /**
   * True for a row of a file read as Windows-1252 (encoding auto, not UTF-8): a column of the rows read,
   * which ingest reads to name those files, and which bronze does not keep.
   */
  public static final String READ_AS_WINDOWS_1252 = "_read_as_windows_1252";

  /**
   * The schema of parsed rows: the source's columns as strings, the file's other columns in one map
   * ({@code extra}, so no file can widen bronze), then _corrupt_record, source_file, line_number.
   */
  public static StructType of(List<String> columns) {
    List<StructField> fields = new ArrayList<>();
    columns.forEach(c -> fields.add(DataTypes.createStructField(c, DataTypes.StringType, true)));
    fields.add(DataTypes.createStructField(BronzeColumns.EXTRA,
        DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType, true), true));
    fields.add(DataTypes.createStructField(CORRUPT_RECORD, DataTypes.StringType, true));
    fields.add(DataTypes.createStructField(SOURCE_FILE, DataTypes.StringType, false));
    fields.add(DataTypes.createStructField(LINE_NUMBER, DataTypes.LongType, false));
    return DataTypes.createStructType(fields);
  }

  /** The schema of rows as read: {@link #of}, then {@link #READ_AS_WINDOWS_1252}. */
  public static StructType read(List<String> columns) {
    return of(columns).add(DataTypes.createStructField(READ_AS_WINDOWS_1252, DataTypes.BooleanType, false));
  }
}
