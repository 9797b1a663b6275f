package org.tradecorridor.publish;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.tradecorridor.config.InvalidConfigException;

/** The warehouse's folder, checked before a run writes into it. */
final class WarehouseFolder {
  /** Free space a run needs on a local warehouse's disk before it starts. */
  static final long MIN_FREE_BYTES = 16L << 20;

  private WarehouseFolder() {}

  /**
   * Checks, before any work, that the warehouse can be written: a folder (created when missing) into
   * which a file can be written and removed, on a disk with room left.
   *
   * @throws InvalidConfigException naming the folder and the cause
   */
  static void checkWritable(Configuration hadoop, String root) {
    Path folder = new Path(root);
    try {
      FileSystem fs = folder.getFileSystem(hadoop);
      if (fs.exists(folder) && !fs.getFileStatus(folder).isDirectory()) {
        throw new InvalidConfigException("--warehouse " + root + " is a file, not a folder");
      }
      if (!fs.exists(folder) && !fs.mkdirs(folder)) {
        throw new InvalidConfigException("--warehouse " + root + ": cannot create the folder");
      }
      Path probe = new Path(folder, "_trade_corridor_probe_" + java.util.UUID.randomUUID());
      try (var out = fs.create(probe, false)) {
        out.write('x');
      }
      fs.delete(probe, false);
      if ("file".equals(folder.toUri().getScheme())) {
        long free = java.nio.file.Files.getFileStore(java.nio.file.Paths.get(folder.toUri())).getUsableSpace();
        if (free < MIN_FREE_BYTES) {
          throw new InvalidConfigException("--warehouse " + root + ": its disk is full (" + free / 1024
              + " KB free; a run needs at least " + MIN_FREE_BYTES / (1024 * 1024) + " MB)");
        }
      }
    } catch (java.io.IOException e) {
      throw new InvalidConfigException("--warehouse " + root + ": cannot write into it: " + Retries.firstLine(e.getMessage()), e);
    }
  }
}
