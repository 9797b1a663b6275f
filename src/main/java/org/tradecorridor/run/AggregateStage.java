package org.tradecorridor.run;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.hash;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.tradecorridor.aggregate.AgroContribution;
import org.tradecorridor.aggregate.BilateralTurnover;
import org.tradecorridor.aggregate.CorridorFreight;
import org.tradecorridor.aggregate.JointProjects;
import org.tradecorridor.aggregate.MirrorDiscrepancy;
import org.tradecorridor.aggregate.PriceVolume;
import org.tradecorridor.aggregate.SectorTrade;
import org.tradecorridor.aggregate.Sums;
import org.tradecorridor.aggregate.TradeSelection;
import org.tradecorridor.config.JobConfig;
import org.tradecorridor.config.YearSet;
import org.tradecorridor.ingest.InvalidInputException;
import org.tradecorridor.publish.Predicates;
import org.tradecorridor.reference.Pairs;
import org.tradecorridor.reference.ReferenceData;
import org.tradecorridor.publish.Warehouse;
import org.tradecorridor.tables.GoldColumns;
import org.tradecorridor.tables.Tables;

/**
 * Silver to gold: the trade tables for the run's years, the corridor tables for the years whose freight was
 * conformed, joint projects whole. Growth reads the year before each year without rewriting it. Every gold
 * table is computed, and kept in memory, before the first is written, so a figure the tables cannot hold
 * stops the run (exit 2, naming the table and the figure) with gold as it was.
 */
final class AggregateStage {
  private final JobConfig config;
  private final ReferenceData reference;
  private final Warehouse warehouse;
  private final Stages stages;
  private final Kept kept;

  AggregateStage(JobConfig config, ReferenceData reference, Warehouse warehouse, Stages stages, Kept kept) {
    this.config = config;
    this.reference = reference;
    this.warehouse = warehouse;
    this.stages = stages;
    this.kept = kept;
  }

  /** @param freightYears the years whose freight conform covered (the run's, or more) */
  List<StageReport> run(YearSet freightYears) {
    return stages.finish(List.of(stages.run("aggregate", Instant.now(), () -> {
      for (String table : List.of(Tables.SILVER_TRADE_FLOWS, Tables.SILVER_FREIGHT, Tables.SILVER_PROJECTS)) {
        if (!warehouse.exists(table)) {
          throw new InvalidInputException(table + " does not exist under " + warehouse.root() + "; run conform first");
        }
      }
      YearSet tradeYears = config.years();
      Pairs pairs = reference.pairs(config.rules());
      Dataset<Row> tradeFlows = Scope.ofPairs(Scope.ofYears(Scope.withDesignColumns(
          warehouse.read(Tables.SILVER_TRADE_FLOWS), Tables.SILVER_TRADE_FLOWS),
          tradeYears.withPreviousYears(BilateralTurnover.PACE_YEARS)), pairs);
      Dataset<Row> selected = TradeSelection.bySector(tradeFlows, config.rules()).persist();

      Dataset<Row> axisSectors = CorridorFreight.byYearAxisAndSector(
          Scope.ofYears(warehouse.read(Tables.SILVER_FREIGHT), freightYears.withPreviousYears())).persist();
      try {
        List<Gold> golds = List.of(
            gold(() -> BilateralTurnover.byYear(selected, reference.targets(config.rules())), Tables.GOLD_BILATERAL_TURNOVER,
                GoldColumns.BILATERAL_TURNOVER, tradeYears),
            gold(() -> SectorTrade.byYearAndSector(selected), Tables.GOLD_TRADE_BY_SECTOR,
                GoldColumns.TRADE_BY_SECTOR, tradeYears),
            gold(() -> AgroContribution.byYear(selected, config.rules().agroSector()), Tables.GOLD_AGRO_CONTRIBUTION,
                GoldColumns.AGRO_CONTRIBUTION, tradeYears),
            gold(() -> CorridorFreight.byYearAndAxis(axisSectors), Tables.GOLD_CORRIDOR_FREIGHT,
                GoldColumns.CORRIDOR_FREIGHT, freightYears),
            gold(() -> axisSectors, Tables.GOLD_CORRIDOR_SECTOR, GoldColumns.CORRIDOR_SECTOR, freightYears),
            gold(() -> MirrorDiscrepancy.byYearDirectionAndSector(tradeFlows, config.rules()),
                Tables.GOLD_MIRROR_DISCREPANCY, GoldColumns.MIRROR_DISCREPANCY, tradeYears),
            gold(() -> PriceVolume.byYearAndSector(TradeSelection.byLine(tradeFlows, config.rules()), selected),
                Tables.GOLD_PRICE_VOLUME, GoldColumns.PRICE_VOLUME, tradeYears),
            gold(() -> JointProjects.bySector(warehouse.read(Tables.SILVER_PROJECTS)), Tables.GOLD_JOINT_PROJECTS,
                GoldColumns.JOINT_PROJECTS, null));
        List<Dataset<Row>> rows = computed(golds);
        List<Callable<Void>> writes = new java.util.ArrayList<>();
        for (int i = 0; i < golds.size(); i++) {
          Gold gold = golds.get(i);
          Dataset<Row> goldRows = rows.get(i);
          writes.add(() -> {
            warehouse.replace(goldRows, gold.table(), Predicates.gold(gold.years(), gold.ofPairs() ? pairs : null));
            return null;
          });
        }
        Concurrently.run(writes, Job.PARALLEL_WRITES);
      } catch (Exception e) { // Spark's checked exceptions too, thrown undeclared from Scala
        kept.release(Kept.GOLD);
        throw Failures.rethrow(e);
      } finally {
        selected.unpersist();
        axisSectors.unpersist();
      }
      return new StageReport.Result(null, Tables.GOLD.size() + " gold tables written for " + config.years());
    })));
  }

