#!/usr/bin/env bash
# Benchmarks the news-tension job against its floor (read JSONL -> DocumentAssembler -> SentenceDetector -> Tokenizer
# -> write Parquet) on a seeded synthetic corpus of ~600-word news articles, at several corpus sizes.
#
#   jobs/benchmark.sh [--articles N] [--sizes 1,2,4] [--master local[2]] [--seed 42] [--files 8] [--quick]
#                     [--set KEY=VALUE]...
#   jobs/benchmark.sh --scale [--scale-gb 1.6] [--unique 5000] [--set KEY=VALUE]...   (heap -Xmx2g)
#   jobs/benchmark.sh --rss N [--set KEY=VALUE]...                                      (heap -Xmx3g)
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
# --scale: one news-please JSONL file of at least --scale-gb GB (10^9 bytes) holding --unique generated articles, each
# re-delivered many times as a crawler does (later download dates, tracking parameters, www. variants, 1 line in 997
# malformed), cached under target/bench/scale-*/; plain Spark (read JSONL, write Parquet, count) and then the job read
# it. Ingest, cleaning, exact de-duplication and writing run at the full file size, the NLP stages on the unique
# articles only; a projection for a file of unique articles is printed. Fails when processed + duplicates + skipped +
# quarantined is not the file's line count. --rss N: only the job, on N generated articles, for its peak RSS.
set -euo pipefail
cd "$(dirname "$0")/.."
source jobs/lib/common.sh

ARTICLES=20000
SIZES=1,2,4
MASTER='local[2]'
SEED=42
FILES=8
SETS=()
SCALE=0
SCALE_GB=1.6
UNIQUE=5000
RSS_ARTICLES=0
INCREMENTAL=
BATCH=1000
BATCH_JAR=
usage() { sed -n '2,/^set -euo pipefail/{/^set/!p}' "$0" | sed 's/^# \{0,1\}//'; }
while [ $# -gt 0 ]; do
  case "$1" in
    --articles) ARTICLES=$2; shift 2 ;;
    --sizes) SIZES=$2; shift 2 ;;
    --master) MASTER=$2; shift 2 ;;
    --seed) SEED=$2; shift 2 ;;
    --files) FILES=$2; shift 2 ;;
    --quick) ARTICLES=2000; SIZES=1,2; shift ;;
    --scale) SCALE=1; shift ;;
    --scale-gb) SCALE_GB=$2; shift 2 ;;
    --unique) UNIQUE=$2; shift 2 ;;
    --rss) RSS_ARTICLES=$2; shift 2 ;;
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
[[ "$SCALE_GB" =~ ^[0-9]+(\.[0-9]+)?$ ]] || { echo "benchmark: --scale-gb expects a number of GB, got $SCALE_GB" >&2; exit 2; }
[[ "$UNIQUE" =~ ^[1-9][0-9]*$ ]] || { echo "benchmark: --unique expects a positive integer, got $UNIQUE" >&2; exit 2; }
[[ "$RSS_ARTICLES" =~ ^[0-9]+$ ]] || { echo "benchmark: --rss expects a number of articles, got $RSS_ARTICLES" >&2; exit 2; }
if [ "$SCALE" = 1 ] && [ "$RSS_ARTICLES" != 0 ]; then echo "benchmark: --scale and --rss are separate runs" >&2; exit 2; fi
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

DEFAULT_HEAP=-Xmx4g
if [ "$SCALE" = 1 ]; then DEFAULT_HEAP=-Xmx2g; elif [ "$RSS_ARTICLES" != 0 ]; then DEFAULT_HEAP=-Xmx3g; fi
read -r -a HEAP_OPTS <<< "${NEWS_TENSION_JAVA_OPTS:-$DEFAULT_HEAP}"
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

