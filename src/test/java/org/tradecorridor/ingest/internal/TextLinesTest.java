package org.tradecorridor.ingest.internal;

import org.tradecorridor.ingest.InvalidInputException;
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
import org.tradecorridor.config.TextEncoding;

class TextLinesTest {
  private static final Charset CP1251 = Charset.forName("windows-1251");

  private static TextLines lines(byte[] bytes, Charset charset) {
    return new TextLines(new ByteArrayInputStream(bytes), new TextEncoding(charset.name()), "in.csv",
        "projects.encoding");
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
        TextEncoding.UTF_8, "in.csv.gz", "customs.encoding");

    InvalidInputException error = assertThrows(InvalidInputException.class, () -> {
      while (lines.next() != null) {
        // read on
      }
    });
    assertTrue(error.getMessage().startsWith("in.csv.gz: truncated or corrupt compressed data after line "),
        error.getMessage());
  }

  private static TextLines auto(byte[] bytes) {
    return new TextLines(new ByteArrayInputStream(bytes), TextEncoding.AUTO, "in.csv", "customs.encoding");
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  @Test
  void autoReadsAFileThatIsNotUtf8AsWindows1252FromTheLineThatSaysSo() {
    Charset cp1252 = Charset.forName("windows-1252");
    TextLines lines = auto(("\"partnerDesc\"\r\n\"World\",\r\n\"Côte d'Ivoire\",\r\n\"Türkiye\",\r\n").getBytes(cp1252));

    assertEquals("\"partnerDesc\"", lines.next());
    assertEquals("\"World\",", lines.next());
    assertEquals(TextLines.Decoding.AUTO_ASCII, lines.decoding(), "ASCII so far: the same in both");
    assertEquals("\"Côte d'Ivoire\",", lines.next());
    assertEquals(TextLines.Decoding.AUTO_WINDOWS_1252, lines.decoding());
    assertEquals("\"Türkiye\",", lines.next());
    assertEquals("windows-1252", lines.describeEncoding());
  }

  @Test
  void autoReadsAUtf8FileAsUtf8WithOrWithoutAByteOrderMark() {
    TextLines plain = auto("name\nCuraçao\nTürkiye\n".getBytes(StandardCharsets.UTF_8));
    plain.next();
    assertEquals("Curaçao", plain.next());
    assertEquals("Türkiye", plain.next());
    assertEquals(TextLines.Decoding.AUTO_UTF8, plain.decoding());

    TextLines marked = auto("\uFEFFname\nok\n".getBytes(StandardCharsets.UTF_8));
    assertEquals("name", marked.next());
    assertEquals(TextLines.Decoding.AUTO_UTF8, marked.decoding(), "the mark says UTF-8");
  }

  @Test
  void autoStopsAtAFileThatMixesUtf8AndAnotherEncoding() {
    TextLines lines = auto(concat("name\nCuraçao\n".getBytes(StandardCharsets.UTF_8),
        "Côte\n".getBytes(Charset.forName("windows-1252"))));
    lines.next();
    lines.next();

    InvalidInputException error = assertThrows(InvalidInputException.class, lines::next);
    assertEquals("in.csv line 3: not valid UTF-8 text, though line 2 was: the file mixes encodings; set "
        + "customs.encoding to the one it is in", error.getMessage());

    TextLines marked = auto(concat("\uFEFFname\n".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xF4, '\n'}));
    marked.next();
    String message = assertThrows(InvalidInputException.class, marked::next).getMessage();
    assertTrue(message.contains("though the file starts with a UTF-8 byte order mark"), message);
  }

  @Test
  void windows1252BytesItLeavesUndefinedAreReadAsTheControlCharactersTheyHoldInLatin1() {
    TextLines lines = auto(new byte[] {'a', (byte) 0x81, (byte) 0x80, '\n'});

    assertEquals("a\u0081€", lines.next());
  }
}
