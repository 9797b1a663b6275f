package org.tradecorridor.ingest.internal;

import org.tradecorridor.ingest.InputFile;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.codegen.UnsafeArrayWriter;
import org.apache.spark.sql.catalyst.expressions.codegen.UnsafeRowWriter;
import org.apache.spark.sql.connector.read.PartitionReader;
import org.apache.spark.unsafe.Platform;
import org.apache.spark.unsafe.types.UTF8String;
import org.tradecorridor.config.TextEncoding;

/**
 * Reads a task's files, one after another, into bronze rows in Spark's own row format: the
 * source's columns placed by header name, {@code _corrupt_record}, file and line, and whether the
 * row's file is being read as Windows-1252 ({@link BronzeSchema#READ_AS_WINDOWS_1252}).
 *
 * <p>A CSV file's records are split by {@link CsvRecords} (one splitter for every line: a byte-level
 * fast path for plain UTF-8 lines bought under 3% of the ingest time at 1 M rows and was dropped,
 * see docs/performance.md); a JSON file (a Comtrade+ API response) is read by {@link JsonRecords}.
 */
public final class BronzeReader implements PartitionReader<InternalRow> {
  private final Iterator<InputFile> files;
  private final List<String> columns;
  private final TextEncoding encoding;
  private final String encodingKey;
  private final Configuration conf;
  private final UnsafeRowWriter writer;
  private final UnsafeArrayWriter keyWriter;
  private final UnsafeArrayWriter valueWriter;
  private final int extraOrdinal;
  private final int corruptOrdinal;
  private final int fileOrdinal;
  private final int lineOrdinal;
  private final int windows1252Ordinal;
  private TextLines lines;
  private CsvRecords records;
  private JsonRecords json;
  private InputFile file;
  private String path;
  private UTF8String pathValue;
  /** Per field of the file: its column's ordinal, or for another column -1 - its place among the extras. */
  private int[] columnOfField;
  private int[] absentColumns;
  /** The names of the file's other columns, the keys of each row's extra map. */
  private UTF8String[] extraKeys;

  public BronzeReader(List<InputFile> files, List<String> columns, TextEncoding encoding, String encodingKey,
      Configuration conf) {
    this.files = files.iterator();
    this.columns = columns;
    this.encoding = encoding;
    this.encodingKey = encodingKey;
    this.conf = conf;
    this.extraOrdinal = columns.size();
    this.corruptOrdinal = columns.size() + 1;
    this.fileOrdinal = columns.size() + 2;
    this.lineOrdinal = columns.size() + 3;
    this.windows1252Ordinal = columns.size() + 4;
    this.writer = new UnsafeRowWriter(columns.size() + 5, 512);
    this.keyWriter = new UnsafeArrayWriter(writer, 8);
    this.valueWriter = new UnsafeArrayWriter(writer, 8);
  }

  /** The file being read, or null between files. */
  InputFile currentFile() {
    return file;
  }

  /** The encoding the current file's lines were read in so far (JSON: UTF-8). */
  public String currentEncoding() {
    return lines != null ? lines.describeEncoding() : json != null ? "UTF-8 (JSON)" : null;
  }

  @Override
  public boolean next() throws IOException {
    while (true) {
      if (file == null && !openNextFile()) {
        return false;
      }
      if (json != null) {
        CsvRecords.CsvRecord record = json.next();
        if (record == null) {
          closeCurrent();
          continue;
        }
        write(record);
        return true;
      }
      if (records.hasPushedBack()) {
        CsvRecords.CsvRecord record = records.next();
        if (record != null) {
          write(record);
          return true;
        }
      }
      if (!lines.advance()) {
        closeCurrent();
        continue;
      }
      String text = lines.text();
      if (text.isBlank()) {
        continue; // a line of whitespace only is no record
      }
      write(records.nextFrom(lines.lineNumber(), text));
      return true;
    }
  }

  @Override
  public InternalRow get() {
    return writer.getRow();
  }

