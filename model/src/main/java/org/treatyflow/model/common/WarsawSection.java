package org.treatyflow.model.common;

import static org.treatyflow.model.common.Instrument.WARSAW;

/**
 * The sections of Chapter IV of the Warsaw Convention. The grounds for refusal of WC 28 refer to
 * them, so every Warsaw request knows its section.
 */
public enum WarsawSection {
  /** Section 1, general principles (WC 15). */
  GENERAL_PRINCIPLES(1, 15, 15),
  /** Section 2, investigative assistance (WC 16-20). */
  INVESTIGATIVE_ASSISTANCE(2, 16, 20),
  /** Section 3, provisional measures (WC 21-22). */
  PROVISIONAL_MEASURES(3, 21, 22),
  /** Section 4, confiscation (WC 23-27). */
  CONFISCATION(4, 23, 27),
  /** Section 5, refusal and postponement (WC 28-30). */
  REFUSAL_AND_POSTPONEMENT(5, 28, 30),
  /** Section 6, notification and protection of third parties' rights (WC 31-32). */
  NOTIFICATION_AND_THIRD_PARTIES(6, 31, 32),
  /** Section 7, procedural and other general rules (WC 33-45). */
  PROCEDURAL_RULES(7, 33, 45);

  private final int number;
  private final int firstArticle;
  private final int lastArticle;

  WarsawSection(int number, int firstArticle, int lastArticle) {
    this.number = number;
    this.firstArticle = firstArticle;
    this.lastArticle = lastArticle;
  }

  /** The section number, 1 to 7. */
  public int number() {
    return number;
  }

  /** The first article of the section. */
  public ArticleCitation firstArticle() {
    return WARSAW.cite(firstArticle);
  }

  /** The last article of the section. */
  public ArticleCitation lastArticle() {
    return WARSAW.cite(lastArticle);
  }

  /** Whether the Warsaw article {@code article} lies in this section. */
  public boolean contains(int article) {
    return article >= firstArticle && article <= lastArticle;
  }
}
