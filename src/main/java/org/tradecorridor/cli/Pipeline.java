package org.tradecorridor.cli;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.count_if;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Observation;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.tradecorridor.aggregate.AgroContribution;
import org.tradecorridor.aggregate.BilateralTurnover;
import org.tradecorridor.aggregate.CorridorFreight;
import org.tradecorridor.aggregate.GoldColumns;
import org.tradecorridor.aggregate.JointProjects;
import org.tradecorridor.aggregate.SectorTrade;
import org.tradecorridor.aggregate.TradeSelection;
import org.tradecorridor.config.InvalidConfigException;
import org.tradecorridor.config.JobConfig;
import org.tradecorridor.config.YearSet;
import org.tradecorridor.conform.Classified;
import org.tradecorridor.conform.CustomsConform;
import org.tradecorridor.conform.FreightConform;
import org.tradecorridor.conform.Outcome;
import org.tradecorridor.conform.ProjectsConform;
import org.tradecorridor.conform.Reasons;
import org.tradecorridor.conform.ReferenceData;
import org.tradecorridor.conform.Reuse;
import org.tradecorridor.conform.SilverColumns;
import org.tradecorridor.ingest.BronzeColumns;
import org.tradecorridor.ingest.BronzeRows;
import org.tradecorridor.ingest.InputFile;
import org.tradecorridor.ingest.InputFiles;
import org.tradecorridor.ingest.InvalidInputException;
import org.tradecorridor.ingest.ReferenceFiles;
import org.tradecorridor.ingest.Source;
import org.tradecorridor.ingest.SourceFiles;
import org.tradecorridor.publish.Catalog;
import org.tradecorridor.publish.Maintenance;
import org.tradecorridor.publish.RunLog;
import org.tradecorridor.publish.Tables;
import org.tradecorridor.publish.Warehouse;
import org.tradecorridor.quality.QualityGate;
import org.tradecorridor.quality.QualityGateException;
import org.tradecorridor.quality.StageCounts;

/**
 * Runs the stages for one run: reads inputs and tables, calls the stage functions, writes the
 * results, and appends each stage's run_log row and progress line. Writes to different tables run
 * at the same time; each write is one Delta transaction.
 */
final class Pipeline {
  /** Writes to different tables in flight at once. */
  private static final int PARALLEL_WRITES = 3;

  private final SparkSession spark;
  private final JobConfig config;
  private final Warehouse warehouse;
  private final RunLog runLog;
  private final Progress progress;
  private ReferenceData reference;
  /** Per source, the years this run conforms when they are more than the run's. */
  private final Map<Source, YearSet> yearsOf = new java.util.EnumMap<>(Source.class);

  Pipeline(SparkSession spark, JobConfig config, Progress progress) {
    this.spark = spark;
    this.config = config;
    this.warehouse = new Warehouse(spark, config.warehouse());
    this.warehouse.checkWritable();
    this.runLog = new RunLog(spark, warehouse, config.runId());
    this.progress = progress;
  }

  Warehouse warehouse() {
    return warehouse;
  }

  // ---------------------------------------------------------------- ingest

  /** Raw files to bronze, the three sources at once. Every header is checked before any data is read. */
  void ingest() {
    if (config.input() == null) {
      throw new InvalidConfigException("--input is required to ingest");
    }
    List<SourceFiles> sources = new ArrayList<>();
    for (Source source : Source.values()) {
      sources.add(InputFiles.list(spark.sparkContext().hadoopConfiguration(), config.input(), source,
          config.encodingOf(source.folder())));
    }
    for (SourceFiles files : sources) {
      if (files.folderMissing()) {
        progress.warn("no " + files.folder() + " folder: bronze_projects is emptied and gold_joint_projects will be empty");
      }
      files.skipped().forEach(progress::warn);
    }
    finish(Concurrently.run(sources.stream()
        .map(files -> (Callable<StageOutcome>) () -> stage("ingest:" + files.source(), Instant.now(), () -> ingest(files)))
        .toList(), PARALLEL_WRITES));
  }

