package dev.critique.detect;

import dev.critique.rules.PhraseMatch;
import dev.critique.rules.RuleSet;
import jakarta.inject.Singleton;
import java.util.List;

@Singleton
@DetectorInfo(
    id = "blame-shifting",
    principle = Principle.OWNERSHIP,
    severity = Severity.CRITICAL,
    title = "blame put on others",
    message = "The answer puts the failure on other people or circumstances and owns no part of it. Interviewers "
        + "want to hear what you controlled and what you would change; blame suggests you would do the same again.",
    suggestion = "Keep the context short and own your share: \"The requirements kept moving, but I didn't push back "
        + "early enough. Now I agree a change process at kick-off.\"")
public class BlameShifting implements Detector {
  private final RuleSet rules = RuleSet.load("blame-shifting");

  @Override
  public List<Hit> detect(Answer answer) {
    Reason owned = answer.ownership().isEmpty() ? null : Reason.RESPONSIBILITY_OWNED;
    return rules.find(answer.text()).stream().map(m -> answer.hit(m, ownFault(answer, m) ? Reason.ABOUT_ONESELF
        : owned)).toList();
  }

  /** A "not-mine" rule ("…was the pharmacy's fault") says the opposite when it names the candidate ("my fault"). */
  private static boolean ownFault(Answer answer, PhraseMatch match) {
    return match.pattern().label().equals("not-mine") && answer.mentionsSelf(match);
  }
}
