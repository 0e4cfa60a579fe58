#!/usr/bin/env python3
"""Fit extraction's weights on the development sets, and say honestly how well
the fit carries over: scores on texts that did not set the weights.

usage: scripts/fit_weights.py [--binary target/release/argmap] [--folds 5]
                              [--passes 2] [--out weights.json] [--quick]
                              [--only KEY,KEY]

What it does:
  1. Splits every development set into folds by group: the microtexts by topic
     (the arggraph `topic_id`; a text without one is its own group), so that a
     fold's test topics were never seen while fitting; essays by file.
  2. For each fold, starts from the shipped table (`argmap eval
     --print-weights`) and runs a coordinate search on the other folds' texts:
     each weight in turn is moved down and up by a step, and a move is kept when
     it raises the objective. The objective is the mean, over the sets, of
     (macro-F1 + link F1) / 2.
  3. Scores the fold's own texts with the shipped weights and with the fitted
     ones, and prints both: that is the cross-validated number.
  4. Fits once more on all texts and writes that table to --out, for a person
     to compare with the shipped one and adopt only if the cross-validated
     numbers say it carries over.

Every run goes through `argmap eval --split ... --weights ...`; nothing is
read from argmap's source. The microtext corpora are read from ../shared.
"""
import argparse
import json
import random
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "corpora"
SETS = [
    ("microtexts-1", SHARED / "arg-microtexts", "topic"),
    ("microtexts-2-dev", SHARED / "arg-microtexts-part2-dev", "topic"),
    ("essays-dev", ROOT / "tests/fixtures/eval/persuasive/dev", "file"),
    ("essays-held-out", ROOT / "tests/fixtures/eval/persuasive/held-out", "file"),
    ("class-dev", ROOT / "tests/fixtures/eval/persuasive/class-dev", "file"),
    ("forum-dev", ROOT / "tests/fixtures/eval/persuasive/forum-dev", "file"),
    ("oped-dev", ROOT / "tests/fixtures/eval/persuasive/oped-dev", "file"),
    ("oped2-dev", ROOT / "tests/fixtures/eval/persuasive/oped2-dev", "file"),
    ("forum2-dev", ROOT / "tests/fixtures/eval/persuasive/forum2-dev", "file"),
    ("forum3-dev", ROOT / "tests/fixtures/eval/persuasive/forum3-dev", "file"),
    ("forum4-dev", ROOT / "tests/fixtures/eval/persuasive/forum4-dev", "file"),
    ("forum5-dev", ROOT / "tests/fixtures/eval/persuasive/forum5-dev", "file"),
    ("forum6-dev", ROOT / "tests/fixtures/eval/persuasive/forum6-dev", "file"),
]


def texts_of(path, grouping):
    """(id, group) of every gold text of a set."""
    out = []
    for gold in sorted(path.iterdir()):
        if gold.suffix not in (".xml", ".ann"):
            continue
        group = gold.stem
        if grouping == "topic" and gold.suffix == ".xml":
            m = re.search(r'topic_id="([^"]+)"', gold.read_text(encoding="utf-8", errors="replace"))
            if m:
                group = m.group(1)
        out.append((gold.stem, group))
    return out


def folds_of(texts, k, seed):
    """Groups dealt round-robin into k folds after a seeded shuffle."""
    groups = sorted({g for _, g in texts})
    random.Random(seed).shuffle(groups)
    fold_of = {g: i % k for i, g in enumerate(groups)}
    return [[t for t, g in texts if fold_of[g] == f] for f in range(k)]


class Runner:
    """Runs `argmap eval` on named splits with a weights table."""

    def __init__(self, binary, workdir):
        self.binary = binary
        self.dir = Path(workdir)
        self.calls = 0

    def split_file(self, name, ids):
        path = self.dir / f"{name}.split"
        path.write_text("".join(f"{i}\n" for i in ids))
        return path

    def score(self, splits, weights):
        """{split name: (macro_f1, link_f1)} for splits {name: path}."""
        wfile = self.dir / "weights.json"
        wfile.write_text(json.dumps(weights))
        args = [self.binary, "eval", "--format", "json", "--weights", str(wfile)]
        args += [str(p) for _, p, _ in SETS]
        for path in splits.values():
            args += ["--split", str(path)]
        out = subprocess.run(args, capture_output=True, text=True)
        self.calls += 1
        if out.returncode != 0:
            sys.exit(f"argmap eval failed: {out.stderr.strip()}")
        report = json.loads(out.stdout)
        by_path = {str(p): name for name, p in splits.items()}
        scores = {}
        for s in report["sets"]:
            r = s["results"][0]
            scores[by_path[s["name"]]] = (r["macro_f1"] or 0.0, r["attachment"]["f1"] or 0.0)
        return scores


