#!/usr/bin/env python3
"""Converts the licence-clean NER corpora and our Wikinews annotations to CoNLL-2003 files for Spark NLP's CoNLL()
reader (`token POS chunk tag`, POS and chunk are placeholders, IOB2 tags over PER/LOC/ORG/MISC), into data/ner/conll/.
Deterministic: same inputs, same bytes. Tag mapping and splits: data/ner/NOTICE.md.

Usage: tools/ner/convert.py [--shared DIR] [--out DIR]
  --shared  the corpora folder (default: ../shared/data/ner-training next to the repository)
"""
import argparse
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(Path(__file__).resolve().parent))
from check_annotations import ENTITY, strip  # noqa: E402  the checker's own markup rules

DOCSTART = "-DOCSTART- -X- -X- O"
WIKIGOLD_TEST_SHARE = 0.2  # the last 20 % of Wikigold's documents are held out

WNUT_TYPES = {"person": "PER", "location": "LOC", "corporation": "ORG", "group": "ORG",
              "creative-work": "MISC", "product": "MISC"}
RE3D_TYPES = {"Person": "PER", "Location": "LOC", "Organisation": "ORG", "Nationality": "MISC"}
# re3d tags descriptions ("the Iraqi Foreign Minister", "defensive positions") as entities; our guide tags names only.
RE3D_ROLE_WORDS = {"minister", "president", "secretary", "general", "commander", "ambassador", "spokesman",
                   "spokesperson", "king", "prince", "envoy", "officer", "chief", "director", "leader", "forces",
                   "troops", "government", "coalition", "army", "official", "officials", "members", "command", "we"}

DETERMINERS = {"the", "a", "an"}
EXTRA_CHARS = "‘’“”–—…€£°"

# Tokenizer for the Wikinews text: close to the job's Spark NLP Tokenizer (nlp.NlpPipeline), which splits leading and
# trailing punctuation off, splits on its split characters - / – — ' and drops them ("Earth's" → Earth s, as
# TokenizerModel does), and keeps dotted abbreviations ("U.S.", "Jr.") whole.
PREFIX = "\"'([{<“‘«$£€"
SUFFIX = "\"')]}>”’».,;:!?%"
SPLIT = re.compile(r"([-/\u2013\u2014'’])")
DROPPED = {"-", "/", "\u2013", "\u2014", "'"}
ABBREVIATION = re.compile(r"^(?:[A-Za-z]\.)+$|^(?:Mr|Mrs|Ms|Dr|Jr|Sr|St|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|Prof|Rev|"
                          r"Inc|Ltd|Corp|Co|No|vs|Jan|Feb|Mar|Apr|Aug|Sep|Sept|Oct|Nov|Dec)\.$")


def tokenize(text):
    """Whitespace split, then punctuation peeled off both ends, then split on hyphens, dashes, slashes, apostrophes."""
    tokens = []
    for chunk in text.split():
        tokens.extend(_split_chunk(chunk))
    return tokens


def _split_chunk(chunk):
    head, tail = [], []
    while len(chunk) > 1 and chunk[0] in PREFIX:
        head.append(chunk[0])
        chunk = chunk[1:]
    while len(chunk) > 1 and chunk[-1] in SUFFIX and not ABBREVIATION.match(chunk):
        tail.insert(0, chunk[-1])
        chunk = chunk[:-1]
    middle = [p for p in SPLIT.split(chunk) if p and p not in DROPPED] if not ABBREVIATION.match(chunk) else [chunk]
    return [t for t in head + middle + tail if t not in DROPPED]


def markup_to_tagged(text):
    """`[PER Joe Biden] met ...` → [(token, IOB2 tag)], tokenising entity and plain parts separately so spans align."""
    out, pos = [], 0
    for m in ENTITY.finditer(text):
        out.extend((t, "O") for t in tokenize(text[pos:m.start()]))
        for i, t in enumerate(tokenize(m.group(2))):
            out.append((t, ("B-" if i == 0 else "I-") + m.group(1)))
        pos = m.end()
    out.extend((t, "O") for t in tokenize(text[pos:]))
    return out


def valid_annotated_lines(annotated, raw):
    """Annotated lines that the checker would accept: same id as the raw line at that position, markup stripping
    back to the raw text. Files still being written are used as far as they are valid."""
    raw_lines = raw.read_text(encoding="utf-8").splitlines()
    kept, rejected = [], 0
    for r, a in zip(raw_lines, annotated.read_text(encoding="utf-8").splitlines()):
        rid, _, rtext = r.partition("\t")
        aid, _, atext = a.partition("\t")
        plain = strip(atext)
        if rid != aid or plain != rtext or any(m.group(2) != m.group(2).strip() for m in ENTITY.finditer(atext)):
            rejected += 1
            continue
        kept.append(atext)
    return kept, rejected, len(raw_lines)


