#!/usr/bin/env bash
# Runs the news-tension job on local[*] with the same main class and jar spark-submit uses.
# Builds the job jar first when it is missing or older than the sources. Options: see --help or the README.
# TensorFlow's native logging is kept to errors (TF_CPP_MIN_LOG_LEVEL=2) unless you export another level.
set -euo pipefail
cd "$(dirname "$0")/.."
source jobs/lib/common.sh

JAR=target/news-tension-job.jar
CLASSPATH_FILE=target/spark-classpath.txt

build_jar_if_stale run-local "$JAR" "$CLASSPATH_FILE"
quiet_tensorflow

exec java "${JAVA17_OPENS[@]}" ${NEWS_TENSION_JAVA_OPTS:--Xmx4g} \
  -Dlog4j2.configurationFile=conf/log4j2.properties \
  -Dspark.master="${SPARK_MASTER:-local[*]}" \
  -cp "$JAR:$(cat "$CLASSPATH_FILE")" \
  io.newstension.TensionJob "$@"
