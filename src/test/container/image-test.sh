#!/usr/bin/env bash
# Proves the Dockerfile for real, without a Docker engine: `./mvnw verify -Pcontainer` (as root, Debian/apt).
#
#  1. Stand-in base images. Public images cannot be pulled here, so a JDK 17 and a JRE 17 image are made from
#     Debian bookworm packages with debootstrap (minbase) from the mirror apt already uses, and committed to
#     buildah's vfs storage. They are KEPT between runs (~1-2 min to make); IMAGE_TEST_REBUILD_BASE=1 remakes them.
#     With IMAGE_TEST_BUILD_IMAGE / IMAGE_TEST_RUNTIME_IMAGE set (e.g. to eclipse-temurin:17-jdk / -jre where a
#     registry is reachable), those are used instead and nothing is bootstrapped.
#  2. `buildah bud --isolation chroot --format docker` of the project's Dockerfile against them.
#  3. The image is started (buildah from + buildah run, sharing the host network, on port $IMAGE_TEST_PORT),
#     and checked: readiness, the image's own HEALTHCHECK command, a real POST /critique, the uid of the
#     java process, its use of the image's class-data-sharing archive. Image size and start-to-ready time are
#     printed.
#  4. Cleanup (also on failure): the process, the working container and the app image are removed.
# Settings (environment): IMAGE_TEST_PORT (default 18089; CONTAINER_TEST_PORT also works), IMAGE_TEST_READY_TIMEOUT
# (seconds, default 120), IMAGE_TEST_REBUILD_BASE=1, IMAGE_TEST_BUILD_IMAGE / IMAGE_TEST_RUNTIME_IMAGE, DEBIAN_MIRROR.
# The Dockerfile's ~/.m2 cache mount lives in /var/tmp/buildah-cache/interview-critique-m2 between runs.
set -euo pipefail

PROJECT_DIR=${PROJECT_DIR:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)}
PORT=${IMAGE_TEST_PORT:-${CONTAINER_TEST_PORT:-18089}}
READY_TIMEOUT=${IMAGE_TEST_READY_TIMEOUT:-120}
SUITE=bookworm
JDK_STANDIN=localhost/critique-standin-jdk:$SUITE
JRE_STANDIN=localhost/critique-standin-jre:$SUITE
APP_IMAGE=localhost/interview-critique:container-test

bah() { buildah --storage-driver vfs "$@"; }
log() { printf '[image-test] %s\n' "$*" >&2; }
fail() { log "FAIL: $*"; exit 1; }
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

[[ $(id -u) == 0 ]] || fail "must run as root (buildah with the vfs driver and chroot isolation, debootstrap)"
[[ -f $PROJECT_DIR/Dockerfile ]] || fail "no Dockerfile in $PROJECT_DIR"
T_START=$(now_ms)

# ---- tools ------------------------------------------------------------------------------------------------
missing=()
for tool in buildah:buildah debootstrap:debootstrap curl:curl jq:jq; do
  command -v "${tool%%:*}" >/dev/null || missing+=("${tool#*:}")
