#!/usr/bin/env bash
# Makes sure the browser test can drive Debian's Chromium through its ChromeDriver: as root they are
# installed (apt-get) when missing, otherwise it fails saying what to install.
#
# Environment: ZIAR_CHROMIUM [/usr/bin/chromium], ZIAR_CHROMEDRIVER [/usr/bin/chromedriver].
set -euo pipefail

# shellcheck source=dev/lib.sh
. "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/lib.sh"

chromium=${ZIAR_CHROMIUM:-/usr/bin/chromium} driver=${ZIAR_CHROMEDRIVER:-/usr/bin/chromedriver}
if [ -x "$chromium" ] && [ -x "$driver" ]; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  log "the browser test needs Chromium and ChromeDriver: run 'apt-get install -y chromium chromium-driver' as root" \
    "(or set ZIAR_CHROMIUM and ZIAR_CHROMEDRIVER)"
  exit 1
fi
apt_log=$RUN/logs/apt-chromium.log
install() {
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium chromium-driver >>"$apt_log" 2>&1
}
log "installing Chromium and ChromeDriver for the browser test (apt-get install chromium chromium-driver)"
: >"$apt_log"
if ! install; then
  apt-get update -q >>"$apt_log" 2>&1 || true
  install || {
    show_log_tail "$apt_log" 20
    die "could not install chromium and chromium-driver (log: $apt_log)"
  }
fi
