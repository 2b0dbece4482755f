package org.treatyflow.model.common;

import static org.treatyflow.model.common.Instrument.BUDAPEST;
import static org.treatyflow.model.common.Instrument.SECOND_PROTOCOL;
import static org.treatyflow.model.common.Instrument.WARSAW;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * The role in which an authority or entity acts in cooperation, with the provisions that give it.
 *
 * <p>Adding a constant is a breaking change: callers switch over roles.
 */
public enum AuthorityRole {
  /** Sends, answers and executes requests (BC 27(2); WC 33, communicating directly under WC 34(1)). */
  CENTRAL_AUTHORITY(Verification.CONFIRMED, BUDAPEST.cite(27, 2), WARSAW.cite(33)),
  /** Available 24 hours a day, 7 days a week for immediate assistance (BC 35). */
  POINT_OF_CONTACT_24_7(Verification.CONFIRMED, BUDAPEST.cite(35)),
  /** A judge or court; may act directly in urgent cases (BC 27(9)(a); WC 34(2)). */
  JUDICIAL_AUTHORITY(Verification.CONFIRMED, BUDAPEST.cite(27, 9, "a"), WARSAW.cite(34, 2)),
  /** A public prosecutor, a judicial authority under WC 34(2) and WC 28(3). */
  PROSECUTOR(Verification.CONFIRMED, WARSAW.cite(34, 2), WARSAW.cite(28, 3)),
  /**
   * A police or other law-enforcement authority acting as the competent authority of its Party; the
   * treaties do not define this role, so it cites the non-coercive direct route between competent
   * authorities (BC 27(9); WC 34(5)). A library reading, not treaty text, so unverified.
   */
  POLICE(Verification.UNVERIFIED, BUDAPEST.cite(27, 9), WARSAW.cite(34, 5)),
  /** An authority competent to issue orders to providers abroad (2AP 7; definition in 2AP 3, unverified). */
  COMPETENT_AUTHORITY(Verification.UNVERIFIED, SECOND_PROTOCOL.cite(7)),
  /** A Financial Intelligence Unit (WC 46, WC 47). */
  FINANCIAL_INTELLIGENCE_UNIT(Verification.CONFIRMED, WARSAW.cite(46), WARSAW.cite(47)),
  /** A service provider (BC 1(c)); receives orders directly under 2AP 7. */
  SERVICE_PROVIDER(Verification.CONFIRMED, BUDAPEST.citePoint(1, "c")),
  /** A registrar or registry providing domain-name registration services (2AP 6). */
  DOMAIN_REGISTRATION_ENTITY(Verification.UNVERIFIED, SECOND_PROTOCOL.cite(6));

  private final Verification verification;
  private final ImmutableList<ArticleCitation> legalBasis;

  AuthorityRole(Verification verification, ArticleCitation... legalBasis) {
    this.verification = verification;
    this.legalBasis = ImmutableList.copyOf(legalBasis);
  }

  /** The provisions that give this role, never empty. */
  public List<ArticleCitation> legalBasis() {
    return legalBasis;
  }

  /** Whether the role's treaty basis was read in the treaty text. */
  public Verification verification() {
    return verification;
  }

  /** Whether an entity in this role is private (a provider or registrar) rather than a public authority. */
  public boolean isPrivateEntity() {
    return this == SERVICE_PROVIDER || this == DOMAIN_REGISTRATION_ENTITY;
  }
}
