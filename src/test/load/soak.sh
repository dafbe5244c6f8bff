#!/usr/bin/env bash
# Soak and graceful-shutdown check for the packaged service. Not run by ./mvnw test.
# usage (from the project root, after ./mvnw package -DskipTests): src/test/load/soak.sh [port] [seconds]
# Runs wrk at saturation twice (default 60 s each) with /work/shared/bench/answer.json, prints req/s, non-2xx and
# socket errors (both must be 0) and the RSS before, after the first and after the second run, then sends
# SIGTERM during a burst of slow-to-finish requests and checks that every in-flight request still got a 200.
set -u
port=${1:-18090}; secs=${2:-60}
body=${BODY:-/work/shared/bench/answer.json}
jar=$PWD/target/quarkus-app/quarkus-run.jar # absolute, like latency.sh, so a train-cds.sh archive in JAVA_OPTS applies
[ -f "$jar" ] || { echo "no $jar: run ./mvnw package -DskipTests first"; exit 1; }
command -v wrk >/dev/null || { echo "wrk missing: apt-get install -y wrk"; exit 1; }
url=http://127.0.0.1:$port
log=${TMPDIR:-/tmp}/soak-$port.log
work=$(mktemp -d)
java ${JAVA_OPTS:-} -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$port" -jar "$jar" >"$log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 120); do curl -sf -o /dev/null "$url/q/health/ready" && break; sleep 0.5; done
curl -sf -o /dev/null "$url/q/health/ready" || { echo "service did not become ready (see $log)"; exit 1; }
rss() { awk '/VmRSS/{print int($2/1024) " MB"}' /proc/"$pid"/status; }
lua=$work/post.lua
python3 - "$body" >"$lua" <<'PY'
import sys, json
body = open(sys.argv[1]).read().strip()
print('wrk.method = "POST"\nwrk.headers["Content-Type"] = "application/json"\nwrk.body = ' + json.dumps(body))
PY
code=$(curl -s -o /dev/null -w '%{http_code}' -XPOST -H 'Content-Type: application/json' --data-binary @"$body" "$url/critique")
[ "$code" = 200 ] || { echo "POST /critique answered $code"; exit 1; }
fail=0
run() { # $1 label
  local out; out=$(wrk -t2 -c64 -d"${secs}s" --latency -s "$lua" "$url/critique" 2>&1)
  local rps non2xx sock
  rps=$(awk '/Requests\/sec/{print $2}' <<<"$out")
  non2xx=$(awk '/Non-2xx/{print $NF}' <<<"$out"); non2xx=${non2xx:-0}
  sock=$(awk '/Socket errors/{gsub(",","");print $4+$6+$8+$10}' <<<"$out"); sock=${sock:-0}
  local p50 p99; p50=$(awk '$1=="50%"{print $2}' <<<"$out"); p99=$(awk '$1=="99%"{print $2}' <<<"$out")
  echo "$1: ${rps} req/s, p50 $p50, p99 $p99, non-2xx $non2xx, socket errors $sock, RSS $(rss)"
  [ "$non2xx" = 0 ] && [ "$sock" = 0 ] || fail=1
}
echo "RSS after start-up: $(rss)"
run "run 1 (${secs}s, wrk -t2 -c64)"
run "run 2 (${secs}s, wrk -t2 -c64)"

# Graceful shutdown: start a burst of long answers (each ~10,000 chars), SIGTERM mid-burst, all must complete.
python3 - >"$work/long.json" <<'PY'
import json
a = ("I don't make mistakes, my team always fails, and they blame me. " * 160)[:10000]
print(json.dumps({"question": "Tell me about a mistake.", "answer": a}))
PY
for i in $(seq 1 64); do
  curl -s -o /dev/null -w '%{http_code}\n' --max-time 30 -XPOST -H 'Content-Type: application/json' \
    --data-binary @"$work/long.json" "$url/critique" >"$work/code.$i" &
done
sleep 0.2
kill -TERM "$pid"
t0=$(date +%s.%N)
wait "$pid"; rc=$?
t1=$(date +%s.%N)
wait
codes=$(cat "$work"/code.* | sort | uniq -c | tr -s ' ' | tr '\n' ';')
ok=$(cat "$work"/code.* | grep -c '^200$'); refused=$(cat "$work"/code.* | grep -c '^503$')
dropped=$(cat "$work"/code.* | grep -vcE '^(200|503)$')
echo "SIGTERM during a burst of 64 long requests: exit code $rc after $(python3 -c "print(round($t1-$t0,2))") s; status counts: $codes"
# Quarkus finishes what it is processing and answers 503 to requests that arrive once shutdown has begun;
# a dropped connection (000) or any other status means an in-flight request was lost.
echo "completed with 200: $ok, refused with 503 after shutdown began: $refused, dropped or other: $dropped"
[ "$dropped" = 0 ] && [ "$ok" -gt 0 ] || fail=1
grep -iE "exception|error" "$log" | head -5
[ "$fail" = 0 ] && echo "SOAK PASS" || echo "SOAK FAIL"
exit $fail
