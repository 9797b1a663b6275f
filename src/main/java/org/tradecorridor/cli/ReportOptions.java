package org.tradecorridor.cli;

import org.tradecorridor.config.RunArguments;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options of the report command. */
final class ReportOptions {
  @Mixin
  CommonOptions common = new CommonOptions();

  @Option(names = "--output", paramLabel = "DIR", required = true,
      description = "Folder of the report: DIR/index.html, one self-contained page (any Hadoop file system path).")
  String output;

  @Option(names = "--years", paramLabel = "YEARS",
      description = "Show these years only, e.g. 2019-2024. Default: every year of the gold tables.")
  String years;

  @Option(names = "--dry-run", description = "Check the options and settings, print what would be written, start no Spark.")
  boolean dryRun;

  RunArguments toArguments() {
    return new RunArguments(null, common.warehouse, common.configFile, common.overrides, years, common.runId, null);
  }
}
