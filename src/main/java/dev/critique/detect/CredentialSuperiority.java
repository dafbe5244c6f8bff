package dev.critique.detect;

import dev.critique.rules.RuleSet;
import jakarta.inject.Singleton;
import dev.critique.rules.PhraseMatch;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
    answer.hits(absolutist).forEach(hit -> keepIfStated(hit, cues));
    answer.hits(disrespect).forEach(hit -> keepIfStated(hit, cues));
    SpanSet taken = new SpanSet();
    hits.forEach(hit -> taken.add(hit.span()));
    Map<Integer, List<Integer>> cuesBySentence = new HashMap<>();
    for (int i = 0; i < cues.size(); i++) {
      cuesBySentence.computeIfAbsent(answer.sentenceAt(cues.get(i).start()), k -> new ArrayList<>()).add(i);
    }
    for (Span credential : credentials) {
      int sentence = answer.sentenceAt(credential.start());
      List<Integer> nearby = new ArrayList<>(); // cues in the same sentence or a neighbouring one, in found order
      for (int s = sentence - 1; s <= sentence + 1; s++) {
        nearby.addAll(cuesBySentence.getOrDefault(s, List.of()));
      }
      nearby.sort(null);
      for (int index : nearby) {
        Span cue = cues.get(index);
        if (!taken.overlaps(cue)) {
          Span both = new Span(Math.min(credential.start(), cue.start()), Math.max(credential.end(), cue.end()));
          hits.add(Hit.reported(both));
          taken.add(both);
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
}
