# Shared by the jobs/ scripts, sourced from the repository root: Spark's Java 17 flags, the job jar's
# build-when-stale rule and TensorFlow's log level, kept in one place so every JVM the scripts start gets the same options.

# Spark's own JavaModuleOptions list (also in pom.xml, property java17.opens, for the tests).
JAVA17_OPENS=(
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

# build_jar_if_stale WHO JAR CLASSPATH_FILE: runs `mvn package` when the jar or Spark's classpath file is missing,
# or when pom.xml, conf/tension.yaml or src/main changed after the jar was built.
build_jar_if_stale() {
  local who=$1 jar=$2 classpath=$3
  if [ ! -f "$jar" ] || [ ! -f "$classpath" ] \
     || [ -n "$(find pom.xml conf/tension.yaml src/main -newer "$jar" -print -quit 2>/dev/null)" ]; then
    echo "$who: building $jar (mvn package -DskipTests)..." >&2
    mvn -B -q package -DskipTests >&2
  fi
}

# quiet_tensorflow: exports TF_CPP_MIN_LOG_LEVEL for the job's JVMs, keeping a level the user exported. TensorFlow's
# native code (the bundled NER model) logs to stderr on its own, past log4j: at its default level 0 it prints ~2,000
# lines of graph-placement warnings per run. 2 keeps its errors and drops its INFO and WARNING lines (1 drops INFO only,
# which leaves the warnings). The job passes the driver's level on to executors (spark.executorEnv, when unset).
quiet_tensorflow() {
  export TF_CPP_MIN_LOG_LEVEL="${TF_CPP_MIN_LOG_LEVEL:-2}"
}
