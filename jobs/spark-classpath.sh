#!/usr/bin/env bash
# Prints the classpath of a Spark distribution as Maven resolved it (target/spark-classpath-*.txt,
# written by mvn package): Spark and its dependencies, without what the submit jar carries.
set -euo pipefail
cd "$(dirname "$0")/.."
cat target/spark-classpath-provided.txt
printf ':'
cat target/spark-classpath-runtime.txt
