package org.treatyflow.model.common;

import static org.treatyflow.model.common.Instrument.BUDAPEST;

/**
 * The substantive offences of BC Articles 2 to 11.
 *
 * <p>They have a special status in cooperation: a request concerning them may not be refused solely
 * because the requested Party considers the offence fiscal (BC 25(4)), and the BC 29(4) reservation
 * cannot be used to refuse their preservation.
 */
public enum BudapestOffence {
  BC2_ILLEGAL_ACCESS(2, "Illegal access"),
  BC3_ILLEGAL_INTERCEPTION(3, "Illegal interception"),
  BC4_DATA_INTERFERENCE(4, "Data interference"),
  BC5_SYSTEM_INTERFERENCE(5, "System interference"),
  BC6_MISUSE_OF_DEVICES(6, "Misuse of devices"),
  BC7_COMPUTER_FORGERY(7, "Computer-related forgery"),
  BC8_COMPUTER_FRAUD(8, "Computer-related fraud"),
  BC9_CHILD_SEXUAL_ABUSE_MATERIAL(9, "Offences related to child pornography"),
  BC10_IP_INFRINGEMENT(10, "Offences related to infringements of copyright and related rights"),
  BC11_ATTEMPT_AIDING_ABETTING(11, "Attempt and aiding or abetting");

  private final int article;
  private final String title;

  BudapestOffence(int article, String title) {
    this.article = article;
    this.title = title;
  }

  /** The article that establishes the offence, e.g. {@code BC 8}. */
  public ArticleCitation legalBasis() {
    return BUDAPEST.cite(article);
  }

  /** The article's English title. */
  public String title() {
    return title;
  }
}
