package org.tradecorridor.ingest;

import org.tradecorridor.tables.BaciColumns;
import org.tradecorridor.tables.Source;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.tradecorridor.config.TextEncoding;
import org.tradecorridor.ingest.internal.Headers;

/**
 * Finds a source's files under --input and checks each header before any data is read, so that a
 * missing folder or a wrong header stops the job at once with one line naming the file.
 */
public final class InputFiles {
  private InputFiles() {}

  /** A header of more columns than this is no export of any source; it would only widen bronze. */
  static final int MAX_HEADER_COLUMNS = 1000;

  /**
   * Lists {@code input/<source>/**}/*.csv and *.csv.gz (and .tsv), and for customs *.json and *.json.gz
   * (Comtrade+ API responses), Comtrade+ bulk files, known by their first line ({@link #knownByContent}), and
   * CEPII BACI files, known by their header ({@link BaciColumns}; the code lists beside them are skipped);
   * hidden files, starting with . or _, are skipped as Spark does. Reads every header.
   *
   * @throws InvalidInputException for a missing customs or freight folder, a folder without input
   *     files, an empty file, or a header that lacks a required column or repeats one
   */
  public static SourceFiles list(Configuration conf, String input, Source source, TextEncoding encoding) {
    Path folder = new Path(new Path(input), source.folder());
    InputListing.Result found;
    try {
      FileSystem fs = folder.getFileSystem(conf);
      folder = fs.makeQualified(folder);
      if (!fs.exists(folder)) {
        if (source == Source.PROJECTS) {
          return new SourceFiles(source, folder.toString(), List.of(), source.columns(), List.of(), true);
        }
        throw new InvalidInputException("input folder " + folder + " does not exist (--input must hold "
            + "customs/ and freight/ folders; projects/ is optional)");
      }
      if (!fs.getFileStatus(folder).isDirectory()) {
        throw new InvalidInputException(folder + " is a file; --input must hold a " + source.folder() + "/ folder");
      }
      found = InputListing.list(fs, fs.makeQualified(new Path(input)), folder);
    } catch (FileNotFoundException e) {
      throw new InvalidInputException("input folder " + folder + " does not exist", e);
    } catch (IOException e) {
      throw new InvalidInputException("cannot list input folder " + folder + ": " + e.getMessage(), e);
    }

    Map<String, InputListing.Listed> inputs = new TreeMap<>();
    List<String> skipped = new ArrayList<>(found.warnings());
    for (InputListing.Listed file : found.files()) {
      String name = file.relative().substring(file.relative().lastIndexOf('/') + 1);
      if (isHidden(file.relative(), source)) {
        continue;
      }
      InputFile.Format format = InputFile.Format.of(name);
      if (source == Source.CUSTOMS && BaciColumns.isCodeList(name)) {
        skipped.add(file.relative() + ": a CEPII BACI code list; skipped (countries come from reference.countries)");
      } else if (format == InputFile.Format.CSV || (format == InputFile.Format.JSON && source.readsJson())
          || (source == Source.CUSTOMS && knownByContent(name))) {
        inputs.put(file.relative(), file);
      } else {
        skipped.add(file.relative() + ": not a " + kinds(source) + " file; skipped");
      }
    }

    String encodingKey = source.folder() + ".encoding";
    List<InputFile> files = new ArrayList<>();
    for (InputListing.Listed file : inputs.values()) {
      InputFile.Format format = InputFile.Format.of(file.relative());
      if (format == InputFile.Format.JSON) {
        files.add(new InputFile(file.path(), file.relative(), file.length(), format,
            checkHeader(file.path(), source, Headers.json(conf, file.path()), "record 1")));
        continue;
      }
      // An empty note is no customs file; an empty .gz is a download cut short, which stops the run.
      if (format == null && file.length() == 0 && !file.relative().toLowerCase(Locale.ROOT).endsWith(".gz")) {
        skipped.add(file.relative() + ": empty; skipped");
        continue;
      }
      Headers.Csv header = Headers.csv(conf, file.path(), encoding, encodingKey, source.folder() + " columns");
      if (source == Source.CUSTOMS && BaciColumns.isHeader(header.names())) {
        // A BACI file: its columns, none of them Comtrade's, go to bronze's extra map as CEPII names them.
        files.add(new InputFile(file.path(), file.relative(), file.length(), InputFile.Format.CSV,
            BaciColumns.HEADER, header.delimiter()));
        continue;
      }
      if (format == null && header.names().stream().noneMatch(n -> source.canonicalName(n) != null)) {
        skipped.add(file.relative() + ": its first line names none of the " + source.folder() + " columns; skipped");
        continue;
      }
      files.add(new InputFile(file.path(), file.relative(), file.length(), InputFile.Format.CSV,
          checkHeader(file.path(), source, header.names(), "line 1"), header.delimiter()));
    }
    if (files.isEmpty()) {
      throw new InvalidInputException("input folder " + folder + " holds no " + kinds(source) + " files");
    }
    return new SourceFiles(source, folder.toString(), files, source.columns(), skipped, false);
  }

