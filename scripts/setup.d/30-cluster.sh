#!/usr/bin/env bash
# The cluster tests (tests/scale/): a Java runtime for Spark's master, worker and executors
# (Debian's headless JDK; pyspark from pip brings Spark itself). Dask needs nothing beyond
# the Python packages of 10-python.sh. Idempotent and non-interactive; needs root to install.
set -euo pipefail

if ! command -v java >/dev/null; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get -o DPkg::Lock::Timeout=600 update -qq
  apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends \
    default-jre-headless >/dev/null
fi
java -version 2>&1 | head -n 1
