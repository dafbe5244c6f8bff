package dev.critique.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The HTTP contract: every exchange is checked against the top-level openapi.yaml. Valid requests are validated
 * both ways; deliberately invalid requests only have their responses validated (for paths and methods outside
 * the contract, against the documented problem response of POST /critique).
 */
@QuarkusTest
public class CritiqueApiTest {
  static final String MARKER = "SECRET-MARKER-123";
  static final String CANONICAL_ANSWER = "I'm a professional and I don't make mistakes. Unlike you, I have a formal "
      + "education in this field.";
  static final String MISTAKE_QUESTION = "Tell me about a time you made a mistake.";
  static final String GOOD_ANSWER = "Early in my career I was responsible for the monthly billing export, and one "
      + "month I changed the currency rounding without telling the finance team. The totals were off by a few cents "
      + "on thousands of invoices, and a customer noticed before we did. I told my manager the same morning, wrote a "
      + "script to find every affected invoice, and we sent corrected statements within two days. Looking back, the "
      + "mistake was not the rounding itself but changing shared behaviour without a review. Since then I put every "
      + "change that touches money behind a peer review and a comparison run against the previous month, and I keep "
      + "a short change log that finance can read. It slowed me down a little at first, but we have not had a "
      + "billing correction since, and the finance team now asks to be included earlier.";

  static final String SPEC = readSpec();
  static final OpenApiInteractionValidator FULL = OpenApiInteractionValidator.createForInlineApiSpecification(SPEC)
      .build();
  static final OpenApiInteractionValidator RESPONSES_ONLY = OpenApiInteractionValidator
      .createForInlineApiSpecification(SPEC)
      .withLevelResolver(LevelResolver.create().withLevel("validation.request", ValidationReport.Level.IGNORE)
          .build())
      .build();

  /** openapi.yaml at the project root; tests run with the project as working directory (surefire, failsafe). */
  private static String readSpec() {
    Path spec = Path.of(System.getProperty("maven.multiModuleProjectDirectory", "."), "openapi.yaml");
    if (!Files.exists(spec)) {
      spec = Path.of("openapi.yaml");
    }
    try {
      return Files.readString(spec.toAbsolutePath());
    } catch (IOException e) {
      throw new UncheckedIOException("openapi.yaml not found from " + Path.of("").toAbsolutePath(), e);
    }
  }

  /** A valid request: request and response are validated against the contract. */
  static RequestSpecification valid() {
    return given().filter(new OpenApiValidationFilter(FULL)).contentType(ContentType.JSON);
  }

  /** A deliberately invalid request: only the response is validated against the contract. */
  static RequestSpecification invalid() {
    return given().filter(new OpenApiValidationFilter(RESPONSES_ONLY));
  }

  static Map<String, Object> item(String question, String answer) {
    return Map.of("question", question, "answer", answer);
  }

  static JsonPath critique(Object body) {
    return valid().body(body).post("/critique").then().statusCode(200)
        .header("Content-Type", startsWith("application/json")).extract().jsonPath();
  }

  /** Every finding, strength and considered phrase quotes exactly answer[start, end). */
  static void assertEvidenceMatches(String answer, JsonPath response) {
    for (String list : List.of("findings", "strengths", "considered")) {
      List<Map<String, Object>> entries = response.getList(list);
      if (entries == null) {
        continue;
      }
      for (Map<String, Object> entry : entries) {
        Object start = entry.get("start");
        if (start == null) {
          assertEquals(null, entry.get("end"), list + ": " + entry);
          assertEquals(null, entry.get("evidence"), list + ": " + entry);
          continue;
        }
        assertEquals(answer.substring((Integer) start, (Integer) entry.get("end")), entry.get("evidence"),
            list + ": " + entry);
      }
    }
  }

  /** A problem+json response with the given status and type, no 5xx, not echoing the marker. */
  static JsonPath assertProblem(Response response, int status, String type) {
    response.then().statusCode(status).header("Content-Type", startsWith("application/problem+json"))
        .body("status", is(status)).body("type", is(type)).body("title", notNullValue())
        .body("detail", notNullValue());
    assertFalse(response.asString().contains(MARKER), "the problem echoes submitted text: " + response.asString());
    return response.jsonPath();
  }

  /** For exchanges outside the contract's paths: the body must still match the documented problem response. */
  static void assertDocumentedProblem(Response response) {
    SimpleResponse documented = SimpleResponse.Builder.status(response.statusCode())
        .withContentType(response.contentType()).withBody(response.asString()).build();
    ValidationReport report = FULL.validateResponse("/critique", Request.Method.POST, documented);
    assertFalse(report.hasErrors(), report.toString());
  }

