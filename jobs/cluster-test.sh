#!/usr/bin/env bash
# The submit jar on a real standalone Spark cluster on this machine: lays out a SPARK_HOME from the
# Spark jars Maven resolved, starts a Master and two Workers on 127.0.0.1 (executors in JVMs of their
# own), submits `run` over the sample data with SparkSubmit --master spark://127.0.0.1:PORT, runs the
# same with --master local[2], checks that both gold tables are equal, then does the same for every pair
# (trade.pairs=*-*) of a generated year of Comtrade+ bulk files of six reporters (one gzip file each), and
# stops every process it started, also on failure. Exit 0 when the cluster runs succeeded and their gold
# equals the local runs'.
#
#   ./jobs/cluster-test.sh            both runs
#   ./jobs/cluster-test.sh WAREHOUSE  compares with WAREHOUSE instead of a local run of its own: the warehouse
#                                     of `./jobs/run-local.sh` (the sample data, default settings), as .ci/run does
#
# Needs target/ from `mvn verify` (or `mvn package`); .ci/run runs it after the tests.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
local_warehouse=
if [[ $# -gt 0 ]]; then
  [[ -d "$1/gold_bilateral_turnover/_delta_log" ]] || { echo "cluster-test: $1 is no warehouse of a run" >&2; exit 2; }
  local_warehouse=$(cd "$1" && pwd)
fi

if ! ls target/trade-corridor-*-submit.jar >/dev/null 2>&1 || [[ ! -f target/spark-classpath-runtime.txt ]] \
    || [[ ! -d target/test-classes ]]; then
  mvn -q -B -DskipTests package
fi
jar=$(ls "$root"/target/trade-corridor-*-submit.jar | head -n 1)
[[ -f target/test-classpath.txt ]] || mvn -q -B dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/test-classpath.txt

work=$(mktemp -d "${TMPDIR:-/tmp}/trade-corridor-cluster.XXXXXX")
pids=()
stop_all() {
  local status=$?
  for pid in "${pids[@]+"${pids[@]}"}"; do kill "$pid" 2>/dev/null || true; done
  for _ in $(seq 1 20); do
    alive=0
    for pid in "${pids[@]+"${pids[@]}"}"; do kill -0 "$pid" 2>/dev/null && alive=1; done
    [[ $alive == 0 ]] && break
    sleep 0.5
  done
  for pid in "${pids[@]+"${pids[@]}"}"; do kill -9 "$pid" 2>/dev/null || true; done
  # Executors are the Workers' children; none may outlive them.
  pkill -9 -f "$work" 2>/dev/null || true
  if [[ $status != 0 ]]; then
    echo "cluster test failed; logs:" >&2
    tail -n 30 "$work"/*.log "$work"/*.out >&2 || true
  fi
  rm -rf "$work"
  exit "$status"
}
trap stop_all EXIT INT TERM

# A SPARK_HOME with a jars/ folder: a Worker builds its executors' classpath from it.
export SPARK_HOME="$work/spark-home"
export SPARK_SCALA_VERSION=2.13
mkdir -p "$SPARK_HOME/jars" "$SPARK_HOME/conf"
for dependency in $(jobs/spark-classpath.sh | tr ':' ' '); do
  ln -sf "$dependency" "$SPARK_HOME/jars/"
done
# The job's logging, with the Master's and Workers' own lifecycle lines, which this script waits for.
cp conf/log4j2.properties "$SPARK_HOME/conf/log4j2.properties"
cat >> "$SPARK_HOME/conf/log4j2.properties" <<'LOG4J'
logger.master.name = org.apache.spark.deploy.master.Master
logger.master.level = info
logger.worker.name = org.apache.spark.deploy.worker.Worker
logger.worker.level = info
LOG4J
opens=$(tr '\n' ' ' < jobs/spark-jvm.args)
java_cmd=(java @jobs/spark-jvm.args -Dlog4j2.configurationFile="$SPARK_HOME/conf/log4j2.properties" -cp "$SPARK_HOME/jars/*")

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
wait_for() { # wait_for FILE PATTERN SECONDS
  for _ in $(seq 1 $(( $3 * 2 ))); do grep -q "$2" "$1" 2>/dev/null && return 0; sleep 0.5; done
  echo "timed out waiting for '$2' in $1" >&2; return 1
}

master_port=$(free_port)
master="spark://127.0.0.1:$master_port"
# Each daemon's log4j output (the lines waited for) goes to its own log file; its stdout and stderr beside it.
"${java_cmd[@]}" -Xmx512m -Dtrade.corridor.log="$work/master.log" org.apache.spark.deploy.master.Master \
  --host 127.0.0.1 --port "$master_port" --webui-port "$(free_port)" > "$work/master.out" 2>&1 &
pids+=($!)
wait_for "$work/master.log" "I have been elected leader" 60
for worker in 1 2; do
  "${java_cmd[@]}" -Xmx512m -Dtrade.corridor.log="$work/worker-$worker.log" org.apache.spark.deploy.worker.Worker \
    --host 127.0.0.1 --cores 1 --memory 2g --webui-port "$(free_port)" --work-dir "$work/worker-$worker" "$master" \
    > "$work/worker-$worker.out" 2>&1 &
  pids+=($!)
done
wait_for "$work/worker-1.log" "Successfully registered with master" 60
wait_for "$work/worker-2.log" "Successfully registered with master" 60
echo "cluster up: $master, two workers of 1 core each"

submit() { # submit MASTER INPUT WAREHOUSE RUN_ID SPARK_OPTION... [-- JOB_OPTION...]
  local master_url=$1 input=$2 warehouse=$3 run_id=$4; shift 4
  local spark_options=() job_options=()
  while [[ $# -gt 0 && $1 != -- ]]; do spark_options+=("$1"); shift; done
  [[ $# -gt 0 ]] && shift
  job_options=("$@")
  "${java_cmd[@]}" -Xmx2g org.apache.spark.deploy.SparkSubmit --master "$master_url" --deploy-mode client \
    --class org.tradecorridor.cli.Main --conf spark.ui.enabled=false --conf spark.driver.host=127.0.0.1 \
    "${spark_options[@]+"${spark_options[@]}"}" \
    "$jar" run --input "$input" --warehouse "$warehouse" --run-id "$run_id" "${job_options[@]+"${job_options[@]}"}"
}
on_cluster=(--conf "spark.executor.extraJavaOptions=$opens" --conf spark.executor.cores=1 --conf spark.executor.memory=1g
  --conf spark.cores.max=2 --conf spark.sql.shuffle.partitions=4 --conf spark.databricks.delta.snapshotPartitions=4)

echo "submitting to $master ..."
# Sized as one would submit to a cluster of two cores: a few shuffle partitions and Delta log-replay tasks
# (the job's cluster defaults, 64 and Delta's 50, are for real clusters: here 249 -> 204 s). Adaptive
# execution stays on, as on any cluster.
submit "$master" "$root/sample-data" "$work/warehouse-cluster" cluster "${on_cluster[@]}" > "$work/cluster-run.log" 2>&1
grep -E '^\[' "$work/cluster-run.log"
executors=$(find "$work"/worker-* -name stderr | wc -l)
echo "the run used $executors executor JVMs"
[[ $executors -ge 2 ]] || { echo "expected executors on both workers" >&2; exit 1; }

if [[ -z "$local_warehouse" ]]; then
  echo "the same run with --master local[2] ..."
  submit "local[2]" "$root/sample-data" "$work/warehouse-local" local > "$work/local-run.log" 2>&1
  local_warehouse=$work/warehouse-local
fi

compare() { # compare WAREHOUSE OTHER
  echo "comparing gold tables with $2 ..."
  java @jobs/spark-jvm.args -Dlog4j2.configurationFile="$root/conf/log4j2.properties" \
    -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
    org.tradecorridor.benchmark.GoldCrossCheck "$1" "$2" delta
}
compare "$work/warehouse-cluster" "$local_warehouse"

echo "every pair: a year of bulk files of six reporters, trade.pairs=*-*, on $master and with local[2] ..."
jobs/run-local.sh generate --output "$work/bulk-input" --layout bulk --reporters 6 --customs-rows 6000 \
  --freight-rows 200 > "$work/generate.log"
# Side by side: most of a small run is its driver's time, so the two overlap well on two cores.
submit "$master" "$work/bulk-input" "$work/bulk-cluster" bulk-cluster "${on_cluster[@]}" -- --conf 'trade.pairs=*-*' \
  > "$work/bulk-cluster-run.log" 2>&1 &
bulk_cluster=$!
pids+=("$bulk_cluster")
submit "local[2]" "$work/bulk-input" "$work/bulk-local" bulk-local -- --conf 'trade.pairs=*-*' \
  > "$work/bulk-local-run.log" 2>&1 &
bulk_local=$!
pids+=("$bulk_local")
wait "$bulk_cluster"
wait "$bulk_local"
grep -E '^\[(conform:customs|run)' "$work/bulk-cluster-run.log"
compare "$work/bulk-cluster" "$work/bulk-local"
echo "cluster test passed"
