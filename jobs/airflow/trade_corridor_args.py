"""Command lines of the trade-corridor job's Airflow tasks.

Kept apart from the DAG, with no Airflow import, so CI can check every option the DAG passes against
the job's own CLI (`--dry-run`) on a machine without Airflow.
"""

STAGES = ("ingest", "conform", "aggregate")

#: Jinja templates Airflow fills in: the year of the logical date, and the Airflow run id.
YEAR = "{{ logical_date.year }}"
RUN_ID = "{{ run_id }}"


def stage_args(stage, input_uri, warehouse_uri, years=YEAR, run_id=RUN_ID, catalog_db=None, conf=None):
    """The job's arguments for one stage: the logical date's year, the Airflow run id, the folders."""
    if stage not in STAGES:
        raise ValueError("unknown stage %r; one of %s" % (stage, ", ".join(STAGES)))
    args = [stage, "--warehouse", warehouse_uri, "--years", str(years), "--run-id", str(run_id)]
    if stage == "ingest":
        args += ["--input", input_uri]
    if catalog_db:
        args += ["--catalog-db", catalog_db]
    for key, value in sorted((conf or {}).items()):
        args += ["--conf", "%s=%s" % (key, value)]
    return args


if __name__ == "__main__":
    # Prints each stage's arguments as rendered for one logical date, one per line, tab-separated:
    #   python3 trade_corridor_args.py INPUT WAREHOUSE YEAR RUN_ID
    import sys

    input_uri, warehouse_uri, year, run_id = sys.argv[1:5]
    for stage in STAGES:
        print("\t".join(stage_args(stage, input_uri, warehouse_uri, years=year, run_id=run_id,
                                   catalog_db="trade", conf={"quality.maxQuarantineRatio": "0.05"})))
