package org.tradecorridor.benchmark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.input_file_name;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.upper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.tradecorridor.config.SparkSessions;

/**
 * The benchmark's plain-Spark floor: the least Spark does here on the job's CSV files, with the job's session
 * settings and none of its contract. CSV to Parquet (every column a string, the file's name beside it), then
 * Parquet read back, filtered to the pair's product rows (of Comtrade+ bulk files, which name countries by
 * code only: every pair's), cast to numbers and deduplicated on the natural key, to Parquet again. No Delta, no line numbers, no quarantine, no rules beyond those: a floor, not a
 * peer (JSON responses are not read).
 *
 * <p>Usage: {@code PlainSparkFloor INPUT_DIR OUTPUT_DIR}. Prints the seconds of each step.
 */
public final class PlainSparkFloor {
  private PlainSparkFloor() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: PlainSparkFloor INPUT_DIR OUTPUT_DIR");
      System.exit(2);
    }
    Path input = Paths.get(args[0]).toAbsolutePath();
    String output = Paths.get(args[1]).toAbsolutePath().toString();
    SparkSession spark = SparkSessions.configure(SparkSession.builder().appName("plain-spark-floor"), new SparkConf())
        .getOrCreate();
    Map<String, Double> seconds = new LinkedHashMap<>();
    try {
      long started = System.nanoTime();
      for (String source : List.of("customs", "freight", "projects")) {
        Dataset<Row> raw = csv(spark, input.resolve(source));
        if (raw != null) {
          raw.write().mode(SaveMode.Overwrite).parquet(output + "/bronze_" + source);
        }
      }
      seconds.put("bronze", (System.nanoTime() - started) / 1e9);

      started = System.nanoTime();
      Dataset<Row> bronze = spark.read().parquet(output + "/bronze_customs");
      // Bulk files name countries by code only: there the floor keeps every pair of two countries (*-*).
      boolean codesOnly = !java.util.Arrays.asList(bronze.columns()).contains("reporterISO");
      Column pairs = codesOnly
          ? col("reporter").notEqual("0").and(col("partner").notEqual("0")).and(col("reporter").notEqual(col("partner")))
          : col("reporter").equalTo("KAZ").and(col("partner").equalTo("RUS"))
              .or(col("reporter").equalTo("RUS").and(col("partner").equalTo("KAZ")));
      Dataset<Row> customs = bronze
          .withColumn("reporter", upper(trim(col(codesOnly ? "reporterCode" : "reporterISO"))))
          .withColumn("partner", upper(trim(col(codesOnly ? "partnerCode" : "partnerISO"))))
          .withColumn("flowCode", upper(trim(col("flowCode"))))
          .withColumn("cmdCode", trim(col("cmdCode")))
          .filter(pairs)
          .filter(col("flowCode").isin("X", "M").and(col("cmdCode").rlike("^[0-9]{6}$")))
          .select(col("freqCode"), trim(col("refYear")).try_cast("int").as("year"),
              trim(col("refMonth")).try_cast("int").as("period"), col("reporter"), col("partner"),
              col("flowCode"), col("cmdCode"), trim(col("primaryValue")).try_cast("decimal(20,2)").as("value_usd"),
              trim(col("netWgt")).try_cast("decimal(20,3)").as("net_weight_kg"), col("source_file"))
          .filter(col("value_usd").isNotNull())
          .dropDuplicates("freqCode", "year", "period", "reporter", "partner", "flowCode", "cmdCode");
      customs.write().mode(SaveMode.Overwrite).parquet(output + "/silver_trade_flows");
      Dataset<Row> freight = spark.read().parquet(output + "/bronze_freight")
          .select(trim(col("shipment_id")).as("shipment_id"),
              trim(col("departure_date")).try_cast("date").as("departure_date"), col("origin_node"),
              col("destination_node"), col("route"), trim(col("hs_code")).as("hs_code"),
              trim(col("gross_tonnes")).try_cast("decimal(18,3)").as("gross_tonnes"),
              trim(col("teu")).try_cast("int").as("teu"), col("source_file"))
          .filter(col("departure_date").isNotNull().and(col("gross_tonnes").isNotNull()))
          .dropDuplicates("shipment_id");
      freight.write().mode(SaveMode.Overwrite).parquet(output + "/silver_freight");
      seconds.put("silver", (System.nanoTime() - started) / 1e9);
    } finally {
      spark.stop();
    }
    seconds.forEach((step, s) -> System.out.printf(Locale.ROOT, "plain-spark %-8s %.1f s%n", step, s));
  }

  /**
   * A source's CSV files as one Dataset of strings with {@code source_file}: files are read in groups of
   * the same header (Spark maps a CSV's columns by position), the groups united by column name.
   */
  private static Dataset<Row> csv(SparkSession spark, Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return null;
    }
    Map<String, List<String>> byHeader = new TreeMap<>();
    try (Stream<Path> files = Files.walk(folder)) {
      // CSV files, and Comtrade+ bulk files (TAB-separated .txt, or gzip of them named .gz).
      for (Path file : files.filter(p -> !p.getFileName().toString().startsWith(".") && (p.toString().endsWith(".csv")
          || p.toString().endsWith(".gz") || p.toString().endsWith(".txt"))).sorted().toList()) {
        InputStream in = Files.newInputStream(file);
        if (file.toString().endsWith(".gz")) {
          in = new GZIPInputStream(in);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
          String header = reader.readLine();
          byHeader.computeIfAbsent(header == null ? "" : header, h -> new ArrayList<>()).add(file.toString());
        }
      }
    }
    Dataset<Row> all = null;
    for (Map.Entry<String, List<String>> files : byHeader.entrySet()) {
      // Spark reads a gzip file by its .gz name; a bulk file's fields are TAB-separated.
      Dataset<Row> group = spark.read().option("header", "true").option("multiLine", "false")
          .option("sep", files.getKey().contains("\t") ? "\t" : ",")
          // Spark globs the paths it is given: the client's names hold brackets, escaped here.
          .csv(files.getValue().stream().map(f -> f.replaceAll("([\\[\\]{}*?])", "\\\\$1")).toArray(String[]::new))
          .withColumn("source_file", input_file_name());
      all = all == null ? group : all.unionByName(group, true);
    }
    return all;
  }
}
