package org.treatyflow.model.common;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Optional;

/**
 * One of the three treaties the library models.
 *
 * <p>Adding a constant is a breaking change: callers switch over instruments.
 */
public enum Instrument {
  /** Convention on Cybercrime, Budapest, 23 November 2001 (ETS No. 185). */
  BUDAPEST(
      "BC",
      "ETS 185",
      new BilingualText("Convention on Cybercrime", "Convention sur la cybercriminalité")),
  /**
   * Second Additional Protocol to the Convention on Cybercrime on enhanced co-operation and
   * disclosure of electronic evidence, Strasbourg, 12 May 2022 (CETS No. 224).
   */
  SECOND_PROTOCOL(
      "2AP",
      "CETS 224",
      new BilingualText(
          "Second Additional Protocol to the Convention on Cybercrime on enhanced co-operation and"
              + " disclosure of electronic evidence",
          "Deuxième Protocole additionnel à la Convention sur la cybercriminalité relatif au"
              + " renforcement de la coopération et de la divulgation de preuves électroniques")),
  /**
   * Council of Europe Convention on Laundering, Search, Seizure and Confiscation of the Proceeds
   * from Crime and on the Financing of Terrorism, Warsaw, 16 May 2005 (CETS No. 198).
   */
  WARSAW(
      "WC",
      "CETS 198",
      new BilingualText(
          "Council of Europe Convention on Laundering, Search, Seizure and Confiscation of the"
              + " Proceeds from Crime and on the Financing of Terrorism",
          "Convention du Conseil de l'Europe relative au blanchiment, au dépistage, à la saisie et"
              + " à la confiscation des produits du crime et au financement du terrorisme"));

  private final String shortName;
  private final String treatyNumber;
  private final BilingualText title;

  Instrument(String shortName, String treatyNumber, BilingualText title) {
    this.shortName = shortName;
    this.treatyNumber = treatyNumber;
    this.title = title;
  }

  /** The short name used in citations: {@code BC}, {@code 2AP} or {@code WC}. */
  public String shortName() {
    return shortName;
  }

  /** The Council of Europe Treaty Series number, e.g. {@code ETS 185}. */
  public String treatyNumber() {
    return treatyNumber;
  }

  /** The treaty's title in its two official languages. */
  public BilingualText title() {
    return title;
  }

  /** Cites a whole article of this instrument, e.g. {@code BUDAPEST.cite(29)} is {@code BC 29}. */
  public ArticleCitation cite(int article) {
    return ArticleCitation.of(this, article, Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** Cites a paragraph, e.g. {@code BUDAPEST.cite(29, 7)} is {@code BC 29(7)}. */
  public ArticleCitation cite(int article, int paragraph) {
    return ArticleCitation.of(
        this, article, Optional.of(paragraph), Optional.empty(), Optional.empty());
  }

  /** Cites a point of a paragraph, e.g. {@code BUDAPEST.cite(29, 2, "a")} is {@code BC 29(2)(a)}. */
  public ArticleCitation cite(int article, int paragraph, String point) {
    return ArticleCitation.of(
        this, article, Optional.of(paragraph), Optional.of(point), Optional.empty());
  }

  /**
   * Cites a sub-point, e.g. {@code SECOND_PROTOCOL.cite(7, 5, "c", "i")} is {@code 2AP 7(5)(c)(i)}.
   */
  public ArticleCitation cite(int article, int paragraph, String point, String subpoint) {
    return ArticleCitation.of(
        this, article, Optional.of(paragraph), Optional.of(point), Optional.of(subpoint));
  }

  /**
   * Cites a point of an article whose points are not in numbered paragraphs, e.g. {@code
   * WARSAW.citePoint(1, "h")} is {@code WC 1(h)}.
   */
  public ArticleCitation citePoint(int article, String point) {
    return ArticleCitation.of(this, article, Optional.empty(), Optional.of(point), Optional.empty());
  }

  /** The instrument whose short name is {@code shortName}, e.g. {@code "BC"}. */
  public static Instrument fromShortName(String shortName) {
    for (Instrument instrument : values()) {
      if (instrument.shortName.equals(shortName)) {
        return instrument;
      }
    }
    checkArgument(false, "Unknown instrument short name '%s': expected BC, 2AP or WC", shortName);
    throw new AssertionError("unreachable");
  }
}
