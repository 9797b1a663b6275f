package org.tradecorridor.run;

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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Observation;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.tradecorridor.config.InvalidConfigException;
import org.tradecorridor.config.JobConfig;
import org.tradecorridor.conform.Reasons;
import org.tradecorridor.ingest.BronzeRows;
import org.tradecorridor.ingest.InputFiles;
import org.tradecorridor.ingest.Publications;
import org.tradecorridor.ingest.SourceFiles;
import org.tradecorridor.publish.Predicates;
import org.tradecorridor.publish.Warehouse;
import org.tradecorridor.quality.StageCounts;
import org.tradecorridor.tables.BronzeColumns;
import org.tradecorridor.tables.Source;

/**
 * Raw files to bronze, the three sources at once: every file is listed and its header checked before any
 * data is read; each source's bronze rows of the run's years are then replaced by its files' records.
 */
final class IngestStage {
  private final SparkSession spark;
  private final JobConfig config;
  private final Warehouse warehouse;
  private final Stages stages;
  private final Progress progress;
  /** Where the rows read are kept for conform in the same run, or null when no stage follows. */
  private final Kept kept;
  private Map<String, String> superseded = Map.of();

  IngestStage(SparkSession spark, JobConfig config, Warehouse warehouse, Stages stages, Progress progress,
      Kept kept) {
    this.spark = spark;
    this.config = config;
    this.warehouse = warehouse;
    this.stages = stages;
    this.progress = progress;
    this.kept = kept;
  }

  /** The customs files a newer publication supersedes, once {@link #run} has listed them. */
  Map<String, String> superseded() {
    return superseded;
  }

  List<StageReport> run() {
    if (config.input() == null) {
      throw new InvalidConfigException("--input is required to ingest");
    }
    List<SourceFiles> sources = new ArrayList<>();
    for (Source source : Source.values()) {
      sources.add(InputFiles.list(spark.sparkContext().hadoopConfiguration(), config.input(), source,
          config.encodingOf(source.folder())));
    }
    superseded = sources.get(Source.CUSTOMS.ordinal()).superseded();
    Publications.warnings(superseded).forEach(progress::warn);
    for (SourceFiles files : sources) {
      if (files.folderMissing()) {
        progress.warn("no " + files.folder() + " folder: bronze_projects is emptied and gold_joint_projects will be empty");
      }
      files.skipped().forEach(progress::warn);
    }
    return stages.finish(Concurrently.run(sources.stream()
        .map(files -> (Callable<StageReport>) () -> stages.run("ingest:" + files.source(), Instant.now(),
            () -> ingest(files)))
        .toList(), Job.PARALLEL_WRITES));
  }

  private StageReport.Result ingest(SourceFiles files) {
    Source source = files.source();
    Column inScope = source.isYearScoped() ? Scope.inYears(expr(source.yearSql("")), config.years()) : lit(true);
    Observation observation = Stages.observation("ingest_" + source);
    Dataset<Row> rows = BronzeRows.read(spark, files, config.encodingOf(source.folder()))
        .withColumn(BronzeColumns.INGESTED_AT, lit(Timestamp.from(Instant.now())))
        .withColumn(BronzeColumns.RUN_ID, lit(config.runId()));
    if (kept != null) {
      // Each file is parsed once: the write keeps its rows for conform, which reads them from memory.
      rows = kept.keep(Kept.BRONZE, rows);
    }
    // The run's columns are added before the rows are counted: Spark then builds each row in its
    // format once, where the counting step between two projections would have it built twice.
    Dataset<Row> bronze = rows
        .observe(observation, count(lit(1)).as("read"), count_if(inScope).as("written"),
            collect_set(when(col(BronzeRows.READ_AS_WINDOWS_1252), col(BronzeColumns.SOURCE_FILE))).as("windows1252"))
        .filter(inScope)
        .drop(BronzeRows.READ_AS_WINDOWS_1252);
    warehouse.replace(bronze, source.bronzeTable(), Predicates.bronze(source, config.years()),
        rows.filter(inScope).drop(BronzeRows.READ_AS_WINDOWS_1252));
    Map<String, Object> metrics = Stages.metrics(observation);
    long read = (Long) metrics.get("read");
    long written = (Long) metrics.get("written");
    List<String> windows1252 = new ArrayList<>(scala.jdk.javaapi.CollectionConverters.asJava(
        (scala.collection.Seq<String>) metrics.get("windows1252")));
    windows1252.stream().sorted().forEach(file -> progress.warn(file + " is not UTF-8: read as windows-1252 ("
        + source.folder() + ".encoding = auto)"));
    Map<String, Long> byReason = read > written ? Map.of(Reasons.OUTSIDE_YEARS, read - written) : Map.of();
    StageCounts counts = new StageCounts(read, written, 0, read - written, byReason);
    return new StageReport.Result(counts, String.format(Locale.ROOT,
        "%d files, %,d bytes; %,d rows read, %,d written to %s, %,d outside --years", files.files().size(),
        files.totalBytes(), read, written, source.bronzeTable(), read - written));
  }
}
