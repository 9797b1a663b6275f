package org.tradecorridor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradecorridor.TestSpark;
import org.tradecorridor.tables.Tables;

/** query: SQL over the warehouse's tables by name, time travel, several statements, and bad statements. */
class QueryTest {
  static Path warehouse;

  @BeforeAll
  static void aRunOfTheSampleData() {
    warehouse = SharedSampleRun.get().warehouse();
  }

  private static SampleRun query(String... args) {
    String[] all = new String[args.length + 3];
    all[0] = "query";
    all[1] = "--warehouse";
    all[2] = warehouse.toString();
    System.arraycopy(args, 0, all, 3, args.length);
    return SampleRun.main(all);
  }

  @Test
  void csvOfAGoldTableByItsNameIsTheTable() {
    SampleRun csv = query("--format", "csv", "SELECT year, turnover_usd, value_source FROM gold_bilateral_turnover ORDER BY year");

    assertEquals(0, csv.exitCode, csv::toString);
    List<String> expected = new java.util.ArrayList<>(List.of("year,turnover_usd,value_source"));
    for (Row row : SampleRun.table(warehouse, Tables.GOLD_BILATERAL_TURNOVER).orderBy("year").collectAsList()) {
      BigDecimal turnover = row.getAs("turnover_usd");
      expected.add(row.<Integer>getAs("year") + "," + (turnover == null ? "" : turnover.toPlainString()) + ","
          + row.getAs("value_source"));
    }
    assertEquals(expected, csv.out.lines().toList());
  }

  @Test
  void anEarlierVersionIsReadByNameOrByPath() {
    // The first version: the table created with its first rows, in one commit.
    long first = TestSpark.session().sql("DESCRIBE HISTORY delta.`" + warehouse.resolve(Tables.GOLD_CORRIDOR_FREIGHT)
        + "`").agg(org.apache.spark.sql.functions.min("version")).first().getLong(0);
    assertEquals(0, first);
    long rowsThen = TestSpark.session().read().format("delta").option("versionAsOf", first)
        .load(warehouse.resolve(Tables.GOLD_CORRIDOR_FREIGHT).toString()).count();

    SampleRun byName = query("--format", "csv", "SELECT count(*) AS n FROM gold_corridor_freight VERSION AS OF " + first
        + "; SELECT count(*) AS n FROM delta.`" + warehouse.resolve(Tables.GOLD_CORRIDOR_FREIGHT) + "` VERSION AS OF "
        + first + "; SELECT count(*) AS n FROM gold_corridor_freight");

    assertEquals(0, byName.exitCode, byName::toString);
    long now = SampleRun.table(warehouse, Tables.GOLD_CORRIDOR_FREIGHT).count();
    assertTrue(rowsThen > 0, "the version has rows");
    assertEquals(List.of("n", String.valueOf(rowsThen), "", "n", String.valueOf(rowsThen), "", "n", String.valueOf(now)),
        byName.out.lines().toList());
  }

  @Test
  void theTableFormatAlignsColumnsAndSaysHowManyRows() {
    SampleRun table = query("SELECT axis, gross_tonnes FROM gold_corridor_freight WHERE year = 2023 ORDER BY axis");

    assertEquals(0, table.exitCode, table::toString);
    List<String> lines = table.out.lines().toList();
    assertEquals("axis           gross_tonnes", lines.get(0));
    assertTrue(lines.get(1).matches("-+  -+"), lines.get(1));
    assertEquals(3 + 3, lines.size(), table.out);
    assertEquals("(3 rows)", lines.get(5));
  }

  @Test
  void aBadStatementExitsWith2InOneLine() {
    SampleRun unknown = query("SELECT 1; SELECT * FROM gold_nothing");
    SampleRun syntax = query("SELEC year FROM gold_bilateral_turnover");

    assertEquals(2, unknown.exitCode, unknown::toString);
    assertEquals(1, unknown.err.lines().count(), unknown.err);
    assertTrue(unknown.err.startsWith("trade-corridor: error: query statement 2: [TABLE_OR_VIEW_NOT_FOUND]"), unknown.err);
    assertEquals(2, syntax.exitCode, syntax::toString);
    assertTrue(syntax.err.startsWith("trade-corridor: error: query: [PARSE_SYNTAX_ERROR]"), syntax.err);
  }

  @Test
  void jsonLinesGoToTheOutputFile() throws IOException {
    Path file = warehouse.getParent().resolve("projects.json");
    SampleRun json = query("--format", "json", "--output", file.toString(),
        "SELECT sector, projects FROM gold_joint_projects ORDER BY sector");

    assertEquals(0, json.exitCode, json::toString);
    assertEquals("", json.out);
    List<String> lines = Files.readAllLines(file);
    assertEquals(SampleRun.table(warehouse, Tables.GOLD_JOINT_PROJECTS).count(), lines.size());
    assertTrue(lines.get(0).matches("\\{\"sector\":\"[a-z_]+\",\"projects\":[0-9]+}"), lines.get(0));
  }

