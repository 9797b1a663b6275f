package org.tradecorridor.ingest;

import static org.tradecorridor.ingest.BronzeColumns.CORRUPT_RECORD;
import static org.tradecorridor.ingest.BronzeColumns.LINE_NUMBER;
import static org.tradecorridor.ingest.BronzeColumns.SOURCE_FILE;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Reads a source's files into rows as read: every column a string, placed by header name, plus the
 * file and line each record came from. Records that cannot be split into the header's fields keep
 * their raw text in {@code _corrupt_record}. Each file is read once, start to end, by one task.
 */
public final class BronzeRows {
  /** Files are packed into tasks of about this many bytes. */
  private static final long TARGET_TASK_BYTES = 64L << 20;

  private BronzeRows() {}

  /** The schema of parsed rows: the source's columns as strings, then _corrupt_record, source_file, line_number. */
  public static StructType schema(List<String> columns) {
    List<StructField> fields = new ArrayList<>();
    columns.forEach(c -> fields.add(DataTypes.createStructField(c, DataTypes.StringType, true)));
    fields.add(DataTypes.createStructField(CORRUPT_RECORD, DataTypes.StringType, true));
    fields.add(DataTypes.createStructField(SOURCE_FILE, DataTypes.StringType, false));
    fields.add(DataTypes.createStructField(LINE_NUMBER, DataTypes.LongType, false));
    return DataTypes.createStructType(fields);
  }

  /** The rows of every file of {@code files}; nothing is read until an action runs. */
  public static Dataset<Row> read(SparkSession spark, SourceFiles files, Charset charset) {
    StructType schema = schema(files.columns());
    if (files.files().isEmpty()) {
      return spark.createDataFrame(List.of(), schema);
    }
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Broadcast<Map<String, String>> hadoopConf =
        jsc.broadcast(HadoopFiles.toMap(spark.sparkContext().hadoopConfiguration()));
    List<List<InputFile>> tasks = packIntoTasks(files.files(), jsc.defaultParallelism());
    List<String> columns = files.columns();
    String charsetName = charset.name();
    String encodingKey = files.source().folder() + ".encoding";

    JavaRDD<Row> rows = jsc.parallelize(tasks, tasks.size())
        .flatMap(task -> new FileRows(task, columns, Charset.forName(charsetName), encodingKey,
            HadoopFiles.fromMap(hadoopConf.value())));
    return spark.createDataFrame(rows, schema);
  }

  /**
   * Packs files into at most max(parallelism, bytes / 64 MB) tasks, largest file first into the
   * lightest task, so tasks finish together; each task keeps its files in path order.
   */
  static List<List<InputFile>> packIntoTasks(List<InputFile> files, int parallelism) {
    long totalBytes = files.stream().mapToLong(InputFile::length).sum();
    int count = (int) Math.min(files.size(), Math.max(parallelism, totalBytes / TARGET_TASK_BYTES + 1));
    record Task(int index, long[] bytes) {}
    PriorityQueue<Task> lightest = new PriorityQueue<>(
        Comparator.<Task>comparingLong(t -> t.bytes()[0]).thenComparingInt(Task::index));
    List<List<InputFile>> tasks = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      tasks.add(new ArrayList<>());
      lightest.add(new Task(i, new long[] {0}));
    }
    files.stream()
        .sorted(Comparator.comparingLong(InputFile::length).reversed().thenComparing(InputFile::path))
        .forEach(file -> {
          Task task = lightest.poll();
          tasks.get(task.index()).add(file);
          task.bytes()[0] += file.length();
          lightest.add(task);
        });
    tasks.forEach(t -> t.sort(Comparator.comparing(InputFile::path)));
    return tasks;
  }

  /** Streams the rows of a task's files, one file after another. */
  private static final class FileRows implements Iterator<Row> {
    private final Iterator<InputFile> files;
    private final List<String> columns;
    private final Charset charset;
    private final String encodingKey;
    private final Configuration conf;
    private CsvRecords records;
    private String currentPath;
    private int[] columnOfField;
    private Row next;

    FileRows(List<InputFile> files, List<String> columns, Charset charset, String encodingKey,
        Configuration conf) {
      this.files = files.iterator();
      this.columns = columns;
      this.charset = charset;
      this.encodingKey = encodingKey;
      this.conf = conf;
      TaskContext task = TaskContext.get();
      if (task != null) {
        task.addTaskCompletionListener((org.apache.spark.util.TaskCompletionListener) context -> closeCurrent());
      }
    }

    @Override
    public boolean hasNext() {
      while (next == null) {
        if (records == null && !openNextFile()) {
          return false;
        }
        CsvRecords.CsvRecord record = records.next();
        if (record == null) {
          closeCurrent();
        } else {
          next = toRow(record);
        }
      }
      return true;
    }

    @Override
    public Row next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      Row row = next;
      next = null;
      return row;
    }

    private boolean openNextFile() {
      if (!files.hasNext()) {
        return false;
      }
      InputFile file = files.next();
      Map<String, Integer> position = new HashMap<>();
      for (int i = 0; i < columns.size(); i++) {
        position.put(columns.get(i), i);
      }
      columnOfField = file.header().stream().mapToInt(position::get).toArray();
      currentPath = file.path();
      TextLines lines = HadoopFiles.openLines(conf, file.path(), charset, encodingKey);
      lines.next(); // the header, checked on the driver
      records = new CsvRecords(lines, columnOfField.length);
      return true;
    }

    private Row toRow(CsvRecords.CsvRecord record) {
      Object[] values = new Object[columns.size() + 3];
      if (record.malformed()) {
        values[columns.size()] = record.text();
      } else {
        String[] fields = record.fields();
        for (int i = 0; i < fields.length; i++) {
          values[columnOfField[i]] = fields[i];
        }
      }
      values[columns.size() + 1] = currentPath;
      values[columns.size() + 2] = record.lineNumber();
      return RowFactory.create(values);
    }

    private void closeCurrent() {
      if (records != null) {
        try {
          records.close();
        } catch (IOException e) {
          throw new UncheckedIOException(currentPath + ": cannot close", e);
        } finally {
          records = null;
        }
      }
    }
  }
}
