package org.tradecorridor.ingest;

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

class BronzeRowsTest {
  @TempDir
  Path input;

  @Test
  void readsEveryRecordAsStringsPlacedByHeaderNameWithFileAndLine() throws IOException {
    Files.createDirectories(input.resolve("customs"));
    Files.writeString(input.resolve("customs/a.csv"),
        InputFilesTest.CUSTOMS_HEADER + "\nA,2024,52,KAZ,RUS,X,010121,100.50\nA,2024,52,KAZ,RUS\n",
        StandardCharsets.UTF_8);
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(input.resolve("customs/b.csv.gz")))) {
      out.write(("cmdCode,primaryValue,refYear,refMonth,freqCode,flowCode,partnerISO,reporterISO,note\r\n"
          + "\"020110\",\"1,5\",2023,52,A,M,KAZ,RUS,\"a, b\"\r\n").getBytes(StandardCharsets.UTF_8));
    }
    SourceFiles files = InputFiles.list(TestSpark.session().sparkContext().hadoopConfiguration(), input.toString(),
        Source.CUSTOMS, TextEncoding.UTF_8);

    List<Row> rows = BronzeRows.read(TestSpark.session(), files, TextEncoding.UTF_8)
        .orderBy("source_file", "line_number").collectAsList();

    assertEquals(3, rows.size());
    Row first = rows.get(0);
    assertEquals("010121", first.getAs("cmdCode"));
    assertEquals("100.50", first.getAs("primaryValue"));
    assertEquals(2L, first.<Long>getAs("line_number"));
    assertNull(first.getAs("extra"), "a.csv has no other column");
    assertEquals("customs/a.csv", first.getAs("source_file"), "the path under --input");
    assertNull(first.getAs("netWgt"), "no file has netWgt");

    Row malformed = rows.get(1);
    assertEquals("A,2024,52,KAZ,RUS", malformed.getAs("_corrupt_record"));
    assertNull(malformed.getAs("refYear"));
    assertEquals(3L, malformed.<Long>getAs("line_number"));

    Row gzipped = rows.get(2);
    assertEquals("020110", gzipped.getAs("cmdCode"));
    assertEquals("1,5", gzipped.getAs("primaryValue"));
    assertEquals("RUS", gzipped.getAs("reporterISO"));
    assertEquals(Map.of("note", "a, b"), gzipped.getJavaMap(gzipped.fieldIndex("extra")));
    assertEquals(2L, gzipped.<Long>getAs("line_number"));
  }
}
