package org.tradecorridor.config;

/** A bad option, setting or reference file: the job stops with exit code 2 and this one-line message. */
public class InvalidConfigException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public InvalidConfigException(String message) {
    super(message);
  }

  public InvalidConfigException(String message, Throwable cause) {
    super(message, cause);
  }
}
