package dev.critique.bench;

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

/** The real pipeline and detectors wired by hand, as src/test/java/dev/critique/Critics.java does (no Quarkus). */
final class Wiring {
  final TextPipeline pipeline = new TextPipeline();
  final Cues cues = new Cues();
  final QuestionClassifier classifier = new QuestionClassifier();
  final AnswerAnalyzer analyzer = new AnswerAnalyzer(pipeline, cues, classifier);
  final AbsolutistLanguage absolutist = new AbsolutistLanguage();
  final Disrespect disrespect = new Disrespect();
  final CredentialSuperiority credentials = new CredentialSuperiority(absolutist, disrespect);
  final BlameShifting blame = new BlameShifting();
  final MissingLessonLearned missingLesson = new MissingLessonLearned();
  final WeaknessDenial weaknessDenial = new WeaknessDenial(absolutist, credentials, blame);
  final List<Detector> detectors = List.of(absolutist, credentials, missingLesson, weaknessDenial, blame, disrespect);
  final StrengthFinder strengths = new StrengthFinder();
  final CritiqueService service = new CritiqueService(analyzer, detectors, strengths);
}
