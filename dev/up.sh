#!/usr/bin/env bash
# ./ziar up: builds the services when their sources changed, starts the infrastructure and the four
# services, ingests the sample articles and prints where to look. Idempotent: a second run starts
# nothing twice.
set -euo pipefail

# shellcheck source=dev/suite.sh
. "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/suite.sh"

# True when a service's runnable jar is missing or older than any of its sources.
stale() {
  outdated "$ROOT/$1/target/quarkus-app/quarkus-run.jar" "$ROOT/$1/src/main" "$ROOT/$1/pom.xml" \
    "$ROOT/contracts/src" "$ROOT/commons/src" "$ROOT/pom.xml" "$ROOT/service-parent/pom.xml"
}

build() {
  local service
  for service in "${SERVICES[@]}"; do
    if stale "$service"; then
      # package, not install: the services run from their target/ directories, and ~/.m2 stays as it is.
      log "building the services (./mvnw package -DskipTests)"
      (cd "$ROOT" && ./mvnw -q -B package -DskipTests) || die "build failed"
      return
    fi
  done
  log "services are up to date"
}

start=$(date +%s)
build
# The database and the run directory's broker and index hold one suite together: a new run
# directory (first start, or after rm -rf .run) starts a new database too, or the database would
# report articles as indexed that the new index has never seen.
if [ -d "$RUN/data/kafka" ]; then
  "$DEV_DIR/infra.sh" start ensure "$ZIAR_DB_NAME" "$ZIAR_GATEWAY_DB_NAME"
else
  "$DEV_DIR/infra.sh" start reset "$ZIAR_DB_NAME" "$ZIAR_GATEWAY_DB_NAME"
fi
"$DEV_DIR/services.sh" start
key=$(admin_key)
java "$DEV_DIR/SampleIngest.java" "http://127.0.0.1:$ZIAR_GATEWAY_PORT" "$key" "$ZIAR_SHARED/data"
cat <<END

Ziar is up ($(($(date +%s) - start)) s).
  Web page:   http://127.0.0.1:$ZIAR_GATEWAY_PORT/
  API docs:   http://127.0.0.1:$ZIAR_GATEWAY_PORT/q/swagger-ui
  Admin key:  $key
  Try:        curl -H 'Authorization: Bearer $key' 'http://127.0.0.1:$ZIAR_GATEWAY_PORT/api/v1/search?q=Lavrov'
  Logs:       $RUN/logs     Stop: ./ziar down
END
