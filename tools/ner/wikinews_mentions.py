#!/usr/bin/env python3
"""Writes a mention-level person dev set from the project's Wikinews annotations (data/ner/wikinews/annotated/*.txt):
target/eval/wikinews-mentions/articles.jsonl (news-please records, one per Wikinews article: its annotated title and
sentences joined by a blank line, dated as the sample's article of that title) and gold.conll (`-DOCSTART- URL` per
record, `TOKEN TAG`, IOB2 over PER only), the format
`jobs/evaluate.sh` reads. It is the set the person rules are developed on; train-* lines were also trained on by the
bundled NER model, so the `ner_model` row is optimistic there. Deterministic.

Usage: tools/ner/wikinews_mentions.py [OUT_DIR]
"""
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(Path(__file__).resolve().parent))
from check_annotations import ENTITY, strip  # noqa: E402  the checker's own markup rules

TOKEN = re.compile(r"\w+|[^\w\s]")
SAMPLE = ROOT / "data/sample/wikinews.jsonl"


def tokens(line):
    """(token, tag) pairs of one annotated line, PER only."""
    out, at = [], 0
    for m in ENTITY.finditer(line):
        out += [(t, "O") for t in TOKEN.findall(line[at:m.start()])]
        inside = TOKEN.findall(m.group(2))
        per = m.group(1) == "PER"
        out += [(t, ("B-PER" if i == 0 else "I-PER") if per else "O") for i, t in enumerate(inside)]
        at = m.end()
    return out + [(t, "O") for t in TOKEN.findall(line[at:])]


def articles(numbered, dates):
    """(line id, annotated line) pairs split into articles: an article starts at the title of a sample article."""
    out = []
    for line_id, line in numbered:
        if not out or strip(line) in dates:
            out.append([])
        out[-1].append((line_id, line))
    return out


def main():
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "target/eval/wikinews-mentions"
    out.mkdir(parents=True, exist_ok=True)
    dates = {}
    for line in SAMPLE.read_text(encoding="utf-8").splitlines():
        try:  # the sample holds malformed records on purpose
            record = json.loads(line)
        except json.JSONDecodeError:
            continue
        if isinstance(record, dict) and isinstance(record.get("title"), str):
            dates.setdefault(record["title"].strip(), record.get("date_publish"))
    # The annotation files are 600-line pieces of two sequences (heldout-*, train-*): an article may run on into the
    # next file.
    numbered = []
    for f in sorted((ROOT / "data/ner/wikinews/annotated").glob("*.txt")):
        numbered += [(line_id, text) for line_id, _, text in
                     (line.partition("\t") for line in f.read_text(encoding="utf-8").splitlines())]
    records, conll, seen = [], [], set()
    for article in articles(numbered, dates):
        chunk = [line for _, line in article]
        plain = [strip(line) for line in chunk]
        if tuple(plain) in seen or len(plain) == 1:
            continue  # the sample holds one article twice (the job counts the copy as a duplicate); a title alone is none
        seen.add(tuple(plain))
        url = f"https://dev.invalid/wikinews/{article[0][0]}"
        records.append({"url": url, "title": plain[0], "maintext": "\n\n".join(plain),
                        "date_publish": dates.get(plain[0]) or "2019-06-01 00:00:00", "language": "en",
                        "source_domain": "dev.invalid"})
        conll += [f"-DOCSTART- {url}", ""]
        for line in chunk:
            conll += [f"{t} {tag}" for t, tag in tokens(line)] + [""]
    (out / "articles.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    (out / "gold.conll").write_text("\n".join(conll), encoding="utf-8")
    print(f"{len(records)} records, {sum(1 for c in conll if c.endswith('B-PER'))} PER mentions -> {out}")


if __name__ == "__main__":
    main()
