package org.tradecorridor.config;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Settings for one run: application.conf, environment, --config and --conf, checked once, never changed.
 *
 * @param input the input folder (customs/, freight/, projects/), or null for stages that do not read it
 * @param warehouse the folder holding one Delta table per folder
 * @param years the years this run replaces
 * @param runId this run's identifier, stored on every row it writes
 * @param rules the business rules the stages apply
 * @param encodings each source's text encoding, by source name (customs, freight, projects)
 * @param hsSectorsPath reference CSV of HS chapter ranges and their sectors
 * @param corridorNodesPath reference CSV of corridor nodes and their axes
 * @param countriesPath reference CSV of Comtrade's numeric country codes and their ISO3 codes
 * @param projectSectorsPath reference CSV of the sectors joint projects may name besides the HS sectors
 * @param countryGroupsPath reference CSV of the groups of countries trade.pairs may name
 * @param targetsPath reference CSV of the pairs' turnover targets
 * @param maxQuarantineRatio quality gate: the largest quarantined / (read - ignored) a source may have
 * @param catalogDatabase database to register the tables in, or null for none
 * @param metastore the folder of the embedded metastore that keeps catalogDatabase in local mode
 * @param vacuumRetentionHours how long VACUUM keeps files no current version needs
 * @param reportOutput the folder run writes its report to (index.html), or null for none
 */
public record JobConfig(
    String input,
    String warehouse,
    YearSet years,
    String runId,
    TradeRules rules,
    Map<String, TextEncoding> encodings,
    String hsSectorsPath,
    String corridorNodesPath,
    String countriesPath,
    String projectSectorsPath,
    String countryGroupsPath,
    String targetsPath,
    BigDecimal maxQuarantineRatio,
    String catalogDatabase,
    String metastore,
    int vacuumRetentionHours,
    String reportOutput) {

  public JobConfig {
    if (warehouse == null || warehouse.isBlank()) {
      throw new InvalidConfigException("--warehouse is required");
    }
    if (runId == null || !runId.matches("[A-Za-z0-9._:+\\-]{1,128}")) {
      throw new InvalidConfigException("--run-id '" + runId
          + "' must be 1-128 characters of letters, digits and . _ : + -");
    }
    if (maxQuarantineRatio == null || maxQuarantineRatio.signum() < 0 || maxQuarantineRatio.compareTo(BigDecimal.ONE) > 0) {
      throw new InvalidConfigException("quality.maxQuarantineRatio must lie between 0 and 1, not " + maxQuarantineRatio);
    }
    if (catalogDatabase != null && !catalogDatabase.matches("[A-Za-z_][A-Za-z0-9_]*")) {
      throw new InvalidConfigException("catalog.database '" + catalogDatabase
          + "' must be a plain identifier: letters, digits and _");
    }
    if (vacuumRetentionHours < 0) {
      throw new InvalidConfigException("maintenance.vacuumRetentionHours must not be negative");
    }
    encodings = Map.copyOf(encodings);
  }

  /** The text encoding configured for a source. */
  public TextEncoding encodingOf(String source) {
    TextEncoding encoding = encodings.get(source);
    if (encoding == null) {
      throw new IllegalArgumentException("no encoding configured for source " + source);
    }
    return encoding;
  }

}
