#!/usr/bin/env bash
# Builds the Dockerfile for real and runs the image: `./mvnw verify -Pcontainer` (as root; no Docker engine
# needed). Public base images cannot be pulled here, so stand-ins are made from Debian packages with
# debootstrap and committed as local images (kept between runs: they take a minute or two to make). The app
# image is built with buildah against them, started on a spare port, checked, and removed again.
set -euo pipefail
cd "$(dirname "$0")/../../.."

PORT=${CONTAINER_TEST_PORT:-18089}
JDK_IMAGE=localhost/critique-standin-jdk:bookworm
JRE_IMAGE=localhost/critique-standin-jre:bookworm
APP_IMAGE=localhost/interview-critique:container-test
bah() { buildah --storage-driver vfs "$@"; }

need=()
command -v buildah >/dev/null || need+=(buildah)
command -v debootstrap >/dev/null || need+=(debootstrap)
if [ ${#need[@]} -gt 0 ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi

# The Debian mirror apt already uses on this machine.
mirror=$(grep -h -m1 -oP '^URIs:\s*\K\S+' /etc/apt/sources.list.d/*.sources 2>/dev/null \
  || grep -h -m1 -oP '^deb\s+\K\S+' /etc/apt/sources.list)

standin() { # image packages
  local image=$1 packages=$2
  if bah inspect --type image "$image" >/dev/null 2>&1; then
    echo "stand-in $image: cached"; return
  fi
  local root; root=$(mktemp -d /var/tmp/standin.XXXXXX)
  echo "stand-in $image: debootstrap bookworm with $packages"
  debootstrap --variant=minbase --include="$packages" bookworm "$root" "$mirror" >/tmp/debootstrap.log 2>&1 \
    || { tail -20 /tmp/debootstrap.log; exit 1; }
  # Trust what this machine trusts: builds inside reach Maven Central through the same TLS path as the host.
  if compgen -G "/usr/local/share/ca-certificates/*.crt" >/dev/null; then
    cp /usr/local/share/ca-certificates/*.crt "$root/usr/local/share/ca-certificates/"
    mount -t proc proc "$root/proc"
    chroot "$root" update-ca-certificates >/dev/null 2>&1 || { umount "$root/proc"; echo "update-ca-certificates failed"; exit 1; }
    umount "$root/proc"
  fi
  rm -rf "$root"/var/cache/apt/archives/*.deb "$root"/var/lib/apt/lists/*
  local ctr; ctr=$(bah from scratch)
  bah copy "$ctr" "$root" / >/dev/null
  bah config --env PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin "$ctr"
  bah commit -q "$ctr" "$image" >/dev/null
  bah rm "$ctr" >/dev/null
  rm -rf "$root"
}
standin "$JDK_IMAGE" openjdk-17-jdk-headless,ca-certificates
standin "$JRE_IMAGE" openjdk-17-jre-headless,ca-certificates,curl

ctr=""; pid=""
# The container's java process (found by its name and jar, whoever it runs as).
service_pids() {
  local p
  for p in $(pgrep -x java); do grep -qa '/app/quarkus-run.jar' "/proc/$p/cmdline" 2>/dev/null && echo "$p"; done
}
cleanup() {
  local rc=$?
  # Killing `buildah run` leaves the process it started running: stop the service itself.
  local pids; pids=$(service_pids)
  if [ -n "$pids" ]; then kill $pids 2>/dev/null || true; fi
  for _ in $(seq 1 40); do [ -z "$(service_pids)" ] && break; sleep 0.25; done
  if [ -n "$pid" ]; then wait "$pid" 2>/dev/null || true; fi
  if [ -n "$ctr" ]; then bah rm "$ctr" >/dev/null 2>&1 || true; fi
  bah rmi -f "$APP_IMAGE" >/dev/null 2>&1 || true
  exit "$rc"
}
trap cleanup EXIT

echo "building $APP_IMAGE"
t0=$(date +%s)
# The host's Maven repository is lent to the build stage so that dependencies are not downloaded again.
bah bud -q --isolation chroot --format docker --layers=false \
  --build-arg BUILD_IMAGE="$JDK_IMAGE" --build-arg RUNTIME_IMAGE="$JRE_IMAGE" \
  -v "$HOME/.m2:/root/.m2" -t "$APP_IMAGE" . >/tmp/image-build.log 2>&1 || { tail -30 /tmp/image-build.log; exit 1; }
echo "built in $(( $(date +%s) - t0 )) s; size: $(bah images --format '{{.Size}}' "$APP_IMAGE")"

config=$(bah inspect --type image --format '{{.Docker.Config.User}} {{.Docker.Config.ExposedPorts}} {{.Docker.Config.Healthcheck}}' "$APP_IMAGE")
echo "image config: $config"
[[ $config == 10001* ]] || { echo "FAIL: image does not run as user 10001"; exit 1; }
[[ $config == *8080* ]] || { echo "FAIL: port 8080 not exposed"; exit 1; }
[[ $config == */q/health/ready* ]] || { echo "FAIL: no health check on /q/health/ready"; exit 1; }

if curl -s -o /dev/null "http://127.0.0.1:$PORT/"; then echo "FAIL: port $PORT is already in use"; exit 1; fi
ctr=$(bah from "$APP_IMAGE")
start=$(date +%s%N)
# buildah run shares the host's network, so the test reaches the container on localhost.
# The image's own entrypoint, as the image config has it (buildah run does not apply it by itself).
entrypoint=$(bah inspect --type image "$APP_IMAGE" \
  | python3 -c 'import json, shlex, sys; print(shlex.join(json.load(sys.stdin)["Docker"]["config"]["Entrypoint"]))')
eval "bah run --isolation chroot --env QUARKUS_HTTP_PORT=$PORT --env JAVA_OPTS=-Dquarkus.http.host=127.0.0.1 \"$ctr\" -- $entrypoint" >/tmp/image-run.log 2>&1 &
pid=$!
ready=""
for _ in $(seq 1 120); do
  if curl -fs -o /dev/null "http://127.0.0.1:$PORT/q/health/ready"; then ready=1; break; fi
  kill -0 "$pid" 2>/dev/null || break
  sleep 0.25
done
[ -n "$ready" ] || { echo "FAIL: not ready"; tail -20 /tmp/image-run.log; exit 1; }
echo "container start to ready: $(( ($(date +%s%N) - start) / 1000000 )) ms"

body='{"question":"Tell me about a time you made a mistake.","answer":"I'"'"'m a professional and I don'"'"'t make mistakes. Unlike you, I have a formal education in this field."}'
response=$(curl -fsS -X POST -H 'Content-Type: application/json' --data-binary "$body" "http://127.0.0.1:$PORT/critique")
for detector in absolutist-language credential-superiority missing-lesson-learned; do
  grep -q "\"detector\":\"$detector\"" <<<"$response" || { echo "FAIL: $detector missing in $response"; exit 1; }
done
echo "POST /critique: the three findings are there"

java_pid=$(service_pids | head -1)
uid=$(ps -o uid= -p "$java_pid" | tr -d ' ')
[ -n "$uid" ] && [ "$uid" != 0 ] || { echo "FAIL: the service runs as uid '$uid'"; exit 1; }
echo "the service runs as uid $uid (not root)"
echo "container test passed"
