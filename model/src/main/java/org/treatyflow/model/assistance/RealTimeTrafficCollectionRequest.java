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
 * A request to collect, in real time, traffic data of specified communications on the requested
 * Party's territory transmitted by means of a computer system.
 *
 * <p>Legal basis: BC 33. Assistance follows the requested Party's domestic conditions and
 * procedures, and is owed at least for offences for which real-time collection of traffic data
 * would be available in a similar domestic case (BC 33(2)); the offence is therefore required so
 * that the requested Party can judge this, a rule marked {@link Verification#UNVERIFIED}. That a
 * collection period is stated is likewise the library's reading of BC 33(1).
 */
@Value.Immutable
public interface RealTimeTrafficCollectionRequest extends Request {

  /** The content this request must have, in the order of the article. */
  CompletenessRules<RealTimeTrafficCollectionRequest> REQUIRED_CONTENT =
      CompletenessRules.<RealTimeTrafficCollectionRequest>builder()
          .add(
              CompletenessRule.require(
                  "BC_33_1_SPECIFIED_COMMUNICATIONS",
                  BUDAPEST.cite(33, 1),
                  "specifiedCommunications",
                  Verification.CONFIRMED,
                  r -> !r.specifiedCommunications().isEmpty(),
                  "The request must specify the communications whose traffic data is to be"
                      + " collected.",
                  "La demande doit préciser les communications dont les données relatives au"
                      + " trafic doivent être collectées."))
          .add(
              CompletenessRule.require(
                  "BC_33_1_TRAFFIC_DATA_ONLY",
                  BUDAPEST.cite(33, 1),
                  "specifiedCommunications",
                  Verification.CONFIRMED,
                  r -> AssistanceRules.allOf(r.specifiedCommunications(), DataCategory.TRAFFIC_DATA),
                  "Real-time collection under this article covers traffic data only.",
                  "La collecte en temps réel au titre de cet article ne porte que sur les données"
                      + " relatives au trafic."))
          .add(
              CompletenessRule.require(
                  "BC_33_1_COLLECTION_PERIOD",
                  BUDAPEST.cite(33, 1),
                  "collectionStart",
                  Verification.UNVERIFIED,
                  r -> r.collectionStart().isPresent() && r.collectionEnd().isPresent(),
                  "The request must state the period during which traffic data is to be collected.",
                  "La demande doit indiquer la période pendant laquelle les données relatives au"
                      + " trafic doivent être collectées."))
          .add(
              CompletenessRule.require(
                  "BC_33_2_OFFENCE",
                  BUDAPEST.cite(33, 2),
                  "offences",
                  Verification.UNVERIFIED,
                  r -> !r.offences().isEmpty(),
                  "The request must name the offence, so that the requested Party can judge whether"
                      + " collection would be available in a similar domestic case.",
                  "La demande doit désigner l'infraction, afin que la Partie requise puisse"
                      + " apprécier si la collecte serait possible dans une affaire analogue au"
                      + " niveau interne."))
          .add(HeaderRules.legalBasisInvokes(RequestFamily.REAL_TIME_TRAFFIC_COLLECTION))
          .build();

  /** The offences the investigation concerns; may be empty while drafting. */
  List<Offence> offences();

  /** The facts of the matter. */
  Facts facts();

  /** The communications whose traffic data is to be collected (BC 33(1)); may be empty while drafting. */
  List<DataItem> specifiedCommunications();

  /** The first day of collection. */
  Optional<LocalDate> collectionStart();

  /** The last day of collection. */
  Optional<LocalDate> collectionEnd();

  @Value.Check
  default void check() {
    AssistanceRules.checkCollectionPeriod(
        "RealTimeTrafficCollectionRequest", collectionStart(), collectionEnd());
  }

  @Override
  default RequestFamily family() {
    return RequestFamily.REAL_TIME_TRAFFIC_COLLECTION;
  }

  @Value.Lazy
  @Override
  default List<Violation> completenessViolations() {
    return REQUIRED_CONTENT.check(this);
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a request for real-time collection of traffic data. */
  final class Builder extends ImmutableRealTimeTrafficCollectionRequest.Builder {}
}
