package org.tradecorridor.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.tradecorridor.config.InvalidConfigException;
import org.tradecorridor.config.JobConfig;
import org.tradecorridor.run.Concurrently;
import org.tradecorridor.run.Progress;
import org.tradecorridor.config.TextEncoding;
import org.tradecorridor.conform.Classification;
import org.tradecorridor.conform.Outcome;
import org.tradecorridor.conform.SourceRules;
import org.tradecorridor.reference.ReferenceData;
import org.tradecorridor.ingest.BronzeRows;
import org.tradecorridor.ingest.BronzeSample;
import org.tradecorridor.ingest.InputFiles;
import org.tradecorridor.reference.ReferenceFiles;
import org.tradecorridor.tables.Source;
import org.tradecorridor.ingest.Publications;
import org.tradecorridor.ingest.SourceFiles;
import org.tradecorridor.tables.Tables;
import scala.Tuple2;

/**
 * --dry-run: checks the configuration, the reference files, the input files and the warehouse's file
 * system, prints what the command would do, and writes nothing. The first {@value #SAMPLE_RECORDS}
 * records of every input file are read on the driver as ingest reads them, so a bad encoding, a wrong
 * field count or a broken file stops the dry run as it would stop the run, before any Spark job; a run's
 * dry run then classifies those records (one small local job) and says what would be kept, quarantined
 * and ignored, so an orchestrator can validate a task in seconds.
 */
final class DryRun {
  /** Records read from the start of every input file. */
  static final int SAMPLE_RECORDS = 1000;

  private DryRun() {}

  /**
   * Prints the plan; throws the same exceptions (exit 2) a real run would for a bad setting or input.
   *
   * @param sessions the session to classify the sampled records in, asked for only when they are classified
   */
  static void check(String command, JobConfig config, boolean ingest, boolean conform, boolean aggregate,
      Progress out, Supplier<SparkSession> sessions) {
    Configuration hadoop = hadoopConfiguration();
    List<String> plan = new ArrayList<>();
    Map<Source, SourceFiles> inputs = new LinkedHashMap<>();
    Map<Source, BronzeSample> samples = new LinkedHashMap<>();
    if (ingest) {
      for (Source source : Source.values()) {
        TextEncoding encoding = config.encodingOf(source.folder());
        SourceFiles files = InputFiles.list(hadoop, config.input(), source, encoding);
        inputs.put(source, files);
        plan.add(String.format(Locale.ROOT, "ingest %-8s %3d files, %,d bytes from %s -> %s%s", source,
            files.files().size(), files.totalBytes(), files.folder(), source.bronzeTable(),
            files.folderMissing() ? " (no folder: emptied)" : source.isYearScoped()
                ? ", replacing those files' rows of " + config.years() : ", replacing the whole list"));
      }
      for (Map.Entry<Source, SourceFiles> files : inputs.entrySet()) {
        samples.put(files.getKey(), BronzeSample.firstRecords(hadoop, files.getValue(),
            config.encodingOf(files.getKey().folder()), SAMPLE_RECORDS));
      }
    }
    ReferenceData reference = null;
    if (conform) {
      reference = ReferenceFiles.forRun(hadoop, config);
      plan.add(String.format(Locale.ROOT, "conform  %d HS chapters in %d sectors, %d corridor nodes -> "
              + "silver_trade_flows, silver_freight, silver_projects, quarantine for %s (gate %s)",
          reference.sectorOfChapter().size(), reference.sectors().size(), reference.axisOfNode().size(),
          config.years(), config.maxQuarantineRatio()));
    }
    if (aggregate) {
      plan.add("aggregate -> " + String.join(", ", Tables.GOLD) + " for " + config.years());
    }
    List<String> tables = checkWarehouse(hadoop, config.warehouse());
    if (!ingest && conform && !tables.contains(Tables.BRONZE_CUSTOMS)) {
      plan.add("note: no bronze tables yet; conform needs an ingest first");
    }
    if (!conform && aggregate && !tables.contains(Tables.SILVER_TRADE_FLOWS)) {
      plan.add("note: no silver tables yet; aggregate needs a conform first");
    }
    out.info("dry run of " + command + ": configuration, references, input files and warehouse checked");
    out.info("warehouse " + config.warehouse() + ": " + (tables.isEmpty() ? "no tables yet" : tables.size()
        + " tables (" + String.join(", ", tables) + ")"));
    plan.forEach(line -> out.info("  " + line));
    for (Map.Entry<Source, BronzeSample> sample : samples.entrySet()) {
      describe(sample.getKey(), inputs.get(sample.getKey()), sample.getValue(), conform ? reference : null, config,
          sessions, out);
    }
    if (config.catalogDatabase() != null) {
      out.info("  register the tables in database " + config.catalogDatabase());
    }
    out.info("nothing was written");
  }

