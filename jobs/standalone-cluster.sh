#!/usr/bin/env bash
# A real Spark standalone cluster (one Master, one or more Workers) on this machine, made from the project's own Maven
# jars: no Spark download. For trying jobs/submit.sh and for the cluster integration tests (mvn -Pcluster).
#
# usage: jobs/standalone-cluster.sh start|stop|status|home
#   start   build target/spark-home, start the Master and the Workers, wait until every Worker has registered
#   stop    stop the processes `start` started (by their recorded PIDs), and what the Workers launched
#   status  print whether the cluster runs, its URLs, workers, applications and drivers
#   home    build target/spark-home only and print its path (jobs/submit.sh uses it)
# env (defaults):  CLUSTER_HOST (127.0.0.1)  MASTER_PORT (17077)  MASTER_WEBUI_PORT (18080)
#                  WORKER_WEBUI_PORT (18081; Worker N uses WORKER_WEBUI_PORT + N - 1)  WORKERS (1)
#                  WORKER_CORES (2)  WORKER_MEMORY (3g), each Worker's  SPARK_DAEMON_MEMORY (512m)  START_TIMEOUT s (90)
#                  SEPARATE_MACHINES (0): 1 makes each Worker behave like a machine of its own: its own loopback
#                    address (127.0.0.2, 127.0.0.3, ...) and its own mount namespace with a private tmpfs over /tmp,
#                    so its executors and cluster-mode drivers share nothing in /tmp with the driver or each other
#                    (folders outside /tmp, like the repository, stay shared as a network file system would be).
#                    Needs root and util-linux's unshare.
#                  CLUSTER_STATE (target/spark-cluster): folder of this cluster's PIDs, logs and Worker folders
# Writes PIDs to CLUSTER_STATE/master.pid and worker-N.pid, logs to CLUSTER_STATE/logs/, each Worker's application
# and driver folders (executor and cluster-mode driver logs, copies of the job jar) to CLUSTER_STATE/work/worker-N/;
# `start` empties logs/ and work/ of the cluster before.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT="$PWD"
source jobs/lib/common.sh

HOST="${CLUSTER_HOST:-127.0.0.1}"
MASTER_PORT="${MASTER_PORT:-17077}"
MASTER_WEBUI_PORT="${MASTER_WEBUI_PORT:-18080}"
WORKER_WEBUI_PORT="${WORKER_WEBUI_PORT:-18081}"
WORKERS="${WORKERS:-1}"
SEPARATE_MACHINES="${SEPARATE_MACHINES:-0}"
WORKER_CORES="${WORKER_CORES:-2}"
# 3g: a cluster-mode driver (1g) and one executor (up to 2g) fit side by side.
WORKER_MEMORY="${WORKER_MEMORY:-3g}"
DAEMON_MEMORY="${SPARK_DAEMON_MEMORY:-512m}"
START_TIMEOUT="${START_TIMEOUT:-90}"

SPARK_HOME_DIR="$ROOT/target/spark-home"
STATE="$(mkdir -p "${CLUSTER_STATE:-target/spark-cluster}" && cd "${CLUSTER_STATE:-target/spark-cluster}" && pwd)"
MASTER_URL="spark://$HOST:$MASTER_PORT"
WEBUI_URL="http://$HOST:$MASTER_WEBUI_PORT"


die() { echo "standalone-cluster: $*" >&2; exit 1; }

# GET a URL on this machine; curl when present, else bash's /dev/tcp (HTTP/1.0, body only).
http_get() {
  if command -v curl >/dev/null; then
    curl -fsS --max-time 5 "$1" 2>/dev/null
    return
  fi
  local rest="${1#http://}" hostport path
  hostport="${rest%%/*}"; path="/${rest#*/}"
  exec 3<>"/dev/tcp/${hostport%:*}/${hostport#*:}" || return 1
  printf 'GET %s HTTP/1.0\r\nHost: %s\r\n\r\n' "$path" "$hostport" >&3
  sed '1,/^\r\{0,1\}$/d' <&3
  exec 3<&-
}

alive_workers() {
  http_get "$WEBUI_URL/json/" | tr -d ' \n' | grep -o '"aliveworkers":[0-9]*' | cut -d: -f2
}

port_free() {
  ! (exec 3<>"/dev/tcp/$HOST/$1") 2>/dev/null
}

pid_alive() {
  [[ -f $1 ]] && kill -0 "$(cat "$1")" 2>/dev/null
}

