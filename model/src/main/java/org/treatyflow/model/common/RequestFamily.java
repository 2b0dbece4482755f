package org.treatyflow.model.common;

import static org.treatyflow.model.common.Instrument.BUDAPEST;
import static org.treatyflow.model.common.Instrument.SECOND_PROTOCOL;
import static org.treatyflow.model.common.Instrument.WARSAW;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;

/**
 * Every family of request, measure or record the library models, with its legal basis.
 *
 * <p>In Java 17 a {@code switch} expression over this enum must cover every constant, which makes
 * it the compile-checked closed set of families (a sealed {@code Request} hierarchy would need all
 * families in one package, or a named module, and gives no exhaustive {@code switch} over types
 * before Java 21). Adding a constant is a breaking change.
 */
public enum RequestFamily {
  // Budapest Convention, Chapter III
  /** Spontaneous information (BC 26). */
  SPONTANEOUS_INFORMATION(Kind.SPONTANEOUS, Verification.CONFIRMED, BUDAPEST.cite(26)),
  /** General mutual assistance (BC 25, 27). */
  MUTUAL_ASSISTANCE(Kind.REQUEST, Verification.CONFIRMED, BUDAPEST.cite(25), BUDAPEST.cite(27)),
  /** Expedited preservation of stored computer data (BC 29). */
  EXPEDITED_PRESERVATION(Kind.REQUEST, Verification.CONFIRMED, BUDAPEST.cite(29)),
  /** Expedited disclosure of preserved traffic data (BC 30). */
  PRESERVED_TRAFFIC_DISCLOSURE(Kind.DISCLOSURE, Verification.CONFIRMED, BUDAPEST.cite(30)),
  /** Mutual assistance regarding accessing of stored computer data (BC 31). */
  STORED_DATA_ACCESS(Kind.REQUEST, Verification.CONFIRMED, BUDAPEST.cite(31)),
  /** Trans-border access with consent or to publicly available data (BC 32); no request is made. */
  TRANS_BORDER_ACCESS(Kind.RECORD, Verification.CONFIRMED, BUDAPEST.cite(32)),
  /** Real-time collection of traffic data (BC 33). */
  REAL_TIME_TRAFFIC_COLLECTION(Kind.REQUEST, Verification.CONFIRMED, BUDAPEST.cite(33)),
  /** Interception of content data (BC 34). */
  CONTENT_INTERCEPTION(Kind.REQUEST, Verification.CONFIRMED, BUDAPEST.cite(34)),

  // Second Additional Protocol
  /** Request for domain name registration information, sent directly to a registrar (2AP 6). */
  DOMAIN_REGISTRATION_INFORMATION(Kind.REQUEST, Verification.UNVERIFIED, SECOND_PROTOCOL.cite(6)),
  /** Order for subscriber information sent directly to a provider in another Party (2AP 7). */
  SUBSCRIBER_INFORMATION_ORDER(Kind.REQUEST, Verification.UNVERIFIED, SECOND_PROTOCOL.cite(7)),
  /** Giving effect to a foreign production order (2AP 8). */
  FOREIGN_PRODUCTION_ORDER(Kind.REQUEST, Verification.UNVERIFIED, SECOND_PROTOCOL.cite(8)),
  /** Expedited disclosure of data in an emergency through the 24/7 network (2AP 9). */
  EMERGENCY_DISCLOSURE(Kind.REQUEST, Verification.UNVERIFIED, SECOND_PROTOCOL.cite(9)),
  /**
   * Emergency mutual assistance (2AP 10): the core is confirmed, every rule beyond it is unverified
   * (CONVENTIONS 2.3.5).
   */
  EMERGENCY_MUTUAL_ASSISTANCE(Kind.REQUEST, Verification.UNVERIFIED, SECOND_PROTOCOL.cite(10)),
  /** Video conferencing (2AP 11). */
  VIDEO_CONFERENCE(Kind.REQUEST, Verification.UNVERIFIED, SECOND_PROTOCOL.cite(11)),
  /** Joint investigation teams and joint investigations, set up by agreement (2AP 12). */
  JOINT_INVESTIGATION_TEAM(Kind.ARRANGEMENT, Verification.UNVERIFIED, SECOND_PROTOCOL.cite(12)),

