"""Open the trade-corridor warehouse from Python: SQL in, pandas out.

    from trade_corridor import open_warehouse
    tc = open_warehouse("../warehouse")
    tc.sql("SELECT year, turnover_usd FROM gold_bilateral_turnover ORDER BY year")

Every table of the warehouse is a table by its own name, read through the Delta log (so an old
version's files never count), with time travel (VERSION AS OF n) and DESCRIBE TABLE / DETAIL. The view
only reads, as the job's query command does: a statement that would write, alter, drop, vacuum, set a
conf, read a file outside the warehouse or call into the JVM raises an error and runs nothing. When a run
kept a persistent catalog (metastore/ of the repository), its databases are there too.

Two ways to Spark, whichever is there:
  * pyspark and delta-spark installed (a cluster's or a laptop's Python): a PySpark session;
  * otherwise Spark in this process through JPype (Debian's python3-jpype) with the project's own jars:
    target/trade-corridor-*-submit.jar and the Spark class path Maven wrote (mvn -DskipTests package).
Either way the submit jar holds the read-only view (org.tradecorridor.cli.WarehouseSql).
"""
import glob
import json
import os

import pandas

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
METASTORE = os.path.join(ROOT, "metastore")

class Warehouse:
    """A Spark session over one warehouse folder."""

    def __init__(self, path, sql, mode):
        self.path = path
        self._sql = sql
        self.mode = mode
        self.tables = []

    def sql(self, statement):
        """The statement's result as a pandas DataFrame (decimals as floats, NULL as NaN/None)."""
        return self._sql(statement)


def open_warehouse(path=None, memory="2g", mode=None):
    """A Warehouse over `path` (default: $TRADE_WAREHOUSE, else the repository's warehouse/).

    mode: "pyspark" or "jpype" to choose; by default pyspark when it and delta-spark import, else jpype.
    """
    path = os.path.abspath(path or os.environ.get("TRADE_WAREHOUSE") or os.path.join(ROOT, "warehouse"))
    if not os.path.isdir(path):
        raise FileNotFoundError("no warehouse at %s: run ./jobs/run-local.sh first" % path)
    if mode is None:
        mode = "pyspark" if _imports("pyspark", "delta") else "jpype"
    warehouse = _pyspark(path, memory) if mode == "pyspark" else _jpype(path, memory)
    if not warehouse.tables:
        raise FileNotFoundError("%s holds no table of the job: run ./jobs/run-local.sh first" % path)
    return warehouse


def _submit_jar():
    jars = sorted(glob.glob(os.path.join(ROOT, "target", "trade-corridor-*-submit.jar")))
    if not jars:
        raise FileNotFoundError("the job's jar is not built: run mvn -B -DskipTests package in %s" % ROOT)
    return jars[0]


def _imports(*modules):
    try:
        for module in modules:
            __import__(module)
        return True
    except ImportError:
        return False


def _pyspark(path, memory):
    from delta import configure_spark_with_delta_pip
    from pyspark.sql import DataFrame, SparkSession

    builder = (SparkSession.builder.appName("trade-corridor notebook").master("local[*]")
               .config("spark.driver.memory", memory)
               .config("spark.jars", _submit_jar())
               .config("spark.ui.enabled", "false")
               .config("spark.sql.session.timeZone", "UTC")
               .config("spark.sql.extensions", "io.delta.sql.DeltaSparkSessionExtension")
               .config("spark.sql.catalog.spark_catalog", "org.apache.spark.sql.delta.catalog.DeltaCatalog"))
    if os.path.isdir(os.path.join(METASTORE, "metastore_db")):
        builder = (builder.config("spark.sql.catalogImplementation", "hive")
                   .config("spark.sql.warehouse.dir", os.path.join(METASTORE, "spark-warehouse"))
                   .config("spark.hadoop.javax.jdo.option.ConnectionURL",
                           "jdbc:derby:;databaseName=%s;create=true" % os.path.join(METASTORE, "metastore_db")))
    spark = configure_spark_with_delta_pip(builder).getOrCreate()
    view = spark._jvm.org.tradecorridor.cli.WarehouseSql.open(spark._jsparkSession, path)
    warehouse = Warehouse(path, lambda statement: DataFrame(view.sql(statement), spark).toPandas(), "pyspark")
    warehouse.tables = [str(name) for name in view.tables()]
    return warehouse


def _jpype(path, memory):
    import jpype

    if not jpype.isJVMStarted():
        lists = [os.path.join(ROOT, "target", name) for name in
                 ("spark-classpath-provided.txt", "spark-classpath-runtime.txt")]
        if not all(os.path.isfile(name) for name in lists):
            raise FileNotFoundError("the job's jars are not built: run mvn -B -DskipTests package in %s" % ROOT)
        classpath = [_submit_jar(), _jpype_jar(jpype)]
        for name in lists:
            with open(name, encoding="utf-8") as text:
                classpath += [entry for entry in text.read().strip().split(os.pathsep) if entry]
        with open(os.path.join(ROOT, "jobs", "spark-jvm.args"), encoding="utf-8") as lines:
            flags = [line.strip() for line in lines if line.strip()]
        log = os.path.join(ROOT, "logs", "notebook.log")
        # JAVA_OPTS: extra options for the JVM, as jobs/run-local.sh takes them.
        flags += os.environ.get("JAVA_OPTS", "").split()
        jpype.startJVM(*flags, "-Xmx" + memory,
                       "-Dlog4j2.configurationFile=" + os.path.join(ROOT, "conf", "log4j2.properties"),
                       "-Dtrade.corridor.log=" + log,
                       classpath=classpath, convertStrings=True)
    SparkConf = jpype.JClass("org.apache.spark.SparkConf")
    SparkSession = jpype.JClass("org.apache.spark.sql.SparkSession")
    SparkSessions = jpype.JClass("org.tradecorridor.config.SparkSessions")
    WarehouseSql = jpype.JClass("org.tradecorridor.cli.WarehouseSql")
    builder = SparkSession.builder().appName("trade-corridor notebook").master("local[*]") \
        .config("spark.ui.enabled", "false")
    spark = SparkSessions.forReading(builder, SparkConf().set("spark.master", "local[*]"), METASTORE)
    view = WarehouseSql.open(spark, path)

    def sql(statement):
        result = view.sql(statement)
        columns = [str(name) for name in result.columns()]
        records = [json.loads(str(line)) for line in result.toJSON().collectAsList()]
        return pandas.DataFrame.from_records(records, columns=columns)

    warehouse = Warehouse(path, sql, "jpype")
    warehouse.tables = [str(name) for name in view.tables()]
    return warehouse


def _jpype_jar(jpype):
    """org.jpype.jar, which the JVM needs for JPype's class loader (Debian puts it beside the module)."""
    here = os.path.dirname(os.path.abspath(jpype.__file__))
    for candidate in (os.path.join(os.path.dirname(here), "org.jpype.jar"), os.path.join(here, "org.jpype.jar"),
                      "/usr/share/java/org.jpype.jar", "/usr/lib/python3/dist-packages/org.jpype.jar"):
        if os.path.isfile(candidate):
            return candidate
    raise FileNotFoundError("org.jpype.jar not found beside %s: reinstall python3-jpype" % here)
