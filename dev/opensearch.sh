#!/usr/bin/env bash
# Single OpenSearch 3.x node for local development, run from Maven Central
# jars (no Docker, no tarball), HTTP on 127.0.0.1, no security plugin.
#
# Usage: dev/opensearch.sh fetch|start|stop|status|check
#   fetch   lay out $RUN/infra/opensearch-home (lib, modules, plugins) once
#   start   fetch if needed, write config, start the node in the background
#           and wait for _cluster/health?wait_for_status=yellow (90 s)
#   stop    stop the node started by `start` (pid file only)
#   status  print whether the node runs (exit 0 if it does, 3 if not)
#   check   print what the analyzers make of some Romanian words
#
# OpenSearch 3.x needs Java 21+: ZIAR_OPENSEARCH_JAVA, else Temurin 25 at
# /usr/lib/jvm/temurin-25-jdk-amd64, else $JAVA_HOME, else `java`.
# See dev/lib.sh for the other environment overrides.
set -euo pipefail

# shellcheck source=dev/lib.sh
. "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/lib.sh"

NAME=opensearch
OS_POM_DIR=$DEV_DIR/opensearch
OS_HOME=$RUN/infra/opensearch-home
OS_CONF=$OS_HOME/config
OS_DATA=$RUN/data/opensearch
OS_TMP=$RUN/data/opensearch-tmp
OS_LOG=$RUN/logs/opensearch.log
OS_PID=$(pid_file "$NAME")
OS_URL=http://127.0.0.1:$ZIAR_OPENSEARCH_PORT
OS_START_TIMEOUT=${ZIAR_OPENSEARCH_START_TIMEOUT:-90}
OS_MODULES="transport-netty4-client analysis-common lang-painless"

# When the node runs, talk to the port it was started with (its generated
# config), whatever ZIAR_OPENSEARCH_PORT says now.
use_running_port() {
  local port
  port=$(running_port "$OS_PID" "$OS_CONF/opensearch.yml" 's/^http\.port: *\([0-9]*\).*/\1/p') || true
  if [ -n "$port" ]; then
    ZIAR_OPENSEARCH_PORT=$port
    OS_URL=http://127.0.0.1:$port
  fi
}

opensearch_java() {
  first_java "${ZIAR_OPENSEARCH_JAVA:-}" /usr/lib/jvm/temurin-25-jdk-amd64/bin/java "${JAVA_HOME:+$JAVA_HOME/bin/java}" ||
    die "no java found (OpenSearch 3.x needs Java 21+); set ZIAR_OPENSEARCH_JAVA"
}

# Prints the plugin class of a module jar (the only *Plugin class, or the
# *ModulePlugin one if there are several).
plugin_classname() {
  local jar=$1 entries
  entries=$(unzip -Z1 "$jar" | grep -E '^[^$]*Plugin\.class$' || true)
  if [ "$(printf '%s\n' "$entries" | grep -c .)" -gt 1 ]; then
    entries=$(printf '%s\n' "$entries" | grep -E 'ModulePlugin\.class$' || true)
  fi
  [ "$(printf '%s\n' "$entries" | grep -c .)" -eq 1 ] ||
    die "cannot tell the plugin class of $jar (candidates: ${entries:-none})"
  printf '%s\n' "$entries" | sed -e 's/\.class$//' -e 's#/#.#g'
}

# write_descriptor DIR NAME VERSION : plugin-descriptor.properties of a module
write_descriptor() {
  local dir=$1 name=$2 version=$3 jar classname java_version extended=''
  jar=$dir/$name-$version.jar
  [ -f "$jar" ] || die "module jar missing: $jar"
  classname=$(plugin_classname "$jar")
  java_version=$(unzip -p "$jar" META-INF/MANIFEST.MF | tr -d '\r' |
    sed -n 's/^X-Compile-Target-JDK: *//p')
  # A module that registers Painless extensions extends lang-painless.
  if unzip -Z1 "$jar" | grep -qx 'META-INF/services/org.opensearch.painless.spi.PainlessExtension'; then
    extended=lang-painless
  fi
  cat >"$dir/plugin-descriptor.properties" <<EOF
# Written by dev/opensearch.sh from $name-$version.jar
description=OpenSearch module $name
version=$version
name=$name
classname=$classname
java.version=${java_version:-21}
opensearch.version=$version
extended.plugins=$extended
has.native.controller=false
EOF
}

