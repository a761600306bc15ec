#!/usr/bin/env bash
# Runs a command-line tool of the plain-Java language pipeline (module nlp-pipeline: ./ziar extract,
# ./ziar ner) or of its training and evaluation module (nlp-training: ./ziar tool), building the
# module first when its sources changed.
#
# Usage: dev/tool.sh MODULE CLASS ARGS...
set -euo pipefail

# shellcheck source=dev/suite.sh
. "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/suite.sh"

[ $# -ge 2 ] || usage
module=$1
shift
package_changed "$module" "$ROOT/nlp-pipeline/src/main" "$ROOT/contracts/src"
exec java -Xss16m -cp "$ROOT/$module/target/classes:$ROOT/$module/target/lib/*" "$@"
