package org.tradecorridor.cli;

import org.tradecorridor.config.RunArguments;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options every stage command shares (SPEC section 3). */
final class JobOptions {
  @Option(names = "--input", paramLabel = "DIR",
      description = "Folder with customs/, freight/ and optional projects/ (any Hadoop file system URI). "
          + "Required by run and ingest.")
  String input;

  @Mixin
  CommonOptions common = new CommonOptions();

  @Option(names = "--years", paramLabel = "YEARS",
      description = "Work on these years only and replace only their data, e.g. 2023, 2019-2024 or 2019,2021-2022. "
          + "Default: all years.")
  String years;

  @Option(names = "--catalog-db", paramLabel = "NAME",
      description = "Register every table as NAME.table in the session's catalog (e.g. a Hive metastore), "
          + "as external Delta tables at their warehouse folders. Default: setting catalog.database.")
  String catalogDatabase;

  @Option(names = "--dry-run",
      description = "Check the configuration, references, input headers and warehouse, print what would be done, "
          + "write nothing (starts no Spark job).")
  boolean dryRun;

  RunArguments toArguments() {
    return new RunArguments(input, common.warehouse, common.configFile, common.overrides, years, common.runId,
        catalogDatabase);
  }
}
