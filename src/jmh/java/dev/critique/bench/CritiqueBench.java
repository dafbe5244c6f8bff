package dev.critique.bench;

import dev.critique.Critics;
import dev.critique.api.CritiqueResponse;
import dev.critique.api.Options;
import dev.critique.detect.Answer;
import dev.critique.detect.Hit;
import dev.critique.detect.Span;
import dev.critique.detect.QuestionType;
import dev.critique.feedback.Strength;
import dev.critique.nlp.AnalyzedText;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * CPU time per call, single thread, of the whole critique and of each component, on answers of 20, 142
 * (answer.json), 1,500 and 10,000 words. Each component runs on the output of the previous stage, prepared once.
 * Run: ./mvnw -Pbench test-compile exec:exec   (see BENCHMARKS.md)
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
public class CritiqueBench {
  @Param({"20", "142", "1500", "10000"})
  public int words;

  private String text;
  private Answer answer;
  private final Options options = new Options(false, null, null);

  @Setup(Level.Trial)
  public void setUp() {
    text = Texts.ofWords(words);
    answer = Critics.ANALYZER.analyze(QuestionType.MISTAKE, text);
  }

  /** POST /critique's work minus HTTP and JSON: classify, analyse, detect, strengths, score. */
  @Benchmark
  public CritiqueResponse critique() {
    return Critics.SERVICE.critique(Texts.QUESTION, text, options);
  }

  /** Sentences and tokens only (TextPipeline.analyze). */
  @Benchmark
  public AnalyzedText pipeline() {
    return Critics.PIPELINE.analyze(text);
  }

  /** Pipeline plus the lesson and ownership rules (AnswerAnalyzer.analyze with a known question type). */
  @Benchmark
  public Answer analyzer() {
    return Critics.ANALYZER.analyze(QuestionType.MISTAKE, text);
  }

  @Benchmark
  public List<Hit> detectAbsolutist() {
    return Critics.ABSOLUTIST.detect(answer);
  }

  @Benchmark
  public List<Hit> detectBlame() {
    return Critics.BLAME.detect(answer);
  }

  @Benchmark
  public List<Hit> detectCredentials() {
    return Critics.CREDENTIALS.detect(answer);
  }

  @Benchmark
  public List<Hit> detectDisrespect() {
    return Critics.DISRESPECT.detect(answer);
  }

  @Benchmark
  public List<Hit> detectMissingLesson() {
    return Critics.MISSING_LESSON.detect(answer);
  }

  @Benchmark
  public List<Hit> detectWeaknessDenial() {
    return Critics.WEAKNESS_DENIAL.detect(answer);
  }

  @Benchmark
  public Map<Strength, Span> strengths() {
    return Critics.STRENGTHS.find(answer, false);
  }
}
