package org.tradecorridor.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class TextLinesTest {
  private static final Charset CP1251 = Charset.forName("windows-1251");

  private static TextLines lines(byte[] bytes, Charset charset) {
    return new TextLines(new ByteArrayInputStream(bytes), charset, "in.csv", "projects.encoding");
  }

  @Test
  void dropsAUtf8ByteOrderMarkAndCarriageReturns() {
    TextLines lines = lines("\uFEFFa,b\r\nc,d\r\n".getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);

    assertEquals("a,b", lines.next());
    assertEquals("c,d", lines.next());
    assertNull(lines.next());
  }

  @Test
  void decodesWindows1251WhenTheSourceSaysSo() {
    TextLines lines = lines("id,name\n1,Зерновой терминал\n".getBytes(CP1251), CP1251);

    lines.next();
    assertEquals("1,Зерновой терминал", lines.next());
  }

  @Test
  void aFileNotValidInItsEncodingStopsWithTheFileAndLine() {
    byte[] cyrillic1251 = "id,name\n1,ok\n2,Зерно\n".getBytes(CP1251);
    TextLines lines = lines(cyrillic1251, StandardCharsets.UTF_8);
    lines.next();
    lines.next();

    InvalidInputException error = assertThrows(InvalidInputException.class, lines::next);
    assertEquals("in.csv line 3: not valid UTF-8 text; set projects.encoding to the file's encoding",
        error.getMessage());
  }

  @Test
  void anUndefinedWindows1251ByteIsAnErrorNotGarbage() {
    TextLines lines = lines(new byte[] {'a', ',', (byte) 0x98, '\n'}, CP1251);

    assertThrows(InvalidInputException.class, lines::next);
  }

  @Test
  void aTruncatedGzipStopsWithTheFileAndTheLastGoodLine() throws IOException {
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
      for (int i = 0; i < 20000; i++) {
        out.write(("row," + i + ",some text to make the file longer\n").getBytes(StandardCharsets.UTF_8));
      }
    }
    byte[] truncated = Arrays.copyOf(gz.toByteArray(), gz.size() / 2);
    TextLines lines = new TextLines(new GZIPInputStream(new ByteArrayInputStream(truncated)),
        StandardCharsets.UTF_8, "in.csv.gz", "customs.encoding");

    InvalidInputException error = assertThrows(InvalidInputException.class, () -> {
      while (lines.next() != null) {
        // read on
      }
    });
    assertTrue(error.getMessage().startsWith("in.csv.gz: truncated or corrupt compressed data after line "),
        error.getMessage());
  }
}
