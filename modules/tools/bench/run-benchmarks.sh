#!/usr/bin/env bash
# Builds modules/tools/bench and runs its JMH benchmarks on the shared corpus, one thread each (about 2 minutes for all).
# Results: JMH's table on stdout, JSON in modules/tools/bench/target/jmh-result.json.
#
# Usage: modules/tools/bench/run-benchmarks.sh [--no-build] [JMH options]
#   modules/tools/bench/run-benchmarks.sh                      # every benchmark
#   modules/tools/bench/run-benchmarks.sh TextParse            # one of them (a regular expression on the name)
#   modules/tools/bench/run-benchmarks.sh TextParse -prof stack -p citationCache=false   # where the time goes
# Env: IMR_CORPUS (default: ../shared/corpus beside the checkout); MAVEN_ARGS (e.g. -o) is read by Maven itself.
# The build includes the modules the benchmarks depend on (-am), so they always measure the parser of this checkout.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
corpus="${IMR_CORPUS:-$root/../shared/corpus}"
if [[ "${1:-}" == "--no-build" ]]; then
  shift
else
  (cd "$root" && ./mvnw -q -B -DskipTests -pl modules/tools/bench -am package)
fi
exec java -Dimr.corpus="$corpus" -jar "$root/modules/tools/bench/target/benchmarks.jar" \
  -rf json -rff "$root/modules/tools/bench/target/jmh-result.json" "$@"
