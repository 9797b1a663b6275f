package org.tradecorridor.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkConf;
import org.tradecorridor.config.InvalidConfigException;
import org.tradecorridor.config.JobConfig;
import org.tradecorridor.conform.ReferenceData;
import org.tradecorridor.ingest.InputFiles;
import org.tradecorridor.ingest.ReferenceFiles;
import org.tradecorridor.ingest.Source;
import org.tradecorridor.ingest.SourceFiles;
import org.tradecorridor.publish.Tables;
import scala.Tuple2;

/**
 * --dry-run: checks the configuration, the reference files, the input files' headers and the
 * warehouse's file system, prints what the command would do, and writes nothing. Starts no Spark job,
 * so an orchestrator can validate a task's options in seconds.
 */
final class DryRun {
  private DryRun() {}

  /** Prints the plan; throws the same exceptions (exit 2) a real run would for a bad setting or input. */
  static void check(String command, JobConfig config, boolean ingest, boolean conform, boolean aggregate,
      Progress out) {
    Configuration hadoop = hadoopConfiguration();
    List<String> plan = new ArrayList<>();
    if (ingest) {
      for (Source source : Source.values()) {
        SourceFiles files = InputFiles.list(hadoop, config.input(), source, config.encodingOf(source.folder()));
        plan.add(String.format(Locale.ROOT, "ingest %-8s %3d files, %,d bytes from %s -> %s%s", source,
            files.files().size(), files.totalBytes(), files.folder(), source.bronzeTable(),
            files.folderMissing() ? " (no folder: emptied)" : source.isYearScoped()
                ? ", replacing those files' rows of " + config.years() : ", replacing the whole list"));
      }
    }
    if (conform) {
      ReferenceData reference = ReferenceFiles.load(hadoop, config.hsSectorsPath(), config.corridorNodesPath());
      if (!reference.sectors().contains(config.rules().agroSector())) {
        throw new InvalidConfigException("sectors.agro '" + config.rules().agroSector()
            + "' is not a sector of reference.hsSectors (" + String.join(", ", reference.sectors()) + ")");
      }
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
    out.info("dry run of " + command + ": configuration, references, input headers and warehouse checked");
    out.info("warehouse " + config.warehouse() + ": " + (tables.isEmpty() ? "no tables yet" : tables.size()
        + " tables (" + String.join(", ", tables) + ")"));
    plan.forEach(line -> out.info("  " + line));
    if (config.catalogDatabase() != null) {
      out.info("  register the tables in database " + config.catalogDatabase());
    }
    out.info("nothing was written");
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
