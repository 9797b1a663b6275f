package org.tradecorridor.run;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.time.Instant;
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
import org.tradecorridor.aggregate.TradeSelection;
import org.tradecorridor.config.JobConfig;
import org.tradecorridor.config.YearSet;
import org.tradecorridor.ingest.InvalidInputException;
import org.tradecorridor.publish.Predicates;
import org.tradecorridor.publish.Warehouse;
import org.tradecorridor.tables.GoldColumns;
import org.tradecorridor.tables.Tables;

/**
 * Silver to gold, every gold table written at once: the trade tables for the run's years, the corridor
 * tables for the years whose freight was conformed, joint projects whole. Growth reads the year before
 * each year without rewriting it.
 */
final class AggregateStage {
  private final JobConfig config;
  private final Warehouse warehouse;
  private final Stages stages;

  AggregateStage(JobConfig config, Warehouse warehouse, Stages stages) {
    this.config = config;
    this.warehouse = warehouse;
    this.stages = stages;
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
      Dataset<Row> tradeFlows = Scope.ofYears(warehouse.read(Tables.SILVER_TRADE_FLOWS),
          tradeYears.withPreviousYears(BilateralTurnover.PACE_YEARS));
      Dataset<Row> selected = TradeSelection.bySector(tradeFlows, config.rules()).persist();

      Dataset<Row> axisSectors = CorridorFreight.byYearAxisAndSector(
          Scope.ofYears(warehouse.read(Tables.SILVER_FREIGHT), freightYears.withPreviousYears())).persist();
      try {
        Concurrently.run(List.of(
            gold(() -> BilateralTurnover.byYear(selected, config.rules()), Tables.GOLD_BILATERAL_TURNOVER,
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
                GoldColumns.JOINT_PROJECTS, null)), Job.PARALLEL_WRITES);
      } finally {
        selected.unpersist();
        axisSectors.unpersist();
      }
      return new StageReport.Result(null, Tables.GOLD.size() + " gold tables written for " + config.years());
    })));
  }

  /** Writes a gold table: these years of a yearly table, or the whole of another ({@code years} null). */
  private Callable<Void> gold(Supplier<Dataset<Row>> rows, String table, List<String> columns, YearSet years) {
    return () -> {
      Dataset<Row> gold = (years != null ? Scope.ofYears(rows.get(), years) : rows.get())
          .withColumn(GoldColumns.RUN_ID, lit(config.runId()))
          .select(columns.stream().map(c -> col(c)).toArray(Column[]::new))
          .coalesce(1);
      warehouse.replace(gold, table, Predicates.gold(years));
      return null;
    };
  }
}
