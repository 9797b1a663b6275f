package org.tradecorridor.tables;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableDesignsTest {
  /** Delta's OPTIMIZE refuses to Z-order by a column it keeps no statistics for. */
  @Test
  void everyColumnATableIsOrderedByHasStatistics() {
    for (String table : Tables.ALL) {
      String statsColumns = TableDesigns.of(table).properties().get("delta.dataSkippingStatsColumns");
      if (statsColumns != null) {
        List<String> withStats = Arrays.asList(statsColumns.split(","));
        assertTrue(withStats.containsAll(TableDesigns.optimizeOrder(table)),
            table + " is ordered by " + TableDesigns.optimizeOrder(table) + " but keeps statistics on " + withStats);
      }
    }
  }
}