  private StageResult ingest(SourceFiles files) {
    Source source = files.source();
    Column inScope = source.isYearScoped() ? inYears(expr(source.yearSql(""))) : lit(true);
    Observation observation = observation("ingest_" + source);
    // The run's columns are added before the rows are counted: Spark then builds each row in its
    // format once, where the counting step between two projections would have it built twice.
    Dataset<Row> bronze = BronzeRows.read(spark, files, config.encodingOf(source.folder()))
        .withColumn(BronzeColumns.INGESTED_AT, lit(Timestamp.from(Instant.now())))
        .withColumn(BronzeColumns.RUN_ID, lit(config.runId()))
        .observe(observation, count(lit(1)).as("read"), count_if(inScope).as("written"),
            collect_set(when(col(BronzeRows.READ_AS_WINDOWS_1252), col(BronzeColumns.SOURCE_FILE))).as("windows1252"))
        .filter(inScope)
        .drop(BronzeRows.READ_AS_WINDOWS_1252);
    warehouse.replace(bronze, source.bronzeTable(), bronzeReplaceWhere(files));
    Map<String, Object> metrics = metrics(observation);
    long read = (Long) metrics.get("read");
    long written = (Long) metrics.get("written");
    List<String> windows1252 = new ArrayList<>(scala.jdk.javaapi.CollectionConverters.asJava(
        (scala.collection.Seq<String>) metrics.get("windows1252")));
    windows1252.stream().sorted().forEach(file -> progress.warn(file + " is not UTF-8: read as windows-1252 ("
        + source.folder() + ".encoding = auto)"));
    Map<String, Long> byReason = read > written ? Map.of(Reasons.OUTSIDE_YEARS, read - written) : Map.of();
    StageCounts counts = new StageCounts(read, written, 0, read - written, byReason);
    String message = String.format(Locale.ROOT, "%d files, %,d bytes; %,d rows read, %,d written to %s, %,d outside --years",
        files.files().size(), files.totalBytes(), read, written, source.bronzeTable(), read - written);
    return new StageResult(counts, message);
  }

  /**
   * The bronze rows a run replaces: every row of its years (rows without a readable year belong to every
   * run), whichever file it came from, so bronze holds exactly the files now under --input: a file taken
   * away stops counting. Projects are a snapshot of the projects/ folder, replaced whole.
   */
  private String bronzeReplaceWhere(SourceFiles files) {
    return files.source().isYearScoped() ? yearPredicate(files.source().yearSql("")).orElse(null) : null;
  }

  // ---------------------------------------------------------------- conform

