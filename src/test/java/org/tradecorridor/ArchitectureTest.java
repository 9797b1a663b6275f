package org.tradecorridor;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The house rules of docs/architecture.md: the packages in the order of the data's flow, each importing
 * only those before it (config, reference and tables below everything; ingest, conform, quality,
 * aggregate, publish; run, report and cli on top), and no class of src/main longer than 250 lines. The sample-data
 * generator (src/generator/java) is no class of the job: it compiles with the tests and ships apart.
 */
class ArchitectureTest {
  private static final String BASE = "org.tradecorridor";
  /** The packages, each allowed to import only the ones before it. */
  private static final List<String> ORDER = List.of("config", "reference", "tables", "ingest", "conform", "quality",
      "aggregate", "publish", "run", "report", "cli");
  private static final JavaClasses MAIN = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages(BASE);

  @Test
  void noPackageImportsAPackageOfALaterStage() {
    for (int i = 0; i < ORDER.size(); i++) {
      List<String> later = ORDER.subList(i + 1, ORDER.size()).stream().map(p -> BASE + "." + p + "..").toList();
      if (later.isEmpty()) {
        continue;
      }
      noClasses().that().resideInAPackage(BASE + "." + ORDER.get(i) + "..")
          .should().dependOnClassesThat().resideInAnyPackage(later.toArray(String[]::new))
          .because(ORDER.get(i) + " comes before " + String.join(", ", ORDER.subList(i + 1, ORDER.size())))
          .check(MAIN);
    }
  }

  @Test
  void everyClassIsInAPackageOfTheHouse() {
    List<String> outside = new ArrayList<>();
    for (JavaClass type : MAIN) {
      String pkg = type.getPackageName();
      if (ORDER.stream().noneMatch(p -> pkg.equals(BASE + "." + p) || pkg.startsWith(BASE + "." + p + "."))) {
        outside.add(type.getName());
      }
    }
    assertEquals(List.of(), outside);
  }

  @Test
  void theGeneratorIsNotInTheJob() {
    assertEquals(List.of(), MAIN.stream().map(JavaClass::getName).filter(n -> n.startsWith(BASE + ".generate")).toList());
  }

  @Test
  void noClassOfTheJobIsLongerThan250Lines() throws IOException {
    List<String> long_ = new ArrayList<>();
    Path main = Paths.get(System.getProperty("project.basedir", "."), "src/main/java");
    try (Stream<Path> files = Files.walk(main)) {
      for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java"))::iterator) {
        long lines = Files.readAllLines(file).size();
        if (lines > 250) {
          long_.add(main.relativize(file) + " " + lines);
        }
      }
    }
    assertEquals(List.of(), long_);
  }
}
