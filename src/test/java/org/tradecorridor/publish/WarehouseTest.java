package org.tradecorridor.publish;

import org.tradecorridor.tables.Tables;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.delta.exceptions.ConcurrentAppendException;
import io.delta.tables.DeltaTable;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradecorridor.TestSpark;
import org.tradecorridor.tables.SilverSchemas;

class WarehouseTest {
  private static final StructType TRADE_FLOWS = StructType.fromDDL(
      "home STRING, partner STRING, year INT, month INT, reporter_iso3 STRING, partner_iso3 STRING, flow STRING, "
          + "direction STRING, hs_code STRING, hs2 STRING, sector STRING, value_usd DECIMAL(20,2), net_weight_kg DECIMAL(20,3), "
          + "cif_value_usd DECIMAL(20,2), fob_value_usd DECIMAL(20,2), qty DECIMAL(20,3), qty_unit STRING, "
          + "is_reported BOOLEAN, is_estimated BOOLEAN, classification STRING, dataset STRING, source_file STRING, run_id STRING");

  @TempDir
  Path folder;

  private static Dataset<Row> flow(int year, String valueUsd, String direction) {
    return TestSpark.session().createDataFrame(List.of(RowFactory.create("KAZ", "RUS", year, null, "KAZ", "RUS", "X", direction,
        "010121", "01", "agro_food", new BigDecimal(valueUsd), null, null, null, null, null, null, null, null, "COMTRADE", "f", "r")),
        TRADE_FLOWS);
  }

  @Test
  void aWriteThatBreaksACheckConstraintIsRefusedAndTheTableStaysAsItWas() {
    Warehouse warehouse = new Warehouse(TestSpark.session(), folder.toString());
    warehouse.replace(flow(2024, "10.00", "EXPORT"), Tables.SILVER_TRADE_FLOWS, null);
    DeltaTable table = DeltaTable.forPath(TestSpark.session(), warehouse.path(Tables.SILVER_TRADE_FLOWS));
    long version = table.history(1).first().getAs("version");

    for (Dataset<Row> bad : List.of(flow(2024, "-1.00", "EXPORT"), flow(1500, "1.00", "EXPORT"),
        flow(2024, "1.00", "SIDEWAYS"))) {
      Exception refused = assertThrows(Exception.class,
          () -> warehouse.replace(bad, Tables.SILVER_TRADE_FLOWS, "year = " + bad.first().getInt(2)));
      assertTrue(String.valueOf(refused.getMessage()).contains("DELTA_VIOLATE_CONSTRAINT_WITH_VALUES")
          || String.valueOf(refused.getCause()).contains("DELTA_VIOLATE_CONSTRAINT"), String.valueOf(refused));
    }

    assertEquals(version, table.history(1).first().<Long>getAs("version"));
    assertEquals(new BigDecimal("10.00"), warehouse.read(Tables.SILVER_TRADE_FLOWS).first().getAs("value_usd"));
    var properties = table.detail().first().getJavaMap(table.detail().schema().fieldIndex("properties"));
    assertEquals("value_usd >= 0", properties.get("delta.constraints.value_usd_non_negative"));
  }

  @Test
  void aTableWrittenWithoutCommentsByAnEarlierVersionGainsThemAtTheNextWrite() {
    Warehouse warehouse = new Warehouse(TestSpark.session(), folder.toString());
    flow(2023, "5.00", "EXPORT").write().format("delta").partitionBy("year").save(warehouse.path(Tables.SILVER_TRADE_FLOWS));

    warehouse.replace(flow(2024, "10.00", "EXPORT"), Tables.SILVER_TRADE_FLOWS, "year = 2024");

    StructType schema = warehouse.read(Tables.SILVER_TRADE_FLOWS).schema();
    for (String column : schema.fieldNames()) {
      assertEquals(SilverSchemas.TRADE_FLOWS.comment(column), schema.apply(column).getComment().getOrElse(() -> null),
          column);
    }
    DeltaTable table = DeltaTable.forPath(TestSpark.session(), warehouse.path(Tables.SILVER_TRADE_FLOWS));
    assertEquals(SilverSchemas.TRADE_FLOWS.description(), table.detail().first().getAs("description"));
    assertEquals(2, warehouse.read(Tables.SILVER_TRADE_FLOWS).count(), "the 2023 row stays");
  }

