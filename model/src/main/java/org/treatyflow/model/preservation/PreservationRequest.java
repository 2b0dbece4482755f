package org.treatyflow.model.preservation;

import static com.google.common.base.Preconditions.checkArgument;
import static org.treatyflow.model.common.Instrument.BUDAPEST;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.treatyflow.model.common.ArticleCitation;
import org.treatyflow.model.common.CompletenessRule;
import org.treatyflow.model.common.CompletenessRules;
import org.treatyflow.model.common.DataItem;
import org.treatyflow.model.common.Facts;
import org.treatyflow.model.common.HeaderRules;
import org.treatyflow.model.common.Offence;
import org.treatyflow.model.common.PersonalData;
import org.treatyflow.model.common.Request;
import org.treatyflow.model.common.RequestFamily;
import org.treatyflow.model.common.RequestHeader;
import org.treatyflow.model.common.Verification;
import org.treatyflow.model.common.Violation;

/**
 * A request to order or otherwise obtain the expeditious preservation of computer data stored on
 * the requested Party's territory, pending a follow-up request for search, seizure or disclosure.
 *
 * <p>Legal basis: BC 29 (content in 29(2)(a)-(f); at least 60 days of preservation in 29(7)). BC
 * 29 does not fix the channel: the 24/7 network (BC 35(1)(b)) is the usual one in practice and the
 * central authorities are possible, so no completeness rule restricts the channel. Dual
 * criminality may not be required for preservation (29(3)), except under a 29(4) reservation.
 * Items of content that a draft may still lack are reported by {@link #completenessViolations()}.
 */
@Value.Immutable
public interface PreservationRequest extends Request {
  /**
   * The minimum number of days preservation lasts, so that the requesting Party can submit its
   * follow-up request (BC 29(7)).
   */
  int MINIMUM_PRESERVATION_DAYS = 60;

  /** The provision the header's legal basis must include. */
  ArticleCitation LEGAL_BASIS = BUDAPEST.cite(29);

  /**
   * The legal basis and the content BC 29(2) requires, in the order of the article.
   */
  CompletenessRules<PreservationRequest> REQUIRED_CONTENT =
      CompletenessRules.<PreservationRequest>builder()
          .add(HeaderRules.legalBasisInvokes(RequestFamily.EXPEDITED_PRESERVATION))
          .add(
              CompletenessRule.require(
                  "BC_29_2_A_PUBLIC_AUTHORITY",
                  BUDAPEST.cite(29, 2, "a"),
                  "header.requestingAuthority",
                  Verification.CONFIRMED,
                  r -> !r.header().requestingAuthority().role().isPrivateEntity(),
                  "The authority seeking preservation must be a public authority, not a service"
                      + " provider or registrar.",
                  "L'autorité qui demande la conservation doit être une autorité publique, et non un"
                      + " fournisseur de services ou un bureau d'enregistrement."))
          .add(
              CompletenessRule.require(
                  "BC_29_2_B_OFFENCE",
                  BUDAPEST.cite(29, 2, "b"),
                  "offences",
                  Verification.CONFIRMED,
                  r -> !r.offences().isEmpty(),
                  "The request must name the offence that is the subject of the criminal"
                      + " investigation or proceedings.",
                  "La demande doit indiquer l'infraction faisant l'objet de l'enquête ou de la"
                      + " procédure pénale."))
          .add(
              CompletenessRule.require(
                  "BC_29_2_B_FACTS",
                  BUDAPEST.cite(29, 2, "b"),
                  "facts.summary",
                  Verification.CONFIRMED,
                  r -> r.facts().hasSummary(),
                  "The request must give a brief summary of the related facts.",
                  "La demande doit contenir un bref exposé des faits."))
          .add(
              CompletenessRule.require(
                  "BC_29_2_C_DATA_TO_PRESERVE",
                  BUDAPEST.cite(29, 2, "c"),
                  "dataToPreserve",
                  Verification.CONFIRMED,
                  r -> !r.dataToPreserve().isEmpty(),
                  "The request must describe the stored computer data to be preserved.",
                  "La demande doit décrire les données informatiques stockées à conserver."))
          .add(
              CompletenessRule.require(
                  "BC_29_2_C_RELATION_TO_OFFENCE",
                  BUDAPEST.cite(29, 2, "c"),
                  "dataToPreserve.relationToOffence",
                  Verification.CONFIRMED,
                  r -> r.dataToPreserve().stream().allMatch(PreservationRequest::statesRelation),
                  "For each item of data to be preserved, the request must say how it relates to the"
                      + " offence.",
                  "Pour chaque élément de données à conserver, la demande doit indiquer son lien avec"
                      + " l'infraction."))
          .add(
              CompletenessRule.require(
                  "BC_29_2_D_CUSTODIAN_OR_LOCATION",
                  BUDAPEST.cite(29, 2, "d"),
                  "custodianOrLocation",
                  Verification.CONFIRMED,
                  r -> isFilled(r.custodianOrLocation()),
                  "The request must give the available information identifying the custodian of the"
                      + " data or the location of the computer system, or state that none is"
                      + " available.",
                  "La demande doit donner les informations disponibles permettant d'identifier le"
                      + " gardien des données ou l'emplacement du système informatique, ou indiquer"
                      + " qu'aucune n'est disponible."))
          .add(
              CompletenessRule.require(
                  "BC_29_2_E_NECESSITY",
                  BUDAPEST.cite(29, 2, "e"),
                  "necessity",
                  Verification.CONFIRMED,
                  r -> isFilled(r.necessity()),
                  "The request must explain why preservation is necessary.",
                  "La demande doit expliquer en quoi la conservation est nécessaire."))
          .add(
              CompletenessRule.require(
                  "BC_29_2_F_FOLLOW_UP_INTENT",
                  BUDAPEST.cite(29, 2, "f"),
                  "intendsMutualAssistanceFollowUp",
                  Verification.CONFIRMED,
                  PreservationRequest::intendsMutualAssistanceFollowUp,
                  "The request must state that the requesting Party intends to submit a request for"
                      + " mutual assistance for the search, seizure or disclosure of the data.",
                  "La demande doit indiquer que la Partie requérante entend soumettre une demande"
                      + " d'entraide en vue de la perquisition, de la saisie ou de la divulgation des"
                      + " données."))
          .build();

