package org.tradecorridor.ingest;

/**
 * An input file or folder the job cannot read as promised (missing folder, wrong header, wrong
 * encoding, truncated gzip): the job stops with exit code 2 and this message, which names the file
 * and, where it applies, the line.
 */
public class InvalidInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public InvalidInputException(String message) {
    super(message);
  }

  public InvalidInputException(String message, Throwable cause) {
    super(message, cause);
  }
}
