package org.tradecorridor.config.localfs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FileNotFoundException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.CreateFlag;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileAlreadyExistsException;
import org.apache.hadoop.fs.FileContext;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Options;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.permission.FsPermission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local file system of local runs does what Hadoop's does, in Java: permissions, link status, renames. */
class LocalFileSystemWithoutForksTest {
  @TempDir
  java.nio.file.Path folder;

  private static Configuration conf() {
    Configuration conf = new Configuration(false);
    conf.set("fs.file.impl", LocalFileSystemWithoutForks.class.getName());
    conf.set("fs.AbstractFileSystem.file.impl", LocalFsWithoutForks.class.getName());
    conf.setBoolean("fs.file.impl.disable.cache", true);
    return conf;
  }

  @Test
  void permissionsAreSetAsChmodSetsThem() throws Exception {
    FileSystem fs = new Path(folder.toUri()).getFileSystem(conf());
    assertEquals(LocalFileSystemWithoutForks.class, fs.getClass());
    Path dir = new Path(folder.resolve("dir").toUri());
    assertTrue(fs.mkdirs(dir, new FsPermission((short) 0750)));
    assertEquals("rwxr-x---", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve("dir"))));
    Path file = new Path(dir, "part-0.parquet");
    try (FSDataOutputStream out = fs.create(file, new FsPermission((short) 0640), false, 4096, (short) 1, 1 << 20, null)) {
      out.write(1);
    }
    assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve("dir/part-0.parquet"))));
    fs.setPermission(file, new FsPermission((short) 0604));
    assertEquals("rw----r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve("dir/part-0.parquet"))));
  }

  @Test
  void fileContextRenamesWithoutOverwriteAsDeltaCommitsDo() throws Exception {
    FileContext fc = FileContext.getFileContext(folder.toUri(), conf());
    Path temp = new Path(folder.resolve(".00000000000000000000.json.tmp").toUri());
    Path commit = new Path(folder.resolve("00000000000000000000.json").toUri());
    try (FSDataOutputStream out = fc.create(temp, EnumSet.of(CreateFlag.CREATE))) {
      out.write("{}".getBytes(StandardCharsets.UTF_8));
    }
    fc.rename(temp, commit, Options.Rename.NONE);
    assertEquals("{}", Files.readString(folder.resolve("00000000000000000000.json")));

    try (FSDataOutputStream out = fc.create(temp, EnumSet.of(CreateFlag.CREATE))) {
      out.write("{\"other\":1}".getBytes(StandardCharsets.UTF_8));
    }
    assertThrows(FileAlreadyExistsException.class, () -> fc.rename(temp, commit, Options.Rename.NONE),
        "a version another writer committed first is never overwritten");
    assertEquals("{}", Files.readString(folder.resolve("00000000000000000000.json")));
  }

  @Test
  void linkStatusIsHadoopsOwnForFilesFoldersLinksAndMissingPaths() throws Exception {
    Files.writeString(folder.resolve("a"), "abc");
    Files.createDirectory(folder.resolve("d"));
    Files.createSymbolicLink(folder.resolve("link"), folder.resolve("a"));
    RawLocalFileSystem hadoops = new RawLocalFileSystem();
    hadoops.initialize(folder.toUri(), new Configuration(false));
    RawLocalFileSystemWithoutForks ours = new RawLocalFileSystemWithoutForks();
    ours.initialize(folder.toUri(), new Configuration(false));
    for (String name : new String[] {"a", "d", "link"}) {
      Path path = new Path(folder.resolve(name).toUri());
      FileStatus expected = hadoops.getFileLinkStatus(path);
      FileStatus actual = ours.getFileLinkStatus(path);
      assertEquals(expected.isSymlink(), actual.isSymlink(), name);
      assertEquals(expected.isDirectory(), actual.isDirectory(), name);
      assertEquals(expected.getLen(), actual.getLen(), name);
      assertEquals(expected.getPath(), actual.getPath(), name);
    }
    Path missing = new Path(folder.resolve("missing").toUri());
    assertThrows(FileNotFoundException.class, () -> hadoops.getFileLinkStatus(missing));
    assertThrows(FileNotFoundException.class, () -> ours.getFileLinkStatus(missing));
    FileContext fc = FileContext.getFileContext(folder.toUri(), conf());
    assertEquals(3, fc.getFileLinkStatus(new Path(folder.resolve("a").toUri())).getLen());
  }
}
