package org.tradecorridor.ingest.internal;

import org.tradecorridor.ingest.InvalidInputException;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The records of a UN Comtrade+ API response as the API returns it: {@code {"elapsedTime": ..., "count": N,
 * "data": [{record}, ...], "error": ""}}. Each element of {@code data} is one record; its position (from 1)
 * is its line number. Values keep their text as written: numbers their digits, booleans {@code true} or
 * {@code false}, and JSON null is an empty field. The file is read as a stream, one record at a time.
 *
 * <p>A record whose fields are not the first record's (a name the first lacks, a name twice) or that
 * holds a nested object or array is malformed, with its JSON text kept. A file that is not such a
 * response, says the API failed, or holds fewer records than its {@code count} stops the job.
 */
final class JsonRecords implements Closeable {
  private final JsonParser parser;
  private final String file;
  private final Map<String, Integer> position;
  private final int fieldCount;
  private long index;
  private String count;
  private boolean inData;
  private boolean finished;

  /**
   * Opens a response and moves to its first record.
   *
   * @param header the field names of the first record, in its order (from {@link #header}); a file of
   *     no records has none
   */
  JsonRecords(InputStream in, String file, List<String> header) {
    this.file = file;
    this.position = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      position.put(header.get(i), i);
    }
    this.fieldCount = header.size();
    try {
      this.parser = JsonText.FACTORY.createParser(in);
      toData();
    } catch (IOException e) {
      throw notJson(e);
    }
  }

  /**
   * The field names of a response's first record, in order, without reading further; empty when the
   * response holds no record.
   *
   * @throws InvalidInputException when the file is not a Comtrade+ API response
   */
  static List<String> header(InputStream in, String file) {
    try (JsonRecords records = new JsonRecords(in, file, List.of())) {
      List<String> names = new ArrayList<>();
      JsonParser parser = records.parser;
      JsonToken first = parser.nextToken();
      if (first == JsonToken.END_ARRAY) {
        return names;
      }
      if (first != JsonToken.START_OBJECT) {
        throw new InvalidInputException(file + " record 1: not a JSON object; a Comtrade+ API response's data "
            + "holds one object per record");
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        names.add(parser.currentName());
        parser.nextToken();
        parser.skipChildren();
      }
      return names;
    } catch (IOException e) {
      throw new InvalidInputException(file + ": not valid JSON (" + firstLine(e.getMessage()) + ")", e);
    }
  }

  /** The next record, or null after the last; fields are in the order of the header. */
  CsvRecords.CsvRecord next() {
    if (finished) {
      return null;
    }
    try {
      JsonToken token = parser.nextToken();
      if (token == JsonToken.END_ARRAY) {
        finish();
        return null;
      }
      index++;
      if (token != JsonToken.START_OBJECT) {
        return malformed(token);
      }
      return record();
    } catch (IOException e) {
      throw notJson(e);
    }
  }

  private CsvRecords.CsvRecord record() throws IOException {
    String[] fields = new String[fieldCount];
    boolean malformed = false;
    Map<String, Object> asRead = new LinkedHashMap<>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      JsonToken value = parser.nextToken();
      Object text = value(value);
      Integer at = position.get(name);
      if (at == null || asRead.containsKey(name) || text instanceof JsonText.Raw) {
        malformed = true;
      } else {
        fields[at] = text == null ? "" : text.toString();
      }
      asRead.put(asRead.containsKey(name) ? name + "\u0000" + asRead.size() : name, text);
    }
    return new CsvRecords.CsvRecord(index, malformed ? JsonText.object(asRead) : null, malformed ? null : fields);
  }

  /** A field's value as text; null for JSON null; a nested value as its JSON text. */
  private Object value(JsonToken token) throws IOException {
    return switch (token) {
      case VALUE_STRING -> parser.getText();
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> new JsonText.Number(parser.getText());
      case VALUE_TRUE -> Boolean.TRUE;
      case VALUE_FALSE -> Boolean.FALSE;
      case VALUE_NULL -> null;
      default -> new JsonText.Raw(JsonText.copy(parser));
    };
  }

  private CsvRecords.CsvRecord malformed(JsonToken token) throws IOException {
    String text = token == JsonToken.START_ARRAY ? JsonText.copy(parser) : parser.getText();
    return new CsvRecords.CsvRecord(index, text, null);
  }

  /** Moves to the first element of the data array, checking the response's shape on the way. */
  private void toData() throws IOException {
    if (parser.nextToken() != JsonToken.START_OBJECT) {
      throw notAResponse("it does not start with {");
    }
    String error = null;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      JsonToken value = parser.nextToken();
      switch (name) {
        case "data" -> {
          if (value == JsonToken.START_ARRAY) {
            inData = true;
            return;
          }
          if (value != JsonToken.VALUE_NULL) {
            throw notAResponse("its data is not an array");
          }
        }
        case "count" -> count = value.isScalarValue() ? parser.getText() : null;
        case "error" -> error = value == JsonToken.VALUE_STRING ? parser.getText() : error;
        default -> parser.skipChildren();
      }
    }
    throw notAResponse(error != null && !error.isBlank() ? "the API answered: " + error : "it has no data array");
  }

  /** After the data array: the rest of the response must say that all went well and all records are here. */
  private void finish() throws IOException {
    finished = true;
    String error = null;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      JsonToken value = parser.nextToken();
      if (name.equals("error") && value == JsonToken.VALUE_STRING) {
        error = parser.getText();
      } else if (name.equals("count") && value.isScalarValue()) {
        count = parser.getText();
      } else {
        parser.skipChildren();
      }
    }
    if (error != null && !error.isBlank()) {
      throw new InvalidInputException(file + ": the Comtrade+ API answered with an error: " + firstLine(error));
    }
    if (count != null && !count.equals(String.valueOf(index))) {
      throw new InvalidInputException(file + ": the response says count " + count + " but holds " + index
          + " records; the download is incomplete");
    }
  }

  private InvalidInputException notAResponse(String why) {
    return new InvalidInputException(file + ": not a Comtrade+ API response (" + why
        + "; expected {\"count\": N, \"data\": [records]})");
  }

  private InvalidInputException notJson(IOException e) {
    String where = e instanceof JsonParseException && inData ? " after record " + index : "";
    return new InvalidInputException(file + ": not valid JSON" + where + " (" + firstLine(e.getMessage()) + ")", e);
  }

  private static String firstLine(String message) {
    String text = String.valueOf(message);
    int newline = text.indexOf('\n');
    return newline < 0 ? text : text.substring(0, newline);
  }

  @Override
  public void close() throws IOException {
    parser.close();
  }

}
