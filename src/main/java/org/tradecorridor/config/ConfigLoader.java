package org.tradecorridor.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigParseOptions;
import com.typesafe.config.ConfigResolveOptions;
import java.io.File;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Builds a {@link JobConfig} from the bundled application.conf, --config, the environment and --conf,
 * in rising precedence, and refuses unknown keys and bad values with one line naming them.
 */
public final class ConfigLoader {
  /** The defaults inside the jar: a copy of conf/application.conf. */
  public static final String BUNDLED_CONFIG = "conf/application.conf";
  /** The source names whose encodings the configuration sets. */
  public static final Set<String> SOURCES = Set.of("customs", "freight", "projects");

  private static final Set<String> OPTIONAL_KEYS = Set.of("target.year", "target.turnoverUsd");
  private static final DateTimeFormatter RUN_ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

  private ConfigLoader() {}

  /** Loads the configuration with the process environment's CONFIG_FORCE_ overrides. */
  public static JobConfig load(RunArguments arguments) {
    return load(arguments, ConfigFactory.systemEnvironmentOverrides());
  }

  /** Loads the configuration with the given environment overrides (tests pass their own). */
  public static JobConfig load(RunArguments arguments, Config environment) {
    Config bundled = bundled();
    Set<String> knownKeys = new TreeSet<>(OPTIONAL_KEYS);
    bundled.entrySet().forEach(e -> knownKeys.add(e.getKey()));

    Config file = arguments.configFile() == null ? ConfigFactory.empty() : parseFile(arguments.configFile());
    Config commandLine = parseOverrides(arguments.overrides());
    requireKnown(file, knownKeys, "--config " + arguments.configFile());
    requireKnown(environment, knownKeys, "environment variable CONFIG_FORCE_");
    requireKnown(commandLine, knownKeys, "--conf");

    Config merged = commandLine.withFallback(environment).withFallback(file).withFallback(bundled)
        .resolve(ConfigResolveOptions.defaults().setUseSystemEnvironment(true));
    try {
      return toJobConfig(arguments, merged);
    } catch (ConfigException e) {
      throw new InvalidConfigException("configuration: " + e.getMessage(), e);
    }
  }

  /** The bundled defaults alone. */
  public static Config bundled() {
    return ConfigFactory.parseResources(ConfigLoader.class.getClassLoader(), BUNDLED_CONFIG,
        ConfigParseOptions.defaults().setAllowMissing(false));
  }

  private static JobConfig toJobConfig(RunArguments arguments, Config config) {
    int minYear = config.getInt("years.min");
    int maxYear = config.getInt("years.max");
    TradeRules rules = new TradeRules(
        upper(config.getString("trade.home")),
        upper(config.getString("trade.partner")),
        side(config.getString("trade.preferredReporter")),
        CommodityLevel.parse(config.getString("customs.commodityLevel")),
        frequency(config.getString("customs.frequency")),
        minYear,
        maxYear,
        config.getString("sectors.agro").trim(),
        config.hasPath("target.turnoverUsd") ? decimal("target.turnoverUsd", config.getString("target.turnoverUsd")) : null,
        config.hasPath("target.year") ? config.getInt("target.year") : null,
        new TradeRules.Limits(decimal("customs.maxValueUsd", config.getString("customs.maxValueUsd")),
            decimal("freight.maxGrossTonnes", config.getString("freight.maxGrossTonnes")),
            decimal("projects.maxInvestmentUsd", config.getString("projects.maxInvestmentUsd"))),
        decimal("customs.cifFobMargin", config.getString("customs.cifFobMargin")),
        Arrays.stream(config.getString("trade.pairs").split(",", -1)).map(ConfigLoader::upper).toList());

    Map<String, TextEncoding> encodings = new LinkedHashMap<>();
    for (String source : SOURCES) {
      encodings.put(source, encoding(source + ".encoding", config.getString(source + ".encoding")));
    }
    return new JobConfig(
        blankToNull(arguments.input()),
        blankToNull(arguments.warehouse()),
        YearSet.parse(arguments.years(), minYear, maxYear),
        arguments.runId() == null ? newRunId() : arguments.runId(),
        rules,
        encodings,
        nonBlank("reference.hsSectors", config.getString("reference.hsSectors")),
        nonBlank("reference.corridorNodes", config.getString("reference.corridorNodes")),
        nonBlank("reference.countries", config.getString("reference.countries")),
        nonBlank("reference.projectSectors", config.getString("reference.projectSectors")),
        nonBlank("reference.countryGroups", config.getString("reference.countryGroups")),
        nonBlank("reference.targets", config.getString("reference.targets")),
        decimal("quality.maxQuarantineRatio", config.getString("quality.maxQuarantineRatio")),
        blankToNull(arguments.catalogDatabase() != null ? arguments.catalogDatabase() : config.getString("catalog.database")),
        nonBlank("catalog.metastore", config.getString("catalog.metastore")),
        config.getInt("maintenance.vacuumRetentionHours"),
        blankToNull(config.getString("report.output")));
  }

