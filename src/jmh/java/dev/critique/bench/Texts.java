package dev.critique.bench;

import java.util.ArrayList;
import java.util.List;

/** Benchmark inputs: the 142-word answer of /work/shared/bench/answer.json and texts of a given word count. */
final class Texts {
  static final String QUESTION = "Tell me about a time you made a mistake at work.";

  /** The answer of /work/shared/bench/answer.json (142 words, 793 characters). */
  static final String TYPICAL = "Early in my career I was responsible for the monthly billing export, and one month I changed the"
      + " currency rounding without telling the finance team. The totals were off by a few cents on thousands of"
      + " invoices, and a customer noticed before we did. I told my manager the same morning, wrote a script to find"
      + " every affected invoice, and we sent corrected statements within two days. Looking back, the mistake was not"
      + " the rounding itself but changing shared behaviour without a review. Since then I put every change that"
      + " touches money behind a peer review and a comparison run against the previous month, and I keep a short"
      + " change log that finance can read. It slowed me down a little at first, but we have not had a billing"
      + " correction since, and the finance team now asks to be included earlier.";

  /** Paragraphs that make the other detectors fire, cycled with TYPICAL to build long answers. */
  private static final String[] OTHERS = {
      "Honestly I never make mistakes, and when a release slipped it was always because my manager gave unclear"
          + " instructions and the QA team was lazy. I don't think I have any real weakness; maybe I am a"
          + " perfectionist who works too hard. With my degree from a top university I usually know better than"
          + " the people around me, so I just do it my way.",
      "In my last role we migrated the reporting database over a weekend. I didn't check the backup restore time,"
          + " so Monday's reports were four hours late. I owned it in the stand-up, wrote down what went wrong, and"
          + " I learned to rehearse every restore before a migration. Now the team runs a timed restore drill each"
          + " quarter, and we caught two slow restores that way.",
  };

  private Texts() {}

  /** An answer of exactly {@code words} words: paragraphs (one per line) cycled, the last one cut short. */
  static String ofWords(int words) {
    if (words == 142) {
      return TYPICAL;
    }
    List<String> out = new ArrayList<>();
    int have = 0;
    for (int p = 0; have < words; p++) {
      String paragraph = p % 3 == 0 ? TYPICAL : OTHERS[(p % 3) - 1];
      String[] w = paragraph.split(" ");
      int take = Math.min(w.length, words - have);
      out.add(String.join(" ", java.util.Arrays.copyOf(w, take)));
      have += take;
    }
    return String.join("\n", out);
  }
}
