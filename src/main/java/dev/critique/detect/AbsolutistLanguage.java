package dev.critique.detect;

import dev.critique.rules.PhraseMatch;
import dev.critique.rules.RuleSet;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Set;

@Singleton
@DetectorInfo(
    id = "absolutist-language",
    principle = Principle.HUMILITY,
    severity = Severity.WARNING,
    title = "a claim about yourself that admits no exception",
    message = "This is a sweeping claim about yourself that admits no exception. Interviewers hear it as a lack of "
        + "humility: everyone makes mistakes, and saying otherwise makes the rest of the answer hard to believe.",
    suggestion = "Replace the absolute with something true and specific: \"I rarely miss deadlines, and the one time "
        + "I did, I flagged it two days early\" is stronger than \"I never miss deadlines\".")
public class AbsolutistLanguage implements Detector {
  private final RuleSet rules = RuleSet.load("absolutist-language");
  private final Set<String> historyAfter = rules.words("history-after");
  private final Set<String> wishVerbs = rules.words("wish-verb-forms");
  private final Set<String> thirdPerson = rules.words("third-person");

  @Override
  public List<Hit> detect(Answer answer) {
    return rules.find(answer.text()).stream().map(m -> answer.hit(m, reason(answer, m))).toList();
  }

  private Reason reason(Answer answer, PhraseMatch match) {
    if (match.pattern().label().equals("someone-else")) {
      Reason common = answer.commonReason(match);
      return common != null ? common : Reason.ABOUT_SOMEONE_ELSE;
    }
    if (!answer.mentionsSelf(match) && answer.sentenceMentions(match, thirdPerson)) {
      return Reason.ABOUT_SOMEONE_ELSE; // "nothing ever goes wrong for him"; "never made one" is elliptic, and mine
    }
    if (match.last() > match.first() && wishVerbs.contains(answer.text().tokens().get(match.first() + 1).norm())) {
      return Reason.WISH_HISTORY_OR_RESOLVE; // "I wanted it to go perfectly"
    }
    if (answer.hasLessonInSentence(answer.sentenceOf(match))) {
      return Reason.HABIT_ADOPTED_AS_LESSON; // "since then I always write a rollback script"
    }
    return answer.followedInClause(match, 8, historyAfter) ? Reason.WISH_HISTORY_OR_RESOLVE : null;
  }
}
