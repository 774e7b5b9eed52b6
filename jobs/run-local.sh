#!/usr/bin/env bash
# Runs the news-tension job on local[*] with the same main class and jar spark-submit uses.
# Builds the job jar first when it is missing or older than the sources. Options: see --help or the README.
set -euo pipefail
cd "$(dirname "$0")/.."

JAR=target/news-tension-job.jar
CLASSPATH_FILE=target/spark-classpath.txt

stale() {
  [ ! -f "$JAR" ] || [ ! -f "$CLASSPATH_FILE" ] && return 0
  [ -n "$(find pom.xml conf/tension.yaml src/main -newer "$JAR" -print -quit 2>/dev/null)" ]
}

if stale; then
  echo "run-local: building $JAR (mvn package -DskipTests)..." >&2
  mvn -B -q package -DskipTests >&2
fi

# Spark's Java 17 module flags (the same list the pom gives the tests).
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

exec java "${JAVA_OPTS[@]}" ${NEWS_TENSION_JAVA_OPTS:--Xmx4g} \
  -Dlog4j2.configurationFile=conf/log4j2.properties \
  -Dspark.master="${SPARK_MASTER:-local[*]}" \
  -cp "$JAR:$(cat "$CLASSPATH_FILE")" \
  io.newstension.TensionJob "$@"
