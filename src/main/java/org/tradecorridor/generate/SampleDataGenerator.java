package org.tradecorridor.generate;

import java.io.PrintStream;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.tradecorridor.config.InvalidConfigException;
import picocli.CommandLine.Option;

/**
 * Writes deterministic inputs in the formats users really have: UN Comtrade+ customs data from both
 * reporters as the website and the API publish it ({@link CustomsFiles}), freight shipments on every
 * corridor axis and off it ({@link FreightFiles}), and joint projects ({@link ProjectFiles}), each source
 * with a few deliberately bad rows. The same seed gives the same files at any size, and every size
 * holds the figures of {@link Plan}.
 */
public final class SampleDataGenerator {
  /** Options of the {@code generate} command. */
  public static final class Options {
    @Option(names = "--output", paramLabel = "DIR", required = true, description = "Folder to write customs/, freight/ and projects/ into.")
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
  }

  private final Options options;
  private final Path root;
  private final boolean gzip;

  public SampleDataGenerator(Options options) {
    if (options.firstYear < Plan.FIRST_YEAR || options.firstYear > 2019) {
      throw new InvalidConfigException("--first-year must lie between " + Plan.FIRST_YEAR + " and 2019");
    }
    if (!options.compress.equals("gzip") && !options.compress.equals("none")) {
      throw new InvalidConfigException("--compress must be gzip or none");
    }
    if (options.customsRows < 1000 || options.freightRows < 200) {
      throw new InvalidConfigException("--customs-rows must be at least 1000 and --freight-rows at least 200");
    }
    this.options = options;
    this.root = Paths.get(options.output);
    this.gzip = options.compress.equals("gzip");
  }

  /** Writes every file and prints what was written. */
  public void writeAll(PrintStream out) {
    long started = System.nanoTime();
    Output output = new Output(root, gzip);
    // One random stream in a fixed order: customs, freight, projects.
    Draws draws = new Draws(options.seed);
    new CustomsFiles(output, draws, options.firstYear, options.customsRows).write();
    new FreightFiles(output, draws, options.firstYear, options.freightRows).write();
    new ProjectFiles(output, draws).write();
    output.list(out, started);
  }
}
