package org.treatyflow.model.assistance;

import static org.treatyflow.model.common.Instrument.BUDAPEST;

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
import org.treatyflow.model.common.Verification;
import org.treatyflow.model.common.Violation;
import org.treatyflow.model.person.Person;

/**
 * A general request for mutual assistance in a criminal matter: hearing witnesses, searching,
 * producing documents, identifying persons and the like.
 *
 * <p>Legal basis: BC 25 (general principles), BC 27 (procedures where no mutual assistance treaty
 * applies between the Parties), BC 28 (confidentiality and limitation of use, in the header).
 *
 * <p>Neither BC 25 nor BC 27 lists the content a request must have; that is left to the applicable
 * treaties and domestic law. The rules that the request names measures, an offence and facts are
 * therefore the library's reading of BC 25(1) (assistance for investigations and proceedings and the
 * collection of evidence) and are marked {@link Verification#UNVERIFIED}. BC 25(3) (urgent
 * requests by expedited means such as fax or e-mail) concerns the means of communication, which
 * the model does not record, so it has no rule here.
 *
 * <p>Channel legality under BC 27(9) (direct between judicial authorities only if urgent, direct
 * between competent authorities only if not coercive) depends on BC 27(1): BC 27(2)-(9) apply only
 * where no mutual assistance treaty or arrangement is in force between the Parties, which the
 * request does not record. Checking the channel is therefore the workflow's task, with {@link
 * #BC_27_9_CHANNEL_RULES}, once it knows from the registry or a policy that BC 27 applies; {@link
 * #REQUIRED_CONTENT} has no channel rule.
 */
@Value.Immutable
public interface MutualAssistanceRequest extends Request {

  /** The content this request must have, in the order of the articles. */
  CompletenessRules<MutualAssistanceRequest> REQUIRED_CONTENT =
      CompletenessRules.<MutualAssistanceRequest>builder()
          .add(
              CompletenessRule.require(
                  "BC_25_1_MEASURES",
                  BUDAPEST.cite(25, 1),
                  "measures",
                  Verification.UNVERIFIED,
                  r -> !r.measures().isEmpty(),
                  "The request must state at least one measure of assistance sought.",
                  "La demande doit indiquer au moins une mesure d'entraide sollicitée."))
          .add(
              CompletenessRule.require(
                  "BC_25_1_OFFENCE",
                  BUDAPEST.cite(25, 1),
                  "offences",
                  Verification.UNVERIFIED,
                  r -> !r.offences().isEmpty(),
                  "The request must name the offence the investigation or proceedings concern.",
                  "La demande doit désigner l'infraction sur laquelle portent l'enquête ou la"
                      + " procédure."))
          .add(
              CompletenessRule.require(
                  "BC_25_1_FACTS",
                  BUDAPEST.cite(25, 1),
                  "facts.summary",
                  Verification.UNVERIFIED,
                  r -> r.facts().hasSummary(),
                  "The request must give a summary of the facts.",
                  "La demande doit contenir un exposé des faits."))
          .add(HeaderRules.legalBasisInvokes(RequestFamily.MUTUAL_ASSISTANCE))
          .build();

  /**
   * The BC 27(9) channel rules: direct between judicial authorities only in urgent cases, direct
   * between competent authorities only without coercive action. They are confirmed, but BC 27(1)
   * applies BC 27(2)-(9) only where no mutual assistance treaty or arrangement based on uniform or
   * reciprocal legislation is in force between the Parties, a fact the request does not carry; so
   * they are not part of {@link #REQUIRED_CONTENT}, and the workflow applies them once it has
   * decided, from the registry or a policy, that BC 27 governs the request.
   */
  CompletenessRules<MutualAssistanceRequest> BC_27_9_CHANNEL_RULES =
      CompletenessRules.<MutualAssistanceRequest>builder()
          .add(
              HeaderRules.directJudicialOnlyIfUrgent(
                  "BC_27_9_A_DIRECT_JUDICIAL_ONLY_IF_URGENT",
                  BUDAPEST.cite(27, 9, "a"),
                  "header.channel",
                  Verification.CONFIRMED,
                  "A request may be sent directly between judicial authorities only in urgent"
                      + " cases.",
                  "Une demande ne peut être adressée directement entre autorités judiciaires"
                      + " qu'en cas d'urgence."))
          .add(
              HeaderRules.directCompetentOnlyIfNotCoercive(
                  MutualAssistanceRequest::coercive,
                  "BC_27_9_DIRECT_COMPETENT_ONLY_IF_NOT_COERCIVE",
                  BUDAPEST.cite(27, 9),
                  Verification.CONFIRMED,
                  "A request involving coercive action may not be sent directly between competent"
                      + " authorities.",
                  "Une demande impliquant des mesures coercitives ne peut être transmise"
                      + " directement entre autorités compétentes."))
          .build();

  /** The offences the investigation or proceedings concern; may be empty while drafting. */
  List<Offence> offences();

  /** The facts of the matter. */
  Facts facts();

  /** The measures of assistance sought (BC 25(1)); may be empty while drafting. */
  List<AssistanceMeasure> measures();

  /** Stored computer data the measures concern; may be empty. */
  List<DataItem> dataItems();

  /** Persons the request concerns (suspects, witnesses, victims); may be empty. */
  List<Person> persons();

  /**
   * A procedure the requesting Party asks the requested Party to follow when executing the
   * request, unless incompatible with its law (BC 27(3)). May name persons, so personal data.
   */
  @PersonalData
  @Value.Redacted
  Optional<String> procedureRequested();

  /**
   * Whether executing the request involves coercive action; such requests may not go directly
   * between competent authorities (BC 27(9)). False unless set.
   */
  @Value.Default
  default boolean coercive() {
    return false;
  }

  @Override
  default RequestFamily family() {
    return RequestFamily.MUTUAL_ASSISTANCE;
  }

  @Value.Lazy
  @Override
  default List<Violation> completenessViolations() {
    return REQUIRED_CONTENT.check(this);
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a request for mutual assistance. */
  final class Builder extends ImmutableMutualAssistanceRequest.Builder {}
}
