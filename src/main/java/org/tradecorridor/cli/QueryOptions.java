package org.tradecorridor.cli;

import org.tradecorridor.config.RunArguments;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The options of the query command. */
final class QueryOptions {
  @Mixin
  CommonOptions common = new CommonOptions();

  @Option(names = "--format", defaultValue = "table",
      description = "table (aligned columns, for reading), csv (RFC 4180 with a header) or json (one object per "
          + "line) (default: ${DEFAULT-VALUE}).")
  Query.Format format;

  @Option(names = "--output", paramLabel = "FILE", description = "Write the results to FILE instead of stdout.")
  String output;

  @Option(names = "--catalog-db", paramLabel = "NAME",
      description = "Open the persistent catalog (catalog.metastore in local mode) even before a run kept one; "
          + "once a run kept it, query opens it without this option, its databases by their own names.")
  String catalogDatabase;

  @Parameters(paramLabel = "SQL", description = "One or more SQL statements separated by ';', run in order once all "
      + "are checked; every table of the warehouse is a table by its own name (gold_bilateral_turnover, ...). Only "
      + "reading is allowed: SELECT, WITH, SHOW, DESCRIBE, EXPLAIN and time travel; anything that writes, alters, drops, "
      + "vacuums, optimizes or sets a conf, reads a path outside the warehouse or calls into the JVM is refused (exit 2).")
  String sql;

  RunArguments toArguments() {
    return new RunArguments(null, common.warehouse, common.configFile, common.overrides, null, common.runId,
        catalogDatabase);
  }
}
