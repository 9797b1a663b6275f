package org.tradecorridor.quality;

/** The quality gate failed: the run stops before gold with exit code 3. */
public class QualityGateException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public QualityGateException(String message) {
    super(message);
  }
}
