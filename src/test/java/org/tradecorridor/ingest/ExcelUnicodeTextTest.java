package org.tradecorridor.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradecorridor.config.TextEncoding;
import org.tradecorridor.tables.Source;

/**
 * Excel's "Unicode text" (UTF-16 with a byte order mark, TAB-separated, CRLF) and TAB-separated UTF-8
 * files: the same records as the comma-separated file they were saved from (issue 23; they stopped with a
 * message that the header lacks freqCode while listing freqCode among what it found).
 */
class ExcelUnicodeTextTest {
  private static final Path API_CSV = Path.of(System.getProperty("project.basedir", "."),
      "src/test/resources/real-layouts/customs/RUS_2022_A_described.csv");

  @TempDir
  Path work;

  /** The API CSV's records written again TAB-separated, as Excel saves them, in {@code charset} with its mark. */
  private Path resaved(String name, Charset charset, byte[] byteOrderMark) throws IOException {
    List<CSVRecord> records;
    try (CSVParser parser = CSVParser.parse(API_CSV, StandardCharsets.UTF_8, CSVFormat.RFC4180)) {
      records = parser.getRecords();
    }
    StringBuilder text = new StringBuilder();
    try (CSVPrinter printer = new CSVPrinter(text, CSVFormat.TDF.builder().setRecordSeparator("\r\n").get())) {
      for (CSVRecord record : records) {
        printer.printRecord(record.toList());
      }
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write(byteOrderMark);
    bytes.write(text.toString().getBytes(charset));
    Path file = work.resolve("input/customs").resolve(name);
    Files.createDirectories(file.getParent());
    return Files.write(file, bytes.toByteArray());
  }

  private static List<String> records(SourceFiles files, TextEncoding encoding) {
    BronzeSample sample = BronzeSample.firstRecords(new Configuration(), files, encoding, 1000);
    List<String> rows = new ArrayList<>();
    int width = files.columns().size();
    for (Row row : sample.rows()) {
      List<Object> values = new ArrayList<>();
      for (int i = 0; i < width + 2; i++) {
        values.add(row.get(i)); // the columns and _corrupt_record, not the file's name
      }
      values.add(row.get(width + 3));
      rows.add(values.toString());
    }
    return rows;
  }

  @Test
  void unicodeTextAndTabSeparatedFilesGiveTheRecordsOfTheCommaSeparatedFile() throws IOException {
    Files.createDirectories(work.resolve("original/customs"));
    Files.copy(API_CSV, work.resolve("original/customs/api.csv"));
    List<String> expected = records(InputFiles.list(new Configuration(), work.resolve("original").toString(),
        Source.CUSTOMS, TextEncoding.AUTO), TextEncoding.AUTO);
    assertTrue(expected.size() > 2 && expected.stream().noneMatch(r -> r.contains("_corrupt")), expected::toString);

    for (Object[] variant : new Object[][] {
        {StandardCharsets.UTF_16LE, new byte[] {(byte) 0xFF, (byte) 0xFE}, "UTF-16LE"},
        {StandardCharsets.UTF_16BE, new byte[] {(byte) 0xFE, (byte) 0xFF}, "UTF-16BE"},
        {StandardCharsets.UTF_8, new byte[0], "ASCII (UTF-8)"}}) {
      Path file = resaved("saved.tsv", (Charset) variant[0], (byte[]) variant[1]);
      // Whatever the setting: a UTF-16 byte order mark says what the file is.
      for (TextEncoding encoding : List.of(TextEncoding.AUTO, new TextEncoding("windows-1252"))) {
        SourceFiles files = InputFiles.list(new Configuration(), work.resolve("input").toString(), Source.CUSTOMS,
            encoding);
        assertEquals(1, files.files().size(), files::toString);
        assertEquals('\t', files.files().get(0).delimiter());
        assertEquals(expected, records(files, encoding), variant[2] + " read with " + encoding);
        if (variant[2].toString().startsWith("UTF-16")) {
          assertEquals(variant[2], BronzeSample.firstRecords(new Configuration(), files, encoding, 5)
              .encodingOfFile().get("customs/saved.tsv"));
        }
      }
      Files.delete(file);
    }
  }

  @Test
  void aHeaderMessageNamesWhatTheHeaderReallyHolds() throws IOException {
    Path file = work.resolve("input/customs/odd.csv");
    Files.createDirectories(file.getParent());
    // A zero-width space glued to freqCode, and no primaryValue: the message shows both as they are.
    Files.writeString(file, "\u200BfreqCode,refYear,refMonth,reporterISO,partnerISO,flowCode,cmdCode\n", StandardCharsets.UTF_8);

    InvalidInputException stop = assertThrows(InvalidInputException.class, () -> InputFiles.list(new Configuration(),
        work.resolve("input").toString(), Source.CUSTOMS, TextEncoding.AUTO));

    assertTrue(stop.getMessage().contains("lacks freqCode, primaryValue (found: \\u200BfreqCode, refYear,"),
        stop.getMessage());
  }
}
