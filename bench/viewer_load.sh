#!/usr/bin/env bash
# Load test of the viewer (attn serve), not part of `make test`: wrk (Debian's) sends
# concurrent POST /api/attention requests to 127.0.0.1 for SECONDS each, first to the
# bundled GPT, then to the bundled translation model when there is one, while the
# server's resident memory is sampled every second. Fails on any socket error or
# non-2xx answer, or when memory grows by more than 10 % between the end of the
# warm-up and the end of the run. Prints requests/s and latencies (docs/benchmarks.md,
# "Viewer").
#   bench/viewer_load.sh [BUILD_DIR=build] [SECONDS=60] [CONNECTIONS=8]
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-build}
seconds=${2:-60}
connections=${3:-8}
attn="$build/attn"
[ -x "$attn" ] || { echo "viewer_load: no $attn (build first)" >&2; exit 1; }
command -v wrk >/dev/null || { echo "viewer_load: wrk is missing (scripts/install-deps.sh)" >&2; exit 1; }

models=(--model "$root/models/gpt-kjv-small")
nmt="$root/models/nmt-es-en-small"
[ -f "$nmt/config.json" ] && models+=(--model "$nmt")

work=$(mktemp -d)
server_pid=""
sampler_pid=""
cleanup() {
  [ -n "$sampler_pid" ] && kill "$sampler_pid" 2>/dev/null || true
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

"$attn" serve "${models[@]}" --port 0 >"$work/serve.log" 2>&1 &
server_pid=$!
for _ in $(seq 100); do
  url=$(grep -o 'http://[^ ]*' "$work/serve.log" || true)
  [ -n "$url" ] && break
  sleep 0.1
done
[ -n "$url" ] || { cat "$work/serve.log" >&2; exit 1; }
echo "viewer_load: $url, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"

rss_kib() { awk '/^VmRSS/ {print $2}' "/proc/$server_pid/status"; }
(while kill -0 "$server_pid" 2>/dev/null; do echo "$(date +%s) $(rss_kib)"; sleep 1; done) >"$work/rss.log" &
sampler_pid=$!

status=0
run() {  # name, JSON body
  local name=$1 body=$2
  ATTN_LOAD_BODY="$body" wrk -t2 -c"$connections" -d5s -s "$root/bench/viewer_load.lua" "${url}api/attention" \
    >/dev/null  # warm-up
  local before
  before=$(rss_kib)
  ATTN_LOAD_BODY="$body" wrk -t2 -c"$connections" -d"${seconds}s" --latency -s "$root/bench/viewer_load.lua" \
    "${url}api/attention" >"$work/$name.txt"
  local after
  after=$(rss_kib)
  local rps p50 p99 errors
  rps=$(awk '/^Requests\/sec/ {print $2}' "$work/$name.txt")
  p50=$(awk '$1 == "50%" {print $2}' "$work/$name.txt")
  p99=$(awk '$1 == "99%" {print $2}' "$work/$name.txt")
  errors=$(awk '/Non-2xx|Socket errors/ {print}' "$work/$name.txt")
  echo "viewer_load: $name: $rps requests/s over ${seconds} s, $connections connections; latency p50 $p50, p99 $p99;" \
       "RSS $((before / 1024)) MiB before, $((after / 1024)) MiB after"
  if [ -n "$errors" ]; then
    echo "viewer_load: $name: FAILED, errors: $errors" >&2
    status=1
  fi
  if [ "$after" -gt $((before + before / 10)) ]; then
    echo "viewer_load: $name: FAILED, memory grew from $before KiB to $after KiB" >&2
    status=1
  fi
  printf '{"case": "%s", "seconds": %s, "connections": %s, "requests_per_s": %s, "p50": "%s", "p99": "%s", "rss_kib_before": %s, "rss_kib_after": %s}\n' \
    "$name" "$seconds" "$connections" "$rps" "$p50" "$p99" "$before" "$after" >>"$work/results.jsonl"
}

run gpt '{"model": "gpt-kjv-small", "text": "In the beginning God created the heaven and the earth.", "max_new_tokens": 16}'
if [ -f "$nmt/config.json" ]; then
  run nmt '{"model": "nmt-es-en-small", "text": "En el principio creó Dios los cielos y la tierra.", "beam": 5}'
fi
awk 'NR == 1 {first = $2} {if ($2 > top) top = $2; last = $2} END {printf "viewer_load: RSS over the whole run: first %d MiB, peak %d MiB, last %d MiB\n", first / 1024, top / 1024, last / 1024}' "$work/rss.log"
cat "$work/results.jsonl"
exit $status
