package org.tradecorridor.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.tradecorridor.config.RunArguments;
import picocli.CommandLine.Option;

/** The options of the maintain command. */
final class MaintainOptions {
  @Option(names = "--warehouse", paramLabel = "DIR", required = true,
      description = "Folder of the Delta tables (any Hadoop file system URI).")
  String warehouse;

  @Option(names = "--config", paramLabel = "FILE",
      description = "A HOCON file whose settings override the defaults (conf/application.conf).")
  String configFile;

  @Option(names = "--conf", paramLabel = "KEY=VALUE",
      description = "Override one setting, e.g. --conf maintenance.vacuumRetentionHours=336; repeatable.")
  Map<String, String> overrides = new LinkedHashMap<>();

  @Option(names = "--run-id", paramLabel = "ID", description = "This run's id in run_log.")
  String runId;

  @Option(names = "--force",
      description = "Allow a retention shorter than Delta's safety default of 168 hours (no reader or job may run meanwhile).")
  boolean force;

  RunArguments toArguments() {
    return new RunArguments(null, warehouse, configFile, overrides, null, runId);
  }
}
