#!/usr/bin/env bash
# Proves the job runs offline: runs it on the sample corpus inside a network namespace that has only loopback,
# under strace, and fails if the run fails or if any process tried to connect to anything but loopback or a
# local socket. Needs root (or user namespaces), unshare and ip (util-linux, iproute2) and strace.
#
# usage: jobs/offline-check.sh [OUTPUT_DIR]      (default target/offline-output)
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-target/offline-output}"
trace="target/offline-connect.trace"

for tool in unshare ip strace; do
  command -v "$tool" >/dev/null || { echo "offline-check: $tool is missing (apt-get install util-linux iproute2 strace)" >&2; exit 2; }
done

# Build outside the namespace: Maven needs the network, the job must not.
jobs/run-local.sh --help >/dev/null

rm -rf "$out" "$trace"
mkdir -p target
unshare --net sh -c "ip link set lo up && exec strace -f -qq -e trace=connect -o '$trace' jobs/run-local.sh --output '$out'"

test -f "$out/run_report.json" || { echo "offline-check: the job wrote no run report" >&2; exit 1; }
# Every connect must go to a Unix socket or to loopback (Spark's driver talks to itself over 127.0.0.1).
outside=$(grep -E 'connect\(' "$trace" | grep -vE 'AF_UNIX|AF_LOCAL|127\.0\.0\.1|::1|inet_addr\("127\.|AF_NETLINK' || true)
if [ -n "$outside" ]; then
  echo "offline-check: the job tried to reach the network:" >&2
  echo "$outside" | head -20 >&2
  exit 1
fi
echo "offline-check: the job ran with loopback only and made no outside connection ($(grep -c 'connect(' "$trace") local connects traced)"
