#!/usr/bin/env python3
"""Checks data/ner/wikinews/annotated/*.txt (or the annotated files given, e.g. data/ner/wcep2016/annotated/*.txt)
against the raw/ folder next to their annotated/ folder: same ids in the same order, markup well-formed, and the
text with markup removed equal to the raw sentence. Prints one line per problem and entity counts; exit 1 on a problem.

Usage: tools/ner/check_annotations.py [annotated-file ...]   (default: every annotated file)
"""
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ANNOTATED = ROOT / "data/ner/wikinews/annotated"
ENTITY = re.compile(r"\[(PER|LOC|ORG|MISC) ([^\[\]]+?)\]")


def strip(line):
    return ENTITY.sub(lambda m: m.group(2), line)


def check(path):
    problems, counts = [], Counter()
    raw = (path.resolve().parent.parent / "raw" / path.name).read_text(encoding="utf-8").splitlines()
    ann = path.read_text(encoding="utf-8").splitlines()
    if len(raw) != len(ann):
        problems.append(f"{path.name}: {len(ann)} lines, raw has {len(raw)}")
    for i, (r, a) in enumerate(zip(raw, ann), 1):
        rid, _, rtext = r.partition("\t")
        aid, _, atext = a.partition("\t")
        if rid != aid:
            problems.append(f"{path.name}:{i}: id {aid!r}, expected {rid!r}")
            continue
        plain = strip(atext)
        if plain.count("[") > rtext.count("[") or plain.count("]") > rtext.count("]"):
            problems.append(f"{aid}: malformed markup: {atext}")
        if plain != rtext:
            problems.append(f"{aid}: text differs from raw\n  raw: {rtext}\n  ann: {plain}")
        for m in ENTITY.finditer(atext):
            counts[m.group(1)] += 1
            if m.group(2) != m.group(2).strip():
                problems.append(f"{aid}: entity with outer spaces: {m.group(0)!r}")
    return problems, counts, len(ann)


def main(args):
    files = [Path(a) for a in args] or sorted(ANNOTATED.glob("*.txt"))
    total, bad = Counter(), 0
    for f in files:
        problems, counts, n = check(f)
        for p in problems:
            print(p)
        bad += len(problems)
        total.update(counts)
        print(f"{f.name}: {n} sentences, {dict(sorted(counts.items()))}, {len(problems)} problems")
    print(f"total: {dict(sorted(total.items()))}, {bad} problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