  @Test
  void aTableAnEarlierVersionWroteWithoutAColumnGainsItInItsPlaceNullInTheRowsLeftAsTheyWere() {
    Warehouse warehouse = new Warehouse(TestSpark.session(), folder.toString());
    flow(2023, "5.00", "EXPORT").drop("net_weight_kg").write().format("delta").partitionBy("year")
        .save(warehouse.path(Tables.SILVER_TRADE_FLOWS));

    warehouse.replace(flow(2024, "10.00", "EXPORT").withColumn("net_weight_kg",
        org.apache.spark.sql.functions.lit(new BigDecimal("7.000")).cast("DECIMAL(20,3)")),
        Tables.SILVER_TRADE_FLOWS, "year = 2024");

    Dataset<Row> table = warehouse.read(Tables.SILVER_TRADE_FLOWS);
    assertEquals(SilverSchemas.TRADE_FLOWS.names(), List.of(table.schema().fieldNames()));
    assertEquals(SilverSchemas.TRADE_FLOWS.comment("net_weight_kg"),
        table.schema().apply("net_weight_kg").getComment().getOrElse(() -> null));
    assertNull(table.filter("year = 2023").first().getAs("net_weight_kg"), "unknown, not 0");
    assertEquals(new BigDecimal("7.000"), table.filter("year = 2024").first().getAs("net_weight_kg"));
  }

  @Test
  void silverAnEarlierVersionWroteWithoutPairsGetsEachRowsPairFromItsDirectionAndFlowAndItsDatasetOnce() {
    Warehouse warehouse = new Warehouse(TestSpark.session(), folder.toString());
    // Before pairs: KAZ's exports declared by KAZ (X) and by RUS (M), KAZ's imports declared by RUS (X).
    flow(2023, "5.00", "EXPORT").drop("home", "partner", "dataset")
        .union(flow(2023, "6.00", "EXPORT").drop("home", "partner", "dataset")
            .selectExpr("year", "month", "'RUS' AS reporter_iso3", "'KAZ' AS partner_iso3", "'M' AS flow", "direction",
                "hs_code", "hs2", "sector", "value_usd", "net_weight_kg", "cif_value_usd", "fob_value_usd", "qty",
                "qty_unit", "is_reported", "is_estimated", "classification", "source_file", "run_id"))
        .union(flow(2023, "7.00", "IMPORT").drop("home", "partner", "dataset")
            .selectExpr("year", "month", "'RUS' AS reporter_iso3", "'KAZ' AS partner_iso3", "'X' AS flow", "direction",
                "hs_code", "hs2", "sector", "value_usd", "net_weight_kg", "cif_value_usd", "fob_value_usd", "qty",
                "qty_unit", "is_reported", "is_estimated", "classification", "source_file", "run_id"))
        .write().format("delta").partitionBy("year").save(warehouse.path(Tables.SILVER_TRADE_FLOWS));

    warehouse.replace(flow(2024, "10.00", "EXPORT"), Tables.SILVER_TRADE_FLOWS, "year = 2024");

    Dataset<Row> table = warehouse.read(Tables.SILVER_TRADE_FLOWS);
    assertEquals(SilverSchemas.TRADE_FLOWS.names(), List.of(table.schema().fieldNames()));
    assertEquals(List.of("KAZ-RUS 5.00 COMTRADE", "KAZ-RUS 6.00 COMTRADE", "KAZ-RUS 7.00 COMTRADE",
            "KAZ-RUS 10.00 COMTRADE"),
        table.orderBy("value_usd").collectAsList().stream()
            .map(r -> r.getAs("home") + "-" + r.getAs("partner") + " " + r.getAs("value_usd") + " " + r.getAs("dataset"))
            .toList());
  }