  /** Reference, Parties, authorities, channel and conditions; the requesting authority is BC 29(2)(a). */
  @Override
  RequestHeader header();

  /** The offences under investigation or in proceedings (BC 29(2)(b)); may be empty in a draft. */
  List<Offence> offences();

  /** The brief summary of the related facts (BC 29(2)(b)); none unless set. */
  @Value.Default
  default Facts facts() {
    return Facts.none();
  }

  /**
   * The stored computer data to be preserved, each item with its relation to the offence (BC
   * 29(2)(c)); may be empty in a draft.
   */
  List<DataItem> dataToPreserve();

  /**
   * Any available information identifying the custodian of the stored data or the location of the
   * computer system (BC 29(2)(d)), or a statement that none is available. Personal data.
   */
  @PersonalData
  @Value.Redacted
  Optional<String> custodianOrLocation();

  /** Why preservation is necessary (BC 29(2)(e)). May name persons, so personal data. */
  @PersonalData
  @Value.Redacted
  Optional<String> necessity();

  /**
   * Whether the request states that the requesting Party intends to submit a request for mutual
   * assistance for the search or similar access, seizure or similar securing, or disclosure of the
   * data (BC 29(2)(f)); false unless set.
   */
  @Value.Default
  default boolean intendsMutualAssistanceFollowUp() {
    return false;
  }

  /**
   * The number of days of preservation the requesting Party asks for, where it asks for a period.
   * Preservation lasts at least {@value #MINIMUM_PRESERVATION_DAYS} days whatever is asked (BC
   * 29(7)); a longer period binds only as far as the requested Party's law grants it (BC 16(2)), so
   * the period in force is computed by the workflow from the requested Party's policy, not here.
   */
  Optional<Integer> preservationDaysRequested();

  @Override
  default RequestFamily family() {
    return RequestFamily.EXPEDITED_PRESERVATION;
  }

  @Value.Lazy
  @Override
  default List<Violation> completenessViolations() {
    return REQUIRED_CONTENT.check(this);
  }

  @Value.Check
  default void check() {
    preservationDaysRequested()
        .ifPresent(
            days ->
                checkArgument(
                    days >= 1,
                    "PreservationRequest.preservationDaysRequested must be at least 1, was %s",
                    days));
  }

  private static boolean statesRelation(DataItem item) {
    return isFilled(item.relationToOffence());
  }

  private static boolean isFilled(Optional<String> text) {
    return text.filter(t -> !t.isBlank()).isPresent();
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a preservation request; the header must be set. */
  final class Builder extends ImmutablePreservationRequest.Builder {}
}