cmd_fetch() {
  local stamp_file=$OS_HOME/.fetched stamp stage version module jar
  stamp=$(pom_stamp "$OS_POM_DIR")
  if fetched "$stamp_file" "$stamp" "$OS_HOME/lib/opensearch-[0-9]*.jar"; then
    return 0
  fi
  stage=$RUN/infra/opensearch-home.stage
  rm -rf "$stage" "$RUN/infra/opensearch-build"
  mkdir -p "$stage"
  gather_jars OpenSearch "$OS_POM_DIR/pom.xml" -Dziar.build.dir="$RUN/infra/opensearch-build" -Dziar.os.home="$stage"
  rm -rf "$RUN/infra/opensearch-build"

  jar=$(compgen -G "$stage/lib/opensearch-[0-9]*.jar" | head -n 1) ||
    die "no opensearch core jar in $stage/lib"
  version=${jar##*/opensearch-}
  version=${version%.jar}
  local api core
  api=$(compgen -G "$stage/lib/log4j-api-*.jar" || true)
  core=$(compgen -G "$stage/lib/log4j-core-*.jar" || true)
  [ "${api##*log4j-api-}" = "${core##*log4j-core-}" ] ||
    die "log4j-api and log4j-core differ in lib/ (${api##*/} vs ${core##*/}): fix log4j.version in dev/opensearch/pom.xml"

  for module in $OS_MODULES; do
    [ -d "$stage/modules/$module" ] || die "module $module was not gathered"
    # The bootstrap refuses a jar that is both in lib/ and in a module.
    for jar in "$stage/modules/$module"/*.jar; do
      if [ -f "$stage/lib/${jar##*/}" ]; then
        rm -f "$jar"
      fi
    done
    write_descriptor "$stage/modules/$module" "$module" "$version"
  done
  mkdir -p "$stage/plugins"

  mkdir -p "$OS_HOME"
  rm -rf "${OS_HOME:?}/lib" "${OS_HOME:?}/modules" "${OS_HOME:?}/plugins"
  mv "$stage/lib" "$stage/modules" "$stage/plugins" "$OS_HOME/"
  rm -rf "$stage"
  printf '%s\n' "$version" >"$OS_HOME/.version"
  printf '%s\n' "$stamp" >"$stamp_file"
  log "OpenSearch $version: $(find "$OS_HOME" -name '*.jar' | wc -l) jars, $(du -sh "$OS_HOME" | cut -f 1)"
}

write_config() {
  mkdir -p "$OS_CONF" "$OS_DATA" "$OS_TMP" "$RUN/logs/opensearch"
  cat >"$OS_CONF/opensearch.yml" <<EOF
# Generated by dev/opensearch.sh: edits are overwritten at each start.
cluster.name: ziar-dev
node.name: ziar-dev-1
path.data: $OS_DATA
path.logs: $RUN/logs/opensearch
network.host: 127.0.0.1
http.port: $ZIAR_OPENSEARCH_PORT
transport.port: $ZIAR_OPENSEARCH_TRANSPORT_PORT
discovery.type: single-node
# small dev disks: never turn indices read-only because of free space
cluster.routing.allocation.disk.threshold_enabled: false
EOF
  # One option per line; dev/opensearch.sh passes them to java as they are.
  cat >"$OS_CONF/jvm.options" <<EOF
# Generated by dev/opensearch.sh: edits are overwritten at each start.
-Xms$ZIAR_OPENSEARCH_HEAP
-Xmx$ZIAR_OPENSEARCH_HEAP
-XX:+UseG1GC
# Full JIT (C2): with C1 only the node answered half as many searches a second
-Xss1m
-XX:-OmitStackTraceInFastThrow
-Djava.awt.headless=true
-Dfile.encoding=UTF-8
-Djava.locale.providers=SPI,CLDR
-Djava.io.tmpdir=$OS_TMP
# JNA left unloaded: OpenSearch then cannot see that it runs as root
-Djna.nosys=true
-Djna.noclasspath=true
-Dio.netty.noUnsafe=true
-Dio.netty.noKeySetOptimization=true
-Dio.netty.recycler.maxCapacityPerThread=0
-Dlog4j.shutdownHookEnabled=false
-Dlog4j2.disable.jmx=true
--enable-native-access=ALL-UNNAMED
-Dopensearch.path.home=$OS_HOME
-Dopensearch.path.conf=$OS_CONF
-Dopensearch.distribution.type=tar
-Dopensearch.bundled_jdk=false
EOF
  cat >"$OS_CONF/log4j2.properties" <<'EOF'
# Generated by dev/opensearch.sh: the node logs to stdout (redirected to the log file).
status = error
appender.console.type = Console
appender.console.name = console
appender.console.layout.type = PatternLayout
appender.console.layout.pattern = [%d{ISO8601}][%-5p][%-25c{1.}] [%node_name]%marker %m%n
rootLogger.level = info
rootLogger.appenderRef.console.ref = console
EOF
}

