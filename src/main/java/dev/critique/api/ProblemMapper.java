package dev.critique.api;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import io.vertx.core.http.HttpServerRequest;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Maps every failure to an RFC 9457 problem. Details name fields and positions but never echo submitted
 * values: a request body is personal data, and parser messages quote it, so they are not passed on.
 */
public class ProblemMapper {
  private static final Logger LOG = Logger.getLogger(ProblemMapper.class);
  private static final String SEND_JSON = "Send a JSON object {\"question\": \"…\", \"answer\": \"…\"} with "
      + "Content-Type: application/json (curl: -H 'Content-Type: application/json' --data-binary @body.json).";

  @ServerExceptionMapper
  public Response validation(ConstraintViolationException e) {
    List<Problem.Violation> violations = e.getConstraintViolations().stream()
        .map(v -> new Problem.Violation(field(v), v.getMessage()))
        .sorted(Comparator.comparing(Problem.Violation::field).thenComparing(Problem.Violation::message))
        .toList();
    String detail = violations.stream().map(v -> v.field() + " " + v.message()).collect(Collectors.joining("; "));
    return problem(400, "/problems/validation", "Invalid request", "The request is not valid: " + detail + ".",
        violations);
  }

  /** Declared for this type too: Quarkus has a built-in mapper for it that answers an empty 400. */
  @ServerExceptionMapper
  public Response mismatch(MismatchedInputException e) {
    return json(e);
  }

  @ServerExceptionMapper
  public Response json(JsonProcessingException e) {
    if (e instanceof StreamConstraintsException || e.getCause() instanceof StreamConstraintsException) {
      return problem(400, "/problems/invalid-json", "Invalid JSON",
          "The JSON exceeds a parser limit (nesting depth, string or number length); send a flat object.", null);
    }
    if (!(e instanceof JsonParseException) && e.getCause() instanceof JsonParseException cause) {
      e = cause;
    }
    if (e instanceof JsonParseException parse) {
      return problem(400, "/problems/invalid-json", "Invalid JSON", "The body is not valid JSON (line "
          + parse.getLocation().getLineNr() + ", column " + parse.getLocation().getColumnNr() + "). " + SEND_JSON,
          null);
    }
    if (e instanceof UnrecognizedPropertyException unknown) {
      return problem(400, "/problems/invalid-json", "Unknown field", "The body has a field this API does not know: "
          + safeName(unknown.getPropertyName()) + ". Known fields: question, answer, options (explain, "
          + "minSeverity, questionType); for /critique/batch: items.", null);
    }
    if (e instanceof MismatchedInputException mismatch) {
      String at = path(mismatch);
      String expected = expected(mismatch.getTargetType());
      String detail = at.isEmpty()
          ? "The body must be a JSON object, not an array, string, number or boolean. " + SEND_JSON
          : "Field '" + at + "' must be " + expected + ".";
      return problem(400, "/problems/invalid-json", "Wrong JSON type", detail, null);
    }
    return problem(400, "/problems/invalid-json", "Invalid JSON", "The body could not be read as the expected "
        + "JSON object. " + SEND_JSON, null);
  }

