package org.tradecorridor.ingest.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.tradecorridor.config.TextEncoding;

class CsvRecordsTest {

  /** The records of a CSV text with a three-column header. */
  private static List<CsvRecords.CsvRecord> records(String text) {
    TextLines lines = new TextLines(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
        TextEncoding.UTF_8, "test.csv", "customs.encoding");
    lines.next();
    CsvRecords records = new CsvRecords(lines, 3);
    List<CsvRecords.CsvRecord> all = new ArrayList<>();
    for (CsvRecords.CsvRecord r = records.next(); r != null; r = records.next()) {
      all.add(r);
    }
    return all;
  }

  @Test
  void splitsPlainAndQuotedFieldsKeepingLeadingZerosAndEmptyFields() {
    List<CsvRecords.CsvRecord> records = records(
        "a,b,c\n010121,,x\n\"27,8\",\"say \"\"hi\"\"\",\"\"\n");

    assertArrayEquals(new String[] {"010121", "", "x"}, records.get(0).fields());
    assertArrayEquals(new String[] {"27,8", "say \"hi\"", ""}, records.get(1).fields());
    assertEquals(2, records.get(0).lineNumber());
    assertEquals(3, records.get(1).lineNumber());
  }

  @Test
  void readsCrlfLineEndsAndSkipsBlankLines() {
    List<CsvRecords.CsvRecord> records = records("a,b,c\r\n1,2,3\r\n\r\n   \r\n4,5,6\r\n");

    assertEquals(2, records.size());
    assertArrayEquals(new String[] {"4", "5", "6"}, records.get(1).fields());
    assertEquals(5, records.get(1).lineNumber());
  }

  @Test
  void aQuotedFieldMaySpanLinesAndTheRecordKeepsItsFirstLineNumber() {
    List<CsvRecords.CsvRecord> records = records("a,b,c\n1,\"two\nlines\",3\n4,5,6\n");

    assertArrayEquals(new String[] {"1", "two\nlines", "3"}, records.get(0).fields());
    assertEquals(2, records.get(0).lineNumber());
    assertEquals(4, records.get(1).lineNumber());
  }

  @Test
  void aRecordWithTheWrongNumberOfFieldsIsMalformedWithItsRawText() {
    List<CsvRecords.CsvRecord> records = records("a,b,c\n1,2\n1,2,3,4\n\"x\"y,2,3\n7,8,9\n");

    assertEquals(4, records.size());
    assertTrue(records.get(0).malformed());
    assertEquals("1,2", records.get(0).text());
    assertTrue(records.get(1).malformed());
    assertTrue(records.get(2).malformed());
    assertEquals("\"x\"y,2,3", records.get(2).text());
    assertArrayEquals(new String[] {"7", "8", "9"}, records.get(3).fields());
  }

  @Test
  void aQuoteThatNeverClosesCostsOneLineNotTheRestOfTheFile() {
    StringBuilder text = new StringBuilder("a,b,c\n1,\"open,3\n");
    for (int i = 0; i < 300; i++) {
      text.append(i).append(",x,y\n");
    }
    List<CsvRecords.CsvRecord> records = records(text.toString());

    assertEquals(301, records.size());
    assertTrue(records.get(0).malformed());
    assertEquals("1,\"open,3", records.get(0).text());
    assertArrayEquals(new String[] {"0", "x", "y"}, records.get(1).fields());
    assertEquals(3, records.get(1).lineNumber());
    assertArrayEquals(new String[] {"299", "x", "y"}, records.get(300).fields());
  }

  @Test
  void theLastLineNeedsNoLineEnd() {
    List<CsvRecords.CsvRecord> records = records("a,b,c\n1,2,3");

    assertArrayEquals(new String[] {"1", "2", "3"}, records.get(0).fields());
  }

  @Test
  void headerLinesParseWithQuotes() {
    assertArrayEquals(new String[] {"refYear", "cmd,Code"}, CsvSplit.parseLine("refYear,\"cmd,Code\""));
    assertNull(CsvSplit.parseLine("\"open"));
  }

  @Test
  void splitsQuotedRecordsAsCommonsCsvDoes() throws Exception {
    CSVFormat rfc4180 = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();
    char[] alphabet = {'a', 'b', ',', ',', '"', '"', '"', ' ', '\t', '\n', '\r'};
    Random random = new Random(20241231);
    int compared = 0;
    while (compared < 50_000) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(14);
      for (int i = 0; i < length; i++) {
        text.append(alphabet[random.nextInt(alphabet.length)]);
      }
      if (text.indexOf("\"") < 0) {
        continue;
      }
      String[] expected;
      try (CSVParser parser = CSVParser.parse(text.toString(), rfc4180)) {
        List<CSVRecord> records = parser.getRecords();
        expected = records.size() == 1 ? records.get(0).values() : null;
      } catch (Exception e) {
        expected = null;
      }
      assertArrayEquals(expected, CsvSplit.quoted(text.toString()), () -> "text: [" + text + "]");
      compared++;
    }
  }

  @Test
  void oneEmptyFieldBeyondTheHeaderIsATrailingCommaAnyOtherExtraFieldIsMalformed() {
    List<CsvRecords.CsvRecord> records = records(
        "a,b,c\n1,2,3,\n\"1\",\"2\",\"3\",\n\"1\",\"2\",\"3\",\"\"\n1,2,3,x\n1,2,3,,\n1,2,\n");

    assertArrayEquals(new String[] {"1", "2", "3"}, records.get(0).fields(), "a website export's data line");
    assertArrayEquals(new String[] {"1", "2", "3"}, records.get(1).fields(), "quoted, then the comma");
    assertArrayEquals(new String[] {"1", "2", "3"}, records.get(2).fields(), "an empty quoted field is empty too");
    assertTrue(records.get(3).malformed(), "the extra field holds something");
    assertTrue(records.get(4).malformed(), "two fields beyond the header");
    assertArrayEquals(new String[] {"1", "2", ""}, records.get(5).fields(), "the header's width, last field empty");
  }
}
