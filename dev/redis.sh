#!/usr/bin/env bash
# Redis for local development and tests: the machine's own server, not a private one. The gateway
# keeps its rate-limit buckets there (and lets requests through uncounted when it is away).
#
# Usage: dev/redis.sh ensure   make sure Redis answers on 127.0.0.1:${ZIAR_REDIS_PORT:-6379}
#                              (start the installed redis-server without persistence if not)
#        dev/redis.sh status
set -euo pipefail

# shellcheck source=dev/lib.sh
. "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/lib.sh"

REDIS_PORT=${ZIAR_REDIS_PORT:-6379}

redis_up() {
  # PING over a bare TCP connection: no redis-cli needed.
  timeout 2 bash -c 'exec 3<>"/dev/tcp/127.0.0.1/$1"; printf "PING\r\n" >&3; read -r reply <&3; [[ $reply == +PONG* ]]' _ "$REDIS_PORT" 2>/dev/null
}

cmd_ensure() {
  local rc=0
  redis_up && return 0
  command -v redis-server >/dev/null ||
    die "Redis does not answer on 127.0.0.1:$REDIS_PORT and redis-server is not installed (apt-get install redis-server)"
  log "starting redis-server on 127.0.0.1:$REDIS_PORT (no persistence)"
  mkdir -p "$RUN/data/redis"
  redis-server --daemonize yes --bind 127.0.0.1 --port "$REDIS_PORT" --save "" --appendonly no \
    --dir "$RUN/data/redis" --logfile "$RUN/logs/redis.log" || die "redis-server did not start"
  wait_for "Redis on 127.0.0.1:$REDIS_PORT" 15 redis_up || rc=$?
  [ "$rc" -eq 0 ] || die "Redis does not answer on 127.0.0.1:$REDIS_PORT (log: $RUN/logs/redis.log)"
}

cmd_status() {
  if redis_up; then
    printf 'redis: ready on 127.0.0.1:%s\n' "$REDIS_PORT"
    return 0
  fi
  printf 'redis: not answering on 127.0.0.1:%s\n' "$REDIS_PORT"
  return 3
}

case "${1:-}" in
  ensure) cmd_ensure ;;
  status) cmd_status ;;
  *) usage ;;
esac
