package org.tradecorridor.aggregate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.tradecorridor.TestSpark;
import org.tradecorridor.config.CommodityLevel;
import org.tradecorridor.config.TradeRules;
import org.tradecorridor.reference.Target;

/** Silver rows for aggregate tests. */
final class AggregateFixtures {
  private AggregateFixtures() {}

  static final StructType TRADE_FLOWS = StructType.fromDDL(
      "home STRING, partner STRING, year INT, month INT, reporter_iso3 STRING, partner_iso3 STRING, flow STRING, direction STRING, "
          + "hs_code STRING, hs2 STRING, sector STRING, value_usd DECIMAL(20,2), net_weight_kg DECIMAL(20,3), "
          + "cif_value_usd DECIMAL(20,2), fob_value_usd DECIMAL(20,2), qty DECIMAL(20,3), qty_unit STRING, "
          + "is_reported BOOLEAN, is_estimated BOOLEAN, classification STRING, dataset STRING, source_file STRING, run_id STRING");

  static final StructType FREIGHT = StructType.fromDDL(
      "shipment_id STRING, departure_date DATE, year INT, origin_country STRING, origin_node STRING, "
          + "destination_country STRING, destination_node STRING, route ARRAY<STRING>, axis STRING, "
          + "transport_mode STRING, hs2 STRING, sector STRING, gross_tonnes DECIMAL(18,3), teu INT, "
          + "source_file STRING, run_id STRING");

  static TradeRules rules(Integer targetYear) {
    return new TradeRules("KAZ", "RUS", TradeRules.Side.HOME, CommodityLevel.AUTO, TradeRules.Frequency.AUTO, 1988, 2100,
        "agro_food", new BigDecimal("30000000000"), targetYear);
  }

  /** The KAZ-RUS target of 30 bn, by this year (null: none). */
  static List<Target> targets(Integer targetYear) {
    return List.of(new Target("KAZ", "RUS", new BigDecimal("30000000000"), targetYear));
  }

  /** Trade flow rows: year, reporter, direction (EXPORT/IMPORT from KAZ's side), sector, value. */
  static final class Flows {
    private final List<Row> rows = new ArrayList<>();

    Flows add(int year, String reporter, String direction, String sector, String usd) {
      return line(year, reporter, direction, sector, "010121", usd, null, null, null);
    }

    /**
     * A declaration of one code, with its weight and CIF and FOB values where given (null: not in the file).
     */
    Flows line(int year, String reporter, String direction, String sector, String hsCode, String usd, String kg,
        String cif, String fob) {
      String partner = reporter.equals("KAZ") ? "RUS" : "KAZ";
      boolean homeReports = reporter.equals("KAZ");
      String flow = direction.equals("EXPORT") == homeReports ? "X" : "M";
      rows.add(RowFactory.create("KAZ", "RUS", year, null, reporter, partner, flow, direction, hsCode,
          hsCode.equals("TOTAL") ? null : hsCode.substring(0, 2), sector, new BigDecimal(usd), decimal(kg),
          decimal(cif), decimal(fob), null, null, true, false, "H6", "COMTRADE", "file:/a.csv", "r"));
      return this;
    }

    private static BigDecimal decimal(String text) {
      return text == null ? null : new BigDecimal(text);
    }

    Dataset<Row> silver() {
      return TestSpark.session().createDataFrame(rows, TRADE_FLOWS);
    }

    Dataset<Row> selected() {
      return TradeSelection.bySector(silver(), rules(null));
    }
  }
}
