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
  @TempDir
  static Path warehouse;

  @BeforeAll
  static void aRunOfTheSampleData() {
    SampleRun run = SampleRun.main("run", "--input", SampleRun.SAMPLE_DATA.toString(), "--warehouse", warehouse.toString());
    assertEquals(0, run.exitCode, run::toString);
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
    // The first version with rows: the table was created empty, then written.
    long first = TestSpark.session().sql("DESCRIBE HISTORY delta.`" + warehouse.resolve(Tables.GOLD_CORRIDOR_FREIGHT)
        + "`").filter("operation = 'WRITE'").agg(org.apache.spark.sql.functions.min("version")).first().getLong(0);
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
}
