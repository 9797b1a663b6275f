package org.tradecorridor.cli;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.analysis.UnresolvedFunction;
import org.apache.spark.sql.catalyst.analysis.UnresolvedRelation;
import org.apache.spark.sql.catalyst.expressions.Expression;
import org.apache.spark.sql.catalyst.expressions.SubqueryExpression;
import org.apache.spark.sql.catalyst.parser.ParseException;
import org.apache.spark.sql.catalyst.plans.QueryPlan;
import org.apache.spark.sql.catalyst.plans.logical.Command;
import org.apache.spark.sql.catalyst.plans.logical.LogicalPlan;
import org.apache.spark.sql.execution.CommandExecutionMode;
import org.apache.spark.sql.execution.datasources.HadoopFsRelation;
import org.apache.spark.sql.execution.datasources.LogicalRelation;
import org.tradecorridor.config.InvalidConfigException;
import scala.jdk.javaapi.CollectionConverters;

/**
 * What {@code query} and the notebook let a statement do: read the warehouse's tables. A statement is
 * checked twice before it runs: as parsed (it is a query, or one of the commands that only show: SHOW,
 * DESCRIBE, EXPLAIN; it names no file outside the warehouse; it calls no function that reaches into the
 * JVM), then as Spark resolves it without running it (every relation it reads is a table under the
 * warehouse). Anything else is refused with exit 2 and one line naming the statement. Maintenance
 * (OPTIMIZE, VACUUM) is the {@code maintain} command's.
 */
final class ReadOnlySql {
  private ReadOnlySql() {}

  /** Commands that only show what the catalog or a table's log says. */
  private static final Set<String> SHOWING = Set.of("ShowTables", "ShowTablesExtended", "ShowViews",
      "ShowNamespaces", "ShowFunctions", "ShowColumns", "ShowTableProperties", "ShowCreateTable",
      "ShowPartitions", "ShowCatalogs", "ShowCurrentNamespaceCommand", "DescribeRelation", "DescribeColumn",
      "DescribeNamespace", "DescribeFunction", "DescribeDeltaHistory", "DescribeDeltaHistoryCommand",
      "DescribeDeltaDetailCommand");

  /** Plans that are no command in Spark's eyes but change state or run other SQL. */
  private static final Set<String> NOT_READING = Set.of("InsertIntoStatement", "UnresolvedExecuteImmediate",
      "ExecuteImmediateQuery", "PlanWithUnresolvedIdentifier", "CreateVariable", "SetVariable",
      "DropVariable");

  /** Relations of the statement's own values, or of its own CTEs (whose plans are checked where defined). */
  private static final Set<String> CONSTANT = Set.of("LocalRelation", "OneRowRelation", "Range", "CTERelationRef");

  /** Functions that call Java methods by name. */
  private static final Set<String> INTO_THE_JVM = Set.of("java_method", "reflect", "try_reflect");

  /** File formats Spark reads a path in, as format.`path`. */
  private static final Set<String> FILE_FORMATS = Set.of("text", "csv", "json", "parquet", "orc", "avro",
      "binaryfile", "xml", "delta", "hive", "jdbc", "libsvm", "image", "noop", "console", "rate", "socket");

