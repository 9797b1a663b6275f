package org.tradecorridor.tables;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Every table's schema by name: silver, quarantine, run_log and gold. Bronze has none: its columns are
 * the sources' as read, all strings, and bronze's own ({@link BronzeColumns}).
 */
public final class Schemas {
  private Schemas() {}

  /** The schemas of silver, quarantine, gold, quality_flags and run_log, in the order of {@link Tables#ALL}. */
  public static final List<TableSchema> DESCRIBED = Stream.concat(Stream.of(SilverSchemas.TRADE_FLOWS,
      SilverSchemas.FREIGHT, SilverSchemas.PROJECTS, SilverSchemas.QUARANTINE), Stream.concat(
      GoldSchemas.ALL.stream(), Stream.of(SilverSchemas.QUALITY_FLAGS, SilverSchemas.RUN_LOG))).toList();

  private static final Map<String, TableSchema> BY_TABLE = DESCRIBED.stream()
      .collect(Collectors.toMap(TableSchema::table, Function.identity()));

  /** A table's schema; empty for a bronze table. */
  public static Optional<TableSchema> of(String table) {
    return Optional.ofNullable(BY_TABLE.get(table));
  }
}
