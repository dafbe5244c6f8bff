package dev.critique.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.critique.Critics;
import dev.critique.api.CritiqueResponse;
import dev.critique.api.Options;
import dev.critique.detect.Detector;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Runs the labelled corpus through the real pipeline and prints per-detector precision, recall and F1.
 * Fails under micro-F1 0.90 or under F1 0.85 for any detector. Show misclassified cases with
 * {@code -Deval.misses=true}. A case's "allow" ids may fire without counting as false positives.
 */
class EvaluationTest {
  static final double MIN_MICRO_F1 = 0.90;
  static final double MIN_DETECTOR_F1 = 0.85;

  record Case(String id, String question, String answer, Set<String> expect, Set<String> allow) {}

  static final class Tally {
    int tp;
    int fp;
    int fn;

    double precision() {
      return tp + fp == 0 ? 1 : (double) tp / (tp + fp);
    }

    double recall() {
      return tp + fn == 0 ? 1 : (double) tp / (tp + fn);
    }

    double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  @Test
  void corpusMeetsTheThresholds() throws IOException {
    assertMeetsThresholds("corpus.jsonl");
  }

  /** Another labelled file under src/test/resources/evaluation, on demand: -Deval.file=holdout.jsonl. */
  @Test
  @EnabledIfSystemProperty(named = "eval.file", matches = ".+")
  void anotherLabelledFileMeetsTheThresholds() throws IOException {
    assertMeetsThresholds(System.getProperty("eval.file"));
  }

  private static void assertMeetsThresholds(String file) throws IOException {
    Map<String, Tally> tallies = evaluate("evaluation/" + file);
    Tally micro = print(file, tallies);
    assertTrue(micro.f1() >= MIN_MICRO_F1, "micro-F1 " + micro.f1() + " < " + MIN_MICRO_F1);
    tallies.forEach((id, t) -> assertTrue(t.f1() >= MIN_DETECTOR_F1, id + " F1 " + t.f1() + " < " + MIN_DETECTOR_F1));
  }

  static Map<String, Tally> evaluate(String resource) throws IOException {
    Map<String, Tally> tallies = new TreeMap<>();
    for (Detector detector : Critics.DETECTORS) {
      tallies.put(detector.info().id(), new Tally());
    }
    boolean showMisses = Boolean.getBoolean("eval.misses");
    for (Case c : read(resource)) {
      CritiqueResponse response = Critics.SERVICE.critique(c.question(), c.answer(), new Options(true, null, null));
      Set<String> fired = new HashSet<>();
      response.findings().forEach(f -> fired.add(f.detector()));
      for (Map.Entry<String, Tally> entry : tallies.entrySet()) {
        String id = entry.getKey();
        boolean expected = c.expect().contains(id);
        boolean got = fired.contains(id);
        if (expected && got) {
          entry.getValue().tp++;
        } else if (expected) {
          entry.getValue().fn++;
        } else if (got && !c.allow().contains(id)) {
          entry.getValue().fp++;
        } else {
          continue;
        }
        if (showMisses && expected != got) {
          System.out.printf("%s %s %s [%s] Q: %s%n   A: %s%n   findings: %s%n   considered: %s%n",
              expected ? "MISSED" : "FALSE ", id, c.id(), response.questionType().id(), c.question(), c.answer(),
              response.findings().stream().map(f -> f.detector() + "=" + f.evidence()).toList(),
              response.considered());
        }
      }
    }
    return tallies;
  }

  static Tally print(String name, Map<String, Tally> tallies) {
    Tally micro = new Tally();
    StringBuilder table = new StringBuilder("\n" + name + "\n")
        .append(String.format(Locale.ROOT, "%-24s %5s %5s %5s %9s %7s %6s%n", "detector", "tp", "fp", "fn",
            "precision", "recall", "F1"));
    tallies.forEach((id, t) -> {
      micro.tp += t.tp;
      micro.fp += t.fp;
      micro.fn += t.fn;
      table.append(row(id, t));
    });
    table.append(row("micro", micro));
    System.out.println(table);
    return micro;
  }

  private static String row(String id, Tally t) {
    return String.format(Locale.ROOT, "%-24s %5d %5d %5d %9.3f %7.3f %6.3f%n", id, t.tp, t.fp, t.fn,
        t.precision(), t.recall(), t.f1());
  }

  static List<Case> read(String resource) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Case> cases = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        EvaluationTest.class.getClassLoader().getResourceAsStream(resource), StandardCharsets.UTF_8))) {
      for (String line; (line = in.readLine()) != null; ) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode node = json.readTree(line);
        cases.add(new Case(node.get("id").asText(), node.get("question").asText(), node.get("answer").asText(),
            ids(node.get("expect")), ids(node.get("allow"))));
      }
    }
    return cases;
  }

  private static Set<String> ids(JsonNode array) {
    Set<String> ids = new HashSet<>();
    if (array != null) {
      array.forEach(id -> ids.add(id.asText()));
    }
    return ids;
  }
}