  /** Why a statement is refused. */
  private static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Refused(String why) {
      super(why, null, false, false);
    }
  }

  /**
   * @param number the statement's place in the script, from 1, or 0 when it is the only one
   * @throws InvalidConfigException naming the statement, when it does anything but read the warehouse's tables
   * @throws ParseException when it is no SQL (and Spark's AnalysisException, unchecked in Java's eyes, when
   *     it names what does not exist)
   */
  static void check(SparkSession spark, String warehouseRoot, String statement, int number) throws ParseException {
    try {
      LogicalPlan parsed = spark.sessionState().sqlParser().parsePlan(statement);
      checkParsed(parsed, warehouseRoot);
      if (!SHOWING.contains(parsed.nodeName()) && !(parsed instanceof Command)) {
        checkResolved(spark.sessionState().executePlan(parsed, CommandExecutionMode.SKIP()).analyzed(),
            warehouseRoot);
      }
    } catch (Refused refused) {
      throw new InvalidConfigException("query" + (number > 0 ? " statement " + number : "") + " refused ("
          + shortly(statement) + "): " + refused.getMessage() + "; query only reads the warehouse's tables "
          + "(SELECT, WITH, SHOW, DESCRIBE, EXPLAIN); maintain compacts and vacuums them");
    }
  }

  private static void checkParsed(LogicalPlan plan, String root) {
    String name = plan.nodeName();
    if (name.equals("ExplainCommand")) {
      checkParsed(((org.apache.spark.sql.execution.command.ExplainCommand) plan).logicalPlan(), root);
      return;
    }
    if (SHOWING.contains(name)) {
      each(plan, node -> relation(node, root));
      return;
    }
    each(plan, node -> {
      if (node instanceof Command || NOT_READING.contains(node.nodeName())) {
        throw new Refused("it does more than read (" + node.nodeName() + ")");
      }
      relation(node, root);
      for (Expression expression : CollectionConverters.asJava(node.expressions())) {
        function(expression);
      }
    });
  }

  /** A relation the statement names: a table by name, or a path of the warehouse. */
  private static void relation(LogicalPlan node, String root) {
    List<String> parts = node instanceof UnresolvedRelation relation
        ? CollectionConverters.asJava(relation.multipartIdentifier()) : identifier(node);
    if (node.nodeName().startsWith("UnresolvedPathBased")) {
      inside(String.valueOf(node.productElement(0)), root);
    } else if (parts != null && parts.size() >= 2) {
      // format.`path`, or catalog.format.`path`: a path read in that format
      String format = parts.get(parts.size() - 2);
      String path = parts.get(parts.size() - 1);
      if (FILE_FORMATS.contains(format.toLowerCase(Locale.ROOT)) || format.contains(".")) {
        if (!format.equalsIgnoreCase("delta")) {
          throw new Refused("it reads a file (" + format + ".`" + path + "`)");
        }
        inside(path, root);
      }
    }
  }

  /** The name parts of UnresolvedTable, UnresolvedTableOrView and UnresolvedView, or null. */
  @SuppressWarnings("unchecked")
  private static List<String> identifier(LogicalPlan node) {
    if (node.nodeName().startsWith("UnresolvedTable") || node.nodeName().equals("UnresolvedView")) {
      Object first = node.productElement(0);
      if (first instanceof scala.collection.Seq<?> seq) {
        return CollectionConverters.asJava((scala.collection.Seq<String>) seq);
      }
    }
    return null;
  }

  private static void inside(String path, String root) {
    String qualified;
    try {
      Path given = new Path(path);
      qualified = given.getFileSystem(new org.apache.hadoop.conf.Configuration()).makeQualified(given).toString();
    } catch (java.io.IOException | IllegalArgumentException e) {
      throw new Refused("it names a path that is not the warehouse's (" + path + ")");
    }
    if (!(qualified + "/").startsWith(root.replaceAll("/+$", "") + "/")) {
      throw new Refused("it reads a path outside the warehouse (" + path + ")");
    }
  }

  private static void function(Expression expression) {
    if (expression instanceof UnresolvedFunction function) {
      String name = CollectionConverters.asJava(function.nameParts()).get(function.nameParts().size() - 1);
      if (INTO_THE_JVM.contains(name.toLowerCase(Locale.ROOT))) {
        throw new Refused("it calls into the JVM (" + name + ")");
      }
    }
    if (expression.nodeName().startsWith("ExpressionWithUnresolvedIdentifier")) {
      throw new Refused("it names a function by IDENTIFIER()");
    }
    if (expression instanceof SubqueryExpression subquery) {
      return; // its plan is walked as a plan of the statement
    }
    CollectionConverters.asJava(expression.children()).forEach(ReadOnlySql::function);
  }

  /** As Spark resolves it: every relation a table under the warehouse, no method called by reflection. */
  private static void checkResolved(LogicalPlan plan, String root) {
    each(plan, node -> {
      if (node instanceof Command) {
        throw new Refused("it does more than read (" + node.nodeName() + ")");
      }
      if (node instanceof LogicalRelation relation && relation.relation() instanceof HadoopFsRelation files) {
        CollectionConverters.asJava(files.location().rootPaths()).forEach(p -> inside(p.toString(), root));
      } else if (node.children().isEmpty() && !CONSTANT.contains(node.nodeName())) {
        throw new Refused("it reads something that is not a table of the warehouse (" + node.nodeName() + ")");
      }
      for (Expression expression : CollectionConverters.asJava(node.expressions())) {
        resolvedFunction(expression);
      }
    });
  }

  private static void resolvedFunction(Expression expression) {
    String name = expression.getClass().getSimpleName();
    if (name.equals("CallMethodViaReflection") || name.contains("UDF") || name.contains("UDAF")) {
      throw new Refused("it calls into the JVM (" + expression.prettyName() + ")");
    }
    CollectionConverters.asJava(expression.children()).forEach(ReadOnlySql::resolvedFunction);
  }

  /** Every plan of the statement: the plan, its children, its CTEs' and its subqueries' plans. */
  private static void each(LogicalPlan plan, java.util.function.Consumer<LogicalPlan> visit) {
    visit.accept(plan);
    for (LogicalPlan child : CollectionConverters.asJava(plan.children())) {
      each(child, visit);
    }
    for (QueryPlan<?> inner : CollectionConverters.asJava(plan.innerChildren())) {
      if (inner instanceof LogicalPlan innerPlan) {
        each(innerPlan, visit);
      }
    }
    for (Expression expression : CollectionConverters.asJava(plan.expressions())) {
      subqueries(expression, visit);
    }
  }

  private static void subqueries(Expression expression, java.util.function.Consumer<LogicalPlan> visit) {
    if (expression instanceof SubqueryExpression subquery) {
      each(subquery.plan(), visit);
    }
    CollectionConverters.asJava(expression.children()).forEach(child -> subqueries(child, visit));
  }

  /** The statement's start, for the message: one line of at most 60 characters. */
  private static String shortly(String statement) {
    String line = statement.strip().replaceAll("\\s+", " ");
    return line.length() <= 60 ? line : line.substring(0, 57) + "...";
  }
}
