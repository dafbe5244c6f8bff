package dev.critique.detect;

import dev.critique.nlp.Token;
import dev.critique.rules.PhraseMatch;
import dev.critique.rules.RuleSet;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Set;

@Singleton
@DetectorInfo(
    id = "disrespect",
    principle = Principle.RESPECT,
    severity = Severity.CRITICAL,
    title = "dismissive words about other people",
    message = "The answer talks about the interviewer, colleagues, managers or a former employer with contempt. "
        + "Interviewers assume you will talk about them the same way, whatever the facts were.",
    suggestion = "Describe behaviour and its effect neutrally, and what you did about it: \"We disagreed on the "
        + "rollout date; I set out the risks in writing and we agreed on a staged release.\"")
public class Disrespect implements Detector {
  /** How far back "I felt like…" or "…made me look like…" reaches. */
  private static final int SELF_WINDOW = 4;

  private final RuleSet rules = RuleSet.load("disrespect");
  private final Set<String> selfDescription = rules.words("self-description");

  @Override
  public List<Hit> detect(Answer answer) {
    return rules.find(answer.text()).stream().map(m -> answer.hit(m, selfDirected(answer, m))).toList();
  }

  /** "I felt like an idiot", "I was a lazy intern": contempt for oneself is not disrespect for others. */
  private Reason selfDirected(Answer answer, PhraseMatch match) {
    List<Token> tokens = answer.text().tokens();
    for (int i = match.first(); i <= match.last(); i++) {
      if (tokens.get(i).norm().equals("you")) {
        return null; // "I'm not sure you'd follow": about the interviewer
      }
    }
    int from = Math.max(answer.text().sentenceOf(match.first()).from(), match.first() - SELF_WINDOW);
    for (int i = match.first() - 1; i >= from; i--) {
      String norm = tokens.get(i).norm();
      boolean afterI = i > 0 && tokens.get(i - 1).norm().equals("i");
      if (norm.equals("me") || norm.equals("myself") || (afterI && selfDescription.contains(norm))) {
        return Reason.ABOUT_ONESELF;
      }
    }
    return null;
  }
}
