package org.tradecorridor.ingest;

import java.io.Serializable;
import java.util.List;

/**
 * One input file: its fully qualified path, its path relative to --input (bronze's source_file), its size,
 * its format, its header's columns in file order (the contract's spelling for the columns the job
 * reads; for a JSON response, its first record's fields), and the delimiter of its fields (a comma, or a
 * TAB for a TAB-separated file).
 */
public record InputFile(String path, String relative, long length, Format format, List<String> header,
    char delimiter) implements Serializable {
  /** How a file's records are written. */
  public enum Format {
    /** RFC 4180 CSV with a header line, or TAB-separated text by the same rules. */
    CSV,
    /** A Comtrade+ API response: {"data": [records]}. */
    JSON;

    /** The format of a file by its name (.csv, .tsv, .json, each also .gz), or null for another file. */
    public static Format of(String fileName) {
      String lower = fileName.toLowerCase(java.util.Locale.ROOT);
      if (lower.endsWith(".csv") || lower.endsWith(".csv.gz") || lower.endsWith(".tsv") || lower.endsWith(".tsv.gz")) {
        return CSV;
      }
      return lower.endsWith(".json") || lower.endsWith(".json.gz") ? JSON : null;
    }
  }

  public InputFile {
    header = List.copyOf(header);
  }

  /** A file whose fields, if any are delimited, are comma-separated. */
  public InputFile(String path, String relative, long length, Format format, List<String> header) {
    this(path, relative, length, format, header, ',');
  }
}