# One top-level number of a run report ("processed", ...) or of its stage_seconds ("stage:nlp"); 0 when missing.
report_number() {
  local file=$1 key=$2
  if [[ "$key" == stage:* ]]; then
    awk -v k="\"${key#stage:}\"" '/"stage_seconds"/ {on = 1; next} on && /}/ {exit} on && $1 == k {gsub(/,/, "", $3); v = $3}
      END {print v == "" ? 0 : v}' "$file"
  else
    awk -v k="\"$key\"" '/^  "/ && $1 == k {gsub(/,/, "", $3); v = $3} END {print v == "" ? 0 : v}' "$file"
  fi
}

# start_load_sampler NAME: the 1-minute load average every 10 s into $BENCH/logs/NAME.load while the measured JVMs
# run (the machine is shared); stop_load_sampler sets LOAD_MEAN and LOAD_MAX.
start_load_sampler() {
  LOAD_SAMPLES=$LOGS/$1.load
  : > "$LOAD_SAMPLES"
  (while true; do load >> "$LOAD_SAMPLES"; sleep 10; done) &
  LOAD_SAMPLER=$!
  trap 'kill "$LOAD_SAMPLER" 2>/dev/null || true; rm -f "$BENCH/job-$$.jar"' EXIT
}
stop_load_sampler() {
  kill "$LOAD_SAMPLER" 2>/dev/null || true
  LOAD_MEAN=$(awk '{s += $1; n++} END {printf "%.2f", n ? s / n : 0}' "$LOAD_SAMPLES")
  LOAD_MAX=$(awk 'BEGIN {m = 0} $1 > m {m = $1} END {printf "%.2f", m}' "$LOAD_SAMPLES")
}

# The widest Spark stage (most tasks) of one job group in an EventLogProfile object, e.g. the splits ingest read.
widest_stage() {
  echo "$1" | sed -n "s/.*\"$2\": {\"tasks\": [0-9]*, \"widest_stage\": \([0-9]*\).*/\1/p"
}

