package dev.critique.detect;

import dev.critique.rules.RuleSet;
import jakarta.inject.Singleton;
import java.util.List;

@Singleton
@DetectorInfo(
    id = "credential-superiority",
    principle = Principle.RESPECT,
    severity = Severity.CRITICAL,
    title = "credentials used to put someone down",
    message = "You use a credential (a degree, title, school or years of experience) to set yourself above someone "
        + "or to wave away their judgement. Interviewers read this as a lack of respect for colleagues, and often "
        + "for themselves.",
    suggestion = "State credentials plainly and let them support a point (\"my statistics background helped me spot "
        + "the sampling error\"), and describe other people's views on their merits, not their qualifications.")
public class CredentialSuperiority implements Detector {
  private final RuleSet rules = RuleSet.load("credential-superiority");

  @Override
  public List<Hit> detect(Answer answer) {
    return rules.find(answer.text()).stream().map(m -> answer.hit(m, null)).toList();
  }
}
