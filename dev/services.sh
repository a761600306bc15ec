#!/usr/bin/env bash
# The four services, run from this checkout's jars (target/quarkus-app) with the addresses of the
# local infrastructure; their settings are in dev/suite.sh.
#
# Usage: dev/services.sh start                       start the four services, wait until each is ready
#        dev/services.sh start NAME INSTANCE PORT    a second instance of NAME (its own name, port, log
#                                                    and pid file) in the same consumer group, ready
#        dev/services.sh restart NAME [kill]         stop NAME (kill -9 with `kill`), start it, ready
#        dev/services.sh status                      whether each runs
set -euo pipefail

# shellcheck source=dev/suite.sh
. "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/suite.sh"

# start_service NAME [INSTANCE PORT] : runs a service's jar in the background.
start_service() {
  local name=$1 instance=${2:-$1} port=${3:-$(service_port "$1")} heap=${ZIAR_SERVICE_HEAP:-256m}
  local nice=0
  # The heap starts at 64 MB and grows as it is needed (-Xms would otherwise default to -Xmx on a
  # large machine, all of it resident once used). Analysis is background work that may lag: accepting
  # articles and answering searches come first.
  [ "$name" = nlp-service ] && heap=${ZIAR_NLP_HEAP:-512m} nice=${ZIAR_NLP_NICE:-5}
  BG_NICE=$nice QUARKUS_HTTP_PORT=$port \
    ZIAR_DB_HOST=127.0.0.1 ZIAR_DB_PORT=$ZIAR_PG_PORT ZIAR_DB_NAME=$ZIAR_DB_NAME ZIAR_DB_USER=postgres \
    ZIAR_GATEWAY_DB_NAME=$ZIAR_GATEWAY_DB_NAME ZIAR_REDIS_URL=redis://127.0.0.1:$ZIAR_REDIS_PORT \
    KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:$ZIAR_KAFKA_PORT \
    ZIAR_OPENSEARCH_URL=http://127.0.0.1:$ZIAR_OPENSEARCH_PORT \
    ZIAR_INGEST_URL=http://127.0.0.1:$ZIAR_INGEST_PORT \
    ZIAR_NLP_URL=http://127.0.0.1:$ZIAR_NLP_PORT \
    ZIAR_SEARCH_URL=http://127.0.0.1:$ZIAR_SEARCH_PORT \
    ZIAR_ADMIN_KEY=$(admin_key) ZIAR_JSON_LOGS=${ZIAR_JSON_LOGS:-false} \
    start_bg "$instance" "$RUN/logs/$instance.log" java -Xms64m -Xmx"$heap" -XX:+UseSerialGC \
    -Dziar.run="$RUN" \
    -jar "$ROOT/$name/target/quarkus-app/quarkus-run.jar"
}

# wait_service NAME [INSTANCE PORT] : waits until it is ready; dies with the end of its log if not.
wait_service() {
  local instance=${2:-$1} port=${3:-$(service_port "$1")} rc=0
  WAIT_PIDFILE=$(pid_file "$instance") wait_for "$instance to be ready" 120 service_ready "$1" "$port" || rc=$?
  if [ "$rc" -ne 0 ]; then
    show_log_tail "$RUN/logs/$instance.log" 60
    die "$instance did not become ready (log: $RUN/logs/$instance.log)"
  fi
  log "$instance ready on 127.0.0.1:$port"
}

# restart NAME [kill] : stops a service (kill -9 with kill, else a graceful stop), starts it again.
restart() {
  local name=$1 pidf
  pidf=$(pid_file "$name")
  if [ "${2:-}" = kill ]; then
    log "kill -9 $name (pid $(read_pid "$pidf"))"
    kill -KILL "$(read_pid "$pidf")" 2>/dev/null || true
    while pid_alive "$pidf"; do sleep 0.1; done
  else
    stop_pid "$name" 30
  fi
  start_service "$name"
  wait_service "$name"
}

case "${1:-}" in
  start)
    shift
    if [ $# -eq 0 ]; then
      for service in "${SERVICES[@]}"; do
        start_service "$service"
      done
      for service in "${SERVICES[@]}"; do
        wait_service "$service"
      done
    else
      [ $# -eq 3 ] || usage
      start_service "$@"
      wait_service "$@"
    fi
    ;;
  restart)
    [ $# -ge 2 ] || usage
    restart "$2" "${3:-}"
    ;;
  status)
    for service in "${SERVICES[@]}"; do
      status_of "$service" || true
    done
    ;;
  *) usage ;;
esac
