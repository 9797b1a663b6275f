package org.tradecorridor.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.tradecorridor.TestSpark;

/** Runs the job's command line in this JVM, on the shared test session, capturing what it prints. */
final class SampleRun {
  /** The shipped sample data. */
  static final Path SAMPLE_DATA = Paths.get(System.getProperty("project.basedir", "."), "sample-data");

  final int exitCode;
  final String out;
  final String err;

  private SampleRun(int exitCode, String out, String err) {
    this.exitCode = exitCode;
    this.out = out;
    this.err = err;
  }

  static SampleRun main(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = new Main(TestSpark::session, false, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8)).execute(args);
    return new SampleRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  static Dataset<Row> table(Path warehouse, String name) {
    return TestSpark.session().read().format("delta").load(warehouse.resolve(name).toString());
  }

  /** A fresh copy of the sample data, for tests that change it. */
  static Path copyOfSampleData(Path target) {
    return copy(SAMPLE_DATA, target);
  }

  /** A copy of a warehouse, files and logs: a Delta log names its data files relative to the table. */
  static Path copyWarehouse(Path warehouse, Path target) {
    return copy(warehouse, target);
  }

  static Path copy(Path from, Path target) {
    try (var paths = Files.walk(from)) {
      for (Path source : (Iterable<Path>) paths::iterator) {
        Path copy = target.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(copy);
        } else {
          Files.copy(source, copy);
        }
      }
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String toString() {
    return "exit " + exitCode + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
  }
}