  /** A run id such as 20261127T221913Z-5f3a9c: sortable by start time, unique across machines. */
  public static String newRunId() {
    byte[] random = new byte[3];
    new SecureRandom().nextBytes(random);
    return RUN_ID_TIME.format(ZonedDateTime.now(ZoneOffset.UTC))
        + "-" + String.format(Locale.ROOT, "%02x%02x%02x", random[0], random[1], random[2]);
  }

  private static Config parseFile(String path) {
    File file = new File(path);
    if (!file.isFile()) {
      throw new InvalidConfigException("--config " + path + ": no such file");
    }
    try {
      return ConfigFactory.parseFile(file, ConfigParseOptions.defaults().setAllowMissing(false));
    } catch (ConfigException e) {
      throw new InvalidConfigException("--config " + path + ": " + e.getMessage(), e);
    }
  }

  private static Config parseOverrides(Map<String, String> overrides) {
    Map<String, Object> values = new LinkedHashMap<>();
    overrides.forEach((key, value) -> {
      if (key == null || key.isBlank()) {
        throw new InvalidConfigException("--conf needs key=value, got '=" + value + "'");
      }
      values.put(key.trim(), value);
    });
    try {
      return ConfigFactory.parseMap(values, "--conf");
    } catch (ConfigException e) {
      throw new InvalidConfigException("--conf: " + e.getMessage(), e);
    }
  }

  private static void requireKnown(Config config, Set<String> knownKeys, String origin) {
    for (var entry : config.entrySet()) {
      if (!knownKeys.contains(entry.getKey())) {
        throw new InvalidConfigException(origin + ": unknown setting '" + entry.getKey() + "' (known: "
            + String.join(", ", knownKeys) + "; Spark settings go to spark-submit --conf)");
      }
    }
  }

  private static TradeRules.Side side(String value) {
    return switch (value.trim().toLowerCase(Locale.ROOT)) {
      case "home" -> TradeRules.Side.HOME;
      case "partner" -> TradeRules.Side.PARTNER;
      default -> throw new InvalidConfigException(
          "trade.preferredReporter must be home or partner, not '" + value + "'");
    };
  }

  private static TradeRules.Frequency frequency(String value) {
    return switch (value.trim().toUpperCase(Locale.ROOT)) {
      case "AUTO" -> TradeRules.Frequency.AUTO;
      case "A" -> TradeRules.Frequency.A;
      case "M" -> TradeRules.Frequency.M;
      default -> throw new InvalidConfigException("customs.frequency must be auto, A or M, not '" + value + "'");
    };
  }

  private static BigDecimal decimal(String key, String value) {
    try {
      return new BigDecimal(value.trim());
    } catch (NumberFormatException e) {
      throw new InvalidConfigException(key + " must be a number, not '" + value + "'");
    }
  }

  private static TextEncoding encoding(String key, String name) {
    if (name.trim().equalsIgnoreCase(TextEncoding.AUTO_NAME)) {
      return TextEncoding.AUTO;
    }
    return new TextEncoding(charset(key, name).name());
  }

  private static Charset charset(String key, String name) {
    Charset charset;
    try {
      charset = Charset.forName(name.trim());
    } catch (IllegalArgumentException e) {
      throw new InvalidConfigException(key + ": unknown text encoding '" + name + "' (try auto, UTF-8, windows-1252 or windows-1251)");
    }
    // Lines are split on the byte 0x0A before decoding, so the encoding must write ASCII as ASCII.
    String probe = "\n\r,\"azAZ09";
    if (!charset.canEncode() || !Arrays.equals(probe.getBytes(charset), probe.getBytes(StandardCharsets.US_ASCII))) {
      throw new InvalidConfigException(key + ": " + charset.name()
          + " is not ASCII-compatible; use UTF-8, windows-1251 or another single-byte or UTF-8 encoding");
    }
    return charset;
  }

  private static String nonBlank(String key, String value) {
    if (value == null || value.isBlank()) {
      throw new InvalidConfigException(key + " must name a file");
    }
    return value.trim();
  }

  private static String upper(String value) {
    return value == null ? null : value.trim().toUpperCase(Locale.ROOT);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
