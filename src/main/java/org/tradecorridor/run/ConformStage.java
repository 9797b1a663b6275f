package org.tradecorridor.run;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.not;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Observation;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.tradecorridor.config.JobConfig;
import org.tradecorridor.config.YearSet;
import org.tradecorridor.conform.Classification;
import org.tradecorridor.aggregate.MirrorDiscrepancy;
import org.tradecorridor.conform.CustomsFlags;
import org.tradecorridor.conform.Duplicates;
import org.tradecorridor.conform.Outcome;
import org.tradecorridor.conform.Reasons;
import org.tradecorridor.conform.SourceRules;
import org.tradecorridor.ingest.InvalidInputException;
import org.tradecorridor.ingest.Publications;
import org.tradecorridor.publish.Predicates;
import org.tradecorridor.publish.Warehouse;
import org.tradecorridor.quality.QualityGate;
import org.tradecorridor.quality.StageCounts;
import org.tradecorridor.reference.Pairs;
import org.tradecorridor.reference.ReferenceData;
import org.tradecorridor.tables.SilverColumns;
import org.tradecorridor.tables.Source;
import org.tradecorridor.tables.Tables;

/**
 * Bronze to silver and quarantine for every source. Each source's rows are classified once: the rules'
 * steps (kept in memory, each computed at once, in order), then duplicates (later copies found on a
 * narrow projection, their raw records read from bronze again). The quarantined rows of all sources go to
 * quarantine in one commit; each source is judged by the quality gate; the silver tables of the sources
 * that pass are written at once.
 */
final class ConformStage {
  /** What conform did: the gate's verdicts, and the years each source was conformed for. */
  record Result(List<QualityGate.Verdict> verdicts, Map<Source, YearSet> years) {
    YearSet yearsOf(Source source, YearSet run) {
      return years.getOrDefault(source, run);
    }
  }

  private final SparkSession spark;
  private final JobConfig config;
  private final Warehouse warehouse;
  private final Stages stages;
  private final Progress progress;
  private final ReferenceData reference;
  private final Pairs pairs;
  private final Kept kept;
  private Set<String> superseded;

  ConformStage(SparkSession spark, JobConfig config, Warehouse warehouse, Stages stages, Progress progress,
      ReferenceData reference, Kept kept) {
    this.spark = spark;
    this.config = config;
    this.warehouse = warehouse;
    this.stages = stages;
    this.progress = progress;
    this.reference = reference;
    this.pairs = reference.pairs(config.rules());
    this.kept = kept;
  }

