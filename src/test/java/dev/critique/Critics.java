package dev.critique;

import dev.critique.detect.AbsolutistLanguage;
import dev.critique.detect.AnswerAnalyzer;
import dev.critique.detect.BlameShifting;
import dev.critique.detect.CredentialSuperiority;
import dev.critique.detect.Detector;
import dev.critique.detect.Disrespect;
import dev.critique.detect.MissingLessonLearned;
import dev.critique.detect.QuestionClassifier;
import dev.critique.detect.WeaknessDenial;
import dev.critique.feedback.CritiqueService;
import dev.critique.feedback.StrengthFinder;
import dev.critique.nlp.TextPipeline;
import dev.critique.rules.Cues;
import java.util.List;

/** The real pipeline and detectors wired by hand, for plain unit tests and benchmarks (no Quarkus start-up). */
public final class Critics {
  public static final TextPipeline PIPELINE = new TextPipeline();
  public static final Cues CUES = new Cues();
  public static final QuestionClassifier CLASSIFIER = new QuestionClassifier();
  public static final AnswerAnalyzer ANALYZER = new AnswerAnalyzer(PIPELINE, CUES, CLASSIFIER);
  public static final AbsolutistLanguage ABSOLUTIST = new AbsolutistLanguage();
  public static final Disrespect DISRESPECT = new Disrespect();
  public static final CredentialSuperiority CREDENTIALS = new CredentialSuperiority(ABSOLUTIST, DISRESPECT);
  public static final BlameShifting BLAME = new BlameShifting();
  public static final MissingLessonLearned MISSING_LESSON = new MissingLessonLearned();
  public static final WeaknessDenial WEAKNESS_DENIAL = new WeaknessDenial(ABSOLUTIST, CREDENTIALS, BLAME);
  public static final List<Detector> DETECTORS = List.of(ABSOLUTIST, CREDENTIALS, MISSING_LESSON, WEAKNESS_DENIAL,
      BLAME, DISRESPECT);
  public static final StrengthFinder STRENGTHS = new StrengthFinder();
  public static final CritiqueService SERVICE = new CritiqueService(ANALYZER, DETECTORS, STRENGTHS);

  private Critics() {}
}
