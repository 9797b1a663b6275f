package org.tradecorridor.ingest.internal;

import org.tradecorridor.ingest.InvalidInputException;
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
import org.tradecorridor.config.TextEncoding;

/**
 * The physical lines of a text file, each decoded strictly in the file's encoding, so that a byte
 * sequence the encoding does not allow stops the job with the file and the exact line, instead of
 * turning into replacement characters. Lines end at LF; a CR before it is dropped (CRLF files).
 * A UTF-8 byte order mark before the first line is dropped.
 *
 * <p>With the encoding {@code auto}, lines are UTF-8 until one is not: from that line on the file is
 * Windows-1252, which is exact because every line before it was ASCII, the same in both. A file whose
 * lines were valid UTF-8 beyond ASCII before one that is not mixes encodings and stops the job; a file
 * that starts with a UTF-8 byte order mark is UTF-8 throughout.
 */
final class TextLines implements Closeable {
  /** How the lines are decoded now. */
  enum Decoding {
    /** The configured charset, strictly. */
    STRICT,
    /** auto, every line ASCII so far. */
    AUTO_ASCII,
    /** auto, a line beyond ASCII was UTF-8 (or the file starts with a byte order mark). */
    AUTO_UTF8,
    /** auto, a line was not UTF-8: Windows-1252 from there on. */
    AUTO_WINDOWS_1252
  }

  private final InputStream in;
  private final String transcodedFrom;
  private final Charset charset;
  private final CharsetDecoder decoder;
  private final String file;
  private final String encodingKey;
  private Decoding decoding;
  private long firstUtf8Line;
  private boolean byteOrderMark;
  private final byte[] buffer = new byte[1 << 16];
  private int position;
  private int limit;
  private byte[] line = new byte[512];
  private int lineLength;
  private int lineStart;
  private int lineEnd;
  private boolean lineAscii;
  private String decoded;
  private long lineNumber;
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  /**
   * @param in the file's bytes, already decompressed
   * @param encoding an ASCII-compatible charset, or auto
   * @param file the file's path, for messages
   * @param encodingKey the setting that names the encoding, for messages
   */
  TextLines(InputStream in, TextEncoding encoding, String file, String encodingKey) {
    this(in, encoding, file, encodingKey, null);
  }

  /**
   * @param in the file's bytes, already decompressed
   * @param encoding an ASCII-compatible charset, or auto
   * @param file the file's path, for messages
   * @param encodingKey the setting that names the encoding, for messages
   * @param transcodedFrom the encoding the file was in before {@code in} made it UTF-8 (UTF-16LE), or null
   */
  TextLines(InputStream in, TextEncoding encoding, String file, String encodingKey, String transcodedFrom) {
    this.transcodedFrom = transcodedFrom;
    this.in = in;
    this.charset = encoding.charset();
    this.decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    this.file = file;
    this.encodingKey = encodingKey;
    this.decoding = encoding.isAuto() ? Decoding.AUTO_ASCII : Decoding.STRICT;
  }

  /** How the lines read so far were decoded. */
  Decoding decoding() {
    return decoding;
  }

  /** The encoding the lines read so far are in, for messages: such as UTF-8, windows-1252, or ASCII. */
  String describeEncoding() {
    if (transcodedFrom != null) {
      return transcodedFrom;
    }
    return switch (decoding) {
      case STRICT -> charset.name();
      case AUTO_ASCII -> "ASCII (UTF-8)";
      case AUTO_UTF8 -> "UTF-8";
      case AUTO_WINDOWS_1252 -> "windows-1252";
    };
  }

  /** The file's path, for messages. */
  String file() {
    return file;
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
   * Reads the next line's bytes (without its terminator or a first line's byte order mark), to be
   * decoded by {@link #text()}; false at the end of the file.
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
      byteOrderMark = true;
      if (decoding == Decoding.AUTO_ASCII) {
        decoding = Decoding.AUTO_UTF8;
        firstUtf8Line = 1;
      }
    }
    decoded = null;
    return true;
  }

  /** The line {@link #advance()} read, decoded strictly. */
  String text() {
    if (decoded != null) {
      return decoded;
    }
    String text = lineAscii
        ? new String(line, lineStart, lineEnd - lineStart, StandardCharsets.ISO_8859_1)
        : decode();
    decoded = lineNumber == 1 && !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
    return decoded;
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
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new InvalidInputException(file + " line " + (lineNumber + 1) + ": not valid " + transcodedFrom
          + " text, though the file starts with its byte order mark", e);
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

  private String decode() {
    if (decoding == Decoding.AUTO_WINDOWS_1252) {
      return Windows1252.decode(line, lineStart, lineEnd);
    }
    try {
      decoder.reset();
      String text = decoder.decode(ByteBuffer.wrap(line, lineStart, lineEnd - lineStart)).toString();
      if (decoding == Decoding.AUTO_ASCII) {
        decoding = Decoding.AUTO_UTF8;
        firstUtf8Line = lineNumber;
      }
      return text;
    } catch (CharacterCodingException e) {
      if (decoding == Decoding.AUTO_ASCII) {
        decoding = Decoding.AUTO_WINDOWS_1252;
        return Windows1252.decode(line, lineStart, lineEnd);
      }
      if (decoding == Decoding.AUTO_UTF8) {
        throw new InvalidInputException(file + " line " + lineNumber + ": not valid UTF-8 text, though "
            + (byteOrderMark ? "the file starts with a UTF-8 byte order mark"
                : "line " + firstUtf8Line + " was") + ": the file mixes encodings; set " + encodingKey
            + " to the one it is in", e);
      }
      throw new InvalidInputException(file + " line " + lineNumber + ": not valid " + charset.name()
          + " text; set " + encodingKey + " to the file's encoding", e);
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