  // ---- successful exchanges ----

  @Test
  void canonicalExchange() {
    JsonPath r = critique(item(MISTAKE_QUESTION, CANONICAL_ANSWER));
    assertEquals("mistake", r.getString("questionType"));
    List<String> detectors = r.getList("findings.detector");
    assertTrue(detectors.containsAll(List.of("absolutist-language", "credential-superiority",
        "missing-lesson-learned")), detectors.toString());
    String credential = r.getString("findings.find { it.detector == 'credential-superiority' }.evidence");
    assertTrue(credential.startsWith("Unlike you") && credential.contains("formal education"), credential);
    assertEquals((Object) null, r.get("findings.find { it.detector == 'missing-lesson-learned' }.start"));
    assertEquals((Object) null, r.get("considered"));
    assertEvidenceMatches(CANONICAL_ANSWER, r);
    // the documented formula: each detector that fires costs its severity once; each strength adds 5
    int expected = 100 + r.getList("findings.scoreImpact", Integer.class).stream().mapToInt(i -> i).sum()
        + r.getList("strengths.scoreImpact", Integer.class).stream().mapToInt(i -> i).sum();
    assertEquals(Math.max(0, Math.min(100, expected)), r.getInt("score"));
  }

  @Test
  void curlyApostrophe() {
    String answer = "I’m a professional and I don’t make mistakes.";
    JsonPath r = critique(item(MISTAKE_QUESTION, answer));
    assertTrue(r.getList("findings.detector").contains("absolutist-language"));
    assertTrue(r.getList("findings.evidence").contains("I don’t make mistakes"), r.prettify());
    assertEvidenceMatches(answer, r);
  }

  @Test
  void upperCase() {
    String answer = "I DON'T MAKE MISTAKES. UNLIKE YOU, I HAVE A FORMAL EDUCATION IN THIS FIELD.";
    JsonPath r = critique(item(MISTAKE_QUESTION, answer));
    assertTrue(r.getList("findings.detector").containsAll(List.of("absolutist-language", "credential-superiority")),
        r.prettify());
    assertEvidenceMatches(answer, r);
  }

  @Test
  void goodAnswerWithLessonFiresNothing() {
    JsonPath r = critique(item("Tell me about a time you made a mistake at work.", GOOD_ANSWER));
    assertEquals(List.of(), r.getList("findings"), r.prettify());
    assertTrue(r.getList("strengths.strength").contains("states-lesson"), r.prettify());
    assertEquals(100, r.getInt("score"));
    assertEvidenceMatches(GOOD_ANSWER, r);
  }

  @Test
  void explainListsConsidered() {
    String answer = "I never make mistakes.";
    JsonPath r = critique(Map.of("question", MISTAKE_QUESTION, "answer", answer,
        "options", Map.of("explain", true, "minSeverity", "critical")));
    List<Map<String, Object>> considered = r.getList("considered");
    assertFalse(considered.isEmpty(), r.prettify());
    assertTrue(r.getList("considered.detector").contains("absolutist-language"), r.prettify());
    assertEvidenceMatches(answer, r);
    // without explain there is no "considered" at all
    assertEquals((Object) null, critique(item(MISTAKE_QUESTION, answer)).get("considered"));
  }

  @Test
  void minSeverityCriticalHidesWarnings() {
    JsonPath r = critique(Map.of("question", MISTAKE_QUESTION, "answer", CANONICAL_ANSWER,
        "options", Map.of("minSeverity", "critical", "explain", true)));
    assertEquals(List.of("critical"), r.getList("findings.severity").stream().distinct().toList(), r.prettify());
    assertTrue(r.getList("findings.detector").contains("credential-superiority"));
    assertTrue(r.getList("considered.reason").contains("below-min-severity"), r.prettify());
    assertEvidenceMatches(CANONICAL_ANSWER, r);
  }

  @Test
  void questionTypeOptionSkipsClassification() {
    JsonPath r = critique(Map.of("question", "Anything?", "answer", "I have never failed at anything.",
        "options", Map.of("questionType", "failure")));
    assertEquals("failure", r.getString("questionType"));
  }

  @Test
  void batch() {
    Response response = valid().body(Map.of("items", List.of(item(MISTAKE_QUESTION, CANONICAL_ANSWER),
        item("Tell me about a time you made a mistake at work.", GOOD_ANSWER)))).post("/critique/batch");
    response.then().statusCode(200).body("results", hasSize(2))
        .body("results[0].findings.detector", hasItem("credential-superiority"))
        .body("results[1].findings", empty());
  }

