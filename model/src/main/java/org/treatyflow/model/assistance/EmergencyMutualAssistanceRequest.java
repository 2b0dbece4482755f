package org.treatyflow.model.assistance;

import static org.treatyflow.model.common.Instrument.SECOND_PROTOCOL;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.treatyflow.model.common.CompletenessRule;
import org.treatyflow.model.common.CompletenessRules;
import org.treatyflow.model.common.DataItem;
import org.treatyflow.model.common.Facts;
import org.treatyflow.model.common.HeaderRules;
import org.treatyflow.model.common.Offence;
import org.treatyflow.model.common.PersonalData;
import org.treatyflow.model.common.Request;
import org.treatyflow.model.common.RequestFamily;
import org.treatyflow.model.common.Urgency;
import org.treatyflow.model.common.Verification;
import org.treatyflow.model.common.Violation;

/**
 * A request for mutual assistance on a rapidly expedited basis, made because the requesting Party
 * considers that an emergency exists.
 *
 * <p>Legal basis: 2AP 10 (self-executing). That a Party may seek assistance on a rapidly expedited
 * basis whenever it considers that an emergency exists (2AP 10) is confirmed. That the request
 * must describe the facts showing the emergency and how the assistance relates to it is unverified
 * in detail, as are the 24/7 availability of the central authority, supplemental information and
 * the other channels a Party may accept by declaration. The family, and with it the rule that the
 * request invokes 2AP 10, is therefore marked unverified.
 */
@Value.Immutable
public interface EmergencyMutualAssistanceRequest extends Request {

  /** The content this request must have, in the order of the article. */
  CompletenessRules<EmergencyMutualAssistanceRequest> REQUIRED_CONTENT =
      CompletenessRules.<EmergencyMutualAssistanceRequest>builder()
          .add(
              HeaderRules.urgencyIs(
                  Urgency.EMERGENCY,
                  "2AP_10_EMERGENCY_URGENCY",
                  SECOND_PROTOCOL.cite(10),
                  Verification.CONFIRMED,
                  "A request for emergency mutual assistance must be marked as an emergency.",
                  "Une demande d'entraide en situation d'urgence doit être signalée comme telle."))
          .add(
              CompletenessRule.require(
                  "2AP_10_MEASURES",
                  SECOND_PROTOCOL.cite(10),
                  "measures",
                  Verification.UNVERIFIED,
                  r -> !r.measures().isEmpty(),
                  "The request must state at least one measure of assistance sought.",
                  "La demande doit indiquer au moins une mesure d'entraide sollicitée."))
          .add(
              CompletenessRule.require(
                  "2AP_10_EMERGENCY_FACTS",
                  SECOND_PROTOCOL.cite(10),
                  "emergencyFacts",
                  Verification.UNVERIFIED,
                  r -> AssistanceRules.present(r.emergencyFacts()),
                  "The request must describe the facts showing the emergency and how the assistance"
                      + " sought relates to it.",
                  "La demande doit exposer les faits établissant l'urgence et le lien entre"
                      + " celle-ci et l'entraide sollicitée."))
          .add(HeaderRules.legalBasisInvokes(RequestFamily.EMERGENCY_MUTUAL_ASSISTANCE))
          .build();

  /** The offences the investigation or proceedings concern; may be empty. */
  List<Offence> offences();

  /** The facts of the matter. */
  Facts facts();

  /**
   * The facts showing the emergency and how the assistance sought relates to it (2AP 10,
   * unverified in detail). Names persons at risk, so personal data.
   */
  @PersonalData
  @Value.Redacted
  Optional<String> emergencyFacts();

  /** The measures of assistance sought; may be empty while drafting. */
  List<AssistanceMeasure> measures();

  /** Stored computer data the measures concern; may be empty. */
  List<DataItem> dataItems();

  @Override
  default RequestFamily family() {
    return RequestFamily.EMERGENCY_MUTUAL_ASSISTANCE;
  }

  @Value.Lazy
  @Override
  default List<Violation> completenessViolations() {
    return REQUIRED_CONTENT.check(this);
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a request for emergency mutual assistance. */
  final class Builder extends ImmutableEmergencyMutualAssistanceRequest.Builder {}
}
