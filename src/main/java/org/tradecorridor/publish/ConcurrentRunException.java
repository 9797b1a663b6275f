package org.tradecorridor.publish;

/** A table kept changing under this run's write (another run writing the same rows); nothing was committed. */
public class ConcurrentRunException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ConcurrentRunException(String message, Throwable cause) {
    super(message, cause);
  }
}
