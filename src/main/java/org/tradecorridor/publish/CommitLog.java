package org.tradecorridor.publish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The job's own check of a Delta table's last commit, for what Delta does not check when the commit's
 * checksum file is gone: a commit file cut short at a line boundary still parses, and its missing
 * "remove" actions would leave an earlier version's rows beside the new ones. Delta writes the
 * commitInfo action with the numbers of files the commit adds and removes; they must match its actions,
 * but for a write of no rows, whose commitInfo counts one file that the commit rightly does not add.
 */
final class CommitLog {
  private static final ObjectMapper JSON = new ObjectMapper();

  private CommitLog() {}

  /**
   * @throws CorruptTableException naming the table and the commit when they do not match, or when the
   *     commit has no commitInfo
   */
  static void verifyLastCommit(Configuration conf, String table, String tablePath) {
    Path log = new Path(tablePath, "_delta_log");
    try {
      FileSystem fs = log.getFileSystem(conf);
      if (!fs.exists(log)) {
        return; // no table yet
      }
      Path last = null;
      long version = -1;
      for (FileStatus status : fs.listStatus(log)) {
        String name = status.getPath().getName();
        if (name.matches("\\d{20}\\.json")) {
          long v = Long.parseLong(name.substring(0, 20));
          if (v > version) {
            version = v;
            last = status.getPath();
          }
        }
      }
      if (last == null) {
        return; // only checkpoints: nothing of ours to check
      }
      long adds = 0;
      long removes = 0;
      JsonNode metrics = null;
      boolean commitInfo = false;
      try (BufferedReader lines = new BufferedReader(new InputStreamReader(fs.open(last), StandardCharsets.UTF_8))) {
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
          if (line.isBlank()) {
            continue;
          }
          JsonNode action;
          try {
            action = JSON.readTree(line);
          } catch (IOException e) {
            throw corrupt(table, version, last, "a line of it is not JSON, the commit was cut");
          }
          if (action.has("add")) {
            adds++;
          } else if (action.has("remove")) {
            removes++;
          } else if (action.has("commitInfo")) {
            commitInfo = true;
            metrics = action.get("commitInfo").get("operationMetrics");
          }
        }
      }
      if (!commitInfo) {
        throw corrupt(table, version, last, "it has no commitInfo, the commit was cut");
      }
      long expectedAdds = count(metrics, "numFiles", count(metrics, "numAddedFiles", -1));
      if (count(metrics, "numOutputRows", -1) == 0 && adds == 0) {
        // A write of no rows: Delta counts in numFiles the empty file it wrote and then left out of the commit.
        expectedAdds = 0;
      }
      long expectedRemoves = count(metrics, "numRemovedFiles", -1);
      if (expectedAdds >= 0 && expectedAdds != adds) {
        throw corrupt(table, version, last, "it adds " + adds + " data files where its commitInfo says " + expectedAdds);
      }
      if (expectedRemoves >= 0 && expectedRemoves != removes) {
        throw corrupt(table, version, last, "it removes " + removes + " data files where its commitInfo says "
            + expectedRemoves);
      }
    } catch (IOException e) {
      throw new CorruptTableException("warehouse table " + table + ": cannot read its log: " + e.getMessage(), e);
    }
  }

  private static long count(JsonNode metrics, String name, long absent) {
    if (metrics == null || !metrics.has(name)) {
      return absent;
    }
    try {
      return Long.parseLong(metrics.get(name).asText());
    } catch (NumberFormatException e) {
      return absent;
    }
  }

  private static CorruptTableException corrupt(String table, long version, Path file, String why) {
    return new CorruptTableException("warehouse table " + table + ": its last commit (version " + version + ", "
        + file.getName() + ") does not verify: " + why + "; restore that file, or RESTORE TABLE to version "
        + (version - 1) + " and run again");
  }
}
