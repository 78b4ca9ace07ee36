#!/usr/bin/env bash
# The team server's soak (issue 15): 50 clients of mixed reads and writes for 10 minutes against the server of the
# built product, zero errors and a flat heap. A benchmark, not a CI test: it prints BENCH lines and exits non-zero
# when a request failed or the heap after a full GC grew by more than half between the first and last of its ten
# samples. Needs the product built first (./mvnw -o -B -q verify -DskipTests).
#   examples/soak-server.sh [SECONDS (600)] [CLIENTS (50)] [-- more 'bench serve' options, e.g. --db URL]
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
PRODUCT="$ROOT/releng/org.annotide.product/target/products/org.annotide.product/linux/gtk/x86_64"
[ -x "$PRODUCT/annotide-cli" ] || { echo "no materialized product in $PRODUCT: build Annotide first" >&2; exit 1; }
SECONDS_ASKED="${1:-600}"; CLIENTS="${2:-50}"
shift $(( $# >= 2 ? 2 : $# )); [ "${1:-}" = "--" ] && shift
echo "uptime before: $(uptime)"
OUT="$(mktemp)"; trap 'rm -f "$OUT"' EXIT
status=0
"$PRODUCT/annotide-cli" bench serve --clients "$CLIENTS" --seconds 5 --write-seconds 5 \
    --soak-seconds "$SECONDS_ASKED" "$@" | tee "$OUT" || status=$?
echo "uptime after: $(uptime)"
first=$(awk '$2 == "soak_heap_first_mb" {print $3}' "$OUT"); last=$(awk '$2 == "soak_heap_last_mb" {print $3}' "$OUT")
errors=$(awk '$2 == "soak_errors" {print $3}' "$OUT")
[ -n "$first" ] && [ -n "$last" ] && [ -n "$errors" ] || { echo "FAIL: no soak figures" >&2; exit 1; }
[ "$errors" = 0 ] || { echo "FAIL: $errors requests failed during the soak" >&2; exit 1; }
awk -v f="$first" -v l="$last" 'BEGIN { exit !(l <= f * 1.5 + 16) }' \
    || { echo "FAIL: the heap grew from $first MB to $last MB" >&2; exit 1; }
[ "$status" = 0 ] || { echo "FAIL: bench serve exited $status" >&2; exit "$status"; }
echo "PASS: $CLIENTS clients for $SECONDS_ASKED s, no errors, heap $first MB -> $last MB"
