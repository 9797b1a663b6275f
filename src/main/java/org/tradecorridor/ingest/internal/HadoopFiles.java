package org.tradecorridor.ingest.internal;

import org.tradecorridor.ingest.InvalidInputException;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipException;
import org.apache.commons.io.input.ReaderInputStream;
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

  /**
   * A file's lines, gunzipped when its name ends in .gz, decoded in {@code encoding}; a file that starts
   * with a UTF-16 byte order mark (Excel's "Unicode text") is UTF-16 whatever the setting says, since no
   * text of another encoding starts so.
   */
  static TextLines openLines(Configuration conf, String path, TextEncoding encoding, String encodingKey) {
    BufferedInputStream in = new BufferedInputStream(open(conf, path), 1 << 16);
    int first;
    int second;
    try {
      in.mark(2);
      first = in.read();
      second = in.read();
      in.reset();
    } catch (EOFException | ZipException e) {
      closeQuietly(in);
      throw new InvalidInputException(path + ": truncated or corrupt compressed data after line 0 ("
          + e.getMessage() + ")", e);
    } catch (IOException e) {
      closeQuietly(in);
      throw new InvalidInputException(path + ": cannot read: " + e.getMessage(), e);
    }
    boolean utf16 = (first == 0xFF && second == 0xFE) || (first == 0xFE && second == 0xFF);
    if (!utf16) {
      return new TextLines(in, encoding, path, encodingKey);
    }
    // Decoded strictly (the byte order mark says which way round), and read on as UTF-8.
    CharsetDecoder decoder = StandardCharsets.UTF_16.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      InputStream utf8 = ReaderInputStream.builder().setReader(new InputStreamReader(in, decoder))
          .setCharset(StandardCharsets.UTF_8).get();
      return new TextLines(utf8, TextEncoding.UTF_8, path, encodingKey, first == 0xFF ? "UTF-16LE" : "UTF-16BE");
    } catch (IOException e) {
      closeQuietly(in);
      throw new InvalidInputException(path + ": cannot read: " + e.getMessage(), e);
    }
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
