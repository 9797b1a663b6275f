package org.tradecorridor.ingest.internal;

import org.tradecorridor.ingest.InputFile;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.connector.catalog.SupportsRead;
import org.apache.spark.sql.connector.catalog.Table;
import org.apache.spark.sql.connector.catalog.TableCapability;
import org.apache.spark.sql.connector.catalog.TableProvider;
import org.apache.spark.sql.connector.expressions.Transform;
import org.apache.spark.sql.connector.read.Batch;
import org.apache.spark.sql.connector.read.InputPartition;
import org.apache.spark.sql.connector.read.PartitionReader;
import org.apache.spark.sql.connector.read.PartitionReaderFactory;
import org.apache.spark.sql.connector.read.Scan;
import org.apache.spark.sql.connector.read.ScanBuilder;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.util.CaseInsensitiveStringMap;
import org.tradecorridor.config.TextEncoding;

/**
 * A Spark data source (DataSource V2, read only) over the input files of one source, so that
 * {@link BronzeReader} hands Spark rows in its own format and no row is converted on the way. Spark
 * loads it by class name; its options, made by {@link #options}, say what to read as plain text: the
 * files of each task (JSON), the columns, the encoding and the setting that names it.
 */
public final class BronzeSource implements TableProvider {
  static final String TASKS = "tasks";
  static final String COLUMNS = "columns";
  static final String ENCODING = "encoding";
  static final String ENCODING_KEY = "encodingKey";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** What to read: the files of each task, the columns, and how the files are encoded. */
  record Read(List<List<InputFile>> tasks, List<String> columns, String encoding, String encodingKey)
      implements Serializable {

    static Read of(Map<String, String> options) {
      try {
        List<List<InputFile>> tasks = JSON.readValue(options.get(TASKS), new TypeReference<List<List<InputFile>>>() {});
        return new Read(tasks, List.of(options.get(COLUMNS).split(",")), options.get(ENCODING),
            options.get(ENCODING_KEY));
      } catch (IOException | RuntimeException e) {
        throw new IllegalArgumentException("not a bronze read: " + e.getMessage(), e);
      }
    }
  }

  /**
   * The options of a read of these files.
   *
   * @param tasks the files each task reads, in order
   * @param columns the source's columns (plain names, no commas)
   */
  public static Map<String, String> options(List<List<InputFile>> tasks, List<String> columns, String encoding,
      String encodingKey) {
    try {
      return Map.of(TASKS, JSON.writeValueAsString(tasks), COLUMNS, String.join(",", columns), ENCODING, encoding,
          ENCODING_KEY, encodingKey);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Spark's name for "the schema": nothing is inferred, every column is a string as planned. */
  @Override
  public StructType inferSchema(CaseInsensitiveStringMap options) {
    return BronzeSchema.read(Read.of(options).columns());
  }

  @Override
  public Table getTable(StructType schema, Transform[] partitioning, Map<String, String> properties) {
    return new FilesTable(Read.of(properties), schema);
  }

  private record FilesTable(Read read, StructType schema) implements SupportsRead {
    @Override
    public String name() {
      return "input files (" + read.tasks().stream().mapToInt(List::size).sum() + ")";
    }

    @Override
    public Set<TableCapability> capabilities() {
      return EnumSet.of(TableCapability.BATCH_READ);
    }

    @Override
    public ScanBuilder newScanBuilder(CaseInsensitiveStringMap options) {
      return () -> new FilesScan(read, schema);
    }
  }

  private record FilesScan(Read read, StructType readSchema) implements Scan, Batch {
    @Override
    public Batch toBatch() {
      return this;
    }

    @Override
    public InputPartition[] planInputPartitions() {
      return read.tasks().stream().map(FilesPartition::new).toArray(InputPartition[]::new);
    }

    @Override
    public PartitionReaderFactory createReaderFactory() {
      SparkSession spark = SparkSession.active();
      Broadcast<Map<String, String>> hadoopConf = JavaSparkContext.fromSparkContext(spark.sparkContext())
          .broadcast(HadoopFiles.toMap(spark.sparkContext().hadoopConfiguration()));
      return new FilesReaderFactory(read.columns(), read.encoding(), read.encodingKey(), hadoopConf);
    }

    @Override
    public String description() {
      return "bronze rows of " + read.tasks().stream().mapToInt(List::size).sum() + " files";
    }
  }

  private record FilesPartition(List<InputFile> files) implements InputPartition {}

  private record FilesReaderFactory(List<String> columns, String encoding, String encodingKey,
      Broadcast<Map<String, String>> hadoopConf) implements PartitionReaderFactory {
    @Override
    public PartitionReader<InternalRow> createReader(InputPartition partition) {
      return new BronzeReader(((FilesPartition) partition).files(), columns, new TextEncoding(encoding), encodingKey,
          HadoopFiles.fromMap(hadoopConf.value()));
    }
  }
}