  @Test
  void batchOverLimitIs400() {
    List<Map<String, Object>> items = java.util.Collections.nCopies(21, item("q", MARKER));
    JsonPath p = assertProblem(invalid().contentType(ContentType.JSON).body(Map.of("items", items))
        .post("/critique/batch"), 400, "/problems/validation");
    assertEquals(List.of("items"), p.getList("violations.field"));
  }

  @Test
  void batchEmptyAndInvalidItems() {
    assertProblem(invalid().contentType(ContentType.JSON).body("{\"items\":[]}").post("/critique/batch"), 400,
        "/problems/validation");
    JsonPath p = assertProblem(invalid().contentType(ContentType.JSON)
        .body(Map.of("items", List.of(item("q", "a"), item(" ", "")))).post("/critique/batch"), 400,
        "/problems/validation");
    assertEquals(List.of("items[1].answer", "items[1].question"), p.getList("violations.field"));
  }

  // ---- 400: unreadable or wrongly typed JSON ----

  Response postRaw(String body) {
    return invalid().contentType(ContentType.JSON).body(body).post("/critique");
  }

  @Test
  void malformedJson() {
    JsonPath p = assertProblem(postRaw("{\"question\": \"q\", \"answer\": \"" + MARKER), 400,
        "/problems/invalid-json");
    assertThatDetail(p, "not valid JSON");
  }

  @Test
  void jsonNull() {
    assertProblem(postRaw("null"), 400, "/problems/validation");
  }

  @Test
  void emptyBody() {
    assertProblem(postRaw(""), 400, "/problems/validation");
  }

  @Test
  void jsonArray() {
    assertThatDetail(assertProblem(postRaw("[{\"question\":\"q\",\"answer\":\"" + MARKER + "\"}]"), 400,
        "/problems/invalid-json"), "must be a JSON object");
  }

  @Test
  void numberForQuestion() {
    assertThatDetail(assertProblem(postRaw("{\"question\": 5, \"answer\": \"" + MARKER + "\"}"), 400,
        "/problems/invalid-json"), "'question' must be a JSON string");
  }

  @Test
  void stringForExplain() {
    assertThatDetail(assertProblem(postRaw("{\"question\": \"q\", \"answer\": \"" + MARKER
        + "\", \"options\": {\"explain\": \"true\"}}"), 400, "/problems/invalid-json"), "options.explain");
  }

  @Test
  void unknownEnumValue() {
    assertThatDetail(assertProblem(postRaw("{\"question\": \"q\", \"answer\": \"a\", \"options\": {\"minSeverity\": \""
        + MARKER + "\"}}"), 400, "/problems/invalid-json"), "info, warning, critical");
  }

  @Test
  void unknownField() {
    assertThatDetail(assertProblem(postRaw("{\"question\": \"q\", \"answer\": \"" + MARKER + "\", \"foo\": 1}"),
        400, "/problems/invalid-json"), "'foo'");
    // a field name that is not an identifier is not repeated either
    assertProblem(postRaw("{\"question\": \"q\", \"answer\": \"a\", \"" + MARKER + "\": 1}"), 400,
        "/problems/invalid-json");
  }

  @Test
  void duplicateKey() {
    assertProblem(postRaw("{\"question\": \"q\", \"answer\": \"a\", \"answer\": \"" + MARKER + "\"}"), 400,
        "/problems/invalid-json");
  }

  static void assertThatDetail(JsonPath problem, String expected) {
    String detail = problem.getString("detail");
    assertTrue(detail.contains(expected), detail);
  }

  // ---- 400: validation ----

  @Test
  void missingFields() {
    JsonPath p = assertProblem(postRaw("{}"), 400, "/problems/validation");
    assertEquals(List.of("answer", "question"), p.getList("violations.field"));
  }

  @Test
  void missingAnswer() {
    JsonPath p = assertProblem(postRaw("{\"question\": \"" + MARKER + "\"}"), 400, "/problems/validation");
    assertEquals(List.of("answer"), p.getList("violations.field"));
  }

  @Test
  void blankFields() {
    JsonPath p = assertProblem(postRaw("{\"question\": \"   \", \"answer\": \"\\n\\t\"}"), 400,
        "/problems/validation");
    assertEquals(List.of("answer", "question"), p.getList("violations.field"));
  }

  @Test
  void overLongFields() {
    String question = MARKER + "q".repeat(1001);
    String answer = MARKER + "a".repeat(10_001);
    JsonPath p = assertProblem(invalid().contentType(ContentType.JSON).body(item(question, answer))
        .post("/critique"), 400, "/problems/validation");
    assertEquals(List.of("answer", "question"), p.getList("violations.field"));
    assertThatDetail(p, "at most 10000");
    assertThatDetail(p, "at most 1000 ");
  }

