# shellcheck shell=bash
# Common helpers for the dev/*.sh scripts. Source it, do not run it.
#
# Everything these scripts download, generate or write lives under the run
# directory ${ZIAR_RUN_DIR:-<repo>/.run}: `rm -rf .run` resets it all.
#
#   $RUN/infra/   gathered jars and generated config (kafka/, opensearch-home/)
#   $RUN/data/    broker / node data
#   $RUN/logs/    process output (one file per service)
#   $RUN/pids/    one pid file per background service
#
# Environment overrides (defaults in brackets):
#   ZIAR_RUN_DIR                     [<repo>/.run]
#   ZIAR_KAFKA_PORT                  [9092]
#   ZIAR_KAFKA_CONTROLLER_PORT       [9093]
#   ZIAR_KAFKA_HEAP                  [512m]
#   ZIAR_KAFKA_PARTITIONS            [4]     partitions of the articles.* topics
#   ZIAR_OPENSEARCH_PORT             [9200]
#   ZIAR_OPENSEARCH_TRANSPORT_PORT   [9300]
#   ZIAR_OPENSEARCH_HEAP             [512m]
#   ZIAR_PG_PORT                     [5432]
#   MVN                              [mvn]   e.g. MVN=./mvnw (run from the repo root)

if [ -n "${ZIAR_DEV_LIB_LOADED:-}" ]; then
  return 0
fi
ZIAR_DEV_LIB_LOADED=1

DEV_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$DEV_DIR/.." && pwd)
RUN=${ZIAR_RUN_DIR:-$ROOT/.run}
mkdir -p "$RUN/logs" "$RUN/pids" "$RUN/data" "$RUN/infra"
RUN=$(cd "$RUN" && pwd)

ZIAR_KAFKA_PORT=${ZIAR_KAFKA_PORT:-9092}
ZIAR_KAFKA_CONTROLLER_PORT=${ZIAR_KAFKA_CONTROLLER_PORT:-9093}
ZIAR_KAFKA_HEAP=${ZIAR_KAFKA_HEAP:-512m}
ZIAR_OPENSEARCH_PORT=${ZIAR_OPENSEARCH_PORT:-9200}
ZIAR_OPENSEARCH_TRANSPORT_PORT=${ZIAR_OPENSEARCH_TRANSPORT_PORT:-9300}
ZIAR_OPENSEARCH_HEAP=${ZIAR_OPENSEARCH_HEAP:-512m}
ZIAR_PG_PORT=${ZIAR_PG_PORT:-5432}

# usage : prints the comment block at the top of the running script (its usage) and exits 2
usage() {
  sed -n '2,${/^#/!q;s/^# \{0,1\}//p}' "$0" >&2
  exit 2
}

log() {
  printf '[dev] %s\n' "$*" >&2
}

die() {
  printf '[dev] ERROR: %s\n' "$*" >&2
  exit 1
}

# run_mvn ARGS... : runs ${MVN:-mvn} from the repo root (so MVN=./mvnw works).
# MVN may hold extra words, e.g. MVN="mvn -o".
run_mvn() {
  local -a mvn_cmd
  read -r -a mvn_cmd <<<"${MVN:-mvn}"
  (cd "$ROOT" && "${mvn_cmd[@]}" -B -Dstyle.color=never "$@")
}

# pid_file NAME : path of the pid file of service NAME
pid_file() {
  printf '%s/pids/%s.pid\n' "$RUN" "$1"
}

# read_pid FILE : prints the pid stored in FILE (fails if missing/garbage)
read_pid() {
  local pid
  [ -f "$1" ] || return 1
  pid=$(head -n 1 "$1" 2>/dev/null) || return 1
  case "$pid" in
    '' | *[!0-9]*) return 1 ;;
  esac
  printf '%s\n' "$pid"
}

# pid_alive FILE : true if FILE holds the pid of a live process that was
# started from this run directory (guards against a recycled pid).
pid_alive() {
  local pid
  pid=$(read_pid "$1") || return 1
  kill -0 "$pid" 2>/dev/null || return 1
  if [ -r "/proc/$pid/cmdline" ]; then
    local cmdline
    cmdline=$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null) || return 1
    case "$cmdline" in
      *"$RUN"*) ;;
      *) return 1 ;;
    esac
  fi
  return 0
}

