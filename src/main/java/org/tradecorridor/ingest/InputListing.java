package org.tradecorridor.ingest;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * The files under a folder of --input, each with its path relative to --input: what bronze's
 * {@code source_file} holds, so the same files under another landing folder are the same files.
 *
 * <p>On a local file system the folder is walked with java.nio, which takes any legal file name (a
 * name with ':' is no URI scheme) and sees symbolic links: a link whose target lies outside --input is
 * skipped with a warning (its content is never read, nor quoted in a message), and a folder reached
 * twice (a link loop) is walked once. Other file systems (HDFS, S3) are listed by Hadoop.
 */
final class InputListing {
  private InputListing() {}

  /** A listed file: its fully qualified path, its path relative to --input (with '/'), its size. */
  record Listed(String path, String relative, long length) {}

  /** The files found, in no particular order, and what was passed over and why. */
  record Result(List<Listed> files, List<String> warnings) {}

  /**
   * @param fs the file system of the input
   * @param root --input, qualified
   * @param folder the source's folder under it, qualified
   */
  static Result list(FileSystem fs, Path root, Path folder) throws IOException {
    if ("file".equals(folder.toUri().getScheme())) {
      return local(root, folder);
    }
    List<Listed> files = new ArrayList<>();
    String prefix = root.toUri().getPath().replaceAll("/+$", "") + "/";
    RemoteIterator<LocatedFileStatus> listing = fs.listFiles(folder, true);
    while (listing.hasNext()) {
      LocatedFileStatus status = listing.next();
      String path = status.getPath().toUri().getPath();
      files.add(new Listed(status.getPath().toString(),
          path.startsWith(prefix) ? path.substring(prefix.length()) : path, status.getLen()));
    }
    return new Result(files, List.of());
  }

  private static Result local(Path root, Path folder) throws IOException {
    java.nio.file.Path rootPath = Paths.get(root.toUri());
    java.nio.file.Path realRoot = rootPath.toRealPath();
    List<Listed> files = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    Set<java.nio.file.Path> walked = new HashSet<>();
    walk(Paths.get(folder.toUri()), rootPath, realRoot, walked, files, warnings);
    return new Result(files, warnings);
  }

  private static void walk(java.nio.file.Path dir, java.nio.file.Path root, java.nio.file.Path realRoot,
      Set<java.nio.file.Path> walked, List<Listed> files, List<String> warnings) throws IOException {
    if (!walked.add(dir.toRealPath())) {
      warnings.add(root.relativize(dir) + ": a folder already listed (a link loop); listed once");
      return;
    }
    List<java.nio.file.Path> entries = new ArrayList<>();
    try (DirectoryStream<java.nio.file.Path> stream = Files.newDirectoryStream(dir)) {
      stream.forEach(entries::add);
    }
    entries.sort(null);
    for (java.nio.file.Path entry : entries) {
      String relative = root.relativize(entry).toString().replace(java.io.File.separatorChar, '/');
      if (Files.isSymbolicLink(entry)) {
        java.nio.file.Path target;
        try {
          target = entry.toRealPath();
        } catch (IOException e) {
          warnings.add(relative + ": a link to nothing (" + e.getClass().getSimpleName() + "); skipped");
          continue;
        }
        if (!target.startsWith(realRoot)) {
          warnings.add(relative + ": a link to a file or folder outside --input; skipped");
          continue;
        }
      }
      if (Files.isDirectory(entry)) {
        walk(entry, root, realRoot, walked, files, warnings);
      } else if (Files.isRegularFile(entry)) {
        files.add(new Listed(new Path(entry.toUri()).toString(), relative, Files.size(entry)));
      } else if (!Files.exists(entry, LinkOption.NOFOLLOW_LINKS)) {
        warnings.add(relative + ": vanished while listed; skipped");
      }
    }
  }
}
