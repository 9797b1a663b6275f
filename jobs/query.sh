#!/usr/bin/env bash
# SQL over the local warehouse, every table by its own name:
#
#   ./jobs/query.sh "SELECT year, turnover_usd FROM gold_bilateral_turnover ORDER BY year"
#   ./jobs/query.sh --format csv --output turnover.csv "SELECT * FROM gold_bilateral_turnover"
#   ./jobs/query.sh --warehouse /data/warehouse "SELECT * FROM gold_corridor_freight VERSION AS OF 0"
#
# The same as ./jobs/run-local.sh query (default --warehouse warehouse); see trade-corridor query --help.
set -euo pipefail
exec "$(dirname "$0")/run-local.sh" query "$@"
