#!/usr/bin/env python3
"""Turn an inline-annotated essay (docs/annotation-guidelines.md) into brat standoff.

usage: inline_to_brat.py SRC.essay OUT_DIR [--text-only-check EXISTING.txt]

Writes OUT_DIR/NAME.txt and OUT_DIR/NAME.ann (NAME is SRC's stem). With
--check-text T, the text without marks must equal T byte for byte (a second annotator
marks the same text), and only the .ann is written.
"""
import re
import sys
from pathlib import Path

MARK = re.compile(r"\[\[([A-Z]\d+):(MajorClaim|Claim|Premise)(?::(For|Against))? ")


def convert(src: str):
    body, sep, rels = src.partition("===RELATIONS===")
    if not sep:
        raise ValueError("no ===RELATIONS=== line")
    out, units, i = [], [], 0
    while True:
        m = MARK.search(body, i)
        if not m:
            out.append(body[i:])
            break
        out.append(body[i:m.start()])
        end = body.find("]]", m.end())
        nxt = body.find("[[", m.end())
        if end < 0 or (0 <= nxt < end):
            raise ValueError(f"unit {m.group(1)} is not closed before the next mark")
        text = body[m.end():end]
        if "\n" in text:
            raise ValueError(f"unit {m.group(1)} crosses a line")
        start = len("".join(out))
        out.append(text)
        units.append((m.group(1), m.group(2), m.group(3), start, start + len(text), text))
        i = end + 2
    plain = "".join(out).rstrip("\n") + "\n"
    if "[[" in plain or "]]" in plain:
        raise ValueError("a mark was left unparsed: " + plain[plain.find("[[") - 20:][:60])
    ids = [u[0] for u in units]
    dup = {x for x in ids if ids.count(x) > 1}
    if dup:
        raise ValueError(f"duplicate ids {sorted(dup)}")
    for u in units:
        if u[1] == "Claim" and not u[2]:
            raise ValueError(f"claim {u[0]} has no stance")
        if plain[u[3]:u[4]] != u[5]:
            raise AssertionError("offset bug")
    relations = []
    for line in rels.strip().splitlines():
        line = line.strip()
        if not line:
            continue
        parts = line.split()
        if len(parts) != 3 or parts[1] not in ("supports", "attacks"):
            raise ValueError(f"bad relation line: {line!r}")
        for end_id in (parts[0], parts[2]):
            if end_id not in ids:
                raise ValueError(f"relation names unknown unit {end_id}: {line!r}")
        relations.append(parts)
    tid = {u[0]: f"T{k + 1}" for k, u in enumerate(units)}
    ann, a = [], 0
    for u in units:
        ann.append(f"{tid[u[0]]}\t{u[1]} {u[3]} {u[4]}\t{u[5]}")
    for u in units:
        if u[1] == "Claim":
            a += 1
            ann.append(f"A{a}\tStance {tid[u[0]]} {u[2]}")
    for k, (s, kind, t) in enumerate(relations):
        ann.append(f"R{k + 1}\t{kind} Arg1:{tid[s]} Arg2:{tid[t]}")
    return plain, "\n".join(ann) + "\n"


def main():
    args = sys.argv[1:]
    check = None
    if "--check-text" in args:
        k = args.index("--check-text")
        check = Path(args[k + 1])
        del args[k:k + 2]
    src, out_dir = Path(args[0]), Path(args[1])
    try:
        plain, ann = convert(src.read_text(encoding="utf-8"))
    except ValueError as e:
        sys.exit(f"{src}: {e}")
    out_dir.mkdir(parents=True, exist_ok=True)
    if check is not None:
        want = check.read_text(encoding="utf-8")
        if plain != want:
            a = next((i for i, (x, y) in enumerate(zip(plain, want)) if x != y), min(len(plain), len(want)))
            sys.exit(f"{src}: text differs from {check} at char {a}: {plain[a-30:a+30]!r} vs {want[a-30:a+30]!r}")
    else:
        (out_dir / (src.stem + ".txt")).write_text(plain, encoding="utf-8")
    (out_dir / (src.stem + ".ann")).write_text(ann, encoding="utf-8")


if __name__ == "__main__":
    main()
