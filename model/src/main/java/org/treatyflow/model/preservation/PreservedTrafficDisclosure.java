package org.treatyflow.model.preservation;

import static com.google.common.base.Preconditions.checkArgument;
import static org.treatyflow.model.common.Instrument.BUDAPEST;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.treatyflow.model.common.Authority;
import org.treatyflow.model.common.AuthorityRole;
import org.treatyflow.model.common.CompletenessRule;
import org.treatyflow.model.common.CompletenessRules;
import org.treatyflow.model.common.CooperationAct;
import org.treatyflow.model.common.DataCategory;
import org.treatyflow.model.common.DataItem;
import org.treatyflow.model.common.Party;
import org.treatyflow.model.common.PersonalData;
import org.treatyflow.model.common.RequestFamily;
import org.treatyflow.model.common.RequestId;
import org.treatyflow.model.common.Verification;
import org.treatyflow.model.common.Violation;

/**
 * The traffic data a Party discloses, while executing a preservation request, to identify a
 * service provider in another State that took part in transmitting the communication and the path
 * of the transmission.
 *
 * <p>Legal basis: BC 30(1). No new request is needed: the disclosure is owed while executing the BC
 * 29 request {@link #preservationRequestId()}. It may be refused only on the grounds of BC 30(2).
 * The disclosing Party is the requested Party of the preservation; the receiving Party is its
 * requesting Party.
 */
@Value.Immutable
public interface PreservedTrafficDisclosure extends CooperationAct {
  /** The content BC 30(1) requires, in the order of the paragraph. */
  CompletenessRules<PreservedTrafficDisclosure> REQUIRED_CONTENT =
      CompletenessRules.<PreservedTrafficDisclosure>builder()
          .add(
              CompletenessRule.require(
                  "BC_30_1_TRAFFIC_DATA",
                  BUDAPEST.cite(30, 1),
                  "trafficData",
                  Verification.CONFIRMED,
                  d -> !d.trafficData().isEmpty(),
                  "The disclosure must contain the traffic data that identifies the service provider"
                      + " and the path of the communication.",
                  "La divulgation doit contenir les données relatives au trafic qui permettent"
                      + " d'identifier le fournisseur de services et la voie de la communication."))
          .add(
              CompletenessRule.require(
                  "BC_30_1_ONLY_TRAFFIC_DATA",
                  BUDAPEST.cite(30, 1),
                  "trafficData.category",
                  Verification.CONFIRMED,
                  d ->
                      d.trafficData().stream()
                          .allMatch(item -> item.category() == DataCategory.TRAFFIC_DATA),
                  "An expedited disclosure of preserved data may contain traffic data only; other"
                      + " data needs a request for mutual assistance.",
                  "Une divulgation rapide de données conservées ne peut contenir que des données"
                      + " relatives au trafic ; les autres données exigent une demande d'entraide."))
          .add(
              CompletenessRule.require(
                  "BC_30_1_PROVIDER_IDENTIFIED",
                  BUDAPEST.cite(30, 1),
                  "identifiedProvider",
                  Verification.CONFIRMED,
                  d -> d.identifiedProvider().isPresent(),
                  "The disclosure must identify the service provider in another State that took part"
                      + " in the transmission.",
                  "La divulgation doit identifier le fournisseur de services d'un autre État qui a"
                      + " participé à la transmission."))
          .add(
              CompletenessRule.require(
                  "BC_30_1_PROVIDER_IN_ANOTHER_STATE",
                  BUDAPEST.cite(30, 1),
                  "identifiedProvider.party",
                  Verification.CONFIRMED,
                  d ->
                      d.identifiedProvider()
                          .map(p -> !p.party().equals(d.disclosingParty()))
                          .orElse(true),
                  "An expedited disclosure is owed only for a service provider in a State other than"
                      + " the disclosing Party; a provider on its own territory is reached by its own"
                      + " procedure.",
                  "Une divulgation rapide n'est due que pour un fournisseur de services situé dans un"
                      + " État autre que la Partie qui divulgue ; un fournisseur sur son propre"
                      + " territoire relève de sa propre procédure."))
          .build();

  /** The reference of the preservation request being executed (BC 29). */
  RequestId preservationRequestId();

  /** The Party that discloses: the requested Party of the preservation request. */
  Party disclosingParty();

  /** The Party that receives the traffic data: the requesting Party of the preservation request. */
  Party receivingParty();

  /** The authority of the disclosing Party that sends the traffic data, usually its 24/7 point of contact. */
  Authority disclosingAuthority();

  /** The date of the disclosure, once made. */
  Optional<LocalDate> disclosedOn();

  /**
   * The traffic data disclosed, enough to identify the provider and the path (BC 30(1)); may be
   * empty in a draft.
   */
  List<DataItem> trafficData();

  /**
   * The service provider in another State that took part in the transmission, with its Party, as
   * far as identified (BC 30(1)). Its role is always {@link AuthorityRole#SERVICE_PROVIDER}.
   */
  Optional<Authority> identifiedProvider();

  /**
   * The path by which the communication was transmitted, as far as the traffic data shows it. May
   * contain addresses of users, so personal data.
   */
  @PersonalData
  @Value.Redacted
  Optional<String> path();

  @Override
  default RequestFamily family() {
    return RequestFamily.PRESERVED_TRAFFIC_DISCLOSURE;
  }

  @Value.Lazy
  @Override
  default List<Violation> completenessViolations() {
    return REQUIRED_CONTENT.check(this);
  }

  @Value.Check
  default void check() {
    checkArgument(
        !disclosingParty().equals(receivingParty()),
        "PreservedTrafficDisclosure: disclosingParty and receivingParty must differ (both %s)",
        disclosingParty());
    checkArgument(
        disclosingAuthority().party().equals(disclosingParty()),
        "PreservedTrafficDisclosure.disclosingAuthority must belong to the disclosing Party %s, was"
            + " of %s",
        disclosingParty(),
        disclosingAuthority().party());
    identifiedProvider()
        .ifPresent(
            p ->
                checkArgument(
                    p.role() == AuthorityRole.SERVICE_PROVIDER,
                    "PreservedTrafficDisclosure.identifiedProvider must have the role"
                        + " SERVICE_PROVIDER, was %s",
                    p.role()));
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a disclosure; the request reference, Parties and disclosing authority must be set. */
  final class Builder extends ImmutablePreservedTrafficDisclosure.Builder {}
}
