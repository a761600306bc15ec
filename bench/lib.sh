# shellcheck shell=bash
# What bench/bench.sh and bench/chaos.sh share: the bench module built when its sources changed, the
# environment its commands read, the results file. Source it, do not run it.
#
# Results: each command prints its figures and appends them, dated, to ZIAR_BENCHMARKS_FILE
# [$RUN/bench/results.md] (empty: printed only). BENCHMARKS.md is edited by hand from them.

# shellcheck source=dev/suite.sh
. "$(cd "$(dirname "${BASH_SOURCE[0]}")/../dev" && pwd)/suite.sh"

package_changed bench "$ROOT/nlp-pipeline/src/main" "$ROOT/search-service/src/main" "$ROOT/nlp-service/src/main/java" \
  "$ROOT/ingest-service/src/main/java" "$ROOT/contracts/src"
export ZIAR_GATEWAY_URL=http://127.0.0.1:$ZIAR_GATEWAY_PORT ZIAR_OPENSEARCH_URL=http://127.0.0.1:$ZIAR_OPENSEARCH_PORT
export ZIAR_KAFKA_BOOTSTRAP=127.0.0.1:$ZIAR_KAFKA_PORT ZIAR_RUN_DIR=$RUN ZIAR_SHARED ZIAR_PG_PORT ZIAR_DB_NAME
export ZIAR_BENCHMARKS_FILE=${ZIAR_BENCHMARKS_FILE-$RUN/bench/results.md}
ZIAR_ADMIN_KEY=$(admin_key)
export ZIAR_ADMIN_KEY
mkdir -p "$RUN/bench"
[ -z "$ZIAR_BENCHMARKS_FILE" ] || mkdir -p "$(dirname "$ZIAR_BENCHMARKS_FILE")"
BENCH_CLASSPATH="$ROOT/bench/target/classes:$ROOT/bench/target/lib/*"

# bench CMD ARGS... : a command of io.ziar.bench.Bench
bench() {
  java -Xss16m -cp "$BENCH_CLASSPATH" io.ziar.bench.Bench "$@"
}

# record COMMAND [LINE] : appends stdin to the results file as a dated section on COMMAND (LINE
# under its title, e.g. the machine); nothing when ZIAR_BENCHMARKS_FILE is empty.
record() {
  local body
  body=$(cat)
  [ -n "$ZIAR_BENCHMARKS_FILE" ] || return 0
  {
    printf '\n#### %s — `%s`\n' "$(date -u '+%Y-%m-%d %H:%M UTC')" "$1"
    [ -z "${2:-}" ] || printf '%s\n\n' "$2"
    printf '```\n%s\n```\n' "$body"
  } >>"$ZIAR_BENCHMARKS_FILE"
  printf '(appended to %s)\n' "$ZIAR_BENCHMARKS_FILE"
}
