#!/usr/bin/env bash
# ./ziar bench CMD: benchmarks of the suite that `./ziar up` started (see BENCHMARKS.md).
#
# Usage: bench/bench.sh jmh [BENCHMARK...]   JMH benchmarks of the hot code (all of io.ziar.bench.jmh)
#        bench/bench.sh scale [N]            a second nlp-service and search-service in the same consumer
#                                            groups, N articles (10000) in bulk through them: how many each
#                                            instance handled, and how many both
#        bench/bench.sh CMD ARGS...          a command of io.ziar.bench.Bench: corpus, ingest, upload,
#                                            distinct, searchable, search, memory (no CMD: their usage)
#
# Figures are printed and appended, dated, to ZIAR_BENCHMARKS_FILE [.run/bench/results.md] (empty:
# printed only); BENCHMARKS.md takes them by hand.
set -euo pipefail

# shellcheck source=bench/lib.sh
. "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/lib.sh"

# Two instances each of nlp-service and search-service in the same consumer groups: the bulk
# benchmark runs through them, then each instance's log says how many articles it handled, and the
# two logs are checked for an article version handled twice.
scale() {
  local articles=$1 service port offset=10 split twice pattern first second
  for service in "${SCALED[@]}"; do
    port=$(($(service_port "$service") + offset))
    "$DEV_DIR/services.sh" start "$service" "$service-2" "$port"
  done
  local -A before
  for service in "${SCALED[@]}"; do
    before[$service]=$(wc -l <"$RUN/logs/$service.log")
    before[$service-2]=$(wc -l <"$RUN/logs/$service-2.log")
  done
  bench ingest "$articles"
  for service in "${SCALED[@]}"; do
    pattern="Analyzed article"
    [ "$service" = search-service ] && pattern="Indexed article"
    first=$(tail -n +$((before[$service] + 1)) "$RUN/logs/$service.log" | grep -o "$pattern [0-9a-f]* v[0-9]*")
    second=$(tail -n +$((before[$service-2] + 1)) "$RUN/logs/$service-2.log" | grep -o "$pattern [0-9a-f]* v[0-9]*")
    split="$service: $(grep -c . <<<"$first") and $service-2: $(grep -c . <<<"$second") articles"
    twice=$(printf '%s\n%s\n' "$first" "$second" | grep . | sort | uniq -d | wc -l)
    echo "scale-out $split; handled by both instances: $twice" | tee -a "${ZIAR_BENCHMARKS_FILE:-/dev/null}"
  done
}

case "${1:-}" in
  jmh)
    shift
    java -cp "$BENCH_CLASSPATH" org.openjdk.jmh.Main -rf text -rff "$RUN/bench/jmh.txt" "${@:-io.ziar.bench.jmh}"
    record "./ziar bench jmh $*" \
      "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | xargs)" <"$RUN/bench/jmh.txt"
    ;;
  scale) scale "${2:-10000}" ;;
  *) bench "$@" ;;
esac
