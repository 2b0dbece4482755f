package org.treatyflow.model.transborder;

import static com.google.common.base.Preconditions.checkArgument;
import static org.treatyflow.model.common.Instrument.BUDAPEST;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.treatyflow.model.common.ArticleCitation;
import org.treatyflow.model.common.Authority;
import org.treatyflow.model.common.CompletenessRule;
import org.treatyflow.model.common.CompletenessRules;
import org.treatyflow.model.common.CooperationAct;
import org.treatyflow.model.common.DataItem;
import org.treatyflow.model.common.Party;
import org.treatyflow.model.common.PersonalData;
import org.treatyflow.model.common.RequestFamily;
import org.treatyflow.model.common.RequestId;
import org.treatyflow.model.common.Verification;
import org.treatyflow.model.common.Violation;

/**
 * The record a Party keeps of its own access to stored computer data located in another State,
 * made without that State's authorisation.
 *
 * <p>Legal basis: BC 32 (32(a) publicly available data; 32(b) data in another Party accessed with
 * the lawful and voluntary consent of the person with lawful authority to disclose it). No request
 * is made and nothing is sent to the other State. The treaty prescribes no record; the rules of
 * {@link #REQUIRED_CONTENT} ask the record to show the elements of BC 32 that make the access
 * lawful.
 */
@Value.Immutable
public interface TransBorderAccessRecord extends CooperationAct {
  /** The content the record must show, in the order of the article. */
  CompletenessRules<TransBorderAccessRecord> REQUIRED_CONTENT =
      CompletenessRules.<TransBorderAccessRecord>builder()
          .add(
              CompletenessRule.require(
                  "BC_32_DATA_ACCESSED",
                  BUDAPEST.cite(32),
                  "dataAccessed",
                  Verification.UNVERIFIED,
                  r -> !r.dataAccessed().isEmpty(),
                  "The record must describe the stored computer data that was accessed or received.",
                  "L'enregistrement doit décrire les données informatiques stockées qui ont été"
                      + " consultées ou reçues."))
          .add(
              CompletenessRule.require(
                  "BC_32_STORED_ABROAD",
                  BUDAPEST.cite(32),
                  "storedIn",
                  Verification.CONFIRMED,
                  r -> r.storedIn().map(p -> !p.equals(r.accessingParty())).orElse(true),
                  "Data stored on the accessing Party's own territory is not trans-border access;"
                      + " record it under domestic law instead.",
                  "Des données stockées sur le territoire de la Partie qui y accède ne relèvent pas"
                      + " de l'accès transfrontière ; elles relèvent du droit interne."))
          .add(
              CompletenessRule.require(
                  "BC_32_B_CONSENT_GIVER",
                  BUDAPEST.citePoint(32, "b"),
                  "consentGiver",
                  Verification.UNVERIFIED,
                  r -> !r.reliesOnConsent() || r.consentGiver().filter(c -> !c.isBlank()).isPresent(),
                  "Access based on consent must record who gave the consent and their lawful"
                      + " authority to disclose the data.",
                  "Un accès fondé sur le consentement doit indiquer qui a donné ce consentement et à"
                      + " quel titre cette personne est légalement autorisée à divulguer les"
                      + " données."))
          .add(
              CompletenessRule.require(
                  "BC_32_B_CONSENT_DATE",
                  BUDAPEST.citePoint(32, "b"),
                  "consentObtainedOn",
                  Verification.UNVERIFIED,
                  r -> !r.reliesOnConsent() || r.consentObtainedOn().isPresent(),
                  "Access based on consent must record the date the consent was obtained.",
                  "Un accès fondé sur le consentement doit indiquer la date à laquelle le"
                      + " consentement a été obtenu."))
          .add(
              CompletenessRule.require(
                  "BC_32_B_CONSENT_BEFORE_ACCESS",
                  BUDAPEST.citePoint(32, "b"),
                  "consentObtainedOn",
                  Verification.UNVERIFIED,
                  r -> !r.reliesOnConsent() || r.consentObtainedOn().map(r::precedesAccess).orElse(true),
                  "Consent must have been obtained before the data was accessed.",
                  "Le consentement doit avoir été obtenu avant l'accès aux données."))
          .build();

  /** The accessing Party's reference for the record, if it has one. */
  Optional<RequestId> reference();

  /** The Party whose authority accessed the data. */
  Party accessingParty();

  /** The authority of the accessing Party that accessed or received the data. */
  Authority accessingAuthority();

  /** The State where the data is stored, where known; it is often unknown for publicly available data. */
  Optional<Party> storedIn();

  /** The case of BC 32 that allows the access. */
  TransBorderAccessBasis basis();

  /**
   * Who gave consent and in what capacity they have lawful authority to disclose the data, e.g.
   * the account holder (BC 32(b)). Personal data.
   */
  @PersonalData
  @Value.Redacted
  Optional<String> consentGiver();

  /** The date consent was obtained (BC 32(b)). */
  Optional<LocalDate> consentObtainedOn();

  /** When the data was accessed or received. */
  Instant accessedAt();

  /** The stored computer data accessed or received; may be empty in a draft. */
  List<DataItem> dataAccessed();

  /** The provision the access rests on: BC 32(a) or 32(b). */
  default ArticleCitation legalBasis() {
    return basis().legalBasis();
  }

  /** Whether the access rests on consent (BC 32(b)). */
  default boolean reliesOnConsent() {
    return basis() == TransBorderAccessBasis.LAWFUL_AND_VOLUNTARY_CONSENT;
  }

  /**
   * Whether consent given on {@code day} may have preceded the access. A date has no time zone, so
   * the access instant is read in the latest time zone; only a day after the access anywhere
   * counts as later.
   */
  default boolean precedesAccess(LocalDate day) {
    return !day.isAfter(accessedAt().atOffset(ZoneOffset.MAX).toLocalDate());
  }

  @Override
  default RequestFamily family() {
    return RequestFamily.TRANS_BORDER_ACCESS;
  }

  @Value.Lazy
  @Override
  default List<Violation> completenessViolations() {
    return REQUIRED_CONTENT.check(this);
  }

  @Value.Check
  default void check() {
    checkArgument(
        accessingAuthority().party().equals(accessingParty()),
        "TransBorderAccessRecord.accessingAuthority must belong to the accessing Party %s, was of %s",
        accessingParty(),
        accessingAuthority().party());
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a record; the accessing Party and authority, basis and access time must be set. */
  final class Builder extends ImmutableTransBorderAccessRecord.Builder {}
}