  /**
   * @param superseded the customs files a newer publication supersedes, as ingest listed them; null to find
   *     them among the files bronze's rows come from (conform alone)
   */
  Result run(Set<String> superseded) {
    this.superseded = superseded;
    Instant startedAt = Instant.now();
    Map<Source, Dataset<Row>> classified = new LinkedHashMap<>();
    Map<Source, Observation> observations = new LinkedHashMap<>();
    Map<Source, YearSet> years = new EnumMap<>(Source.class);
    try {
      try {
        Dataset<Row> quarantine = null;
        Dataset<Row> remembered = null;
        for (Source source : Source.values()) {
          // Every row with its outcome, kept once: quarantine, silver and quality_flags are read from it.
          Dataset<Row> rows = kept.keepAsLeaf(Kept.CLASSIFIED, classify(source, years));
          classified.put(source, rows);
          observations.put(source, Stages.observation("conform_" + source));
          org.apache.spark.sql.Column[] counts = Classification.counts();
          Timestamp detectedAt = Timestamp.from(startedAt);
          Dataset<Row> quarantined = Classification.quarantined(rows.observe(observations.get(source), counts[0],
              java.util.Arrays.copyOfRange(counts, 1, counts.length)), source, config.runId(), detectedAt);
          quarantine = quarantine == null ? quarantined : quarantine.unionByName(quarantined);
          Dataset<Row> mine = Classification.quarantined(rows, source, config.runId(), detectedAt);
          remembered = remembered == null ? mine : remembered.unionByName(mine);
        }
        // The rows read from the files are classified: what conform kept of its steps goes with them.
        kept.release(Kept.BRONZE);
        List.of(Source.values()).forEach(s -> warehouse.forget(s.bronzeTable()));
        // repartition, not coalesce: the rows are searched in parallel and only the few found go to one file
        warehouse.replace(quarantine.repartition(1), Tables.QUARANTINE, String.join(" OR ", List.of(Source.values())
            .stream().map(s -> Predicates.quarantine(s, years.getOrDefault(s, config.years()), pairs)).toList()), remembered);
        kept.release(Kept.CONFORM);
      } catch (Exception e) { // Spark's and Delta's checked exceptions too, thrown undeclared from Scala
        stages.finish(List.of(Source.values()).stream().map(s -> StageReport.failed("conform:" + s, startedAt,
            Failures.oneLine(e), null, e)).toList());
        throw Failures.rethrow(e);
      }
      List<QualityGate.Verdict> verdicts = new ArrayList<>();
      List<StageReport> reports = new ArrayList<>();
      List<Callable<StageReport>> silverWrites = new ArrayList<>();
      for (Source source : Source.values()) {
        StageCounts counts = StageCounts.ofConform(Stages.metrics(observations.get(source)));
        QualityGate.Verdict verdict = QualityGate.judge(source.folder(), counts, config.maxQuarantineRatio());
        verdicts.add(verdict);
        String message = String.format(Locale.ROOT, "%,d read, %,d kept, %,d quarantined%s, %,d ignored%s",
            counts.read(), counts.written(), counts.quarantined(), detail(counts, Reasons.QUARANTINE),
            counts.ignored(), detail(counts, Reasons.IGNORED));
        if (verdict.passed()) {
          YearSet scope = years.getOrDefault(source, config.years());
          silverWrites.add(() -> stages.run("conform:" + source, startedAt, () -> {
            warehouse.replace(Classification.kept(classified.get(source), source.silverColumns(), config.runId()),
                source.silverTable(), Predicates.silver(source, scope, pairs));
            if (source == Source.CUSTOMS) {
              warehouse.replace(flags(classified.get(source)).repartition(1), Tables.QUALITY_FLAGS,
                  Predicates.flags(scope, pairs));
            }
            return new StageReport.Result(counts, message);
          }));
        } else {
          // The gate failed: quarantine is written so the reasons can be read; silver and gold are not.
          reports.add(StageReport.failed("conform:" + source, startedAt,
              message + "; quality gate failed: " + verdict.describe(), counts, null));
        }
      }
      reports.addAll(Concurrently.run(silverWrites, Job.PARALLEL_WRITES));
      stages.finish(reports);
      return new Result(verdicts, years);
    } finally {
      kept.release(Kept.BRONZE);
      kept.release(Kept.CONFORM);
    }
  }

  /**
   * A source's bronze, classified. Customs rows of the run's years; freight of every year, since a shipment
   * sent in another year's file is a copy too, then the years whose kept rows that changes are added.
   */
  private Dataset<Row> classify(Source source, Map<Source, YearSet> years) {
    if (!warehouse.exists(source.bronzeTable())) {
      throw new InvalidInputException(source.bronzeTable() + " does not exist under " + warehouse.root()
          + "; run ingest first");
    }
    Dataset<Row> bronze = warehouse.read(source.bronzeTable());
    if (!source.isYearScoped() || config.years().isAll()) {
      return classified(source, bronze);
    }
    if (source.keyHoldsYear()) {
      return classified(source, bronze.filter(Scope.inYears(expr(source.yearSql("")), config.years())));
    }
    Dataset<Row> rows = classified(source, bronze);
    YearSet scope = config.years().and(changedYears(source, rows));
    years.put(source, scope);
    return rows.filter(Scope.inYears(Classification.rowYear(), scope));
  }

