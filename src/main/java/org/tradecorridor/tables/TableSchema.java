package org.tradecorridor.tables;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.MetadataBuilder;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * A table's columns as the contract defines them: name, type and what each means (its unit, its
 * definition, when it is null), and what the table holds. Written into the table: each column's text
 * as its Delta column comment, the table's as its description, so {@code DESCRIBE TABLE} and {@code
 * DESCRIBE DETAIL} explain it.
 */
public record TableSchema(String table, String description, List<Col> columns) {
  /** One column: name, Spark type, comment. */
  public record Col(String name, DataType type, String comment) {
    public StructField field() {
      return new StructField(name, type, true, commented(comment));
    }
  }

  public TableSchema {
    columns = List.copyOf(columns);
  }

  static TableSchema of(String table, String description, Col... columns) {
    return new TableSchema(table, description, Arrays.asList(columns));
  }

  public List<String> names() {
    return columns.stream().map(Col::name).toList();
  }

  /** The columns as a Spark schema, every field nullable and carrying its comment. */
  public StructType struct() {
    return new StructType(columns.stream().map(Col::field).toArray(StructField[]::new));
  }

  /** A column's comment; IllegalArgumentException for a column the table does not have. */
  public String comment(String column) {
    return columns.stream().filter(c -> c.name().equals(column)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException(table + " has no column " + column)).comment();
  }

  /** Field metadata that holds a comment, as Spark and Delta keep one. */
  public static Metadata commented(String comment) {
    return new MetadataBuilder().putString("comment", comment).build();
  }

  static Col col(String name, DataType type, String comment) {
    return new Col(name, type, comment);
  }

  /** A SQL string literal of {@code value}, quotes and backslashes escaped. */
  public static String sqlLiteral(String value) {
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }

  static Col text(String name, String comment) {
    return new Col(name, DataTypes.StringType, comment);
  }

  static Col integer(String name, String comment) {
    return new Col(name, DataTypes.IntegerType, comment);
  }

  static Col count(String name, String comment) {
    return new Col(name, DataTypes.LongType, comment);
  }

  static Col usd(String name, String comment) {
    return new Col(name, Money.USD, "USD, DECIMAL(20,2). " + comment);
  }

  static Col percent(String name, String comment) {
    return new Col(name, Money.PERCENT, "Percent, DECIMAL(25,2). " + comment);
  }

  static Col points(String name, String comment) {
    return new Col(name, Money.PERCENT, "Percentage points, DECIMAL(25,2). " + comment);
  }

  static Col tonnes(String name, String comment) {
    return new Col(name, Money.TONNES, "Metric tonnes, DECIMAL(18,3). " + comment);
  }
}
