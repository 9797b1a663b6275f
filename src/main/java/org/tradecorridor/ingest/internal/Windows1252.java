package org.tradecorridor.ingest.internal;

import org.tradecorridor.config.TextEncoding;

/**
 * Windows-1252 by byte, total: the five bytes it leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) are
 * read as the C1 controls they hold in ISO-8859-1, as Python's and Excel's readers do, so that no byte
 * of a file read in it is lost or replaced.
 */
final class Windows1252 {
  private static final char[] TABLE = table();

  private Windows1252() {
  }

  /** The text of {@code bytes[from, to)}. */
  static String decode(byte[] bytes, int from, int to) {
    char[] chars = new char[to - from];
    for (int i = from; i < to; i++) {
      chars[i - from] = TABLE[bytes[i] & 0xFF];
    }
    return new String(chars);
  }

  private static char[] table() {
    char[] table = new char[256];
    for (int b = 0; b < 256; b++) {
      String decoded = new String(new byte[] {(byte) b}, TextEncoding.FALLBACK);
      table[b] = decoded.length() == 1 && decoded.charAt(0) != '\uFFFD' ? decoded.charAt(0) : (char) b;
    }
    return table;
  }
}
