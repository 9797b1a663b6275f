package org.tradecorridor.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
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
import org.apache.spark.sql.catalyst.expressions.codegen.UnsafeRowWriter;
import org.apache.spark.sql.connector.read.PartitionReader;
import org.apache.spark.unsafe.types.UTF8String;
import org.tradecorridor.config.TextEncoding;

/**
 * Reads a task's files, one after another, into bronze rows in Spark's own row format: the
 * source's columns placed by header name, {@code _corrupt_record}, file and line, and whether the
 * row's file is being read as Windows-1252 ({@link BronzeRows#READ_AS_WINDOWS_1252}).
 *
 * <p>A CSV line that is one whole record in UTF-8 (or ASCII) is split where it lies, each field copied
 * once from the line's bytes into the row. Anything else takes the general path of {@link
 * CsvRecords}, which gives the same fields: a field with a doubled quote, a quote that closes on a
 * later line, a record of the wrong width, text in another encoding. A JSON file (a Comtrade+ API
 * response) is read by {@link JsonRecords}.
 */
final class BronzeReader implements PartitionReader<InternalRow> {
  private final Iterator<InputFile> files;
  private final List<String> columns;
  private final TextEncoding encoding;
  private final String encodingKey;
  private final Configuration conf;
  private final UnsafeRowWriter writer;
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
  private int[] columnOfField;
  private int[] absentColumns;

  BronzeReader(List<InputFile> files, List<String> columns, TextEncoding encoding, String encodingKey,
      Configuration conf) {
    this.files = files.iterator();
    this.columns = columns;
    this.encoding = encoding;
    this.encodingKey = encodingKey;
    this.conf = conf;
    this.corruptOrdinal = columns.size();
    this.fileOrdinal = columns.size() + 1;
    this.lineOrdinal = columns.size() + 2;
    this.windows1252Ordinal = columns.size() + 3;
    this.writer = new UnsafeRowWriter(columns.size() + 4, 512);
  }

  /** The file being read, or null between files. */
  InputFile currentFile() {
    return file;
  }

  /** The encoding the current file's lines were read in so far (JSON: UTF-8). */
  String currentEncoding() {
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
      if (isBlank()) {
        continue;
      }
      if (encoding.startsAsUtf8() && lines.isUtf8() && splitInPlace()) {
        return true;
      }
      write(records.nextFrom(lines.lineNumber(), lines.text()));
      return true;
    }
  }

  @Override
  public InternalRow get() {
    return writer.getRow();
  }

  /** True for a line of whitespace only, which is no record. */
  private boolean isBlank() {
    if (!lines.ascii()) {
      return lines.text().isBlank();
    }
    byte[] bytes = lines.bytes();
    for (int i = lines.start(), end = lines.start() + lines.length(); i < end; i++) {
      if (!isWhitespace(bytes[i])) {
        return false;
      }
    }
    return true;
  }

  /**
   * Splits the line as {@link CsvRecords#parseQuoted} would, writing each field into the row; false
   * (nothing kept) when the line needs the general path.
   */
  private boolean splitInPlace() {
    byte[] bytes = lines.bytes();
    int i = lines.start();
    int end = i + lines.length();
    writer.reset();
    writer.zeroOutNullBytes();
    int field = 0;
    while (true) {
      if (field == columnOfField.length) {
        if (i == end) {
          break; // one empty field beyond the header: a trailing comma
        }
        return false; // more fields than the header
      }
      int start;
      int stop;
      if (i < end && bytes[i] == '"') {
        start = ++i;
        while (i < end && bytes[i] != '"') {
          i++;
        }
        if (i == end || (i + 1 < end && bytes[i + 1] == '"')) {
          return false; // closes on a later line, or holds a doubled quote
        }
        stop = i++;
        while (i < end && bytes[i] != ',') {
          if (bytes[i] == '\r' || !isWhitespace(bytes[i])) {
            return false; // something after the closing quote
          }
          i++;
        }
      } else {
        start = i;
        while (i < end && bytes[i] != ',') {
          if (bytes[i] == '\r') {
            return false; // a line break inside the line
          }
          i++;
        }
        stop = i;
      }
      writer.write(columnOfField[field++], bytes, start, stop - start);
      if (i == end) {
        break;
      }
      i++; // the comma
    }
    if (field != columnOfField.length) {
      return false;
    }
    for (int absent : absentColumns) {
      writer.setNullAt(absent);
    }
    writer.setNullAt(corruptOrdinal);
    writer.write(fileOrdinal, pathValue);
    writer.write(lineOrdinal, lines.lineNumber());
    writer.write(windows1252Ordinal, false);
    return true;
  }

  private void write(CsvRecords.CsvRecord record) {
    writer.reset();
    writer.zeroOutNullBytes();
    if (record.malformed()) {
      for (int c = 0; c < columns.size(); c++) {
        writer.setNullAt(c);
      }
      writer.write(corruptOrdinal, UTF8String.fromString(record.text()));
    } else {
      String[] fields = record.fields();
      for (int i = 0; i < fields.length; i++) {
        if (fields[i] == null) {
          writer.setNullAt(columnOfField[i]); // a JSON record without this field
        } else {
          writer.write(columnOfField[i], UTF8String.fromString(fields[i]));
        }
      }
      for (int absent : absentColumns) {
        writer.setNullAt(absent);
      }
      writer.setNullAt(corruptOrdinal);
    }
    writer.write(fileOrdinal, pathValue);
    writer.write(lineOrdinal, record.lineNumber());
    writer.write(windows1252Ordinal, lines != null && lines.decoding() == TextLines.Decoding.AUTO_WINDOWS_1252);
  }

  /** ASCII whitespace as {@link Character#isWhitespace} sees it. */
  private static boolean isWhitespace(byte b) {
    return b == ' ' || (b >= 0x09 && b <= 0x0D) || (b >= 0x1C && b <= 0x1F);
  }

  private boolean openNextFile() {
    if (!files.hasNext()) {
      return false;
    }
    file = files.next();
    // Extra columns are matched as the header check matched them: whatever their case.
    Map<String, Integer> position = new HashMap<>();
    for (int i = 0; i < columns.size(); i++) {
      position.put(columns.get(i).toLowerCase(Locale.ROOT), i);
    }
    columnOfField = file.header().stream().mapToInt(c -> position.get(c.toLowerCase(Locale.ROOT))).toArray();
    Set<Integer> present = Arrays.stream(columnOfField).boxed().collect(Collectors.toSet());
    absentColumns = IntStream.range(0, columns.size()).filter(c -> !present.contains(c)).toArray();
    path = file.path();
    pathValue = UTF8String.fromString(path);
    if (file.format() == InputFile.Format.JSON) {
      json = new JsonRecords(HadoopFiles.open(conf, path), path, file.header());
      return true;
    }
    lines = HadoopFiles.openLines(conf, path, encoding, encodingKey);
    lines.advance(); // the header, checked on the driver
    records = new CsvRecords(lines, columnOfField.length);
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