  @Test
  void aGoldTableAnEarlierVersionWroteWithNarrowPercentagesIsRewrittenInTheWiderTypeOnce() {
    Warehouse warehouse = new Warehouse(TestSpark.session(), folder.toString());
    StructType narrow = StructType.fromDDL("year INT, axis STRING, shipments BIGINT, gross_tonnes DECIMAL(18,3), "
        + "yoy_growth_pct DECIMAL(9,2), share_of_corridor_pct DECIMAL(9,2), run_id STRING");
    StructType wide = StructType.fromDDL("year INT, axis STRING, shipments BIGINT, gross_tonnes DECIMAL(18,3), "
        + "yoy_growth_pct DECIMAL(25,2), share_of_corridor_pct DECIMAL(25,2), run_id STRING");
    TestSpark.session().createDataFrame(List.of(RowFactory.create(2023, "EASTERN", 2L, new BigDecimal("5.000"),
        new BigDecimal("12.50"), new BigDecimal("100.00"), "old")), narrow)
        .write().format("delta").save(warehouse.path(Tables.GOLD_CORRIDOR_FREIGHT));

    warehouse.replace(TestSpark.session().createDataFrame(List.of(RowFactory.create(2024, "EASTERN", 1L,
        new BigDecimal("5000000.000"), new BigDecimal("99999900.00"), new BigDecimal("100.00"), "new")), wide),
        Tables.GOLD_CORRIDOR_FREIGHT, "year = 2024");

    Dataset<Row> table = warehouse.read(Tables.GOLD_CORRIDOR_FREIGHT);
    assertEquals(wide.apply("yoy_growth_pct").dataType(), table.schema().apply("yoy_growth_pct").dataType());
    assertEquals(new BigDecimal("12.50"), table.filter("year = 2023").first().getAs("yoy_growth_pct"), "kept");
    assertEquals(new BigDecimal("99999900.00"), table.filter("year = 2024").first().getAs("yoy_growth_pct"));
    long version = DeltaTable.forPath(TestSpark.session(), warehouse.path(Tables.GOLD_CORRIDOR_FREIGHT)).history(1)
        .first().getAs("version");
    new Warehouse(TestSpark.session(), folder.toString()).replace(table.filter("year = 2024"),
        Tables.GOLD_CORRIDOR_FREIGHT, "year = 2024");
    assertEquals(version + 1, DeltaTable.forPath(TestSpark.session(), warehouse.path(Tables.GOLD_CORRIDOR_FREIGHT))
        .history(1).first().<Long>getAs("version"), "rewritten once: the next write is one commit");
  }

  /** A gold_bilateral_turnover row of a year and turnover, other figures null, with or without its pair. */
  private static Dataset<Row> turnover(int year, String usd, boolean withPair) {
    List<org.apache.spark.sql.Column> columns = new java.util.ArrayList<>();
    for (var column : org.tradecorridor.tables.GoldSchemas.BILATERAL_TURNOVER.columns()) {
      Object value = switch (column.name()) {
        case "home" -> "KAZ";
        case "partner" -> "RUS";
        case "year" -> year;
        case "turnover_usd" -> new BigDecimal(usd);
        case "value_source" -> "REPORTER";
        default -> null;
      };
      if (withPair || !List.of("home", "partner").contains(column.name())) {
        columns.add(org.apache.spark.sql.functions.lit(value).cast(column.type()).as(column.name()));
      }
    }
    return TestSpark.session().range(1).select(columns.toArray(org.apache.spark.sql.Column[]::new));
  }

