package org.treatyflow.model.assistance;

import static org.treatyflow.model.common.Instrument.BUDAPEST;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.treatyflow.model.common.CompletenessRule;
import org.treatyflow.model.common.CompletenessRules;
import org.treatyflow.model.common.DataCategory;
import org.treatyflow.model.common.DataItem;
import org.treatyflow.model.common.Facts;
import org.treatyflow.model.common.HeaderRules;
import org.treatyflow.model.common.Offence;
import org.treatyflow.model.common.Request;
import org.treatyflow.model.common.RequestFamily;
import org.treatyflow.model.common.Verification;
import org.treatyflow.model.common.Violation;

/**
 * A request to collect or record, in real time, content data of specified communications
 * transmitted by means of a computer system.
 *
 * <p>Legal basis: BC 34. Assistance is given only to the extent permitted by the Parties'
 * applicable treaties and domestic laws, so the requested Party has broad discretion; refusal is a
 * matter of policy, not of these rules. Those laws, not BC 34, require the offence and a period,
 * so the rules for them are marked {@link Verification#UNVERIFIED}.
 */
@Value.Immutable
public interface InterceptionRequest extends Request {

  /** The content this request must have, in the order of the article. */
  CompletenessRules<InterceptionRequest> REQUIRED_CONTENT =
      CompletenessRules.<InterceptionRequest>builder()
          .add(
              CompletenessRule.require(
                  "BC_34_SPECIFIED_COMMUNICATIONS",
                  BUDAPEST.cite(34),
                  "specifiedCommunications",
                  Verification.CONFIRMED,
                  r -> !r.specifiedCommunications().isEmpty(),
                  "The request must specify the communications whose content is to be collected or"
                      + " recorded.",
                  "La demande doit préciser les communications dont le contenu doit être collecté"
                      + " ou enregistré."))
          .add(
              CompletenessRule.require(
                  "BC_34_CONTENT_DATA_ONLY",
                  BUDAPEST.cite(34),
                  "specifiedCommunications",
                  Verification.CONFIRMED,
                  r -> AssistanceRules.allOf(r.specifiedCommunications(), DataCategory.CONTENT_DATA),
                  "Interception under this article covers content data only; ask for traffic data"
                      + " under the article on real-time collection of traffic data.",
                  "L'interception au titre de cet article ne porte que sur les données relatives au"
                      + " contenu ; les données relatives au trafic relèvent de l'article sur leur"
                      + " collecte en temps réel."))
          .add(
              CompletenessRule.require(
                  "BC_34_COLLECTION_PERIOD",
                  BUDAPEST.cite(34),
                  "collectionStart",
                  Verification.UNVERIFIED,
                  r -> r.collectionStart().isPresent() && r.collectionEnd().isPresent(),
                  "The request must state the period during which content is to be collected or"
                      + " recorded.",
                  "La demande doit indiquer la période pendant laquelle le contenu doit être"
                      + " collecté ou enregistré."))
          .add(
              CompletenessRule.require(
                  "BC_34_OFFENCE",
                  BUDAPEST.cite(34),
                  "offences",
                  Verification.UNVERIFIED,
                  r -> !r.offences().isEmpty(),
                  "The request must name the offence, so that the requested Party can judge whether"
                      + " its law permits interception.",
                  "La demande doit désigner l'infraction, afin que la Partie requise puisse"
                      + " apprécier si son droit permet l'interception."))
          .add(HeaderRules.legalBasisInvokes(RequestFamily.CONTENT_INTERCEPTION))
          .build();

  /** The offences the investigation concerns; may be empty while drafting. */
  List<Offence> offences();

  /** The facts of the matter. */
  Facts facts();

  /** The communications whose content is to be collected or recorded (BC 34); may be empty while drafting. */
  List<DataItem> specifiedCommunications();

  /** The first day of collection or recording. */
  Optional<LocalDate> collectionStart();

  /** The last day of collection or recording. */
  Optional<LocalDate> collectionEnd();

  @Value.Check
  default void check() {
    AssistanceRules.checkCollectionPeriod("InterceptionRequest", collectionStart(), collectionEnd());
  }

  @Override
  default RequestFamily family() {
    return RequestFamily.CONTENT_INTERCEPTION;
  }

  @Value.Lazy
  @Override
  default List<Violation> completenessViolations() {
    return REQUIRED_CONTENT.check(this);
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a request for interception of content data. */
  final class Builder extends ImmutableInterceptionRequest.Builder {}
}
