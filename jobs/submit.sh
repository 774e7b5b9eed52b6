#!/usr/bin/env bash
# Submits the news-tension job jar to a cluster with spark-submit: Spark standalone (--master spark://HOST:PORT),
# YARN (--master yarn) or Kubernetes (--master k8s://https://HOST:PORT), client or cluster deploy mode.
#
# usage: jobs/submit.sh --master URL [other spark-submit options] -- [job options, as for jobs/run-local.sh]
#   e.g. jobs/submit.sh --master spark://127.0.0.1:17077 --deploy-mode cluster -- --input data/sample --output target/out
# What it adds: --class io.newstension.TensionJob, the job jar, Spark's Java 17 flags for the driver and executors,
# and the config file (the job's --config, else conf/tension.yaml) shipped with --files. For spark:// and local
# masters, relative --input, --output and --config paths are made absolute, so a cluster-mode driver (which runs
# in a folder of its own) finds them; on a cluster of several machines give paths that all of them see (a shared
# file system, hdfs://, s3a://). On YARN and Kubernetes such paths are left to the cluster's default file system.
# Logging: the driver and the executors log with conf/log4j2.properties (the job's INFO lines, progress included;
# Spark's at WARN) unless you give a log4j2 configuration of your own (-Dlog4j2.configurationFile in their Java
# options, or a log4j2.properties in --files); not on Kubernetes. TensorFlow logs errors only: TF_CPP_MIN_LOG_LEVEL
# (yours, else 2) for the driver and, unless a --conf or the properties file sets them, spark.executorEnv and the
# YARN/Kubernetes cluster-mode driver's environment.
# Exit code: spark-submit's; in standalone cluster mode the driver's (0 only when the master reports it FINISHED).
#
# env: SPARK_SUBMIT      the spark-submit to run (default: $SPARK_HOME/bin/spark-submit, else spark-submit on PATH,
#                        else Spark's launcher over target/spark-home, built from the project's Maven jars, which
#                        knows standalone and local masters but not YARN or Kubernetes)
#      JOB_JAR           the job jar (default target/news-tension-job.jar, built when missing or older than the
#                        sources); on Kubernetes e.g. local:///opt/spark/work-dir/news-tension-job.jar
#      MASTER_WEBUI_URL  web UI of the standalone master, for the cluster-mode driver's state (default: the
#                        jobs/standalone-cluster.sh one when the master matches, else http://MASTER_HOST:8080)
#      CLUSTER_STATE     the state folder of jobs/standalone-cluster.sh (default target/spark-cluster)
#      DRIVER_TIMEOUT    seconds to wait for a cluster-mode driver to end (default 0: no limit)
#      SUBMIT_DRY_RUN=1  print the spark-submit command instead of running it
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT="$PWD"

MAIN_CLASS=io.newstension.TensionJob
CLUSTER_STATE="${CLUSTER_STATE:-target/spark-cluster}"
DEFAULT_JAR=target/news-tension-job.jar
JAR="${JOB_JAR:-$DEFAULT_JAR}"
CONFIG_DEFAULT=conf/tension.yaml
source jobs/lib/common.sh
# One string for spark.{driver,executor}.extraJavaOptions.
JAVA17_OPENS_LINE="${JAVA17_OPENS[*]}"

die() { echo "submit: $1" >&2; exit "${2:-2}"; }

usage() {
  sed -n '2,/^# Exit code/p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
}

