package org.treatyflow.model.disclosure;

import static com.google.common.base.Preconditions.checkArgument;
import static org.treatyflow.model.common.Instrument.SECOND_PROTOCOL;

import com.google.common.collect.Sets;
import java.time.LocalDate;
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
 * A request from the 24/7 point of contact of one Party to that of another for the expedited
 * disclosure of data held by a service provider in the requested Party, in an emergency and
 * without a mutual assistance request.
 *
 * <p>Legal basis: 2AP 9. That Article 9 serves emergencies (a significant and imminent risk to the
 * life or safety of a natural person, 2AP 3) is confirmed at headline level; the route between
 * 24/7 points of contact, the content and the form are unverified. The header's requesting and
 * requested authorities are the two 24/7 points of contact and its urgency is {@link
 * Urgency#EMERGENCY}. A request may be made orally if the requested Party accepts it, followed by
 * electronic confirmation where that Party requires it (unverified); declarations under 2AP 9(1)(b)
 * and 9(5) are applied by the workflow.
 */
@Value.Immutable
public interface EmergencyDisclosureRequest extends Request {
  /** The article establishing the request; CONVENTIONS gives no paragraph for its content. */
  ArticleCitation ARTICLE = SECOND_PROTOCOL.cite(9);

  /**
   * The data categories such a request may seek: stored data a service provider holds, that is
   * subscriber information, traffic data and content data, but not domain name registration
   * information, which is sought from registrars under 2AP 6 (unverified library default).
   */
  Set<DataCategory> ALLOWED_CATEGORIES =
      Sets.immutableEnumSet(
          DataCategory.SUBSCRIBER_INFORMATION,
          DataCategory.TRAFFIC_DATA,
          DataCategory.CONTENT_DATA);

  /** Whether the request states that it is made under the Second Additional Protocol. */
  @Value.Default
  default boolean statementUnderProtocol() {
    return false;
  }

  /** The service provider believed to hold the data. */
  Optional<Authority> provider();

  /** The offences the request concerns; may be empty while drafting. */
  List<Offence> offences();

  /** The facts that show the emergency: who is at risk and why. Personal data inside. */
  Facts emergencyFacts();

  /** How the data sought relates to the emergency. Personal data. */
  @PersonalData
  @Value.Redacted
  Optional<String> dataRelationToEmergency();

  /** The detailed description of the data sought; may be empty while drafting. */
  List<DataItem> dataSought();

  /** Special instructions, if there are any. May name persons, so personal data. */
  @PersonalData
  @Value.Redacted
  Optional<String> specialInstructions();

  /** Any other information that may help the requested Party. Personal data. */
  @PersonalData
  @Value.Redacted
  Optional<String> otherInformation();

  /** Whether the request was first made orally. */
  @Value.Default
  default boolean oral() {
    return false;
  }

  /** The date an oral request was confirmed in electronic form, once it has been. */
  Optional<LocalDate> electronicConfirmation();

  /** Whether the request was made orally and not yet confirmed in electronic form. */
  default boolean awaitsElectronicConfirmation() {
    return oral() && electronicConfirmation().isEmpty();
  }

  @Value.Check
  default void check() {
    checkArgument(
        oral() || electronicConfirmation().isEmpty(),
        "EmergencyDisclosureRequest.electronicConfirmation needs an oral request");
    electronicConfirmation()
        .ifPresent(
            confirmed ->
                header()
                    .dateOfRequest()
                    .ifPresent(
                        made ->
                            checkArgument(
                                !confirmed.isBefore(made),
                                "EmergencyDisclosureRequest.electronicConfirmation (%s) must not be"
                                    + " before header.dateOfRequest (%s)",
                                confirmed,
                                made)));
  }

  /** What 2AP 9 requires of the request, in the order of the article. */
  CompletenessRules<EmergencyDisclosureRequest> REQUIRED_CONTENT =
      CompletenessRules.<EmergencyDisclosureRequest>builder()
          .add(
              HeaderRules.legalBasisInvokes(
                  RequestFamily.EMERGENCY_DISCLOSURE, Verification.CONFIRMED))
          .add(
              HeaderRules.urgencyIs(
                  Urgency.EMERGENCY,
                  "2AP_9_EMERGENCY",
                  ARTICLE,
                  Verification.CONFIRMED,
                  "Expedited disclosure under Article 9 is only for an emergency.",
                  "La divulgation accélérée au titre de l'article 9 est réservée aux situations"
                      + " d'urgence."))
          .add(
              HeaderRules.channelIn(
                  EnumSet.of(Channel.NETWORK_24_7),
                  "2AP_9_CHANNEL_24_7",
                  ARTICLE,
                  Verification.UNVERIFIED,
                  "The request must be sent through the 24/7 network.",
                  "La demande doit être transmise par l'intermédiaire du réseau 24/7."))
          .add(
              HeaderRules.requestingAuthorityHasRole(
                  AuthorityRole.POINT_OF_CONTACT_24_7,
                  "2AP_9_SENDER_24_7",
                  ARTICLE,
                  Verification.UNVERIFIED,
                  "The request must be made by the 24/7 point of contact of the requesting Party.",
                  "La demande doit émaner du point de contact 24/7 de la Partie requérante."))
          .add(
              HeaderRules.requestedAuthorityHasRole(
                  AuthorityRole.POINT_OF_CONTACT_24_7,
                  "2AP_9_ADDRESSEE_24_7",
                  ARTICLE,
                  Verification.UNVERIFIED,
                  "The request must be addressed to the 24/7 point of contact of the requested"
                      + " Party.",
                  "La demande doit être adressée au point de contact 24/7 de la Partie requise."))
          .add(
              CompletenessRule.require(
                  "2AP_9_DATA_CATEGORIES",
                  ARTICLE,
                  "dataSought",
                  Verification.UNVERIFIED,
                  r -> ContentChecks.onlyCategories(r.dataSought(), ALLOWED_CATEGORIES),
                  "An emergency request may seek only data held by a service provider, not domain"
                      + " name registration information.",
                  "Une demande urgente ne peut porter que sur des données détenues par un"
                      + " fournisseur de services, et non sur des informations relatives à"
                      + " l'enregistrement de noms de domaine."))
          .add(
              CompletenessRule.require(
                  "2AP_9_DATE",
                  ARTICLE,
                  "header.dateOfRequest",
                  Verification.UNVERIFIED,
                  r -> r.header().dateOfRequest().isPresent(),
                  "The request must state the date on which it was made.",
                  "La demande doit indiquer la date à laquelle elle a été présentée."))
          .add(
              CompletenessRule.require(
                  "2AP_9_STATEMENT_UNDER_PROTOCOL",
                  ARTICLE,
                  "statementUnderProtocol",
                  Verification.UNVERIFIED,
                  EmergencyDisclosureRequest::statementUnderProtocol,
                  "The request must state that it is made under the Second Additional Protocol.",
                  "La demande doit indiquer qu'elle est présentée en vertu du deuxième Protocole"
                      + " additionnel."))
          .add(
              CompletenessRule.require(
                  "2AP_9_PROVIDER",
                  ARTICLE,
                  "provider",
                  Verification.UNVERIFIED,
                  r -> ContentChecks.hasRole(r.provider(), AuthorityRole.SERVICE_PROVIDER),
                  "The request must name the service provider believed to hold the data.",
                  "La demande doit indiquer le fournisseur de services qui détiendrait les"
                      + " données."))
          .add(
              CompletenessRule.require(
                  "2AP_9_OFFENCES",
                  ARTICLE,
                  "offences",
                  Verification.UNVERIFIED,
                  r -> !r.offences().isEmpty(),
                  "The request must name the offence concerned.",
                  "La demande doit indiquer l'infraction concernée."))
          .add(
              CompletenessRule.require(
                  "2AP_9_PROVISIONS_AND_PENALTIES",
                  ARTICLE,
                  "offences",
                  Verification.UNVERIFIED,
                  r -> ContentChecks.statesProvisionsAndPenalties(r.offences()),
                  "The request must give the legal provisions and applicable penalties for each"
                      + " offence.",
                  "La demande doit indiquer les dispositions légales et les peines applicables pour"
                      + " chaque infraction."))
          .add(
              CompletenessRule.require(
                  "2AP_9_EMERGENCY_FACTS",
                  ARTICLE,
                  "emergencyFacts.summary",
                  Verification.UNVERIFIED,
                  r -> r.emergencyFacts().hasSummary(),
                  "The request must set out the facts that show the emergency.",
                  "La demande doit exposer les faits établissant l'urgence."))
          .add(
              CompletenessRule.require(
                  "2AP_9_DATA_RELATION_TO_EMERGENCY",
                  ARTICLE,
                  "dataRelationToEmergency",
                  Verification.UNVERIFIED,
                  r -> ContentChecks.hasText(r.dataRelationToEmergency()),
                  "The request must explain how the data sought relates to the emergency.",
                  "La demande doit expliquer le lien entre les données recherchées et l'urgence."))
          .add(
              CompletenessRule.require(
                  "2AP_9_DATA_DESCRIPTION",
                  ARTICLE,
                  "dataSought",
                  Verification.UNVERIFIED,
                  r -> !r.dataSought().isEmpty(),
                  "The request must describe in detail the data sought.",
                  "La demande doit décrire en détail les données recherchées."))
          .build();

  @Override
  default RequestFamily family() {
    return RequestFamily.EMERGENCY_DISCLOSURE;
  }

  @Value.Lazy
  @Override
  default List<Violation> completenessViolations() {
    return REQUIRED_CONTENT.check(this);
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds an emergency disclosure request. */
  final class Builder extends ImmutableEmergencyDisclosureRequest.Builder {}
}
