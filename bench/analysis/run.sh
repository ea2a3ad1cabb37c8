#!/usr/bin/env bash
# Latency and throughput of the attribution analyser alone (the OpenNLP pipeline and the rules), in process, on one
# core: a 20,000-character article, warmed up until throughput is stable, then ROUNDS timed analyses. Prints p50/p99
# latency and KB/s. Targets (issue 14): p99 <= 150 ms, >= 250 KB/s. The HTTP end-to-end figure is run-http.sh.
#
#   bench/analysis/run.sh            ROUNDS=300 by default
set -euo pipefail
cd "$(dirname "$0")/../.."
ROUNDS=${ROUNDS:-300}
./mvnw -B -ntp -q test-compile -Dspotless.check.skip=true
./mvnw -B -ntp -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
CP="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
PIN=()
if command -v taskset >/dev/null; then PIN=(taskset -c 0); fi
"${PIN[@]}" java -XX:ActiveProcessorCount=1 -Xmx512m -cp "$CP" org.sourceledger.analysis.AnalysisBench "$ROUNDS" 2>&1 \
  | grep -v '^SLF4J'
