package org.tradecorridor.ingest;

import org.tradecorridor.tables.Source;
import java.util.List;

/**
 * The files of one source under --input, checked and ready to read.
 *
 * @param source the source
 * @param folder the fully qualified folder
 * @param files the CSV files, sorted by path (the order duplicates are judged in)
 * @param columns bronze's data columns: the source's columns (the files' others go to the extra map)
 * @param skipped what was left alone, and why: files of another kind, links outside --input, link loops
 * @param folderMissing true when the folder does not exist (allowed for projects only)
 */
public record SourceFiles(
    Source source,
    String folder,
    List<InputFile> files,
    List<String> columns,
    List<String> skipped,
    boolean folderMissing) {

  public SourceFiles {
    files = List.copyOf(files);
    columns = List.copyOf(columns);
    skipped = List.copyOf(skipped);
  }

  /** The files a newer publication of the same slot supersedes, each with the one that counts ({@link Publications}). */
  public java.util.Map<String, String> superseded() {
    return Publications.superseded(files.stream().map(InputFile::relative).toList());
  }

  public long totalBytes() {
    return files.stream().mapToLong(InputFile::length).sum();
  }
}