  /**
   * Bronze to silver and quarantine for every source: each row is classified once (kept in memory),
   * the quarantined rows of all sources go to quarantine in one commit, each source is judged by the
   * quality gate, and the silver tables of the sources that pass are written at once.
   */
  void conform() {
    Instant startedAt = Instant.now();
    Map<Source, Dataset<Row>> classified = new LinkedHashMap<>();
    Map<Source, Observation> observations = new LinkedHashMap<>();
    List<StageOutcome> outcomes = new ArrayList<>();
    List<Dataset<Row>> kept = new ArrayList<>();
    // Each kept result is computed at once, in the order the stage builds them: a later query then
    // reads it, instead of two parts of one plan computing the same rows side by side.
    Reuse reuse = rows -> {
      Dataset<Row> persisted = rows.persist(StorageLevel.MEMORY_AND_DISK());
      kept.add(persisted);
      persisted.write().format("noop").mode("overwrite").save();
      return persisted;
    };
    try {
      Dataset<Row> quarantine = null;
      for (Source source : Source.values()) {
        if (!warehouse.exists(source.bronzeTable())) {
          throw new InvalidInputException(source.bronzeTable() + " does not exist under " + warehouse.root()
              + "; run ingest first");
        }
        Dataset<Row> bronze = warehouse.read(source.bronzeTable());
        Dataset<Row> rows;
        if (!source.isYearScoped() || config.years().isAll()) {
          rows = classify(source, bronze, reuse);
        } else if (source.keyHoldsYear()) {
          rows = classify(source, bronze.filter(inYears(expr(source.yearSql("")), config.years())), reuse);
        } else {
          // A shipment sent in another year's file is a copy too: duplicates are judged over every year,
          // as a full run judges them, and a year whose kept rows that changes is conformed again.
          rows = classify(source, bronze, reuse);
          YearSet years = config.years().and(changedYears(source, rows));
          yearsOf.put(source, years);
          rows = rows.filter(inYears(Classified.rowYear(), years));
        }
        classified.put(source, rows);
        observations.put(source, observation("conform_" + source));
        Dataset<Row> quarantined = Classified.quarantined(
            rows.observe(observations.get(source), count(lit(1)).as("read"), outcomeCounts()),
            source, config.runId(), Timestamp.from(startedAt));
        quarantine = quarantine == null ? quarantined : quarantine.unionByName(quarantined);
      }
      // repartition, not coalesce: the rows are searched in parallel and only the few found are moved to one file
      warehouse.replace(quarantine.repartition(1), Tables.QUARANTINE, Arrays.stream(Source.values())
          .map(this::quarantineReplaceWhere).collect(Collectors.joining(" OR ")));
    } catch (RuntimeException e) {
      kept.forEach(Dataset::unpersist);
      finish(Arrays.stream(Source.values()).map(s -> new StageOutcome(new RunLog.Entry("conform:" + s, startedAt,
          Instant.now(), RunLog.FAILED, null, Errors.oneLine(e)), e)).toList());
      throw e;
    }

    try {
      List<QualityGate.Verdict> failed = new ArrayList<>();
      List<Callable<StageOutcome>> silverWrites = new ArrayList<>();
      for (Source source : Source.values()) {
        StageCounts counts = conformCounts(metrics(observations.get(source)));
        QualityGate.Verdict verdict = QualityGate.judge(source.folder(), counts, config.maxQuarantineRatio());
        String message = String.format(Locale.ROOT, "%,d read, %,d kept, %,d quarantined%s, %,d ignored%s",
            counts.read(), counts.written(), counts.quarantined(), detail(counts, Reasons.QUARANTINE),
            counts.ignored(), detail(counts, Reasons.IGNORED));
        if (verdict.passed()) {
          silverWrites.add(() -> stage("conform:" + source, startedAt, () -> {
            warehouse.replace(Classified.kept(classified.get(source), silverColumns(source), config.runId()),
                silverTable(source), source.isYearScoped() ? yearPredicate(SilverColumns.YEAR, yearsOf(source)).orElse(null)
                    : null);
            return new StageResult(counts, message);
          }));
        } else {
          // The gate failed: quarantine is written so the reasons can be read; silver and gold are not.
          failed.add(verdict);
          outcomes.add(new StageOutcome(new RunLog.Entry("conform:" + source, startedAt, Instant.now(), RunLog.FAILED,
              counts, message + "; quality gate failed: " + verdict.describe()), null));
        }
      }
      outcomes.addAll(Concurrently.run(silverWrites, PARALLEL_WRITES));
      finish(outcomes);
      if (!failed.isEmpty()) {
        throw new QualityGateException("quality gate failed, gold not written: "
            + failed.stream().map(QualityGate.Verdict::describe).collect(Collectors.joining("; ")));
      }
    } finally {
      kept.forEach(Dataset::unpersist);
    }
  }

  private Dataset<Row> classify(Source source, Dataset<Row> bronze, Reuse reuse) {
    ReferenceData references = reference();
    return switch (source) {
      case CUSTOMS -> CustomsConform.classify(bronze, config.rules(), references, reuse);
      case FREIGHT -> FreightConform.classify(bronze, config.rules(), references, reuse);
      case PROJECTS -> ProjectsConform.classify(bronze, config.rules(), reuse);
    };
  }

