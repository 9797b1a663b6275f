package org.tradecorridor.generate;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The folder the generator writes into, and the files written, for the closing listing. */
final class Output {
  private final Path root;
  private final boolean gzip;
  private final List<RowWriter> written = new ArrayList<>();

  Output(Path root, boolean gzip) {
    this.root = root;
    this.gzip = gzip;
  }

  /** True when the bulk files are gzipped (--compress gzip). */
  boolean gzip() {
    return gzip;
  }

  /** A Comtrade file in a layout; {@code base} is its path under the root without extension. */
  RowWriter comtrade(String base, ComtradeLayout layout, List<String> columns, boolean compressed) {
    return record(layout.open(root.resolve(layout.fileName(base, compressed)), columns, compressed));
  }

  /** A plain UTF-8 CSV as a spreadsheet or script saves it; {@code relative} is its full name. */
  RowWriter csv(String relative, List<String> columns, boolean compressed) {
    return record(new CsvOut(root.resolve(relative), columns, compressed,
        new CsvOut.Style(StandardCharsets.UTF_8, false, false, "\n", false),
        (column, value) -> value == null ? "" : value.toString()));
  }

  private RowWriter record(RowWriter writer) {
    written.add(writer);
    return writer;
  }

  /** Prints every file written with its rows and size, then the totals. */
  void list(PrintStream out, long startedNanos) {
    long bytes = 0;
    for (RowWriter file : written) {
      try {
        long size = Files.size(file.path());
        bytes += size;
        out.printf(Locale.ROOT, "%-60s %9d rows %,13d bytes%n", root.relativize(file.path()), file.rows(), size);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    out.printf(Locale.ROOT, "%d files, %,d bytes in %s (%.1f s)%n", written.size(), bytes, root,
        (System.nanoTime() - startedNanos) / 1e9);
  }
}
