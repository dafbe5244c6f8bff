package dev.critique.hardening;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Answers are personal data: whatever a client sends, good or bad, its text must not reach a log record
 * (message, parameters, or the message of any exception attached, down the cause chain).
 */
@QuarkusTest
class LogPrivacyTest {
  static final String MARKER = "ZqXmarker7731";
  /** Responses that quote the marker: reported, not failed (an identifier-like unknown field name is named back). */
  private final List<String> echoes = new ArrayList<>();

  private final List<LogRecord> records = new ArrayList<>();
  private final Handler capture = new Handler() {
    @Override
    public void publish(LogRecord record) {
      String logger = record.getLoggerName() == null ? "" : record.getLoggerName();
      if (logger.startsWith("org.apache.http") || logger.startsWith("io.restassured")) {
        return; // the test's own HTTP client (REST Assured) logs the bytes it sends at DEBUG
      }
      synchronized (records) {
        records.add(record);
      }
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  };
  private Level rootLevel;

  @BeforeEach
  void captureLogs() {
    Logger root = Logger.getLogger("");
    rootLevel = root.getLevel();
    root.setLevel(Level.FINE); // DEBUG too, not only what the console shows
    capture.setLevel(Level.ALL);
    root.addHandler(capture);
  }

  @AfterEach
  void release() {
    Logger root = Logger.getLogger("");
    root.removeHandler(capture);
    root.setLevel(rootLevel);
  }

  private int send(String contentType, String body, String path) {
    var response = given().contentType(contentType).body(body).when().post(path).then().extract();
    String text = response.asString();
    if (text != null && text.contains(MARKER)) {
      echoes.add(path + " " + response.statusCode() + " " + body.substring(0, Math.min(80, body.length())));
    }
    return response.statusCode();
  }

  @Test
  void markerNeverLogged() {
    String q = "Tell me about a mistake " + MARKER;
    String a = "I don't make mistakes " + MARKER + ", my team always does.";
    String json = "application/json";
    List<Map.Entry<String, String>> bodies = List.of(
        Map.entry("valid", "{\"question\":\"" + q + "\",\"answer\":\"" + a + "\",\"options\":{\"explain\":true}}"),
        Map.entry("malformed", "{\"question\":\"" + q + "\",\"answer\":\"" + a + "\""),
        Map.entry("bad token", "{\"question\": " + MARKER + ", \"answer\": \"x\"}"),
        Map.entry("bad escape", "{\"question\":\"\\q" + MARKER + "\",\"answer\":\"" + a + "\"}"),
        Map.entry("control char", "{\"question\":\"" + MARKER + "\u0001\",\"answer\":\"" + a + "\"}"),
        Map.entry("long question", "{\"question\":\"" + (MARKER + " ").repeat(200) + "\",\"answer\":\"" + a + "\"}"),
        Map.entry("long answer", "{\"question\":\"" + q + "\",\"answer\":\"" + (MARKER + " ").repeat(1000) + "\"}"),
        Map.entry("answer number", "{\"question\":\"" + q + "\",\"answer\":12345}"),
        Map.entry("answer array", "{\"question\":\"" + q + "\",\"answer\":[\"" + MARKER + "\"]}"),
        Map.entry("answer object", "{\"question\":\"" + q + "\",\"answer\":{\"x\":\"" + MARKER + "\"}}"),
        Map.entry("options string", "{\"question\":\"" + q + "\",\"answer\":\"" + a + "\",\"options\":\"" + MARKER + "\"}"),
        Map.entry("bad enum", "{\"question\":\"" + q + "\",\"answer\":\"" + a + "\",\"options\":{\"minSeverity\":\"" + MARKER + "\"}}"),
        Map.entry("bad type", "{\"question\":\"" + q + "\",\"answer\":\"" + a + "\",\"options\":{\"questionType\":\"" + MARKER + "\"}}"),
        Map.entry("bad boolean", "{\"question\":\"" + q + "\",\"answer\":\"" + a + "\",\"options\":{\"explain\":\"" + MARKER + "\"}}"),
        Map.entry("unknown field", "{\"question\":\"" + q + "\",\"answer\":\"" + a + "\",\"" + MARKER + "\":1}"),
        Map.entry("unknown field value", "{\"question\":\"" + q + "\",\"answer\":\"" + a + "\",\"extra\":\"" + MARKER + "\"}"),
        Map.entry("blank answer", "{\"question\":\"" + q + "\",\"answer\":\"   \"}"),
        Map.entry("array body", "[\"" + MARKER + "\"]"),
        Map.entry("string body", "\"" + MARKER + "\""),
        Map.entry("deep nesting", "{\"question\":\"" + q + "\",\"answer\":" + "[".repeat(3000) + "\"" + MARKER + "\""
            + "]".repeat(3000) + "}"),
        Map.entry("duplicate key", "{\"question\":\"" + q + "\",\"question\":\"" + q + "\",\"answer\":\"" + a + "\"}"));
    for (Map.Entry<String, String> body : bodies) {
      int status = send(json, body.getValue(), "/critique");
      System.out.printf("[hardening] privacy: %-20s -> %d%n", body.getKey(), status);
      if (body.getKey().equals("valid")) {
        assertEquals(200, status);
      } else if (!body.getKey().equals("duplicate key")) {
        assertTrue(status >= 400 && status < 500, body.getKey() + " answered " + status);
      }
      send(json, "{\"items\":[" + body.getValue() + "]}", "/critique/batch");
    }
    send("text/plain", "{\"question\":\"" + q + "\",\"answer\":\"" + a + "\"}", "/critique");
    send("application/xml", "<a>" + MARKER + "</a>", "/critique");
    send(json, "{\"question\":\"" + q + "\",\"answer\":\"" + "x".repeat(1_100_000) + MARKER + "\"}", "/critique");
    send(json, "{\"question\":\"" + q + "\",\"answer\":\"" + a + "\"}", "/critique/" + MARKER);
    given().contentType(json).body("{}").when().get("/critique?q=" + MARKER).then().extract();

    List<LogRecord> seen;
    synchronized (records) {
      seen = List.copyOf(records);
    }
    int debugLeaks = 0;
    for (LogRecord record : seen) {
      if (!mentionsMarker(record)) {
        continue;
      }
      // At the configured levels (INFO and up) nothing may quote the request. Below that, a framework logger
      // can (RESTEasy Reactive's RequestDeserializeHandler logs Jackson's message, which quotes the body, at
      // DEBUG): reported here, so that nobody turns DEBUG on in production without a category override.
      assertTrue(record.getLevel().intValue() < Level.INFO.intValue(), "a log record quotes the request: "
          + record.getLoggerName() + " " + record.getLevel());
      debugLeaks++;
      System.out.println("[hardening] privacy: DEBUG record quotes the request: " + record.getLoggerName());
    }
    System.out.printf("[hardening] privacy: %d log records captured, none at INFO or above with the marker, "
        + "%d at DEBUG with it%n", seen.size(), debugLeaks);
    echoes.forEach(e -> System.out.println("[hardening] privacy: response quotes the request: " + e));
  }

  private static boolean mentionsMarker(LogRecord record) {
    if (contains(record.getMessage())) {
      return true;
    }
    if (record.getParameters() != null) {
      for (Object parameter : record.getParameters()) {
        if (parameter != null && contains(String.valueOf(parameter))) {
          return true;
        }
      }
    }
    for (Throwable t = record.getThrown(); t != null; t = t.getCause()) {
      if (contains(t.getMessage()) || contains(t.toString())) {
        return true;
      }
      for (Throwable s : t.getSuppressed()) {
        if (contains(s.getMessage())) {
          return true;
        }
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }

  private static boolean contains(String text) {
    return text != null && text.contains(MARKER);
  }
}
