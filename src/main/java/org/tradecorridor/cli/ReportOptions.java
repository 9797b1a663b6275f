package org.tradecorridor.cli;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.tradecorridor.config.InvalidConfigException;
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

  @Option(names = "--pair", paramLabel = "HOME-PARTNER",
      description = "The pair the report shows, e.g. KAZ-CHN. Default: the first pair of trade.pairs when it names two "
          + "countries, else trade.home-trade.partner.")
  String pair;

  @Option(names = "--dry-run", description = "Check the options and settings, print what would be written, start no Spark.")
  boolean dryRun;

  RunArguments toArguments() {
    Map<String, String> overrides = new LinkedHashMap<>(common.overrides);
    if (pair != null) {
      String upper = pair.trim().toUpperCase(Locale.ROOT);
      if (!upper.matches("[A-Z]{3}-[A-Z]{3}")) {
        throw new InvalidConfigException("--pair '" + pair + "' must be HOME-PARTNER, two ISO3 codes such as KAZ-RUS");
      }
      overrides.put("trade.pairs", upper);
    }
    return new RunArguments(null, common.warehouse, common.configFile, overrides, years, common.runId, null);
  }
}