  /** What a run would do with a source's sampled records: their encodings, then kept, quarantined and ignored. */
  private static void describe(Source source, SourceFiles files, BronzeSample sample, ReferenceData reference,
      JobConfig config, Supplier<SparkSession> sessions, Progress out) {
    if (files.files().isEmpty()) {
      return;
    }
    Map<String, Long> byEncoding = new TreeMap<>();
    sample.encodingOfFile().values().forEach(e -> byEncoding.merge(e, 1L, Long::sum));
    out.info(String.format(Locale.ROOT, "  sample %-8s first %,d records of each file: %,d records; encoding %s",
        source, SAMPLE_RECORDS, sample.rows().size(), byEncoding.entrySet().stream()
            .map(e -> e.getKey() + " " + e.getValue() + (e.getValue() == 1 ? " file" : " files"))
            .collect(Collectors.joining(", "))));
    sample.encodingOfFile().forEach((file, encoding) -> {
      if (encoding.equals("windows-1252")) {
        out.info("    " + file + ": not UTF-8, read as windows-1252");
      }
    });
    if (reference == null || sample.rows().isEmpty()) {
      long malformed = sample.rows().stream().filter(r -> r.get(files.columns().size() + 1) != null).count();
      out.info(String.format(Locale.ROOT, "    %,d of them cannot be split into their header's fields", malformed));
      return;
    }
    SparkSession spark = sessions.get();
    Dataset<Row> bronze = spark.createDataFrame(sample.rows(), BronzeRows.schema(files.columns()));
    Map<String, String> superseded = files.superseded();
    Publications.warnings(superseded).forEach(w -> out.info("    " + w));
    Dataset<Row> classified = Classification.classify(SourceRules.of(source, config.rules(), reference,
        source == Source.CUSTOMS ? superseded.keySet() : java.util.Set.of()), bronze);
    Map<String, Map<String, Long>> outcomes = new TreeMap<>();
    for (Row row : classified.groupBy(Outcome.OUTCOME, Outcome.REASON).count().collectAsList()) {
      outcomes.computeIfAbsent(row.getString(0), o -> new TreeMap<>())
          .put(row.isNullAt(1) ? "" : row.getString(1), row.getLong(2));
    }
    out.info("    would be " + String.join(", ", List.of(Outcome.KEPT, Outcome.QUARANTINED, Outcome.IGNORED).stream()
        .map(outcome -> {
          Map<String, Long> reasons = outcomes.getOrDefault(outcome, Map.of());
          long total = reasons.values().stream().mapToLong(Long::longValue).sum();
          String detail = reasons.entrySet().stream().filter(e -> !e.getKey().isEmpty())
              .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
              .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
          return String.format(Locale.ROOT, "%,d %s", total, outcome.toLowerCase(Locale.ROOT))
              + (detail.isEmpty() ? "" : " (" + detail + ")");
        }).toList()));
  }

  /** The tables the warehouse holds; the folder must be a folder, or not exist under an existing parent. */
  private static List<String> checkWarehouse(Configuration hadoop, String warehouse) {
    Path root = new Path(warehouse);
    List<String> tables = new ArrayList<>();
    try {
      FileSystem fs = root.getFileSystem(hadoop);
      if (!fs.exists(root)) {
        Path parent = fs.makeQualified(root).getParent();
        if (parent != null && !fs.exists(parent)) {
          throw new InvalidConfigException("--warehouse " + warehouse + ": neither it nor its parent folder exists");
        }
        return tables;
      }
      if (!fs.getFileStatus(root).isDirectory()) {
        throw new InvalidConfigException("--warehouse " + warehouse + " is a file, not a folder");
      }
      for (FileStatus child : fs.listStatus(root)) {
        if (Tables.ALL.contains(child.getPath().getName()) && fs.exists(new Path(child.getPath(), "_delta_log"))) {
          tables.add(child.getPath().getName());
        }
      }
      tables.sort(null);
      return tables;
    } catch (IOException e) {
      throw new InvalidConfigException("--warehouse " + warehouse + ": cannot reach it: " + e.getMessage(), e);
    }
  }

  /** Hadoop settings as a Spark job would have them: spark.hadoop.* of the submitted configuration. */
  private static Configuration hadoopConfiguration() {
    Configuration hadoop = new Configuration();
    for (Tuple2<String, String> setting : new SparkConf().getAllWithPrefix("spark.hadoop.")) {
      hadoop.set(setting._1(), setting._2());
    }
    return hadoop;
  }
}
