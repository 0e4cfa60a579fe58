#!/usr/bin/env bash
# Hostile shapes at full size against the release binary: for each shape and
# command, the wall time, the peak resident memory (from /usr/bin/time -v),
# the exit code and the size of the output. tests/adversarial.rs runs the
# same shapes, smaller, on every `cargo test`.
#
#   benches/adversarial.sh                 # every shape, every command
#   SHAPES="line dots" benches/adversarial.sh
#   COMMANDS="lint graph-json" benches/adversarial.sh
#   LIMIT=120 benches/adversarial.sh       # seconds per run (default 600)
#
# Exit code 0 and 1 (lint findings) are fine, and so is `render` refusing a
# page over its 2 MB limit; anything else, or a run that hits the limit, is
# marked FAIL and makes the script exit 1.
set -euo pipefail
cd "$(dirname "$0")/.."

LIMIT=${LIMIT:-600}
SHAPES=${SHAPES:-"quotes lists ordered mixed line dots sentences code-span annotations annotation-cycle support-cycle suppressions whether"}
COMMANDS=${COMMANDS:-"graph-json graph-dot graph-mermaid graph-aif graph-argdown graph-graphml lint lint-sarif annotate render claims stats"}

if [[ ! -x /usr/bin/time ]]; then
    echo "needs GNU time at /usr/bin/time (apt-get install time)" >&2
    exit 2
fi
cargo build --release --quiet
BIN=$PWD/target/release/argmap
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# Write shape $1 to stdout.
shape() {
    case $1 in
    quotes) # 10 000 nested block quotes
        printf '>%.0s' $(seq 10000); printf ' We should act now. Parks help. A 2019 study found 3 parks.\n' ;;
    lists) # 10 000 nested list levels
        printf -- '- %.0s' $(seq 10000); printf 'We should act now. Parks help.\n' ;;
    ordered) # 10 000 nested ordered lists, each item on its own line
        for i in $(seq 10000); do printf '1. '; done; printf 'Item.\n'
        seq 10000 | awk '{ printf "%s- Level %d should matter.\n", substr("                                        ", 1, ($1 % 20) * 2), $1 }' ;;
    mixed) # quotes and lists alternating, 10 000 levels
        for i in $(seq 5000); do printf '> - '; done; printf 'Deep claims still count.\n' ;;
    line) # a 20 MB line with no punctuation
        yes word | head -c 20000000 | tr '\n' ' '; echo ;;
    dots) # a million sentence ends
        yes . | head -n 1000000 | tr '\n' ' '; echo ;;
    sentences) # a million short sentences on one line
        yes 'Ab cd.' | head -n 1000000 | tr '\n' ' '; echo ;;
    annotations) # a million annotations, one paragraph, a support chain
        awk 'BEGIN { for (i = 0; i < 1000000; i++) printf "Claim %d holds. <!-- argmap: claim #c%d supports=c%d -->\n", i, i, i + 1 }' ;;
    annotation-cycle) # ids that name each other, and themselves
        printf 'A holds. <!-- argmap: claim #a supports=b -->\nB holds. <!-- argmap: claim #b supports=a attacks=b -->\nC holds. <!-- argmap: thesis #c supports=c,a -->\n' ;;
    support-cycle) # a support cycle of 100 000 nodes, one paragraph each
        awk 'BEGIN { n = 100000; for (i = 0; i < n; i++) printf "Point %d is true. <!-- argmap: claim #p%d supports=p%d -->\n\n", i, i, (i + 1) % n }' ;;
    whether) # a million modals after a late "whether", in one 13 MB sentence
        yes word | head -n 1000000 | tr '\n' ' '; printf 'whether '; yes should | head -n 1000000 | tr '\n' ' '; echo . ;;
    suppressions) # 100 000 stacked suppression comments and unknown references
        awk 'BEGIN { for (i = 0; i < 100000; i++) printf "<!-- argmap-disable-next-line AM002 -->\n"; for (i = 0; i < 100000; i++) printf "S%d. <!-- argmap: claim supports=zz%d -->\n", i, i }' ;;
    code-span) # 100 000 sentence ends inside one code span
        printf 'Intro here. `'; yes 'Cities grow.' | head -n 100000 | tr '\n' ' '; printf '` end. More text here.\n' ;;
    *) echo "unknown shape $1" >&2; exit 2 ;;
    esac
}

args() {
    case $1 in
    graph-*) echo "graph --format ${1#graph-}" ;;
    lint) echo "lint --output-format full" ;;
    lint-sarif) echo "lint --output-format sarif" ;;
    *) echo "$1" ;;
    esac
}

failed=0
printf '%-17s %-14s %9s %10s %5s %12s\n' shape command seconds "peak MB" exit "stdout B"
for s in $SHAPES; do
    file=$WORK/$s.md
    (set +o pipefail; shape "$s") > "$file"
    size=$(stat -c %s "$file")
    printf '# %s: %s bytes\n' "$s" "$size"
    for c in $COMMANDS; do
        # shellcheck disable=SC2046
        set +e
        timeout "$LIMIT" /usr/bin/time -v -o "$WORK/time" "$BIN" --color never $(args "$c") "$file" \
            > "$WORK/out" 2> "$WORK/err"
        code=$?
        set -e
        secs=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); t = 0; for (i = 1; i <= n; i++) t = t * 60 + p[i]; printf "%.2f", t }' "$WORK/time" 2>/dev/null || echo "?")
        rss=$(awk -F': ' '/Maximum resident set size/ { printf "%.1f", $2 / 1024 }' "$WORK/time" 2>/dev/null || echo "?")
        out=$(stat -c %s "$WORK/out")
        mark=""
        # `render` refuses a page over 2 MB of essay text on purpose (exit 2,
        # a message naming the size): a refusal, not a failure.
        if [[ $c == render && $code -eq 2 ]] && grep -q "too large to render" "$WORK/err"; then
            mark="refused: over render's 2 MB limit"
        elif [[ $code -ne 0 && $code -ne 1 ]]; then
            mark="FAIL: $(head -c 200 "$WORK/err")"
            failed=1
        fi
        printf '%-17s %-14s %9s %10s %5s %12s %s\n' "$s" "$c" "$secs" "$rss" "$code" "$out" "$mark"
    done
done
exit $failed