def read_columns(path, sep):
    """Sentences of (token, tag) from a one-token-per-line file; documents split at -DOCSTART- lines."""
    docs, sentences, sentence = [], [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.rstrip("\r")
        if line.startswith("-DOCSTART-"):
            if sentence:
                sentences.append(sentence)
                sentence = []
            if sentences:
                docs.append(sentences)
            sentences = []
            continue
        if not line.strip():
            if sentence:
                sentences.append(sentence)
                sentence = []
            continue
        parts = line.split(sep)
        sentence.append((parts[0], parts[-1].strip()))
    if sentence:
        sentences.append(sentence)
    if sentences:
        docs.append(sentences)
    return docs


def iob1_to_iob2(sentence):
    out, prev = [], "O"
    for token, tag in sentence:
        if tag.startswith("I-") and (prev == "O" or prev[2:] != tag[2:]):
            tag = "B-" + tag[2:]
        out.append((token, tag))
        prev = tag
    return out


def map_types(sentence, mapping):
    """Renames tag types; unmapped types become O, and an I- whose entity was dropped starts nothing."""
    out = []
    for token, tag in sentence:
        if tag == "O" or tag[2:] not in mapping:
            out.append((token, "O"))
        else:
            out.append((token, tag[:2] + mapping[tag[2:]]))
    return iob1_to_iob2(out)


def spans(sentence):
    """[(start, end, type)] of an IOB2 sentence."""
    result, start = [], None
    for i, (_, tag) in enumerate(sentence + [("", "O")]):
        if start is not None and not tag.startswith("I-"):
            result.append((start, i, sentence[start][1][2:]))
            start = None
        if tag.startswith("B-"):
            start = i
    return result


def clean_re3d(sentence):
    """Keeps re3d entities that are names: leading lower-case words and determiners dropped; spans ending in a
    lower-case word ("Iraqi population") or holding a role word ("Foreign Minister") become O."""
    tags = ["O"] * len(sentence)
    for start, end, kind in spans(sentence):
        while start < end and (not sentence[start][0][:1].isupper() or sentence[start][0].lower() in DETERMINERS):
            start += 1
        words = [t for t, _ in sentence[start:end]]
        if not words or not words[-1][:1].isupper() or any(w.lower() in RE3D_ROLE_WORDS for w in words):
            continue
        for i in range(start, end):
            tags[i] = ("B-" if i == start else "I-") + kind
    return [(t, tag) for (t, _), tag in zip(sentence, tags)]


def clean_token(token):
    """Folds a token to ASCII plus a few news punctuation marks: NerDL's bundled 100-d graph takes at most 120
    distinct characters, and tweets bring hundreds (emoji, scripts). Accents go ("Zürich" → "Zurich"), other
    characters are dropped; a token left empty becomes "_"."""
    folded = "".join(c for c in unicodedata.normalize("NFKD", token) if not unicodedata.combining(c))
    token = "".join(c for c in folded if (" " < c < "\x7f") or c in EXTRA_CHARS)
    return token if token else "_"


def write_conll(path, docs):
    lines = []
    for doc in docs:
        lines += [DOCSTART, ""]
        for sentence in doc:
            lines += [f"{clean_token(t)} NN O {tag}" for t, tag in sentence]
            lines.append("")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    n_sent = sum(len(d) for d in docs)
    n_ent = sum(len(spans(s)) for d in docs for s in d)
    print(f"{path.name}: {len(docs)} docs, {n_sent} sentences, {n_ent} entities")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared/data/ner-training")
    parser.add_argument("--out", type=Path, default=ROOT / "data/ner/conll")
    args = parser.parse_args()
    src, out = args.shared, args.out
    out.mkdir(parents=True, exist_ok=True)

    wikigold = [[iob1_to_iob2(s) for s in doc]
                for doc in read_columns(src / "wikigold/CONLL-format/data/wikigold.conll.txt", " ")]
    cut = len(wikigold) - round(len(wikigold) * WIKIGOLD_TEST_SHARE)
    write_conll(out / "wikigold-train.conll", wikigold[:cut])
    write_conll(out / "wikigold-test.conll", wikigold[cut:])

    wnut = src / "WNUT17/CONLL-format/data"
    for split, name in [("train", "train/wnut17train.conll"), ("dev", "dev/emerging.dev.conll"),
                        ("test", "test/emerging.test.annotated")]:
        docs = read_columns(wnut / name, "\t")
        write_conll(out / f"wnut17-{split}.conll", [[map_types(s, WNUT_TYPES) for s in d] for d in docs])

    btc = []
    for f in sorted((src / "BTC/CONLL-format/data").glob("*.conll")):
        btc.append([map_types(s, {"PER": "PER", "LOC": "LOC", "ORG": "ORG"})
                    for d in read_columns(f, "\t") for s in d])
    write_conll(out / "btc-train.conll", btc)

    re3d = []
    for source in ["Australian_Department_of_Foreign_Affairs", "CENTCOM", "UK_Government", "US_State_Department"]:
        for f in sorted((src / "re3d/conll" / source).glob("*.conll")):
            re3d.append([clean_re3d(map_types(s, RE3D_TYPES)) for d in read_columns(f, "\t") for s in d])
    write_conll(out / "re3d-train.conll", re3d)

    wikinews = ROOT / "data/ner/wikinews"
    heldout = set()
    for split, prefix in [("heldout", "heldout-"), ("train", "train-")]:
        docs = []
        for f in sorted((wikinews / "annotated").glob(prefix + "*.txt")):
            kept, rejected, total = valid_annotated_lines(f, wikinews / "raw" / f.name)
            if split == "heldout":
                heldout.update(strip(line) for line in kept)
            else:
                # The sample holds one article twice (a duplicate on purpose); its second copy was annotated among
                # the training lines. A held-out sentence is never trained on.
                seen = len(kept)
                kept = [line for line in kept if strip(line) not in heldout]
                rejected += seen - len(kept)
            print(f"{f.name}: {len(kept)} of {total} lines used, {rejected} rejected or held out", file=sys.stderr)
            docs.append([markup_to_tagged(line) for line in kept if line.strip()])
        write_conll(out / f"wikinews-{split}.conll", [d for d in docs if d])


if __name__ == "__main__":
    main()
