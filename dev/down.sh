#!/usr/bin/env bash
# ./ziar down: stops what `./ziar up` (or a test run, or `./ziar bench scale`) started in the run
# directory, by PID: the services and their second instances, then OpenSearch and Kafka.
set -euo pipefail

# shellcheck source=dev/suite.sh
. "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/suite.sh"

for ((i = ${#SERVICES[@]} - 1; i >= 0; i--)); do
  stop_pid "${SERVICES[$i]}" 30
done
for service in "${SCALED[@]}"; do
  stop_pid "$service-2" 30
done
"$DEV_DIR/infra.sh" stop
