#!/usr/bin/env bash
# The infrastructure under the suite: PostgreSQL and Redis (the machine's own), Kafka and OpenSearch
# (from Maven Central jars, in the run directory).
#
# Usage: dev/infra.sh start ensure|reset DBNAME...   PostgreSQL answering with each database (reset:
#                                                   dropped and made anew), Redis, Kafka and OpenSearch
#                                                   started side by side, the Kafka topics
#        dev/infra.sh stop                          stop OpenSearch and Kafka (PostgreSQL and Redis stay)
#        dev/infra.sh status
set -euo pipefail

# shellcheck source=dev/lib.sh
. "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/lib.sh"

start() {
  local kafka_rc=0 opensearch_rc=0 kafka_pid opensearch_pid
  "$DEV_DIR/postgres.sh" "$@"
  "$DEV_DIR/redis.sh" ensure
  # Kafka and OpenSearch start side by side: each takes several seconds of mostly waiting.
  "$DEV_DIR/kafka.sh" start &
  kafka_pid=$!
  "$DEV_DIR/opensearch.sh" start &
  opensearch_pid=$!
  wait "$kafka_pid" || kafka_rc=$?
  wait "$opensearch_pid" || opensearch_rc=$?
  [ "$kafka_rc" -eq 0 ] || die "Kafka did not start (log: $RUN/logs/kafka.log)"
  [ "$opensearch_rc" -eq 0 ] || die "OpenSearch did not start (log: $RUN/logs/opensearch.log)"
  "$DEV_DIR/kafka.sh" topics
}

case "${1:-}" in
  start)
    case "${2:-}" in
      ensure | reset) ;;
      *) usage ;;
    esac
    shift
    start "$@"
    ;;
  stop)
    "$DEV_DIR/opensearch.sh" stop
    "$DEV_DIR/kafka.sh" stop
    ;;
  status)
    "$DEV_DIR/postgres.sh" status || true
    "$DEV_DIR/kafka.sh" status || true
    "$DEV_DIR/opensearch.sh" status || true
    ;;
  *) usage ;;
esac
