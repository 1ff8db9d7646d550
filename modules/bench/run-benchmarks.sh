#!/usr/bin/env bash
# Builds and runs the JMH benchmarks on the shared corpus; results go to modules/bench/target/jmh-result.json.
# Usage: modules/bench/run-benchmarks.sh [JMH options, e.g. TextParse -f 1 -wi 3 -i 5]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
corpus="${IMR_CORPUS:-$root/../shared/corpus}"
(cd "$root" && ./mvnw -q -B -DskipTests -pl modules/bench -am package)
exec java -Dimr.corpus="$corpus" -jar "$root/modules/bench/target/benchmarks.jar" \
  -rf json -rff "$root/modules/bench/target/jmh-result.json" "$@"
