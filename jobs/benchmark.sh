#!/usr/bin/env bash
# Benchmark: the job end to end through SparkSubmit local[*], side by side with what it is measured against,
# on the same files in the same run, at several input sizes:
#   - DuckDB doing the same work in SQL (DuckDbPeer: bronze, deduplicated silver, gold), its gold checked
#     against the job's (GoldCrossCheck);
#   - the plain-Spark floor (PlainSparkFloor: CSV to Parquet, then filter, cast, drop duplicates to Parquet,
#     no Delta), submitted like the job;
#   - the Spark start-up floor (StartupFloor: one row to one Delta table), submitted like the job.
# Writes jobs/benchmark-results/results.csv and results.md.
#
#   ./jobs/benchmark.sh                    the sample data, 1 M and 5 M customs rows (freight: a fifth of that)
#   ./jobs/benchmark.sh sample 20000000    any sizes; "sample" is sample-data/ as shipped
#   ./jobs/benchmark.sh bulk:20000000:30   every pair: a year of Comtrade+ bulk files of 30 reporters (generate
#                                          --layout bulk), run with trade.pairs=*-*; DuckDB's peer covers one
#                                          pair, so this point has the floors only
#
# Inputs are generated once per size under benchmark-data/ (git-ignored) and reused. Environment:
# DRIVER_MEMORY (default 4g), DUCKDB_THREADS (default: all cores), SPARK_CONF (extra --conf words, for
# the job and both floors).
set -euo pipefail
cd "$(dirname "$0")/.."

