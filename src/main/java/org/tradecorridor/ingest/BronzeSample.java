package org.tradecorridor.ingest;

import org.tradecorridor.ingest.internal.BronzeReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.catalyst.InternalRow;
import org.tradecorridor.tables.BaciColumns;
import org.tradecorridor.config.TextEncoding;

/**
 * The first records of every file of a source, read on the driver as ingest reads them (no Spark job),
 * for --dry-run: a file that cannot be read stops here with the message a run would give, and the rows
 * can be classified to show what a run would do with them.
 *
 * @param rows bronze rows (the schema of {@link BronzeRows#schema}) of the records read
 * @param encodingOfFile per file, the encoding its records were read in
 * @param recordsOfFile per file, the records read
 */
public record BronzeSample(List<Row> rows, Map<String, String> encodingOfFile, Map<String, Long> recordsOfFile) {

  /** Reads up to {@code perFile} records of each file, in path order. */
  public static BronzeSample firstRecords(Configuration conf, SourceFiles files, TextEncoding encoding, int perFile) {
    List<Row> rows = new ArrayList<>();
    Map<String, String> encodings = new LinkedHashMap<>();
    Map<String, Long> records = new LinkedHashMap<>();
    int width = files.columns().size();
    for (InputFile file : files.files()) {
      long read = 0;
      String decodedAs = file.format() == InputFile.Format.JSON ? "UTF-8 (JSON)" : encoding.toString();
      try (BronzeReader reader = new BronzeReader(List.of(file), files.columns(), encoding,
          files.source().folder() + ".encoding", conf)) {
        while (read < perFile && reader.next()) {
          read++;
          decodedAs = reader.currentEncoding() == null ? decodedAs : reader.currentEncoding();
          rows.add(toRow(reader.get(), width, BaciColumns.HEADER.equals(file.header())));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(file.path() + ": cannot read", e);
      }
      encodings.put(file.relative(), decodedAs);
      records.put(file.relative(), read);
    }
    return new BronzeSample(rows, encodings, records);
  }

  /**
   * A bronze row as read; its extra map only for a BACI file, whose columns are there (classifying reads only
   * the source's columns of any other file).
   */
  private static Row toRow(InternalRow row, int width, boolean withExtra) {
    Object[] values = new Object[width + 4];
    for (int i = 0; i < width; i++) {
      values[i] = row.isNullAt(i) ? null : row.getUTF8String(i).toString();
    }
    if (withExtra && !row.isNullAt(width)) {
      org.apache.spark.sql.catalyst.util.MapData extra = row.getMap(width);
      Map<String, String> map = new LinkedHashMap<>();
      for (int k = 0; k < extra.numElements(); k++) {
        map.put(extra.keyArray().getUTF8String(k).toString(),
            extra.valueArray().isNullAt(k) ? null : extra.valueArray().getUTF8String(k).toString());
      }
      values[width] = map;
    }
    values[width + 1] = row.isNullAt(width + 1) ? null : row.getUTF8String(width + 1).toString();
    values[width + 2] = row.getUTF8String(width + 2).toString();
    values[width + 3] = row.getLong(width + 3);
    return RowFactory.create(values);
  }
}
