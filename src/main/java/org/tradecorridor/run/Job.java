package org.tradecorridor.run;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.SparkSession;
import org.tradecorridor.config.JobConfig;
import org.tradecorridor.config.SparkSessions;
import org.tradecorridor.config.YearSet;
import org.tradecorridor.publish.Catalog;
import org.tradecorridor.publish.Maintenance;
import org.tradecorridor.publish.RunLog;
import org.tradecorridor.publish.Warehouse;
import org.tradecorridor.tables.TableDesigns;
import org.tradecorridor.quality.QualityGate;
import org.tradecorridor.reference.ReferenceData;
import org.tradecorridor.reference.ReferenceFiles;
import org.tradecorridor.tables.Source;

/**
 * One run of the job, read top to bottom: ingest, conform, the quality gate, aggregate. Each stage
 * prepares its inputs, calls the pure stage functions, hands the results to publish and reports; the
 * harness ({@link Stages}) times it and writes run_log. Writes to different tables run at once; each
 * write is one Delta transaction.
 */
public final class Job implements AutoCloseable {
  /** Writes to different tables in flight at once. */
  static final int PARALLEL_WRITES = 3;

  private final SparkSession spark;
  private final JobConfig config;
  private final Warehouse warehouse;
  private final Stages stages;
  private final Progress progress;
  private final Kept kept;

  public Job(SparkSession spark, JobConfig config, Progress progress) {
    this.spark = spark;
    this.config = config;
    this.warehouse = new Warehouse(spark, config.warehouse(), true);
    // In one JVM a lost block is a lost run anyway: rows are kept as local checkpoints there (see Kept).
    this.kept = new Kept(spark.sparkContext().isLocal());
    this.warehouse.checkWritable();
    this.progress = progress;
    this.stages = new Stages(new RunLog(spark, warehouse, config.runId()), progress);
  }

  public Warehouse warehouse() {
    return warehouse;
  }

  /**
   * The stages a command runs, in order; a failed quality gate stops the run before gold
   * ({@link QualityGate#stopIfFailed}, exit 3).
   */
  public void run(boolean ingest, boolean conform, boolean aggregate) {
    // Every reference file and every table's last commit is checked before the first write, so a bad one
    // stops the run with the warehouse as it was.
    ReferenceData reference = ReferenceFiles.forRun(spark.sparkContext().hadoopConfiguration(), config);
    warehouse.setGoldProperties(TableDesigns.goldProperties(config.rules(), reference.targets(config.rules())));
    warehouse.verifyTables();
    java.util.Set<String> superseded = null; // conform alone finds them among bronze's files
    if (ingest) {
      IngestStage stage = new IngestStage(spark, config, warehouse, stages, progress, conform ? kept : null);
      stage.run();
      superseded = stage.superseded().keySet();
    }
    YearSet freightYears = config.years();
    if (conform) {
      ConformStage.Result conformed = new ConformStage(spark, config, warehouse, stages, progress, reference, kept)
          .run(superseded);
      QualityGate.stopIfFailed(conformed.verdicts());
      freightYears = conformed.yearsOf(Source.FREIGHT, config.years());
    }
    if (aggregate) {
      new AggregateStage(config, reference, warehouse, stages, kept).run(freightYears);
    }
  }

  /** Lets go of the rows the run kept in memory. */
  @Override
  public void close() {
    warehouse.close();
    kept.close();
  }

  /** Registers the warehouse's tables as catalog.database.table, when a database is configured. */
  public void registerInCatalog() {
    if (config.catalogDatabase() != null) {
      if (SparkSessions.catalogInMemory(spark)) {
        progress.warn("the session's catalog is in memory: " + config.catalogDatabase() + ".* is gone when this "
            + "session ends (a cluster's metastore keeps it: spark.sql.catalogImplementation=hive; run-local.sh "
            + "keeps it in catalog.metastore)");
      }
      Instant startedAt = Instant.now();
      List<String> registered = new Catalog(spark, warehouse).register(config.catalogDatabase());
      progress.step("catalog", registered.isEmpty()
          ? "every table already registered in " + config.catalogDatabase()
          : "registered " + String.join(", ", registered) + " in " + config.catalogDatabase(), startedAt, Instant.now());
    }
  }

  /**
   * OPTIMIZE and VACUUM every table, PARALLEL_WRITES tables at a time, so one table's driver work (snapshots,
   * listings, commits) overlaps another's tasks (the sample warehouse's 17 tables: 100.8 -> 89.6 s); a run_log
   * row for the whole.
   */
  public void maintain(boolean force) {
    stages.finish(List.of(stages.run("maintain", Instant.now(), () -> {
      List<Maintenance.Result> results = new Maintenance(spark, warehouse).run(config.vacuumRetentionHours(), force,
          work -> Concurrently.run(work, PARALLEL_WRITES));
      results.forEach(r -> progress.info(String.format(Locale.ROOT,
          "  %-24s optimize: %d files compacted into %d; vacuum: %d files removed", r.table(),
          r.filesRemovedByOptimize(), r.filesAddedByOptimize(), r.filesVacuumed())));
      return new StageReport.Result(null, String.format(Locale.ROOT, "%d tables optimized and vacuumed (retention %d h)",
          results.size(), config.vacuumRetentionHours()));
    })));
  }
}
