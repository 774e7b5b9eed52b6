#!/usr/bin/env bash
# Benchmarks the news-tension job against its floor (read JSONL -> DocumentAssembler -> SentenceDetector -> Tokenizer
# -> write Parquet) on a seeded synthetic corpus of ~600-word news articles, at several corpus sizes.
#
#   jobs/benchmark.sh [--articles N] [--sizes 1,2,4] [--master local[2]] [--seed 42] [--files 8] [--quick]
#                     [--set KEY=VALUE]...
#   jobs/benchmark.sh --incremental 20000,80000 [--batch 1000] [--jar JAR] [--master ...] [--seed 42] [--set KEY=VALUE]...
#
# Defaults: 20,000 articles at 1x, sizes 1,2,4, local[2], the default config. --quick is 2,000 articles at sizes 1,2
# (a smoke test). --set overrides a config key of the full job (as the job's own --set), e.g. --set nlp.ner.model=null.
# Corpora are generated once into target/bench/corpus-s<seed>-n<articles>-.../ and reused; outputs go to
# target/bench/out-<size>x/ (full job) and target/bench/floor-<first size>x/; logs to target/bench/logs/.
# Each figure is the wall time of one JVM from start to exit (start-up included) and that JVM's peak RSS.
# --incremental STORES: for each store size, an overwrite run builds a store of that many articles (NER model off)
# once into target/bench/store-s<seed>-n<articles>-.../ (cached like corpora; delete it after changing what an
# overwrite run writes), then an incremental run adds a batch of --batch articles (another seed) to a copy of it in
# target/bench/incr-<n>/; the batch's clean stage (clean + de-duplication against the store: wall seconds from its
# run_report, executor CPU seconds and tasks from the event log) is the figure; batch time larger/smaller store
# should stay near 1 (the issue's target: <= 1.5 from 20,000 to 80,000 stored articles). --jar runs the batches with
# another build of the job (e.g. an older version's jar, same dependencies) on the same stores.
# The last line printed is one JSON object with every figure. Heap: NEWS_TENSION_JAVA_OPTS (default -Xmx4g), as run-local.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
source jobs/lib/common.sh

ARTICLES=20000
SIZES=1,2,4
MASTER='local[2]'
SEED=42
FILES=8
SETS=()
INCREMENTAL=
BATCH=1000
BATCH_JAR=
usage() { sed -n '2,21p' "$0" | sed 's/^# \{0,1\}//'; }
while [ $# -gt 0 ]; do
  case "$1" in
    --articles) ARTICLES=$2; shift 2 ;;
    --sizes) SIZES=$2; shift 2 ;;
    --master) MASTER=$2; shift 2 ;;
    --seed) SEED=$2; shift 2 ;;
    --files) FILES=$2; shift 2 ;;
    --quick) ARTICLES=2000; SIZES=1,2; shift ;;
    --incremental) INCREMENTAL=$2; shift 2 ;;
    --batch) BATCH=$2; shift 2 ;;
    --jar) BATCH_JAR=$2; shift 2 ;;
    --set) [[ "${2:-}" == *=* ]] || { echo "benchmark: --set expects KEY=VALUE, got ${2:-nothing}" >&2; exit 2; }
      SETS+=(--set "$2"); shift 2 ;;
    -h|--help) usage; exit 0 ;;
    *) echo "benchmark: unknown option $1" >&2; usage >&2; exit 2 ;;
  esac
done
[[ "$ARTICLES" =~ ^[1-9][0-9]*$ ]] || { echo "benchmark: --articles expects a positive integer, got $ARTICLES" >&2; exit 2; }
[[ "$SIZES" =~ ^[1-9][0-9]*(,[1-9][0-9]*)*$ ]] || { echo "benchmark: --sizes expects e.g. 1,2,4, got $SIZES" >&2; exit 2; }
IFS=, read -r -a SIZE_LIST <<< "$SIZES"
[ -z "$INCREMENTAL" ] || [[ "$INCREMENTAL" =~ ^[1-9][0-9]*(,[1-9][0-9]*)*$ ]] \
  || { echo "benchmark: --incremental expects store sizes, e.g. 20000,80000, got $INCREMENTAL" >&2; exit 2; }