  /** The rules' steps, each result kept in memory and computed at once, then the duplicates. */
  private Dataset<Row> classified(Source source, Dataset<Row> bronze) {
    if (source == Source.CUSTOMS && superseded == null) {
      superseded = Publications.supersededAmong(bronze);
    }
    SourceRules rules = SourceRules.of(source, config.rules(), reference,
        source == Source.CUSTOMS ? superseded : Set.of());
    Dataset<Row> parsed = kept.keepNow(Kept.CONFORM, rules.rowRules(bronze));
    Dataset<Row> decided = rules.groupRules(parsed);
    Dataset<Row> laterCopies = Duplicates.laterCopies(decided, rules.naturalKey());
    // The later copies are few as a rule: listed in one job (one partition, not a search partition by
    // partition), they and their records join the rows from the driver, with no job of their own.
    List<Row> listed = laterCopies.coalesce(1).limit(Duplicates.MAX_LISTED + 1).collectAsList();
    if (listed.size() > Duplicates.MAX_LISTED) {
      Dataset<Row> copies = kept.keepNow(Kept.CONFORM, laterCopies);
      return Classification.outcomes(decided, kept.keepNow(Kept.CONFORM,
          Duplicates.records(bronze, source, copies, Duplicates.amongListed(listed))));
    }
    Dataset<Row> copies = spark.createDataFrame(listed, laterCopies.schema());
    Dataset<Row> records = Duplicates.records(bronze, source, copies, Duplicates.amongListed(listed));
    return Classification.outcomes(decided, spark.createDataFrame(records.collectAsList(), records.schema()));
  }

  /**
   * The years other than the run's whose kept rows of {@code source} differ from its silver table's, now
   * that duplicates are judged over every year: a copy of the run's years came first, or the copy that
   * came first has gone. Only years silver holds count (a year never conformed is not conformed now).
   */
  private Set<Integer> changedYears(Source source, Dataset<Row> classifiedRows) {
    if (!warehouse.exists(source.silverTable())) {
      return Set.of();
    }
    var otherYears = not(col(SilverColumns.YEAR).isin(config.years().years().toArray()));
    Dataset<Row> keptNow = Classification.kept(classifiedRows, source.silverColumns(), config.runId())
        .filter(otherYears).select(SilverColumns.YEAR, SilverColumns.SOURCE_FILE, SilverColumns.SHIPMENT_ID);
    Dataset<Row> inSilver = warehouse.read(source.silverTable()).filter(otherYears)
        .select(SilverColumns.YEAR, SilverColumns.SOURCE_FILE, SilverColumns.SHIPMENT_ID);
    Set<Integer> silverYears = new TreeSet<>();
    inSilver.select(SilverColumns.YEAR).distinct().collectAsList().forEach(r -> silverYears.add(r.getInt(0)));
    Set<Integer> changed = new TreeSet<>();
    keptNow.exceptAll(inSilver).union(inSilver.exceptAll(keptNow)).select(SilverColumns.YEAR).distinct()
        .collectAsList().forEach(r -> changed.add(r.getInt(0)));
    changed.retainAll(silverYears);
    if (!changed.isEmpty()) {
      progress.info("[conform:" + source + "] copies across years change the kept rows of " + changed
          + ": conformed again with " + config.years());
    }
    return changed;
  }

  /**
   * Every quality flag of the customs rows conformed: the rows' own (CustomsFlags) and the mirror gaps of
   * their years, from the same kept rows gold_mirror_discrepancy is computed from; one write a run.
   */
  private Dataset<Row> flags(Dataset<Row> classifiedCustoms) {
    Dataset<Row> kept = Classification.kept(classifiedCustoms, Source.CUSTOMS.silverColumns(), config.runId());
    return CustomsFlags.of(classifiedCustoms, config.runId()).unionByName(MirrorDiscrepancy.flags(
        MirrorDiscrepancy.byYearDirectionAndSector(kept, config.rules()), config.runId()));
  }

  private static String detail(StageCounts counts, List<String> reasons) {
    String described = counts.describe(reasons);
    return described.isEmpty() ? "" : " (" + described + ")";
  }
}
