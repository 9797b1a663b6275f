package org.tradecorridor.config;

/** The job's version, from the jar's manifest (Implementation-Version). */
public final class JobVersion {
  private JobVersion() {}

  /** Such as {@code 1.0.0}; {@code development build} when the classes run outside the packaged jar. */
  public static String current() {
    String version = JobVersion.class.getPackage().getImplementationVersion();
    return version == null ? "development build" : version;
  }
}
