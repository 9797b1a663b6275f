package org.tradecorridor.ingest.internal;

import org.tradecorridor.ingest.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.tradecorridor.config.TextEncoding;

/** Opening input files on any Hadoop file system, on the driver or in a task. */
final class HadoopFiles {
  private HadoopFiles() {}

  /** A file's lines, gunzipped when its name ends in .gz, decoded in {@code encoding}. */
  static TextLines openLines(Configuration conf, String path, TextEncoding encoding, String encodingKey) {
    return new TextLines(open(conf, path), encoding, path, encodingKey);
  }

  /** A file's bytes, gunzipped when its name ends in .gz. */
  static InputStream open(Configuration conf, String path) {
    Path file = new Path(path);
    InputStream in;
    try {
      if ("file".equals(file.toUri().getScheme())) {
        // Straight from the disk: Hadoop's local file system would look for a checksum file beside it,
        // whose name it cannot form for a name such as "KAZ:2023.csv".
        in = java.nio.file.Files.newInputStream(java.nio.file.Paths.get(file.toUri()));
      } else {
        FileSystem fs = file.getFileSystem(conf);
        in = fs.open(file, 1 << 16);
      }
    } catch (IOException e) {
      throw new InvalidInputException(path + ": cannot open: " + e.getMessage(), e);
    }
    if (path.toLowerCase(Locale.ROOT).endsWith(".gz")) {
      try {
        in = new GZIPInputStream(in, 1 << 16);
      } catch (IOException e) {
        closeQuietly(in);
        throw new InvalidInputException(path + ": not a gzip file (" + e.getMessage() + ")", e);
      }
    }
    return in;
  }

  /** A Hadoop configuration as plain entries, to ship to tasks. */
  static Map<String, String> toMap(Configuration conf) {
    Map<String, String> entries = new HashMap<>();
    conf.forEach(e -> entries.put(e.getKey(), e.getValue()));
    return entries;
  }

  static Configuration fromMap(Map<String, String> entries) {
    Configuration conf = new Configuration(false);
    entries.forEach(conf::set);
    return conf;
  }

  private static void closeQuietly(InputStream in) {
    try {
      in.close();
    } catch (IOException ignored) {
      // the open failure is what the user needs to see
    }
  }
}
