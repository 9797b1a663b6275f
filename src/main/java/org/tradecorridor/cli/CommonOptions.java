package org.tradecorridor.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** The options every command that touches the warehouse shares. */
final class CommonOptions {
  @Option(names = "--warehouse", paramLabel = "DIR", required = true,
      description = "Folder of the Delta tables, one folder per table (any Hadoop file system URI).")
  String warehouse;

  @Option(names = "--config", paramLabel = "FILE",
      description = "A HOCON file whose settings override the defaults (conf/application.conf).")
  String configFile;

  @Option(names = "--conf", paramLabel = "KEY=VALUE",
      description = "Override one setting, e.g. --conf trade.partner=CHN; repeatable; wins over everything else.")
  Map<String, String> overrides = new LinkedHashMap<>();

  @Option(names = "--run-id", paramLabel = "ID",
      description = "This run's id, stored on every row written (default: start time and a random suffix).")
  String runId;
}
