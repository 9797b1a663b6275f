#!/usr/bin/env python3
"""Writes jobs/benchmark-results/results.md from results.csv (jobs/benchmark.sh calls it):
    jobs/benchmark-report.py results.csv results.md"""
import csv, os, platform, subprocess, sys
rows = list(csv.DictReader(open(sys.argv[1])))
java = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()[0]
mem = next((l.split()[1] for l in open("/proc/meminfo") if l.startswith("MemTotal")), "?")
out = ["# Benchmark: the job, DuckDB, the plain-Spark floor and the Spark start-up floor on the same files",
       "",
       f"Machine: {os.cpu_count()} cores, {int(mem) // 1024 // 1024} GiB, {platform.platform()}, {java}; "
       f"job and floors: SparkSubmit local[*], driver {os.environ.get('DRIVER_MEMORY', '4g')}; DuckDB 2.0 (JDBC 2.0.0.1).",
       "",
       "| input | customs rows | input MB | input rows | job s | ingest / conform / aggregate s | Spark jobs | job peak RSS MB | spilled MB "
       "| DuckDB s (bronze / silver / gold) | plain-Spark s | start-up s | job / DuckDB | job / plain-Spark | job / start-up "
       "| gold agrees | quarantine counts agree |",
       "|---|---:|---:|---:|---:|---|---:|---:|---:|---|---:|---:|---:|---:|---:|---|---|"]
for r in rows:
    out.append(f"| {r['input_set']} | {int(r['customs_rows']):,} | {int(r['input_bytes']) / 1e6:,.0f} | "
               f"{int(r['input_rows']):,} | {r['job_seconds']} | {r['ingest_seconds']} / {r['conform_seconds']} / "
               f"{r['aggregate_seconds']} | {r.get('spark_jobs') or '?'} | {r['job_peak_rss_mb']} | {int(r['spilled_bytes'] or 0) / 1e6:,.0f} | "
               f"{r['duckdb_seconds']} ({r['duckdb_bronze_seconds']} / {r['duckdb_silver_seconds']} / "
               f"{r['duckdb_gold_seconds']}) | {r['plain_spark_seconds']} | {r['startup_seconds']} | "
               f"{r['job_over_duckdb']} | {r['job_over_plain_spark']} | {r['job_over_startup']} | {r['gold_agrees']} | {r.get('quarantine_agrees') or '?'} |")
generated = [r for r in rows if r['input_set'] == 'generated']
if len(generated) >= 2:
    small, large = generated[0], generated[-1]
    growth = float(large['job_seconds']) / float(small['job_seconds'])
    data = int(large['input_rows']) / int(small['input_rows'])
    out += ["", f"Job time from {int(small['customs_rows']):,} to {int(large['customs_rows']):,} customs rows: "
            f"x{growth:.2f} for x{data:.2f} the rows."]
out += ["", "Seconds are wall-clock for the whole process (JVM start included) on every side. The plain-Spark "
        "floor does CSV to Parquet, then filter, cast and drop duplicates to Parquet (no Delta, no rules); the "
        "start-up floor writes one row to one Delta table. Rerun with `./jobs/benchmark.sh` (inputs are "
        "generated once under `benchmark-data/`)."]
open(sys.argv[2], "w").write("\n".join(out) + "\n")
print("\n".join(out))
