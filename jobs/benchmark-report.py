#!/usr/bin/env python3
"""Writes jobs/benchmark-results/results.md from results.csv (jobs/benchmark.sh calls it):
    jobs/benchmark-report.py results.csv results.md"""
import csv, os, platform, subprocess, sys
rows = list(csv.DictReader(open(sys.argv[1])))
java = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()[0]
mem = next((l.split()[1] for l in open("/proc/meminfo") if l.startswith("MemTotal")), "?")
out = [f"# Benchmark: the job and DuckDB on the same files",
       "",
       f"Machine: {os.cpu_count()} cores, {int(mem) // 1024 // 1024} GiB, {platform.platform()}, {java}; "
       f"job: SparkSubmit local[*], driver {os.environ.get('DRIVER_MEMORY', '4g')}; DuckDB 2.0 (JDBC 2.0.0.1).",
       "",
       "| customs rows | freight rows | input MB | input rows | job s | ingest s | conform s | aggregate s | rows/s | job peak RSS MB | spilled MB | DuckDB s (bronze / silver / gold) | job / DuckDB | gold agrees |",
       "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|---|"]
for r in rows:
    out.append(f"| {int(r['customs_rows']):,} | {int(r['freight_rows']):,} | {int(r['input_bytes']) / 1e6:,.0f} | "
               f"{int(r['input_rows']):,} | {r['job_seconds']} | {r['ingest_seconds']} | {r['conform_seconds']} | "
               f"{r['aggregate_seconds']} | {int(r['rows_per_second']):,} | {r['job_peak_rss_mb']} | "
               f"{int(r['spilled_bytes'] or 0) / 1e6:,.0f} | {r['duckdb_seconds']} ({r['duckdb_bronze_seconds']} / "
               f"{r['duckdb_silver_seconds']} / {r['duckdb_gold_seconds']}) | {r['job_over_duckdb']} | {r['gold_agrees']} |")
if len(rows) >= 2:
    small, large = rows[0], rows[-1]
    growth = float(large['job_seconds']) / float(small['job_seconds'])
    data = int(large['input_rows']) / int(small['input_rows'])
    out += ["", f"Job time from {int(small['customs_rows']):,} to {int(large['customs_rows']):,} customs rows: "
            f"x{growth:.2f} for x{data:.2f} the rows."]
out += ["", "Seconds are wall-clock for the whole process (JVM start included) on both sides. Rerun with "
        "`./jobs/benchmark.sh` (inputs are generated once under `benchmark-data/`)."]
open(sys.argv[2], "w").write("\n".join(out) + "\n")
print("\n".join(out))
