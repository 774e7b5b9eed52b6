#!/usr/bin/env python3
"""Writes the mention-level gold file of the WCEP 2016 held-out set (data/ner/wcep2016/wcep2016-gold.conll) from its
annotated files, in the format eval.Conll reads: `-DOCSTART- URL` per day (the URL of the record in
data/ner/wcep2016/articles.jsonl), one item per sentence, one `TOKEN TAG` per line, IOB2 over PER only (the set
annotates persons only, so it carries no country links). Tokens are words and single punctuation marks; an entity
boundary is always a token boundary. Deterministic. Evaluation only: never converted into data/ner/conll.

Usage: tools/ner/wcep_conll.py
"""
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(Path(__file__).resolve().parent))
from check_annotations import ENTITY  # noqa: E402  the checker's own markup rules

SET = ROOT / "data/ner/wcep2016"
TOKEN = re.compile(r"\w+|[^\w\s]")


def tokens(line):
    """(token, tag) pairs of one annotated sentence."""
    out, at = [], 0
    for m in ENTITY.finditer(line):
        out += [(t, "O") for t in TOKEN.findall(line[at:m.start()])]
        inside = TOKEN.findall(m.group(2))
        out += [(t, ("B-" if i == 0 else "I-") + m.group(1)) for i, t in enumerate(inside)]
        at = m.end()
    return out + [(t, "O") for t in TOKEN.findall(line[at:])]


def main():
    urls = {}
    for line in (SET / "articles.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        urls[record["id"].removeprefix("wcep-")] = record["url"]
    lines = []
    for f in sorted((SET / "annotated").glob("*.txt")):
        lines += [f"-DOCSTART- {urls[f.stem]}", ""]
        for sentence in f.read_text(encoding="utf-8").splitlines():
            lines += [f"{t} {tag}" for t, tag in tokens(sentence.partition("\t")[2])] + [""]
    (SET / "wcep2016-gold.conll").write_text("\n".join(lines), encoding="utf-8")


if __name__ == "__main__":
    main()
