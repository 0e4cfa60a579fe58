#!/usr/bin/env python3
"""Every development set side by side: the table extraction work steers by.

usage: scripts/devsets.py [BINARY]   (default target/release/argmap)

Runs `argmap eval` on each development set and scores the bundled essay against
its hand-made map (tests/fixtures/expected/nato-partnerships.tsv), printing one
line per set and the mean macro-F1 and link F1. A change to extraction is kept
only if the mean rises and no set drops. The microtext corpora are read from
../shared and never copied into the repository.
"""
import json
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "corpora"
SETS = [
    ("microtexts-1", SHARED / "arg-microtexts"),
    ("microtexts-2-dev", SHARED / "arg-microtexts-part2-dev"),
    ("microtexts-2-explicit", Path("/tmp/p2ok")),
    ("essays-dev", ROOT / "tests/fixtures/eval/persuasive/dev"),
    ("essays-held-out", ROOT / "tests/fixtures/eval/persuasive/held-out"),
    ("class-dev", ROOT / "tests/fixtures/eval/persuasive/class-dev"),
]


def eval_set(binary, path):
    out = subprocess.run([binary, "eval", str(path)], capture_output=True, text=True)
    text = out.stdout + out.stderr
    macro = re.search(r"macro-F1[^\n]*?(\d\.\d+)", text)
    link = re.search(r"attachment\s+precision[^\n]*?f1\s+(\d\.\d+)", text)
    central = re.search(r"central claim found in (\d+)/(\d+)", text)
    if not macro or not link:
        return None, text.strip().splitlines()[:2]
    c = f"{central.group(1)}/{central.group(2)}" if central else "-"
    return (float(macro.group(1)), float(link.group(1)), c), None


def bundled(binary):
    essay = ROOT / "corpus/nato-partnerships.md"
    out = subprocess.run([binary, "graph", "--format", "json", str(essay)],
                         capture_output=True, text=True, check=True)
    m = json.loads(out.stdout)
    nodes = m["nodes"]
    rows = []
    for line in (ROOT / "tests/fixtures/expected/nato-partnerships.tsv").read_text().splitlines():
        if line.startswith("#") or not line.strip():
            continue
        role, start, target = line.split("\t")
        rows.append((role, start, target))
    # Each expected sentence is matched to the first node, in order, whose text
    # starts with its first words; sentences with no node are "none".
    at, found = 0, []
    for role, start, _ in rows:
        k = next((i for i in range(at, len(nodes)) if nodes[i]["text"].startswith(start)), None)
        if k is not None:
            at = k + 1
        found.append(k)
    correct = sum(1 for (role, _, _), k in zip(rows, found)
                  if (nodes[k]["kind"] if k is not None else "none") == role)
    node_of = {start: k for (_, start, _), k in zip(rows, found)}
    gold = set()
    for (role, start, target), k in zip(rows, found):
        if target != "-" and k is not None:
            t = node_of.get(target.lstrip("!"))
            if t is not None:
                gold.add((nodes[k]["id"], nodes[t]["id"]))
    gold_all = sum(1 for r in rows if r[2] != "-")
    predicted = {(e["from"], e["to"]) for e in m["edges"]}
    hit = len(gold & predicted)
    return correct / len(rows), hit / max(gold_all, 1), hit / max(len(predicted), 1)


def main():
    binary = sys.argv[1] if len(sys.argv) > 1 else str(ROOT / "target/release/argmap")
    print(f"{'set':<18} {'macro-F1':>8} {'link F1':>8} {'central':>8}")
    macros, links = [], []
    for name, path in SETS:
        if not path.exists():
            print(f"{name:<18} (missing: {path})")
            continue
        scores, err = eval_set(binary, path)
        if scores is None:
            print(f"{name:<18} error: {' '.join(err)}")
            continue
        macros.append(scores[0])
        links.append(scores[1])
        print(f"{name:<18} {scores[0]:>8.3f} {scores[1]:>8.3f} {scores[2]:>8}")
    acc, rec, prec = bundled(binary)
    print(f"{'bundled essay':<18} role accuracy {acc:.3f}  attachment recall {rec:.3f}  precision {prec:.3f}")
    if macros:
        print(f"{'mean':<18} {sum(macros) / len(macros):>8.3f} {sum(links) / len(links):>8.3f}")


if __name__ == "__main__":
    main()
