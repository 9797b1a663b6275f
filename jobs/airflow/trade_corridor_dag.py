"""Airflow DAG of the trade-corridor job: ingest -> conform -> aggregate -> report, one Spark submit per task.

Each run works on the year of its logical date (`--years`), so a backfill (catchup) replaces one year
per run, and a rerun replaces the same rows again. The report task then writes the report of every year
(index.html under trade_corridor_report), from the gold tables only. Runs do not overlap (max_active_runs=1): every run
writes the same tables.

Airflow Variables (with defaults):
  trade_corridor_jar        path or URI of target/trade-corridor-<version>-submit.jar on the Spark client
  trade_corridor_input      landing folder with customs/, freight/, projects/
  trade_corridor_warehouse  folder of the Delta tables
  trade_corridor_catalog_db database to register the tables in ("" for none)
  trade_corridor_report     folder of the report, index.html (default: the warehouse's path + "-report")
Files: trade_corridor_args.py beside this file, and jobs/spark-jvm.args beside it or in its parent folder.
Connection: spark_default (the Spark master: yarn, k8s://..., spark://host:7077).
"""
from datetime import datetime, timedelta

from airflow import DAG
from airflow.models import Variable
from airflow.providers.apache.spark.operators.spark_submit import SparkSubmitOperator

from trade_corridor_args import TASKS, jvm_options, stage_args

JAR = Variable.get("trade_corridor_jar", default_var="/opt/jobs/trade-corridor-submit.jar")
INPUT = Variable.get("trade_corridor_input", default_var="s3a://trade-landing/comtrade")
WAREHOUSE = Variable.get("trade_corridor_warehouse", default_var="s3a://trade-warehouse/kz-ru")
CATALOG_DB = Variable.get("trade_corridor_catalog_db", default_var="trade") or None
REPORT = Variable.get("trade_corridor_report", default_var=WAREHOUSE.rstrip("/") + "-report")

# Spark's --add-opens flags for Java 17 and the JIT setting for its long generated methods, from the one
# list the launch scripts use (jobs/spark-jvm.args, deployed beside this file or in its parent folder).
JAVA_OPTIONS = jvm_options()

# A retry helps after exit 1 (a lost executor, a concurrent commit); after exit 2 (bad option or input)
# or 3 (quality gate) it fails again at once, and the log's first line says why.
default_args = {
    "owner": "data-engineering",
    "retries": 2,
    "retry_delay": timedelta(minutes=10),
    "retry_exponential_backoff": True,
}

with DAG(
    dag_id="trade_corridor",
    description="KZ-RU trade growth, agro-food contribution and INSTC corridor freight (Delta tables)",
    start_date=datetime(2019, 1, 1),
    schedule="@monthly",
    catchup=True,
    max_active_runs=1,
    default_args=default_args,
    tags=["trade", "delta", "spark"],
) as dag:
    previous = None
    for stage in TASKS:
        task = SparkSubmitOperator(
            task_id=stage,
            conn_id="spark_default",
            application=JAR,
            java_class="org.tradecorridor.cli.Main",
            name="trade-corridor-" + stage + "-{{ ds_nodash }}",
            application_args=stage_args(stage, INPUT, WAREHOUSE, catalog_db=CATALOG_DB, report_uri=REPORT),
            conf={
                "spark.driver.extraJavaOptions": JAVA_OPTIONS,
                "spark.executor.extraJavaOptions": JAVA_OPTIONS,
                "spark.sql.adaptive.enabled": "true",
            },
            driver_memory="4g",
            executor_memory="4g",
        )
        if previous is not None:
            previous >> task
        previous = task
