"""Command lines of the trade-corridor job's Airflow tasks.

Kept apart from the DAG, with no Airflow import, so CI can check every option the DAG passes against
the job's own CLI (`--dry-run`) on a machine without Airflow.
"""

import os

STAGES = ("ingest", "conform", "aggregate")
#: The tasks of the DAG: the stages, then the report of the whole warehouse (every year, not only the run's).
TASKS = STAGES + ("report",)

#: The JVM flags of every Spark JVM the job runs in (Java 17's --add-opens for Spark, the JIT setting for
#: Spark's long generated methods): one list, jobs/spark-jvm.args, read by the launch scripts, the tests and
#: the DAG. Deploy it beside this file (dags folder) or keep the repository's layout.
JVM_ARGS_FILES = ("spark-jvm.args", os.path.join(os.pardir, "spark-jvm.args"))

#: Jinja templates Airflow fills in: the year of the logical date, and the Airflow run id.
YEAR = "{{ logical_date.year }}"
RUN_ID = "{{ run_id }}"


def jvm_options(here=os.path.dirname(os.path.abspath(__file__))):
    """The flags of jobs/spark-jvm.args as one string for spark.driver/executor.extraJavaOptions."""
    for name in JVM_ARGS_FILES:
        path = os.path.join(here, name)
        if os.path.isfile(path):
            with open(path, encoding="utf-8") as lines:
                return " ".join(line.strip() for line in lines if line.strip() and not line.startswith("#"))
    raise FileNotFoundError("spark-jvm.args is neither beside %s nor in its parent folder; deploy it with the DAG"
                            % here)


def stage_args(stage, input_uri, warehouse_uri, years=YEAR, run_id=RUN_ID, catalog_db=None, conf=None,
               report_uri=None):
    """The job's arguments for one task: the logical date's year, the Airflow run id, the folders.

    The report task reads the warehouse only and writes report_uri/index.html of every year.
    """
    if stage not in TASKS:
        raise ValueError("unknown stage %r; one of %s" % (stage, ", ".join(TASKS)))
    if stage == "report":
        if not report_uri:
            raise ValueError("the report task needs report_uri")
        return ["report", "--warehouse", warehouse_uri, "--output", report_uri, "--run-id", str(run_id)]
    args = [stage, "--warehouse", warehouse_uri, "--years", str(years), "--run-id", str(run_id)]
    if stage == "ingest":
        args += ["--input", input_uri]
    if catalog_db:
        args += ["--catalog-db", catalog_db]
    for key, value in sorted((conf or {}).items()):
        args += ["--conf", "%s=%s" % (key, value)]
    return args


if __name__ == "__main__":
    # Prints each task's arguments as rendered for one logical date, one per line, tab-separated:
    #   python3 trade_corridor_args.py INPUT WAREHOUSE YEAR RUN_ID [REPORT]
    # or the JVM flags the DAG gives Spark's driver and executors:
    #   python3 trade_corridor_args.py --jvm-options
    import sys

    if sys.argv[1:] == ["--jvm-options"]:
        print(jvm_options())
        sys.exit(0)
    input_uri, warehouse_uri, year, run_id = sys.argv[1:5]
    report_uri = sys.argv[5] if len(sys.argv) > 5 else warehouse_uri.rstrip("/") + "-report"
    for stage in TASKS:
        print("\t".join(stage_args(stage, input_uri, warehouse_uri, years=year, run_id=run_id,
                                   catalog_db="trade", conf={"quality.maxQuarantineRatio": "0.05"},
                                   report_uri=report_uri)))
