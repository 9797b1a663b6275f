package org.tradecorridor.conform;

import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.tradecorridor.tables.BronzeColumns;

/** Reads conform's decisions back, by line number. */
final class Outcomes {
  private Outcomes() {}

  /** Line number to KEPT, or the quarantine reason, or "ignored: rule". */
  static Map<Long, String> byLine(Dataset<Row> classified) {
    Map<Long, String> outcomes = new TreeMap<>();
    for (Row row : classified.collectAsList()) {
      String outcome = row.getAs(Outcome.OUTCOME);
      String reason = row.getAs(Outcome.REASON);
      outcomes.put(row.<Long>getAs(BronzeColumns.LINE_NUMBER), switch (outcome) {
        case Outcome.KEPT -> Outcome.KEPT;
        case Outcome.IGNORED -> "ignored: " + reason;
        default -> reason;
      });
    }
    return outcomes;
  }
}
