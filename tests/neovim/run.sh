#!/usr/bin/env bash
# A real editor: Neovim, configured with the README's lines and nothing
# else, opens essays headless; tests/neovim/check_diagnostics.lua checks
# that argmap attached and that the diagnostics Neovim received are the
# findings `argmap lint` reports. Usage: tests/neovim/run.sh NVIM ARGMAP_DIR
set -euo pipefail
cd "$(dirname "$0")/../.."
nvim="$1"
argmap_dir="$(cd "$2" && pwd)"
export PATH="$argmap_dir:$PATH"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" XDG_STATE_HOME="$work/state"
for essay in corpus/nato-partnerships.md tests/fixtures/lint/am007-bad.md; do
  export ARGMAP_EXPECTED="$work/expected"
  # Exit status 1 means findings at level error: expected here too.
  argmap lint --output-format json "$essay" >"$work/lint.json" 2>/dev/null || [ $? -eq 1 ]
  python3 -c 'import json,sys; [print(f["span"]["line"], f["code"]) for f in json.load(sys.stdin)["findings"]]' \
    <"$work/lint.json" >"$ARGMAP_EXPECTED"
  timeout 120 "$nvim" --headless --clean -u editors/neovim/argmap.lua \
    -c "luafile tests/neovim/check_diagnostics.lua" "$essay"
done