# --- split the command line: spark-submit options, then job options after "--" ---
spark_args=()
job_args=()
while (($#)); do
  if [[ $1 == -- ]]; then shift; job_args=("$@"); break; fi
  spark_args+=("$1"); shift
done
[[ ${#spark_args[@]} -eq 1 && ${spark_args[0]} == --help ]] && { usage; exit 0; }

master="" deploy_mode=client files="" driver_opts="" executor_opts="" user_class="" properties_file=""
rest=()
declare -A user_conf=()  # the keys of the user's --conf options
for ((i = 0; i < ${#spark_args[@]}; i++)); do
  arg="${spark_args[i]}"
  value=""
  case "$arg" in
    --*=*) name="${arg%%=*}"; value="${arg#*=}" ;;
    --master|--deploy-mode|--files|--class|--conf|-c|--driver-java-options|--properties-file)
      name="$arg"; ((i + 1 < ${#spark_args[@]})) || die "$arg needs a value"; value="${spark_args[++i]}" ;;
    *) name="$arg" ;;
  esac
  case "$name" in
    --master) master="$value" ;;
    --deploy-mode) deploy_mode="$value" ;;
    --files) files="$value" ;;
    --class) user_class="$value" ;;
    --driver-java-options) driver_opts="$driver_opts $value" ;;
    --properties-file) properties_file="$value"; rest+=(--properties-file "$value") ;;
    --conf|-c)
      case "$value" in
        spark.driver.extraJavaOptions=*) driver_opts="$driver_opts ${value#*=}" ;;
        spark.executor.extraJavaOptions=*) executor_opts="$executor_opts ${value#*=}" ;;
        spark.master=*) master="${value#*=}" ;;
        spark.submit.deployMode=*) deploy_mode="${value#*=}" ;;
        spark.files=*) files="${value#*=}" ;;
        *) user_conf["${value%%=*}"]=1; rest+=(--conf "$value") ;;
      esac ;;
    *) if [[ -n $value && $arg != *=* ]]; then rest+=("$arg" "$value"); else rest+=("$arg"); fi ;;
  esac
done
[[ -n $master ]] || die "give the cluster with --master (spark://HOST:PORT, yarn, k8s://https://HOST:PORT); see --help"
[[ -z $user_class || $user_class == "$MAIN_CLASS" ]] || die "--class: this script submits $MAIN_CLASS only"
[[ $deploy_mode == client || $deploy_mode == cluster ]] || die "--deploy-mode: expected client or cluster, got '$deploy_mode'"

