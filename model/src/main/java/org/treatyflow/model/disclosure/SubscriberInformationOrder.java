package org.treatyflow.model.disclosure;

import static com.google.common.base.Preconditions.checkArgument;
import static org.treatyflow.model.common.Instrument.SECOND_PROTOCOL;

import com.google.common.collect.Sets;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.treatyflow.model.common.ArticleCitation;
import org.treatyflow.model.common.Authority;
import org.treatyflow.model.common.AuthorityRole;
import org.treatyflow.model.common.Channel;
import org.treatyflow.model.common.CompletenessRule;
import org.treatyflow.model.common.CompletenessRules;
import org.treatyflow.model.common.DataCategory;
import org.treatyflow.model.common.DataItem;
import org.treatyflow.model.common.HeaderRules;
import org.treatyflow.model.common.Offence;
import org.treatyflow.model.common.PersonalData;
import org.treatyflow.model.common.Request;
import org.treatyflow.model.common.RequestFamily;
import org.treatyflow.model.common.Verification;
import org.treatyflow.model.common.Violation;

/**
 * An order for subscriber information that a competent authority of the issuing Party sends
 * directly to a service provider in the territory of another Party, with its supplemental
 * information.
 *
 * <p>Legal basis: 2AP 7. Only specified, stored subscriber information in the provider's possession
 * or control may be ordered (2AP 7, confirmed at headline level; the paragraph is not verified).
 * The order content (2AP 7(3)) and the supplemental information (2AP 7(4)) are unverified: the
 * paragraph numbers come from the project's task text, not from a checked treaty text. The header's requesting authority is
 * the issuing authority and its date of request the date of issue; its requested authority is the
 * service provider; its investigating authority is the authority seeking the data, where different.
 * If the provider does not disclose, the issuing Party may enforce the order only through 2AP 8 or
 * other mutual assistance (2AP 7(7), unverified).
 */
@Value.Immutable
public interface SubscriberInformationOrder extends Request {
  /** The article establishing the order. */
  ArticleCitation ARTICLE = SECOND_PROTOCOL.cite(7);

  /**
   * The provision on the data that may be ordered: 2AP 7, cited without a paragraph because the
   * paragraph is not verified.
   */
  ArticleCitation SCOPE = SECOND_PROTOCOL.cite(7);

  /** The provision on the content of the order (unverified). */
  ArticleCitation ORDER_CONTENT = SECOND_PROTOCOL.cite(7, 3);

  /**
   * The provision on the supplemental information (unverified: the project's task text names "2AP
   * 7(3)/(4)" as the order and supplemental content; the paragraph is not checked).
   */
  ArticleCitation SUPPLEMENTAL_INFORMATION = SECOND_PROTOCOL.cite(7, 4);

  /** The data categories an order may seek: subscriber information only (2AP 7). */
  Set<DataCategory> ALLOWED_CATEGORIES = Sets.immutableEnumSet(DataCategory.SUBSCRIBER_INFORMATION);

  /** Whether the order states that it is issued under the Second Additional Protocol. */
  @Value.Default
  default boolean statementUnderProtocol() {
    return false;
  }

  /**
   * The address of the service provider the order is addressed to. A provider is a company or
   * other entity, so its business address is not treated as personal data.
   */
  Optional<String> providerAddress();

  /** The offences the order concerns; may be empty while drafting. */
  List<Offence> offences();

  /** The detailed description of the subscriber information sought; may be empty while drafting. */
  List<DataItem> dataSought();

  /** The domestic legal grounds that empower the authority to issue the order. */
  Optional<String> domesticLegalGrounds();

  /** The authority the provider can contact about the order. */
  Optional<Authority> contactAuthority();

  /** Within how many days after receiving the order the provider is asked to return the data. */
  Optional<Integer> returnWithinDays();

  /** How the provider is asked to return the data, e.g. "by secure upload to the portal". */
  Optional<String> mannerOfReturn();

  /** Whether preservation of the data was already sought, with its reference and date. */
  Optional<PreservationStatus> preservation();

  /**
   * Whether the order has been notified to the authority the provider's Party designated under 2AP
   * 7(5); absent until stated.
   */
  Optional<Boolean> notificationMade();

  /** Special procedural instructions, if there are any. May name persons, so personal data. */
  @PersonalData
  @Value.Redacted
  Optional<String> specialProceduralInstructions();