  @Test
  void goldAnEarlierVersionWroteWithoutPairsGetsThePairItsPropertiesSayOnce() {
    Warehouse warehouse = new Warehouse(TestSpark.session(), folder.toString());
    turnover(2023, "5.00", false).write().format("delta").save(warehouse.path(Tables.GOLD_BILATERAL_TURNOVER));
    TestSpark.session().sql("ALTER TABLE delta.`" + warehouse.path(Tables.GOLD_BILATERAL_TURNOVER)
        + "` SET TBLPROPERTIES ('trade.home' = 'KAZ', 'trade.partner' = 'RUS')");

    warehouse.replace(turnover(2024, "10.00", true), Tables.GOLD_BILATERAL_TURNOVER,
        "year = 2024 AND home = 'KAZ' AND partner = 'RUS'");

    Dataset<Row> table = warehouse.read(Tables.GOLD_BILATERAL_TURNOVER);
    assertEquals(org.tradecorridor.tables.GoldSchemas.BILATERAL_TURNOVER.names(), List.of(table.schema().fieldNames()));
    assertEquals(List.of("KAZ-RUS 2023", "KAZ-RUS 2024"), table.orderBy("year").collectAsList().stream()
        .map(r -> r.getAs("home") + "-" + r.getAs("partner") + " " + r.getAs("year")).toList());
  }

  @Test
  void rowsThatAreNotTheTablesColumnsAreRefusedBeforeAnythingIsWritten() {
    Warehouse warehouse = new Warehouse(TestSpark.session(), folder.toString());
    IllegalStateException refused = assertThrows(IllegalStateException.class,
        () -> warehouse.replace(flow(2024, "10.00", "EXPORT").drop("hs2"), Tables.SILVER_TRADE_FLOWS, null));

    assertTrue(refused.getMessage().startsWith("silver_trade_flows: the job wrote columns"), refused.getMessage());
    assertFalse(warehouse.exists(Tables.SILVER_TRADE_FLOWS));
  }

  @Test
  void aWriteThatMeetsAConcurrentCommitIsTriedAgain() {
    Warehouse warehouse = new Warehouse(TestSpark.session(), folder.toString(), 1, false);
    AtomicInteger attempts = new AtomicInteger();

    warehouse.committing("gold_x", () -> {
      if (attempts.incrementAndGet() < 3) {
        throw new ConcurrentAppendException("files were added to partition [year=2023] by a concurrent update");
      }
    });

    assertEquals(3, attempts.get());
  }

  @Test
  void aWriteThatKeepsMeetingConcurrentCommitsStopsWithOneClearLine() {
    Warehouse warehouse = new Warehouse(TestSpark.session(), folder.toString(), 1, false);
    AtomicInteger attempts = new AtomicInteger();

    ConcurrentRunException error = assertThrows(ConcurrentRunException.class, () -> warehouse.committing("gold_x",
        () -> {
          attempts.incrementAndGet();
          throw new RuntimeException("job failed", new ConcurrentAppendException("files were added\nby someone"));
        }));

    assertEquals(Warehouse.MAX_ATTEMPTS, attempts.get());
    assertTrue(error.getMessage().startsWith("gold_x was changed by another run 6 times while this run wrote it, and "
        + "nothing of this write was committed; run again once the other run has finished (ConcurrentAppendException: "),
        error.getMessage());
    assertEquals(1, error.getMessage().lines().count(), "one line");
    assertThrows(IllegalStateException.class, () -> warehouse.committing("gold_x", () -> {
      throw new IllegalStateException("not a conflict: no retry");
    }));
  }