  @Test
  void statementsAreSplitAtSemicolonsOutsideQuotesAndComments() {
    assertEquals(List.of("SELECT ';' AS a", "SELECT `x;y` FROM t", "SELECT 2"),
        Query.statements("SELECT ';' AS a; SELECT `x;y` FROM t;; -- a comment; not a statement\\nSELECT 2;"
            .replace("\\n", "\n")));
  }

  private static java.util.Map<String, Long> versions() {
    java.util.Map<String, Long> versions = new java.util.TreeMap<>();
    for (String table : Tables.ALL) {
      versions.put(table, io.delta.tables.DeltaTable.forPath(TestSpark.session(), warehouse.resolve(table).toString())
          .history(1).first().<Long>getAs("version"));
    }
    return versions;
  }

  @Test
  void queryOnlyReadsTheWarehousesTablesAndRefusesTheRestBeforeAnythingRuns() throws IOException {
    java.util.Map<String, Long> before = versions();
    Path outside = Files.writeString(warehouse.getParent().resolve("secret.txt"), "not the warehouse's\n");
    Path other = warehouse.getParent().resolve("other-table");
    String gold = Tables.GOLD_BILATERAL_TURNOVER;
    List<String> refused = List.of(
        "DELETE FROM " + gold + " WHERE year = 2024",
        "INSERT INTO " + gold + " SELECT * FROM " + gold,
        "UPDATE " + gold + " SET turnover_usd = 0",
        "MERGE INTO " + gold + " t USING " + gold + " s ON t.year = s.year WHEN MATCHED THEN DELETE",
        "ALTER TABLE " + gold + " SET TBLPROPERTIES ('trade.home' = 'XXX')",
        "ALTER TABLE " + gold + " ADD COLUMNS (note STRING)",
        "OPTIMIZE " + gold,
        "VACUUM " + gold + " RETAIN 0 HOURS",
        "SET spark.databricks.delta.retentionDurationCheck.enabled = false",
        "RESET",
        "DROP TABLE " + gold,
        "TRUNCATE TABLE " + gold,
        "CACHE TABLE " + gold,
        "CREATE TABLE copied USING delta LOCATION '" + warehouse.resolve("copied") + "' AS SELECT * FROM " + gold,
        "CREATE OR REPLACE TEMPORARY VIEW v AS SELECT 1",
        "EXECUTE IMMEDIATE 'DELETE FROM " + gold + "'",
        "EXPLAIN DELETE FROM " + gold,
        "SELECT * FROM text.`" + outside + "`",
        "SELECT * FROM csv.`/etc/passwd`",
        "SELECT * FROM spark_catalog.json.`" + outside + "`",
        "SELECT * FROM spark_catalog.delta.`" + other + "`",
        "SELECT * FROM delta.`" + other + "`",
        "SELECT * FROM IDENTIFIER('text.`" + outside + "`')",
        "SELECT year FROM " + gold + " WHERE year IN (SELECT length(value) FROM text.`" + outside + "`)",
        "WITH f AS (SELECT * FROM json.`" + outside + "`) SELECT * FROM f",
        "SELECT java_method('java.lang.System', 'getProperty', 'user.home')",
        "SELECT reflect('java.lang.System', 'getenv', 'HOME')",
        "SELECT (SELECT try_reflect('java.lang.Runtime', 'getRuntime'))",
        "DESCRIBE DETAIL '" + other + "'");
    for (String statement : refused) {
      SampleRun run = query("SELECT 1 AS one; " + statement);
      assertEquals(2, run.exitCode, run::toString);
      assertEquals("", run.out, "a script of which a statement is refused runs none: " + statement);
      assertEquals(1, run.err.lines().count(), run.err);
      assertTrue(run.err.startsWith("trade-corridor: error: query statement 2 refused ("), run.err);
      assertTrue(run.err.contains("query only reads the warehouse's tables"), run.err);
    }
    assertEquals(before, versions(), "no table changed");
    assertTrue(Files.notExists(warehouse.resolve("copied")) && Files.notExists(other));

    SampleRun reads = query("--format", "csv", "SHOW TABLES; DESCRIBE " + gold + "; DESCRIBE HISTORY " + gold
        + "; DESCRIBE DETAIL " + gold + "; SHOW TBLPROPERTIES " + gold + "; EXPLAIN SELECT * FROM " + gold
        + "; WITH t AS (SELECT year FROM " + gold + ") SELECT count(*) AS n FROM t"
        + "; SELECT count(*) AS n FROM delta.`" + warehouse.resolve(gold) + "` VERSION AS OF 0"
        + "; SELECT count(*) AS n FROM range(3)");
    assertEquals(0, reads.exitCode, reads::toString);
    assertTrue(reads.out.contains("trade.home,KAZ"), reads.out);
  }
}
