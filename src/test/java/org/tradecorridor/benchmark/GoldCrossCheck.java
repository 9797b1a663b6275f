package org.tradecorridor.benchmark;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Compares the job's gold tables (Delta) with the DuckDB peer's (Parquet): the same rows, money,
 * tonnes and counts equal to the cent, percentages within 0.01 (DuckDB divides decimals in double).
 * With a third argument {@code delta}, the other side is a second job warehouse and every column
 * must be equal (a cluster run against a local run).
 *
 * <p>Usage: {@code GoldCrossCheck JOB_WAREHOUSE OTHER [delta]}; exit 0 when every table agrees.
 */
public final class GoldCrossCheck {
  /** The rows quarantined per source and reason: the job's quarantine table counted, the peer's counts. */
  static final String QUARANTINE_COUNTS = "quarantine_counts";
  private static final Map<String, List<String>> KEYS = Map.of(
      "gold_bilateral_turnover", List.of("year"),
      "gold_trade_by_sector", List.of("year", "sector"),
      "gold_agro_contribution", List.of("year"),
      "gold_corridor_freight", List.of("year", "axis"),
      "gold_corridor_sector", List.of("year", "axis", "sector"),
      "gold_joint_projects", List.of("sector"),
      QUARANTINE_COUNTS, List.of("source", "reason"));
  private static final BigDecimal PERCENT_TOLERANCE = new BigDecimal("0.01");

  private GoldCrossCheck() {}

  public static void main(String[] args) {
    SparkSession spark = SparkSession.builder().master("local[2]").appName("gold-cross-check")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.extensions", "io.delta.sql.DeltaSparkSessionExtension")
        .config("spark.sql.catalog.spark_catalog", "org.apache.spark.sql.delta.catalog.DeltaCatalog")
        .getOrCreate();
    List<String> differences = new ArrayList<>();
    boolean twoWarehouses = args.length > 2 && args[2].equals("delta");
    try {
      List<String> tables = new ArrayList<>(DuckDbPeer.goldTables());
      tables.add(QUARANTINE_COUNTS);
      for (String table : tables) {
        Dataset<Row> job = table.equals(QUARANTINE_COUNTS) ? quarantineCounts(spark, args[0])
            : spark.read().format("delta").load(args[0] + "/" + table);
        Dataset<Row> peer = twoWarehouses
            ? (table.equals(QUARANTINE_COUNTS) ? quarantineCounts(spark, args[1])
                : spark.read().format("delta").load(args[1] + "/" + table))
            : spark.read().parquet(args[1] + "/" + table + ".parquet");
        differences.addAll(compare(table, job.collectAsList(), peer.collectAsList(),
            twoWarehouses ? BigDecimal.ZERO : PERCENT_TOLERANCE));
        System.out.printf("%-26s %4d rows, other %4d rows%n", table, job.count(), peer.count());
      }
    } finally {
      spark.stop();
    }
    List<String> gold = differences.stream().filter(d -> !d.startsWith(QUARANTINE_COUNTS)).toList();
    List<String> quarantine = differences.stream().filter(d -> d.startsWith(QUARANTINE_COUNTS)).toList();
    gold.stream().limit(30).forEach(d -> System.out.println("DIFFERENT " + d));
    quarantine.stream().limit(30).forEach(d -> System.out.println("DIFFERENT " + d));
    System.out.println(gold.isEmpty() ? "gold cross-check: both sides agree"
        : "gold cross-check: " + gold.size() + " differences");
    // Reported apart: the peer's CSV reader pads a short record (the job's MALFORMED_ROW) instead of refusing it.
    System.out.println(quarantine.isEmpty() ? "quarantine cross-check: both sides agree"
        : "quarantine cross-check: " + quarantine.size() + " differences");
    System.exit(gold.isEmpty() ? 0 : 1);
  }

  private static Dataset<Row> quarantineCounts(SparkSession spark, String warehouse) {
    return spark.read().format("delta").load(warehouse + "/quarantine").groupBy("source", "reason").count()
        .withColumnRenamed("count", "rows");
  }

  static List<String> compare(String table, List<Row> jobRows, List<Row> peerRows, BigDecimal percentTolerance) {
    List<String> keys = new ArrayList<>(KEYS.get(table));
    // A table of many pairs (both sides job warehouses) is keyed by its pair too.
    if (!jobRows.isEmpty() && !peerRows.isEmpty() && hasPair(jobRows.get(0)) && hasPair(peerRows.get(0))) {
      keys.addAll(0, List.of("home", "partner"));
    }
    Map<List<Object>, Row> peerByKey = new HashMap<>();
    peerRows.forEach(r -> peerByKey.put(key(r, keys), r));
    List<String> differences = new ArrayList<>();
    if (jobRows.size() != peerRows.size()) {
      differences.add(table + ": job has " + jobRows.size() + " rows, peer " + peerRows.size());
    }
    for (Row job : jobRows) {
      Row peer = peerByKey.get(key(job, keys));
      if (peer == null) {
        differences.add(table + " " + key(job, keys) + ": missing in the peer");
        continue;
      }
      for (String column : job.schema().fieldNames()) {
        if (keys.contains(column) || column.equals("run_id")
            || !Arrays.asList(peer.schema().fieldNames()).contains(column)) {
          continue;
        }
        Object a = job.get(job.fieldIndex(column));
        Object b = peer.get(peer.fieldIndex(column));
        boolean percent = column.endsWith("_pct") || column.endsWith("_pp");
        if (!same(a, b, percent ? percentTolerance : BigDecimal.ZERO)) {
          differences.add(table + " " + key(job, keys) + " " + column + ": job " + a + ", peer " + b);
        }
      }
    }
    return differences;
  }

  private static boolean same(Object job, Object peer, BigDecimal tolerance) {
    if (job == null || peer == null) {
      return job == null && peer == null;
    }
    if (job instanceof Number || peer instanceof Number) {
      BigDecimal a = new BigDecimal(job.toString());
      BigDecimal b = new BigDecimal(peer.toString());
      return a.subtract(b).abs().compareTo(tolerance) <= 0;
    }
    return Objects.equals(job.toString(), peer.toString());
  }

  private static boolean hasPair(Row row) {
    return Arrays.asList(row.schema().fieldNames()).contains("home");
  }

  private static List<Object> key(Row row, List<String> keys) {
    List<Object> key = new ArrayList<>();
    keys.forEach(k -> key.add(String.valueOf(row.get(row.fieldIndex(k)))));
    return key;
  }
}
