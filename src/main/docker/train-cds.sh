#!/usr/bin/env bash
# The image's class-data-sharing archive (AppCDS; a JDK 17 dynamic archive), made by a training run at image build
# with the image's own JVM, flags and jar path, which the archive must match: start the service, wait until it is
# ready, send one critique so the request path's classes are loaded too, stop it with SIGTERM; the JVM writes the
# archive as it exits. Starting from the archive takes start-to-ready from about 1.5 s to 1.2 s (BENCHMARKS.md).
#   usage: [JAR=/app/quarkus-run.jar] train-cds.sh ARCHIVE [JVM options...]
#   (as in the Dockerfile: train-cds.sh /app/app-cds.jsa $JAVA_OPTS; run the service with the same JAR path)
set -euo pipefail
archive=$1
shift
jar=${JAR:-/app/quarkus-run.jar}
log=$(mktemp)
# port 0: any free port, as the build may share the host's network
java -XX:ArchiveClassesAtExit="$archive" "$@" -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port=0 \
  -Djava.util.logging.manager=org.jboss.logmanager.LogManager -jar "$jar" >"$log" 2>&1 &
pid=$!
trap 'kill -9 $pid 2>/dev/null || true; rm -f "$log"' EXIT

# One HTTP/1.0 exchange over bash's /dev/tcp (no curl in the image); prints the status line.
http() {
  exec 3<>"/dev/tcp/127.0.0.1/$port"
  printf '%b' "$1" >&3
  head -n 1 <&3
  exec 3<&-
}

port=
ready=
for _ in $(seq 1 600); do
  port=$(grep -o 'Listening on: http://127.0.0.1:[0-9]*' "$log" | grep -o '[0-9]*$' || true)
  if [[ -n $port ]] && http 'GET /q/health/ready HTTP/1.0\r\n\r\n' 2>/dev/null | grep -q ' 200 '; then
    ready=1
    break
  fi
  kill -0 "$pid" 2>/dev/null || { cat "$log" >&2; echo "train-cds: the service exited" >&2; exit 1; }
  sleep 0.1
done
[[ -n $ready ]] || { cat "$log" >&2; echo "train-cds: the service did not become ready in 60 s" >&2; exit 1; }
body='{"question": "Tell me about a mistake you made.", "answer": "I never make mistakes. Since then I check twice."}'
http "POST /critique HTTP/1.0\r\nContent-Type: application/json\r\nContent-Length: ${#body}\r\n\r\n$body" \
  | grep -q ' 200 ' || { echo "train-cds: the training critique failed" >&2; exit 1; }
kill -TERM "$pid"
wait "$pid" || true
[[ -s $archive ]] || { cat "$log" >&2; echo "train-cds: no archive written" >&2; exit 1; }
echo "train-cds: $(du -h "$archive" | cut -f1) archive at $archive"
