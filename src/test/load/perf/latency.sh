#!/usr/bin/env bash
# Start-to-ready time, latency at a constant request rate, and RSS after the run, for the packaged service.
# usage (from the project root, after ./mvnw package -DskipTests):
#   src/test/load/perf/latency.sh [rate=1000] [seconds=90] [warmup_seconds=10] [port=18095]
# rate x (warmup + seconds) requests in all: the defaults send 100,000. JAVA_OPTS passes JVM flags; the image's are
#   JAVA_OPTS="-XX:+UseSerialGC -Xmx128m -XX:SharedArchiveFile=/tmp/app-cds.jsa" after
#   JAR=$PWD/target/quarkus-app/quarkus-run.jar src/main/docker/train-cds.sh /tmp/app-cds.jsa -XX:+UseSerialGC -Xmx128m
# The generator (ConstantRate.java, run by the JDK's source launcher) measures each request from its scheduled
# start, so queueing is not hidden. It shares the machine with the service: on few cores it costs it some CPU.
set -u
rate=${1:-1000}; secs=${2:-90}; warm=${3:-10}; port=${4:-18095}
here=$(cd "$(dirname "$0")" && pwd)
body=${BODY:-/work/shared/bench/answer.json}
jar=$PWD/target/quarkus-app/quarkus-run.jar # absolute, as a class-data-sharing archive made with train-cds.sh needs
[ -f "$jar" ] || { echo "no $jar: run ./mvnw package -DskipTests first"; exit 1; }
url=http://127.0.0.1:$port
log=${TMPDIR:-/tmp}/latency-$port.log
t0=$(date +%s%N)
java ${JAVA_OPTS:-} -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$port" -jar "$jar" >"$log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null' EXIT
ready=
for _ in $(seq 1 3000); do
  if curl -sf -o /dev/null "$url/q/health/ready"; then ready=$(date +%s%N); break; fi
  sleep 0.005
done
[ -n "$ready" ] || { echo "service did not become ready (see $log)"; exit 1; }
rss() { awk '/VmRSS/{print int($2/1024) " MB"}' /proc/"$pid"/status; }
echo "process start to /q/health/ready: $(( (ready - t0) / 1000000 )) ms ($(grep -o 'started in [0-9.]*s' "$log"))"
echo "JAVA_OPTS: ${JAVA_OPTS:-(none)}; RSS when ready: $(rss)"
java -XX:+UseSerialGC "$here/ConstantRate.java" "$url/critique" "$body" "$rate" "$secs" "$warm"
echo "RSS after $(( rate * (secs + warm) )) requests: $(rss)"
