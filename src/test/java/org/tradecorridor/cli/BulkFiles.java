package org.tradecorridor.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Comtrade+ bulk files as published, made from an API CSV's rows: gzip, TAB-separated, CRLF, one header line,
 * codes only (no ISO or description columns), {@code CIFValue}/{@code FOBValue} capitalised, flags 0/1, under
 * the generator's header ({@code generate.BulkFiles.HEADER}, a real bulk file's column for column).
 */
final class BulkFiles {
  private BulkFiles() {}

  /** The generator's bulk header, a real bulk file's column for column. */
  static final List<String> HEADER = org.tradecorridor.generate.BulkFiles.HEADER;

  /**
   * Writes {@code apiCsv}'s records as a bulk file at {@code bulk}, each primaryValue (and CIF or FOB value) passed
   * through {@code value}.
   */
  static void fromApiCsv(Path apiCsv, Path bulk, UnaryOperator<String> value) throws IOException {
    List<String> lines = new ArrayList<>(List.of(String.join("\t", HEADER)));
    try (Reader in = Files.newBufferedReader(apiCsv, StandardCharsets.UTF_8)) {
      for (CSVRecord record : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
        Map<String, String> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        byName.putAll(record.toMap());
        List<String> fields = new ArrayList<>();
        for (String column : HEADER) {
          String field = byName.getOrDefault(column, "");
          if (column.equals("primaryValue") || column.equals("CIFValue") || column.equals("FOBValue")) {
            field = field.isEmpty() ? field : value.apply(field);
          }
          fields.add(switch (field.toLowerCase(Locale.ROOT)) {
            case "true" -> "1";
            case "false" -> "0";
            default -> field;
          });
        }
        lines.add(String.join("\t", fields));
      }
    }
    Files.createDirectories(bulk.getParent());
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(bulk))) {
      out.write((String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8));
    }
  }
}
