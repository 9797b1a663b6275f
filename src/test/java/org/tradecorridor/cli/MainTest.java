package org.tradecorridor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line: help, usage errors and bad input give the contract's exit codes and one clear line. */
class MainTest {
  @TempDir
  Path folder;

  private static String firstLine(String text) {
    return text.lines().findFirst().orElse("");
  }

  @Test
  void helpListsTheCommandsAndExitCodes() {
    SampleRun help = SampleRun.main("--help");

    assertEquals(0, help.exitCode);
    for (String expected : new String[] {"run", "ingest", "conform", "aggregate", "generate", "Exit codes:"}) {
      assertTrue(help.out.contains(expected), help.out);
    }
    SampleRun runHelp = SampleRun.main("run", "--help");
    assertEquals(0, runHelp.exitCode);
    assertTrue(runHelp.out.contains("--years=YEARS"), runHelp.out);
  }

  @Test
  void usageErrorsExitWith2AndNameTheOption() {
    SampleRun noWarehouse = SampleRun.main("run", "--input", "x");
    assertEquals(2, noWarehouse.exitCode);
    assertEquals("Missing required option: '--warehouse=DIR'", firstLine(noWarehouse.err));

    SampleRun unknown = SampleRun.main("run", "--warehouse", "w", "--bogus");
    assertEquals(2, unknown.exitCode);
    assertEquals("Unknown option: '--bogus'", firstLine(unknown.err));

    SampleRun noInput = SampleRun.main("ingest", "--warehouse", folder.toString());
    assertEquals(2, noInput.exitCode);
    assertEquals("trade-corridor: error: --input is required for ingest", firstLine(noInput.err));

    SampleRun badSetting = SampleRun.main("run", "--input", "x", "--warehouse", "w", "--conf", "trade.home=KAZAKHSTAN");
    assertEquals(2, badSetting.exitCode);
    assertEquals("trade-corridor: error: trade.home must be an ISO 3166-1 alpha-3 code such as KAZ, not 'KAZAKHSTAN'",
        firstLine(badSetting.err));
  }

  @Test
  void aMissingInputFolderExitsWith2NamingIt() {
    SampleRun missing = SampleRun.main("run", "--input", folder.resolve("nowhere").toString(), "--warehouse",
        folder.resolve("w").toString());

    assertEquals(2, missing.exitCode, missing::toString);
    assertTrue(firstLine(missing.err).matches("trade-corridor: error: input folder file:.*/nowhere/customs does not exist.*"),
        missing.err);
  }

  @Test
  void conformBeforeIngestExitsWith2() {
    SampleRun early = SampleRun.main("conform", "--warehouse", folder.resolve("empty").toString());

    assertEquals(2, early.exitCode, early::toString);
    assertTrue(firstLine(early.err).endsWith("bronze_customs does not exist under file:" + folder.resolve("empty")
        + "; run ingest first"), early.err);
  }
}
