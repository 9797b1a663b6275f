package org.tradecorridor.cli;

import org.tradecorridor.config.RunArguments;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options of the maintain command. */
final class MaintainOptions {
  @Mixin
  CommonOptions common = new CommonOptions();

  @Option(names = "--force",
      description = "Allow a retention shorter than Delta's safety default of 168 hours (no reader or job may run meanwhile).")
  boolean force;

  RunArguments toArguments() {
    return new RunArguments(null, common.warehouse, common.configFile, common.overrides, null, common.runId);
  }
}
