package org.tradecorridor.ingest;

import org.tradecorridor.tables.Source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.tradecorridor.config.TextEncoding;
import org.junit.jupiter.api.io.TempDir;

public class InputFilesTest {
  public static final String CUSTOMS_HEADER =
      "freqCode,refYear,refMonth,reporterISO,partnerISO,flowCode,cmdCode,primaryValue";

  @TempDir
  Path input;

  private Path write(String relative, String text) throws IOException {
    Path file = input.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private SourceFiles list(Source source) {
    return InputFiles.list(new Configuration(), input.toString(), source, TextEncoding.UTF_8);
  }

  @Test
  void findsCsvFilesInSubfoldersSortedByPathAndLeavesOtherFilesAlone() throws IOException {
    write("customs/2024/b.csv", CUSTOMS_HEADER + "\n");
    write("customs/a.csv", CUSTOMS_HEADER + "\n");
    write("customs/readme.txt", "not data");
    write("customs/.hidden.csv", "x");
    write("customs/_SUCCESS", "");

    SourceFiles files = list(Source.CUSTOMS);

    assertEquals(2, files.files().size());
    assertTrue(files.files().get(0).path().endsWith("customs/2024/b.csv"));
    assertEquals("customs/2024/b.csv", files.files().get(0).relative(), "the path under --input");
    assertTrue(files.files().get(1).path().endsWith("customs/a.csv"));
    assertEquals(1, files.skipped().size());
    assertTrue(files.skipped().get(0).startsWith("customs/readme.txt: "), files.skipped().get(0));
  }

  @Test
  void bulkFilesAreKnownByTheirFirstLineWhateverTheirNamesSay() throws IOException {
    String tabs = "freqCode\trefYear\trefMonth\treporterCode\tpartnerCode\tflowCode\tcmdCode\tCIFValue\tprimaryValue\r\n";
    write("customs/C_A_398_2023_H6_O.txt", tabs);
    write("customs/COMTRADE-FINAL-CA3982023H6[2024-07-01]", tabs); // no extension: not a customs file's name
    write("customs/notes.txt", "fetched 2024-07-02\n");
    write("customs/todo.txt", "");
    Path gz = input.resolve("customs/COMTRADE-FINAL-CA6432023H6[2024-07-01].gz");
    try (java.io.OutputStream out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write(tabs.getBytes(StandardCharsets.UTF_8));
    }

    SourceFiles files = list(Source.CUSTOMS);

    assertEquals(List.of("customs/COMTRADE-FINAL-CA6432023H6[2024-07-01].gz", "customs/C_A_398_2023_H6_O.txt"),
        files.files().stream().map(InputFile::relative).toList());
    assertEquals('\t', files.files().get(0).delimiter());
    assertEquals("cifvalue", files.files().get(0).header().get(7), "named as the contract spells it");
    assertEquals(List.of("customs/COMTRADE-FINAL-CA3982023H6[2024-07-01]: not a .csv, .tsv, .json, Comtrade+ bulk "
        + ".txt (or .gz of them) file; skipped",
        "customs/notes.txt: its first line names none of the customs columns; skipped",
        "customs/todo.txt: empty; skipped"), files.skipped());

    // A file whose first line is a customs header is a customs file: a column short, it stops the run.
    write("customs/C_A_643_2023_H6_O.txt", "freqCode\trefYear\treporterCode\tpartnerCode\tflowCode\tcmdCode\n");
    InvalidInputException error = assertThrows(InvalidInputException.class, () -> list(Source.CUSTOMS));
    assertTrue(error.getMessage().contains("customs/C_A_643_2023_H6_O.txt line 1: the customs header lacks refMonth, "
        + "primaryValue"), error.getMessage());
    // An empty .gz is a download cut short: it stops the run naming the file.
    Files.delete(input.resolve("customs/C_A_643_2023_H6_O.txt"));
    write("customs/COMTRADE-FINAL-CA6432024H6[2025-07-01].gz", "");
    error = assertThrows(InvalidInputException.class, () -> list(Source.CUSTOMS));
    assertTrue(error.getMessage().contains("customs/COMTRADE-FINAL-CA6432024H6[2025-07-01].gz"), error.getMessage());
  }

  @Test
  void baciFilesAreKnownByTheirHeaderAndTheCodeListsBesideThemAreSkipped() throws IOException {
    write("customs/baci/BACI_HS22_Y2023_V202501.csv", "t,i,j,k,v,q\n2023,398,643,010121,1.5,NA\n");
    write("customs/baci/country_codes_V202501.csv", "country_code,country_name,country_iso2,country_iso3\n");
    write("customs/baci/product_codes_HS22_V202501.csv", "code,description\n");
    write("customs/baci/Readme.txt", "BACI: the world trade database\n");

    SourceFiles files = list(Source.CUSTOMS);

    assertEquals(List.of("customs/baci/BACI_HS22_Y2023_V202501.csv"),
        files.files().stream().map(InputFile::relative).toList());
    // BACI's columns are none of Comtrade's: bronze keeps them in its extra map, as CEPII names them.
    assertEquals(List.of("t", "i", "j", "k", "v", "q"), files.files().get(0).header());
    assertEquals(3, files.skipped().size(), files.skipped().toString());
    assertEquals(2, files.skipped().stream().filter(w -> w.contains("a CEPII BACI code list; skipped")).count(),
        files.skipped().toString());
  }

  @Test
  void locatesColumnsByNameInAnyOrderAndCaseAndCollectsExtraColumns() throws IOException {
    write("customs/a.csv", "\uFEFF PRIMARYVALUE ,cmdCode,flowCode,partnerISO,reporterISO,refMonth,refYear,freqCode,cmd Desc\n");
    write("customs/b.csv", CUSTOMS_HEADER + ",isLeaf\n");

    SourceFiles files = list(Source.CUSTOMS);

    assertEquals(List.of("primaryValue", "cmdCode", "flowCode", "partnerISO", "reporterISO", "refMonth", "refYear",
        "freqCode", "cmd Desc"), files.files().get(0).header());
    // Other columns do not widen bronze: they are keys of its extra map, named as the file names them.
    assertEquals(Source.CUSTOMS.columns(), files.columns());
    assertEquals("isLeaf", files.files().get(1).header().get(files.files().get(1).header().size() - 1));
  }

  @Test
  void aHeaderWithoutARequiredColumnStopsTheJobNamingTheFileAndColumn() throws IOException {
    write("customs/a.csv", "freqCode,refYear,refMonth,reporterISO,partnerISO,flowCode,cmdCode\n");

    InvalidInputException error = assertThrows(InvalidInputException.class, () -> list(Source.CUSTOMS));
    assertTrue(error.getMessage().matches(".*customs/a\\.csv line 1: the customs header lacks primaryValue \\(found: .*"),
        error.getMessage());
  }

  @Test
  void anEmptyFileARepeatedColumnAndAnUnnamedColumnAreErrors() throws IOException {
    write("customs/a.csv", "");
    assertTrue(assertThrows(InvalidInputException.class, () -> list(Source.CUSTOMS)).getMessage()
        .endsWith("customs/a.csv: empty file; expected a header line naming the customs columns"));

    write("customs/a.csv", CUSTOMS_HEADER + ",refyear\n");
    assertTrue(assertThrows(InvalidInputException.class, () -> list(Source.CUSTOMS)).getMessage()
        .endsWith("a.csv line 1: header names column 'refyear' twice"));

    write("customs/a.csv", CUSTOMS_HEADER + ",\n");
    assertTrue(assertThrows(InvalidInputException.class, () -> list(Source.CUSTOMS)).getMessage()
        .endsWith("a.csv line 1: header column 9 has no name"));
  }

  @Test
  void aMissingFolderIsAnErrorExceptForProjects() throws IOException {
    assertTrue(assertThrows(InvalidInputException.class, () -> list(Source.FREIGHT)).getMessage()
        .matches("input folder .*/freight does not exist .*"));

    SourceFiles projects = list(Source.PROJECTS);
    assertTrue(projects.folderMissing());
    assertTrue(projects.files().isEmpty());

    Files.createDirectories(input.resolve("freight"));
    assertTrue(assertThrows(InvalidInputException.class, () -> list(Source.FREIGHT)).getMessage()
        .endsWith("/freight holds no .csv or .tsv (or .gz of them) files"));
  }

  @Test
  void packsFilesIntoTasksOfSimilarSizeKeepingPathOrderWithinATask() {
    List<InputFile> files = List.of(
        new InputFile("a", "a", 100, InputFile.Format.CSV, List.of()), new InputFile("b", "b", 10, InputFile.Format.CSV, List.of()),
        new InputFile("c", "c", 60, InputFile.Format.CSV, List.of()), new InputFile("d", "d", 50, InputFile.Format.CSV, List.of()));

    List<List<InputFile>> tasks = BronzeRows.packIntoTasks(files, 2);

    assertEquals(2, tasks.size());
    // Largest first into the lightest task: a | c, then d joins c (60 < 100), then b joins a (100 < 110).
    assertEquals(List.of("a", "b"), tasks.get(0).stream().map(InputFile::path).toList());
    assertEquals(List.of("c", "d"), tasks.get(1).stream().map(InputFile::path).toList());
  }
}
