#!/usr/bin/env python3
"""Copies a trained model (target/ner/model/{ner_dl,embeddings,metrics.txt}) into src/main/resources/ner/bundled/, where the job jar
picks it up as `nlp.ner.model: bundled`, and writes the FILES manifest the job unpacks it by. Hidden files (Hadoop
.crc checksums) are left out. Usage: tools/ner/bundle.py [MODEL_DIR] (default target/ner/model)."""
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TARGET = ROOT / "src/main/resources/ner/bundled"
PARTS = ("ner_dl", "embeddings")


def main(args):
    source = Path(args[0]) if args else ROOT / "target/ner/model"
    for part in PARTS:
        if not (source / part / "metadata").is_dir():
            sys.exit(f"bundle: {source / part} is not a saved Spark NLP model (no metadata/)")
    if TARGET.exists():
        shutil.rmtree(TARGET)
    files = []
    for part in PARTS:
        for f in sorted((source / part).rglob("*")):
            rel = f.relative_to(source)
            if f.is_file() and not any(p.startswith(".") for p in rel.parts):
                (TARGET / rel).parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(f, TARGET / rel)
                files.append(rel.as_posix())
    if (source / "metrics.txt").is_file():
        shutil.copyfile(source / "metrics.txt", TARGET / "metrics.txt")
    (TARGET / "FILES").write_text("\n".join(files) + "\n", encoding="utf-8")
    size = sum((TARGET / f).stat().st_size for f in files)
    print(f"bundle: {len(files)} files, {size / 1e6:.1f} MB -> {TARGET.relative_to(ROOT)}")


if __name__ == "__main__":
    main(sys.argv[1:])
