package org.tradecorridor.conform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

class CustomsFlagsTest {

  /** Flag per line: "FLAG@line". */
  private static Map<Long, String> flags(ConformFixtures.Customs customs) {
    List<Row> rows = CustomsFlags.of(CustomsConform.classify(customs.bronze(), ConformFixtures.rules(),
        ConformFixtures.reference()), "r").collectAsList();
    Map<Long, String> byLine = new TreeMap<>();
    rows.forEach(r -> byLine.merge(r.<Long>getAs("line_number"), r.<String>getAs("flag"), (a, b) -> a + "," + b));
    return byLine;
  }

  private static ConformFixtures.Customs month(ConformFixtures.Customs customs, int month, String usd, String kg) {
    return customs.row("freqCode", "M", "refMonth", String.valueOf(month), "primaryValue", usd, "netWgt", kg);
  }

  @Test
  void rowsComtradeMarksAsEstimatedAreNoticedAndOthersAreNot() {
    Map<Long, String> flags = flags(new ConformFixtures.Customs()
        .row("cmdCode", "010121", "isReported", "False")
        .row("cmdCode", "010122", "isNetWgtEstimated", "True", "isQtyEstimated", "False")
        .row("cmdCode", "010123", "isReported", "True", "isNetWgtEstimated", "False"));
    assertEquals(Map.of(2L, "ESTIMATED", 3L, "ESTIMATED"), flags);
  }

  @Test
  void aUnitValueFiftyTimesItsCodesMedianIsAnOutlierWhereTheCodeHasThreeOthers() {
    ConformFixtures.Customs customs = new ConformFixtures.Customs();
    for (int m = 1; m <= 4; m++) {
      month(customs, m, "100.00", "10"); // 10 USD a kg
    }
    month(customs, 5, "100.00", "0.2"); // 500 USD a kg: the weight typed wrong
    month(customs, 6, "100.00", "50"); // 2 USD a kg: a fifth, not a tenth
    // Another code with only 3 rows: its median judges none.
    customs.row("cmdCode", "020110", "freqCode", "M", "refMonth", "1", "primaryValue", "10.00", "netWgt", "1")
        .row("cmdCode", "020110", "freqCode", "M", "refMonth", "2", "primaryValue", "10.00", "netWgt", "1")
        .row("cmdCode", "020110", "freqCode", "M", "refMonth", "3", "primaryValue", "10.00", "netWgt", "0.001");
    Map<Long, String> flags = flags(customs);
    assertEquals(Map.of(6L, "UNIT_VALUE_OUTLIER"), flags);
  }

  @Test
  void aReporterWhoseCountedRowsFallShortOfItsTotalByOverOnePercentIsFlaggedAtItsTotalRow() {
    List<Row> rows = CustomsFlags.of(CustomsConform.classify(new ConformFixtures.Customs()
        .row("flowCode", "X", "cmdCode", "010121", "primaryValue", "100.00")
        .row("flowCode", "X", "cmdCode", "010122", "primaryValue", "100.00")
        .row("flowCode", "X", "cmdCode", "TOTAL", "primaryValue", "210.00")
        .row("flowCode", "M", "cmdCode", "010121", "primaryValue", "100.00")
        .row("flowCode", "M", "cmdCode", "TOTAL", "primaryValue", "100.50")
        // A TOTAL by mode of transport is no total of the counted rows.
        .row("flowCode", "M", "cmdCode", "TOTAL", "primaryValue", "900.00", "motCode", "1000")
        .bronze(), ConformFixtures.rules(), ConformFixtures.reference()), "r").collectAsList();

    assertEquals(1, rows.size(), rows.toString());
    Row below = rows.get(0);
    assertEquals("DETAIL_BELOW_TOTAL", below.getAs("flag"));
    assertEquals(4L, below.<Long>getAs("line_number"));
    assertEquals("EXPORT", below.getAs("direction"));
    assertEquals(new BigDecimal("210.00"), below.getAs("value_usd"));
    assertEquals("reported TOTAL 210.00, counted rows 200.00 (annual, flow X): 4.76 % of the total not in the detail",
        below.getAs("detail"));
  }
}
