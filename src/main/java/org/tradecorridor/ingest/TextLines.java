package org.tradecorridor.ingest;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipException;

/**
 * The physical lines of a text file, each decoded strictly in the file's encoding, so that a byte
 * sequence the encoding does not allow stops the job with the file and the exact line, instead of
 * turning into replacement characters. Lines end at LF; a CR before it is dropped (CRLF files).
 * A UTF-8 byte order mark before the first line is dropped.
 */
final class TextLines implements Closeable {
  private final InputStream in;
  private final Charset charset;
  private final CharsetDecoder decoder;
  private final String file;
  private final String encodingKey;
  private final byte[] buffer = new byte[1 << 16];
  private int position;
  private int limit;
  private byte[] line = new byte[512];
  private int lineLength;
  private int lineStart;
  private int lineEnd;
  private boolean lineAscii;
  private long lineNumber;
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  /**
   * @param in the file's bytes, already decompressed
   * @param charset an ASCII-compatible encoding
   * @param file the file's path, for messages
   * @param encodingKey the setting that names the encoding, for messages
   */
  TextLines(InputStream in, Charset charset, String file, String encodingKey) {
    this.in = in;
    this.charset = charset;
    this.decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    this.file = file;
    this.encodingKey = encodingKey;
  }

  /** The number of the line {@link #next()} returned last; the first line is 1. */
  long lineNumber() {
    return lineNumber;
  }

  /** The next line without its terminator, or null at the end of the file. */
  String next() {
    return advance() ? text() : null;
  }

  /**
   * Reads the next line into {@link #bytes()} (from {@link #start()}, {@link #length()} bytes,
   * without its terminator or a first line's byte order mark); false at the end of the file.
   */
  boolean advance() {
    lineLength = 0;
    lineStart = 0;
    boolean ascii = true;
    boolean sawBytes = false;
    while (true) {
      if (position == limit && !fill()) {
        if (!sawBytes) {
          return false;
        }
        break;
      }
      sawBytes = true;
      int start = position;
      byte[] bytes = buffer;
      int end = limit;
      int i = start;
      while (i < end && bytes[i] != '\n') {
        ascii &= bytes[i] >= 0;
        i++;
      }
      append(start, i - start);
      position = i;
      if (i < end) {
        position++;
        break;
      }
    }
    lineNumber++;
    lineAscii = ascii;
    lineEnd = lineLength > 0 && line[lineLength - 1] == '\r' ? lineLength - 1 : lineLength;
    if (lineNumber == 1 && lineEnd >= BOM.length && line[0] == BOM[0] && line[1] == BOM[1] && line[2] == BOM[2]
        && charset.equals(StandardCharsets.UTF_8)) {
      lineStart = BOM.length;
    }
    return true;
  }

  /** The bytes of the line {@link #advance()} read; valid until the next call. */
  byte[] bytes() {
    return line;
  }

  int start() {
    return lineStart;
  }

  int length() {
    return lineEnd - lineStart;
  }

  /** True when every byte of the line is ASCII. */
  boolean ascii() {
    return lineAscii;
  }

  /** The line {@link #advance()} read, decoded strictly. */
  String text() {
    String text = lineAscii
        ? new String(line, lineStart, lineEnd - lineStart, StandardCharsets.ISO_8859_1)
        : decode(lineEnd);
    return lineNumber == 1 && !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
  }

  private boolean fill() {
    try {
      int read = in.read(buffer, 0, buffer.length);
      position = 0;
      limit = Math.max(read, 0);
      return read > 0;
    } catch (EOFException | ZipException e) {
      throw new InvalidInputException(file + ": truncated or corrupt compressed data after line " + lineNumber
          + " (" + e.getMessage() + ")", e);
    } catch (IOException e) {
      throw new InvalidInputException(file + ": cannot read after line " + lineNumber + ": " + e.getMessage(), e);
    }
  }

  private void append(int start, int length) {
    if (lineLength + length > line.length) {
      line = Arrays.copyOf(line, Math.max(line.length * 2, lineLength + length));
    }
    System.arraycopy(buffer, start, line, lineLength, length);
    lineLength += length;
  }

  private String decode(int length) {
    try {
      decoder.reset();
      return decoder.decode(ByteBuffer.wrap(line, 0, length)).toString();
    } catch (CharacterCodingException e) {
      throw new InvalidInputException(file + " line " + lineNumber + ": not valid " + charset.name()
          + " text; set " + encodingKey + " to the file's encoding", e);
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
