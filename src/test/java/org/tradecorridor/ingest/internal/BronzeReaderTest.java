package org.tradecorridor.ingest.internal;

import org.tradecorridor.tables.Source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.tradecorridor.config.TextEncoding;
import org.junit.jupiter.api.io.TempDir;
import org.tradecorridor.TestSpark;
import org.tradecorridor.ingest.BronzeRows;
import org.tradecorridor.ingest.InputFiles;
import org.tradecorridor.ingest.SourceFiles;
import org.tradecorridor.ingest.InputFilesTest;

class BronzeReaderTest {
  @TempDir
  Path input;

  /**
   * Lines split in place and lines left to the general path give the same rows as the general path
   * alone ({@link CsvRecords}) on the same file: quotes, doubled quotes, commas, spaces after a
   * closing quote, non-ASCII text, a stray CR, records of the wrong width, fields over two lines,
   * blank lines.
   */
  @Test
  void splittingLinesInPlaceGivesWhatTheGeneralPathGives() throws IOException {
    String[] pieces = {"a", "KAZ", "010121", "1.5", "", " ", "\"", "\"\"", ",", "é", "\r", "\t", "x y"};
    int width = InputFilesTest.CUSTOMS_HEADER.split(",").length;
    Random random = new Random(20241231);
    StringBuilder text = new StringBuilder(InputFilesTest.CUSTOMS_HEADER).append('\n');
    for (int line = 0; line < 4000; line++) {
      int fields = random.nextInt(20) == 0 ? width + random.nextInt(3) - 1 : width;
      for (int f = 0; f < fields; f++) {
        if (f > 0) {
          text.append(',');
        }
        boolean quoted = random.nextInt(3) == 0;
        StringBuilder field = new StringBuilder();
        for (int p = random.nextInt(3); p > 0; p--) {
          String piece = pieces[random.nextInt(pieces.length)];
          field.append(quoted || !",\"".contains(piece) ? piece : "b");
        }
        if (quoted) {
          String body = field.toString().replace("\"", "\"\"");
          text.append('"').append(random.nextInt(200) == 0 ? body + "\nmore" : body).append('"');
          text.append(random.nextInt(30) == 0 ? " " : "");
        } else {
          text.append(field);
        }
      }
      text.append(random.nextInt(50) == 0 ? "\n\n" : "\n");
    }
    byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
    Files.createDirectories(input.resolve("customs"));
    Files.write(input.resolve("customs/generated.csv"), bytes);
    SourceFiles files = InputFiles.list(TestSpark.session().sparkContext().hadoopConfiguration(), input.toString(),
        Source.CUSTOMS, TextEncoding.UTF_8);
    List<String> header = List.of(InputFilesTest.CUSTOMS_HEADER.split(","));

    List<Row> rows = BronzeRows.read(TestSpark.session(), files, TextEncoding.UTF_8)
        .orderBy("line_number").collectAsList();

    TextLines lines = new TextLines(new ByteArrayInputStream(bytes), TextEncoding.UTF_8, "generated.csv",
        "customs.encoding");
    lines.next();
    CsvRecords general = new CsvRecords(lines, width);
    List<CsvRecords.CsvRecord> expected = new ArrayList<>();
    for (CsvRecords.CsvRecord r = general.next(); r != null; r = general.next()) {
      expected.add(r);
    }
    assertEquals(expected.size(), rows.size());
    int split = 0;
    for (int i = 0; i < expected.size(); i++) {
      CsvRecords.CsvRecord want = expected.get(i);
      Row got = rows.get(i);
      assertEquals(want.lineNumber(), got.<Long>getAs("line_number"));
      assertEquals(want.malformed() ? want.text() : null, got.getAs("_corrupt_record"), "line " + want.lineNumber());
      for (int f = 0; f < width; f++) {
        assertEquals(want.malformed() ? null : want.fields()[f], got.getAs(header.get(f)), "line " + want.lineNumber());
      }
      split += want.malformed() ? 0 : 1;
    }
    assertEquals(true, split > 2000 && split < expected.size(), "both well-formed and malformed records: " + split);
  }
}