[[ "$BATCH" =~ ^[1-9][0-9]*$ ]] || { echo "benchmark: --batch expects a positive integer, got $BATCH" >&2; exit 2; }
[ -z "$BATCH_JAR" ] || [ -f "$BATCH_JAR" ] || { echo "benchmark: --jar $BATCH_JAR: no such file" >&2; exit 2; }

JAR=target/news-tension-job.jar
CLASSPATH_FILE=target/spark-classpath.txt
BENCH=target/bench
LOGS=$BENCH/logs

build_jar_if_stale benchmark "$JAR" "$CLASSPATH_FILE"
mkdir -p "$LOGS"

read -r -a HEAP_OPTS <<< "${NEWS_TENSION_JAVA_OPTS:--Xmx4g}"
# The runs use a copy of the jar, so that rebuilding the worktree's jar while a benchmark runs does not change it.
cp "$JAR" "$BENCH/job-$$.jar"
trap 'rm -f "$BENCH/job-$$.jar"' EXIT
DEPS=$(cat "$CLASSPATH_FILE")
CP="$BENCH/job-$$.jar:$DEPS"

# run_jvm NAME MAIN_CLASS ARGS...: one JVM with the job's flags on $MASTER; sets RUN_SECONDS, RUN_RSS_MIB and
# RUN_CPU_SECONDS (user + system; "null" without GNU time). CPU seconds barely move when other processes share the
# machine, wall seconds do: compare the load average printed with the figures.
run_jvm() {
  local name=$1 main=$2; shift 2
  local log=$LOGS/$name.log start end rc=0 rss_kb=0
  RUN_CPU_SECONDS=null
  local events=$BENCH/events/$name
  rm -rf "$events" && mkdir -p "$events"
  local cmd=(java "${JAVA17_OPENS[@]}" "${HEAP_OPTS[@]}" -Dlog4j2.configurationFile=conf/log4j2.properties
    -Dspark.master="$MASTER" -Dspark.eventLog.enabled=true -Dspark.eventLog.compress=false
    -Dspark.eventLog.dir="file://$PWD/$events" -cp "$CP" "$main" "$@")
  echo "benchmark: $name ..." >&2
  start=$(date +%s%N)
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -v -o "$LOGS/$name.time" "${cmd[@]}" >"$log" 2>&1 || rc=$?
    end=$(date +%s%N)
    rss_kb=$(awk -F': *' '/Maximum resident set size/ {print $2}' "$LOGS/$name.time")
    RUN_CPU_SECONDS=$(awk -F': *' '/User time|System time/ {s += $2} END {printf "%.1f", s}' "$LOGS/$name.time")
  else
    # No GNU time: poll the JVM's high-water mark of resident memory until it exits.
    "${cmd[@]}" >"$log" 2>&1 &
    local pid=$! hwm
    while kill -0 "$pid" 2>/dev/null; do
      hwm=$(awk '/^VmHWM:/ {print $2}' "/proc/$pid/status" 2>/dev/null || true)
      [ -n "$hwm" ] && rss_kb=$hwm
      sleep 0.2
    done
    wait "$pid" || rc=$?
    end=$(date +%s%N)
  fi
  if [ "$rc" -ne 0 ]; then
    echo "benchmark: $name failed (exit $rc); last lines of $log:" >&2
    tail -n 20 "$log" >&2
    exit 1
  fi
  RUN_SECONDS=$(awk -v s="$start" -v e="$end" 'BEGIN {printf "%.2f", (e - s) / 1e9}')
  # Executor time per job group (the job's stages), from Spark's event log.
  RUN_PROFILE=$(java -cp "$CP" io.newstension.bench.EventLogProfile "$(find "$events" -type f | head -n 1)" 2>/dev/null || echo null)
  RUN_RSS_MIB=$(awk -v k="$rss_kb" 'BEGIN {printf "%.0f", k / 1024}')
}

# A corpus is cached by seed, size, file count and the sources that decide its text.
GENERATOR_VERSION=$(cd src/main/java/io/newstension/bench && cat ArticleGenerator.java BenchArticle.java Templates.java \
  Vocabulary.java CorpusGenerator.java | cksum | awk '{print $1}')
