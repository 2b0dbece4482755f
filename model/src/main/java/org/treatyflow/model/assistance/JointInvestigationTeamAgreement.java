package org.treatyflow.model.assistance;

import static com.google.common.base.Preconditions.checkArgument;
import static org.treatyflow.model.common.Instrument.SECOND_PROTOCOL;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.treatyflow.model.common.Authority;
import org.treatyflow.model.common.CompletenessRule;
import org.treatyflow.model.common.CompletenessRules;
import org.treatyflow.model.common.CooperationAct;
import org.treatyflow.model.common.Party;
import org.treatyflow.model.common.PersonalData;
import org.treatyflow.model.common.RequestFamily;
import org.treatyflow.model.common.RequestId;
import org.treatyflow.model.common.Verification;
import org.treatyflow.model.common.Violation;

/**
 * An agreement between the competent authorities of two or more Parties to set up a joint
 * investigation team or carry out a joint investigation.
 *
 * <p>Legal basis: 2AP 12 (unverified in detail): joint investigation teams and joint investigations
 * are set up by agreement between competent authorities, and the agreement governs the use of the
 * information obtained. It is an arrangement, not a request, so it carries its own Parties and
 * authorities. Every rule of this type is marked {@link Verification#UNVERIFIED}.
 */
@Value.Immutable
public interface JointInvestigationTeamAgreement extends CooperationAct {

  /** The content this agreement must have. */
  CompletenessRules<JointInvestigationTeamAgreement> REQUIRED_CONTENT =
      CompletenessRules.<JointInvestigationTeamAgreement>builder()
          .add(
              CompletenessRule.require(
                  "2AP_12_PARTIES",
                  SECOND_PROTOCOL.cite(12),
                  "parties",
                  Verification.UNVERIFIED,
                  a -> a.parties().size() >= 2,
                  "The agreement must involve at least two Parties.",
                  "L'accord doit associer au moins deux Parties."))
          .add(
              CompletenessRule.require(
                  "2AP_12_COMPETENT_AUTHORITIES",
                  SECOND_PROTOCOL.cite(12),
                  "competentAuthorities",
                  Verification.UNVERIFIED,
                  a ->
                      a.parties().stream()
                          .allMatch(p -> a.competentAuthorities().stream().anyMatch(x -> x.party().equals(p))),
                  "The agreement must name a competent authority for each participating Party.",
                  "L'accord doit désigner une autorité compétente pour chaque Partie participante."))
          .add(
              CompletenessRule.require(
                  "2AP_12_PURPOSE",
                  SECOND_PROTOCOL.cite(12),
                  "purpose",
                  Verification.UNVERIFIED,
                  a -> AssistanceRules.present(a.purpose()),
                  "The agreement must state the purpose of the joint investigation.",
                  "L'accord doit indiquer l'objet de l'enquête commune."))
          .add(
              CompletenessRule.require(
                  "2AP_12_DURATION",
                  SECOND_PROTOCOL.cite(12),
                  "endDate",
                  Verification.UNVERIFIED,
                  a -> a.endDate().isPresent(),
                  "The agreement must state how long the joint investigation lasts.",
                  "L'accord doit indiquer la durée de l'enquête commune."))
          .add(
              CompletenessRule.require(
                  "2AP_12_USE_OF_INFORMATION",
                  SECOND_PROTOCOL.cite(12),
                  "informationUseTerms",
                  Verification.UNVERIFIED,
                  a -> AssistanceRules.present(a.informationUseTerms()),
                  "The agreement must set the terms on which information obtained may be used.",
                  "L'accord doit fixer les conditions d'utilisation des informations obtenues."))
          .build();

  /** The reference under which the agreement is known. */
  RequestId reference();

  /** The participating Parties; at least two when complete. */
  Set<Party> parties();

  /** The competent authorities that conclude the agreement, one or more per Party. */
  List<Authority> competentAuthorities();

  /** What the joint investigation is about. May name suspects, so personal data. */
  @PersonalData
  @Value.Redacted
  Optional<String> purpose();

  /** The day the team starts work. */
  LocalDate startDate();

  /** The day the team ends work, where agreed. */
  Optional<LocalDate> endDate();

  /**
   * The terms on which information obtained by the team may be used (2AP 12, unverified in detail),
   * e.g. only for the purpose of the agreement or with the consent of the Party that supplied it.
   */
  Optional<String> informationUseTerms();

  @Value.Check
  default void check() {
    endDate()
        .ifPresent(
            end ->
                checkArgument(
                    !end.isBefore(startDate()),
                    "JointInvestigationTeamAgreement.endDate must not be before startDate (%s to %s)",
                    startDate(),
                    end));
    for (Authority authority : competentAuthorities()) {
      checkArgument(
          parties().contains(authority.party()),
          "JointInvestigationTeamAgreement.competentAuthorities: an authority of %s is not of a"
              + " participating Party %s",
          authority.party(),
          parties());
    }
  }

  @Override
  default RequestFamily family() {
    return RequestFamily.JOINT_INVESTIGATION_TEAM;
  }

  @Value.Lazy
  @Override
  default List<Violation> completenessViolations() {
    return REQUIRED_CONTENT.check(this);
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds an agreement on a joint investigation team. */
  final class Builder extends ImmutableJointInvestigationTeamAgreement.Builder {}
}