done
if ((${#missing[@]})); then
  log "installing ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# One run at a time: the image names and the port are fixed.
exec 9>/run/lock/interview-critique-image-test.lock
flock -w 900 9 || fail "another image test holds /run/lock/interview-critique-image-test.lock"

WORK=$(mktemp -d /var/tmp/image-test.XXXXXX)
SCRATCH_CTRS=()
APP_CTR=""
RUN_PID=""
cleanup() {
  local rc=$?
  set +e
  if [[ -n $RUN_PID ]] && kill -0 "$RUN_PID" 2>/dev/null; then
    kill -TERM -- "-$RUN_PID" 2>/dev/null
    for _ in $(seq 50); do kill -0 "$RUN_PID" 2>/dev/null || break; sleep 0.2; done
    kill -KILL -- "-$RUN_PID" 2>/dev/null
  fi
  [[ -n $APP_CTR ]] && bah rm "$APP_CTR" >/dev/null 2>&1
  for c in "${SCRATCH_CTRS[@]}"; do bah rm "$c" >/dev/null 2>&1; done
  bah rmi -f "$APP_IMAGE" >/dev/null 2>&1
  if ((rc)) && [[ -s $WORK/app.log ]]; then log "last lines of the service log:"; tail -n 30 "$WORK/app.log" >&2; fi
  rm -rf "$WORK"
  log "cleaned up: process, working container and $APP_IMAGE removed (stand-in base images kept)"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# ---- 1. stand-in base images ------------------------------------------------------------------------------
debian_mirror() { # the first URI apt uses for "$SUITE" (deb822 .sources, then one-line .list)
  local f uri
  for f in /etc/apt/sources.list.d/*.sources; do
    [[ -e $f ]] || continue
    uri=$(awk -v s="$SUITE" 'BEGIN { RS = ""; FS = "\n" }
      { u = ""; ok = 0
        for (i = 1; i <= NF; i++) {
          if ($i ~ /^URIs:/)   { split($i, a, /[ \t]+/); u = a[2] }
          if ($i ~ /^Suites:/) { n = split($i, b, /[ \t]+/); for (j = 2; j <= n; j++) if (b[j] == s) ok = 1 }
        }
        if (ok && u != "") { print u; exit } }' "$f")
    [[ -n $uri ]] && { echo "$uri"; return; }
  done
  for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
    [[ -e $f ]] || continue
    uri=$(awk -v s="$SUITE" '$1 == "deb" { i = 2; if ($i ~ /^\[/) { while ($i !~ /\]$/) i++; i++ }
                                           if ($(i + 1) == s) { print $i; exit } }' "$f")
    [[ -n $uri ]] && { echo "$uri"; return; }
  done
  return 1
}

make_standin() { # image packages
  local image=$1 packages=$2 ctr mnt java
  log "making stand-in $image: debootstrap --variant=minbase $SUITE + $packages"
  local t0; t0=$(now_ms)
  ctr=$(bah from --pull=never scratch); SCRATCH_CTRS+=("$ctr")
  mnt=$(bah mount "$ctr")
  debootstrap --variant=minbase --include="$packages" --cache-dir="$WORK/debs" "$SUITE" "$mnt" "$MIRROR" \
    >"$WORK/debootstrap.log" 2>&1 || { tail -n 30 "$WORK/debootstrap.log" >&2; fail "debootstrap $image"; }
  # Trust what the host trusts (e.g. a TLS-intercepting proxy's CA): Maven in the build stage downloads over HTTPS.
  if [[ -n $HOST_CAS ]]; then
    cp /usr/local/share/ca-certificates/*.crt "$mnt/usr/local/share/ca-certificates/"
    chroot "$mnt" update-ca-certificates >"$WORK/update-ca.log" 2>&1 \
      || { cat "$WORK/update-ca.log" >&2; fail "update-ca-certificates in $image"; }
    # Java's store: Debian only updates it from a dpkg trigger, so import directly (host keytool, no /proc needed).
    for crt in $HOST_CAS; do
      keytool -importcert -noprompt -keystore "$mnt/etc/ssl/certs/java/cacerts" -storepass changeit \
        -alias "host-$(basename "$crt" .crt)" -file "$crt" >>"$WORK/update-ca.log" 2>&1 \
        || { cat "$WORK/update-ca.log" >&2; fail "keytool -importcert $crt in $image"; }
    done
  fi
  rm -rf "$mnt"/var/cache/apt/archives/*.deb "$mnt"/var/lib/apt/lists/* "$mnt"/usr/share/doc/* "$mnt"/usr/share/man/*
  java=$(chroot "$mnt" readlink -f /usr/bin/java)
  bah umount "$ctr" >/dev/null
  bah config --env PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin --env LANG=C.UTF-8 \
    --env JAVA_HOME="${java%/bin/java}" --cmd /bin/bash \
    --label org.opencontainers.image.description="stand-in: Debian $SUITE minbase + $packages" \
    --label dev.critique.host-cas="$HOST_CAS_SUM" "$ctr"
  bah commit --quiet --format docker --rm "$ctr" "$image" >/dev/null
  SCRATCH_CTRS=()
  log "made $image in $(( ($(now_ms) - t0) / 1000 )) s"
}

if [[ -n ${IMAGE_TEST_BUILD_IMAGE:-} || -n ${IMAGE_TEST_RUNTIME_IMAGE:-} ]]; then
  BUILD_IMAGE=${IMAGE_TEST_BUILD_IMAGE:-eclipse-temurin:17-jdk}
  RUNTIME_IMAGE=${IMAGE_TEST_RUNTIME_IMAGE:-eclipse-temurin:17-jre}
  PULL=missing
else
  BUILD_IMAGE=$JDK_STANDIN RUNTIME_IMAGE=$JRE_STANDIN PULL=never
  if [[ ${IMAGE_TEST_REBUILD_BASE:-0} == 1 ]]; then bah rmi -f "$JDK_STANDIN" "$JRE_STANDIN" >/dev/null 2>&1 || true; fi
  # Extra CAs the host trusts go into the stand-ins; a stand-in made with other ones is made again.
  HOST_CAS=$(compgen -G '/usr/local/share/ca-certificates/*.crt' || true)
  HOST_CAS_SUM=$( (echo "stand-in recipe 2"; cat /dev/null $HOST_CAS) | sha256sum | cut -c1-16)
  usable() { [[ $(bah inspect --type image --format '{{index .Docker.Config.Labels "dev.critique.host-cas"}}' "$1" 2>/dev/null) == "$HOST_CAS_SUM" ]]; }
  for image in "$JRE_STANDIN" "$JDK_STANDIN"; do
    if bah inspect --type image "$image" >/dev/null 2>&1 && ! usable "$image"; then
      log "stand-in $image was made with other host CAs: making it again"; bah rmi -f "$image" >/dev/null
    fi
  done
  if usable "$JRE_STANDIN" && usable "$JDK_STANDIN"; then
    log "stand-in base images cached: $JDK_STANDIN, $JRE_STANDIN"
  else
    MIRROR=${DEBIAN_MIRROR:-$(debian_mirror)} || fail "no Debian mirror for $SUITE in /etc/apt (set DEBIAN_MIRROR)"
    mkdir -p "$WORK/debs"
    # The runtime stand-in has neither curl nor useradd: the Dockerfile must not need them.
    usable "$JRE_STANDIN" || make_standin "$JRE_STANDIN" openjdk-17-jre-headless,ca-certificates
    usable "$JDK_STANDIN" || make_standin "$JDK_STANDIN" openjdk-17-jdk-headless,ca-certificates
  fi
fi
T_BASE=$(now_ms)

# ---- 2. build the Dockerfile --------------------------------------------------------------------------------
log "buildah bud $PROJECT_DIR/Dockerfile (BUILD_IMAGE=$BUILD_IMAGE RUNTIME_IMAGE=$RUNTIME_IMAGE)"
bah bud --isolation chroot --format docker --layers=false --pull="$PULL" \
  --build-arg BUILD_IMAGE="$BUILD_IMAGE" --build-arg RUNTIME_IMAGE="$RUNTIME_IMAGE" \
  -f "$PROJECT_DIR/Dockerfile" -t "$APP_IMAGE" "$PROJECT_DIR" >"$WORK/build.log" 2>&1 \
  || { tail -n 40 "$WORK/build.log" >&2; fail "buildah bud"; }
T_BUILT=$(now_ms)
SIZE=$(bah images --format '{{.Size}}' "$APP_IMAGE")
log "built $APP_IMAGE in $(( (T_BUILT - T_BASE) / 1000 )) s, size $SIZE"

config=$(bah inspect --type image "$APP_IMAGE" | jq '.Docker.config')
user=$(jq -r '.User // ""' <<<"$config")
[[ -n $user && ${user%%:*} != 0 && ${user%%:*} != root ]] || fail "image USER is '${user}', not a non-root user"
jq -e '.ExposedPorts | has("8080/tcp")' <<<"$config" >/dev/null || fail "image does not EXPOSE 8080"
health=$(jq -r 'if .Healthcheck.Test[0] == "CMD-SHELL" then .Healthcheck.Test[1] else "" end' <<<"$config")
[[ $health == */q/health/ready* ]] || fail "image has no HEALTHCHECK (shell form) on /q/health/ready: $(jq -c .Healthcheck <<<"$config")"
log "image config: USER $user, EXPOSE $(jq -r '.ExposedPorts | keys | join(",")' <<<"$config"), HEALTHCHECK ok"

# ---- 3. run it ------------------------------------------------------------------------------------------------
# What `docker run` would run: the image's ENTRYPOINT + CMD, as the image's USER (buildah run's default).
mapfile -d '' -t argv < <(jq -j '((.Entrypoint // []) + (.Cmd // []))[] | ., "\u0000"' <<<"$config")
((${#argv[@]})) || fail "image has neither ENTRYPOINT nor CMD"
APP_CTR=$(bah from --pull=never "$APP_IMAGE")
T_RUN=$(now_ms)
# Own session and process group, so that cleanup can signal all of it.
setsid buildah --storage-driver vfs run --isolation chroot --env QUARKUS_HTTP_PORT="$PORT" "$APP_CTR" -- "${argv[@]}" \
  >"$WORK/app.log" 2>&1 </dev/null &
RUN_PID=$!

ready=""
while (( $(now_ms) - T_RUN < READY_TIMEOUT * 1000 )); do
  if curl -fsS -o /dev/null --max-time 2 "http://127.0.0.1:$PORT/q/health/ready" 2>/dev/null; then ready=1; break; fi
  kill -0 "$RUN_PID" 2>/dev/null || fail "the container exited before it was ready"
  sleep 0.02
done
T_READY=$(now_ms)
[[ -n $ready ]] || fail "not ready on port $PORT within $READY_TIMEOUT s"
log "ready after $(( T_READY - T_RUN )) ms (container start to /q/health/ready = 200)"

# The image's own HEALTHCHECK command, run inside the running container as the image's user.
bah run --isolation chroot --env QUARKUS_HTTP_PORT="$PORT" "$APP_CTR" -- /bin/sh -c "$health" \
  || fail "the image's HEALTHCHECK command fails against the running service"
log "HEALTHCHECK command passes inside the container"

body='{"question":"Tell me about a time you made a mistake.","answer":"I'\''m a professional and I don'\''t make mistakes. Unlike you, I have a formal education in this field."}'
response=$(curl -sS --max-time 10 -w '\n%{http_code}' -H 'Content-Type: application/json' --data-binary "$body" \
  "http://127.0.0.1:$PORT/critique")
status=${response##*$'\n'}; response=${response%$'\n'*}
[[ $status == 200 ]] || fail "POST /critique answered $status: $response"
detectors=$(jq -r '[.findings[].detector] | unique | join(" ")' <<<"$response") || fail "not JSON with findings: $response"
for expected in absolutist-language credential-superiority missing-lesson-learned; do
  [[ " $detectors " == *" $expected "* ]] || fail "POST /critique: no '$expected' finding (got: $detectors)"
done
log "POST /critique: findings $detectors"

# The java process: a descendant of our buildah run, not root.
java_pid=$(ps -e -o pid=,ppid=,comm= | awk -v root="$RUN_PID" '
  { parent[$1] = $2; comm[$1] = $3 }
  END { for (p in comm) if (comm[p] == "java") { q = p; while (q in parent && q != root && q > 1) q = parent[q]; if (q == root) { print p; exit } } }')
[[ -n $java_pid ]] || fail "no java process under buildah run (pid $RUN_PID)"
read -r _ ruid euid _ < <(grep '^Uid:' "/proc/$java_pid/status")
((ruid != 0 && euid != 0)) || fail "java runs as uid $ruid/$euid"
[[ $ruid == "${user%%:*}" ]] || fail "java runs as uid $ruid, the image says USER $user"
log "java (pid $java_pid) runs as uid $ruid, euid $euid"
# How long the java process itself had been running when it became ready, without the container set-up before it:
# its age now (uptime minus its start tick, both since boot, 10 ms resolution) less the time since it was ready.
java_age_ms=$(awk -v ticks="$(getconf CLK_TCK)" -v uptime="$(cut -d' ' -f1 /proc/uptime)" \
  '{ printf "%.0f", (uptime - $22 / ticks) * 1000 }' "/proc/$java_pid/stat")
java_ready_ms=$(( java_age_ms - ($(now_ms) - T_READY) ))
# The class-data-sharing archive from the image build's training run is mapped, not refused (a mismatch would only
# warn and start slower).
grep -q '/app/app-cds.jsa' "/proc/$java_pid/maps" \
  || fail "the JVM did not map /app/app-cds.jsa: $(grep -m 3 'cds' "$WORK/app.log" || echo 'no cds message')"
log "class-data-sharing archive /app/app-cds.jsa in use"

# Graceful stop: SIGTERM reaches java (exec'd by the ENTRYPOINT) and Quarkus shuts down.
T_STOP=$(now_ms)
kill -TERM -- "-$RUN_PID"
for _ in $(seq 100); do kill -0 "$RUN_PID" 2>/dev/null || break; sleep 0.1; done
kill -0 "$RUN_PID" 2>/dev/null && fail "still running 10 s after SIGTERM"
log "stopped on SIGTERM in $(( $(now_ms) - T_STOP )) ms"
RUN_PID=""

started=$(grep -o 'started in [0-9.]*s' "$WORK/app.log" | head -n 1 || true)
cat >&2 <<EOF
[image-test] PASSED
[image-test]   base images      $BUILD_IMAGE, $RUNTIME_IMAGE ($(( (T_BASE - T_START) / 1000 )) s)
[image-test]   image build      $(( (T_BUILT - T_BASE) / 1000 )) s
[image-test]   image size       $SIZE
[image-test]   start to ready   $(( T_READY - T_RUN )) ms from container start, $java_ready_ms ms from java's start (Quarkus: ${started:-?})
[image-test]   total            $(( ($(now_ms) - T_START) / 1000 )) s
EOF