  @Test
  void limitsCountUtf16CodeUnits() {
    // 5000 emoji are 10,000 UTF-16 code units: exactly at the limit
    String answer = "😀".repeat(5000);
    valid().body(item("q", answer)).post("/critique").then().statusCode(200);
    assertProblem(invalid().contentType(ContentType.JSON).body(item("q", answer + "a")).post("/critique"), 400,
        "/problems/validation");
  }

  // ---- 413 ----

  static byte[] oversizedBody() {
    String answer = MARKER + "a".repeat(1_100_000);
    return ("{\"question\":\"q\",\"answer\":\"" + answer + "\"}").getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void bodyOverLimitWithContentLength() {
    assertProblem(invalid().contentType(ContentType.JSON).body(oversizedBody()).post("/critique"), 413,
        "/problems/payload-too-large");
  }

  @Test
  void bodyOverLimitChunked() {
    // an InputStream of unknown length is sent with Transfer-Encoding: chunked
    assertProblem(invalid().contentType(ContentType.JSON).body(new ByteArrayInputStream(oversizedBody()))
        .post("/critique"), 413, "/problems/payload-too-large");
  }

  @Test
  void chunkedBodyUnderLimitWorks() {
    byte[] body = ("{\"question\":\"" + MISTAKE_QUESTION + "\",\"answer\":\"" + CANONICAL_ANSWER + "\"}")
        .getBytes(StandardCharsets.UTF_8);
    invalid().contentType(ContentType.JSON).body(new ByteArrayInputStream(body)).post("/critique").then()
        .statusCode(200).body("findings.detector", hasItems("credential-superiority"));
  }

  // ---- 415, 405, 404, 406 ----

  @Test
  void formEncodedIs415() {
    JsonPath p = assertProblem(invalid().contentType(ContentType.URLENC).formParam("question", "q")
        .formParam("answer", MARKER).post("/critique"), 415, "/problems/unsupported-media-type");
    assertThatDetail(p, "Content-Type: application/json");
  }

  @Test
  void textPlainIs415() {
    assertProblem(invalid().contentType("text/plain").body(MARKER).post("/critique"), 415,
        "/problems/unsupported-media-type");
  }

  @Test
  void noContentTypeIs415() {
    assertProblem(invalid().body(MARKER.getBytes(StandardCharsets.UTF_8)).post("/critique"), 415,
        "/problems/unsupported-media-type");
  }

  @Test
  void getIs405() {
    Response response = given().get("/critique");
    assertProblem(response, 405, "/problems/method-not-allowed");
    response.then().header("Allow", containsString("POST"));
    assertDocumentedProblem(response);
  }

  @Test
  void unknownPathIs404() {
    Response response = given().contentType(ContentType.JSON).body(item("q", MARKER)).post("/critiques");
    assertProblem(response, 404, "/problems/not-found");
    assertDocumentedProblem(response);
    assertDocumentedProblem(assertProblemResponse(given().get("/nothing/here"), 404));
  }

  static Response assertProblemResponse(Response response, int status) {
    response.then().statusCode(status).header("Content-Type", startsWith("application/problem+json"));
    return response;
  }

  @Test
  void acceptHtmlIs406() {
    assertProblem(invalid().contentType(ContentType.JSON).accept("text/html").body(item("q", MARKER))
        .post("/critique"), 406, "/problems/not-acceptable");
  }

  @Test
  void errorsNeverEchoSubmittedText() {
    // a mix of failures, each carrying the marker in the body
    for (String body : List.of("{\"answer\": \"" + MARKER + "\"", "{\"question\": [\"" + MARKER + "\"]}",
        "{\"question\": \"" + MARKER + "\", \"answer\": {\"" + MARKER + "\": 1}}", "\"" + MARKER + "\"")) {
      Response response = postRaw(body);
      response.then().statusCode(400).header("Content-Type", startsWith("application/problem+json"))
          .body(not(containsString(MARKER)));
    }
  }

  // ---- the contract itself ----

  @Test
  void servesTheContract() {
    String served = given().get("/q/openapi").then().statusCode(200).extract().asString();
    try {
      // the same document (Quarkus re-serialises it, so compare the trees, not the text)
      assertEquals(io.swagger.v3.core.util.Yaml.mapper().readTree(SPEC),
          io.swagger.v3.core.util.Yaml.mapper().readTree(served));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    given().get("/q/swagger-ui/").then().statusCode(200);
  }

  @Test
  void readiness() {
    given().filter(new OpenApiValidationFilter(FULL)).get("/q/health/ready").then().statusCode(200).body("status", is("UP"))
        .body("checks.status", everyItem(is("UP")));
  }
}
