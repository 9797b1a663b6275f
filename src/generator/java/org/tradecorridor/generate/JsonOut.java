package org.tradecorridor.generate;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A generated UN Comtrade+ API response, as the API answers and data engineers land it:
 * {@code {"elapsedTime": "0.41 secs", "count": N, "data": [{record}, ...], "error": ""}} in UTF-8, each
 * record with every field, values typed (numbers, booleans, null for a missing value).
 */
final class JsonOut implements RowWriter {
  private static final JsonFactory JSON = new JsonFactory();

  /** Writes one field's value, by column, into the generator. */
  interface Field {
    void write(JsonGenerator json, String column, Object value) throws IOException;
  }

  private final Output.Target target;
  private final String path;
  private final List<String> columns;
  private final Field field;
  private final ByteArrayOutputStream records = new ByteArrayOutputStream(1 << 20);
  private final JsonGenerator data;
  private long rows;

  JsonOut(Output.Target target, List<String> columns, Field field) {
    this.target = target;
    this.path = target.name();
    this.columns = columns;
    this.field = field;
    try {
      data = JSON.createGenerator(records, JsonEncoding.UTF8);
      data.writeStartArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void row(Map<String, ?> row) {
    try {
      data.writeStartObject();
      for (String column : columns) {
        data.writeFieldName(column);
        field.write(data, column, row.get(column));
      }
      data.writeEndObject();
      rows++;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + path, e);
    }
  }

  @Override
  public void rawLine(String line) {
    throw new UnsupportedOperationException("a JSON response has no lines");
  }

  @Override
  public long rows() {
    return rows;
  }

  @Override
  public String name() {
    return path;
  }

  /** The response is written whole at the end: its count comes before its data. */
  @Override
  public void close() {
    try {
      data.writeEndArray();
      data.close();
      String array = records.toString(java.nio.charset.StandardCharsets.UTF_8);
      try (OutputStream file = target.open();
           JsonGenerator response = JSON.createGenerator(file, JsonEncoding.UTF8)) {
        response.writeStartObject();
        response.writeStringField("elapsedTime", String.format(Locale.ROOT, "%.2f secs", 0.05 + rows / 20000.0));
        response.writeNumberField("count", rows);
        response.writeFieldName("data");
        response.writeStartArray();
        response.writeRaw(array.substring(1, array.length() - 1));
        response.writeEndArray();
        response.writeStringField("error", "");
        response.writeEndObject();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + path, e);
    }
  }

}
