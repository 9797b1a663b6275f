package org.tradecorridor.cli;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The bad-input corpus (src/test/resources/bad-input): under stops/, one case per way an input stops the
 * job, each a folder of files laid over base/ and a case.properties with the exit code and the message
 * (a regular expression) of the first stderr line; under rows/, files whose every line has an expected
 * outcome in rows/expected.csv.
 */
final class BadInputCorpus {
  static final Path ROOT = SampleRun.SAMPLE_DATA.getParent().resolve("src/test/resources/bad-input");

  private BadInputCorpus() {}

  /** The names of the stop cases, sorted. */
  static List<String> stopCases() {
    try (Stream<Path> cases = Files.list(ROOT.resolve("stops"))) {
      return cases.map(p -> p.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A stop case's expectations: exit, message, and remove (a folder of base/ the case takes away). */
  static Properties expectations(String name) {
    return properties(ROOT.resolve("stops").resolve(name).resolve("case.properties"));
  }

  /** Builds a stop case's input folder under {@code work} and returns it. */
  static Path input(String name, Path work) {
    Path caseFolder = ROOT.resolve("stops").resolve(name);
    Properties expected = expectations(name);
    Path input = work.resolve("input-" + name);
    copy(ROOT.resolve("base"), input);
    if (expected.getProperty("remove") != null) {
      delete(input.resolve(expected.getProperty("remove")));
    }
    copy(caseFolder, input);
    try {
      Files.deleteIfExists(input.resolve("case.properties"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return input;
  }

  static Properties properties(Path file) {
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(file)) {
      properties.load(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }

  private static void copy(Path from, Path to) {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path source : (Iterable<Path>) paths::iterator) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(Path folder) {
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
