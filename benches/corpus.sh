#!/usr/bin/env bash
# Whole runs of the release binary on generated corpora, side by side with
# pulldown-cmark's parse of the same bytes measured in the same run.
#
#   benches/corpus.sh            # 1x, 10x and 100x corpora (100x is about 105 MB)
#   SCALES="1 10" benches/corpus.sh
#
# Prints MB/s, essays/s, peak RSS and the ratio to pulldown-cmark, then the
# thread scaling, the linear-cost checks (one huge file, one huge paragraph,
# many tiny paragraphs, one huge paragraph that opens with a reported view
# and never turns from it) and the time to lint the bundled essay.
#
# The long paragraph turns every few sentences ("But", "However"), so a rule
# that looks ahead for a turn stops early there; the unturned view ("Critics
# argue that X." and then no "but", "however" or "yet" at all) makes such a
# look-ahead read the rest of the paragraph for every sentence, which shows
# as a ratio far above 10.
set -euo pipefail
cd "$(dirname "$0")/.."

SCALES=${SCALES:-"1 10 100"}
BASE=240 # essays in the 1x corpus (about 1 MB)
OUT=target/bench-corpus
mkdir -p "$OUT"
cargo build --release --quiet --bin argmap --example gen_corpus --example parse_only
BIN=target/release/argmap
GEN=target/release/examples/gen_corpus
PARSE=target/release/examples/parse_only

# run CMD...: prints "seconds peak_kb" for a run with its output discarded.
# Wall time from the shell's microsecond clock (GNU time rounds to 10 ms);
# peak RSS from GNU time.
run() {
  local start=$EPOCHREALTIME
  /usr/bin/time -f "%M" -o "$OUT/time.txt" "$@" > /dev/null
  local end=$EPOCHREALTIME
  echo "$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.4f", b - a }') $(cat "$OUT/time.txt")"
}

# best CMD...: like run, $RUNS times (3 unless set); the fastest time and the
# highest peak. Small runs (tens of milliseconds) vary by a third from run to
# run; the fastest is what the work costs, the rest is the machine.
best() {
  local out=""
  for _ in $(seq "${RUNS:-3}"); do out+="$(run "$@")"$'\n'; done
  awk 'NR == 1 || $1 < t { t = $1 } $2 > m { m = $2 } END { print t, m }' <<< "${out%$'\n'}"
}

bytes_of() { find "$1" -type f -name '*.md' -printf '%s\n' | awk '{s+=$1} END {print s}'; }

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
echo
# "x parse" compares like with like: argmap on one thread against
# pulldown-cmark's parse (one thread) of the same bytes. Times are the
# fastest of three runs with the files already in the page cache.
printf '%-6s %7s %7s | %-23s | %-35s\n' "" "" "" "one thread" "all $(nproc) threads (default)"
printf '%-6s %7s %7s | %6s %7s %8s | %6s %7s %9s %10s\n' scale MB essays "s" "MB/s" "x parse" "s" "MB/s" "essays/s" "peak RSS MB"
for scale in $SCALES; do
  dir="$OUT/corpus-${scale}x"
  essays=$((BASE * scale))
  if [ ! -d "$dir" ]; then "$GEN" essays "$dir" "$essays"; fi
  bytes=$(bytes_of "$dir")
  # Read once first, so every run finds the files in the page cache and
  # the first one is not timing the disk.
  find "$dir" -type f -name '*.md' -exec cat {} + > /dev/null
  read -r one _ < <(best "$BIN" --jobs 1 graph --format jsonl "$dir")
  read -r secs rss < <(best "$BIN" graph --format jsonl "$dir")
  parse_secs=$(for _ in 1 2 3; do "$PARSE" "$dir" 2>/dev/null | awk '{ print $2 }'; done | sort -g | head -n 1)
  awk -v s="$scale" -v b="$bytes" -v n="$essays" -v o="$one" -v t="$secs" -v r="$rss" -v p="$parse_secs" 'BEGIN {
    mb = b / 1e6; printf "%-6s %7.1f %7d | %6.2f %7.1f %8.1f | %6.2f %7.1f %9.0f %10.1f\n", s "x", mb, n, o, mb / o, o / p, t, mb / t, n / t, r / 1024 }'
done

echo
echo "threads (10x corpus, graph --format jsonl):"
dir="$OUT/corpus-10x"
[ -d "$dir" ] || "$GEN" essays "$dir" $((BASE * 10))
# A ratio of two small times: five runs each, as one slow run of either
# (another tenant of the virtual machine) moves it by a tenth.
read -r one _ < <(RUNS=5 best "$BIN" --jobs 1 graph --format jsonl "$dir")
read -r two _ < <(RUNS=5 best "$BIN" --jobs 2 graph --format jsonl "$dir")
awk -v a="$one" -v b="$two" 'BEGIN { printf "  1 thread %.2f s, 2 threads %.2f s: %.2fx (fastest of 5 each)\n", a, b, a / b }'

echo
echo "linear cost (time for 10x the input / time for 1x, fastest of 3 each; 11 or less is linear):"
shape() {
  local name=$1 small=$2 large=$3
  [ -f "$OUT/$name-small.md" ] || "$GEN" "$name" "$OUT/$name-small.md" "$small"
  [ -f "$OUT/$name-large.md" ] || "$GEN" "$name" "$OUT/$name-large.md" "$large"
  read -r s_secs s_rss < <(best "$BIN" --jobs 1 graph --format jsonl "$OUT/$name-small.md")
  read -r l_secs l_rss < <(best "$BIN" --jobs 1 graph --format jsonl "$OUT/$name-large.md")
  local l_bytes; l_bytes=$(stat -c %s "$OUT/$name-large.md")
  awk -v n="$name" -v a="$s_secs" -v b="$l_secs" -v r="$l_rss" -v lb="$l_bytes" 'BEGIN {
    printf "  %-16s %6.2f s -> %6.2f s  ratio %5.1f  (large: %.0f MB, peak RSS %.0f MB)\n", n, a, b, (a > 0 ? b / a : 0), lb / 1e6, r / 1024 }'
}
shape big-file 5 50
shape long-paragraph 0.5 5
shape tiny-paragraphs 10000 100000
shape unturned-view 0.5 5

echo
echo "one essay: argmap lint corpus/nato-partnerships.md (mean of 200 runs, start-up included)"
start=$(date +%s.%N)
for _ in $(seq 200); do "$BIN" lint corpus/nato-partnerships.md > /dev/null 2>&1 || true; done
end=$(date +%s.%N)
awk -v a="$start" -v b="$end" 'BEGIN { printf "  %.2f ms\n", (b - a) * 1000 / 200 }'

# The peer: Argdown's CLI parsing the same map (argmap's Argdown export of the
# bundled essay), when .ci/run has installed it under target/argdown.
ARGDOWN=target/argdown/node_modules/.bin/argdown
if [ -x "$ARGDOWN" ] && command -v node > /dev/null; then
  "$BIN" graph --format argdown corpus/nato-partnerships.md > "$OUT/nato.argdown"
  start=$(date +%s.%N)
  for _ in $(seq 10); do "$ARGDOWN" "$OUT/nato.argdown" > /dev/null 2>&1 || true; done
  end=$(date +%s.%N)
  awk -v a="$start" -v b="$end" 'BEGIN { printf "  Argdown CLI 1.7.5 parsing the same map: %.0f ms (mean of 10 runs)\n", (b - a) * 1000 / 10 }'
fi