# corpus N [SEED]
corpus() {
  local n=$1 seed=${2:-$SEED}
  local dir=$BENCH/corpus-s$seed-n$1-f$FILES-g$GENERATOR_VERSION
  if [ ! -f "$dir/_corpus.json" ]; then
    echo "benchmark: generating $n articles into $dir ..." >&2
    java -cp "$CP" io.newstension.bench.CorpusGenerator --articles "$n" --files "$FILES" --seed "$seed" --output "$dir" >&2
  fi
  echo "$dir"
}

# The stage_seconds object of a run report, on one line.
stage_seconds() {
  awk '/"stage_seconds"/ {on = 1; sub(/.*"stage_seconds" *: */, "")} on {printf "%s", $0} on && /}/ {exit}' "$1" \
    | tr -s ' ' | sed 's/[ ,]*$//'
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }
rate() { awk -v n="$1" -v s="$2" 'BEGIN {printf "%.1f", n / s}'; }
# 1-minute load average; above the core count, the wall times measure the other processes too.
load() { awk '{print $1}' /proc/loadavg 2>/dev/null || echo null; }
LOAD_BEFORE=$(load)

# One number of a run report's stage_seconds: stage_second REPORT STAGE.
stage_second() { stage_seconds "$1" | grep -o "\"$2\" *: *[0-9.]*" | awk -F' *: *' '{print $2}'; }

