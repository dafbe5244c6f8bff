package dev.critique.bench;

import dev.critique.Critics;
import dev.critique.detect.QuestionType;
import dev.critique.nlp.AnalyzedText;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Question classification of answer.json's question: it does not depend on the answer's length. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
public class QuestionBench {
  private AnalyzedText question;

  @Setup(Level.Trial)
  public void setUp() {
    question = Critics.PIPELINE.analyze(Texts.QUESTION);
  }

  /** Pipeline on the question plus the rules of every question type (what critique() does without a type). */
  @Benchmark
  public QuestionType classifyWithPipeline() {
    return Critics.CLASSIFIER.classify(Critics.PIPELINE.analyze(Texts.QUESTION));
  }

  /** The question-type rules only, on the analysed question. */
  @Benchmark
  public QuestionType classify() {
    return Critics.CLASSIFIER.classify(question);
  }
}