# SPARK_HOME for Spark's launcher, from Maven: jars/ links Spark's own runtime jars at the pom's versions (not the
# job's dependencies: spark-submit ships those in the job jar), RELEASE marks it as a distribution, conf/ holds the
# logging of the daemons, executors and cluster-mode drivers. target/spark-classpath.txt is not enough: jars that
# the job bundles too (scala-library, jackson-core, ...) are missing from its provided scope.
pom_property() {
  sed -n "s:.*<$1>\(.*\)</$1>.*:\1:p" pom.xml | head -1
}

build_home() {
  local stamp="$SPARK_HOME_DIR/spark-classpath.txt" scala
  scala="$(pom_property scala.binary.version)"
  if [[ ! -f $stamp || pom.xml -nt $stamp ]]; then
    rm -rf "$SPARK_HOME_DIR"
    mkdir -p "$SPARK_HOME_DIR/jars" "$SPARK_HOME_DIR/conf" "$SPARK_HOME_DIR/maven"
    cat > "$SPARK_HOME_DIR/maven/pom.xml" <<EOF
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>io.newstension.local</groupId>
  <artifactId>spark-home</artifactId>
  <version>1</version>
  <packaging>pom</packaging>
  <dependencyManagement>
    <dependencies>
      <dependency><groupId>com.fasterxml.jackson</groupId><artifactId>jackson-bom</artifactId>
        <version>$(pom_property jackson.version)</version><type>pom</type><scope>import</scope></dependency>
      <dependency><groupId>org.slf4j</groupId><artifactId>slf4j-api</artifactId>
        <version>$(pom_property slf4j.version)</version></dependency>
    </dependencies>
  </dependencyManagement>
  <dependencies>
    <dependency><groupId>org.apache.spark</groupId><artifactId>spark-sql_$scala</artifactId>
      <version>$(pom_property spark.version)</version></dependency>
    <dependency><groupId>org.apache.spark</groupId><artifactId>spark-mllib_$scala</artifactId>
      <version>$(pom_property spark.version)</version></dependency>
  </dependencies>
  <build><plugins><plugin><groupId>org.apache.maven.plugins</groupId><artifactId>maven-dependency-plugin</artifactId>
    <version>3.8.1</version></plugin></plugins></build>
</project>
EOF
    echo "standalone-cluster: resolving Spark's jars with Maven into $SPARK_HOME_DIR/jars..." >&2
    mvn -B -q -f "$SPARK_HOME_DIR/maven/pom.xml" dependency:build-classpath \
      -Dmdep.outputFile="$SPARK_HOME_DIR/maven/classpath.txt" -Dmdep.includeScope=runtime >&2 \
      || die "resolving Spark's jars failed (the mvn output above says why)"
    local jar
    tr ':' '\n' < "$SPARK_HOME_DIR/maven/classpath.txt" | while IFS= read -r jar; do
      [[ -n $jar ]] && ln -sf "$jar" "$SPARK_HOME_DIR/jars/$(basename "$jar")"
    done
    echo "Spark $(pom_property spark.version) for Scala $scala (Maven jars), built by jobs/standalone-cluster.sh" \
      > "$SPARK_HOME_DIR/RELEASE"
    cp "$SPARK_HOME_DIR/maven/classpath.txt" "$stamp"
  fi
  cat > "$SPARK_HOME_DIR/conf/log4j2.properties" <<'EOF'
# Logging of the Master, Worker, executors and drivers that use this SPARK_HOME: what the cluster does (deploy) and
# the job's progress at INFO, the rest of Spark at WARN.
rootLogger.level = warn
rootLogger.appenderRef.stderr.ref = console
appender.console.type = Console
appender.console.name = console
appender.console.target = SYSTEM_ERR
appender.console.layout.type = PatternLayout
appender.console.layout.pattern = %d{HH:mm:ss.SSS} %p %c{1}: %m%n%ex
logger.deploy.name = org.apache.spark.deploy
logger.deploy.level = info
logger.standalone.name = org.apache.spark.scheduler.cluster.StandaloneSchedulerBackend
logger.standalone.level = info
logger.job.name = io.newstension
logger.job.level = info
logger.hadoopnative.name = org.apache.hadoop.util.NativeCodeLoader
logger.hadoopnative.level = error
logger.blockmanager.name = org.apache.spark.storage.BlockManager
logger.blockmanager.level = error
EOF
}

