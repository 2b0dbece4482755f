package org.treatyflow.model.assistance;

import static org.treatyflow.model.common.Instrument.BUDAPEST;

import java.util.List;
import java.util.Optional;
import java.util.Set;
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
import org.treatyflow.model.common.RequestId;
import org.treatyflow.model.common.Urgency;
import org.treatyflow.model.common.Verification;
import org.treatyflow.model.common.Violation;

/**
 * A request to search or similarly access, seize or similarly secure, and disclose computer data
 * stored on the requested Party's territory, often the follow-up to a preservation request.
 *
 * <p>Legal basis: BC 31. The request is answered under the applicable instruments and the rules of
 * Chapter III (BC 31(2)); those, not BC 31, require the offence and the facts, so the rules for them
 * are marked {@link Verification#UNVERIFIED}. The answer is given on an expedited basis where the
 * data is particularly vulnerable to loss or modification or the applicable instruments provide for
 * expedited cooperation (BC 31(3)).
 */
@Value.Immutable
public interface StoredDataAccessRequest extends Request {

  /** The content this request must have, in the order of the article. */
  CompletenessRules<StoredDataAccessRequest> REQUIRED_CONTENT =
      CompletenessRules.<StoredDataAccessRequest>builder()
          .add(
              CompletenessRule.require(
                  "BC_31_1_DATA",
                  BUDAPEST.cite(31, 1),
                  "dataItems",
                  Verification.CONFIRMED,
                  r -> !r.dataItems().isEmpty(),
                  "The request must describe the stored data to be accessed.",
                  "La demande doit décrire les données stockées visées."))
          .add(
              CompletenessRule.require(
                  "BC_31_1_MEASURES",
                  BUDAPEST.cite(31, 1),
                  "measures",
                  Verification.CONFIRMED,
                  r -> !r.measures().isEmpty(),
                  "The request must say whether the data is to be searched or accessed, seized or"
                      + " secured, or disclosed.",
                  "La demande doit préciser si les données doivent faire l'objet d'une"
                      + " perquisition ou d'un accès similaire, d'une saisie ou d'une obtention"
                      + " similaire, ou d'une divulgation."))
          .add(
              CompletenessRule.require(
                  "BC_31_2_OFFENCE",
                  BUDAPEST.cite(31, 2),
                  "offences",
                  Verification.UNVERIFIED,
                  r -> !r.offences().isEmpty(),
                  "The request must name the offence the investigation or proceedings concern.",
                  "La demande doit désigner l'infraction sur laquelle portent l'enquête ou la"
                      + " procédure."))
          .add(
              CompletenessRule.require(
                  "BC_31_2_FACTS",
                  BUDAPEST.cite(31, 2),
                  "facts.summary",
                  Verification.UNVERIFIED,
                  r -> r.facts().hasSummary(),
                  "The request must give a summary of the facts.",
                  "La demande doit contenir un exposé des faits."))
          .add(
              CompletenessRule.require(
                  "BC_31_3_EXPEDITED_GROUNDS",
                  BUDAPEST.cite(31, 3),
                  "expeditedGrounds",
                  Verification.UNVERIFIED,
                  r ->
                      r.header().urgency() == Urgency.ROUTINE
                          || AssistanceRules.present(r.expeditedGrounds()),
                  "An urgent request must give the grounds for an expedited answer, such as why the"
                      + " data is particularly vulnerable to loss or modification.",
                  "Une demande urgente doit indiquer les motifs d'une réponse accélérée, par exemple"
                      + " pourquoi les données sont particulièrement sujettes à perte ou à"
                      + " modification."))
          .add(HeaderRules.legalBasisInvokes(RequestFamily.STORED_DATA_ACCESS))
          .build();

  /** The offences the investigation or proceedings concern; may be empty while drafting. */
  List<Offence> offences();

  /** The facts of the matter. */
  Facts facts();

  /** The stored data to be accessed (BC 31(1)); may be empty while drafting. */
  List<DataItem> dataItems();

  /** What is to be done with the data (BC 31(1)); may be empty while drafting. */
  Set<StoredDataAccessMeasure> measures();

  /**
   * The reference of the BC 29 preservation request this request follows, if any. While a request
   * under BC 31 is pending, data preserved under BC 29 stays preserved until a decision on it is
   * taken (BC 29(7)).
   */
  Optional<RequestId> precedingPreservation();

  /**
   * Why the request should be answered on an expedited basis (BC 31(3)): why the data is
   * particularly vulnerable to loss or modification, or which instrument provides for expedited
   * cooperation. May name persons, so personal data.
   */
  @PersonalData
  @Value.Redacted
  Optional<String> expeditedGrounds();

  @Override
  default RequestFamily family() {
    return RequestFamily.STORED_DATA_ACCESS;
  }

  @Value.Lazy
  @Override
  default List<Violation> completenessViolations() {
    return REQUIRED_CONTENT.check(this);
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a request for access to stored computer data. */
  final class Builder extends ImmutableStoredDataAccessRequest.Builder {}
}
