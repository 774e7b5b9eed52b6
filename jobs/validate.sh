#!/usr/bin/env bash
# Sets the job's country-pair tension beside a reference table of dyad-periods (e.g. an event dataset's conflict
# measure per dyad and year): Spearman's rho with a 95 % interval, the partial rho with volume held fixed, the
# within-dyad rho, the same for naive baselines, and the largest disagreements with their evidence sentences.
# Usage: jobs/validate.sh --output DIR --reference CSV --measure COLUMN [--measure COLUMN]... [--period year|month]
#                         [--min-items N] [--period-column C] [--a-column C] [--b-column C] [--disagreements K]
# The job must have run with the period in aggregate.granularities (e.g. --set 'aggregate.granularities=[day, week, month, year]').
# Prints a table, then one JSON object of figures as the last line.
set -euo pipefail
cd "$(dirname "$0")/.."
source jobs/lib/common.sh

JAR=target/news-tension-job.jar
CLASSPATH_FILE=target/spark-classpath.txt

build_jar_if_stale validate "$JAR" "$CLASSPATH_FILE"

exec java "${JAVA17_OPENS[@]}" ${NEWS_TENSION_JAVA_OPTS:--Xmx2g} \
  -Dlog4j2.configurationFile=conf/log4j2.properties \
  -Dspark.master="${SPARK_MASTER:-local[2]}" \
  -cp "$JAR:$(cat "$CLASSPATH_FILE")" \
  io.newstension.validate.Validate "$@"
