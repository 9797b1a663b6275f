package org.tradecorridor.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.tradecorridor.config.RunArguments;
import picocli.CommandLine.Option;

/** The options every stage command shares (SPEC section 3). */
final class JobOptions {
  @Option(names = "--input", paramLabel = "DIR",
      description = "Folder with customs/, freight/ and optional projects/ (any Hadoop file system URI). "
          + "Required by run and ingest.")
  String input;

  @Option(names = "--warehouse", paramLabel = "DIR", required = true,
      description = "Folder of the Delta tables, one folder per table (any Hadoop file system URI).")
  String warehouse;

  @Option(names = "--config", paramLabel = "FILE",
      description = "A HOCON file whose settings override the defaults (conf/application.conf).")
  String configFile;

  @Option(names = "--conf", paramLabel = "KEY=VALUE",
      description = "Override one setting, e.g. --conf trade.partner=CHN; repeatable; wins over everything else.")
  Map<String, String> overrides = new LinkedHashMap<>();

  @Option(names = "--years", paramLabel = "YEARS",
      description = "Work on these years only and replace only their data, e.g. 2023, 2019-2024 or 2019,2021-2022. "
          + "Default: all years.")
  String years;

  @Option(names = "--run-id", paramLabel = "ID",
      description = "This run's id, stored on every row written (default: start time and a random suffix).")
  String runId;

  @Option(names = "--catalog-db", paramLabel = "NAME",
      description = "Register every table as NAME.table in the session's catalog (e.g. a Hive metastore), "
          + "as external Delta tables at their warehouse folders. Default: setting catalog.database.")
  String catalogDatabase;

  @Option(names = "--dry-run",
      description = "Check the configuration, references, input headers and warehouse, print what would be done, "
          + "write nothing (starts no Spark job).")
  boolean dryRun;

  RunArguments toArguments() {
    return new RunArguments(input, warehouse, configFile, overrides, years, runId, catalogDatabase);
  }
}
