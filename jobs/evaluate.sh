#!/usr/bin/env bash
# Scores the job's entity mentions against the gold files (data/gold/*.jsonl and *.conll unless --gold is given).
# Runs the job on the bundled sample first when the output directory has no mentions/ table yet.
# --wcep2016 scores the held-out person set data/ner/wcep2016/ instead (mention level, PER only, per method): the
# job runs with the default config on its 40 day records into output-wcep2016/ (or --output DIR) when that has no
# mentions/ table yet; remove the directory to rerun after a change.
# --wikinews-mentions scores the person rules' development set instead (tools/ner/wikinews_mentions.py: the project's
# Wikinews annotations as one record per article (294) with mention-level PER gold; its train-* lines were trained on
# by the bundled model, so its ner_model row is optimistic) into output-wikinews-mentions/ the same way.
# Usage: jobs/evaluate.sh [--wcep2016 | --wikinews-mentions] [--output DIR] [--gold FILE]... [--errors N]
# Prints a table, then one JSON object of figures as the last line.
set -euo pipefail
cd "$(dirname "$0")/.."
source jobs/lib/common.sh

JAR=target/news-tension-job.jar
CLASSPATH_FILE=target/spark-classpath.txt
WCEP=data/ner/wcep2016
WIKINEWS=target/eval/wikinews-mentions

OUTPUT=
INPUT=()
JOB_SETTINGS=()
args=()
for arg in "$@"; do
  if [ "$arg" = "--wcep2016" ]; then
    INPUT=(--input "$WCEP/articles.jsonl")
    GOLD="$WCEP/wcep2016-gold.conll"
    DEFAULT_OUTPUT=output-wcep2016
  elif [ "$arg" = "--wikinews-mentions" ]; then
    python3 tools/ner/wikinews_mentions.py "$WIKINEWS" >&2
    INPUT=(--input "$WIKINEWS/articles.jsonl")
    # Its records are the first eight sentences of each article, and the interviews of one campaign share their
    # opening paragraph: as near-duplicates the job would leave them out, and the set is about persons.
    JOB_SETTINGS=(--set dedup.near_duplicates=false)
    GOLD="$WIKINEWS/gold.conll"
    DEFAULT_OUTPUT=output-wikinews-mentions
  else
    args+=("$arg")
  fi
done
for ((i = 0; i < ${#args[@]}; i++)); do
  if [ "${args[$i]}" = "--output" ] && [ $((i + 1)) -lt ${#args[@]} ]; then
    OUTPUT="${args[$((i + 1))]}"
  fi
done
if [ -z "$OUTPUT" ]; then
  if [ ${#INPUT[@]} -gt 0 ]; then OUTPUT=$DEFAULT_OUTPUT; else OUTPUT=output; fi
  args+=(--output "$OUTPUT")
fi
if [ ${#INPUT[@]} -gt 0 ]; then
  args+=(--gold "$GOLD")
fi

if [ ! -d "$OUTPUT/mentions" ]; then
  echo "evaluate: no job output in $OUTPUT, running the job on ${INPUT[1]:-the sample} first..." >&2
  jobs/run-local.sh "${INPUT[@]}" "${JOB_SETTINGS[@]}" --output "$OUTPUT" >&2
fi

build_jar_if_stale evaluate "$JAR" "$CLASSPATH_FILE"


exec java "${JAVA17_OPENS[@]}" ${NEWS_TENSION_JAVA_OPTS:--Xmx2g} \
  -Dlog4j2.configurationFile=conf/log4j2.properties \
  -Dspark.master="${SPARK_MASTER:-local[2]}" \
  -cp "$JAR:$(cat "$CLASSPATH_FILE")" \
  io.newstension.eval.Evaluate "${args[@]}"
