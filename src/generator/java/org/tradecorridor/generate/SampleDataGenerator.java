package org.tradecorridor.generate;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import org.apache.hadoop.conf.Configuration;
import org.tradecorridor.config.InvalidConfigException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Writes deterministic inputs in the formats users really have: UN Comtrade+ customs data from both
 * reporters as the website and the API publish it ({@link CustomsFiles}), freight shipments on every
 * corridor axis and off it ({@link FreightFiles}), and joint projects ({@link ProjectFiles}), each source
 * with a few deliberately bad rows. The same seed gives the same files at any size, and every size
 * holds the figures of {@link Plan}.
 *
 * <p>The generator is a tool of this repository, not of the job: it ships in its own jar
 * ({@code target/trade-corridor-*-generator.jar}), run by {@code ./jobs/run-local.sh generate}, and the
 * submit jar knows nothing of it.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
    description = "Write deterministic sample inputs (customs, freight, projects) of any size.",
    exitCodeListHeading = "%nExit codes:%n", exitCodeList = {"0:written", "2:bad option", "1:cannot write"})
public final class SampleDataGenerator implements Callable<Integer> {
  @Option(names = "--output", paramLabel = "DIR", required = true,
      description = "Folder (or Hadoop file system URI) to write customs/, freight/ and projects/ into.")
  String output;

  @Option(names = "--seed", defaultValue = "20241231", description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--first-year", defaultValue = "2019",
      description = "First year of data, 2015-2019; the last is 2024 (default: ${DEFAULT-VALUE}).")
  int firstYear;

  @Option(names = "--customs-rows", defaultValue = "30000",
      description = "About how many customs rows to write (default: ${DEFAULT-VALUE}).")
  long customsRows;

  @Option(names = "--freight-rows", defaultValue = "12000",
      description = "About how many freight rows to write (default: ${DEFAULT-VALUE}).")
  long freightRows;

  @Option(names = "--compress", defaultValue = "gzip", description = "gzip or none (default: ${DEFAULT-VALUE}).")
  String compress;

  @Option(names = "--layout", defaultValue = "sample", description = "sample: the KAZ-RUS sample of Plan's "
      + "figures in the website's and the API's layouts; bulk: one year (" + Plan.LAST_YEAR + ") of Comtrade+ bulk "
      + "files, one per reporter, every pair of --reporters (default: ${DEFAULT-VALUE}).")
  String layout;

  @Option(names = "--reporters", defaultValue = "30",
      description = "With --layout bulk: how many reporters, KAZ, RUS, CHN, UZB ... first (default: ${DEFAULT-VALUE}).")
  int reporters;

  @Option(names = "--countries", defaultValue = "conf/reference/countries.csv",
      description = "With --layout bulk: the countries reference the reporters come from (default: ${DEFAULT-VALUE}).")
  java.nio.file.Path countries;

  private PrintStream out = System.out;

  public static void main(String[] args) {
    System.exit(execute(System.out, System.err, args));
  }

  /** Runs one command line and returns its exit code; a bad option or a failed write is one line on err. */
  public static int execute(PrintStream out, PrintStream err, String... args) {
    SampleDataGenerator command = new SampleDataGenerator();
    command.out = out;
    return new CommandLine(command)
        .setOut(new PrintWriter(out, true))
        .setErr(new PrintWriter(err, true))
        .setExecutionExceptionHandler((failure, line, parsed) -> {
          err.println("generate: error: " + failure.getMessage());
          return failure instanceof InvalidConfigException ? 2 : 1;
        })
        .execute(args);
  }

  @Override
  public Integer call() {
    if (firstYear < Plan.FIRST_YEAR || firstYear > 2019) {
      throw new InvalidConfigException("--first-year must lie between " + Plan.FIRST_YEAR + " and 2019");
    }
    if (!compress.equals("gzip") && !compress.equals("none")) {
      throw new InvalidConfigException("--compress must be gzip or none");
    }
    if (!layout.equals("sample") && !layout.equals("bulk")) {
      throw new InvalidConfigException("--layout must be sample or bulk");
    }
    if (customsRows < 1000 || freightRows < 200) {
      throw new InvalidConfigException("--customs-rows must be at least 1000 and --freight-rows at least 200");
    }
    writeAll();
    return 0;
  }

  /** Writes every file and prints what was written. */
  private void writeAll() throws UncheckedIOException {
    long started = System.nanoTime();
    Output files = new Output(output, compress.equals("gzip"), new Configuration());
    // One random stream in a fixed order: customs, freight, projects.
    Draws draws = new Draws(seed);
    if (layout.equals("bulk")) {
      new BulkFiles(files, draws, Plan.LAST_YEAR, reporters, customsRows, countries).write();
    } else {
      new CustomsFiles(files, draws, firstYear, customsRows).write();
    }
    new FreightFiles(files, draws, firstYear, freightRows).write();
    new ProjectFiles(files, draws).write();
    files.list(out, started);
  }
}
