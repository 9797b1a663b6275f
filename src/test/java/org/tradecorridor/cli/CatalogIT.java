package org.tradecorridor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradecorridor.tables.Tables;

/**
 * --catalog-db in local mode, as run-local.sh runs the job: SparkSubmit with the class path of
 * jobs/spark-classpath.sh (Spark's Hive support on it) and no catalog given, so the catalog is the
 * embedded metastore under catalog.metastore. A run registers its tables there; a second SparkSubmit, a
 * JVM of its own, finds them by name without being told the database.
 */
class CatalogIT {
  @TempDir
  Path folder;

  private SparkSubmitProcess.Result submit(String... args) {
    return SparkSubmitProcess.run(folder, "local[2]", args);
  }

  @Test
  void aSecondSessionFindsTheGoldTablesByName() throws Exception {
    Path metastore = folder.resolve("metastore");
    String warehouse = folder.resolve("warehouse").toString();
    SparkSubmitProcess.Result job = submit("run", "--input", SampleRun.SAMPLE_DATA.toAbsolutePath().toString(),
        "--warehouse", warehouse, "--catalog-db", "trade", "--conf", "catalog.metastore=" + metastore);
    assertEquals(0, job.exitCode(), job::toString);
    assertTrue(job.out().contains("[catalog] registered"), job::toString);
    assertFalse(job.err().contains("in memory"), job::toString);
    assertTrue(Files.isDirectory(metastore.resolve("metastore_db")), "the metastore is where catalog.metastore says");

    // No --catalog-db: query opens the catalog a run kept (issue 23).
    SparkSubmitProcess.Result seen = submit("query", "--warehouse", warehouse,
        "--conf", "catalog.metastore=" + metastore, "--format", "csv",
        "SHOW TABLES IN trade; SELECT year, turnover_usd, value_source FROM trade.gold_bilateral_turnover "
            + "WHERE year = 2024");
    assertEquals(0, seen.exitCode(), seen::toString);
    for (String table : Tables.ALL) {
      assertTrue(seen.out().contains("trade," + table + ","), "the second session lists trade." + table + ":\n" + seen);
    }
    assertTrue(seen.out().contains("2024,27800000000.00,REPORTER"), seen::toString);
    assertFalse(Files.exists(folder.resolve("spark-warehouse")), "no stray spark-warehouse/ in the working folder");
  }
}
