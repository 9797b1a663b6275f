package org.tradecorridor.ingest;

import org.tradecorridor.ingest.internal.BronzeSchema;
import org.tradecorridor.ingest.internal.BronzeSource;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.tradecorridor.config.TextEncoding;

/**
 * Reads a source's files into rows as read: every column a string, placed by header name, plus the
 * file and line each record came from. Records that cannot be split into the header's fields keep
 * their raw text in {@code _corrupt_record}. Each file is read once, start to end, by one task
 * (the internal BronzeSource and BronzeReader).
 */
public final class BronzeRows {
  /** Files are packed into tasks of about this many bytes. */
  private static final long TARGET_TASK_BYTES = 64L << 20;

  private BronzeRows() {}

  /**
   * True for a row of a file read as Windows-1252 (encoding auto, not UTF-8): a column of the rows
   * {@link #read} gives, which ingest reads to name those files, and which bronze does not keep.
   */
  public static final String READ_AS_WINDOWS_1252 = BronzeSchema.READ_AS_WINDOWS_1252;

  /**
   * The schema of parsed rows: the source's columns as strings, the file's other columns in one map
   * ({@code extra}, so no file can widen bronze), then _corrupt_record, source_file, line_number.
   */
  public static StructType schema(List<String> columns) {
    return BronzeSchema.of(columns);
  }

  /** The rows of every file of {@code files}, with {@link #READ_AS_WINDOWS_1252}; nothing is read until an action runs. */
  public static Dataset<Row> read(SparkSession spark, SourceFiles files, TextEncoding encoding) {
    StructType schema = BronzeSchema.read(files.columns());
    if (files.files().isEmpty()) {
      return spark.createDataFrame(List.of(), schema);
    }
    int parallelism = spark.sparkContext().defaultParallelism();
    return spark.read().format(BronzeSource.class.getName())
        .options(BronzeSource.options(packIntoTasks(files.files(), parallelism), files.columns(), encoding.name(),
            files.source().folder() + ".encoding"))
        .load();
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
}