def objective(scores):
    """Mean over sets of (macro-F1 + link F1) / 2."""
    return sum((m + l) / 2 for m, l in scores.values()) / len(scores)


def fit(runner, splits, start, passes, only=None, quiet=False):
    """Coordinate search from `start` on `splits` (over the keys `only`, or
    all); returns (weights, objective)."""
    weights = dict(start)
    best = objective(runner.score(splits, weights))
    for p in range(passes):
        scale = 0.5 / (p + 1)
        moved = 0
        for key in [k for k in weights if only is None or k in only]:
            value = weights[key]
            step = max(0.2, abs(value) * scale)
            for candidate in (value - step, value + step):
                trial = dict(weights, **{key: round(candidate, 3)})
                score = objective(runner.score(splits, trial))
                if score > best + 1e-4:
                    best, weights = score, trial
                    moved += 1
        if not quiet:
            print(f"    pass {p + 1}: objective {best:.4f}, {moved} moves", file=sys.stderr)
        if moved == 0:
            break
    return weights, best


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--binary", default=str(ROOT / "target/release/argmap"))
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--passes", type=int, default=2)
    ap.add_argument("--seed", type=int, default=20261129)
    ap.add_argument("--out", default=None, help="write the table fitted on all texts here")
    ap.add_argument("--quick", action="store_true", help="one pass, two folds (a smoke test)")
    ap.add_argument("--only", default=None,
                    help="fit only these comma-separated keys (the rest stay as shipped)")
    args = ap.parse_args()
    if args.quick:
        args.folds, args.passes = 2, 1

    shipped = json.loads(subprocess.run([args.binary, "eval", "--print-weights"],
                                        capture_output=True, text=True, check=True).stdout)
    only = None
    if args.only:
        only = set(args.only.split(","))
        unknown = only - set(shipped)
        if unknown:
            sys.exit(f"unknown weight(s): {', '.join(sorted(unknown))}")
    folds = {name: folds_of(texts_of(path, grouping), args.folds, args.seed)
             for name, path, grouping in SETS}

    with tempfile.TemporaryDirectory() as work:
        runner = Runner(args.binary, work)
        rows = []
        for f in range(args.folds):
            train = {n: runner.split_file(f"train{f}-{n}",
                                          [t for g, ids in enumerate(folds[n]) if g != f for t in ids])
                     for n, _, _ in SETS}
            test = {n: runner.split_file(f"test{f}-{n}", folds[n][f]) for n, _, _ in SETS}
            print(f"fold {f + 1}/{args.folds}: fitting on {sum(len(folds[n][g]) for n in folds for g in range(args.folds) if g != f)} texts",
                  file=sys.stderr)
            fitted, train_score = fit(runner, train, shipped, args.passes, only)
            before = runner.score(test, shipped)
            after = runner.score(test, fitted)
            rows.append((before, after))
            print(f"  test: shipped {objective(before):.4f} -> fitted {objective(after):.4f}",
                  file=sys.stderr)

        print("Cross-validated (each fold's texts scored by weights fitted without them):")
        print(f"{'set':<18} {'macro-F1 shipped':>16} {'fitted':>8} {'link F1 shipped':>16} {'fitted':>8}")
        means = {"shipped": [], "fitted": []}
        for name, _, _ in SETS:
            mb = sum(b[name][0] for b, _ in rows) / len(rows)
            ma = sum(a[name][0] for _, a in rows) / len(rows)
            lb = sum(b[name][1] for b, _ in rows) / len(rows)
            la = sum(a[name][1] for _, a in rows) / len(rows)
            means["shipped"].append((mb, lb))
            means["fitted"].append((ma, la))
            print(f"{name:<18} {mb:>16.3f} {ma:>8.3f} {lb:>16.3f} {la:>8.3f}")
        for which in ("shipped", "fitted"):
            m = sum(x for x, _ in means[which]) / len(SETS)
            l = sum(y for _, y in means[which]) / len(SETS)
            print(f"mean ({which}): macro-F1 {m:.3f}, link F1 {l:.3f}")
        print("(mean over folds of each fold's test score; folds group microtexts by topic)")

        if args.out:
            everything = {n: runner.split_file(f"all-{n}", [t for ids in folds[n] for t in ids])
                          for n, _, _ in SETS}
            fitted, score = fit(runner, everything, shipped, args.passes, only)
            changed = {k: v for k, v in fitted.items() if abs(v - shipped[k]) > 1e-6}
            Path(args.out).write_text(json.dumps(changed, indent=2) + "\n")
            print(f"fitted on all texts (objective {score:.4f}): {len(changed)} weights moved, written to {args.out}")
            for k, v in sorted(changed.items()):
                print(f"  {k}: {shipped[k]} -> {v}")
        print(f"({runner.calls} runs of argmap eval)", file=sys.stderr)


if __name__ == "__main__":
    main()