  @Test
  void aCreationAKilledRunLeftBehindIsTakenOverAndATrueStrangerStaysItself() throws Exception {
    // A run killed while creating the table: its log folder holds no commit, and a data file no log names.
    Warehouse warehouse = new Warehouse(TestSpark.session(), folder.toString(), 1, false);
    java.nio.file.Path table = folder.resolve(Tables.SILVER_TRADE_FLOWS);
    java.nio.file.Files.createDirectories(table.resolve("_delta_log"));
    java.nio.file.Files.createDirectories(table.resolve("year=2024"));
    java.nio.file.Files.writeString(table.resolve("year=2024").resolve("part-00000-killed.snappy.parquet"), "cut");

    warehouse.replace(flow(2024, "10.00", "EXPORT"), Tables.SILVER_TRADE_FLOWS, null);

    assertEquals(1, warehouse.read(Tables.SILVER_TRADE_FLOWS).count(), "the row written, not the killed file");
    DeltaTable written = DeltaTable.forPath(TestSpark.session(), warehouse.path(Tables.SILVER_TRADE_FLOWS));
    assertEquals(SilverSchemas.TRADE_FLOWS.description(), written.detail().first().getAs("description"));
    var properties = written.detail().first().getJavaMap(written.detail().schema().fieldIndex("properties"));
    assertEquals("value_usd >= 0", properties.get("delta.constraints.value_usd_non_negative"));

    // A folder of files that is no Delta table, and has no log folder, is not a run's creation: left alone.
    Warehouse other = new Warehouse(TestSpark.session(), folder.resolve("other").toString(), 1, false);
    java.nio.file.Files.createDirectories(folder.resolve("other").resolve(Tables.SILVER_TRADE_FLOWS));
    java.nio.file.Files.writeString(folder.resolve("other").resolve(Tables.SILVER_TRADE_FLOWS).resolve("x.csv"), "a\n");
    Exception stranger = assertThrows(Exception.class,
        () -> other.replace(flow(2024, "10.00", "EXPORT"), Tables.SILVER_TRADE_FLOWS, null));
    assertFalse(stranger instanceof ConcurrentRunException, String.valueOf(stranger));
  }

  @Test
  void aNewTableHoldsItsFirstRowsAndItsWholeDesignInOneCommitWhoseConstraintsGuardThoseRows() {
    Warehouse refusing = new Warehouse(TestSpark.session(), folder.resolve("refused").toString());
    Exception refused = assertThrows(Exception.class,
        () -> refusing.replace(flow(2024, "-1.00", "EXPORT"), Tables.SILVER_TRADE_FLOWS, null));
    assertTrue(String.valueOf(refused.getMessage()).contains("DELTA_VIOLATE_CONSTRAINT"), String.valueOf(refused));
    assertFalse(DeltaTable.isDeltaTable(TestSpark.session(), refusing.path(Tables.SILVER_TRADE_FLOWS)), "no table");
    refusing.replace(flow(2024, "10.00", "EXPORT"), Tables.SILVER_TRADE_FLOWS, null);
    assertEquals(1, refusing.read(Tables.SILVER_TRADE_FLOWS).count(), "the next run writes the table");

    Warehouse warehouse = new Warehouse(TestSpark.session(), folder.resolve("created").toString());
    warehouse.replace(flow(2024, "10.00", "EXPORT"), Tables.SILVER_TRADE_FLOWS, null);

    DeltaTable table = DeltaTable.forPath(TestSpark.session(), warehouse.path(Tables.SILVER_TRADE_FLOWS));
    List<Row> history = table.history().collectAsList();
    assertEquals(1, history.size(), "one commit: " + history);
    assertEquals(0L, history.get(0).<Long>getAs("version"));
    Row detail = table.detail().first();
    assertEquals(SilverSchemas.TRADE_FLOWS.description(), detail.getAs("description"));
    assertEquals(List.of("year"), detail.getList(detail.fieldIndex("partitionColumns")));
    var properties = detail.getJavaMap(detail.fieldIndex("properties"));
    assertEquals("value_usd >= 0", properties.get("delta.constraints.value_usd_non_negative"));
    StructType schema = warehouse.read(Tables.SILVER_TRADE_FLOWS).schema();
    assertEquals(SilverSchemas.TRADE_FLOWS.comment("value_usd"), schema.apply("value_usd").getComment().get());
    assertEquals(1, warehouse.read(Tables.SILVER_TRADE_FLOWS).count());
  }
}
