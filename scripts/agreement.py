#!/usr/bin/env python3
"""Agreement between two annotators of the same brat-annotated essays.

usage: scripts/agreement.py DIR_A DIR_B   (DIR_A holds X.txt + X.ann, DIR_B X.ann)

Units are aligned one to one (greedy by overlap, each pair overlapping by at least
half of both spans); A is taken as the reference. Prints, over all essays present
in both: unit agreement (F1 of matched spans, any role), role agreement per class
(F1, MajorClaim/Claim/Premise) and its macro average, Cohen's kappa on the roles
of matched units, and relation agreement (F1 of relations whose two ends matched,
with the same type). Claims' stances count as relations to the major claims.
"""
import sys
from pathlib import Path

ROLES = ["MajorClaim", "Claim", "Premise"]


def read_ann(path):
    units, rels = {}, []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        tag, body = line.split("\t")[0], line.split("\t")[1]
        if tag.startswith("T"):
            label, start, end = body.split()[:3]
            units[tag] = (label, int(start), int(end))
        elif tag.startswith("R"):
            kind, a1, a2 = body.split()
            rels.append((a1.split(":")[1], a2.split(":")[1], kind))
        elif tag.startswith("A"):
            _, t, stance = body.split()
            rels.append((t, "MAJOR", "supports" if stance == "For" else "attacks"))
    return units, rels


def align(ua, ub):
    pairs = []
    for ia, (_, sa, ea) in ua.items():
        for ib, (_, sb, eb) in ub.items():
            ov = min(ea, eb) - max(sa, sb)
            if ov > 0 and ov >= (ea - sa) / 2 and ov >= (eb - sb) / 2:
                pairs.append((ov, ia, ib))
    pairs.sort(reverse=True)
    used_a, used_b, match = set(), set(), {}
    for _, ia, ib in pairs:
        if ia not in used_a and ib not in used_b:
            used_a.add(ia)
            used_b.add(ib)
            match[ia] = ib
    return match


def f1(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def main():
    da, db = Path(sys.argv[1]), Path(sys.argv[2])
    essays = sorted(p.stem for p in db.glob("*.ann") if (da / p.name).exists())
    span = [0, 0, 0]
    role = {r: [0, 0, 0] for r in ROLES}
    rel = [0, 0, 0]
    confusion = {(x, y): 0 for x in ROLES for y in ROLES}
    for name in essays:
        ua, ra = read_ann(da / f"{name}.ann")
        ub, rb = read_ann(db / f"{name}.ann")
        match = align(ua, ub)
        span[0] += len(match)
        span[1] += len(ub) - len(match)
        span[2] += len(ua) - len(match)
        for r in ROLES:
            tp = sum(1 for a, b in match.items() if ua[a][0] == r and ub[b][0] == r)
            role[r][0] += tp
            role[r][1] += sum(1 for u in ub.values() if u[0] == r) - tp
            role[r][2] += sum(1 for u in ua.values() if u[0] == r) - tp
        for a, b in match.items():
            confusion[(ua[a][0], ub[b][0])] += 1
        inverse = {b: a for a, b in match.items()}
        mapped_b = {(inverse.get(s), "MAJOR" if t == "MAJOR" else inverse.get(t), k) for s, t, k in rb}
        set_a = set(ra)
        tp = len(set_a & mapped_b)
        rel[0] += tp
        rel[1] += len(rb) - tp
        rel[2] += len(ra) - tp
    n = sum(confusion.values())
    po = sum(confusion[(r, r)] for r in ROLES) / n if n else 0.0
    pe = sum(
        sum(confusion[(r, y)] for y in ROLES) * sum(confusion[(x, r)] for x in ROLES) for r in ROLES
    ) / (n * n) if n else 0.0
    kappa = (po - pe) / (1 - pe) if pe < 1 else 1.0
    print(f"essays {len(essays)}")
    print(f"unit spans F1 {f1(*span):.3f}")
    for r in ROLES:
        print(f"role {r:<10} F1 {f1(*role[r]):.3f}")
    print(f"role macro-F1 {sum(f1(*role[r]) for r in ROLES) / 3:.3f}")
    print(f"kappa on matched units' roles {kappa:.3f} ({n} units)")
    print(f"relations F1 {f1(*rel):.3f}")


if __name__ == "__main__":
    main()