if [ -n "$INCREMENTAL" ]; then
  IFS=, read -r -a STORE_LIST <<< "$INCREMENTAL"
  # The batch comes from another seed, so its articles are new to every store.
  batch_corpus=$(corpus "$BATCH" $((SEED + 1)))
  JOB_CP=$CP
  # Runs with another jar get their own folders and logs, so they can run beside the worktree's.
  TAG=
  if [ -n "$BATCH_JAR" ]; then JOB_CP="$BATCH_JAR:$DEPS"; TAG=-$(echo "${BATCH_JAR#/}" | tr -c 'A-Za-z0-9.\n-' _); fi
  SETS_KEY=$(printf '%s\n' "${SETS[@]}" | cksum | awk '{print $1}')
  declare -A BUILD_SECONDS BATCH_SECONDS BATCH_CLEAN BATCH_APPEND BATCH_PROFILE
  for n in "${STORE_LIST[@]}"; do
    cached=$BENCH/store-s$SEED-n$n-f$FILES-g$GENERATOR_VERSION-c$SETS_KEY
    BUILD_SECONDS[$n]=cached
    if [ ! -f "$cached/_built" ]; then
      rm -rf "$cached"
      run_jvm "store-$n" io.newstension.TensionJob --input "$(corpus "$n")" --output "$cached" \
        --set nlp.ner.model=null "${SETS[@]}"
      BUILD_SECONDS[$n]=$RUN_SECONDS
      touch "$cached/_built"
    fi
    store=$BENCH/incr-$n$TAG
    rm -rf "$store"
    cp -a "$cached" "$store"
    CP=$JOB_CP run_jvm "batch-$n$TAG" io.newstension.TensionJob --input "$batch_corpus" --output "$store" --mode incremental \
      --set nlp.ner.model=null "${SETS[@]}"
    BATCH_SECONDS[$n]=$RUN_SECONDS
    BATCH_CLEAN[$n]=$(stage_second "$store/run_report.json" clean)
    BATCH_APPEND[$n]=$(stage_second "$store/run_report.json" append)
    BATCH_PROFILE[$n]=$RUN_PROFILE
  done
  LOAD_AFTER=$(load)
  first=${STORE_LIST[0]}
  last=${STORE_LIST[${#STORE_LIST[@]} - 1]}
  echo
  echo "news-tension incremental benchmark: batch of $BATCH articles (seed $((SEED + 1))) into stores (seed $SEED), master $MASTER, NER model off${BATCH_JAR:+, batches run with $BATCH_JAR}"
  echo "  load average before/after: $LOAD_BEFORE / $LOAD_AFTER (above $(nproc), other processes slowed the wall times)"
  printf '  %-8s %14s %14s %20s %16s\n' stored "build seconds" "batch seconds" "batch clean+dedup s" "batch append s"
  RUNS_JSON=""
  for n in "${STORE_LIST[@]}"; do
    printf '  %-8d %14s %14s %20s %16s\n' "$n" "${BUILD_SECONDS[$n]}" "${BATCH_SECONDS[$n]}" "${BATCH_CLEAN[$n]}" "${BATCH_APPEND[$n]}"
    echo "  executor time by stage, batch into $n: ${BATCH_PROFILE[$n]}"
    build=${BUILD_SECONDS[$n]}
    [ "$build" = cached ] && build=null
    RUNS_JSON+="${RUNS_JSON:+, }\"$n\": {\"build_seconds\": $build, \"batch_seconds\": ${BATCH_SECONDS[$n]}, \"batch_clean_seconds\": ${BATCH_CLEAN[$n]:-null}, \"batch_append_seconds\": ${BATCH_APPEND[$n]:-null}, \"batch_executor_time\": ${BATCH_PROFILE[$n]}}"
  done
  CLEAN_RATIO=$(ratio "${BATCH_CLEAN[$last]}" "${BATCH_CLEAN[$first]}")
  echo "  batch clean+dedup, $last over $first stored: $CLEAN_RATIO (target <= 1.5)"
  printf '{"incremental": {"batch": %d, "seed": %d, "master": "%s", "load_before": %s, "load_after": %s, "stores": {%s}, "clean_ratio": %s}}\n' \
    "$BATCH" "$SEED" "$MASTER" "$LOAD_BEFORE" "$LOAD_AFTER" "$RUNS_JSON" "$CLEAN_RATIO"
  exit 0
fi

for size in "${SIZE_LIST[@]}"; do
  corpus $((ARTICLES * size)) >/dev/null
done

# The floor runs at the first size; full/floor compares the two at that size.
BASE=${SIZE_LIST[0]}
rm -rf "$BENCH/floor-${BASE}x"
run_jvm "floor-${BASE}x" io.newstension.bench.FloorJob --input "$(corpus $((ARTICLES * BASE)))" --output "$BENCH/floor-${BASE}x"
FLOOR_SECONDS=$RUN_SECONDS
FLOOR_CPU=$RUN_CPU_SECONDS
FLOOR_RSS=$RUN_RSS_MIB
FLOOR_RATE=$(rate $((ARTICLES * BASE)) "$FLOOR_SECONDS")
FLOOR_PROFILE=$RUN_PROFILE

declare -A FULL_SECONDS FULL_CPU FULL_RSS FULL_STAGES FULL_PROFILE
PEAK_RSS=$FLOOR_RSS
for size in "${SIZE_LIST[@]}"; do
  n=$((ARTICLES * size))
  out=$BENCH/out-${size}x
  rm -rf "$out"
  run_jvm "full-${size}x" io.newstension.TensionJob --input "$(corpus "$n")" --output "$out" "${SETS[@]}"
  FULL_SECONDS[$size]=$RUN_SECONDS
  FULL_CPU[$size]=$RUN_CPU_SECONDS
  FULL_RSS[$size]=$RUN_RSS_MIB
  FULL_STAGES[$size]=$(stage_seconds "$out/run_report.json")
  FULL_PROFILE[$size]=$RUN_PROFILE
  if [ "$RUN_RSS_MIB" -gt "$PEAK_RSS" ]; then PEAK_RSS=$RUN_RSS_MIB; fi
done
LOAD_AFTER=$(load)

FULL_RATE=$(rate $((ARTICLES * BASE)) "${FULL_SECONDS[$BASE]}")
FULL_OVER_FLOOR=$(ratio "${FULL_SECONDS[$BASE]}" "$FLOOR_SECONDS")
CPU_OVER_FLOOR=null
if [ "$FLOOR_CPU" != null ]; then CPU_OVER_FLOOR=$(ratio "${FULL_CPU[$BASE]}" "$FLOOR_CPU"); fi
CPU_MODEL=$(awk -F': *' '/^model name/ {print $2; exit}' /proc/cpuinfo 2>/dev/null | tr -d '"\\' || true)
CORES=$(nproc 2>/dev/null || echo 0)
MEM_MIB=$(awk '/^MemTotal:/ {printf "%.0f", $2 / 1024}' /proc/meminfo 2>/dev/null || echo 0)
JAVA_VERSION=$(java -version 2>&1 | awk -F'"' '/version/ {print $2; exit}')

echo
echo "news-tension benchmark: $ARTICLES articles at 1x (seed $SEED), master $MASTER, $CORES cores ($CPU_MODEL), $MEM_MIB MiB RAM, Java $JAVA_VERSION"
OVERRIDES=""
for ((i = 1; i < ${#SETS[@]}; i += 2)); do OVERRIDES+="${OVERRIDES:+, }\"${SETS[i]}\""; done
echo "  full job config: conf/tension.yaml${OVERRIDES:+ with --set ${OVERRIDES//\"/}}"
echo "  load average before/after: $LOAD_BEFORE / $LOAD_AFTER (above $CORES, other processes slowed the wall times)"
printf '  %-10s %9s %10s %12s %12s %10s\n' run articles seconds articles/s "CPU seconds" "peak RSS"
printf '  %-10s %9d %10s %12s %12s %6s MiB\n' "floor-${BASE}x" $((ARTICLES * BASE)) "$FLOOR_SECONDS" "$FLOOR_RATE" "$FLOOR_CPU" "$FLOOR_RSS"
for size in "${SIZE_LIST[@]}"; do
  printf '  %-10s %9d %10s %12s %12s %6s MiB\n' "full-${size}x" $((ARTICLES * size)) "${FULL_SECONDS[$size]}" \
    "$(rate $((ARTICLES * size)) "${FULL_SECONDS[$size]}")" "${FULL_CPU[$size]}" "${FULL_RSS[$size]}"
done
echo "  full/floor at ${BASE}x: wall time $FULL_OVER_FLOOR, CPU time $CPU_OVER_FLOOR (target <= 1.5; full >= 250 articles/s)"
SCALING_JSON=""
for size in "${SIZE_LIST[@]}"; do
  [ "$size" = "$BASE" ] && continue
  r=$(ratio "${FULL_SECONDS[$size]}" "${FULL_SECONDS[$BASE]}")
  echo "  time ${size}x/${BASE}x: $r (ideal $(ratio "$size" "$BASE"); target for 4x/1x: <= 4.4)"
  SCALING_JSON+="${SCALING_JSON:+, }\"${size}x_over_${BASE}x\": $r"
done
echo "  executor time by stage, floor-${BASE}x: $FLOOR_PROFILE"
for size in "${SIZE_LIST[@]}"; do
  echo "  stage wall seconds, full-${size}x: ${FULL_STAGES[$size]}"
  echo "  executor time by stage, full-${size}x: ${FULL_PROFILE[$size]}"
done
echo "  peak RSS of any run: $PEAK_RSS MiB (target <= 4096 at 100,000 articles)"

RUNS_JSON=""
for size in "${SIZE_LIST[@]}"; do
  n=$((ARTICLES * size))
  RUNS_JSON+="${RUNS_JSON:+, }\"${size}x\": {\"articles\": $n, \"seconds\": ${FULL_SECONDS[$size]}, \"articles_per_s\": $(rate "$n" "${FULL_SECONDS[$size]}"), \"cpu_seconds\": ${FULL_CPU[$size]}, \"peak_rss_mib\": ${FULL_RSS[$size]}, \"stage_seconds\": ${FULL_STAGES[$size]:-null}, \"executor_time\": ${FULL_PROFILE[$size]}}"
done
printf '{"articles_1x": %d, "seed": %d, "config_overrides": [%s], "master": "%s", "cores": %d, "cpu": "%s", "mem_mib": %d, "java": "%s", "load_before": %s, "load_after": %s, "floor": {"size": "%sx", "articles": %d, "seconds": %s, "articles_per_s": %s, "cpu_seconds": %s, "peak_rss_mib": %s, "executor_time": %s}, "full": {%s}, "full_articles_per_s": %s, "full_over_floor": %s, "full_over_floor_cpu": %s, "time_ratios": {%s}, "peak_rss_mib": %s}\n' \
  "$ARTICLES" "$SEED" "$OVERRIDES" "$MASTER" "$CORES" "$CPU_MODEL" "$MEM_MIB" "$JAVA_VERSION" "$LOAD_BEFORE" "$LOAD_AFTER" \
  "$BASE" $((ARTICLES * BASE)) "$FLOOR_SECONDS" "$FLOOR_RATE" "$FLOOR_CPU" "$FLOOR_RSS" "$FLOOR_PROFILE" \
  "$RUNS_JSON" "$FULL_RATE" "$FULL_OVER_FLOOR" "$CPU_OVER_FLOOR" "$SCALING_JSON" "$PEAK_RSS"
