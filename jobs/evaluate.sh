#!/usr/bin/env bash
# Scores the job's entity mentions against the gold files (data/gold/*.jsonl and *.conll unless --gold is given).
# Runs the job on the bundled sample first when the output directory has no mentions/ table yet.
# Usage: jobs/evaluate.sh [--output DIR] [--gold FILE]... [--errors N]
# Prints a table, then one JSON object of figures as the last line.
set -euo pipefail
cd "$(dirname "$0")/.."
source jobs/lib/common.sh

JAR=target/news-tension-job.jar
CLASSPATH_FILE=target/spark-classpath.txt

OUTPUT=output
args=("$@")
for ((i = 0; i < ${#args[@]}; i++)); do
  if [ "${args[$i]}" = "--output" ] && [ $((i + 1)) -lt ${#args[@]} ]; then
    OUTPUT="${args[$((i + 1))]}"
  fi
done

if [ ! -d "$OUTPUT/mentions" ]; then
  echo "evaluate: no job output in $OUTPUT, running the job on the sample first..." >&2
  jobs/run-local.sh --output "$OUTPUT" >&2
fi

build_jar_if_stale evaluate "$JAR" "$CLASSPATH_FILE"


exec java "${JAVA17_OPENS[@]}" ${NEWS_TENSION_JAVA_OPTS:--Xmx2g} \
  -Dlog4j2.configurationFile=conf/log4j2.properties \
  -Dspark.master="${SPARK_MASTER:-local[2]}" \
  -cp "$JAR:$(cat "$CLASSPATH_FILE")" \
  io.newstension.eval.Evaluate "$@"
