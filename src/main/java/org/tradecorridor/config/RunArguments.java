package org.tradecorridor.config;

import java.util.Map;

/**
 * What the command line says about a run, before it is checked and merged with the configuration.
 *
 * @param input --input, or null
 * @param warehouse --warehouse
 * @param configFile --config, or null
 * @param overrides --conf key=value pairs
 * @param years --years, or null for all years
 * @param runId --run-id, or null to generate one
 * @param catalogDatabase --catalog-db, or null to take catalog.database from the configuration
 */
public record RunArguments(
    String input,
    String warehouse,
    String configFile,
    Map<String, String> overrides,
    String years,
    String runId,
    String catalogDatabase) {

  /** Arguments without --catalog-db. */
  public RunArguments(String input, String warehouse, String configFile, Map<String, String> overrides, String years,
      String runId) {
    this(input, warehouse, configFile, overrides, years, runId, null);
  }

  public RunArguments {
    overrides = overrides == null ? Map.of() : Map.copyOf(overrides);
  }
}