  /**
   * The years other than the run's whose kept rows of {@code source} differ from its silver table's, now
   * that duplicates are judged over every year: a copy of the run's years came first, or the copy that
   * came first has gone. Only years silver holds count (a year never conformed is not conformed now).
   */
  private java.util.Set<Integer> changedYears(Source source, Dataset<Row> classifiedRows) {
    String silver = silverTable(source);
    if (!warehouse.exists(silver)) {
      return java.util.Set.of();
    }
    Column otherYears = functionsNot(col(SilverColumns.YEAR).isin(config.years().years().toArray()));
    Dataset<Row> keptNow = Classified.kept(classifiedRows, silverColumns(source), config.runId())
        .filter(otherYears).select(SilverColumns.YEAR, SilverColumns.SOURCE_FILE, SilverColumns.SHIPMENT_ID);
    Dataset<Row> inSilver = warehouse.read(silver).filter(otherYears)
        .select(SilverColumns.YEAR, SilverColumns.SOURCE_FILE, SilverColumns.SHIPMENT_ID);
    java.util.Set<Integer> silverYears = new java.util.TreeSet<>();
    inSilver.select(SilverColumns.YEAR).distinct().collectAsList().forEach(r -> silverYears.add(r.getInt(0)));
    java.util.Set<Integer> changed = new java.util.TreeSet<>();
    keptNow.exceptAll(inSilver).union(inSilver.exceptAll(keptNow)).select(SilverColumns.YEAR).distinct()
        .collectAsList().forEach(r -> changed.add(r.getInt(0)));
    changed.retainAll(silverYears);
    if (!changed.isEmpty()) {
      progress.info("[conform:" + source + "] copies across years change the kept rows of " + changed
          + ": conformed again with " + config.years());
    }
    return changed;
  }

  private static Column functionsNot(Column condition) {
    return org.apache.spark.sql.functions.not(condition);
  }

  private static Column[] outcomeCounts() {
    List<Column> counts = new ArrayList<>();
    counts.add(count_if(col(Outcome.OUTCOME).equalTo(Outcome.KEPT)).as(Outcome.KEPT));
    counts.add(count_if(col(Outcome.OUTCOME).equalTo(Outcome.QUARANTINED)).as(Outcome.QUARANTINED));
    counts.add(count_if(col(Outcome.OUTCOME).equalTo(Outcome.IGNORED)).as(Outcome.IGNORED));
    allReasons().forEach(r -> counts.add(count_if(col(Outcome.REASON).equalTo(r)).as(r)));
    return counts.toArray(Column[]::new);
  }

  private static StageCounts conformCounts(Map<String, Object> metrics) {
    Map<String, Long> byReason = new LinkedHashMap<>();
    for (String reason : allReasons()) {
      long rows = (Long) metrics.get(reason);
      if (rows > 0) {
        byReason.put(reason, rows);
      }
    }
    return new StageCounts((Long) metrics.get("read"), (Long) metrics.get(Outcome.KEPT),
        (Long) metrics.get(Outcome.QUARANTINED), (Long) metrics.get(Outcome.IGNORED), byReason);
  }

  private static List<String> allReasons() {
    List<String> reasons = new ArrayList<>(Reasons.QUARANTINE);
    reasons.addAll(Reasons.IGNORED);
    return reasons;
  }

  private static String detail(StageCounts counts, List<String> reasons) {
    String described = counts.describe(reasons);
    return described.isEmpty() ? "" : " (" + described + ")";
  }

  /** A source's quarantine rows of the run's years (and those of no readable year). */
  private String quarantineReplaceWhere(Source source) {
    String ofSource = SilverColumns.SOURCE + " = " + Warehouse.literal(source.folder());
    if (!source.isYearScoped()) {
      return "(" + ofSource + ")";
    }
    return "(" + yearPredicate(SilverColumns.YEAR, yearsOf(source)).map(years -> ofSource + " AND " + years)
        .orElse(ofSource) + ")";
  }

  /** The years a source is conformed for: the run's, and for freight those whose copies changed. */
  private YearSet yearsOf(Source source) {
    return yearsOf.getOrDefault(source, config.years());
  }

  private static List<String> silverColumns(Source source) {
    return switch (source) {
      case CUSTOMS -> SilverColumns.TRADE_FLOWS;
      case FREIGHT -> SilverColumns.FREIGHT;
      case PROJECTS -> SilverColumns.PROJECTS;
    };
  }

  private static String silverTable(Source source) {
    return switch (source) {
      case CUSTOMS -> Tables.SILVER_TRADE_FLOWS;
      case FREIGHT -> Tables.SILVER_FREIGHT;
      case PROJECTS -> Tables.SILVER_PROJECTS;
    };
  }

  // ---------------------------------------------------------------- aggregate

