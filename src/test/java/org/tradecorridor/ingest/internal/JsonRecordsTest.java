package org.tradecorridor.ingest.internal;

import org.tradecorridor.ingest.InvalidInputException;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonRecordsTest {
  private static ByteArrayInputStream json(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  private static List<CsvRecords.CsvRecord> records(String text) {
    List<String> header = JsonRecords.header(json(text), "r.json");
    List<CsvRecords.CsvRecord> all = new ArrayList<>();
    try (JsonRecords records = new JsonRecords(json(text), "r.json", header)) {
      for (CsvRecords.CsvRecord r = records.next(); r != null; r = records.next()) {
        all.add(r);
      }
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
    return all;
  }

  @Test
  void eachElementOfDataIsARecordWithValuesAsWrittenAndNullsEmpty() {
    String response = "{\"elapsedTime\": \"0.03 secs\", \"count\": 2, \"data\": ["
        + "{\"refYear\": 2010, \"cmdCode\": \"010121\", \"primaryValue\": 6804128143.0, \"qty\": null, \"isReported\": true},"
        + "{\"refYear\": 2010, \"cmdCode\": \"TOTAL\", \"primaryValue\": 1.5E3, \"qty\": 12, \"isReported\": false}"
        + "], \"error\": \"\"}";

    assertEquals(List.of("refYear", "cmdCode", "primaryValue", "qty", "isReported"),
        JsonRecords.header(json(response), "r.json"));
    List<CsvRecords.CsvRecord> records = records(response);
    assertEquals(2, records.size());
    assertArrayEquals(new String[] {"2010", "010121", "6804128143.0", "", "true"}, records.get(0).fields());
    assertArrayEquals(new String[] {"2010", "TOTAL", "1.5E3", "12", "false"}, records.get(1).fields());
    assertEquals(1, records.get(0).lineNumber(), "its position in data, from 1");
    assertEquals(2, records.get(1).lineNumber());
  }

  @Test
  void aRecordThatIsNotTheFirstOnesShapeIsMalformedWithItsJsonText() {
    List<CsvRecords.CsvRecord> records = records("{\"count\": 4, \"data\": [{\"a\": 1, \"b\": \"x\"},"
        + "{\"a\": 2, \"b\": {\"nested\": [1, 2]}}, {\"a\": 3, \"c\": 4}, [5, 6]]}");

    assertArrayEquals(new String[] {"1", "x"}, records.get(0).fields());
    assertTrue(records.get(1).malformed());
    assertEquals("{\"a\":2,\"b\":{\"nested\":[1,2]}}", records.get(1).text());
    assertTrue(records.get(2).malformed(), "a field the first record lacks");
    assertEquals("{\"a\":3,\"c\":4}", records.get(2).text());
    assertTrue(records.get(3).malformed());
    assertEquals("[5,6]", records.get(3).text());
  }

  @Test
  void aRecordWithoutAFieldLeavesItAbsent() {
    List<CsvRecords.CsvRecord> records = records("{\"data\": [{\"a\": 1, \"b\": 2}, {\"b\": 3}]}");

    assertNull(records.get(1).fields()[0]);
    assertEquals("3", records.get(1).fields()[1]);
  }

  @Test
  void aFileThatIsNotAnApiResponseOrIsIncompleteStopsNamingIt() {
    assertEquals("r.json: not a Comtrade+ API response (it has no data array; expected {\"count\": N, \"data\": "
            + "[records]})",
        assertThrows(InvalidInputException.class, () -> records("{\"statusCode\": 401, \"message\": \"Access denied\"}"))
            .getMessage());
    assertEquals("r.json: not a Comtrade+ API response (the API answered: Too many requests; expected "
            + "{\"count\": N, \"data\": [records]})",
        assertThrows(InvalidInputException.class, () -> records("{\"count\": 0, \"data\": null, \"error\": "
            + "\"Too many requests\"}")).getMessage());
    assertEquals("r.json: the response says count 3 but holds 2 records; the download is incomplete",
        assertThrows(InvalidInputException.class, () -> records("{\"count\": 3, \"data\": [{\"a\": 1}, {\"a\": 2}]}"))
            .getMessage());
    assertEquals("r.json: the Comtrade+ API answered with an error: Result truncated",
        assertThrows(InvalidInputException.class, () -> records("{\"data\": [{\"a\": 1}], \"error\": \"Result truncated\"}"))
            .getMessage());
    String truncated = assertThrows(InvalidInputException.class, () -> records("{\"data\": [{\"a\": 1}, {\"a\": "))
        .getMessage();
    assertTrue(truncated.startsWith("r.json: not valid JSON after record 2 ("), truncated);
    String csv = assertThrows(InvalidInputException.class, () -> records("a,b,c\n1,2,3\n")).getMessage();
    assertTrue(csv.startsWith("r.json: not valid JSON ("), csv);
  }

  @Test
  void aResponseWithoutRecordsHasNoHeaderAndNoRecords() {
    assertEquals(List.of(), JsonRecords.header(json("{\"count\": 0, \"data\": []}"), "r.json"));
    assertEquals(0, records("{\"count\": 0, \"data\": [], \"error\": \"\"}").size());
  }
}
