#!/usr/bin/env bash
# Benchmark: the job end to end through SparkSubmit local[*], side by side with DuckDB doing the same
# work in SQL on the same files (bronze and deduplicated silver as Parquet, gold computed), at several
# input sizes. Writes jobs/benchmark-results/results.csv and results.md and checks that the job's gold
# figures equal DuckDB's.
#
#   ./jobs/benchmark.sh                    1 M and 5 M customs rows (freight: a fifth of that)
#   ./jobs/benchmark.sh 200000             any sizes
#
# Inputs are generated once per size under benchmark-data/ (git-ignored) and reused. Environment:
# DRIVER_MEMORY (default 4g), DUCKDB_THREADS (default: all cores), SPARK_CONF (extra --conf words).
set -euo pipefail
cd "$(dirname "$0")/.."

sizes=("$@")
[[ ${#sizes[@]} -gt 0 ]] || sizes=(1000000 5000000)
data=benchmark-data
results=jobs/benchmark-results
mkdir -p "$data" "$results"

echo "building (mvn package -DskipTests) ..." >&2
mvn -q -B -DskipTests package >&2
mvn -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt >&2
jar=$(ls target/trade-corridor-*-submit.jar | head -n 1)
spark_cp=$(jobs/spark-classpath.sh)
test_cp="target/test-classes:target/classes:$(cat target/test-classpath.txt)"

seconds() { python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.1f}')" "$1" "$2"; }

csv="$results/results.csv"
echo "customs_rows,freight_rows,input_bytes,input_rows,job_seconds,ingest_seconds,conform_seconds,aggregate_seconds,rows_per_second,job_peak_rss_mb,spilled_bytes,duckdb_seconds,duckdb_bronze_seconds,duckdb_silver_seconds,duckdb_gold_seconds,job_over_duckdb,gold_agrees" > "$csv"

for rows in "${sizes[@]}"; do
  freight=$((rows / 5))
  input="$data/input-$rows"
  if [[ ! -f "$input/.complete" ]]; then
    rm -rf "$input"
    echo "generating $rows customs rows and $freight freight rows into $input ..." >&2
    jobs/run-local.sh generate --output "$input" --customs-rows "$rows" \
      --freight-rows "$freight" --first-year 2015 --compress none >&2
    touch "$input/.complete"
  fi
  input_bytes=$(du -sb --exclude=.complete "$input" | cut -f1)
  files=$(find "$input" -name '*.csv' | wc -l)
  input_rows=$(( $(find "$input" -name '*.csv' -exec cat {} + | wc -l) - files ))

  run=$(mktemp -d)
  timer=()
  [[ -x /usr/bin/time ]] && timer=(/usr/bin/time -f '%M' -o "$run/rss")
  warehouse="$data/warehouse-$rows"
  rm -rf "$warehouse"
  echo "job: run on $input ($input_rows rows, $input_bytes bytes) ..." >&2
  start=$(date +%s.%N)
  # shellcheck disable=SC2086
  "${timer[@]}" java @jobs/spark-jvm.args -Xmx"${DRIVER_MEMORY:-4g}" -XX:+UseParallelGC \
    -Dlog4j2.configurationFile=conf/log4j2.properties -cp "$spark_cp" org.apache.spark.deploy.SparkSubmit \
    --master 'local[*]' --class org.tradecorridor.cli.Main --conf spark.ui.enabled=false \
    --conf spark.eventLog.enabled=true --conf spark.eventLog.compress=false --conf spark.eventLog.rolling.enabled=false \
    --conf "spark.eventLog.dir=file://$(cd "$run" && pwd)" ${SPARK_CONF:-} \
    "$jar" run --input "$input" --warehouse "$warehouse" --run-id "benchmark-$rows" > "$run/job.out" 2> "$run/job.err" \
    || { cat "$run/job.err" >&2; exit 1; }
  end=$(date +%s.%N)
  job_seconds=$(seconds "$start" "$end")
  # A stage's sources run at once: its wall time is the longest of their lines.
  stage() { grep -E "^\[$1" "$run/job.out" | sed -E 's/.*\(([0-9.]+) s\)$/\1/' | sort -g | tail -n 1; }
  ingest=$(stage ingest); conform=$(stage conform); aggregate=$(stage aggregate)
  rss_mb=$([[ -f "$run/rss" ]] && echo $(( $(tail -n 1 "$run/rss") / 1024 )) || echo "")
  spilled=$(find "$run" -name "*local-*" -type f -exec cat {} + 2>/dev/null | grep -o '"Disk Bytes Spilled":[0-9]*' | cut -d: -f2 | paste -sd+ | bc || echo 0)
  rows_per_second=$(python3 -c "print(round($input_rows / $job_seconds))")

  peer="$data/duckdb-$rows"
  rm -rf "$peer"
  echo "duckdb: the same work in SQL ..." >&2
  start=$(date +%s.%N)
  java -cp "$test_cp" org.tradecorridor.benchmark.DuckDbPeer "$input" "$peer" ${DUCKDB_THREADS:-} > "$run/duckdb.out"
  end=$(date +%s.%N)
  duck_seconds=$(seconds "$start" "$end")
  duck_step() { grep -E "^duckdb $1 " "$run/duckdb.out" | awk '{print $3}'; }

  echo "cross-check of the gold tables ..." >&2
  if java @jobs/spark-jvm.args -Dlog4j2.configurationFile=conf/log4j2.properties -cp "$test_cp" \
      org.tradecorridor.benchmark.GoldCrossCheck "$warehouse" "$peer" > "$run/check.out" 2> "$run/check.err"; then
    agrees=yes
  else
    agrees=no
    cat "$run/check.out" >&2
  fi
  ratio=$(python3 -c "print(f'{$job_seconds / $duck_seconds:.2f}')")
  echo "$rows,$freight,$input_bytes,$input_rows,$job_seconds,$ingest,$conform,$aggregate,$rows_per_second,$rss_mb,${spilled:-0},$duck_seconds,$(duck_step bronze),$(duck_step silver),$(duck_step gold),$ratio,$agrees" >> "$csv"
  cp "$run/job.out" "$results/job-$rows.out"
  tail -n 1 "$csv" >&2
  rm -rf "$run"
done

python3 jobs/benchmark-report.py "$csv" "$results/results.md"