  /** Silver to gold: every gold table, for the run's years, written at once. */
  void aggregate() {
    finish(List.of(stage("aggregate", Instant.now(), () -> {
      for (String table : List.of(Tables.SILVER_TRADE_FLOWS, Tables.SILVER_FREIGHT, Tables.SILVER_PROJECTS)) {
        if (!warehouse.exists(table)) {
          throw new InvalidInputException(table + " does not exist under " + warehouse.root() + "; run conform first");
        }
      }
      YearSet tradeYears = config.years();
      // The corridor tables cover the years whose freight this run conformed: the run's, and those that
      // copies of shipments across years changed.
      YearSet freightYears = yearsOf(Source.FREIGHT);
      Dataset<Row> selected = TradeSelection.bySector(
          inYears(warehouse.read(Tables.SILVER_TRADE_FLOWS), tradeYears.withPreviousYears()), config.rules()).persist();
      Dataset<Row> axisSectors = CorridorFreight.byYearAxisAndSector(
          inYears(warehouse.read(Tables.SILVER_FREIGHT), freightYears.withPreviousYears())).persist();
      try {
        List<Callable<Void>> writes = List.of(
            gold(() -> BilateralTurnover.byYear(selected, config.rules()), Tables.GOLD_BILATERAL_TURNOVER,
                GoldColumns.BILATERAL_TURNOVER, tradeYears),
            gold(() -> SectorTrade.byYearAndSector(selected), Tables.GOLD_TRADE_BY_SECTOR,
                GoldColumns.TRADE_BY_SECTOR, tradeYears),
            gold(() -> AgroContribution.byYear(selected, config.rules().agroSector()), Tables.GOLD_AGRO_CONTRIBUTION,
                GoldColumns.AGRO_CONTRIBUTION, tradeYears),
            gold(() -> CorridorFreight.byYearAndAxis(axisSectors), Tables.GOLD_CORRIDOR_FREIGHT,
                GoldColumns.CORRIDOR_FREIGHT, freightYears),
            gold(() -> axisSectors, Tables.GOLD_CORRIDOR_SECTOR, GoldColumns.CORRIDOR_SECTOR, freightYears),
            gold(() -> JointProjects.bySector(warehouse.read(Tables.SILVER_PROJECTS)), Tables.GOLD_JOINT_PROJECTS,
                GoldColumns.JOINT_PROJECTS, null));
        Concurrently.run(writes, PARALLEL_WRITES);
      } finally {
        selected.unpersist();
        axisSectors.unpersist();
      }
      return new StageResult(null, Tables.GOLD.size() + " gold tables written for " + config.years());
    })));
  }

  /** Writes a gold table: these years of a yearly table, or the whole of another ({@code years} null). */
  private Callable<Void> gold(Supplier<Dataset<Row>> rows, String table, List<String> columns, YearSet years) {
    return () -> {
      Dataset<Row> gold = (years != null ? inYears(rows.get(), years) : rows.get())
          .withColumn(GoldColumns.RUN_ID, lit(config.runId()))
          .select(columns(columns))
          .coalesce(1);
      warehouse.replace(gold, table, years != null ? yearPredicate(GoldColumns.YEAR, years).orElse(null) : null);
      return null;
    };
  }

  // ---------------------------------------------------------------- catalog and maintenance

  /** Registers the warehouse's tables as catalog.database.table, when a database is configured. */
  void registerInCatalog() {
    if (config.catalogDatabase() != null) {
      Instant startedAt = Instant.now();
      List<String> registered = new Catalog(spark, warehouse).register(config.catalogDatabase());
      progress.step("catalog", registered.isEmpty()
          ? "every table already registered in " + config.catalogDatabase()
          : "registered " + String.join(", ", registered) + " in " + config.catalogDatabase(), startedAt, Instant.now());
    }
  }

  /** OPTIMIZE and VACUUM every table; a run_log row for the whole. */
  void maintain(boolean force) {
    finish(List.of(stage("maintain", Instant.now(), () -> {
      List<Maintenance.Result> results = new Maintenance(spark, warehouse).run(config.vacuumRetentionHours(), force);
      results.forEach(r -> progress.info(String.format(Locale.ROOT,
          "  %-24s optimize: %d files compacted into %d; vacuum: %d files removed", r.table(),
          r.filesRemovedByOptimize(), r.filesAddedByOptimize(), r.filesVacuumed())));
      return new StageResult(null, String.format(Locale.ROOT, "%d tables optimized and vacuumed (retention %d h)",
          results.size(), config.vacuumRetentionHours()));
    })));
  }

