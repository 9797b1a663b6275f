package org.tradecorridor.cli;

import static org.apache.spark.sql.functions.col;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.tradecorridor.config.InvalidConfigException;

/**
 * SQL over the warehouse ({@link WarehouseSql}): every table of it is a table by its own name, and a
 * statement may only read. Statements run in order, once all are checked; each one that returns rows
 * prints them.
 */
final class Query {
  /** How results are printed. */
  enum Format { table, csv, json }

  /** The most rows the table format prints of one result; csv and json print all. */
  static final int MAX_TABLE_ROWS = 10_000;

  private final SparkSession spark;
  private final WarehouseSql sql;

  Query(SparkSession spark, WarehouseSql sql) {
    this.spark = spark;
    this.sql = sql;
  }

  /**
   * The statements of a SQL text: split at every {@code ;} outside quotes, backquotes and comments;
   * empty statements dropped.
   *
   * @throws InvalidConfigException when there is none
   */
  static List<String> statements(String sql) {
    List<String> statements = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    char quote = 0;
    for (int i = 0; i < sql.length(); i++) {
      char c = sql.charAt(i);
      if (quote == 0 && c == '-' && i + 1 < sql.length() && sql.charAt(i + 1) == '-') {
        int end = sql.indexOf('\n', i);
        i = end < 0 ? sql.length() : end;
        current.append('\n');
        continue;
      }
      if (quote == 0 && (c == '\'' || c == '"' || c == '`')) {
        quote = c;
      } else if (quote != 0 && c == '\\' && quote != '`' && i + 1 < sql.length()) {
        current.append(c).append(sql.charAt(++i));
        continue;
      } else if (c == quote) {
        quote = 0;
      } else if (quote == 0 && c == ';') {
        add(statements, current);
        continue;
      }
      current.append(c);
    }
    add(statements, current);
    if (statements.isEmpty()) {
      throw new InvalidConfigException("query: no SQL statement given");
    }
    return statements;
  }

  private static void add(List<String> statements, StringBuilder statement) {
    if (!statement.toString().isBlank()) {
      statements.add(statement.toString().strip());
    }
    statement.setLength(0);
  }

  /** The file --output names, opened before Spark starts. */
  static PrintStream openOutput(String file) {
    try {
      return new PrintStream(java.nio.file.Files.newOutputStream(java.nio.file.Paths.get(file)), false,
          java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException | java.nio.file.InvalidPathException e) {
      throw new InvalidConfigException("--output " + file + ": cannot write it (" + e.getMessage() + ")", e);
    }
  }

  /**
   * Runs the statements in order, printing each result with rows, once every one is checked: a script of
   * which one statement is refused runs none.
   */
  void run(List<String> statements, Format format, PrintStream out) {
    sql.checkAll(statements);
    boolean first = true;
    for (int i = 0; i < statements.size(); i++) {
      Dataset<Row> result;
      try {
        result = spark.sql(statements.get(i));
        if (result.columns().length == 0) {
          continue;
        }
        if (!first) {
          out.println();
        }
        first = false;
        print(result, format, out);
      } catch (Exception e) { // AnalysisException is checked in Java's eyes, and thrown unchecked
        throw WarehouseSql.statementsFault(e, statements.size() > 1 ? i + 1 : 0);
      }
    }
    out.flush();
  }

  private static void print(Dataset<Row> result, Format format, PrintStream out) {
    switch (format) {
      case json -> {
        Iterator<String> lines = result.toJSON().toLocalIterator();
        lines.forEachRemaining(out::println);
      }
      case csv -> ResultText.csv(List.of(result.columns()), asText(result).toLocalIterator(), out);
      case table -> {
        List<Row> rows = asText(result).takeAsList(MAX_TABLE_ROWS + 1);
        ResultText.table(List.of(result.columns()), rows, MAX_TABLE_ROWS, out);
      }
    }
  }

  /** Every column as Spark writes it as text: decimals in full, timestamps in UTC, arrays and maps readable. */
  private static Dataset<Row> asText(Dataset<Row> result) {
    String[] names = result.columns();
    String[] positions = new String[names.length];
    Column[] columns = new Column[names.length];
    for (int i = 0; i < names.length; i++) {
      positions[i] = "_" + i; // by position: a result may name two columns alike
      columns[i] = col(positions[i]).cast("string").as(names[i]);
    }
    return result.toDF(positions).select(columns);
  }

}
