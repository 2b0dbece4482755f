package org.treatyflow.model.disclosure;

import static org.treatyflow.model.common.Instrument.SECOND_PROTOCOL;

import com.google.common.collect.Sets;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.treatyflow.model.asset.DomainName;
import org.treatyflow.model.common.ArticleCitation;
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
 * A request that a competent authority of one Party sends directly to a registrar or registry in
 * another Party for the registration information of a domain name, without going through that
 * Party's authorities.
 *
 * <p>Legal basis: 2AP 6. The direct route to registrars is confirmed; the content list (date,
 * requesting authority, statement that the request is made under the Protocol, information sought,
 * offence and why the information is needed, contact details) is unverified. The header's
 * requesting authority is the authority making the request and gives the contact details; its
 * requested authority is the registrar or registry.
 */
@Value.Immutable
public interface DomainRegistrationRequest extends Request {
  /** The article establishing the request. */
  ArticleCitation ARTICLE = SECOND_PROTOCOL.cite(6);

  /**
   * The data categories such a request may seek: domain name registration information only (2AP
   * 6; the category's definition is unverified).
   */
  Set<DataCategory> ALLOWED_CATEGORIES = Sets.immutableEnumSet(DataCategory.DOMAIN_REGISTRATION_INFORMATION);

  /**
   * The domain whose registration information is sought. A domain name may identify its
   * registrant, so personal data.
   */
  @PersonalData
  @Value.Redacted
  DomainName domain();

  /** The registration information sought, each of {@link #ALLOWED_CATEGORIES}; may be empty while drafting. */
  List<DataItem> informationSought();

  /** The offences under investigation; may be empty while drafting. */
  List<Offence> offences();

  /** Why the information is needed for the investigation. May name persons, so personal data. */
  @PersonalData
  @Value.Redacted
  Optional<String> reasonInformationNeeded();

  /** Whether the request states that it is made under the Second Additional Protocol. */
  @Value.Default
  default boolean statementUnderProtocol() {
    return false;
  }

  /** The content 2AP 6 requires, in the order of the article, then the consistency rules. */
  CompletenessRules<DomainRegistrationRequest> REQUIRED_CONTENT =
      CompletenessRules.<DomainRegistrationRequest>builder()
          .add(
              HeaderRules.legalBasisInvokes(
                  RequestFamily.DOMAIN_REGISTRATION_INFORMATION, Verification.CONFIRMED))
          .add(
              HeaderRules.channelIn(
                  EnumSet.of(Channel.DIRECT_TO_PROVIDER),
                  "2AP_6_CHANNEL_DIRECT",
                  ARTICLE,
                  Verification.CONFIRMED,
                  "The request must be sent directly to the registrar or registry.",
                  "La demande doit être adressée directement au bureau d'enregistrement ou au"
                      + " registre."))
          .add(
              HeaderRules.requestedAuthorityHasRole(
                  AuthorityRole.DOMAIN_REGISTRATION_ENTITY,
                  "2AP_6_ADDRESSEE_REGISTRAR",
                  ARTICLE,
                  Verification.CONFIRMED,
                  "The request must be addressed to an entity providing domain name registration"
                      + " services.",
                  "La demande doit être adressée à une entité fournissant des services"
                      + " d'enregistrement de noms de domaine."))
          .add(
              CompletenessRule.require(
                  "2AP_6_DATE_ISSUED",
                  ARTICLE,
                  "header.dateOfRequest",
                  Verification.UNVERIFIED,
                  r -> r.header().dateOfRequest().isPresent(),
                  "The request must state the date on which it was issued.",
                  "La demande doit indiquer la date à laquelle elle a été émise."))
          .add(
              CompletenessRule.require(
                  "2AP_6_REQUESTING_AUTHORITY",
                  ARTICLE,
                  "header.requestingAuthority",
                  Verification.UNVERIFIED,
                  r -> ContentChecks.isPublic(r.header().requestingAuthority()),
                  "The request must be made by a public authority, not by a provider or registrar.",
                  "La demande doit émaner d'une autorité publique, et non d'un fournisseur ou d'un"
                      + " bureau d'enregistrement."))
          .add(
              CompletenessRule.require(
                  "2AP_6_STATEMENT_UNDER_PROTOCOL",
                  ARTICLE,
                  "statementUnderProtocol",
                  Verification.UNVERIFIED,
                  DomainRegistrationRequest::statementUnderProtocol,
                  "The request must state that it is made under the Second Additional Protocol.",
                  "La demande doit indiquer qu'elle est présentée en vertu du deuxième Protocole"
                      + " additionnel."))
          .add(
              CompletenessRule.require(
                  "2AP_6_INFORMATION_SOUGHT",
                  ARTICLE,
                  "informationSought",
                  Verification.UNVERIFIED,
                  r -> !r.informationSought().isEmpty(),
                  "The request must describe the registration information sought.",
                  "La demande doit décrire les informations d'enregistrement recherchées."))
          .add(
              CompletenessRule.require(
                  "2AP_6_DOMAIN_REGISTRATION_INFORMATION_ONLY",
                  ARTICLE,
                  "informationSought",
                  Verification.UNVERIFIED,
                  r -> ContentChecks.onlyCategories(r.informationSought(), ALLOWED_CATEGORIES),
                  "A request to a registrar may seek domain name registration information only.",
                  "Une demande adressée à un bureau d'enregistrement ne peut porter que sur des"
                      + " informations relatives à l'enregistrement de noms de domaine."))
          .add(
              CompletenessRule.require(
                  "2AP_6_OFFENCE",
                  ARTICLE,
                  "offences",
                  Verification.UNVERIFIED,
                  r -> !r.offences().isEmpty(),
                  "The request must name the offence under investigation.",
                  "La demande doit indiquer l'infraction faisant l'objet de l'enquête."))
          .add(
              CompletenessRule.require(
                  "2AP_6_REASON_NEEDED",
                  ARTICLE,
                  "reasonInformationNeeded",
                  Verification.UNVERIFIED,
                  r -> ContentChecks.hasText(r.reasonInformationNeeded()),
                  "The request must explain why the information is needed.",
                  "La demande doit expliquer pourquoi les informations sont nécessaires."))
          .add(
              CompletenessRule.require(
                  "2AP_6_CONTACT_DETAILS",
                  ARTICLE,
                  "header.requestingAuthority.contactDetails",
                  Verification.UNVERIFIED,
                  r -> ContentChecks.hasContactDetails(r.header().requestingAuthority()),
                  "The request must give the contact details of the requesting authority.",
                  "La demande doit indiquer les coordonnées de l'autorité requérante."))
          .build();

  @Override
  default RequestFamily family() {
    return RequestFamily.DOMAIN_REGISTRATION_INFORMATION;
  }

  @Value.Lazy
  @Override
  default List<Violation> completenessViolations() {
    return REQUIRED_CONTENT.check(this);
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a request for domain name registration information. */
  final class Builder extends ImmutableDomainRegistrationRequest.Builder {}
}