# --- job options: absolute local paths, and the config file to ship ---
absolute() {
  if [[ $1 == /* || $1 =~ ^[A-Za-z][A-Za-z0-9+.-]*: ]]; then echo "$1"; else echo "$ROOT/$1"; fi
}
# On YARN and Kubernetes a path without a scheme is on the cluster's default file system (HDFS, ...): leave it so.
data_path() {
  if [[ $master == spark://* || $master == local* ]]; then absolute "$1"; else echo "$1"; fi
}
config=""
job=()
for ((i = 0; i < ${#job_args[@]}; i++)); do
  arg="${job_args[i]}"
  case "$arg" in
    --input|--output|--config)
      ((i + 1 < ${#job_args[@]})) || die "$arg needs a value"
      value="${job_args[++i]}"
      if [[ $arg == --config ]]; then config="$value"; else job+=("$arg" "$(data_path "$value")"); fi ;;
    --input=*|--output=*) job+=("${arg%%=*}" "$(data_path "${arg#*=}")") ;;
    --config=*) config="${arg#*=}" ;;
    *) job+=("$arg") ;;
  esac
done
if [[ -z $config && -f $CONFIG_DEFAULT ]]; then config="$CONFIG_DEFAULT"; fi
if [[ -n $config ]]; then
  [[ -f $config ]] || die "--config: $config is not a file"
  config="$(absolute "$config")"
  files="${files:+$files,}$config"
  # YARN and Kubernetes put --files in a cluster-mode driver's working folder; a standalone cluster-mode driver
  # does not get them there, so it reads the file where it lies (the same machine or a shared file system).
  if [[ $deploy_mode == cluster && $master != spark://* ]]; then
    job=(--config "$(basename "$config")" "${job[@]}")
  else
    job=(--config "$config" "${job[@]}")
  fi
fi

# --- defaults that give way to the user's own Spark settings ---
# Whether the user sets a Spark property: with --conf, or in the file spark-submit reads its defaults from.
user_sets() {
  [[ -n ${user_conf[$1]:-} ]] && return 0
  local props="${properties_file:-${SPARK_CONF_DIR:-${SPARK_HOME:-/nonexistent}/conf}/spark-defaults.conf}"
  [[ -f $props ]] && grep -Eq "^[[:space:]]*${1//./\\.}([[:space:]=:]|$)" "$props"
}
defaults=()
default_conf() {
  user_sets "$1" || defaults+=(--conf "$1=$2")
}

# TensorFlow (the NER model): the client-mode driver and a standalone cluster-mode driver inherit this script's
# environment (Spark's standalone client hands spark-submit's environment to the driver it launches); a YARN or
# Kubernetes cluster-mode driver and the executors get the level as Spark settings.
quiet_tensorflow
default_conf spark.executorEnv.TF_CPP_MIN_LOG_LEVEL "$TF_CPP_MIN_LOG_LEVEL"
if [[ $deploy_mode == cluster ]]; then
  case "$master" in
    yarn*) default_conf spark.yarn.appMasterEnv.TF_CPP_MIN_LOG_LEVEL "$TF_CPP_MIN_LOG_LEVEL" ;;
    k8s://*) default_conf spark.kubernetes.driverEnv.TF_CPP_MIN_LOG_LEVEL "$TF_CPP_MIN_LOG_LEVEL" ;;
  esac
fi

# Logging: log4j2 reads its configuration once, when the JVM starts. YARN puts --files in each container's working
# folder before it starts. Standalone executors fetch --files only with their first task, after log4j2 has started,
# and a standalone cluster-mode driver does not get them at all: there every JVM reads the file where it lies (this
# machine, or a shared file system). Kubernetes pods, too, get --files only once they run: they keep the image's
# logging. A log4j2 configuration of the user's (a -D option, or a log4j2.properties in --files) is left alone.
log_config="$ROOT/conf/log4j2.properties"
user_log_config() { [[ $1 == *log4j2.configurationFile=* || $1 == *log4j.configurationFile=* ]]; }
driver_log="" executor_log=""
case "$master" in
  k8s://*) ;;
  yarn*)
    executor_log=log4j2.properties
    if [[ $deploy_mode == cluster ]]; then driver_log=log4j2.properties; else driver_log="$log_config"; fi ;;
  *) driver_log="$log_config" executor_log="$log_config" ;;
esac
if [[ ,$files, =~ [,/]log4j2\.properties, ]]; then
  driver_log="" executor_log=""
fi
user_log_config "$driver_opts" && driver_log=""
user_log_config "$executor_opts" && executor_log=""
[[ -n $driver_log ]] && driver_opts=" -Dlog4j2.configurationFile=$driver_log$driver_opts"
[[ -n $executor_log ]] && executor_opts=" -Dlog4j2.configurationFile=$executor_log$executor_opts"
if [[ $driver_log == log4j2.properties || $executor_log == log4j2.properties ]]; then
  files="${files:+$files,}$log_config"
fi

# --- the job jar ---
if [[ $JAR == "$DEFAULT_JAR" ]]; then
  if [[ ! -f $JAR || -n "$(find pom.xml conf/tension.yaml src/main -newer "$JAR" -print -quit 2>/dev/null)" ]]; then
    echo "submit: building $JAR (mvn package -DskipTests)..." >&2
    mvn -B -q package -DskipTests >&2
  fi
fi
JAR="$(absolute "$JAR")"

# --- which spark-submit ---
launcher=()
if [[ -n ${SPARK_SUBMIT:-} ]]; then
  launcher=("$SPARK_SUBMIT")
elif [[ -n ${SPARK_HOME:-} && -x $SPARK_HOME/bin/spark-submit ]]; then
  launcher=("$SPARK_HOME/bin/spark-submit")
elif command -v spark-submit >/dev/null; then
  launcher=(spark-submit)
else
  home="$(jobs/standalone-cluster.sh home)"
  case "$master" in
    yarn*) ls "$home"/jars/spark-yarn_* >/dev/null 2>&1 \
             || die "--master yarn needs a Spark distribution with YARN support: set SPARK_HOME or SPARK_SUBMIT" ;;
    k8s://*) ls "$home"/jars/spark-kubernetes_* >/dev/null 2>&1 \
             || die "--master k8s:// needs a Spark distribution with Kubernetes support: set SPARK_HOME or SPARK_SUBMIT" ;;
  esac
  launcher=(launch "$home")
fi

# What bin/spark-submit does: Spark's launcher prints the java command for SparkSubmit (NUL-separated), then it runs.
launch() {
  local home="$1" cmd=() code
  shift
  mapfile -d '' cmd < <(SPARK_HOME="$home" SPARK_SCALA_VERSION=2.12 java -Xmx128m -cp "$home/jars/*" \
    org.apache.spark.launcher.Main org.apache.spark.deploy.SparkSubmit "$@"; printf '%d\0' $?)
  code="${cmd[-1]}"
  unset 'cmd[-1]'
  ((code == 0)) || return "$code"
  # Spark 3.5's launcher writes a NUL and a newline before the command (bin/spark-class skips them too).
  [[ ${cmd[0]-x} == "" ]] && cmd=("${cmd[@]:1}")
  cmd[0]="${cmd[0]#$'\n'}"
  SPARK_HOME="$home" SPARK_SCALA_VERSION=2.12 "${cmd[@]}"
}

# A cluster on this machine's loopback: keep the driver and executors on it too.
if [[ $master =~ ^spark://(127\.0\.0\.1|localhost)[:/] && -z ${SPARK_LOCAL_IP:-} ]]; then
  export SPARK_LOCAL_IP=127.0.0.1
fi

submit=(--master "$master" --deploy-mode "$deploy_mode" --class "$MAIN_CLASS"
  --conf "spark.driver.extraJavaOptions=$JAVA17_OPENS_LINE$driver_opts"
  --conf "spark.executor.extraJavaOptions=$JAVA17_OPENS_LINE$executor_opts")
[[ -n $files ]] && submit+=(--files "$files")
submit+=("${defaults[@]}" "${rest[@]}" "$JAR" "${job[@]}")

if [[ ${SUBMIT_DRY_RUN:-0} == 1 ]]; then
  if [[ ${launcher[0]} == launch ]]; then
    printf 'SPARK_HOME=%q spark-submit ' "${launcher[1]}"
  else
    printf '%q ' "${launcher[@]}"
  fi
  printf '%q ' "${submit[@]}"; echo
  exit 0
fi

if [[ $deploy_mode == client || $master != spark://* ]]; then
  set +e
  "${launcher[@]}" "${submit[@]}"
  exit $?
fi

# --- standalone cluster mode: spark-submit returns once the driver runs, and exits 0 whatever becomes of it ---
log="$(mktemp "${TMPDIR:-/tmp}/news-tension-submit.XXXXXX")"
trap 'rm -f "$log"' EXIT
set +e
"${launcher[@]}" "${submit[@]}" 2>&1 | tee "$log"
code=${PIPESTATUS[0]}
set -e
((code == 0)) || exit "$code"
driver="$(grep -o 'driver-[0-9]*-[0-9]*' "$log" | head -1)"
[[ -n $driver ]] || die "spark-submit printed no driver id; its output is above" 1

webui="${MASTER_WEBUI_URL:-}"
if [[ -z $webui ]]; then
  if [[ -f $CLUSTER_STATE/master-url && $(cat "$CLUSTER_STATE/master-url") == "${master%/}" ]]; then
    webui="$(cat "$CLUSTER_STATE/master-webui-url")"
  else
    host="${master#spark://}"; webui="http://${host%%:*}:8080"
  fi
fi
driver_state() {
  # The master pretty-prints its JSON; a driver's "state" follows its "id".
  curl -fsS --max-time 10 "$webui/json/" \
    | awk -v id="\"$driver\"" '$1 == "\"id\"" { found = ($3 == id || $3 == id ",") } found && $1 == "\"state\"" { gsub(/[",]/, "", $3); print $3; exit }'
}
echo "submit: waiting for $driver to end (master web UI $webui)" >&2
deadline=$((SECONDS + ${DRIVER_TIMEOUT:-0}))
state=""
while :; do
  state="$(driver_state || true)"
  case "$state" in FINISHED|FAILED|ERROR|KILLED) break ;; esac
  if [[ ${DRIVER_TIMEOUT:-0} -gt 0 && $SECONDS -ge $deadline ]]; then
    die "$driver still ${state:-unknown} after ${DRIVER_TIMEOUT}s; it goes on running (see $webui)" 1
  fi
  sleep 2
done
if [[ $state == FINISHED ]]; then
  echo "submit: $driver FINISHED" >&2
  exit 0
fi
hint="the driver's stderr is in the work folder of the Worker that ran it, $driver/stderr"
for stderr in "$CLUSTER_STATE"/work/*/"$driver"/stderr; do
  [[ -f $stderr ]] || continue
  grep '^error: ' "$stderr" >&2 || true
  hint="its log: $(cd "$(dirname "$stderr")" && pwd)/stderr"
done
die "$driver ended $state; $hint" 1
