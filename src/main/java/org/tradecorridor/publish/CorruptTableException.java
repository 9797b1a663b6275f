package org.tradecorridor.publish;

/** A warehouse table whose Delta log does not verify: the run stops with exit 2, naming the table. */
public class CorruptTableException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public CorruptTableException(String message) {
    super(message);
  }

  public CorruptTableException(String message, Throwable cause) {
    super(message, cause);
  }
}