  // Warsaw Convention, Chapter IV, Section 2
  /** Assistance in identifying and tracing property liable to confiscation (WC 16). */
  INVESTIGATIVE_ASSISTANCE(Kind.REQUEST, Verification.CONFIRMED, WARSAW.cite(16)),
  /** Requests for information on bank accounts (WC 17). */
  BANK_ACCOUNT_INFORMATION(Kind.REQUEST, Verification.CONFIRMED, WARSAW.cite(17)),
  /** Requests for information on banking transactions (WC 18). */
  BANKING_TRANSACTION_INFORMATION(Kind.REQUEST, Verification.CONFIRMED, WARSAW.cite(18)),
  /** Requests for the monitoring of banking transactions (WC 19). */
  BANKING_TRANSACTION_MONITORING(Kind.REQUEST, Verification.CONFIRMED, WARSAW.cite(19)),
  /** Spontaneous information on instrumentalities and proceeds (WC 20). */
  SPONTANEOUS_INFORMATION_ON_PROCEEDS(Kind.SPONTANEOUS, Verification.CONFIRMED, WARSAW.cite(20)),
  // Section 3
  /** Provisional measures: freezing or seizure (WC 21, 22). */
  PROVISIONAL_MEASURES(Kind.REQUEST, Verification.CONFIRMED, WARSAW.cite(21), WARSAW.cite(22)),
  // Section 4
  /** Confiscation, including value confiscation (WC 23, 24). */
  CONFISCATION(Kind.REQUEST, Verification.CONFIRMED, WARSAW.cite(23), WARSAW.cite(24)),
  /** Disposal of confiscated property: return to victims or owners, or sharing (WC 25). */
  DISPOSAL(Kind.REQUEST, Verification.CONFIRMED, WARSAW.cite(25)),
  // Chapter V
  /** Cooperation between Financial Intelligence Units (WC 46). */
  FIU_INFORMATION_EXCHANGE(Kind.REQUEST, Verification.CONFIRMED, WARSAW.cite(46)),
  /** International postponement of domestic suspicious transactions (WC 47). */
  FIU_POSTPONEMENT(Kind.REQUEST, Verification.CONFIRMED, WARSAW.cite(47));

  /** What a family's documents are. */
  public enum Kind {
    /** A request from a requesting to a requested Party (or to a provider or registrar abroad). */
    REQUEST,
    /** Information sent without a prior request. */
    SPONTANEOUS,
    /** A disclosure the requested Party owes while executing another request. */
    DISCLOSURE,
    /** A record a Party keeps of its own action; nothing is sent to another Party. */
    RECORD,
    /** An agreement between competent authorities rather than a request. */
    ARRANGEMENT
  }

  private final Kind kind;
  private final Verification verification;
  private final ImmutableList<ArticleCitation> legalBasis;

  RequestFamily(Kind kind, Verification verification, ArticleCitation... legalBasis) {
    this.kind = kind;
    this.verification = verification;
    this.legalBasis = ImmutableList.copyOf(legalBasis);
  }

  /** The articles that establish the family, never empty. */
  public List<ArticleCitation> legalBasis() {
    return legalBasis;
  }

  /** The treaty of the family. */
  public Instrument instrument() {
    return legalBasis.get(0).instrument();
  }

  /** What the family's documents are. */
  public Kind kind() {
    return kind;
  }

  /** Whether the family's content rules were read in the treaty text. */
  public Verification verification() {
    return verification;
  }

  /**
   * The section of Chapter IV of the Warsaw Convention the family belongs to; empty for the other
   * treaties and for the FIU cooperation of Chapter V.
   */
  public Optional<WarsawSection> warsawSection() {
    ArticleCitation first = legalBasis.get(0);
    if (first.instrument() != WARSAW) {
      return Optional.empty();
    }
    for (WarsawSection section : WarsawSection.values()) {
      if (section.contains(first.article())) {
        return Optional.of(section);
      }
    }
    return Optional.empty();
  }
}
