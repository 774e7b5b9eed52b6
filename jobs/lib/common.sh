# Shared by the jobs/ scripts, sourced from the repository root: Spark's Java 17 flags and the job jar's
# build-when-stale rule, kept in one place so every JVM the scripts start gets the same options.

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
