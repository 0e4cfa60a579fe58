#!/usr/bin/env bash
# Every output argmap writes, over the shipped corpus and the test essays, into one
# directory: run it before and after a restructuring and compare the two directories.
# A refactor that changes no behaviour leaves them byte-identical.
#
#   scripts/outputs.sh target/release/argmap /tmp/before
#   ... restructure, rebuild ...
#   scripts/outputs.sh target/release/argmap /tmp/after
#   diff -r /tmp/before /tmp/after && echo identical
#
# Exit statuses are recorded next to each output, so a changed exit code shows too.
set -euo pipefail

bin=$(realpath "${1:?usage: outputs.sh ARGMAP_BINARY OUT_DIR}")
out=${2:?usage: outputs.sh ARGMAP_BINARY OUT_DIR}
root=$(cd "$(dirname "$0")/.." && pwd)
rm -rf "$out"
mkdir -p "$out"
out=$(realpath "$out")
cd "$root"
export NO_COLOR=1 COLUMNS=100 SOURCE_DATE_EPOCH=1700000000

# run NAME ARGS...: stdout, stderr and the exit status of one command, under NAME.
run() {
    local name=$1
    shift
    local status=0
    "$bin" "$@" >"$out/$name.out" 2>"$out/$name.err" || status=$?
    echo "$status" >"$out/$name.status"
}

essays=(corpus/*.md tests/fixtures/essays/* tests/fixtures/lint/*.md)
essays+=(tests/fixtures/eval/persuasive/dev/*.txt)

for essay in "${essays[@]}"; do
    key=$(echo "$essay" | tr '/' '_')
    for format in json jsonl dot mermaid aif xaif argdown graphml; do
        run "graph.$format.$key" graph --format "$format" "$essay"
    done
    for command in claims recommendations stats; do
        for format in text json; do
            run "$command.$format.$key" "$command" --format "$format" "$essay"
        done
    done
    for format in text json; do
        run "evidence.$format.$key" evidence --claim thesis --format "$format" "$essay"
    done
    for format in full concise json sarif github; do
        run "lint.$format.$key" lint --output-format "$format" "$essay"
    done
    run "render.$key" render "$essay"
    run "annotate.$key" annotate "$essay"
    run "show.text.$key" show thesis "$essay"
    run "show.json.$key" show --format json thesis "$essay"
done

# Corpus-wide runs: a directory at once, the default bundled essay, and stdin.
run "lint.concise.corpus-dir" lint --output-format concise corpus
run "lint.json.fixtures-dir" lint --output-format json tests/fixtures/lint
run "graph.jsonl.fixtures-dir" graph --format jsonl tests/fixtures/essays
run "claims.bundled" claims
run "stats.bundled" stats --format json
status=0
"$bin" claims - <corpus/nato-partnerships.md >"$out/claims.stdin.out" 2>&1 || status=$?
echo "$status" >"$out/claims.stdin.status"

# Rules, their docs, and every command's help (the registries feed these).
run "rules.text" rules
run "rules.json" rules --format json
for code in $("$bin" rules --format json | python3 -c 'import json,sys; [print(r["code"]) for r in json.load(sys.stdin)["rules"]]'); do
    run "explain.$code" explain "$code"
done
run "help" --help
for command in claims evidence recommendations show graph stats annotate render eval lint rules explain init schema completions man server; do
    run "help.$command" "$command" --help
done
run "schema" schema

# Eval, text and JSON, on every fixture set.
for set in tests/fixtures/eval/{brat,json,microtext} tests/fixtures/eval/persuasive/{dev,held-out}; do
    key=$(echo "$set" | tr '/' '_')
    for format in text json; do
        run "eval.$format.$key" eval --format "$format" "$set"
    done
done
run "eval.bad" eval tests/fixtures/eval-bad

# Bad input: exit codes and messages.
run "bad.missing" claims does-not-exist.md
run "bad.utf8" claims tests/fixtures/bad/invalid-utf8.md
run "bad.format" graph --format nope corpus/nato-partnerships.md

echo "$(find "$out" -type f | wc -l) files in $out"
