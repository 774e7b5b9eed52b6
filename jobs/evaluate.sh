#!/usr/bin/env bash
# Scores the job's entity mentions against the gold files (data/gold/*.jsonl and *.conll unless --gold is given).
# Runs the job on the bundled sample first when the output directory has no mentions/ table yet.
# Usage: jobs/evaluate.sh [--output DIR] [--gold FILE]... [--errors N]
# Prints a table, then one JSON object of figures as the last line.
set -euo pipefail
cd "$(dirname "$0")/.."

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

# Same rule as run-local.sh: rebuild when the jar is missing or older than the sources.
stale() {
  [ ! -f "$JAR" ] || [ ! -f "$CLASSPATH_FILE" ] && return 0
  [ -n "$(find pom.xml conf/tension.yaml src/main -newer "$JAR" -print -quit 2>/dev/null)" ]
}
if stale; then
  echo "evaluate: building $JAR (mvn package -DskipTests)..." >&2
  mvn -B -q package -DskipTests >&2
fi

# Spark's Java 17 module flags (the list run-local.sh and the pom use).
JAVA_OPTS=(
  -XX:+IgnoreUnrecognizedVMOptions
  --add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED
  --add-opens=java.base/java.lang.reflect=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED
  --add-opens=java.base/java.net=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED
  --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED --add-opens=java.base/jdk.internal.ref=ALL-UNNAMED
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/sun.nio.cs=ALL-UNNAMED
  --add-opens=java.base/sun.security.action=ALL-UNNAMED --add-opens=java.base/sun.util.calendar=ALL-UNNAMED
  -Djdk.reflect.useDirectMethodHandle=false
)

exec java "${JAVA_OPTS[@]}" ${NEWS_TENSION_JAVA_OPTS:--Xmx2g} \
  -Dlog4j2.configurationFile=conf/log4j2.properties \
  -Dspark.master="${SPARK_MASTER:-local[2]}" \
  -cp "$JAR:$(cat "$CLASSPATH_FILE")" \
  io.newstension.eval.Evaluate "$@"
