package org.treatyflow.model.spontaneous;

import static org.treatyflow.model.common.Instrument.BUDAPEST;

import java.util.List;
import org.immutables.value.Value;
import org.treatyflow.model.common.CompletenessRule;
import org.treatyflow.model.common.CompletenessRules;
import org.treatyflow.model.common.Offence;
import org.treatyflow.model.common.RequestFamily;
import org.treatyflow.model.common.Verification;
import org.treatyflow.model.common.Violation;

/**
 * Information obtained in a Party's own investigations that it sends to another Party without a
 * prior request.
 *
 * <p>Legal basis: BC 26(1) (the information may help the receiver start or carry out
 * investigations or proceedings concerning offences established under the Convention, or lead to
 * a request under Chapter III); BC 26(2) (confidentiality and conditions: a receiver that cannot
 * comply says so, the sender decides whether to send anyway, and a receiver that accepts is bound).
 */
@Value.Immutable
public interface SpontaneousInformation extends SpontaneousCommunication {
  /** What BC 26(1) requires of the information, in the order of the paragraph. */
  CompletenessRules<SpontaneousInformation> REQUIRED_CONTENT =
      CompletenessRules.<SpontaneousInformation>builder()
          .add(
              CompletenessRule.require(
                  "BC_26_1_INFORMATION",
                  BUDAPEST.cite(26, 1),
                  "informationSummary",
                  Verification.CONFIRMED,
                  SpontaneousCommunication::hasInformationSummary,
                  "The communication must describe the information obtained in the sender's own"
                      + " investigations.",
                  "La communication doit décrire les informations obtenues dans le cadre des propres"
                      + " enquêtes de l'expéditeur."))
          .add(
              CompletenessRule.require(
                  "BC_26_1_PURPOSE",
                  BUDAPEST.cite(26, 1),
                  "offences",
                  Verification.CONFIRMED,
                  i -> i.offences().stream().anyMatch(Offence::isBudapestOffence) || i.couldLeadToRequest(),
                  "The information must concern an offence established under Articles 2 to 11 of the"
                      + " Budapest Convention, or be such that it could lead to a request under"
                      + " Chapter III.",
                  "Les informations doivent concerner une infraction établie conformément aux articles"
                      + " 2 à 11 de la Convention de Budapest, ou pouvoir conduire à une demande au"
                      + " titre du chapitre III."))
          .build();

  /**
   * Whether the sender considers that the information could lead the receiver to make a request
   * under Chapter III of the Budapest Convention (BC 26(1)); false unless set.
   */
  @Value.Default
  default boolean couldLeadToRequest() {
    return false;
  }

  @Override
  default RequestFamily family() {
    return RequestFamily.SPONTANEOUS_INFORMATION;
  }

  @Value.Lazy
  @Override
  default List<Violation> completenessViolations() {
    return REQUIRED_CONTENT.check(this);
  }

  @Value.Check
  default void check() {
    checkParties("SpontaneousInformation");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds spontaneous information; the Parties and authorities must be set. */
  final class Builder extends ImmutableSpontaneousInformation.Builder {}
}