if [ "$RSS_ARTICLES" != 0 ]; then
  dir=$(corpus "$RSS_ARTICLES")
  out=$BENCH/out-rss-$RSS_ARTICLES
  rm -rf "$out"
  start_load_sampler "rss-$RSS_ARTICLES"
  run_jvm "rss-$RSS_ARTICLES" io.newstension.TensionJob --input "$dir" --output "$out" "${SETS[@]}"
  stop_load_sampler
  OVERRIDES=""
  for ((i = 1; i < ${#SETS[@]}; i += 2)); do OVERRIDES+="${OVERRIDES:+, }\"${SETS[i]}\""; done
  echo
  echo "news-tension peak RSS: $RSS_ARTICLES articles, heap ${HEAP_OPTS[*]}, master $MASTER, config conf/tension.yaml${OVERRIDES:+ with --set ${OVERRIDES//\"/}}"
  echo "  $RUN_SECONDS s ($(rate "$RSS_ARTICLES" "$RUN_SECONDS") articles/s), CPU $RUN_CPU_SECONDS s, peak RSS $RUN_RSS_MIB MiB (target <= 4096)"
  echo "  load average during the run: mean $LOAD_MEAN, max $LOAD_MAX ($(nproc) cores)"
  echo "  stage wall seconds: $(stage_seconds "$out/run_report.json")"
  printf '{"mode": "rss", "articles": %d, "heap": "%s", "master": "%s", "config_overrides": [%s], "seconds": %s, "cpu_seconds": %s, "peak_rss_mib": %s, "load_mean": %s, "load_max": %s, "stage_seconds": %s, "executor_time": %s}\n' \
    "$RSS_ARTICLES" "${HEAP_OPTS[*]}" "$MASTER" "$OVERRIDES" "$RUN_SECONDS" "$RUN_CPU_SECONDS" "$RUN_RSS_MIB" "$LOAD_MEAN" "$LOAD_MAX" \
    "$(stage_seconds "$out/run_report.json")" "$RUN_PROFILE"
  exit 0
fi

if [ "$SCALE" = 1 ]; then
  quiet_tensorflow
  SCALE_BYTES=$(awk -v g="$SCALE_GB" 'BEGIN {printf "%.0f", g * 1e9}')
  SCALE_VERSION=$( (echo "$GENERATOR_VERSION"; cat src/main/java/io/newstension/bench/ScaleCorpus.java) | cksum | awk '{print $1}')
  dir=$BENCH/scale-s$SEED-u$UNIQUE-b$SCALE_BYTES-g$SCALE_VERSION
  if [ ! -f "$dir/_corpus.json" ]; then
    echo "benchmark: writing a $SCALE_GB GB file of $UNIQUE re-delivered articles into $dir ..." >&2
    java -cp "$CP" io.newstension.bench.ScaleCorpus --unique "$UNIQUE" --bytes "$SCALE_BYTES" --seed "$SEED" --output "$dir" >&2
  fi
  file=$dir/news.jsonl
  LINES=$(wc -l < "$file")
  FILE_BYTES=$(stat -c %s "$file")
  start_load_sampler scale
  rm -rf "$BENCH/scale-plain"
  run_jvm scale-plain io.newstension.bench.PlainSparkCopy --input "$file" --output "$BENCH/scale-plain"
  PLAIN_SECONDS=$RUN_SECONDS PLAIN_CPU=$RUN_CPU_SECONDS PLAIN_RSS=$RUN_RSS_MIB PLAIN_PROFILE=$RUN_PROFILE
  out=$BENCH/out-scale
  rm -rf "$out"
  run_jvm scale-job io.newstension.TensionJob --input "$file" --output "$out" "${SETS[@]}"
  stop_load_sampler
  report=$out/run_report.json
  PROCESSED=$(report_number "$report" processed)
  DUPLICATES=$(report_number "$report" duplicates)
  SKIPPED=$(report_number "$report" skipped)
  QUARANTINED=$(report_number "$report" quarantined)
  ACCOUNTED=$((PROCESSED + DUPLICATES + SKIPPED + QUARANTINED))
  if [ "$ACCOUNTED" -ne "$LINES" ]; then
    echo "benchmark: ACCOUNTING FAILED: processed $PROCESSED + duplicates $DUPLICATES + skipped $SKIPPED + quarantined $QUARANTINED = $ACCOUNTED, but $file has $LINES lines (report: $report)" >&2
    exit 1
  fi
  INGEST_TASKS=$(widest_stage "$RUN_PROFILE" ingest)
  PLAIN_TASKS=$(widest_stage "$PLAIN_PROFILE" copy)
  RATIO=$(ratio "$RUN_SECONDS" "$PLAIN_SECONDS")
  CPU_RATIO=null
  if [ "$PLAIN_CPU" != null ]; then CPU_RATIO=$(ratio "$RUN_CPU_SECONDS" "$PLAIN_CPU"); fi
  # Projection for a file of as many unique articles: the stages after clean scale with the articles they analyse,
  # ingest and clean (and start-up) already ran at the full file size.
  PER_ARTICLE_STAGES=$(awk -v a="$(report_number "$report" stage:nlp)" -v b="$(report_number "$report" stage:mentions)" \
    -v c="$(report_number "$report" stage:comention)" -v d="$(report_number "$report" stage:aggregate)" 'BEGIN {printf "%.2f", a + b + c + d}')
  UNIQUE_LINES=$((LINES - QUARANTINED))
  PROJECTED=$(awk -v t="$RUN_SECONDS" -v s="$PER_ARTICLE_STAGES" -v u="$UNIQUE_LINES" -v p="$PROCESSED" \
    'BEGIN {printf "%.0f", t - s + s * u / p}')
  NLP_RATE=$(rate "$PROCESSED" "$(report_number "$report" stage:nlp)")
  OVERRIDES=""
  for ((i = 1; i < ${#SETS[@]}; i += 2)); do OVERRIDES+="${OVERRIDES:+, }\"${SETS[i]}\""; done
  echo
  echo "news-tension scale benchmark: $file"
  echo "  $FILE_BYTES bytes, $LINES lines: $UNIQUE unique generated articles, each delivered again and again as a crawler does"
  echo "  (same text, later download dates, tracking parameters or www. in some URLs), 1 line in 997 malformed."
  echo "  Ingest, cleaning, exact de-duplication and writing ran at the full file size; the NLP stages saw only the"
  echo "  $PROCESSED articles left after de-duplication. This is NOT a run over $LINES unique articles."
  echo "  master $MASTER, heap ${HEAP_OPTS[*]}, $(nproc) cores; job config conf/tension.yaml${OVERRIDES:+ with --set ${OVERRIDES//\"/}}"
  echo "  load average during the runs: mean $LOAD_MEAN, max $LOAD_MAX (above $(nproc), other processes slowed the wall times)"
  printf '  %-12s %10s %12s %10s %14s\n' run seconds "CPU seconds" "peak RSS" "widest stage"
  printf '  %-12s %10s %12s %6s MiB %8s tasks\n' "plain Spark" "$PLAIN_SECONDS" "$PLAIN_CPU" "$PLAIN_RSS" "$PLAIN_TASKS"
  printf '  %-12s %10s %12s %6s MiB %8s tasks (ingest)\n' job "$RUN_SECONDS" "$RUN_CPU_SECONDS" "$RUN_RSS_MIB" "$INGEST_TASKS"
  echo "  job/plain Spark: wall time $RATIO (target <= 4), CPU time $CPU_RATIO"
  echo "  accounting: processed $PROCESSED + duplicates $DUPLICATES + skipped $SKIPPED + quarantined $QUARANTINED = $LINES lines: ok"
  echo "  stage wall seconds, job: $(stage_seconds "$report")"
  echo "  executor time by stage, job: $RUN_PROFILE"
  echo "  NLP stage: $NLP_RATE articles/s. Projection for a file of $UNIQUE_LINES unique articles with this config:"
  echo "  ~$PROJECTED s (the stages after clean scaled by $UNIQUE_LINES/$PROCESSED; near-duplicate search in clean would grow too)"
  printf '{"mode": "scale", "file_bytes": %d, "lines": %d, "unique_articles": %d, "master": "%s", "heap": "%s", "config_overrides": [%s], "load_mean": %s, "load_max": %s, "plain": {"seconds": %s, "cpu_seconds": %s, "peak_rss_mib": %s, "read_tasks": %s, "executor_time": %s}, "job": {"seconds": %s, "cpu_seconds": %s, "peak_rss_mib": %s, "ingest_tasks": %s, "stage_seconds": %s, "executor_time": %s}, "job_over_plain": %s, "job_over_plain_cpu": %s, "processed": %d, "duplicates": %d, "skipped": %d, "quarantined": %d, "accounting_ok": true, "nlp_articles_per_s": %s, "projected_seconds_unique_file": %s}\n' \
    "$FILE_BYTES" "$LINES" "$UNIQUE" "$MASTER" "${HEAP_OPTS[*]}" "$OVERRIDES" "$LOAD_MEAN" "$LOAD_MAX" \
    "$PLAIN_SECONDS" "$PLAIN_CPU" "$PLAIN_RSS" "${PLAIN_TASKS:-null}" "$PLAIN_PROFILE" \
    "$RUN_SECONDS" "$RUN_CPU_SECONDS" "$RUN_RSS_MIB" "${INGEST_TASKS:-null}" "$(stage_seconds "$report")" "$RUN_PROFILE" \
    "$RATIO" "$CPU_RATIO" "$PROCESSED" "$DUPLICATES" "$SKIPPED" "$QUARANTINED" "$NLP_RATE" "$PROJECTED"
  exit 0
fi

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
