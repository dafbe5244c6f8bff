package dev.critique.detect;

import dev.critique.rules.RuleSet;
import jakarta.inject.Singleton;
import dev.critique.rules.PhraseMatch;
import java.util.ArrayList;
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
  private static final String CREDENTIAL = "credential";
  private static final String CUE = "cue";

  private final RuleSet rules = RuleSet.load("credential-superiority");
  private final AbsolutistLanguage absolutist;
  private final Disrespect disrespect;

  /** An absolutist claim or a put-down next to a credential is the credential used for immunity or superiority. */
  public CredentialSuperiority(AbsolutistLanguage absolutist, Disrespect disrespect) {
    this.absolutist = absolutist;
    this.disrespect = disrespect;
  }

  @Override
  public List<Hit> detect(Answer answer) {
    List<Hit> hits = new ArrayList<>();
    List<Span> credentials = new ArrayList<>();
    List<Span> cues = new ArrayList<>();
    for (PhraseMatch match : rules.find(answer.text())) {
      Hit hit = answer.hit(match, null);
      switch (match.pattern().label()) {
        case CREDENTIAL -> keepIfStated(hit, credentials);
        case CUE -> keepIfStated(hit, cues);
        default -> hits.add(hit);
      }
    }
    absolutist.detect(answer).forEach(hit -> keepIfStated(hit, cues));
    disrespect.detect(answer).forEach(hit -> keepIfStated(hit, cues));
    for (Span credential : credentials) {
      for (Span cue : cues) {
        if (nearby(answer, credential, cue) && hits.stream().noneMatch(h -> h.span().overlaps(cue))) {
          hits.add(Hit.reported(new Span(Math.min(credential.start(), cue.start()),
              Math.max(credential.end(), cue.end()))));
        }
      }
    }
    return hits;
  }

  private static void keepIfStated(Hit hit, List<Span> into) {
    if (hit.isReported() && hit.span() != null) {
      into.add(hit.span());
    }
  }

  /** In the same sentence or the next one. */
  private static boolean nearby(Answer answer, Span a, Span b) {
    return Math.abs(answer.sentenceAt(a.start()) - answer.sentenceAt(b.start())) <= 1;
  }
}
