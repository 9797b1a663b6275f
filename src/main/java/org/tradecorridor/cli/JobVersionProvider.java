package org.tradecorridor.cli;

import org.tradecorridor.config.JobVersion;
import picocli.CommandLine;

/** --version: the version from the jar's manifest. */
final class JobVersionProvider implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = JobVersion.current();
    return new String[] {"trade-corridor " + (version.equals("development build") ? "(development build)" : version)};
  }
}
