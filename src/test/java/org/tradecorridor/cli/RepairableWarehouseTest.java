package org.tradecorridor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradecorridor.tables.Tables;

/**
 * Runs that leave tables of no rows (no projects/ folder, projects/ withdrawn, a stop on a fresh
 * warehouse) leave a warehouse every later run takes as it is: each table of zero rows is a valid table,
 * whatever Delta's commitInfo says of the empty file it did not keep (issue 23).
 */
class RepairableWarehouseTest {
  @TempDir
  Path work;

  private SampleRun run(Path input, Path warehouse) {
    return SampleRun.main("run", "--input", input.toString(), "--warehouse", warehouse.toString(), "--conf",
        "quality.maxQuarantineRatio=0.5");
  }

  private static void ok(SampleRun run) {
    assertEquals(0, run.exitCode, run::toString);
  }

  private static long projects(Path warehouse) {
    return SampleRun.table(warehouse, Tables.GOLD_JOINT_PROJECTS).count();
  }

  @Test
  void tablesOfNoRowsNeverStopALaterRun() throws IOException {
    Path input = work.resolve("input");
    SampleRun.copy(BadInputCorpus.ROOT.resolve("base"), input);
    Path projects = input.resolve("projects");
    Path aside = Files.move(projects, work.resolve("projects-aside"));
    Path customs = input.resolve("customs/kaz_2023.csv");
    byte[] good = Files.readAllBytes(customs);
    // A first run that stops (exit 2) on a fresh warehouse, after the other sources' bronze was written.
    Path truncated = input.resolve("customs/kaz_2022.csv.gz");
    Files.copy(BadInputCorpus.ROOT.resolve("stops/truncated_gzip/customs/kaz_2022.csv.gz"), truncated);
    Path warehouse = work.resolve("w");

    SampleRun stopped = run(input, warehouse);
    assertEquals(2, stopped.exitCode, stopped::toString);
    assertTrue(stopped.err.startsWith("trade-corridor: error: "), stopped.err);

    Files.delete(truncated);
    SampleRun withoutProjects = run(input, warehouse);
    ok(withoutProjects);
    assertTrue((withoutProjects.out + withoutProjects.err).contains("projects folder: bronze_projects is emptied"), withoutProjects::toString);
    assertEquals(0, projects(warehouse), "no projects/ folder: gold_joint_projects is empty");

    Files.move(aside, projects);
    ok(run(input, warehouse));
    assertEquals(1, projects(warehouse), "projects/ back: its sector's row");

    Files.move(projects, aside);
    ok(run(input, warehouse));
    assertEquals(0, projects(warehouse), "projects/ withdrawn");

    Files.move(aside, projects);
    SampleRun back = run(input, warehouse);
    ok(back);
    assertEquals(1, projects(warehouse), "projects/ back again");
    assertEquals(List.of(2L, 1L), List.of(SampleRun.table(warehouse, Tables.SILVER_TRADE_FLOWS).count(),
        SampleRun.table(warehouse, Tables.SILVER_PROJECTS).count()));
    assertEquals(new String(good, java.nio.charset.StandardCharsets.UTF_8), Files.readString(customs));
  }
}
