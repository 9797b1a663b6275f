package org.tradecorridor.cli;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Starts the submit jar through Spark's own SparkSubmit class in a JVM of its own, as spark-submit
 * does: Spark's jars on the classpath (as Maven resolved them), the submit jar as the application.
 */
final class SparkSubmitProcess {
  static final Path BASEDIR = Paths.get(System.getProperty("project.basedir", "."));

  private SparkSubmitProcess() {}

  /** The result of a finished process. */
  record Result(int exitCode, String out, String err) {
    @Override
    public String toString() {
      return "exit " + exitCode + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
    }
  }

  /**
   * The class-data sharing archive run-local.sh keeps (the same Spark classpath): when a build has none yet,
   * the first of these processes that ends by itself writes it at its exit, the next ones, and run-local.sh
   * after the build, map it and start faster (a JVM that cannot use it runs without it).
   */
  static final Path CDS_ARCHIVE = BASEDIR.resolve("target/cds/trade-corridor-driver.jsa");
  private static final AtomicInteger DUMPS = new AtomicInteger();

  /** The command line, for ProcessBuilder. */
  static List<String> command(String master, Map<String, String> sparkConf, String... jobArgs) {
    return command(master, sparkConf, null, jobArgs);
  }

  private static List<String> command(String master, Map<String, String> sparkConf, Path cdsDump, String... jobArgs) {
    List<String> command = new ArrayList<>();
    command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
    command.add("@" + BASEDIR.resolve("jobs/spark-jvm.args"));
    if (cdsDump != null) {
      command.add("-XX:ArchiveClassesAtExit=" + cdsDump);
    } else if (Files.isRegularFile(CDS_ARCHIVE)) {
      command.add("-XX:SharedArchiveFile=" + CDS_ARCHIVE);
      command.add("-Xshare:auto");
    }
    // (The JVM would warn of every class it cannot archive, and a stop's one line must stay the only one.)
    command.add("-Xlog:cds*=off");
    command.add("-Xmx2g");
    // These processes run small inputs for a minute at most: C1's quick compiles pay, C2's do not. C1 alone
    // gets a code cache of 48 MB, which a run fills (the JVM then stops compiling and tasks fail).
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-XX:ReservedCodeCacheSize=240m");
    command.add("-Dlog4j2.configurationFile=" + BASEDIR.resolve("conf/log4j2.properties"));
    command.add("-cp");
    command.add(sparkClasspath());
    command.add("org.apache.spark.deploy.SparkSubmit");
    command.add("--master");
    command.add(master);
    command.add("--class");
    command.add(Main.class.getName());
    command.add("--conf");
    command.add("spark.ui.enabled=false");
    sparkConf.forEach((key, value) -> {
      command.add("--conf");
      command.add(key + "=" + value);
    });
    command.add(submitJar());
    command.addAll(List.of(jobArgs));
    return command;
  }

  /** Runs to the end in {@code workingDirectory} and returns what it printed. */
  static Result run(Path workingDirectory, String master, String... jobArgs) {
    return run(workingDirectory, Map.of(), master, jobArgs);
  }

  /** Runs to the end with extra environment variables. */
  static Result run(Path workingDirectory, Map<String, String> environment, String master, String... jobArgs) {
    try {
      Path out = Files.createTempFile("spark-submit", ".out");
      Path err = Files.createTempFile("spark-submit", ".err");
      Path cdsDump = null;
      if (!Files.isRegularFile(CDS_ARCHIVE)) {
        Files.createDirectories(CDS_ARCHIVE.getParent());
        cdsDump = CDS_ARCHIVE.resolveSibling(CDS_ARCHIVE.getFileName() + "." + ProcessHandle.current().pid() + "-"
            + DUMPS.incrementAndGet() + ".tmp");
      }
      ProcessBuilder builder = new ProcessBuilder(command(master, Map.of(), cdsDump, jobArgs))
          .directory(workingDirectory.toFile())
          .redirectOutput(out.toFile())
          .redirectError(err.toFile());
      builder.environment().putAll(environment);
      Process process = builder.start();
      if (!process.waitFor(10, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new AssertionError("spark-submit did not finish in 10 minutes");
      }
      if (cdsDump != null && Files.isRegularFile(cdsDump)) {
        Files.move(cdsDump, CDS_ARCHIVE, StandardCopyOption.ATOMIC_MOVE);
      }
      return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  static String submitJar() {
    String jar = System.getProperty("submit.jar");
    if (jar == null || !new File(jar).isFile()) {
      throw new IllegalStateException("no submit jar at " + jar + "; run this test with mvn verify");
    }
    return jar;
  }

  static String sparkClasspath() {
    try {
      return Files.readString(BASEDIR.resolve("target/spark-classpath-provided.txt")).trim() + File.pathSeparator
          + Files.readString(BASEDIR.resolve("target/spark-classpath-runtime.txt")).trim();
    } catch (IOException e) {
      throw new UncheckedIOException("the Spark classpath lists are written by mvn package", e);
    }
  }
}
