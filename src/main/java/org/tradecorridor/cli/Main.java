package org.tradecorridor.cli;

import java.io.PrintStream;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.spark.sql.SparkSession;
import org.tradecorridor.config.ConfigLoader;
import org.tradecorridor.config.InvalidConfigException;
import org.tradecorridor.config.JobConfig;
import org.tradecorridor.config.SparkSessions;
import org.tradecorridor.publish.Maintenance;
import org.tradecorridor.publish.Warehouse;
import org.tradecorridor.report.Report;
import org.tradecorridor.run.Failures;
import org.tradecorridor.run.Job;
import org.tradecorridor.run.Progress;
import org.tradecorridor.run.SparkJobs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Mixin;

/**
 * The job's entry point: subcommands, configuration before Spark starts, the session, exit codes.
 * Exit codes: 0 success; 2 usage, configuration or input-file error; 3 quality gate failed; 1 anything else.
 */
@Command(
    name = "trade-corridor",
    mixinStandardHelpOptions = true,
    versionProvider = JobVersionProvider.class,
    subcommands = HelpCommand.class,
    description = {
        "Bilateral trade growth toward a turnover target, the agro-food contribution, and cargo on each axis",
        "of the International North-South Transport Corridor, from customs declarations (UN Comtrade+ format),",
        "freight shipments and joint projects, into bronze, silver and gold Delta tables."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:success",
        "1:unexpected failure (the first stderr line says what)",
        "2:bad option, setting, reference file or input file (the message names it)",
        "3:quality gate failed: a source's quarantine ratio exceeds quality.maxQuarantineRatio; gold not written"},
    footerHeading = "%nSample inputs:%n",
    footer = "./jobs/run-local.sh generate --output DIR [--customs-rows N ...] writes deterministic inputs of any size "
        + "(the generator has its own jar; the submit jar does not carry it).")
public final class Main {
  private static final Logger LOG = LoggerFactory.getLogger(Main.class);
  /** Where each command's SparkSession comes from, given its configuration. */
  private final Function<JobConfig, SparkSession> sessions;
  /** Where the query command's SparkSession comes from: the persistent catalog when a run kept one. */
  private final Function<JobConfig, SparkSession> readingSessions;
  private final boolean stopSessionWhenDone;
  private final PrintStream out;
  private final PrintStream err;

  /**
   * @param sessions where the SparkSession comes from
   * @param stopSessionWhenDone true for a process of its own; false when the caller shares its session
   */
  public Main(Supplier<SparkSession> sessions, boolean stopSessionWhenDone, PrintStream out, PrintStream err) {
    this(config -> sessions.get(), stopSessionWhenDone, out, err);
  }

  /**
   * @param sessions the session for a command's configuration
   * @param stopSessionWhenDone true for a process of its own; false when the caller shares its session
   */
  public Main(Function<JobConfig, SparkSession> sessions, boolean stopSessionWhenDone, PrintStream out,
      PrintStream err) {
    this(sessions, sessions, stopSessionWhenDone, out, err);
  }

  private Main(Function<JobConfig, SparkSession> sessions, Function<JobConfig, SparkSession> readingSessions,
      boolean stopSessionWhenDone, PrintStream out, PrintStream err) {
    this.sessions = sessions;
    this.readingSessions = readingSessions;
    this.stopSessionWhenDone = stopSessionWhenDone;
    this.out = out;
    this.err = err;
  }

  public static void main(String[] args) {
    int exitCode = new Main(Main::session, Main::readingSession, true, System.out, System.err).execute(args);
    System.exit(exitCode);
  }

  /** The job's session: with a persistent catalog when tables are registered by name (catalog.database). */
  static SparkSession session(JobConfig config) {
    return config.catalogDatabase() == null ? SparkSessions.forJob("trade-corridor")
        : SparkSessions.forJob("trade-corridor", config.metastore());
  }

  /** The query command's session: the persistent catalog of catalog.metastore when a run kept one there. */
  static SparkSession readingSession(JobConfig config) {
    return SparkSessions.forReading("trade-corridor", config.metastore());
  }

  /** Runs one command line and returns its exit code. */
  public int execute(String... args) {
    CommandLine commandLine = new CommandLine(this)
        .setOut(new java.io.PrintWriter(out, true))
        .setErr(new java.io.PrintWriter(err, true))
        .setExecutionExceptionHandler((failure, line, parsed) -> {
          // The terminal gets the one line, first; the log gets the whole failure.
          int code = Errors.exitCode(failure);
          String message = Failures.oneLine(failure);
          err.println("trade-corridor: " + (code == Errors.QUALITY_GATE ? "" : "error: ") + message);
          if (Failures.isExplained(Failures.known(failure))) {
            LOG.warn("exit {}: {}", code, message, failure);
          } else {
            LOG.error("exit {}: {}", code, message, failure);
            err.println("trade-corridor: the stack trace is in " + LogFile.describe());
          }
          err.flush();
          return code;
        });
    return commandLine.execute(args);
  }

  @Command(name = "run", mixinStandardHelpOptions = true, description = "ingest + conform + aggregate, then print the summary.")
  int run(@Mixin JobOptions options) {
    return stages("run", options, true, true, true);
  }

  @Command(name = "ingest", mixinStandardHelpOptions = true, description = "Raw files under --input to the bronze tables.")
  int ingest(@Mixin JobOptions options) {
    return stages("ingest", options, true, false, false);
  }

