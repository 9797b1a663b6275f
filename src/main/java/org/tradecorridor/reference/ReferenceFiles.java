package org.tradecorridor.reference;

import java.io.File;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.tradecorridor.config.InvalidConfigException;

/**
 * Reads and checks the reference CSVs named by reference.hsSectors and reference.corridorNodes. A path
 * with a scheme or an absolute path is read from its file system; a relative path from the working
 * directory, else from the copy inside the jar.
 */
public final class ReferenceFiles {
  private ReferenceFiles() {}

  /**
   * The references a run's settings name, checked, and checked against the settings: the agro sector must
   * be one of the HS reference's sectors.
   */
  public static ReferenceData forRun(Configuration conf, org.tradecorridor.config.JobConfig config) {
    ReferenceData base = load(conf, config.hsSectorsPath(), config.corridorNodesPath(), config.countriesPath(),
        config.projectSectorsPath());
    ReferenceData reference = new ReferenceData(base.sectorOfChapter(), base.axisOfNode(), base.iso3OfCode(),
        base.otherProjectSectors(), PairFiles.countryGroups(read(conf, "reference.countryGroups",
            config.countryGroupsPath()), "reference.countryGroups " + config.countryGroupsPath()),
        PairFiles.targets(read(conf, "reference.targets", config.targetsPath()),
            "reference.targets " + config.targetsPath()));
    reference.pairs(config.rules());
    reference.targets(config.rules());
    String agro = config.rules().agroSector();
    if (!reference.sectors().contains(agro)) {
      throw new InvalidConfigException("sectors.agro '" + agro + "' is not a sector of reference.hsSectors ("
          + String.join(", ", reference.sectors()) + ")");
    }
    return reference;
  }

  /** The references but projects' other sectors, checked; a bad file stops the job (exit 2) naming the file and line. */
  public static ReferenceData load(Configuration conf, String hsSectorsPath, String corridorNodesPath,
      String countriesPath) {
    return load(conf, hsSectorsPath, corridorNodesPath, countriesPath, null);
  }

  /**
   * The references, checked; a bad file stops the job (exit 2) naming the file and line.
   *
   * @param projectSectorsPath the sectors projects may name besides the HS sectors, or null for none
   */
  public static ReferenceData load(Configuration conf, String hsSectorsPath, String corridorNodesPath,
      String countriesPath, String projectSectorsPath) {
    Map<String, String> sectorOfChapter = hsSectors(read(conf, "reference.hsSectors", hsSectorsPath),
        "reference.hsSectors " + hsSectorsPath);
    return new ReferenceData(sectorOfChapter,
        corridorNodes(read(conf, "reference.corridorNodes", corridorNodesPath),
            "reference.corridorNodes " + corridorNodesPath),
        countries(read(conf, "reference.countries", countriesPath), "reference.countries " + countriesPath),
        projectSectorsPath == null ? Set.of() : projectSectors(read(conf, "reference.projectSectors",
            projectSectorsPath), "reference.projectSectors " + projectSectorsPath));
  }

  /** The sectors of rows of sector, description: names as the HS reference's, each listed once. */
  static Set<String> projectSectors(String csv, String origin) {
    Set<String> sectors = new TreeSet<>();
    for (CSVRecord row : parse(csv, origin, List.of("sector", "description"))) {
      long line = row.getRecordNumber() + 1;
      String sector = row.get("sector").trim();
      if (!sector.matches(SECTOR_NAME)) {
        throw new InvalidConfigException(origin + " line " + line + ": sector '" + sector
            + "' must be lower-case letters, digits and _");
      }
      if (!sectors.add(sector)) {
        throw new InvalidConfigException(origin + " line " + line + ": sector '" + sector + "' is listed twice");
      }
    }
    return sectors;
  }

  /** How a sector is named: in lower-case letters, digits and _. */
  private static final String SECTOR_NAME = "[a-z0-9_]+";

  /** Largest numeric country code: Comtrade's codes are M49-style, three digits. */
  static final int MAX_COUNTRY_CODE = 999;

  /**
   * Numeric code to ISO3 from rows of code, iso3, name: Comtrade's reporter and partner codes, including
   * its own where they differ from ISO numeric (842 USA) and its areas (0 W00, 899 _X, 837 X1). ISO3
   * codes are trimmed (Comtrade's reference writes "X1 ") and may repeat; a code may not.
   */
  static Map<Integer, String> countries(String csv, String origin) {
    Map<Integer, String> iso3OfCode = new HashMap<>();
    for (CSVRecord row : parse(csv, origin, List.of("code", "iso3", "name"))) {
      long line = row.getRecordNumber() + 1;
      String code = row.get("code").trim();
      String iso3 = row.get("iso3").trim().toUpperCase(Locale.ROOT);
      if (!code.matches("\\d{1,3}")) {
        throw new InvalidConfigException(origin + " line " + line + ": code '" + code + "' is not a number 0-"
            + MAX_COUNTRY_CODE);
      }
      if (!iso3.matches("[A-Z0-9_]{2,3}")) {
        throw new InvalidConfigException(origin + " line " + line + ": iso3 '" + iso3
            + "' is not a code of 2-3 letters, digits or _");
      }
      if (iso3OfCode.putIfAbsent(Integer.parseInt(code), iso3) != null) {
        throw new InvalidConfigException(origin + " line " + line + ": code " + code + " is listed twice");
      }
    }
    if (iso3OfCode.isEmpty()) {
      throw new InvalidConfigException(origin + ": no countries");
    }
    return iso3OfCode;
  }

