package org.tradecorridor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradecorridor.tables.Tables;

/**
 * --catalog-db with Spark's Hive support and an embedded Derby metastore in a temp folder: the job
 * registers its tables, and a second session (another process) queries the gold tables by name.
 */
class CatalogIT {
  @TempDir
  Path folder;

  /** Both sessions use one Derby metastore in the temp folder (Derby lets one process in at a time). */
  private List<String> hiveSettings() {
    return List.of(
        "-Dspark.sql.catalogImplementation=hive",
        "-Dspark.sql.warehouse.dir=" + folder.resolve("hive-warehouse"),
        "-Dspark.hadoop.javax.jdo.option.ConnectionURL=jdbc:derby:;databaseName=" + folder.resolve("metastore_db")
            + ";create=true",
        "-Dspark.ui.enabled=false");
  }

  private String testClasspath() {
    return System.getProperty("java.class.path");
  }

  private String run(List<String> command, String name) throws Exception {
    Path out = folder.resolve(name + ".out");
    Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
        .redirectOutput(out.toFile()).start();
    assertTrue(process.waitFor(10, TimeUnit.MINUTES), name + " did not finish");
    String printed = Files.readString(out);
    assertEquals(0, process.exitValue(), name + ":\n" + printed);
    return printed;
  }

  /** A JVM with the test classpath (Spark's Hive support is a test dependency) and the metastore settings. */
  private List<String> java(String... mainAndArgs) {
    List<String> command = new ArrayList<>(List.of(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
        "@" + SparkSubmitProcess.BASEDIR.resolve("jobs/spark-jvm.args"), "-Xmx2g",
        "-Dderby.system.home=" + folder, "-Dlog4j2.configurationFile=" + SparkSubmitProcess.BASEDIR.resolve(
            "conf/log4j2.properties")));
    command.addAll(hiveSettings());
    command.addAll(List.of("-cp", testClasspath()));
    command.addAll(List.of(mainAndArgs));
    return command;
  }

  @Test
  void aSecondSessionFindsTheGoldTablesByName() throws Exception {
    List<String> submit = java("org.apache.spark.deploy.SparkSubmit", "--master", "local[2]", "--class",
        Main.class.getName());
    submit.addAll(List.of(SparkSubmitProcess.submitJar(), "run", "--input", SampleRun.SAMPLE_DATA.toAbsolutePath()
        .toString(), "--warehouse", folder.resolve("warehouse").toString(), "--catalog-db", "trade"));
    String job = run(submit, "job");
    assertTrue(job.contains("[catalog] registered"), job);

    String seen = run(java(CatalogQuery.class.getName(), "trade"), "query");
    System.out.println(seen.lines().filter(l -> l.startsWith("table ") || l.startsWith("turnover ")).toList());

    for (String table : Tables.ALL) {
      assertTrue(seen.contains("table trade." + table + "\n"), "the second session lists trade." + table + ":\n" + seen);
    }
    assertTrue(seen.contains("turnover 2024 27800000000.00 REPORTER"), seen);
  }
}
