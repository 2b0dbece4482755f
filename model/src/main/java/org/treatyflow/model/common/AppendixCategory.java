package org.treatyflow.model.common;

import static org.treatyflow.model.common.Instrument.WARSAW;

/**
 * The twenty categories of predicate offence listed in items (a) to (t) of the Appendix to the
 * Warsaw Convention, which every Party's laundering offence must at least cover (WC 9(4)).
 *
 * <p>They matter where a Party declared under WC 17(5) that bank-account requests are limited to
 * these categories.
 */
public enum AppendixCategory {
  ORGANISED_CRIME_AND_RACKETEERING("a", "Participation in an organised criminal group and racketeering"),
  TERRORISM("b", "Terrorism, including financing of terrorism"),
  TRAFFICKING_IN_HUMAN_BEINGS("c", "Trafficking in human beings and migrant smuggling"),
  SEXUAL_EXPLOITATION("d", "Sexual exploitation, including sexual exploitation of children"),
  DRUG_TRAFFICKING("e", "Illicit trafficking in narcotic drugs and psychotropic substances"),
  ARMS_TRAFFICKING("f", "Illicit arms trafficking"),
  TRAFFICKING_IN_STOLEN_GOODS("g", "Illicit trafficking in stolen and other goods"),
  CORRUPTION_AND_BRIBERY("h", "Corruption and bribery"),
  FRAUD("i", "Fraud"),
  COUNTERFEITING_CURRENCY("j", "Counterfeiting currency"),
  COUNTERFEITING_AND_PIRACY_OF_PRODUCTS("k", "Counterfeiting and piracy of products"),
  ENVIRONMENTAL_CRIME("l", "Environmental crime"),
  MURDER_AND_GRIEVOUS_BODILY_INJURY("m", "Murder and grievous bodily injury"),
  KIDNAPPING_AND_HOSTAGE_TAKING("n", "Kidnapping, illegal restraint and hostage-taking"),
  ROBBERY_AND_THEFT("o", "Robbery and theft"),
  SMUGGLING("p", "Smuggling"),
  EXTORTION("q", "Extortion"),
  FORGERY("r", "Forgery"),
  PIRACY("s", "Piracy"),
  INSIDER_TRADING_AND_MARKET_MANIPULATION("t", "Insider trading and market manipulation");

  private final String item;
  private final String title;

  AppendixCategory(String item, String title) {
    this.item = item;
    this.title = title;
  }

  /** The item letter in the Appendix, {@code a} to {@code t}. */
  public String item() {
    return item;
  }

  /** The category as the Appendix names it. */
  public String title() {
    return title;
  }

  /** The provision that makes the Appendix the minimum scope of predicates: WC 9(4). */
  public ArticleCitation legalBasis() {
    return WARSAW.cite(9, 4);
  }
}