  /**
   * A customs file known by its first line rather than its name: Comtrade+ bulk files as the server names
   * them ({@code C_A_32_196201_S1_O.txt.gz}), as the official client does ({@code
   * COMTRADE-FINAL-CA3982023H6[2024-07-01].gz}, with no .txt), or unpacked ({@code .txt}). Its first line is a
   * customs header (comma- or TAB-separated) when it names any customs column; otherwise it is skipped.
   */
  static boolean knownByContent(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".txt") || lower.endsWith(".gz");
  }

  /** What the folder of a source may hold, for messages. */
  static String kinds(Source source) {
    return source.readsJson() ? ".csv, .tsv, .json, Comtrade+ bulk .txt (or .gz of them)"
        : ".csv or .tsv (or .gz of them)";
  }

  /** Checks a header's names (a CSV header line, or a JSON response's first record) and returns its columns. */
  static List<String> checkHeader(String path, Source source, List<String> names, String where) {
    if (names.isEmpty()) {
      return List.of(); // a response of no records
    }
    if (names.size() > MAX_HEADER_COLUMNS) {
      throw new InvalidInputException(path + " " + where + ": the header names " + names.size()
          + " columns, more than the " + MAX_HEADER_COLUMNS + " any " + source.folder() + " export has");
    }
    List<String> header = new ArrayList<>();
    Set<String> seen = new TreeSet<>();
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i).trim();
      if (name.isEmpty()) {
        throw new InvalidInputException(path + " " + where + ": header column " + (i + 1) + " has no name");
      }
      String canonical = source.canonicalName(name);
      String column = canonical != null ? canonical : name;
      if (!seen.add(column.toLowerCase(Locale.ROOT))) {
        throw new InvalidInputException(path + " " + where + ": header names column '" + name + "' twice");
      }
      header.add(column);
    }
    List<String> missing = new ArrayList<>(source.requiredColumns().stream().filter(c -> !header.contains(c)).toList());
    for (List<String> either : source.eitherColumns()) {
      if (either.stream().noneMatch(header::contains)) {
        missing.add(String.join(" or ", either));
      }
    }
    if (!missing.isEmpty()) {
      throw new InvalidInputException(path + " " + where + ": the " + source.folder() + " header lacks "
          + String.join(", ", missing) + " (found: " + String.join(", ", names.stream().map(InputFiles::visible)
          .toList()) + ")");
    }
    return header;
  }

  /**
   * A header name as it is, with what cannot be seen made visible: control and format characters (NUL,
   * TAB, a byte order mark, a zero-width space) and spaces other than the plain one as \\uXXXX, so a
   * message never names a column that looks like the one it says is missing.
   */
  static String visible(String name) {
    StringBuilder shown = new StringBuilder();
    name.codePoints().forEach(c -> {
      int type = Character.getType(c);
      if (Character.isISOControl(c) || type == Character.FORMAT || (Character.isSpaceChar(c) && c != ' ')
          || type == Character.UNASSIGNED || type == Character.SURROGATE || type == Character.PRIVATE_USE) {
        shown.append(String.format(Locale.ROOT, "\\u%04X", c));
      } else {
        shown.appendCodePoint(c);
      }
    });
    return shown.toString();
  }

  /** True for a file Spark would not read either: its name, or a folder's on the way, starts with . or _. */
  private static boolean isHidden(String relative, Source source) {
    String below = relative.substring(source.folder().length() + 1);
    for (String part : below.split("/")) {
      if (part.startsWith(".") || part.startsWith("_")) {
        return true;
      }
    }
    return false;
  }
}
