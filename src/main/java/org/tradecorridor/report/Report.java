package org.tradecorridor.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;
import org.tradecorridor.config.InvalidConfigException;
import org.tradecorridor.config.JobConfig;
import org.tradecorridor.publish.Warehouse;

/** Writes the report of a warehouse: DIR/index.html, from the gold tables, run_log and quarantine. */
public final class Report {
  public static final String PAGE = "index.html";

  private Report() {}

  /**
   * Reads the figures and writes the page, replacing an earlier one (any Hadoop file system folder).
   *
   * @return the page's path
   */
  public static String write(SparkSession spark, Warehouse warehouse, JobConfig config, String output) {
    ReportData data = new ReportReader(spark, warehouse, config.years(), config.rules().firstPair()).read();
    String html = ReportPage.html(data, config.rules().agroSector());
    Path page = new Path(output, PAGE);
    try {
      FileSystem fs = page.getFileSystem(spark.sparkContext().hadoopConfiguration());
      fs.setWriteChecksum(false); // no .index.html.crc beside the page on a local disk
      fs.mkdirs(page.getParent());
      Path partial = new Path(page.getParent(), "." + PAGE + ".partial");
      try (OutputStream out = fs.create(partial, true)) {
        out.write(html.getBytes(StandardCharsets.UTF_8));
      }
      // Written whole before it takes the page's name: a reader never sees half of one (between the delete
      // and the rename, for a moment, none).
      fs.delete(page, false);
      if (!fs.rename(partial, page)) {
        throw new IOException("could not rename " + partial + " to " + page);
      }
      return fs.makeQualified(page).toString();
    } catch (IOException | IllegalArgumentException e) {
      throw new InvalidConfigException("report output " + output + ": cannot write " + PAGE + " (" + e.getMessage()
          + ")", e);
    }
  }
}
