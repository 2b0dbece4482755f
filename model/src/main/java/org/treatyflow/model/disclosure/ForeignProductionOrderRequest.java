package org.treatyflow.model.disclosure;

import static org.treatyflow.model.common.Instrument.SECOND_PROTOCOL;

import com.google.common.collect.Sets;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.treatyflow.model.common.ArticleCitation;
import org.treatyflow.model.common.AuthorityRole;
import org.treatyflow.model.common.Channel;
import org.treatyflow.model.common.CompletenessRule;
import org.treatyflow.model.common.CompletenessRules;
import org.treatyflow.model.common.DataCategory;
import org.treatyflow.model.common.Facts;
import org.treatyflow.model.common.HeaderRules;
import org.treatyflow.model.common.PersonalData;
import org.treatyflow.model.common.Request;
import org.treatyflow.model.common.RequestFamily;
import org.treatyflow.model.common.RequestId;
import org.treatyflow.model.common.Verification;
import org.treatyflow.model.common.Violation;

/**
 * A request that the requested Party compel a service provider in its territory to produce
 * subscriber information or traffic data, giving effect to an order issued by the requesting
 * Party.
 *
 * <p>Legal basis: 2AP 8. Government-to-government production of subscriber information and traffic
 * data is confirmed; the content of the order (2AP 8(3)) and the supporting information (2AP 8(4))
 * are unverified. The supporting information is for the requested Party's authorities and is not
 * shown to the provider without the requesting Party's consent. The header's requesting authority
 * sends the request and gives the contact details; its requested authority is the authority the
 * requested Party designated to receive such requests. Deadlines (2AP 8(6)) and refusal (2AP 8(8))
 * belong to the workflow.
 */
@Value.Immutable
public interface ForeignProductionOrderRequest extends Request {
  /** The article establishing the request. */
  ArticleCitation ARTICLE = SECOND_PROTOCOL.cite(8);

  /** The provision on the content of the order (unverified). */
  ArticleCitation ORDER_CONTENT = SECOND_PROTOCOL.cite(8, 3);

  /** The provision on the supporting information (unverified). */
  ArticleCitation SUPPORTING_INFORMATION = SECOND_PROTOCOL.cite(8, 4);

  /**
   * The data categories the order may seek: subscriber information and traffic data (2AP 8). A
   * Party may reserve the right to exclude traffic data (2AP 8(13), unverified); that is checked
   * against the requested Party's reservations in the workflow.
   */
  Set<DataCategory> ALLOWED_CATEGORIES =
      Sets.immutableEnumSet(DataCategory.SUBSCRIBER_INFORMATION, DataCategory.TRAFFIC_DATA);

  /** The production order to be given effect. */
  ProductionOrder order();

  /** The domestic legal grounds that empower the authority to issue the order. */
  Optional<String> legalGrounds();

  /** Why the provider is believed to hold the data. May name persons, so personal data. */
  @PersonalData
  @Value.Redacted
  Optional<String> reasonsProviderHoldsData();

  /** A summary of the facts of the investigation or proceedings. */
  Facts facts();

  /** How the data sought is relevant to the investigation or proceedings. Personal data. */
  @PersonalData
  @Value.Redacted
  Optional<String> relevance();

  /** Whether preservation of the data was already sought, with its reference and date. */
  Optional<PreservationStatus> preservation();

  /** Whether the data has already been sought by other means; absent until stated. */
  Optional<Boolean> soughtByOtherMeans();

  /** Special procedural instructions, if there are any (optional). May name persons, so personal data. */
  @PersonalData
  @Value.Redacted
  Optional<String> specialProceduralInstructions();

  /**
   * The reference of a direct order under 2AP 7 for the same data that the provider did not answer,
   * where this request follows one (2AP 7(7), 7(8), unverified).
   */
  Optional<RequestId> precedingOrder();