os_ready() {
  curl -fsS --max-time 3 \
    "$OS_URL/_cluster/health?wait_for_status=yellow&timeout=1s" >/dev/null
}

wait_ready() {
  wait_started OpenSearch "$OS_PID" "$OS_LOG" "$OS_START_TIMEOUT" "$OS_URL" os_ready
}

# analyze JSON : prints the tokens of a POST _analyze, space separated
analyze() {
  curl -fsS --max-time 10 -H 'Content-Type: application/json' \
    -X POST "$OS_URL/_analyze" -d "$1" |
    grep -o '"token":"[^"]*"' | sed -e 's/^"token":"//' -e 's/"$//' | tr '\n' ' ' |
    sed 's/ $//'
}

cmd_start() {
  local java major t0 line tokens
  local -a jvm_args=()
  if pid_alive "$OS_PID"; then
    log "$NAME already running (pid $(read_pid "$OS_PID"))"
    use_running_port
    wait_ready
    return 0
  fi
  cmd_fetch
  java=$(opensearch_java)
  major=$(java_major "$java")
  [ "${major:-0}" -ge 21 ] ||
    die "OpenSearch 3.x needs Java 21+, $java is ${major:-unknown} (set ZIAR_OPENSEARCH_JAVA)"
  require_free_ports "$ZIAR_OPENSEARCH_PORT" "$ZIAR_OPENSEARCH_TRANSPORT_PORT"
  write_config
  while IFS= read -r line; do
    case "$line" in
      '' | '#'*) ;;
      *) jvm_args+=("$line") ;;
    esac
  done <"$OS_CONF/jvm.options"
  # shellcheck disable=SC2206 # ZIAR_OPENSEARCH_JAVA_OPTS holds several words
  jvm_args+=(${ZIAR_OPENSEARCH_JAVA_OPTS:-})
  t0=$(date +%s%N)
  start_bg "$NAME" "$OS_LOG" "$java" "${jvm_args[@]}" \
    -cp "$OS_HOME/lib/*" org.opensearch.bootstrap.OpenSearch
  wait_ready
  log "OpenSearch $(cat "$OS_HOME/.version") ready on $OS_URL after $((($(date +%s%N) - t0) / 1000000)) ms"
  # analysis-common must be loaded: it brings the language analyzers.
  tokens=$(analyze '{"analyzer":"romanian","text":"cooperării militare"}') || tokens=''
  [ -n "$tokens" ] || die "the romanian analyzer gives no tokens: is analysis-common loaded? (log: $OS_LOG)"
}

cmd_check() {
  local word folding stemfold
  folding='"tokenizer":"standard","filter":["lowercase","asciifolding"]'
  stemfold='"tokenizer":"standard","filter":["lowercase",{"type":"stop","stopwords":"_romanian_"},{"type":"stemmer","language":"romanian"},"asciifolding"]'
  use_running_port
  os_ready || die "OpenSearch does not answer on $OS_URL: run dev/opensearch.sh start"
  printf 'romanian("cooperării militare") -> %s\n' \
    "$(analyze '{"analyzer":"romanian","text":"cooperării militare"}')"
  printf 'word\tromanian\tlowercase+asciifolding\tromanian stop+stemmer+asciifolding\n'
  # ş ţ (cedilla, legacy) against ș ț (comma below, correct Romanian)
  for word in cooperare cooperării Cooperarea militară militare Moscovei Moscova \
    'ţările' 'țările' 'ţării' 'țării' 'şi' 'și' 'ştiinţă' 'știință'; do
    printf '%s\t%s\t%s\t%s\n' "$word" \
      "$(analyze "{\"analyzer\":\"romanian\",\"text\":\"$word\"}")" \
      "$(analyze "{$folding,\"text\":\"$word\"}")" \
      "$(analyze "{$stemfold,\"text\":\"$word\"}")"
  done
}

cmd_stop() {
  stop_pid "$NAME" 30
}

cmd_status() {
  use_running_port
  status_with "$NAME" "ready on $OS_URL" os_ready
}

case "${1:-}" in
  fetch) cmd_fetch ;;
  start) cmd_start ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  check) cmd_check ;;
  *) usage ;;
esac
