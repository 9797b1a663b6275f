"""Checks that the notebook helper's view of a warehouse only reads, as the job's query command does.

    PYTHONPATH=notebooks /usr/bin/python3 notebooks/check_read_only.py WAREHOUSE

Opens the warehouse with trade_corridor.open_warehouse (the notebook's own path to Spark), reads a gold
table, then tries statements that would change a table, the session or read outside the warehouse: each
must raise and leave every table's last commit as it was. Exit 1 naming the first that got through.
"""
import glob
import os
import sys

from trade_corridor import open_warehouse

ATTEMPTS = [
    "DELETE FROM gold_bilateral_turnover WHERE year = 2024",
    "INSERT INTO gold_joint_projects SELECT * FROM gold_joint_projects",
    "ALTER TABLE gold_bilateral_turnover SET TBLPROPERTIES ('trade.home' = 'XXX')",
    "SET spark.databricks.delta.retentionDurationCheck.enabled = false",
    "VACUUM gold_bilateral_turnover RETAIN 0 HOURS",
    "DROP TABLE gold_trade_by_sector",
    "SELECT * FROM text.`/etc/passwd`",
    "SELECT java_method('java.lang.System', 'getProperty', 'user.home')",
]


def last_commits(warehouse):
    return {table: sorted(glob.glob(os.path.join(warehouse, table, "_delta_log", "*.json")))[-1]
            for table in os.listdir(warehouse) if os.path.isdir(os.path.join(warehouse, table, "_delta_log"))}


def main(warehouse):
    before = last_commits(warehouse)
    tc = open_warehouse(warehouse)
    years = tc.sql("SELECT count(*) AS n FROM gold_bilateral_turnover")
    if int(years.n[0]) < 1:
        sys.exit("check-read-only: gold_bilateral_turnover read no row")
    for statement in ATTEMPTS:
        try:
            tc.sql(statement)
        except Exception as refused:  # the Java InvalidConfigException, through JPype or py4j
            if "refused" not in str(refused):
                sys.exit("check-read-only: %s failed, but not as refused: %s" % (statement, refused))
            continue
        sys.exit("check-read-only: the notebook's view ran %s" % statement)
    if last_commits(warehouse) != before:
        sys.exit("check-read-only: a table changed")
    print("check-read-only: %d statements refused, no table changed (%s)" % (len(ATTEMPTS), tc.mode))


if __name__ == "__main__":
    main(os.path.abspath(sys.argv[1]))