  /** Chapter ("01".."99") to sector from rows of hs2_from, hs2_to, sector; ranges may not overlap. */
  static Map<String, String> hsSectors(String csv, String origin) {
    Map<String, String> sectorOfChapter = new HashMap<>();
    Map<String, Long> lineOfChapter = new HashMap<>();
    for (CSVRecord row : parse(csv, origin, List.of("hs2_from", "hs2_to", "sector"))) {
      long line = row.getRecordNumber() + 1;
      int from = chapter(row.get("hs2_from"), origin, line);
      int to = chapter(row.get("hs2_to"), origin, line);
      String sector = row.get("sector").trim();
      if (from > to) {
        throw new InvalidConfigException(origin + " line " + line + ": hs2_from " + from + " is after hs2_to " + to);
      }
      if (!sector.matches(SECTOR_NAME)) {
        throw new InvalidConfigException(origin + " line " + line + ": sector '" + sector
            + "' must be lower-case letters, digits and _");
      }
      for (int c = from; c <= to; c++) {
        String chapter = String.format(Locale.ROOT, "%02d", c);
        Long earlier = lineOfChapter.putIfAbsent(chapter, line);
        if (earlier != null) {
          throw new InvalidConfigException(origin + " line " + line + ": chapter " + chapter
              + " is already covered by line " + earlier);
        }
        sectorOfChapter.put(chapter, sector);
      }
    }
    if (sectorOfChapter.isEmpty()) {
      throw new InvalidConfigException(origin + ": no chapter ranges");
    }
    return sectorOfChapter;
  }

  /** Lower-cased, trimmed node name to axis, from rows of node, country_iso3, axis. */
  static Map<String, String> corridorNodes(String csv, String origin) {
    Map<String, String> axisOfNode = new HashMap<>();
    for (CSVRecord row : parse(csv, origin, List.of("node", "country_iso3", "axis"))) {
      long line = row.getRecordNumber() + 1;
      String node = row.get("node").trim();
      String axis = row.get("axis").trim().toUpperCase(Locale.ROOT);
      String country = row.get("country_iso3").trim().toUpperCase(Locale.ROOT);
      if (node.isEmpty()) {
        throw new InvalidConfigException(origin + " line " + line + ": node is empty");
      }
      if (node.contains(">")) {
        throw new InvalidConfigException(origin + " line " + line + ": node '" + node
            + "' contains '>', which separates the nodes of a route");
      }
      if (!Axis.isAxis(axis)) {
        throw new InvalidConfigException(origin + " line " + line + ": axis '" + axis + "' is not one of "
            + String.join(", ", Axis.names().stream().sorted().toList()));
      }
      if (!country.matches("[A-Z0-9]{3}")) {
        throw new InvalidConfigException(origin + " line " + line + ": country_iso3 '" + country + "' is not an ISO3 code");
      }
      if (axisOfNode.putIfAbsent(node.toLowerCase(Locale.ROOT), axis) != null) {
        throw new InvalidConfigException(origin + " line " + line + ": node '" + node
            + "' is listed twice; a node has one axis (leave shared hubs out)");
      }
    }
    if (axisOfNode.isEmpty()) {
      throw new InvalidConfigException(origin + ": no nodes");
    }
    return axisOfNode;
  }

  static List<CSVRecord> parse(String csv, String origin, List<String> header) {
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
        .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).get();
    try (CSVParser parser = CSVParser.parse(new StringReader(csv.replace("\uFEFF", "")), format)) {
      List<String> missing = header.stream().filter(h -> !parser.getHeaderMap().containsKey(h)).toList();
      if (!missing.isEmpty()) {
        throw new InvalidConfigException(origin + " line 1: header lacks " + String.join(", ", missing)
            + " (expected " + String.join(",", header) + ")");
      }
      List<CSVRecord> rows = parser.getRecords();
      for (CSVRecord row : rows) {
        if (!row.isConsistent()) {
          throw new InvalidConfigException(origin + " line " + (row.getRecordNumber() + 1)
              + ": expected " + parser.getHeaderMap().size() + " fields, found " + row.size());
        }
      }
      return rows;
    } catch (IOException | IllegalArgumentException | IllegalStateException e) {
      throw new InvalidConfigException(origin + ": not valid CSV: " + e.getMessage(), e);
    }
  }

  private static int chapter(String text, String origin, long line) {
    String value = text.trim();
    if (!value.matches("\\d{1,2}")) {
      throw new InvalidConfigException(origin + " line " + line + ": '" + text + "' is not an HS chapter 00-99");
    }
    return Integer.parseInt(value);
  }

  static String read(Configuration conf, String key, String location) {
    Path path = new Path(location);
    try {
      if (path.toUri().getScheme() != null || path.isAbsolute()) {
        FileSystem fs = path.getFileSystem(conf);
        try (InputStream in = fs.open(path)) {
          return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (FileNotFoundException e) {
          throw new InvalidConfigException(key + ": no file " + location, e);
        }
      }
      File local = new File(location);
      if (local.isFile()) {
        return Files.readString(local.toPath(), StandardCharsets.UTF_8);
      }
      try (InputStream bundled = ReferenceFiles.class.getClassLoader().getResourceAsStream(location)) {
        if (bundled == null) {
          throw new InvalidConfigException(key + ": no file " + location
              + " in the working directory or inside the jar");
        }
        return new String(bundled.readAllBytes(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new InvalidConfigException(key + ": cannot read " + location + ": " + e.getMessage(), e);
    }
  }
}
