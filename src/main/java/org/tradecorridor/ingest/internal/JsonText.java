package org.tradecorridor.ingest.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Map;

/** JSON as text again: a malformed record's raw text, as compact JSON with its values as written. */
final class JsonText {
  /** A record is small; a response of a million records is one long array, which streaming reads in constant memory. */
  static final JsonFactory FACTORY = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(1 << 20).build())
      .build();

  private JsonText() {
  }

  /** A number's text as written. */
  record Number(String text) {
    @Override
    public String toString() {
      return text;
    }
  }

  /** A nested object or array, as JSON text. */
  record Raw(String json) {}

  /** The structure at the parser's current token (an object or array), as compact JSON. */
  static String copy(JsonParser parser) throws IOException {
    StringWriter text = new StringWriter();
    try (JsonGenerator generator = FACTORY.createGenerator(text)) {
      generator.copyCurrentStructure(parser);
    }
    return text.toString();
  }

  /**
   * A record's fields written back as compact JSON: values are strings, {@link Number}, {@link
   * Boolean}, {@link Raw} or null; a name read twice carries a NUL and its place after it.
   */
  static String object(Map<String, Object> fields) throws IOException {
    StringWriter text = new StringWriter();
    try (JsonGenerator generator = FACTORY.createGenerator(text)) {
      generator.writeStartObject();
      for (Map.Entry<String, Object> field : fields.entrySet()) {
        int marker = field.getKey().indexOf('\u0000');
        generator.writeFieldName(marker < 0 ? field.getKey() : field.getKey().substring(0, marker));
        Object value = field.getValue();
        if (value == null) {
          generator.writeNull();
        } else if (value instanceof Boolean b) {
          generator.writeBoolean(b);
        } else if (value instanceof Number n) {
          generator.writeNumber(n.text());
        } else if (value instanceof Raw r) {
          generator.writeRawValue(r.json());
        } else {
          generator.writeString(value.toString());
        }
      }
      generator.writeEndObject();
    }
    return text.toString();
  }
}