  // ---------------------------------------------------------------- shared

  /** What a stage reports: its counts (null for aggregate) and its run_log message. */
  private record StageResult(StageCounts counts, String message) {}

  /** A stage's run_log entry, and its failure if it failed. */
  private record StageOutcome(RunLog.Entry entry, RuntimeException failure) {}

  /** Runs a stage; a failure becomes a FAILED entry and is rethrown by {@link #finish}. */
  private StageOutcome stage(String name, Instant startedAt, Supplier<StageResult> body) {
    try {
      StageResult result = body.get();
      if (result.counts() != null && !result.counts().balances()) {
        throw new IllegalStateException(name + ": rows do not add up: " + result.counts());
      }
      return new StageOutcome(new RunLog.Entry(name, startedAt, Instant.now(), RunLog.SUCCEEDED, result.counts(),
          result.message()), null);
    } catch (RuntimeException e) {
      return new StageOutcome(new RunLog.Entry(name, startedAt, Instant.now(), RunLog.FAILED, null,
          Errors.oneLine(e)), e);
    }
  }

  /**
   * Appends the run_log rows of stages that ended together (one commit) and prints their lines; then
   * rethrows the first failure among them.
   */
  private void finish(List<StageOutcome> outcomes) {
    RuntimeException failure = outcomes.stream().map(StageOutcome::failure).filter(f -> f != null).findFirst()
        .orElse(null);
    try {
      runLog.record(outcomes.stream().map(StageOutcome::entry).toList());
    } catch (RuntimeException logFailure) {
      if (failure == null) {
        throw logFailure;
      }
      failure.addSuppressed(logFailure);
    }
    outcomes.forEach(o -> progress.step(o.entry().stage(), o.entry().message(), o.entry().startedAt(),
        o.entry().finishedAt()));
    if (failure != null) {
      throw failure;
    }
  }

  /** An observation named uniquely, as Spark needs when runs share a session. */
  private static Observation observation(String name) {
    return new Observation(name + "_" + UUID.randomUUID().toString().replace("-", ""));
  }

  /** The metrics an observed write collected; the write has finished, so they are there. */
  private static Map<String, Object> metrics(Observation observation) {
    try {
      return observation.getAsJava();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading row counts", e);
    }
  }

  private ReferenceData reference() {
    if (reference == null) {
      reference = ReferenceFiles.load(spark.sparkContext().hadoopConfiguration(), config.hsSectorsPath(),
          config.corridorNodesPath(), config.countriesPath());
      String agro = config.rules().agroSector();
      if (!reference.sectors().contains(agro)) {
        throw new InvalidConfigException("sectors.agro '" + agro + "' is not a sector of reference.hsSectors ("
            + String.join(", ", reference.sectors()) + ")");
      }
    }
    return reference;
  }

  /** True for rows of the run's years, and for rows whose year could not be read (null). */
  private Column inYears(Column year) {
    return inYears(year, config.years());
  }

  private static Column inYears(Column year, YearSet years) {
    return years.isAll() ? lit(true) : year.isNull().or(year.isin(years.years().toArray()));
  }

  private static Dataset<Row> inYears(Dataset<Row> rows, YearSet years) {
    return years.isAll() ? rows : rows.filter(col(SilverColumns.YEAR).isin(years.years().toArray()));
  }

  /** A SQL predicate on the run's years, with rows of no readable year, or empty for a run of all years. */
  private Optional<String> yearPredicate(String yearSql) {
    return yearPredicate(yearSql, config.years());
  }

  private static Optional<String> yearPredicate(String yearSql, YearSet years) {
    return years.sqlList().map(list -> "(" + yearSql + " IN (" + list + ") OR " + yearSql + " IS NULL)");
  }

  private static Column[] columns(List<String> names) {
    return names.stream().map(n -> col(n)).toArray(Column[]::new);
  }
}
