package org.tradecorridor.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
  private static final Config NO_ENVIRONMENT = ConfigFactory.empty();

  @TempDir
  Path folder;

  private static JobConfig load(Map<String, String> overrides) {
    return load(null, overrides, NO_ENVIRONMENT);
  }

  private static JobConfig load(String configFile, Map<String, String> overrides, Config environment) {
    return ConfigLoader.load(new RunArguments("in", "wh", configFile, overrides, null, "run-1"), environment);
  }

  @Test
  void theDefaultsAreTheContractsFixedKeys() {
    JobConfig config = load(Map.of());
    TradeRules rules = config.rules();

    assertEquals("KAZ", rules.homeIso3());
    assertEquals("RUS", rules.partnerIso3());
    assertEquals(TradeRules.Side.HOME, rules.preferredReporter());
    assertEquals(List.of("KAZ-RUS"), rules.pairs(), "trade.home-trade.partner");
    assertNull(rules.targetTurnoverUsd(), "the targets are reference.targets'");
    assertNull(rules.targetYear());
    assertEquals("agro_food", rules.agroSector());
    assertEquals(CommodityLevel.AUTO, rules.commodityLevel());
    assertEquals(TradeRules.Frequency.AUTO, rules.frequency());
    assertEquals("conf/reference/hs_sectors.csv", config.hsSectorsPath());
    assertEquals("conf/reference/corridor_nodes.csv", config.corridorNodesPath());
    assertEquals(new BigDecimal("0.05"), config.maxQuarantineRatio());
    assertTrue(config.years().isAll());
  }

  @Test
  void commandLineBeatsEnvironmentWhichBeatsTheConfigFile() throws IOException {
    Path file = folder.resolve("job.conf");
    Files.writeString(file, "trade { home = UZB, partner = CHN }\ntarget.year = 2030\n");
    Config environment = ConfigFactory.parseMap(Map.of("trade.partner", "TUR", "customs.commodityLevel", "4"));

    JobConfig config = load(file.toString(), Map.of("customs.commodityLevel", "2"), environment);

    assertEquals("UZB", config.rules().homeIso3(), "from the file");
    assertEquals("TUR", config.rules().partnerIso3(), "the environment wins over the file");
    assertEquals(CommodityLevel.HS2, config.rules().commodityLevel(), "--conf wins over the environment");
    assertEquals(2030, config.rules().targetYear());
    assertEquals(List.of("UZB-TUR"), config.rules().pairs(), "the pair follows trade.home and trade.partner");
  }

  @Test
  void pairsAreCommaSeparatedPatternsUpperCased() {
    assertEquals(List.of("KAZ-*", "EAEU-EAEU", "*-*"), load(Map.of("trade.pairs", " kaz-* , eaeu-EAEU,*-*")).rules().pairs());
    assertEquals("trade.pairs: 'KAZ' is no pair: HOME-PARTNER, each side an ISO3 code (KAZ), a group of "
        + "reference.countryGroups (EAEU) or *", message(Map.of("trade.pairs", "KAZ")));
    assertEquals("trade.pairs: '' is no pair: HOME-PARTNER, each side an ISO3 code (KAZ), a group of "
        + "reference.countryGroups (EAEU) or *", message(Map.of("trade.pairs", "KAZ-RUS,")));
  }

  @Test
  void unknownKeysAndBadValuesAreRefusedNamingTheKey() {
    assertTrue(message(Map.of("trade.hom", "KAZ")).startsWith("--conf: unknown setting 'trade.hom'"));
    assertEquals("customs.commodityLevel must be auto, 2, 4 or 6, not 5", message(Map.of("customs.commodityLevel", "5")));
    assertEquals("customs.frequency must be auto, A or M, not 'Q'", message(Map.of("customs.frequency", "Q")));
    assertEquals("trade.home and trade.partner are both KAZ; a pair needs two countries",
        message(Map.of("trade.partner", "kaz")));
    assertEquals("trade.partner must be an ISO 3166-1 alpha-3 code such as KAZ, not 'RU'",
        message(Map.of("trade.partner", "RU")));
    assertEquals("trade.preferredReporter must be home or partner, not 'both'",
        message(Map.of("trade.preferredReporter", "both")));
    assertEquals("quality.maxQuarantineRatio must lie between 0 and 1, not 5", message(Map.of("quality.maxQuarantineRatio", "5")));
    assertEquals("target.turnoverUsd must be a number, not '30bn'", message(Map.of("target.turnoverUsd", "30bn")));
    assertTrue(message(Map.of("customs.encoding", "UTF-16")).startsWith("customs.encoding: UTF-16 is not ASCII-compatible"));
    assertTrue(message(Map.of("customs.encoding", "klingon")).startsWith("customs.encoding: unknown text encoding 'klingon'"));
    assertEquals("customs.commodityLevel must be auto, 2, 4 or 6, not six", message(Map.of("customs.commodityLevel", "six")));
    assertTrue(message(Map.of("years.min", "early")).startsWith("configuration: "));
  }

  @Test
  void aMissingConfigFileAndBadYearsAndRunIdsAreRefused() {
    assertEquals("--config /nowhere.conf: no such file",
        assertThrows(InvalidConfigException.class, () -> load("/nowhere.conf", Map.of(), NO_ENVIRONMENT)).getMessage());
    assertEquals("--run-id 'a b' must be 1-128 characters of letters, digits and . _ : + -",
        assertThrows(InvalidConfigException.class, () -> ConfigLoader.load(
            new RunArguments("in", "wh", null, Map.of(), null, "a b"), NO_ENVIRONMENT)).getMessage());
    assertEquals("--years 2019-20x4: expected a year or a range such as 1988-2100, or several joined by commas (2019,2021-2022)",
        assertThrows(InvalidConfigException.class, () -> ConfigLoader.load(
            new RunArguments("in", "wh", null, Map.of(), "2019-20x4", null), NO_ENVIRONMENT)).getMessage());
    assertEquals("--warehouse is required", assertThrows(InvalidConfigException.class, () -> ConfigLoader.load(
        new RunArguments("in", " ", null, Map.of(), null, null), NO_ENVIRONMENT)).getMessage());
  }

  @Test
  void anAirflowRunIdIsAcceptedAndAGeneratedOneIsSortableByTime() {
    assertEquals("scheduled__2024-01-01T00:00:00+00:00", ConfigLoader.load(
        new RunArguments("in", "wh", null, Map.of(), null, "scheduled__2024-01-01T00:00:00+00:00"), NO_ENVIRONMENT)
        .runId());
    assertTrue(ConfigLoader.newRunId().matches("\\d{8}T\\d{6}Z-[0-9a-f]{6}"));
  }

  private static String message(Map<String, String> overrides) {
    return assertThrows(InvalidConfigException.class, () -> load(overrides)).getMessage();
  }
}
