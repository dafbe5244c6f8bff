package dev.critique.detect;

import dev.critique.nlp.Sentence;
import dev.critique.nlp.Token;
import dev.critique.rules.PhraseMatch;
import dev.critique.rules.RuleSet;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

@Singleton
@DetectorInfo(
    id = "weakness-denial",
    principle = Principle.SELF_AWARENESS,
    severity = Severity.WARNING,
    title = "a denied or disguised weakness",
    message = "The answer denies having a weakness, mistake or conflict, or offers a strength dressed up as one. "
        + "Interviewers ask to see self-awareness; a denial or a cliché like \"I'm a perfectionist\" shows none.",
    suggestion = "Name a real, work-relevant weakness or mistake, its cost, and what you are doing about it: \"I used "
        + "to take on too much myself; I now agree priorities with my lead every Monday.\"")
public class WeaknessDenial implements Detector {
  /** A disguised strength only counts when the question asked for a weakness or setback. */
  private static final String DISGUISED = "disguised";

  /** A refusal sentence ("No.", "Nothing, honestly.") to a setback question is a denial, however it is worded. */
  private static final int BARE_ANSWER_WORDS = 5;

  private final RuleSet rules = RuleSet.load("weakness-denial");
  private final Set<String> bareDenials = rules.words("bare-denial");
  private final Set<String> immunityWords = rules.words("immunity-word");
  private final AbsolutistLanguage absolutist;
  private final CredentialSuperiority credentials;
  private final BlameShifting blame;

  /**
   * Asked for a setback, "I never miss deadlines" or "with my MBA I'm past rookie mistakes" denies having one, so
   * absolutist claims and credential claims of immunity count here too; but an answer that admits the failure and
   * blames others for it is blame-shifting, not a denial.
   */
  public WeaknessDenial(AbsolutistLanguage absolutist, CredentialSuperiority credentials, BlameShifting blame) {
    this.absolutist = absolutist;
    this.credentials = credentials;
    this.blame = blame;
  }

  @Override
  public List<Hit> detect(Answer answer) {
    boolean setbackQuestion = QuestionType.SETBACKS.contains(answer.questionType());
    List<Hit> hits = new ArrayList<>();
    for (PhraseMatch match : rules.find(answer.text())) {
      if (setbackQuestion || !match.pattern().label().equals(DISGUISED)) {
        hits.add(answer.hit(match, null));
      }
    }
    if (setbackQuestion && answer.hits(blame).stream().noneMatch(Hit::isReported)) {
      SpanSet taken = new SpanSet();
      hits.forEach(hit -> taken.add(hit.span()));
      Stream.concat(answer.hits(absolutist).stream(),
              answer.hits(credentials).stream().filter(claim -> claimsImmunity(answer, claim)))
          .filter(claim -> claim.isReported() && !taken.overlaps(claim.span()))
          .forEach(claim -> {
            hits.add(claim);
            taken.add(claim.span());
          });
    }
    if (setbackQuestion) {
      if (hits.isEmpty()) {
        bareDenial(answer).ifPresent(hits::add);
      }
    }
    return hits;
  }

  /** A credential claim that names what it makes one immune to: "past rookie mistakes", "no gaps". */
  private boolean claimsImmunity(Answer answer, Hit claim) {
    return claim.span() != null && answer.tokensIn(claim.span()).stream()
        .anyMatch(t -> immunityWords.contains(t.norm()));
  }

  /**
   * The answer opens with a bare refusal: "Nothing.", "Not really.", "None, honestly.", or does so right after
   * echoing the question ("Failed? No.").
   */
  private Optional<Hit> bareDenial(Answer answer) {
    List<Sentence> sentences = answer.text().sentences();
    int opening = sentences.size() > 1 && answer.text().text().charAt(sentences.get(0).end() - 1) == '?' ? 2 : 1;
    for (Sentence sentence : sentences.subList(0, Math.min(opening, sentences.size()))) {
      List<Token> words = answer.text().tokens().subList(sentence.from(), sentence.to()).stream()
          .filter(Token::isWord).toList();
      if (!words.isEmpty() && words.size() <= BARE_ANSWER_WORDS && bareDenials.contains(words.get(0).norm())) {
        return Optional.of(Hit.reported(new Span(words.get(0).start(), words.get(words.size() - 1).end())));
      }
    }
    return Optional.empty();
  }
}