# Starts one daemon detached from this shell (own session, no inherited stdio) and records its PID. With
# SEPARATE_MACHINES=1 a Worker gets a mount namespace of its own with an empty tmpfs over /tmp (unshare execs, and so
# does the shell after mounting: the recorded PID is the JVM's); the project folder stays visible.
start_daemon() {
  local name="$1" host="$2" isolate=()
  shift 2
  if [[ $SEPARATE_MACHINES == 1 && $name == worker-* ]]; then
    # The project (jars, state, outputs) stands for storage every machine shares: when it lies under /tmp, it is
    # parked on /mnt (in this namespace only) while the tmpfs goes over /tmp, then moved back into place.
    isolate=(unshare --mount --propagation private sh -c '
      root=$1; shift
      case $root in
        /tmp/*) mount --bind "$root" /mnt && mount -t tmpfs tmpfs /tmp && mkdir -p "$root" && mount --move /mnt "$root" ;;
        *) mount -t tmpfs tmpfs /tmp ;;
      esac && exec "$@"' "$name" "$ROOT")
  fi
  SPARK_HOME="$SPARK_HOME_DIR" SPARK_SCALA_VERSION=2.12 SPARK_LOCAL_IP="$host" \
  SPARK_LOG_DIR="$STATE/logs" \
    setsid "${isolate[@]}" java "${JAVA17_OPENS[@]}" -Xmx"$DAEMON_MEMORY" \
      -cp "$SPARK_HOME_DIR/conf:$SPARK_HOME_DIR/jars/*" "$@" \
      < /dev/null > "$STATE/logs/$name.log" 2>&1 &
  echo $! > "$STATE/$name.pid"
}

# Worker N's address: the cluster's own, or 127.0.0.(N+1) when each Worker stands for a machine of its own (Workers on
# one address count as one host, and Spark would then read another executor's shuffle files from "its" disk).
worker_host() {
  if [[ $SEPARATE_MACHINES == 1 ]]; then echo "127.0.0.$(($1 + 1))"; else echo "$HOST"; fi
}

worker_pids() {
  local file
  for file in "$STATE"/worker-*.pid; do
    [[ -f $file ]] && echo "$file"
  done
  true
}

start() {
  local file
  if pid_alive "$STATE/master.pid" || [[ -n $(for file in $(worker_pids); do pid_alive "$file" && echo up; done) ]]; then
    if [[ $(alive_workers) == "$WORKERS" ]]; then
      echo "standalone-cluster: already running: $MASTER_URL (web UI $WEBUI_URL)"
      return 0
    fi
    die "a previous cluster is half up or has another number of workers; run 'jobs/standalone-cluster.sh stop' first"
  fi
  [[ $WORKERS =~ ^[1-9][0-9]*$ ]] || die "WORKERS: expected a number of Workers from 1, got '$WORKERS'"
  [[ $SEPARATE_MACHINES == 0 || $SEPARATE_MACHINES == 1 ]] || die "SEPARATE_MACHINES: expected 0 or 1, got '$SEPARATE_MACHINES'"
  if [[ $SEPARATE_MACHINES == 1 ]]; then
    [[ $(id -u) == 0 ]] || die "SEPARATE_MACHINES=1 mounts a private /tmp per Worker: run as root, or leave it at 0"
    command -v unshare >/dev/null || die "SEPARATE_MACHINES=1 needs unshare (Debian: apt-get install util-linux)"
  fi
  local port n
  for port in "$MASTER_PORT" "$MASTER_WEBUI_PORT"; do
    port_free "$port" || die "port $port on $HOST is in use; choose others with MASTER_PORT, MASTER_WEBUI_PORT, WORKER_WEBUI_PORT"
  done
  for ((n = 1; n <= WORKERS; n++)); do
    port=$((WORKER_WEBUI_PORT + n - 1))
    (! (exec 3<>"/dev/tcp/$(worker_host "$n")/$port") 2>/dev/null) \
      || die "port $port on $(worker_host "$n") is in use; choose others with WORKER_WEBUI_PORT"
  done
  build_home
  rm -rf "$STATE/logs" "$STATE/work" "$STATE"/*.pid
  mkdir -p "$STATE/logs" "$STATE/work"
  start_daemon master "$HOST" org.apache.spark.deploy.master.Master \
    --host "$HOST" --port "$MASTER_PORT" --webui-port "$MASTER_WEBUI_PORT"
  for ((n = 1; n <= WORKERS; n++)); do
    mkdir -p "$STATE/work/worker-$n"
    start_daemon "worker-$n" "$(worker_host "$n")" org.apache.spark.deploy.worker.Worker \
      --host "$(worker_host "$n")" --webui-port $((WORKER_WEBUI_PORT + n - 1)) --cores "$WORKER_CORES" \
      --memory "$WORKER_MEMORY" --work-dir "$STATE/work/worker-$n" "$MASTER_URL"
  done
  echo "$MASTER_URL" > "$STATE/master-url"
  echo "$WEBUI_URL" > "$STATE/master-webui-url"

  local deadline=$((SECONDS + START_TIMEOUT)) name
  until [[ $(alive_workers) == "$WORKERS" ]]; do
    for file in "$STATE/master.pid" $(worker_pids); do
      name="$(basename "$file" .pid)"
      pid_alive "$file" || { tail -20 "$STATE/logs/$name.log" >&2; stop >/dev/null; die "the $name exited during start-up; its log: $STATE/logs/$name.log"; }
    done
    if (( SECONDS >= deadline )); then
      stop >/dev/null
      die "not all $WORKERS workers registered with $MASTER_URL within ${START_TIMEOUT}s; logs in $STATE/logs (raise START_TIMEOUT on a slow machine)"
    fi
    sleep 0.5
  done
  local kind="on $HOST"
  [[ $SEPARATE_MACHINES == 1 ]] && kind="each a separate machine (own address, private /tmp)"
  echo "standalone-cluster: running: $MASTER_URL (web UI $WEBUI_URL), $WORKERS worker(s) with $WORKER_CORES cores and $WORKER_MEMORY, $kind"
}

# The processes the Workers launched (executors, cluster-mode drivers): direct children of their JVMs.
worker_children() {
  local file
  for file in $(worker_pids); do
    pid_alive "$file" && ps -o pid= --ppid "$(cat "$file")" 2>/dev/null
  done
  true
}

stop() {
  local pids=() file pid
  for pid in $(worker_children); do pids+=("$pid"); done
  for file in $(worker_pids) "$STATE/master.pid"; do
    pid_alive "$file" && pids+=("$(cat "$file")")
  done
  if (( ${#pids[@]} == 0 )); then
    rm -f "$STATE"/*.pid
    echo "standalone-cluster: not running"
    return 0
  fi
  kill -TERM "${pids[@]}" 2>/dev/null || true
  local deadline=$((SECONDS + 20))
  for pid in "${pids[@]}"; do
    while kill -0 "$pid" 2>/dev/null && (( SECONDS < deadline )); do sleep 0.2; done
    kill -KILL "$pid" 2>/dev/null || true
  done
  rm -f "$STATE"/*.pid
  echo "standalone-cluster: stopped (${#pids[@]} processes)"
}

status() {
  local file name running=0
  for file in "$STATE/master.pid" $(worker_pids); do
    name="$(basename "$file" .pid)"
    if pid_alive "$file"; then
      echo "$name: running, pid $(cat "$file"), log $STATE/logs/$name.log"
      running=$((running + 1))
    else
      echo "$name: not running"
    fi
  done
  (( running > 0 )) || return 3
  local json
  json=$(http_get "$WEBUI_URL/json/") || { echo "master: web UI $WEBUI_URL does not answer"; return 1; }
  # The master pretty-prints its JSON: top-level keys are indented by two spaces, entries of lists by more.
  top() { sed -n "s/^  \"$1\" : \"\{0,1\}\([^\",]*\).*/\1/p" <<< "$json"; }
  ids() { sed -n "/^  \"$1\" : \\[/,/^  []\"]/p" <<< "$json" | sed -n 's/^ *"id" : "\([^"]*\)".*/\1/p' | tr '\n' ' '; }
  echo "master: $MASTER_URL, web UI $WEBUI_URL, status $(top status)"
  echo "alive workers: $(top aliveworkers), cores used $(top coresused)/$(top cores), memory used $(top memoryused)/$(top memory) MB"
  echo "active applications: $(ids activeapps)"
  echo "active drivers: $(ids activedrivers)"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  home) build_home; echo "$SPARK_HOME_DIR" ;;
  *) echo "usage: jobs/standalone-cluster.sh start|stop|status|home  (see the comment at its top for the env settings)" >&2; exit 2 ;;
esac
