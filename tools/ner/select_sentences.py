#!/usr/bin/env python3
"""Selects the Wikinews sentences we annotate for NER training and evaluation (deterministic, re-runnable).

From every Wikinews article of the sample corpus (data/sample/wikinews.jsonl, CC BY 2.5) it takes the title and
the first seven body sentences (dateline dropped). Articles of the entity gold set (data/gold/wikinews-gold.jsonl)
go to the held-out split so that the gold set's person-recall check is never trained on; the others go to train.
Writes data/ner/wikinews/raw/<split>-NN.txt, one sentence per line as "<id>\t<sentence>", ~600 lines per file.
"""
import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "data/sample/wikinews.jsonl"
GOLD = ROOT / "data/gold/wikinews-gold.jsonl"
OUT = ROOT / "data/ner/wikinews/raw"
PER_ARTICLE = 8
PER_FILE = 600

DATELINE = re.compile(r"^\s*(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),\s+\w+\s+\d{1,2},\s+\d{4}\s*")
# A sentence ends at . ! ? (optionally followed by a closing quote or bracket) before whitespace and an upper-case
# letter, digit or opening quote; abbreviations that usually precede a name or number do not end one.
ABBREV = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|Prof|Jr|Sr|No|Mt|Ft|U\.S|U\.K|U\.N|Inc|Corp|Co|Ltd|vs|etc|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)|\b[A-Z])\.$")
BOUNDARY = re.compile(r"(?<=[.!?])([\"'\u201d\u2019)\]]?)\s+(?=[\"'\u201c\u2018(A-Z0-9])")


def sentences(text):
    out = []
    for para in re.split(r"\n\s*\n", text):
        para = " ".join(para.split())
        if not para:
            continue
        start = 0
        for m in BOUNDARY.finditer(para):
            end = m.end(1)
            if ABBREV.search(para[start:m.start(1)] if m.group(1) else para[start:end]):
                continue
            out.append(para[start:end].strip())
            start = m.end()
        out.append(para[start:].strip())
    return [s for s in out if len(s.split()) >= 4]


def main():
    gold = {json.loads(line)["url"] for line in GOLD.open(encoding="utf-8")}
    splits = {"train": [], "heldout": []}
    for line in SAMPLE.open(encoding="utf-8"):
        try:
            article = json.loads(line)
        except json.JSONDecodeError:
            continue
        if "wikinews.org" not in article.get("url", ""):
            continue
        body = DATELINE.sub("", article.get("maintext") or "", count=1)
        chosen = [" ".join(article["title"].split())] + sentences(body)[: PER_ARTICLE - 1]
        split = "heldout" if article["url"] in gold else "train"
        splits[split].extend(chosen)
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.txt"):
        old.unlink()
    for split, rows in splits.items():
        for i in range(0, len(rows), PER_FILE):
            name = f"{split}-{i // PER_FILE + 1:02d}"
            with (OUT / f"{name}.txt").open("w", encoding="utf-8") as f:
                for j, s in enumerate(rows[i:i + PER_FILE]):
                    f.write(f"{name}-{j + 1:04d}\t{s}\n")
        print(split, len(rows))


if __name__ == "__main__":
    main()