  @ServerExceptionMapper
  public Response http(WebApplicationException e, HttpServerRequest request) {
    int status = e.getResponse().getStatus();
    // The body reader wraps what it could not read in a 400: report the JSON problem or the size limit instead.
    for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
      if (cause instanceof JsonProcessingException json) {
        return json(json);
      }
      if (tooLarge(cause, request)) {
        return tooLarge();
      }
    }
    Response.ResponseBuilder builder = switch (status) {
      case 404 -> builder(404, "/problems/not-found", "Not found",
          "There is no resource at this path. The API is POST /critique (and POST /critique/batch); its contract "
              + "is at /q/openapi.", null);
      case 405 -> builder(405, "/problems/method-not-allowed", "Method not allowed",
          "This path accepts only " + allowed(e) + ". " + SEND_JSON, null);
      case 415 -> builder(415, "/problems/unsupported-media-type", "Unsupported media type",
          "The body must be JSON. " + SEND_JSON, null);
      case 406 -> builder(406, "/problems/not-acceptable", "Not acceptable",
          "This API answers only application/json (and application/problem+json for errors); send Accept: "
              + "application/json or leave Accept out.", null);
      case 413 -> builder(413, BodyLimit.TYPE, BodyLimit.TITLE, BodyLimit.detail(BodyLimit.maxBodySize()), null);
      default -> builder(status, "about:blank", e.getResponse().getStatusInfo().getReasonPhrase(),
          status >= 500 ? "The service failed to handle the request." : "The request was not accepted.", null);
    };
    if (status == 405) {
      builder.header("Allow", allowed(e)); // required with 405 (RFC 9110); RESTEasy does not always set it
    }
    return builder.build();
  }

  @ServerExceptionMapper
  public Response unexpected(Throwable e, HttpServerRequest request) {
    if (tooLarge(e, request)) {
      return tooLarge();
    }
    // The type and the location only: exception messages can quote the request.
    StackTraceElement at = e.getStackTrace().length > 0 ? e.getStackTrace()[0] : null;
    LOG.errorf("unexpected %s at %s", e.getClass().getName(), at);
    return problem(500, "/problems/internal", "Internal error",
        "The service failed to critique this request. This is a bug; the request was not stored.", null);
  }

  /** A chunked body over the limit fails while it is read (VertxInputStream: "Request too large"). */
  private static boolean tooLarge(Throwable e, HttpServerRequest request) {
    return e instanceof java.io.IOException
        && ("Request too large".equals(e.getMessage()) || request.bytesRead() > BodyLimit.maxBodySize());
  }

  private static Response tooLarge() {
    return builder(413, BodyLimit.TYPE, BodyLimit.TITLE, BodyLimit.detail(BodyLimit.maxBodySize()), null)
        .header("Connection", "close").build();
  }

  static Response problem(int status, String type, String title, String detail, List<Problem.Violation> violations) {
    return builder(status, type, title, detail, violations).build();
  }

  private static Response.ResponseBuilder builder(int status, String type, String title, String detail,
      List<Problem.Violation> violations) {
    return Response.status(status).type(Problem.MEDIA_TYPE)
        .entity(new Problem(type, title, status, detail, violations));
  }

  private static String allowed(WebApplicationException e) {
    String allow = e.getResponse().getHeaderString("Allow");
    return allow == null || allow.isBlank() ? "POST" : allow.toUpperCase(Locale.ROOT).replace(",", ", ");
  }

  /** The JSON path of a violation: "answer", "options.minSeverity", "items[2].answer", or "body". */
  private static String field(ConstraintViolation<?> violation) {
    StringBuilder field = new StringBuilder();
    for (Path.Node node : violation.getPropertyPath()) {
      if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER) {
        continue;
      }
      if (node.getIndex() != null && field.length() > 0) {
        field.append('[').append(node.getIndex()).append(']');
      }
      if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
        field.append(field.length() > 0 ? "." : "").append(node.getName());
      }
    }
    return field.length() == 0 ? "body" : field.toString();
  }

  private static String path(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        String name = ref.getFieldName();
        path.append(path.length() > 0 ? "." : "").append(isIdentifier(name) ? name : "(a field)");
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  /** A client-chosen field name, shown only if it looks like an identifier (a key could carry personal text). */
  private static String safeName(String name) {
    return isIdentifier(name) ? "'" + name + "'" : "(a field name not shown)";
  }

  private static boolean isIdentifier(String name) {
    return name != null && name.matches("[A-Za-z0-9_]{1,40}");
  }

  private static String expected(Class<?> type) {
    if (type == null) {
      return "of another JSON type";
    }
    if (type == String.class) {
      return "a JSON string";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (type.isEnum()) {
      return "one of: " + java.util.Arrays.stream(type.getEnumConstants())
          .map(c -> c.toString().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
    }
    if (Collection.class.isAssignableFrom(type)) {
      return "a JSON array";
    }
    return "a JSON object";
  }
}
