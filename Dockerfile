# Container image of the interview-critique service (Quarkus fast-jar on a JRE).
#
#   docker build -t interview-critique .          # or: podman build / buildah bud --format docker
#   docker run --rm -p 8080:8080 interview-critique
#
# The base images are build arguments, so a registry mirror or locally built stand-ins can be used
# (src/test/container/image-test.sh builds against Debian bookworm stand-ins made with debootstrap):
#   --build-arg BUILD_IMAGE=<JDK 17 image> --build-arg RUNTIME_IMAGE=<JRE 17 image>
# Both need a POSIX sh; the runtime image also needs bash (for the HEALTHCHECK) and java on PATH.
ARG BUILD_IMAGE=eclipse-temurin:17-jdk
ARG RUNTIME_IMAGE=eclipse-temurin:17-jre

# ---- build stage: ./mvnw package -----------------------------------------------------------------
FROM ${BUILD_IMAGE} AS build
WORKDIR /build
# pom.xml copies the top-level openapi.yaml into the jar, so it is part of the build input.
COPY mvnw pom.xml openapi.yaml ./
COPY .mvn/ .mvn/
COPY src/ src/
# ~/.m2 (the Maven distribution fetched by the wrapper and every dependency) is a build cache
# (BuildKit / Podman / Buildah): kept between builds, never part of an image layer.
RUN --mount=type=cache,id=interview-critique-m2,target=/root/.m2 \
    sh ./mvnw -B -ntp package -DskipTests \
 && test -f target/quarkus-app/quarkus-run.jar

# ---- runtime stage: JRE + target/quarkus-app ------------------------------------------------------
FROM ${RUNTIME_IMAGE}
ARG APP_UID=10001
# Unprivileged user with a fixed uid/gid. Written directly to /etc/passwd and /etc/group so it
# works in images without useradd (e.g. a debootstrap minbase).
RUN set -eu; \
    grep -q '^app:' /etc/group  || echo "app:x:${APP_UID}:" >> /etc/group; \
    grep -q '^app:' /etc/passwd || echo "app:x:${APP_UID}:${APP_UID}:interview-critique:/app:/usr/sbin/nologin" >> /etc/passwd

WORKDIR /app
# One layer per part of the fast-jar layout, least frequently changing first; owned by root,
# read-only for the service user.
COPY --from=build /build/target/quarkus-app/lib/ lib/
COPY --from=build /build/target/quarkus-app/quarkus-run.jar quarkus-run.jar
COPY --from=build /build/target/quarkus-app/app/ app/
COPY --from=build /build/target/quarkus-app/quarkus/ quarkus/

# Change the port with QUARKUS_HTTP_PORT (the HEALTHCHECK follows it); JVM flags with JAVA_OPTS. The defaults are
# measured (BENCHMARKS.md): the live heap is about 26 MB, so a 128 MB heap with the serial collector holds RSS at
# about 180 MB after 100,000 requests, with a p99 under 1 ms at 1,000 requests/s; allow the container 320 MB for
# saturating loads of maximal batches (260 MB seen).
ENV QUARKUS_HTTP_PORT=8080 \
    JAVA_OPTS="-XX:+UseSerialGC -Xmx128m -XX:+ExitOnOutOfMemoryError"
# Class-data-sharing archive from a training run of this JVM on this jar layout (src/main/docker/train-cds.sh):
# start to ready about 0.3 s sooner. A JVM that cannot use the archive says so and starts without it.
COPY src/main/docker/train-cds.sh /tmp/train-cds.sh
RUN bash /tmp/train-cds.sh /app/app-cds.jsa $JAVA_OPTS && chmod 444 /app/app-cds.jsa && rm /tmp/train-cds.sh
USER ${APP_UID}:${APP_UID}
EXPOSE 8080
# HEALTHCHECK is kept only in Docker-format images (buildah/podman build --format docker).
# No curl needed: plain HTTP/1.0 over bash's /dev/tcp.
HEALTHCHECK --interval=15s --timeout=3s --start-period=30s --retries=3 \
  CMD bash -c 'exec 3<>/dev/tcp/127.0.0.1/${QUARKUS_HTTP_PORT:-8080} && printf "GET /q/health/ready HTTP/1.0\r\nHost: localhost\r\n\r\n" >&3 && head -n 1 <&3 | grep -q " 200 "'
# exec: java is PID 1 and gets SIGTERM directly (graceful shutdown). Arguments after the image
# name are passed to the application.
ENTRYPOINT ["/bin/sh", "-c", "exec java -XX:SharedArchiveFile=/app/app-cds.jsa -Dquarkus.http.host=0.0.0.0 -Djava.util.logging.manager=org.jboss.logmanager.LogManager $JAVA_OPTS -jar /app/quarkus-run.jar \"$@\"", "java"]
