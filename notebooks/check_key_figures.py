"""Checks an executed notebook's key figures against the gold tables, read through the job's query command.

    /usr/bin/python3 notebooks/check_key_figures.py target/notebook/trade_corridor.ipynb WAREHOUSE

Every output line "key figure: NAME VALUE" of the notebook must equal the same figure computed from the
gold tables by SQL (not by the notebook's code), rounded as the notebook prints it. Exit 1 naming the first
that differs; exit 0 printing them all.
"""
import csv
import io
import json
import re
import subprocess
import sys

QUERIES = {
    "turnover": "SELECT round(turnover_usd / 1e9, 2) FROM gold_bilateral_turnover WHERE year = {year}",
    "gap": "SELECT round(gap_to_target_usd / 1e9, 2) FROM gold_bilateral_turnover WHERE year = {year}",
    "agro": "SELECT round(agro_turnover_usd / 1e9, 2) FROM gold_agro_contribution WHERE year = {year}",
    "eastern": "SELECT round(gross_tonnes / 1e6, 3) FROM gold_corridor_freight WHERE year = {year} AND axis = 'EASTERN'",
}


def main(notebook, warehouse):
    with open(notebook, encoding="utf-8") as text:
        cells = json.load(text)["cells"]
    printed = "".join("".join(output.get("text", "")) for cell in cells if cell["cell_type"] == "code"
                      for output in cell.get("outputs", []))
    figures = re.findall(r"key figure: (\w+?)_(\d{4})_\w+ (-?[0-9.]+)", printed)
    if len(figures) < 4:
        print("check_key_figures: the notebook printed %d key figures, expected 4:\n%s" % (len(figures), printed))
        return 1
    sql = "; ".join(QUERIES[name].format(year=year) for name, year, _ in figures)
    result = subprocess.run(["./jobs/query.sh", "--warehouse", warehouse, "--format", "csv", sql],
                            capture_output=True, text=True, check=True).stdout
    expected = [rows[1][0] for rows in (list(csv.reader(io.StringIO(block))) for block in result.strip().split("\n\n"))]
    for (name, year, shown), gold in zip(figures, expected):
        if float(shown) != float(gold):
            print("check_key_figures: %s %s is %s in the notebook, %s in gold" % (name, year, shown, gold))
            return 1
        print("key figure %s %s: notebook %s = gold %s" % (name, year, shown, gold))
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:3]))
