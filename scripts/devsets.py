#!/usr/bin/env python3
"""Every development set side by side: the table extraction work steers by.

usage: scripts/devsets.py [BINARY]   (default target/release/argmap)

Runs `argmap eval --format json` on each development set and scores the bundled essay against
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
    ("essays-dev", ROOT / "tests/fixtures/eval/persuasive/dev"),
    ("essays-held-out", ROOT / "tests/fixtures/eval/persuasive/held-out"),
    ("class-dev", ROOT / "tests/fixtures/eval/persuasive/class-dev"),
    ("forum-dev", ROOT / "tests/fixtures/eval/persuasive/forum-dev"),
    ("oped-dev", ROOT / "tests/fixtures/eval/persuasive/oped-dev"),
    ("oped2-dev", ROOT / "tests/fixtures/eval/persuasive/oped2-dev"),
    ("forum2-dev", ROOT / "tests/fixtures/eval/persuasive/forum2-dev"),
    ("forum3-dev", ROOT / "tests/fixtures/eval/persuasive/forum3-dev"),
    ("forum4-dev", ROOT / "tests/fixtures/eval/persuasive/forum4-dev"),
    ("forum5-dev", ROOT / "tests/fixtures/eval/persuasive/forum5-dev"),
    ("forum6-dev", ROOT / "tests/fixtures/eval/persuasive/forum6-dev"),
]


def eval_set(binary, path):
    out = subprocess.run([binary, "eval", "--format", "json", str(path)],
                         capture_output=True, text=True)
    try:
        r = json.loads(out.stdout)["sets"][0]["results"][0]
    except (ValueError, KeyError, IndexError):
        return None, (out.stderr or out.stdout).strip().splitlines()[:2]
    roles = {x["role"]: x["f1"] for x in r["roles"]}
    c = r["central_claim"]
    # The other side's views: brat's claims against the major claim typed
    # objection, or the microtexts' objection F1.
    if "opposing_views" in r:
        o = r["opposing_views"]
        views = f"{o['typed_objection']}/{o['gold']}"
    elif r.get("objection_f1") is not None:
        views = f"F1 {r['objection_f1']:.2f}"
    else:
        views = "-"
    return (r["macro_f1"], r["attachment"]["f1"], f"{c['found']}/{c['texts']}", roles, views), None


def bundled(binary, *flags):
    essay = ROOT / "corpus/nato-partnerships.md"
    out = subprocess.run([binary, "graph", "--format", "json", *flags, str(essay)],
                         capture_output=True, text=True, check=True)
    m = json.loads(out.stdout)
    nodes = m["nodes"]
    rows = []
    for line in (ROOT / "tests/fixtures/expected/nato-partnerships.tsv").read_text().splitlines():
        if line.startswith("#") or not line.strip():
            continue
        role, start, target = line.split("\t")
        rows.append((role, start, target))
    # Each expected sentence is found in the essay's bytes in order; a node
    # belongs to it when the node starts between it and the next one (a node
    # may cover a clause of its sentence, without its opening words).
    text = essay.read_bytes()
    offsets, at = [], 0
    for _, start, _ in rows:
        at = text.find(start.encode(), at)
        offsets.append(at)
        at += 1
    offsets.append(len(text) + 1)
    found = []
    for i in range(len(rows)):
        ks = [k for k, n in enumerate(nodes) if offsets[i] <= n["span"]["start"] < offsets[i + 1]]
        # The sentence's main node: the one whose kind is not a derived clause's.
        main = [k for k in ks if not any(c.startswith("clause:") for c in nodes[k]["cues"])]
        found.append((main or ks or [None])[0])
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
    print(f"{'set':<18} {'macro-F1':>8} {'link F1':>8} {'central':>8} {'opposing':>8}  per role F1")
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
        roles = " ".join(f"{k} {v:.2f}" for k, v in scores[3].items())
        print(f"{name:<18} {scores[0]:>8.3f} {scores[1]:>8.3f} {scores[2]:>8} {scores[4]:>8}  {roles}")
    # The essay's author annotations settle what its text leaves ambiguous;
    # the heuristics alone are what extraction does on an essay nobody annotated.
    for label, flags in (("bundled essay", ()), ("  no annotations", ("--no-annotations",))):
        acc, rec, prec = bundled(binary, *flags)
        print(f"{label:<18} role accuracy {acc:.3f}  attachment recall {rec:.3f}  precision {prec:.3f}")
    if macros:
        print(f"{'mean':<18} {sum(macros) / len(macros):>8.3f} {sum(links) / len(links):>8.3f}")


if __name__ == "__main__":
    main()
