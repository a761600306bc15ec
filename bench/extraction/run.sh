#!/usr/bin/env bash
# Ziar's extractor, Readability.js and readability-lxml on the same pages in the same run, scored by
# Ziar's implementation of the benchmark metric (ExtractionEval).
#
# Usage: bench/extraction/run.sh [BENCHMARK_DIR]   (default ../shared/data/extraction/dev from the repo root)
# Needs: node + `npm install` in bench/extraction, and Debian python3-readability for /usr/bin/python3.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
DATA=${1:-$ROOT/../shared/data/extraction/dev}
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT

eval_tool() {
  "$ROOT/ziar" tool io.ziar.nlp.pipeline.cli.ExtractionEval "$DATA" "$@"
}

[ -d "$HERE/node_modules" ] || (cd "$HERE" && npm install --no-audit --no-fund >&2)

eval_tool >"$OUT/ziar.txt"
node "$HERE/readability-js.mjs" "$DATA/html" >"$OUT/readability-js.json" 2>"$OUT/readability-js.speed"
/usr/bin/python3 "$HERE/readability-lxml.py" "$DATA/html" >"$OUT/readability-lxml.json" 2>"$OUT/readability-lxml.speed"
eval_tool --predictions "$OUT/readability-js.json" >"$OUT/readability-js.txt"
eval_tool --predictions "$OUT/readability-lxml.json" >"$OUT/readability-lxml.txt"

# "F1 0.977  precision 0.974  recall 0.981 ..." and "... 399 pages/s by CPU time, 239 pages/s by wall clock ..."
scores() { grep '^F1' "$1" | awk '{printf "%-7s %-9s %-7s", $2, $4, $6}'; }
speed() { grep -o '[0-9.]* pages/s by CPU time, [0-9.]* pages/s by wall clock' "$1" | awk '{printf "%-12s %-12s", $1, $6}'; }

printf '%-18s %-7s %-9s %-7s %-12s %-12s\n' extractor F1 precision recall 'pages/s CPU' 'pages/s wall'
printf '%-18s %s %s\n' ziar "$(scores "$OUT/ziar.txt")" "$(speed "$OUT/ziar.txt")"
printf '%-18s %s %s\n' readability.js "$(scores "$OUT/readability-js.txt")" "$(speed "$OUT/readability-js.speed")"
printf '%-18s %s %s\n' readability-lxml "$(scores "$OUT/readability-lxml.txt")" "$(speed "$OUT/readability-lxml.speed")"
grep -o 'slowest page.*' "$OUT/ziar.txt" | sed 's/^/ziar /'