sizes=("$@")
[[ ${#sizes[@]} -gt 0 ]] || sizes=(sample 1000000 5000000)
data=benchmark-data
results=jobs/benchmark-results
mkdir -p "$data" "$results"

echo "building (mvn package -DskipTests) ..." >&2
mvn -q -B -DskipTests package >&2
mvn -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt >&2
jar=$(ls target/trade-corridor-*-submit.jar | head -n 1)
spark_cp=$(jobs/spark-classpath.sh)
test_cp="target/test-classes:target/classes:$(cat target/test-classpath.txt)"
# The floors' classes, submitted with the submit jar beside them (Delta and the job's session settings).
floors=target/benchmark-floors.jar
(cd target/test-classes && jar cf ../benchmark-floors.jar org/tradecorridor/benchmark/StartupFloor.class \
  org/tradecorridor/benchmark/PlainSparkFloor.class)

# submit RSS_FILE CLASS SPARK_OPTION... -- APP_JAR ARG...: SparkSubmit local[*] as run-local.sh does it, peak
# RSS in RSS_FILE when GNU time is installed.
submit() {
  local rss=$1 class=$2; shift 2
  local options=()
  while [[ $1 != -- ]]; do options+=("$1"); shift; done
  shift
  local timer=()
  [[ -x /usr/bin/time ]] && timer=(/usr/bin/time -f '%M' -o "$rss")
  # shellcheck disable=SC2086
  "${timer[@]}" java @jobs/spark-jvm.args -Xmx"${DRIVER_MEMORY:-4g}" -XX:+UseParallelGC \
    -Dlog4j2.configurationFile=conf/log4j2.properties -cp "$spark_cp" org.apache.spark.deploy.SparkSubmit \
    --master 'local[*]' --class "$class" --conf spark.ui.enabled=false "${options[@]+"${options[@]}"}" ${SPARK_CONF:-} "$@"
}
rss_mb() { [[ -f "$1" ]] && echo $(( $(tail -n 1 "$1") / 1024 )) || echo ""; }

seconds() { python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.1f}')" "$1" "$2"; }

csv="$results/results.csv"
echo "input_set,customs_rows,freight_rows,input_bytes,input_rows,job_seconds,ingest_seconds,conform_seconds,aggregate_seconds,spark_jobs,rows_per_second,job_peak_rss_mb,spilled_bytes,duckdb_seconds,duckdb_bronze_seconds,duckdb_silver_seconds,duckdb_gold_seconds,plain_spark_seconds,plain_spark_peak_rss_mb,startup_seconds,job_over_duckdb,job_over_plain_spark,job_over_startup,gold_agrees,quarantine_agrees" > "$csv"

for rows in "${sizes[@]}"; do
  set_name=generated label=$rows
  job_conf=()
  if [[ $rows == bulk:* ]]; then
    spec=${rows#bulk:}
    rows=${spec%%:*}
    reporters=30
    [[ $spec == *:* ]] && reporters=${spec#*:}
    set_name=bulk-$reporters-reporters label=bulk-$rows
    freight=1000
    input="$data/bulk-$rows-$reporters"
    job_conf=(--conf 'trade.pairs=*-*')
    if [[ ! -f "$input/.complete" ]]; then
      rm -rf "$input"
      echo "generating $rows customs rows of $reporters reporters' bulk files into $input ..." >&2
      jobs/run-local.sh generate --output "$input" --layout bulk --reporters "$reporters" --customs-rows "$rows" \
        --freight-rows "$freight" >&2
      touch "$input/.complete"
    fi
  elif [[ $rows == sample ]]; then
    set_name=sample-data
    input=sample-data
    freight=$(find "$input/freight" -name '*.csv*' -exec zcat -f {} + | grep -vc '^shipment_id,')
  else
    freight=$((rows / 5))
    input="$data/input-$rows"
    if [[ ! -f "$input/.complete" ]]; then
      rm -rf "$input"
      echo "generating $rows customs rows and $freight freight rows into $input ..." >&2
      jobs/run-local.sh generate --output "$input" --customs-rows "$rows" \
        --freight-rows "$freight" --first-year 2015 --compress none >&2
      touch "$input/.complete"
    fi
  fi
  input_bytes=$(du -sb --exclude=.complete "$input" | cut -f1)
  # Data lines of the CSV and bulk files (the JSON responses' records are not counted).
  csvs=$(find "$input" -name '*.csv' -o -name '*.gz' ! -name '*.json.gz' | wc -l)
  input_rows=$(( $(find "$input" \( -name '*.csv' -o -name '*.gz' ! -name '*.json.gz' \) -exec zcat -f {} + | wc -l) - csvs ))
  [[ $rows == sample ]] && rows=$(( $(find "$input/customs" \( -name '*.csv' -o -name '*.csv.gz' \) -exec zcat -f {} + | wc -l) - $(find "$input/customs" -name '*.csv' -o -name '*.csv.gz' | wc -l) ))

  run=$(mktemp -d)
  warehouse="$data/warehouse-$rows"
  rm -rf "$warehouse"
  echo "job: run on $input ($input_rows rows, $input_bytes bytes) ..." >&2
  start=$(date +%s.%N)
  submit "$run/rss" org.tradecorridor.cli.Main \
    --conf spark.eventLog.enabled=true --conf spark.eventLog.compress=false --conf spark.eventLog.rolling.enabled=false \
    --conf "spark.eventLog.dir=file://$(cd "$run" && pwd)" -- \
    "$jar" run --input "$input" --warehouse "$warehouse" --run-id "benchmark-$rows" --conf report.output="$run/report" \
    "${job_conf[@]+"${job_conf[@]}"}" \
    > "$run/job.out" 2> "$run/job.err" || { cat "$run/job.err" >&2; exit 1; }
  end=$(date +%s.%N)
  job_seconds=$(seconds "$start" "$end")
  # A stage's sources run at once: its wall time is the longest of their lines.
  stage() { grep -E "^\[$1" "$run/job.out" | sed -E 's/.*\(([0-9.]+) s\)$/\1/' | sort -g | tail -n 1; }
  ingest=$(stage ingest); conform=$(stage conform); aggregate=$(stage aggregate)
  # The job's last line: "[run] done: N Spark jobs".
  spark_jobs=$(sed -nE 's/^\[run\] done: ([0-9]+) Spark jobs.*/\1/p' "$run/job.out" | tail -n 1)
  rss_mb=$(rss_mb "$run/rss")
  spilled=$(find "$run" -name "*local-*" -type f -exec cat {} + 2>/dev/null | grep -o '"Disk Bytes Spilled":[0-9]*' | cut -d: -f2 | paste -sd+ | bc || echo 0)
  rows_per_second=$(python3 -c "print(round($input_rows / $job_seconds))")

  plain="$data/plain-spark-$rows"
  rm -rf "$plain"
  echo "plain-Spark floor: CSV to Parquet, filter, cast, drop duplicates ..." >&2
  start=$(date +%s.%N)
  submit "$run/plain-rss" org.tradecorridor.benchmark.PlainSparkFloor --jars "$jar" -- "$floors" "$input" "$plain" \
    > "$run/plain.out" 2> "$run/plain.err" || { cat "$run/plain.err" >&2; exit 1; }
  end=$(date +%s.%N)
  plain_seconds=$(seconds "$start" "$end")
  plain_rss=$(rss_mb "$run/plain-rss")
  rm -rf "$plain"

  echo "Spark start-up floor: one row to one Delta table ..." >&2
  start=$(date +%s.%N)
  submit "$run/startup-rss" org.tradecorridor.benchmark.StartupFloor --jars "$jar" -- "$floors" "$run/startup-table" \
    > "$run/startup.out" 2> "$run/startup.err" || { cat "$run/startup.err" >&2; exit 1; }
  end=$(date +%s.%N)
  startup_seconds=$(seconds "$start" "$end")

  duck_step() { grep -E "^duckdb $1 " "$run/duckdb.out" 2>/dev/null | awk '{print $3}'; }
  if [[ $set_name == bulk-* ]]; then
    duck_seconds= agrees=n/a quarantine_agrees=n/a
  else
    peer="$data/duckdb-$rows"
    rm -rf "$peer"
    echo "duckdb: the same work in SQL ..." >&2
    start=$(date +%s.%N)
    java -cp "$test_cp" org.tradecorridor.benchmark.DuckDbPeer "$input" "$peer" ${DUCKDB_THREADS:-} > "$run/duckdb.out"
    end=$(date +%s.%N)
    duck_seconds=$(seconds "$start" "$end")

    echo "cross-check of the gold tables ..." >&2
    if java @jobs/spark-jvm.args -Dlog4j2.configurationFile=conf/log4j2.properties -cp "$test_cp" \
        org.tradecorridor.benchmark.GoldCrossCheck "$warehouse" "$peer" > "$run/check.out" 2> "$run/check.err"; then
      agrees=yes
    else
      agrees=no
      cat "$run/check.out" >&2
    fi
    # Quarantine counts per source and reason, reported apart (DuckDB pads a short record: see docs/performance.md).
    quarantine_agrees=$(grep -q 'quarantine cross-check: both sides agree' "$run/check.out" && echo yes || echo no)
  fi
  ratio() { [[ -n $1 && -n $2 ]] && python3 -c "print(f'{$1 / $2:.2f}')" || echo ""; }
  echo "$set_name,$rows,$freight,$input_bytes,$input_rows,$job_seconds,$ingest,$conform,$aggregate,${spark_jobs:-},$rows_per_second,$rss_mb,${spilled:-0},$duck_seconds,$(duck_step bronze),$(duck_step silver),$(duck_step gold),$plain_seconds,$plain_rss,$startup_seconds,$(ratio "$job_seconds" "${duck_seconds:-}"),$(ratio "$job_seconds" "$plain_seconds"),$(ratio "$job_seconds" "$startup_seconds"),$agrees,$quarantine_agrees" >> "$csv"
  cp "$run/job.out" "$results/job-$label.out"
  tail -n 1 "$csv" >&2
  rm -rf "$run"
done

python3 jobs/benchmark-report.py "$csv" "$results/results.md"