# port_open PORT [HOST] : true if something accepts TCP connections there
port_open() {
  local port=$1 host=${2:-127.0.0.1}
  # shellcheck disable=SC2016 # expanded by the inner shell
  timeout 2 bash -c 'exec 3<>"/dev/tcp/$1/$2"' _ "$host" "$port" 2>/dev/null
}

# require_free_ports PORT... : dies when another process already listens on one of them
require_free_ports() {
  local port
  for port in "$@"; do
    if port_open "$port"; then
      die "port $port is already in use by another process (not started by dev/${0##*/})"
    fi
  done
}

# running_port PIDFILE CONFIG SED_SCRIPT : the port a running process was started with, read from its
# generated CONFIG by SED_SCRIPT; prints nothing (and fails) when it does not run.
running_port() {
  pid_alive "$1" && [ -f "$2" ] && sed -n "$3" "$2"
}

# pom_stamp DIR : fingerprint of the pom files under DIR (a changed pom triggers a new fetch)
pom_stamp() {
  find "$1" -name pom.xml -print0 | sort -z | xargs -0 cat | cksum | cut -d ' ' -f 1
}

# fetched STAMP_FILE STAMP GLOB : true when the jars were gathered from the poms as they are now
# (STAMP_FILE holds STAMP) and are still there (GLOB matches)
fetched() {
  [ -f "$1" ] && [ "$(cat "$1")" = "$2" ] && compgen -G "$3" >/dev/null
}

# gather_jars NAME POM ARGS... : packages POM quietly (output in logs/fetch-<name>.log), which gathers
# the jars where its -D ARGS say; dies showing the log's end when that fails
gather_jars() {
  local name=$1 pom=$2 logfile
  shift 2
  logfile=$RUN/logs/fetch-${name,,}.log
  log "gathering $name jars (${MVN:-mvn} -f ${pom#"$ROOT"/})"
  if ! run_mvn -q -f "$pom" package "$@" >"$logfile" 2>&1; then
    show_log_tail "$logfile" 40
    die "could not gather the $name jars"
  fi
}

# first_java CANDIDATE... : the first candidate that is an executable (empty ones are passed over), else
# the java on the PATH; fails when there is none
first_java() {
  local candidate
  for candidate in "$@"; do
    if [ -n "$candidate" ] && [ -x "$candidate" ]; then
      printf '%s\n' "$candidate"
      return 0
    fi
  done
  command -v java
}

# start_bg NAME LOGFILE CMD... : starts CMD detached (nohup + own session and
# process group), output appended to LOGFILE (a previous LOGFILE is moved to
# LOGFILE.prev), pid written to pids/NAME.pid. Idempotent: returns 0 at once
# if NAME is already running.
start_bg() {
  local name=$1 logfile=$2 pidf
  shift 2
  pidf=$(pid_file "$name")
  if pid_alive "$pidf"; then
    log "$name already running (pid $(read_pid "$pidf"))"
    return 0
  fi
  rm -f "$pidf"
  mkdir -p "$(dirname "$logfile")"
  if [ -f "$logfile" ]; then
    mv -f "$logfile" "$logfile.prev"
  fi
  # The inner shell writes its own pid, then execs CMD: the pid file holds
  # the pid of CMD even when setsid has to fork. BG_NICE > 0 runs CMD at a lower
  # priority; as each process leads a session of its own, Linux's autogroup
  # scheduling shares the CPU between sessions, so the session's nice is set too.
  # shellcheck disable=SC2016 # expanded by the inner shell
  nohup setsid bash -c 'echo "$$" >"$1"; nice=$2; shift 2
    [ "$nice" = 0 ] || echo "$nice" 2>/dev/null >"/proc/$$/autogroup" || true
    exec nice -n "$nice" "$@"' _ "$pidf" "${BG_NICE:-0}" "$@" \
    >>"$logfile" 2>&1 </dev/null &
  local _
  for _ in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20; do
    [ -s "$pidf" ] && break
    sleep 0.1
  done
  [ -s "$pidf" ] || die "$name: no pid file written ($pidf)"
  log "$name started (pid $(read_pid "$pidf")), log: $logfile"
}