  /**
   * Writes the row's extra map: the file's other columns by name from the record's fields (a null
   * field, a JSON record without it, is a null value); no map for a file without other columns.
   */
  private void writeExtras(String[] fields) {
    if (extraKeys.length == 0) {
      writer.setNullAt(extraOrdinal);
      return;
    }
    int mapStart = writer.cursor();
    // An UnsafeMapData: the key array's size in bytes, the key array, the value array.
    writer.grow(8);
    writer.increaseCursor(8);
    keyWriter.initialize(extraKeys.length);
    for (int k = 0; k < extraKeys.length; k++) {
      keyWriter.write(k, extraKeys[k]);
    }
    Platform.putLong(writer.getBuffer(), mapStart, writer.cursor() - mapStart - 8);
    valueWriter.initialize(extraKeys.length);
    for (int f = 0; f < fields.length; f++) {
      if (columnOfField[f] < 0) {
        int k = -1 - columnOfField[f];
        if (fields[f] == null) {
          valueWriter.setNull(k);
        } else {
          valueWriter.write(k, UTF8String.fromString(fields[f]));
        }
      }
    }
    writer.setOffsetAndSizeFromPreviousCursor(extraOrdinal, mapStart);
  }

  private void write(CsvRecords.CsvRecord record) {
    writer.reset();
    writer.zeroOutNullBytes();
    if (record.malformed()) {
      for (int c = 0; c < columns.size(); c++) {
        writer.setNullAt(c);
      }
      writer.setNullAt(extraOrdinal);
      writer.write(corruptOrdinal, UTF8String.fromString(record.text()));
    } else {
      String[] fields = record.fields();
      for (int i = 0; i < fields.length; i++) {
        int column = columnOfField[i];
        if (column < 0) {
          continue; // written with the extra map
        }
        if (fields[i] == null) {
          writer.setNullAt(column); // a JSON record without this field
        } else {
          writer.write(column, UTF8String.fromString(fields[i]));
        }
      }
      for (int absent : absentColumns) {
        writer.setNullAt(absent);
      }
      writeExtras(fields);
      writer.setNullAt(corruptOrdinal);
    }
    writer.write(fileOrdinal, pathValue);
    writer.write(lineOrdinal, record.lineNumber());
    writer.write(windows1252Ordinal, lines != null && lines.decoding() == TextLines.Decoding.AUTO_WINDOWS_1252);
  }

  private boolean openNextFile() {
    if (!files.hasNext()) {
      return false;
    }
    file = files.next();
    // The header check gave the source's columns their contract spelling; any other is an extra.
    Map<String, Integer> position = new HashMap<>();
    for (int i = 0; i < columns.size(); i++) {
      position.put(columns.get(i), i);
    }
    List<UTF8String> extras = new ArrayList<>();
    columnOfField = new int[file.header().size()];
    for (int f = 0; f < columnOfField.length; f++) {
      Integer column = position.get(file.header().get(f));
      if (column == null) {
        extras.add(UTF8String.fromString(file.header().get(f)));
        columnOfField[f] = -extras.size();
      } else {
        columnOfField[f] = column;
      }
    }
    extraKeys = extras.toArray(UTF8String[]::new);
    Set<Integer> present = Arrays.stream(columnOfField).filter(c -> c >= 0).boxed().collect(Collectors.toSet());
    absentColumns = IntStream.range(0, columns.size()).filter(c -> !present.contains(c)).toArray();
    path = file.path();
    pathValue = UTF8String.fromString(file.relative());
    if (file.format() == InputFile.Format.JSON) {
      json = new JsonRecords(HadoopFiles.open(conf, path), path, file.header());
      return true;
    }
    lines = HadoopFiles.openLines(conf, path, encoding, encodingKey);
    lines.advance(); // the header, checked on the driver
    records = new CsvRecords(lines, columnOfField.length, file.delimiter());
    return true;
  }

  private void closeCurrent() {
    Closeable open = lines != null ? lines : json;
    try {
      if (open != null) {
        open.close();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(path + ": cannot close", e);
    } finally {
      lines = null;
      records = null;
      json = null;
      file = null;
    }
  }

  @Override
  public void close() {
    closeCurrent();
  }
}