  /** What 2AP 8 requires of the request, in the order of the article. */
  CompletenessRules<ForeignProductionOrderRequest> REQUIRED_CONTENT =
      CompletenessRules.<ForeignProductionOrderRequest>builder()
          .add(
              HeaderRules.legalBasisInvokes(
                  RequestFamily.FOREIGN_PRODUCTION_ORDER, Verification.CONFIRMED))
          .add(
              HeaderRules.channelIn(
                  EnumSet.complementOf(EnumSet.of(Channel.DIRECT_TO_PROVIDER)),
                  "2AP_8_NOT_DIRECT_TO_PROVIDER",
                  ARTICLE,
                  Verification.CONFIRMED,
                  "The request must be sent to the authorities of the requested Party, not directly"
                      + " to the provider.",
                  "La demande doit être adressée aux autorités de la Partie requise, et non"
                      + " directement au fournisseur."))
          .add(
              CompletenessRule.require(
                  "2AP_8_ADDRESSEE_AUTHORITY",
                  ARTICLE,
                  "header.requestedAuthority",
                  Verification.CONFIRMED,
                  r -> r.header().requestedAuthority().filter(ContentChecks::isPublic).isPresent(),
                  "The request must be addressed to an authority of the requested Party.",
                  "La demande doit être adressée à une autorité de la Partie requise."))
          .add(
              CompletenessRule.require(
                  "2AP_8_SUBSCRIBER_OR_TRAFFIC_DATA_ONLY",
                  ARTICLE,
                  "order.dataSought",
                  Verification.CONFIRMED,
                  r -> ContentChecks.onlyCategories(r.order().dataSought(), ALLOWED_CATEGORIES),
                  "A production order may seek subscriber information and traffic data only.",
                  "Une injonction de production ne peut porter que sur des informations relatives"
                      + " aux abonnés et des données relatives au trafic."))
          .add(
              CompletenessRule.require(
                  "2AP_8_3_ISSUING_AUTHORITY",
                  ORDER_CONTENT,
                  "order.issuingAuthority",
                  Verification.UNVERIFIED,
                  r -> r.order().issuingAuthority().filter(ContentChecks::isPublic).isPresent(),
                  "The order must name the public authority that issued it.",
                  "L'injonction doit indiquer l'autorité publique qui l'a émise."))
          .add(
              CompletenessRule.require(
                  "2AP_8_3_DATE_ISSUED",
                  ORDER_CONTENT,
                  "order.dateIssued",
                  Verification.UNVERIFIED,
                  r -> r.order().dateIssued().isPresent(),
                  "The order must state the date on which it was issued.",
                  "L'injonction doit indiquer la date à laquelle elle a été émise."))
          .add(
              CompletenessRule.require(
                  "2AP_8_3_STATEMENT_UNDER_PROTOCOL",
                  ORDER_CONTENT,
                  "order.statementUnderProtocol",
                  Verification.UNVERIFIED,
                  r -> r.order().statementUnderProtocol(),
                  "The order must state that it is issued under the Second Additional Protocol.",
                  "L'injonction doit indiquer qu'elle est émise en vertu du deuxième Protocole"
                      + " additionnel."))
          .add(
              CompletenessRule.require(
                  "2AP_8_3_PROVIDER_NAME",
                  ORDER_CONTENT,
                  "order.provider",
                  Verification.UNVERIFIED,
                  r -> ContentChecks.hasRole(r.order().provider(), AuthorityRole.SERVICE_PROVIDER),
                  "The order must name the service provider that is to produce the data.",
                  "L'injonction doit indiquer le nom du fournisseur de services tenu de produire les"
                      + " données."))
          .add(
              CompletenessRule.require(
                  "2AP_8_3_PROVIDER_ADDRESS",
                  ORDER_CONTENT,
                  "order.providerAddress",
                  Verification.UNVERIFIED,
                  r -> ContentChecks.hasText(r.order().providerAddress()),
                  "The order must give the address of the service provider.",
                  "L'injonction doit indiquer l'adresse du fournisseur de services."))
          .add(
              CompletenessRule.require(
                  "2AP_8_3_OFFENCES",
                  ORDER_CONTENT,
                  "order.offences",
                  Verification.UNVERIFIED,
                  r -> !r.order().offences().isEmpty(),
                  "The order must name the offences that are the subject of the investigation or"
                      + " proceedings.",
                  "L'injonction doit indiquer les infractions faisant l'objet de l'enquête ou de la"
                      + " procédure."))
          .add(
              CompletenessRule.require(
                  "2AP_8_3_DATA_DESCRIPTION",
                  ORDER_CONTENT,
                  "order.dataSought",
                  Verification.UNVERIFIED,
                  r -> !r.order().dataSought().isEmpty(),
                  "The order must describe in detail the data sought.",
                  "L'injonction doit décrire en détail les données recherchées."))
          .add(
              CompletenessRule.require(
                  "2AP_8_4_LEGAL_GROUNDS",
                  SUPPORTING_INFORMATION,
                  "legalGrounds",
                  Verification.UNVERIFIED,
                  r -> ContentChecks.hasText(r.legalGrounds()),
                  "The supporting information must give the domestic legal grounds for the order.",
                  "Les informations à l'appui doivent indiquer le fondement juridique interne de"
                      + " l'injonction."))
          .add(
              CompletenessRule.require(
                  "2AP_8_4_PROVISIONS_AND_PENALTIES",
                  SUPPORTING_INFORMATION,
                  "order.offences",
                  Verification.UNVERIFIED,
                  r -> ContentChecks.statesProvisionsAndPenalties(r.order().offences()),
                  "The supporting information must give the legal provisions and applicable"
                      + " penalties for each offence.",
                  "Les informations à l'appui doivent indiquer les dispositions légales et les"
                      + " peines applicables pour chaque infraction."))
          .add(
              CompletenessRule.require(
                  "2AP_8_4_PROVIDER_HOLDS_DATA",
                  SUPPORTING_INFORMATION,
                  "reasonsProviderHoldsData",
                  Verification.UNVERIFIED,
                  r -> ContentChecks.hasText(r.reasonsProviderHoldsData()),
                  "The supporting information must explain why the provider is believed to hold the"
                      + " data.",
                  "Les informations à l'appui doivent expliquer pourquoi il y a lieu de penser que"
                      + " le fournisseur détient les données."))
          .add(
              CompletenessRule.require(
                  "2AP_8_4_FACTS",
                  SUPPORTING_INFORMATION,
                  "facts.summary",
                  Verification.UNVERIFIED,
                  r -> r.facts().hasSummary(),
                  "The supporting information must give a summary of the facts.",
                  "Les informations à l'appui doivent contenir un résumé des faits."))
          .add(
              CompletenessRule.require(
                  "2AP_8_4_RELEVANCE",
                  SUPPORTING_INFORMATION,
                  "relevance",
                  Verification.UNVERIFIED,
                  r -> ContentChecks.hasText(r.relevance()),
                  "The supporting information must explain how the data is relevant to the"
                      + " investigation or proceedings.",
                  "Les informations à l'appui doivent expliquer la pertinence des données pour"
                      + " l'enquête ou la procédure."))
          .add(
              CompletenessRule.require(
                  "2AP_8_4_CONTACT_DETAILS",
                  SUPPORTING_INFORMATION,
                  "header.requestingAuthority.contactDetails",
                  Verification.UNVERIFIED,
                  r -> ContentChecks.hasContactDetails(r.header().requestingAuthority()),
                  "The supporting information must give the contact details of the requesting"
                      + " authority.",
                  "Les informations à l'appui doivent indiquer les coordonnées de l'autorité"
                      + " requérante."))
          .add(
              CompletenessRule.require(
                  "2AP_8_4_PRESERVATION",
                  SUPPORTING_INFORMATION,
                  "preservation",
                  Verification.UNVERIFIED,
                  r -> r.preservation().filter(PreservationStatus::isStated).isPresent(),
                  "The supporting information must say whether preservation was already sought,"
                      + " and if so give its date and reference.",
                  "Les informations à l'appui doivent indiquer si la conservation a déjà été"
                      + " demandée et, le cas échéant, sa date et sa référence."))
          .add(
              CompletenessRule.require(
                  "2AP_8_4_OTHER_MEANS",
                  SUPPORTING_INFORMATION,
                  "soughtByOtherMeans",
                  Verification.UNVERIFIED,
                  r -> r.soughtByOtherMeans().isPresent(),
                  "The supporting information must say whether the data has been sought by other"
                      + " means.",
                  "Les informations à l'appui doivent indiquer si les données ont été recherchées"
                      + " par d'autres moyens."))
          .build();

  @Override
  default RequestFamily family() {
    return RequestFamily.FOREIGN_PRODUCTION_ORDER;
  }

  @Value.Lazy
  @Override
  default List<Violation> completenessViolations() {
    return REQUIRED_CONTENT.check(this);
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a request to give effect to a foreign production order. */
  final class Builder extends ImmutableForeignProductionOrderRequest.Builder {}
}