# stop_pid NAME [TIMEOUT] : TERM the process group of pids/NAME.pid, wait up
# to TIMEOUT seconds (30), then KILL it. Removes the pid file.
stop_pid() {
  local name=$1 timeout=${2:-30} pidf pid target waited=0
  pidf=$(pid_file "$name")
  if ! pid_alive "$pidf"; then
    log "$name is not running"
    rm -f "$pidf"
    return 0
  fi
  pid=$(read_pid "$pidf")
  # start_bg made it a session/group leader: signal the whole group.
  target=$pid
  if [ "$(ps -o pgid= -p "$pid" 2>/dev/null | tr -d ' ')" = "$pid" ]; then
    target=-$pid
  fi
  log "stopping $name (pid $pid)"
  kill -TERM -- "$target" 2>/dev/null || true
  while kill -0 "$pid" 2>/dev/null; do
    if [ "$waited" -ge "$((timeout * 10))" ]; then
      log "$name did not stop within ${timeout}s: sending KILL"
      kill -KILL -- "$target" 2>/dev/null || true
      sleep 0.5
      break
    fi
    sleep 0.1
    waited=$((waited + 1))
  done
  rm -f "$pidf"
  log "$name stopped"
}

# status_of NAME : prints whether NAME runs; returns 0 if it does, 3 if not
status_of() {
  local name=$1 pidf
  pidf=$(pid_file "$name")
  if pid_alive "$pidf"; then
    printf '%s: running (pid %s)\n' "$name" "$(read_pid "$pidf")"
    return 0
  fi
  printf '%s: stopped\n' "$name"
  return 3
}

# status_with NAME STATE CMD... : status_of NAME and, when it runs, "NAME: STATE" if CMD succeeds,
# else "NAME: not (yet) STATE"; returns as status_of does
status_with() {
  local name=$1 state=$2 rc=0
  shift 2
  status_of "$name" || rc=$?
  if [ "$rc" -eq 0 ]; then
    if "$@"; then
      printf '%s: %s\n' "$name" "$state"
    else
      printf '%s: not (yet) %s\n' "$name" "$state"
    fi
  fi
  return "$rc"
}

# wait_for DESCRIPTION TIMEOUT CMD... : retries CMD every 0.5 s until it
# succeeds (returns 0) or TIMEOUT seconds have passed (returns 1). If
# WAIT_PIDFILE is set, gives up early (returns 2) once that process is gone.
wait_for() {
  local desc=$1 timeout=$2 start now
  shift 2
  start=$(date +%s)
  while :; do
    if "$@" >/dev/null 2>&1; then
      return 0
    fi
    if [ -n "${WAIT_PIDFILE:-}" ] && ! pid_alive "$WAIT_PIDFILE"; then
      log "process died while waiting for $desc"
      return 2
    fi
    now=$(date +%s)
    if [ "$((now - start))" -ge "$timeout" ]; then
      log "timed out after ${timeout}s waiting for $desc"
      return 1
    fi
    sleep 0.5
  done
}

# wait_started NAME PIDFILE LOGFILE TIMEOUT ADDRESS CMD... : waits until CMD succeeds; shows the
# log's end and dies when the process exits first or TIMEOUT seconds pass.
wait_started() {
  local name=$1 pidf=$2 logfile=$3 timeout=$4 address=$5 rc=0
  shift 5
  WAIT_PIDFILE=$pidf wait_for "$name on $address" "$timeout" "$@" || rc=$?
  [ "$rc" -ne 0 ] || return 0
  show_log_tail "$logfile" 40
  if [ "$rc" -eq 2 ]; then
    rm -f "$pidf"
    die "$name exited during startup (log: $logfile)"
  fi
  die "$name did not become ready within ${timeout}s (log: $logfile; still running: dev/${0##*/} stop)"
}

# show_log_tail FILE [LINES] : prints the end of a log to stderr
show_log_tail() {
  local file=$1 lines=${2:-40}
  if [ -f "$file" ]; then
    printf -- '----- last %s lines of %s -----\n' "$lines" "$file" >&2
    tail -n "$lines" "$file" >&2
    printf -- '-----\n' >&2
  fi
}

# java_major JAVA : prints the feature version of a java binary (17, 25...)
java_major() {
  "$1" -XshowSettings:properties -version 2>&1 |
    sed -n 's/^ *java\.specification\.version = //p' | head -n 1
}
