#!/usr/bin/env bash
# ./ziar chaos [N]: proof that nothing is lost. N generated articles (5000) are uploaded in bulk to
# the suite that `./ziar up` started; the gateway is restarted in the middle of that upload and
# ingest-service in the middle of a second one (an uploader's retry of the same articles); then, while
# the pipeline works through the backlog, nlp-service and search-service are killed (-9) and restarted
# and the broker is stopped and started; a third upload of the same articles goes through whole (what
# earlier uploads stored is a duplicate). Then every distinct article of the corpus (counted from the
# corpus itself) must be INDEXED, once in the database and once in OpenSearch: io.ziar.bench.ChaosCheck
# looks (`./ziar bench chaos ...`). The summary is printed and appended to the results file (see
# bench/bench.sh). Run it on a fresh suite: it expects every article of its corpus to be new.
set -euo pipefail

# shellcheck source=bench/lib.sh
. "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/lib.sh"

articles=${1:-5000} rc=0
seed=$(date +%s)
start=$seed
service_ready gateway || die "start the suite first: ./ziar up"

# upload I : uploads the corpus in the background, output in the log of upload I; sets $uploader.
upload() {
  bench upload "$articles" --seed "$seed" >"$RUN/logs/chaos-upload-$1.log" 2>&1 &
  uploader=$!
}
last_line() {
  tail -n 1 "$RUN/logs/chaos-upload-$1.log"
}

expected=$(bench distinct "$articles" --seed "$seed")
log "chaos: upload 1 of $articles articles (seed $seed; $expected distinct articles in them)"
upload 1
bench chaos wait-stored "$seed" 0 120
"$DEV_DIR/services.sh" restart gateway
wait "$uploader" || true
stored=$(bench chaos stored "$seed")
log "chaos: upload 1 ($stored articles stored): $(last_line 1)"
log "chaos: upload 2, the same articles again"
upload 2
bench chaos wait-stored "$seed" "$stored" 120 || log "chaos: upload 2 stored nothing new: $(last_line 2)"
"$DEV_DIR/services.sh" restart ingest-service
wait "$uploader" || true
log "chaos: upload 2 ($(bench chaos stored "$seed") articles stored): $(last_line 2)"
"$DEV_DIR/services.sh" restart nlp-service kill
"$DEV_DIR/services.sh" restart search-service kill
log "chaos: restarting the Kafka broker"
"$DEV_DIR/kafka.sh" stop
"$DEV_DIR/kafka.sh" start
log "chaos: upload 3, the same articles again, to the end"
bench upload "$articles" --seed "$seed" >"$RUN/logs/chaos-upload-3.log" 2>&1 || rc=$?
log "chaos: upload 3: $(last_line 3)"
bench chaos wait-settled "$seed" "$expected" 1800 || rc=1
found=$(bench chaos verify "$seed" "$expected") || rc=1
summary="chaos $articles articles (seed $seed, $(($(date +%s) - start)) s): $expected distinct; the gateway restarted during upload 1, ingest-service during upload 2 (an upload cut off ends there, one answered 503 is sent again), upload 3 whole; $found"
echo "$summary"
if [ "$rc" -eq 0 ]; then
  echo "chaos: nothing lost, nothing twice"
else
  echo "chaos: FAILED"
fi
record "./ziar chaos $articles" <<<"$summary"
exit "$rc"
