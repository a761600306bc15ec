# shellcheck shell=bash
# The suite's settings for the scripts behind ./ziar (up, test, bench, chaos...), with the helpers
# they share. Source it, do not run it: it sources dev/lib.sh (the run directory, Kafka and
# OpenSearch ports and heaps, ZIAR_RUN_DIR), so set ZIAR_RUN_DIR and the ports before.
#
# Environment (defaults in brackets): ZIAR_GATEWAY_PORT [8080], ZIAR_INGEST_PORT [8081],
# ZIAR_NLP_PORT [8082], ZIAR_SEARCH_PORT [8083], ZIAR_DB_NAME [ziar], ZIAR_GATEWAY_DB_NAME
# [<ZIAR_DB_NAME>_gateway], ZIAR_REDIS_PORT [6379], ZIAR_SHARED [<repo>/../shared],
# ZIAR_ADMIN_KEY [generated once, kept in $RUN/admin.key].

# shellcheck source=dev/lib.sh
. "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/lib.sh"

export MVN=$ROOT/mvnw
SERVICES=(ingest-service nlp-service search-service gateway)
# The consumers that `./ziar bench scale` runs twice.
SCALED=(nlp-service search-service)
ZIAR_GATEWAY_PORT=${ZIAR_GATEWAY_PORT:-8080}
ZIAR_INGEST_PORT=${ZIAR_INGEST_PORT:-8081}
ZIAR_NLP_PORT=${ZIAR_NLP_PORT:-8082}
ZIAR_SEARCH_PORT=${ZIAR_SEARCH_PORT:-8083}
ZIAR_DB_NAME=${ZIAR_DB_NAME:-ziar}
ZIAR_GATEWAY_DB_NAME=${ZIAR_GATEWAY_DB_NAME:-${ZIAR_DB_NAME}_gateway}
ZIAR_REDIS_PORT=${ZIAR_REDIS_PORT:-6379}
ZIAR_SHARED=${ZIAR_SHARED:-$ROOT/../shared}

service_port() {
  case "$1" in
    ingest-service) echo "$ZIAR_INGEST_PORT" ;;
    nlp-service) echo "$ZIAR_NLP_PORT" ;;
    search-service) echo "$ZIAR_SEARCH_PORT" ;;
    gateway) echo "$ZIAR_GATEWAY_PORT" ;;
  esac
}

# service_ready NAME [PORT] : true when the service answers ready
service_ready() {
  curl -fsS -o /dev/null "http://127.0.0.1:${2:-$(service_port "$1")}/q/health/ready"
}

admin_key() {
  local file=$RUN/admin.key
  if [ -n "${ZIAR_ADMIN_KEY:-}" ]; then
    printf '%s\n' "$ZIAR_ADMIN_KEY"
    return
  fi
  if [ ! -s "$file" ]; then
    (umask 077 && head -c 32 /dev/urandom | base64 | tr -d '/+=\n' | head -c 40 >"$file")
  fi
  cat "$file"
}

# outdated STAMP PATH... : true when STAMP is missing or a file under a PATH is newer
outdated() {
  local stamp=$1
  shift
  [ -e "$stamp" ] || return 0
  [ -n "$(find "$@" -newer "$stamp" -print -quit 2>/dev/null)" ]
}

# package_changed MODULE PATH... : packages MODULE (and the modules it needs, never installed) when its
# target/lib is missing or a file of its own or under a PATH is newer than its target/classes.
package_changed() {
  local module=$1
  shift
  if [ -d "$ROOT/$module/target/lib" ] &&
    ! outdated "$ROOT/$module/target/classes" "$ROOT/$module/src/main" "$ROOT/$module/pom.xml" "$@"; then
    return 0
  fi
  (cd "$ROOT" && ./mvnw -q -B package -DskipTests -pl "$module" -am) >&2 || die "build failed"
  touch "$ROOT/$module/target/classes"
}
