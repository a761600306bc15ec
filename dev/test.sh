#!/usr/bin/env bash
# ./ziar test [MAVEN ARGS...]: the whole test suite (`./mvnw clean verify` with the arguments, e.g.
# -pl MODULE, then the end-to-end suite with the -D properties among them), on its own run directory,
# ports and databases, so that it never touches what `up` runs; it stops everything it started however
# the tests end, and prints one line per module of what ran and failed.
#
# Environment: ZIAR_TEST_RUN_DIR [.run/test], ZIAR_TEST_PORT_BASE [18080] (gateway; ingest, nlp,
# search the next three), ZIAR_TEST_DB_PREFIX [ziar] (databases <prefix>_test, <prefix>_gateway_test,
# <prefix>_e2e, <prefix>_e2e_gateway, dropped and made anew), ZIAR_TEST_KAFKA_PORT [19092],
# ZIAR_TEST_KAFKA_CONTROLLER_PORT [19093], ZIAR_TEST_OPENSEARCH_PORT [19200],
# ZIAR_TEST_OPENSEARCH_TRANSPORT_PORT [19300].
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export ZIAR_RUN_DIR=${ZIAR_TEST_RUN_DIR:-$root/.run/test}
export ZIAR_KAFKA_PORT=${ZIAR_TEST_KAFKA_PORT:-19092} ZIAR_KAFKA_CONTROLLER_PORT=${ZIAR_TEST_KAFKA_CONTROLLER_PORT:-19093}
export ZIAR_OPENSEARCH_PORT=${ZIAR_TEST_OPENSEARCH_PORT:-19200} ZIAR_OPENSEARCH_TRANSPORT_PORT=${ZIAR_TEST_OPENSEARCH_TRANSPORT_PORT:-19300}
base=${ZIAR_TEST_PORT_BASE:-18080} db=${ZIAR_TEST_DB_PREFIX:-ziar}
export ZIAR_GATEWAY_PORT=$base ZIAR_INGEST_PORT=$((base + 1)) ZIAR_NLP_PORT=$((base + 2)) ZIAR_SEARCH_PORT=$((base + 3))
# Databases: the @QuarkusTests' (ingest, gateway) and the end-to-end suite's (ingest, gateway).
export ZIAR_TEST_DB_NAME=${db}_test ZIAR_TEST_GATEWAY_DB_NAME=${db}_gateway_test
export ZIAR_DB_NAME=${db}_e2e ZIAR_GATEWAY_DB_NAME=${db}_e2e_gateway
export ZIAR_ADMIN_KEY=${ZIAR_ADMIN_KEY:-test-$(date +%s%N)}

# shellcheck source=dev/suite.sh
. "$root/dev/suite.sh"

# The services running from this checkout's jars, as "PID (service)": a suite that `up` started,
# whatever its run directory, or one a test run left behind.
jars_in_use() {
  local proc cmdline service
  for proc in /proc/[0-9]*; do
    cmdline=$(tr '\0' ' ' 2>/dev/null <"$proc/cmdline") || continue
    for service in "${SERVICES[@]}"; do
      case "$cmdline" in
        *"-jar $ROOT/$service/target/quarkus-app/quarkus-run.jar"*) echo "${proc#/proc/} ($service)" ;;
      esac
    done
  done
}

# The run builds in this checkout's target/ directories, so it refuses while services run from them:
# a jar replaced under a running JVM breaks it at its next class load (a producer that failed on
# every record, issue 22).
in_use=$(jars_in_use | paste -sd ' ' -)
if [ -n "$in_use" ]; then
  printf '[ziar] ERROR: services run from the jars this test run would rebuild: %s.\n' "$in_use" >&2
  printf '[ziar] Stop them first (./ziar down), or test in another clone of the repository.\n' >&2
  exit 1
fi

rc=0
# Fresh data for every run: the databases, the broker's and node's data directories, and no
# test report left from an earlier run in the summary.
rm -rf "$RUN/data" "$ROOT"/*/target/surefire-reports "$ROOT"/*/target/failsafe-reports
trap '"$DEV_DIR/down.sh"' EXIT
"$DEV_DIR/infra.sh" start reset "$ZIAR_TEST_DB_NAME" "$ZIAR_TEST_GATEWAY_DB_NAME" "$ZIAR_DB_NAME" "$ZIAR_GATEWAY_DB_NAME"
export ZIAR_KAFKA_BOOTSTRAP=127.0.0.1:$ZIAR_KAFKA_PORT ZIAR_OPENSEARCH_URL=http://127.0.0.1:$ZIAR_OPENSEARCH_PORT
# verify, not install: the reactor hands each module its neighbours' jars; ~/.m2 stays as it is.
(cd "$ROOT" && ./mvnw -B clean verify "$@") || rc=$?
if [ "$rc" -eq 0 ]; then
  "$DEV_DIR/browser.sh" || rc=$?
fi
if [ "$rc" -eq 0 ]; then
  "$DEV_DIR/services.sh" start
  export ZIAR_GATEWAY_URL=http://127.0.0.1:$ZIAR_GATEWAY_PORT
  # System properties given to `./ziar test` reach this run too, e.g. -Dit.test=BadInputIT to run one class.
  properties=()
  for arg in "$@"; do
    if [[ $arg == -D* ]]; then
      properties+=("$arg")
    fi
  done
  (cd "$ROOT" && ./mvnw -B -pl e2e-tests -Pe2e verify -Dziar.shared="$ZIAR_SHARED" ${properties[@]+"${properties[@]}"}) || rc=$?
fi
java "$DEV_DIR/TestSummary.java" "$ROOT" || log "no summary of the test reports"
exit "$rc"