  /** A gold table's rows, the years of a yearly table it replaces ({@code years} null: the whole table), and whether it holds pairs. */
  private record Gold(String table, Supplier<Dataset<Row>> rows, YearSet years, boolean ofPairs) {}

  /** One file per run and year, a trade table's rows sorted by pair: a pair's rows are together in it. */
  private Gold gold(Supplier<Dataset<Row>> rows, String table, List<String> columns, YearSet years) {
    boolean ofPairs = GoldColumns.isPairTable(table);
    return new Gold(table, () -> {
      Dataset<Row> one = (years != null ? Scope.ofYears(rows.get(), years) : rows.get())
          .withColumn(GoldColumns.RUN_ID, lit(config.runId()))
          .select(columns.stream().map(c -> col(c)).toArray(Column[]::new))
          .coalesce(1);
      return ofPairs ? one.sortWithinPartitions(GoldColumns.HOME, GoldColumns.PARTNER) : one;
    }, years, ofPairs);
  }

  /**
   * Every gold table's rows, computed in one job and kept in memory until the run ends (the summary and the
   * report read them there); a figure a table cannot hold stops the run here, before any gold table is written.
   */
  private List<Dataset<Row>> computed(List<Gold> golds) {
    List<Dataset<Row>> rows = golds.stream().map(g -> kept.keepAsLeaf(Kept.GOLD, g.rows().get())).toList();
    // A hash of every column of every row: nothing of a table can be left uncomputed.
    Dataset<Row> everyFigure = rows.stream()
        .map(r -> r.select(hash(Arrays.stream(r.columns()).map(c -> col(c)).toArray(Column[]::new)).as("_figures")))
        .reduce(Dataset::union).orElseThrow();
    try {
      everyFigure.agg(max(col("_figures"))).collectAsList();
      return rows;
    } catch (Exception e) { // Spark's checked exceptions too, thrown undeclared from Scala
      String tooLarge = Sums.tooLarge(e);
      if (tooLarge != null) {
        throw new InvalidInputException(tooLarge + "; no gold table was written", e);
      }
      throw Failures.rethrow(e);
    }
  }
}