  @Command(name = "conform", mixinStandardHelpOptions = true, description = "Bronze to silver and quarantine; stops with exit 3 if the quality gate fails.")
  int conform(@Mixin JobOptions options) {
    return stages("conform", options, false, true, false);
  }

  @Command(name = "aggregate", mixinStandardHelpOptions = true, description = "Silver to the gold tables, then print the summary.")
  int aggregate(@Mixin JobOptions options) {
    return stages("aggregate", options, false, false, true);
  }

  @Command(name = "maintain", mixinStandardHelpOptions = true,
      description = "OPTIMIZE every table (compaction, Z-order by the columns readers filter on), then VACUUM files "
          + "older than maintenance.vacuumRetentionHours that no version needs.")
  int maintain(@Mixin MaintainOptions options) {
    JobConfig config = ConfigLoader.load(options.toArguments());
    // Refused before Spark starts; Maintenance.run checks it again for callers of its own.
    Maintenance.checkRetention(config.vacuumRetentionHours(), options.force);
    SparkSession spark = sessions.apply(config);
    try {
      new Job(spark, config, new Progress(out)).maintain(options.force);
      return Errors.OK;
    } finally {
      if (stopSessionWhenDone) {
        spark.stop();
      }
    }
  }

  @Command(name = "query", mixinStandardHelpOptions = true,
      description = "Read the warehouse with SQL: every table is a table by its own name (time travel: VERSION AS OF "
          + "and TIMESTAMP AS OF); statements separated by ';' run in order once all are checked; a bad statement, "
          + "or one that would do more than read the warehouse's tables, exits 2 and nothing runs.")
  int query(@Mixin QueryOptions options) {
    JobConfig config = ConfigLoader.load(options.toArguments());
    java.util.List<String> statements = Query.statements(options.sql);
    PrintStream target = options.output == null ? out : Query.openOutput(options.output);
    SparkSession spark = config.catalogDatabase() != null ? sessions.apply(config) : readingSessions.apply(config);
    try {
      new Query(spark, WarehouseSql.open(spark, config.warehouse())).run(statements, options.format, target);
      return Errors.OK;
    } finally {
      if (target != out) {
        target.close();
      }
      if (stopSessionWhenDone) {
        spark.stop();
      }
    }
  }

  @Command(name = "report", mixinStandardHelpOptions = true,
      description = "Write the report of the warehouse: DIR/index.html with charts of turnover against the target, "
          + "sectors' growth, agro-food, corridor tonnage, joint projects and data quality, each with its numbers.")
  int report(@Mixin ReportOptions options) {
    JobConfig config = ConfigLoader.load(options.toArguments());
    Progress progress = new Progress(out);
    progress.info(String.format("trade-corridor report: run %s, years %s, warehouse %s, output %s", config.runId(),
        config.years(), config.warehouse(), options.output));
    if (options.dryRun) {
      progress.info("dry run: would write " + options.output + "/" + Report.PAGE + " from the gold tables, run_log and "
          + "quarantine; nothing written");
      return Errors.OK;
    }
    SparkSession spark = sessions.apply(config);
    try {
      writeReport(spark, new Warehouse(spark, config.warehouse()), config, options.output, progress);
      return Errors.OK;
    } finally {
      if (stopSessionWhenDone) {
        spark.stop();
      }
    }
  }

  private static void writeReport(SparkSession spark, Warehouse warehouse, JobConfig config, String output,
      Progress progress) {
    java.time.Instant startedAt = java.time.Instant.now();
    String page = Report.write(spark, warehouse, config, output);
    progress.step("report", "written to " + page, startedAt, java.time.Instant.now());
  }

  private int stages(String command, JobOptions options, boolean ingest, boolean conform, boolean aggregate) {
    JobConfig config = ConfigLoader.load(options.toArguments());
    if (ingest && config.input() == null) {
      throw new InvalidConfigException("--input is required for " + command);
    }
    Progress progress = new Progress(out);
    progress.info(String.format("trade-corridor %s: run %s, years %s, pairs %s, input %s, warehouse %s", command,
        config.runId(), config.years(), String.join(",", config.rules().pairs()),
        config.input() == null ? "-" : config.input(), config.warehouse()));
    if (options.dryRun) {
      SparkSession[] started = new SparkSession[1];
      try {
        DryRun.check(command, config, ingest, conform, aggregate, progress, () -> started[0] = sessions.apply(config));
      } finally {
        if (started[0] != null && stopSessionWhenDone) {
          started[0].stop();
        }
      }
      return Errors.OK;
    }
    SparkSession spark = sessions.apply(config);
    try (SparkJobs jobs = SparkJobs.count(spark); Job job = new Job(spark, config, progress)) {
      job.run(ingest, conform, aggregate);
      job.registerInCatalog();
      if (aggregate) {
        Summary.print(job.warehouse(), config, out);
        if (config.reportOutput() != null) {
          writeReport(spark, job.warehouse(), config, config.reportOutput(), progress);
        }
      }
      progress.info(String.format(java.util.Locale.ROOT, "[%s] done: %d Spark jobs", command, jobs.started()));
      return Errors.OK;
    } finally {
      if (stopSessionWhenDone) {
        spark.stop();
      }
    }
  }
}
