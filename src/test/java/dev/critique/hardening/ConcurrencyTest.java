package dev.critique.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.critique.Critics;
import dev.critique.api.CritiqueResponse;
import dev.critique.api.Options;
import dev.critique.detect.QuestionType;
import dev.critique.detect.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The shared pipeline (per-thread sentence detectors, compiled rules) gives the same answers under contention. */
class ConcurrencyTest {
  record Input(String question, String answer, Options options) {}

  static List<Input> inputs() {
    String[] questions = {"Tell me about a time you made a mistake.", "What is your greatest weakness?",
        "Describe a conflict with a coworker.", "Tell me about a project that failed.", "Why should we hire you?"};
    String[] answers = {
        "I don't make mistakes. My team always does, and my manager never listened.",
        "Honestly, I'm a perfectionist and I work too hard.",
        "Early in my career I broke the billing export. I told my manager the same morning, fixed 3,000 invoices "
            + "in two days, and since then I ask for a review of every change that touches money.",
        "The project failed because the client kept changing the requirements. Nobody told me.",
        "With my PhD I'm smarter than everyone on that team; they were idiots.",
        "She said \u201CI never fail\u201D but I learned that I should check assumptions earlier.",
        "I can't think of a single weakness \uD83D\uDE00.", "No. ".repeat(40), "never ".repeat(200),
        "My colleague and I disagreed about the schema; I listened, we tested both, and her design was faster by 40%.",
        AdversarialInputTest.REALISTIC.repeat(3)};
    Options[] options = {new Options(false, null, null), new Options(true, null, null),
        new Options(true, Severity.values()[Severity.values().length - 1], null),
        new Options(false, null, QuestionType.values()[0])};
    List<Input> out = new ArrayList<>();
    for (int i = 0; i < 256; i++) {
      out.add(new Input(questions[i % questions.length], answers[(i * 7) % answers.length] + " #" + (i % 13),
          options[(i / 3) % options.length]));
    }
    return out;
  }

  @Test
  void parallelEqualsSequential() throws Exception {
    List<Input> inputs = inputs();
    List<CritiqueResponse> expected = new ArrayList<>();
    for (Input in : inputs) {
      expected.add(Critics.SERVICE.critique(in.question(), in.answer(), in.options()));
    }
    ExecutorService pool = Executors.newFixedThreadPool(32);
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<CritiqueResponse>> futures = new ArrayList<>();
      for (Input in : inputs) {
        futures.add(pool.submit(() -> {
          go.await();
          return Critics.SERVICE.critique(in.question(), in.answer(), in.options());
        }));
      }
      go.countDown();
      int withFindings = 0;
      for (int i = 0; i < inputs.size(); i++) {
        CritiqueResponse actual = futures.get(i).get(60, TimeUnit.SECONDS);
        assertEquals(expected.get(i), actual, "critique " + i + " differs when run concurrently");
        withFindings += actual.findings().isEmpty() ? 0 : 1;
      }
      System.out.printf("[hardening] concurrency: 256 critiques on 32 threads equal to sequential (%d with findings)%n",
          withFindings);
    } finally {
      pool.shutdownNow();
    }
  }
}
