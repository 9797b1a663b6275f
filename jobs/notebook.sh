#!/usr/bin/env bash
# Opens the analysts' notebook (notebooks/trade_corridor.ipynb) in Jupyter on a warehouse:
#
#   ./jobs/notebook.sh                 the repository's warehouse/ (./jobs/run-local.sh writes it)
#   ./jobs/notebook.sh /data/warehouse any other
#   ./jobs/notebook.sh --execute       run it headless instead, writing target/notebook/trade_corridor.ipynb
#
# Installs what it needs from Debian when missing (Jupyter, pandas, matplotlib, JPype) and uses Debian's own
# python3 and jupyter, which see those packages, whatever python3 comes first on PATH. Spark runs in the
# notebook's process through JPype with the project's jars (built when missing), unless pyspark and
# delta-spark are installed for that python3.
set -euo pipefail
cd "$(dirname "$0")/.."

execute=false
if [[ "${1:-}" == "--execute" ]]; then execute=true; shift; fi
warehouse=$(realpath -m "${1:-warehouse}")
[[ -d "$warehouse" ]] || { echo "notebook.sh: no warehouse at $warehouse: run ./jobs/run-local.sh first" >&2; exit 2; }

packages=(jupyter-notebook python3-nbconvert python3-ipykernel python3-pandas python3-matplotlib python3-jpype)
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [[ ${#missing[@]} -gt 0 ]]; then
  echo "installing ${missing[*]} (apt-get) ..." >&2
  sudo=(); [[ $(id -u) -eq 0 ]] || sudo=(sudo)
  "${sudo[@]}" apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
fi

if ! ls target/trade-corridor-*-submit.jar >/dev/null 2>&1 || [[ ! -f target/spark-classpath-provided.txt ]]; then
  echo "building the jars (mvn package -DskipTests) ..." >&2
  mvn -q -B -DskipTests package >&2
fi

export TRADE_WAREHOUSE="$warehouse"
export PYTHONPATH="$PWD/notebooks${PYTHONPATH:+:$PYTHONPATH}"
# Debian's interpreter and Jupyter, not a python3 of pyenv, conda or a venv that sees none of the packages.
export PATH="/usr/bin:$PATH"
if $execute; then
  mkdir -p target/notebook
  /usr/bin/python3 -m nbconvert --to notebook --execute --ExecutePreprocessor.timeout=600 \
    --output-dir target/notebook notebooks/trade_corridor.ipynb
  echo "target/notebook/trade_corridor.ipynb"
else
  exec /usr/bin/python3 -m notebook --notebook-dir=notebooks notebooks/trade_corridor.ipynb
fi
