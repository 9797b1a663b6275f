package org.tradecorridor.config.localfs;

import org.apache.hadoop.fs.LocalFileSystem;

/** {@code fs.file.impl}: Hadoop's checksummed local file system over {@link RawLocalFileSystemWithoutForks}. */
public class LocalFileSystemWithoutForks extends LocalFileSystem {
  public LocalFileSystemWithoutForks() {
    super(new RawLocalFileSystemWithoutForks());
  }
}
