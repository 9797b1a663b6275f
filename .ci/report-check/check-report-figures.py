"""Checks every number of the report's tables against the warehouse, read through the job's query command.

    /usr/bin/python3 .ci/report-check/check-report-figures.py TABLES_JSON WAREHOUSE

TABLES_JSON is what check-report.mjs read off the page. Each table names its source table, and each
column its source column and unit; every cell must equal that column of the source row with the same
key, written in the unit (USD bn to 2 decimals and Mt to 3, half up; percentages as stored; n/a for
null). The gold tables the report shows whole must be there row for row. Quarantine reasons are counted
by SQL for the runs the data-quality table names. Exit 1 naming the first difference.
"""
import csv
import io
import json
import subprocess
import sys
from decimal import ROUND_HALF_UP, Decimal

WHOLE = {"gold_bilateral_turnover", "gold_agro_contribution", "gold_corridor_freight", "gold_joint_projects",
         "quality_flags"}
UNKNOWN = "n/a"


def shown(value, unit):
    if value == "":
        return UNKNOWN
    if unit == "usd_bn":
        return str((Decimal(value) / Decimal("1e9")).quantize(Decimal("0.01"), ROUND_HALF_UP))
    if unit == "tonnes_mt":
        return str((Decimal(value) / Decimal("1e6")).quantize(Decimal("0.001"), ROUND_HALF_UP))
    return value


def query(warehouse, statements):
    out = subprocess.run(["./jobs/query.sh", "--warehouse", warehouse, "--format", "csv", "; ".join(statements)],
                         capture_output=True, text=True, check=True).stdout
    return [list(csv.DictReader(io.StringIO(block))) for block in out.strip().split("\n\n")]


def main(tables_json, warehouse):
    with open(tables_json, encoding="utf-8") as text:
        tables = json.load(text)
    grouped = ("quarantine", "quality_flags")
    sources = sorted({t["source"] for t in tables if t["source"] not in grouped})
    statements = ["SELECT * FROM %s" % s for s in sources]
    statements.append("SELECT source, run_id, reason, count(*) AS `count(*)` FROM quarantine GROUP BY source, run_id, reason")
    statements.append("SELECT flag, severity, count(*) AS `count(*)` FROM quality_flags GROUP BY flag, severity")
    results = dict(zip(sources + list(grouped), query(warehouse, statements)))
    quality = next(t for t in tables if t["source"] == "run_log")
    runs = {row[0].split(":", 1)[1]: row[1] for row in quality["rows"]}
    results["quarantine"] = [r for r in results["quarantine"] if runs.get(r["source"]) == r["run_id"]]
    results["run_log"] = [r for r in results["run_log"] if r["status"] == "SUCCEEDED"]

    cells = 0
    for table in tables:
        keys = [c["column"] for c in table["columns"] if c["key"]]
        rows = {tuple(r[k] for k in keys): r for r in results[table["source"]]}
        seen = set()
        for cells_of_row in table["rows"]:
            shown_row = dict(zip((c["column"] for c in table["columns"]), cells_of_row))
            key = tuple(shown_row[k] for k in keys)
            source = rows.get(key)
            if source is None:
                print("report-figures: %s: row %s is not in %s" % (table["id"], key, table["source"]))
                return 1
            seen.add(key)
            for column in table["columns"]:
                expected = shown(source[column["column"]], column["unit"])
                if shown_row[column["column"]] != expected:
                    print("report-figures: %s %s %s: the report shows %s, %s has %s" % (
                        table["id"], key, column["column"], shown_row[column["column"]], table["source"], expected))
                    return 1
                cells += 1
        if table["source"] in WHOLE and len(seen) != len(rows):
            print("report-figures: %s shows %d rows of %s's %d" % (table["id"], len(seen), table["source"], len(rows)))
            return 1
    turnover = next(t for t in tables if t["id"] == "table-turnover")["rows"][-1]
    print("report-figures: %d cells of %d tables equal the warehouse (last year %s: turnover %s bn, gap %s bn)" % (
        cells, len(tables), turnover[0], turnover[3], turnover[6]))
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:3]))