  /** Any other information that may help the provider give effect to the order. Personal data. */
  @PersonalData
  @Value.Redacted
  Optional<String> otherInformation();

  @Value.Check
  default void check() {
    returnWithinDays()
        .ifPresent(
            d ->
                checkArgument(
                    d > 0, "SubscriberInformationOrder.returnWithinDays must be positive, was %s", d));
  }

  /**
   * What 2AP 7 requires of the order and its supplemental information, in the order of the
   * article.
   */
  CompletenessRules<SubscriberInformationOrder> REQUIRED_CONTENT =
      CompletenessRules.<SubscriberInformationOrder>builder()
          .add(
              HeaderRules.legalBasisInvokes(
                  RequestFamily.SUBSCRIBER_INFORMATION_ORDER, Verification.CONFIRMED))
          .add(
              HeaderRules.channelIn(
                  EnumSet.of(Channel.DIRECT_TO_PROVIDER),
                  "2AP_7_CHANNEL_DIRECT",
                  ARTICLE,
                  Verification.CONFIRMED,
                  "The order must be sent directly to the service provider.",
                  "L'injonction doit être adressée directement au fournisseur de services."))
          .add(
              CompletenessRule.require(
                  "2AP_7_ADDRESSEE_PROVIDER",
                  ARTICLE,
                  "header.requestedAuthority",
                  Verification.CONFIRMED,
                  r -> r.header().requestedAuthority()
                      .map(a -> a.role() == AuthorityRole.SERVICE_PROVIDER)
                      .orElse(true),
                  "The order must be addressed to a service provider.",
                  "L'injonction doit être adressée à un fournisseur de services."))
          .add(
              CompletenessRule.require(
                  "2AP_7_SUBSCRIBER_INFORMATION_ONLY",
                  SCOPE,
                  "dataSought",
                  Verification.CONFIRMED,
                  r -> ContentChecks.onlyCategories(r.dataSought(), ALLOWED_CATEGORIES),
                  "A direct order may seek subscriber information only.",
                  "Une injonction directe ne peut porter que sur des informations relatives aux"
                      + " abonnés."))
          .add(
              CompletenessRule.require(
                  "2AP_7_3_ISSUING_AUTHORITY",
                  ORDER_CONTENT,
                  "header.requestingAuthority",
                  Verification.UNVERIFIED,
                  r -> ContentChecks.isPublic(r.header().requestingAuthority()),
                  "The order must be issued by a public authority, not by a provider or registrar.",
                  "L'injonction doit émaner d'une autorité publique, et non d'un fournisseur ou d'un"
                      + " bureau d'enregistrement."))
          .add(
              CompletenessRule.require(
                  "2AP_7_3_DATE_ISSUED",
                  ORDER_CONTENT,
                  "header.dateOfRequest",
                  Verification.UNVERIFIED,
                  r -> r.header().dateOfRequest().isPresent(),
                  "The order must state the date on which it was issued.",
                  "L'injonction doit indiquer la date à laquelle elle a été émise."))
          .add(
              CompletenessRule.require(
                  "2AP_7_3_STATEMENT_UNDER_PROTOCOL",
                  ORDER_CONTENT,
                  "statementUnderProtocol",
                  Verification.UNVERIFIED,
                  SubscriberInformationOrder::statementUnderProtocol,
                  "The order must state that it is issued under the Second Additional Protocol.",
                  "L'injonction doit indiquer qu'elle est émise en vertu du deuxième Protocole"
                      + " additionnel."))
          .add(
              CompletenessRule.require(
                  "2AP_7_3_PROVIDER_NAME",
                  ORDER_CONTENT,
                  "header.requestedAuthority",
                  Verification.UNVERIFIED,
                  r -> r.header().requestedAuthority().isPresent(),
                  "The order must name the service provider.",
                  "L'injonction doit indiquer le nom du fournisseur de services."))
          .add(
              CompletenessRule.require(
                  "2AP_7_3_PROVIDER_ADDRESS",
                  ORDER_CONTENT,
                  "providerAddress",
                  Verification.UNVERIFIED,
                  r -> ContentChecks.hasText(r.providerAddress()),
                  "The order must give the address of the service provider.",
                  "L'injonction doit indiquer l'adresse du fournisseur de services."))
          .add(
              CompletenessRule.require(
                  "2AP_7_3_OFFENCES",
                  ORDER_CONTENT,
                  "offences",
                  Verification.UNVERIFIED,
                  r -> !r.offences().isEmpty(),
                  "The order must name the offences that are the subject of the investigation or"
                      + " proceedings.",
                  "L'injonction doit indiquer les infractions faisant l'objet de l'enquête ou de la"
                      + " procédure."))
          .add(
              CompletenessRule.require(
                  "2AP_7_3_DATA_DESCRIPTION",
                  ORDER_CONTENT,
                  "dataSought",
                  Verification.UNVERIFIED,
                  r -> !r.dataSought().isEmpty(),
                  "The order must describe in detail the subscriber information sought.",
                  "L'injonction doit décrire en détail les informations relatives aux abonnés"
                      + " recherchées."))
          .add(
              CompletenessRule.require(
                  "2AP_7_4_LEGAL_GROUNDS",
                  SUPPLEMENTAL_INFORMATION,
                  "domesticLegalGrounds",
                  Verification.UNVERIFIED,
                  r -> ContentChecks.hasText(r.domesticLegalGrounds()),
                  "The supplemental information must give the domestic legal grounds for the order.",
                  "Les informations complémentaires doivent indiquer le fondement juridique interne"
                      + " de l'injonction."))
          .add(
              CompletenessRule.require(
                  "2AP_7_4_PROVISIONS_AND_PENALTIES",
                  SUPPLEMENTAL_INFORMATION,
                  "offences",
                  Verification.UNVERIFIED,
                  r -> ContentChecks.statesProvisionsAndPenalties(r.offences()),
                  "The supplemental information must give the legal provisions and applicable"
                      + " penalties for each offence.",
                  "Les informations complémentaires doivent indiquer les dispositions légales et les"
                      + " peines applicables pour chaque infraction."))
          .add(
              CompletenessRule.require(
                  "2AP_7_4_CONTACT_AUTHORITY",
                  SUPPLEMENTAL_INFORMATION,
                  "contactAuthority",
                  Verification.UNVERIFIED,
                  r -> r.contactAuthority().isPresent(),
                  "The supplemental information must name the authority the provider can contact.",
                  "Les informations complémentaires doivent indiquer l'autorité que le fournisseur"
                      + " peut contacter."))
          .add(
              CompletenessRule.require(
                  "2AP_7_4_RETURN_TIME_FRAME",
                  SUPPLEMENTAL_INFORMATION,
                  "returnWithinDays",
                  Verification.UNVERIFIED,
                  r -> r.returnWithinDays().isPresent(),
                  "The supplemental information must give the time frame for returning the data.",
                  "Les informations complémentaires doivent indiquer le délai de transmission des"
                      + " données."))
          .add(
              CompletenessRule.require(
                  "2AP_7_4_RETURN_MANNER",
                  SUPPLEMENTAL_INFORMATION,
                  "mannerOfReturn",
                  Verification.UNVERIFIED,
                  r -> ContentChecks.hasText(r.mannerOfReturn()),
                  "The supplemental information must say how the data is to be returned.",
                  "Les informations complémentaires doivent indiquer les modalités de transmission"
                      + " des données."))
          .add(
              CompletenessRule.require(
                  "2AP_7_4_PRESERVATION",
                  SUPPLEMENTAL_INFORMATION,
                  "preservation",
                  Verification.UNVERIFIED,
                  r -> r.preservation().filter(PreservationStatus::isStated).isPresent(),
                  "The supplemental information must say whether preservation was already sought,"
                      + " and if so give its date and reference.",
                  "Les informations complémentaires doivent indiquer si la conservation a déjà été"
                      + " demandée et, le cas échéant, sa date et sa référence."))
          .add(
              CompletenessRule.require(
                  "2AP_7_4_NOTIFICATION",
                  SUPPLEMENTAL_INFORMATION,
                  "notificationMade",
                  Verification.UNVERIFIED,
                  r -> r.notificationMade().isPresent(),
                  "The supplemental information must say whether the order was notified to the"
                      + " designated authority of the provider's Party.",
                  "Les informations complémentaires doivent indiquer si l'injonction a été notifiée"
                      + " à l'autorité désignée de la Partie du fournisseur."))
          .build();

  @Override
  default RequestFamily family() {
    return RequestFamily.SUBSCRIBER_INFORMATION_ORDER;
  }

  @Value.Lazy
  @Override
  default List<Violation> completenessViolations() {
    return REQUIRED_CONTENT.check(this);
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds an order for subscriber information. */
  final class Builder extends ImmutableSubscriberInformationOrder.Builder {}
}
