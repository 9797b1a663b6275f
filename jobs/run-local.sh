#!/usr/bin/env bash
# Runs the job on this machine the way a cluster runs it: through Spark's own SparkSubmit class, with
# the submit jar as the application and Spark's jars on the classpath, master local[*].
#
#   ./jobs/run-local.sh                          run --input sample-data --warehouse warehouse
#   ./jobs/run-local.sh --years 2023             the same, for 2023 only
#   ./jobs/run-local.sh conform --warehouse w    any command and option of the job
#   ./jobs/run-local.sh query "SELECT ..."       SQL over ./warehouse (see also jobs/query.sh)
#   ./jobs/run-local.sh report                   ./report/index.html from ./warehouse (run writes it too;
#                                                --warehouse W: W-report/index.html)
#   ./jobs/run-local.sh generate --output DIR    sample inputs (the generator's own jar)
#
# Environment: SPARK_MASTER (default local[*]), DRIVER_MEMORY (default 4g), SPARK_CONF (extra
# "--conf k=v" words for spark-submit), JAVA_OPTS (extra options for the driver's JVM, e.g.
# -XX:+HeapDumpOnOutOfMemoryError), CDS (off: no class-data sharing archive). Builds the jar first when the
# sources are newer.
set -euo pipefail
cd "$(dirname "$0")/.."

jar=$(ls target/trade-corridor-*-submit.jar 2>/dev/null | head -n 1 || true)
if [[ -z "$jar" || ! -f target/spark-classpath-runtime.txt || ! -f target/generator-classpath.txt || -n "$(find pom.xml src conf -newer "$jar" -print -quit)" ]]; then
  echo "building the submit jar (mvn package -DskipTests) ..." >&2
  mvn -q -B -DskipTests package >&2
  jar=$(ls target/trade-corridor-*-submit.jar | head -n 1)
fi

command=run
case "${1:-}" in
  run|ingest|conform|aggregate|maintain|query|report|generate|help|--help|-h|--version|-V) command=$1; shift ;;
esac

if [[ "$command" == generate ]]; then
  # The sample-data generator is not part of the job: its own jar, with the job's classes and libraries.
  generator=$(ls target/trade-corridor-*-generator.jar | head -n 1)
  exec java -Xmx"${DRIVER_MEMORY:-4g}" -Dlog4j2.configurationFile=conf/log4j2.properties \
    -cp "$generator:${jar%-submit.jar}.jar:$(cat target/generator-classpath.txt)" \
    org.tradecorridor.generate.SampleDataGenerator "$@"
fi
defaults=()
case "$command" in
  run|ingest) [[ " $* " == *" --input"* ]] || defaults+=(--input sample-data) ;;
esac
case "$command" in
  run|ingest|conform|aggregate|maintain|query|report) [[ " $* " == *" --warehouse"* ]] || defaults+=(--warehouse warehouse) ;;
esac
# The report goes beside its warehouse: report/ for the default warehouse/, W-report/ for --warehouse W (as the
# Airflow DAG names it), so a run on another warehouse never writes over the sample's report.
warehouse=warehouse
previous=
for word in "$@"; do
  [[ "$previous" == --warehouse ]] && warehouse=$word
  [[ "$word" == --warehouse=* ]] && warehouse=${word#--warehouse=}
  previous=$word
done
report=report
[[ "${warehouse%/}" == warehouse || "${warehouse%/}" == ./warehouse ]] || report="${warehouse%/}-report"
case "$command" in
  run) [[ " $* " == *"report.output"* ]] || defaults+=(--conf "report.output=$report") ;;
  report) [[ " $* " == *" --output"* ]] || defaults+=(--output "$report") ;;
esac

# Class-data sharing: the classes a run loads (Spark's, Delta's, the job's), archived at the exit of the first
# run after a build and mapped from the archive by the next ones, which then start faster. The archive belongs
# to this jar and class path: it is made again when the jar is newer. CDS=off leaves it out.
cds=()
if [[ "${CDS:-on}" != off ]]; then
  archive=target/cds/trade-corridor-driver.jsa
  mkdir -p target/cds
  if [[ -f "$archive" && "$archive" -nt "$jar" ]]; then
    cds=(-XX:SharedArchiveFile="$archive" -Xshare:auto -Xlog:cds*=off)
  else
    rm -f "$archive"
    # (The JVM warns of every class it cannot archive, thousands of lines: silenced.)
    cds=(-XX:ArchiveClassesAtExit="$archive" -Xlog:cds*=off)
  fi
fi

# shellcheck disable=SC2086
exec java @jobs/spark-jvm.args "${cds[@]+"${cds[@]}"}" -Xmx"${DRIVER_MEMORY:-4g}" -XX:+UseParallelGC ${JAVA_OPTS:-} \
  -Dlog4j2.configurationFile=conf/log4j2.properties \
  -cp "$(jobs/spark-classpath.sh)" \
  org.apache.spark.deploy.SparkSubmit \
  --master "${SPARK_MASTER:-local[*]}" \
  --class org.tradecorridor.cli.Main \
  --conf spark.ui.enabled=false \
  ${SPARK_CONF:-} \
  "$jar" "$command" "${defaults[@]+"${defaults[@]}"}" "$@"
