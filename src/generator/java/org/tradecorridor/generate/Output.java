package org.tradecorridor.generate;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The folder the generator writes into, through Hadoop's FileSystem (a local folder, or any file system
 * the job reads from: {@code hdfs://}, {@code s3a://} with its connector on the class path), and the
 * files written, for the closing listing.
 */
final class Output {
  /** Where one file goes: its name under the output folder, and its bytes when opened (gzipped for .gz). */
  interface Target {
    String name();

    OutputStream open() throws IOException;
  }

  private final FileSystem fs;
  private final Path root;
  private final boolean gzip;
  private final List<RowWriter> written = new ArrayList<>();

  Output(String root, boolean gzip, Configuration conf) {
    try {
      this.root = new Path(root);
      this.fs = this.root.getFileSystem(conf);
      // No .crc file beside each sample file on a local folder.
      fs.setWriteChecksum(false);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open " + root, e);
    }
    this.gzip = gzip;
  }

  /** True when the bulk files are gzipped (--compress gzip). */
  boolean gzip() {
    return gzip;
  }

  /** A Comtrade file in a layout; {@code base} is its path under the root without extension. */
  RowWriter comtrade(String base, ComtradeLayout layout, List<String> columns, boolean compressed) {
    return record(layout.open(target(layout.fileName(base, compressed)), columns));
  }

  /** A plain UTF-8 CSV as a spreadsheet or script saves it; {@code relative} is its full name (gzipped for .gz). */
  RowWriter csv(String relative, List<String> columns) {
    return record(new CsvOut(target(relative), columns,
        new CsvOut.Style(StandardCharsets.UTF_8, false, false, "\n", false),
        (column, value) -> value == null ? "" : value.toString()));
  }

  private Target target(String relative) {
    Path path = new Path(root, relative);
    return new Target() {
      @Override
      public String name() {
        return relative;
      }

      @Override
      public OutputStream open() throws IOException {
        OutputStream out = fs.create(path, true);
        return relative.endsWith(".gz") ? new GZIPOutputStream(out, 1 << 16) : out;
      }
    };
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
        long size = fs.getFileStatus(new Path(root, file.name())).getLen();
        bytes += size;
        out.printf(Locale.ROOT, "%-60s %9d rows %,13d bytes%n", file.name(), file.rows(), size);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    out.printf(Locale.ROOT, "%d files, %,d bytes in %s (%.1f s)%n", written.size(), bytes, root,
        (System.nanoTime() - startedNanos) / 1e9);
  }
}
