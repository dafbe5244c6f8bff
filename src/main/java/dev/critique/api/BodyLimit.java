package dev.critique.api;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Rejects a body over {@code quarkus.http.limits.max-body-size} with a problem+json 413. Quarkus' own check (route
 * order -2) answers an empty 413 and closes the connection at once, so a client still sending the body sees a
 * reset instead of the answer. This route runs just before it: it answers with a problem, reads and discards what
 * the client is still sending (bounded in bytes and time), then closes. A chunked body without Content-Length is
 * checked while it is read; {@link ProblemMapper} turns that failure into the same 413.
 */
@Singleton
public class BodyLimit {
  static final String TYPE = "/problems/payload-too-large";
  static final String TITLE = "Payload too large";
  /** Route order just before Quarkus' upload limit (RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT = -2). */
  private static final int ORDER = -3;
  /** After answering, discard at most this much of a refused body before closing, so the client reads the 413. */
  private static final long MAX_DRAIN_BYTES = 16L * 1024 * 1024;
  private static final long MAX_DRAIN_MILLIS = 5_000;

  static long maxBodySize() {
    return ConfigProvider.getConfig().getOptionalValue("quarkus.http.limits.max-body-size", MemorySize.class)
        .map(MemorySize::asLongValue).orElse(10L * 1024 * 1024);
  }

  static String detail(long limit) {
    return "The request body is larger than the " + limit + " bytes this service accepts. An answer may be at "
        + "most " + Limits.max(Limits.Field.ANSWER) + " characters and a batch at most "
        + Limits.max(Limits.Field.BATCH_ITEMS) + " items; split the work into smaller requests.";
  }

  void install(@Observes Router router) {
    long limit = maxBodySize();
    // A body without Content-Length (chunked) is read here, with the limit; RESTEasy then uses the buffered body.
    BodyHandler chunked = BodyHandler.create(false).setBodyLimit(limit).setHandleFileUploads(false);
    router.route().order(ORDER).handler(ctx -> check(ctx, limit, chunked));
    router.route().order(ORDER).failureHandler(ctx -> {
      if (ctx.statusCode() == 413) {
        reject(ctx.request(), limit);
      } else {
        ctx.next();
      }
    });
  }

  private static void check(RoutingContext ctx, long limit, BodyHandler chunked) {
    String length = ctx.request().getHeader("Content-Length");
    if (length != null) {
      long declared;
      try {
        declared = Long.parseLong(length.trim());
      } catch (NumberFormatException e) {
        declared = -1;
      }
      if (declared > limit) {
        reject(ctx.request(), limit);
        return;
      }
    } else if (ctx.request().getHeader("Transfer-Encoding") != null) {
      chunked.handle(ctx);
      return;
    }
    ctx.next();
  }

  static void reject(HttpServerRequest request, long limit) {
    HttpServerResponse response = request.response();
    if (response.headWritten()) {
      request.connection().close();
      return;
    }
    String body = Json.encode(new Problem(TYPE, TITLE, 413, detail(limit), null));
    response.setStatusCode(413).putHeader("Content-Type", Problem.MEDIA_TYPE).putHeader("Connection", "close");
    if (request.isEnded()) {
      response.end(body);
      return;
    }
    // Let the client finish sending (up to a bound) so it reads the answer instead of a connection reset.
    long[] drained = {0};
    io.vertx.core.Vertx vertx = io.vertx.core.Vertx.currentContext() == null ? null
        : io.vertx.core.Vertx.currentContext().owner();
    Runnable close = () -> {
      if (request.connection() != null) {
        request.connection().close();
      }
    };
    long closeTimer = vertx == null ? -1 : vertx.setTimer(MAX_DRAIN_MILLIS, t -> close.run());
    request.handler(buffer -> {
      drained[0] += buffer.length();
      if (drained[0] > MAX_DRAIN_BYTES) {
        close.run();
      }
    });
    request.endHandler(v -> {
      if (vertx != null && closeTimer >= 0) {
        vertx.cancelTimer(closeTimer);
      }
      close.run();
    });
    request.exceptionHandler(e -> close.run());
    request.resume();
    response.end(body);
  }
}
