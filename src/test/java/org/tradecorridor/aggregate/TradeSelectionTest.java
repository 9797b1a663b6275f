package org.tradecorridor.aggregate;

import static org.tradecorridor.DatasetAssertions.assertSameRows;

import java.math.BigDecimal;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.tradecorridor.TestSpark;

class TradeSelectionTest {

  @Test
  void usesThePreferredReporterPerYearAndDirectionAndTheMirrorWhereItHasNothing() {
    Dataset<Row> selected = new AggregateFixtures.Flows()
        // 2023: KAZ declares both directions; RUS's mirror is not used.
        .add(2023, "KAZ", "EXPORT", "agro_food", "100.00")
        .add(2023, "KAZ", "IMPORT", "metals", "50.00")
        .add(2023, "RUS", "EXPORT", "agro_food", "999.00")
        .add(2023, "RUS", "IMPORT", "metals", "999.00")
        // 2022: KAZ declares exports only; imports come from RUS's exports to KAZ.
        .add(2022, "KAZ", "EXPORT", "agro_food", "80.00")
        .add(2022, "RUS", "EXPORT", "agro_food", "70.00")
        .add(2022, "RUS", "IMPORT", "metals", "40.00")
        .add(2022, "RUS", "IMPORT", "agro_food", "5.00")
        .selected();

    StructType schema = StructType.fromDDL(
        "year INT, direction STRING, sector STRING, value_usd DECIMAL(30,2), flow_source STRING");
    Dataset<Row> expected = TestSpark.session().createDataFrame(List.of(
        RowFactory.create(2023, "EXPORT", "agro_food", new BigDecimal("100.00"), "REPORTER"),
        RowFactory.create(2023, "IMPORT", "metals", new BigDecimal("50.00"), "REPORTER"),
        RowFactory.create(2022, "EXPORT", "agro_food", new BigDecimal("80.00"), "REPORTER"),
        RowFactory.create(2022, "IMPORT", "agro_food", new BigDecimal("5.00"), "MIRROR"),
        RowFactory.create(2022, "IMPORT", "metals", new BigDecimal("40.00"), "MIRROR")), schema);
    assertSameRows(expected, selected.select("year", "direction", "sector", "value_usd", "flow_source"));
  }
}
