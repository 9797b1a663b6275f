package org.tradecorridor.conform;

import org.tradecorridor.reference.ReferenceData;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.tradecorridor.TestSpark;
import org.tradecorridor.config.CommodityLevel;
import org.tradecorridor.config.TradeRules;
import org.tradecorridor.ingest.BronzeRows;
import org.tradecorridor.tables.Source;

/** Bronze rows and rules for conform tests. */
final class ConformFixtures {
  private ConformFixtures() {}

  static TradeRules rules() {
    return rules(TradeRules.Frequency.AUTO);
  }

  static TradeRules rules(TradeRules.Frequency frequency) {
    return new TradeRules("KAZ", "RUS", TradeRules.Side.HOME, CommodityLevel.HS6, frequency, 1988, 2100, "agro_food",
        new BigDecimal("30000000000"), null);
  }

  /** The default reference, small: chapters 01-24 agro, 25-27 minerals, 99 other; a few nodes. */
  static ReferenceData reference() {
    Map<String, String> sectors = new HashMap<>();
    for (int c = 1; c <= 24; c++) {
      sectors.put(String.format("%02d", c), "agro_food");
    }
    for (int c = 25; c <= 27; c++) {
      sectors.put(String.format("%02d", c), "minerals_energy");
    }
    sectors.put("72", "metals");
    sectors.put("99", "other");
    return new ReferenceData(sectors, Map.of(
        "astrakhan", "TRANS_CASPIAN", "anzali", "TRANS_CASPIAN",
        "aksaraiskaya", "EASTERN", "beyneu", "EASTERN", "gorgan", "EASTERN",
        "samur", "WESTERN", "baku", "WESTERN"),
        // Comtrade's codes: countries, its own areas, and one that differs from ISO numeric (842 USA).
        Map.of(398, "KAZ", 643, "RUS", 156, "CHN", 842, "USA", 0, "W00", 899, "_X", 837, "X1", 568, "E19",
            490, "S19"));
  }

  /** A customs bronze row builder with sensible defaults: KAZ exports to RUS, annual 2024, HS 010121. */
  static final class Customs {
    private final List<Map<String, String>> rows = new ArrayList<>();

    Customs row(String... keysAndValues) {
      Map<String, String> row = new HashMap<>(Map.of(
          "freqCode", "A", "refYear", "2024", "refMonth", "52", "reporterISO", "KAZ", "partnerISO", "RUS",
          "flowCode", "X", "cmdCode", "010121", "primaryValue", "100.00"));
      for (int i = 0; i < keysAndValues.length; i += 2) {
        row.put(keysAndValues[i], keysAndValues[i + 1]);
      }
      rows.add(row);
      return this;
    }

    /**
     * A row of a CEPII BACI file: year, exporter, importer, HS6 code, thousands of USD, tonnes, in bronze's
     * extra map as the reader leaves them, from customs/BACI_HS22_Y2024_V202501.csv.
     */
    Customs baci(String t, String i, String j, String k, String v, String q) {
      Map<String, String> row = new java.util.LinkedHashMap<>();
      List<String> values = java.util.Arrays.asList(t, i, j, k, v, q);
      for (int c = 0; c < values.size(); c++) {
        row.put("extra." + org.tradecorridor.tables.BaciColumns.HEADER.get(c), values.get(c));
      }
      row.put("_source_file", "customs/BACI_HS22_Y2024_V202501.csv");
      rows.add(row);
      return this;
    }

    /** A record that could not be split into fields: only its raw text. */
    Customs corrupt(String text) {
      rows.add(new HashMap<>(Map.of("_corrupt_record", text)));
      return this;
    }

    Dataset<Row> bronze() {
      return ConformFixtures.bronze(Source.CUSTOMS, rows);
    }
  }

  /** Bronze rows of a source from column maps; _source_file and _line default to customs/a.csv and the row's position + 2. */
  static Dataset<Row> bronze(Source source, List<Map<String, String>> rows) {
    List<String> columns = source.columns();
    List<Row> bronze = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      Map<String, String> row = rows.get(i);
      Object[] values = new Object[columns.size() + 4];
      for (int c = 0; c < columns.size(); c++) {
        values[c] = row.get(columns.get(c));
      }
      Map<String, String> extra = new java.util.LinkedHashMap<>();
      row.forEach((key, value) -> {
        if (key.startsWith("extra.")) {
          extra.put(key.substring("extra.".length()), value);
        }
      });
      values[columns.size()] = extra.isEmpty() ? null : extra; // the file's other columns
      values[columns.size() + 1] = row.get("_corrupt_record");
      values[columns.size() + 2] = row.getOrDefault("_source_file", "customs/a.csv");
      values[columns.size() + 3] = Long.parseLong(row.getOrDefault("_line", String.valueOf(i + 2)));
      bronze.add(RowFactory.create(values));
    }
    return TestSpark.session().createDataFrame(bronze, BronzeRows.schema(columns));
  }
}
