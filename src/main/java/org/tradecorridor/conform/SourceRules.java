package org.tradecorridor.conform;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.tradecorridor.config.TradeRules;
import org.tradecorridor.reference.ReferenceData;
import org.tradecorridor.tables.Source;

/**
 * A source's rules of SPEC section 4 as pure steps, which a stage may keep apart (and keep each result
 * in memory) or run as one ({@link Classification#classify}).
 */
public interface SourceRules {
  Source source();

  /**
   * Bronze rows to parsed rows: the silver columns, and {@code _rule} as far as a row decides it alone.
   * The raw text the rules used is dropped; the raw record is kept for rows a rule may quarantine.
   */
  Dataset<Row> rowRules(Dataset<Row> bronze);

  /** Parsed rows to decided rows: {@code _rule} once the rules over groups of rows have spoken. */
  Dataset<Row> groupRules(Dataset<Row> parsed);

  /** The columns that identify a record, for DUPLICATE. */
  List<Column> naturalKey();

  /** The rules of a source. */
  static SourceRules of(Source source, TradeRules rules, ReferenceData reference) {
    return of(source, rules, reference, java.util.Set.of());
  }

  /** The rules of a source whose input holds superseded publications (customs; see CustomsConform). */
  static SourceRules of(Source source, TradeRules rules, ReferenceData reference, java.util.Set<String> superseded) {
    return switch (source) {
      case CUSTOMS -> new CustomsConform(rules, reference, superseded);
      case FREIGHT -> new FreightConform(rules, reference);
      case PROJECTS -> new ProjectsConform(rules, reference);
    };
  }
}
