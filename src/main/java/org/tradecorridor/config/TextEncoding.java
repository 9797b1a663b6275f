package org.tradecorridor.config;

import java.io.Serializable;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * How a source's files are decoded: a named charset, strictly (a byte sequence it does not allow stops
 * the job), or {@code auto}: a file that decodes as UTF-8 is UTF-8, otherwise it is Windows-1252, the
 * encoding of Comtrade+ website exports.
 *
 * @param name {@code auto} or the charset's canonical name
 */
public record TextEncoding(String name) implements Serializable {
  /** The name of the automatic choice. */
  public static final String AUTO_NAME = "auto";
  public static final TextEncoding AUTO = new TextEncoding(AUTO_NAME);
  public static final TextEncoding UTF_8 = new TextEncoding(StandardCharsets.UTF_8.name());
  /** What {@code auto} falls back to for a file that is not UTF-8. */
  public static final Charset FALLBACK = Charset.forName("windows-1252");

  public boolean isAuto() {
    return AUTO_NAME.equals(name);
  }

  /** The charset a file is decoded in first: UTF-8 for {@code auto}. */
  public Charset charset() {
    return isAuto() ? StandardCharsets.UTF_8 : Charset.forName(name);
  }

  @Override
  public String toString() {
    return isAuto() ? AUTO_NAME : name.toUpperCase(Locale.ROOT);
  }
}
