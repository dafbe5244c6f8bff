package dev.critique.nlp;

/**
 * Follows quotation marks through a paragraph so that quoted words can be told apart from the candidate's own.
 * Double marks (" “ ” « » „) open and close a quotation; a single mark (' ‘ ’) counts as a quotation mark only
 * where it stands at a word boundary, so apostrophes inside words are left alone. An unbalanced mark
 * quotes at most to the end of its paragraph.
 */
final class QuoteTracker {
  private final String text;
  private boolean inDouble;
  private boolean inSingle;

  QuoteTracker(String text) {
    this.text = text;
  }

  boolean isOpen() {
    return inDouble || inSingle;
  }

  boolean isQuoteMark(int at) {
    char c = text.charAt(at);
    if (c == '"' || c == '\u201C' || c == '\u201D' || c == '\u00AB' || c == '\u00BB' || c == '\u201E') {
      return true;
    }
    if (!TextPipeline.isApostrophe(c)) {
      return false;
    }
    boolean letterBefore = at > 0 && Character.isLetterOrDigit(text.charAt(at - 1));
    boolean letterAfter = at + 1 < text.length() && Character.isLetterOrDigit(text.charAt(at + 1));
    return inSingle ? !letterAfter : !letterBefore && letterAfter;
  }

  void toggle(int at) {
    char c = text.charAt(at);
    if (c == '\u201C' || c == '\u00AB' || c == '\u201E') {
      inDouble = true;
    } else if (c == '\u201D' || c == '\u00BB') {
      inDouble = false;
    } else if (c == '"') {
      inDouble = !inDouble;
    } else {
      inSingle = !inSingle;
    }
  }

  void endParagraph() {
    inDouble = false;
    inSingle = false;
  }
}
