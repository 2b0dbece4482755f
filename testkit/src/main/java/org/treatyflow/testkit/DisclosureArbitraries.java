package org.treatyflow.testkit;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.treatyflow.model.asset.DomainName;
import org.treatyflow.model.common.ArticleCitation;
import org.treatyflow.model.common.Authority;
import org.treatyflow.model.common.AuthorityRole;
import org.treatyflow.model.common.Channel;
import org.treatyflow.model.common.CooperationAct;
import org.treatyflow.model.common.DataCategory;
import org.treatyflow.model.common.DataItem;
import org.treatyflow.model.common.Facts;
import org.treatyflow.model.common.Offence;
import org.treatyflow.model.common.Party;
import org.treatyflow.model.common.RequestHeader;
import org.treatyflow.model.common.Urgency;
import org.treatyflow.model.disclosure.DomainRegistrationRequest;
import org.treatyflow.model.disclosure.EmergencyDisclosureRequest;
import org.treatyflow.model.disclosure.ForeignProductionOrderRequest;
import org.treatyflow.model.disclosure.PreservationStatus;
import org.treatyflow.model.disclosure.ProductionOrder;
import org.treatyflow.model.disclosure.SubscriberInformationOrder;

/**
 * Arbitraries of complete requests of the Second Additional Protocol's direct cooperation and
 * production families (2AP 6 to 9). Every generated value has no completeness violations; every
 * personal field carries {@link PersonArbitraries#MARKER}.
 */
public final class DisclosureArbitraries {
  private static final LocalDate BASE = LocalDate.of(2025, 1, 1);

  private DisclosureArbitraries() {}

  /** A complete request for domain name registration information (2AP 6). */
  public static Arbitrary<DomainRegistrationRequest> domainRegistrationRequests() {
    return Combinators.combine(
            headers(
                AuthorityRole.POLICE,
                AuthorityRole.DOMAIN_REGISTRATION_ENTITY,
                Channel.DIRECT_TO_PROVIDER,
                DomainRegistrationRequest.ARTICLE,
                Arbitraries.of(Urgency.ROUTINE, Urgency.URGENT)),
            Arbitraries.of("fake-shop-example.com", "phish-example.net", "darkmarket-example.org")
                .map(
                    n ->
                        DomainName.builder()
                            .name(PersonArbitraries.MARKER.toLowerCase(Locale.ROOT) + "-" + n)
                            .build()),
            CommonArbitraries.dataItems(DataCategory.DOMAIN_REGISTRATION_INFORMATION)
                .list()
                .ofMinSize(1)
                .ofMaxSize(2),
            offences(),
            PersonArbitraries.names())
        .as(
            (header, domain, items, offences, name) ->
                DomainRegistrationRequest.builder()
                    .header(header)
                    .domain(domain)
                    .addAllInformationSought(items)
                    .addAllOffences(offences)
                    .reasonInformationNeeded(
                        "The domain hosts the fraudulent shop through which " + name
                            + " was deceived; the registrant is the suspected operator.")
                    .statementUnderProtocol(true)
                    .build());
  }

  /** A complete order for subscriber information sent directly to a provider (2AP 7). */
  public static Arbitrary<SubscriberInformationOrder> subscriberInformationOrders() {
    // One combine, no flatMap: the contact authority is the requesting authority of the header,
    // which carries contact details. A flatMap per header made this generator ten times slower.
    return Combinators.combine(
            headers(
                AuthorityRole.PROSECUTOR,
                AuthorityRole.SERVICE_PROVIDER,
                Channel.DIRECT_TO_PROVIDER,
                SubscriberInformationOrder.ARTICLE,
                Arbitraries.of(Urgency.ROUTINE, Urgency.URGENT)),
            offences(),
            CommonArbitraries.dataItems(DataCategory.SUBSCRIBER_INFORMATION).list().ofMinSize(1).ofMaxSize(3),
            Arbitraries.integers().between(10, 60),
            preservations(),
            Arbitraries.of(true, false),
            PersonArbitraries.names(),
            Arbitraries.of(true, false))
        .as(
            (header, offences, items, days, preservation, notified, name, withOther) -> {
              SubscriberInformationOrder.Builder b =
                  SubscriberInformationOrder.builder()
                      .header(header)
                      .statementUnderProtocol(true)
                      .providerAddress(providerAddress(header.requestedParty()))
                      .addAllOffences(offences)
                      .addAllDataSought(items)
                      .domesticLegalGrounds("Code of Criminal Procedure, section 76a")
                      .contactAuthority(header.requestingAuthority())
                      .returnWithinDays(days)
                      .mannerOfReturn("By encrypted e-mail to the contact authority")
                      .preservation(preservation)
                      .notificationMade(notified)
                      .specialProceduralInstructions("Do not inform the account holder " + name + ".");
              if (withOther) {
                b.otherInformation("The account was also used by " + name + ".");
              }
              return b.build();
            });
  }

  /** A complete request to give effect to a foreign production order (2AP 8). */
  public static Arbitrary<ForeignProductionOrderRequest> foreignProductionOrderRequests() {
    return headers(
            AuthorityRole.CENTRAL_AUTHORITY,
            AuthorityRole.CENTRAL_AUTHORITY,
            Channel.CENTRAL_AUTHORITY,
            ForeignProductionOrderRequest.ARTICLE,
            Arbitraries.of(Urgency.ROUTINE, Urgency.URGENT))
        .flatMap(
            header ->
                Combinators.combine(
                        productionOrders(header.requestingParty(), header.requestedParty()),
                        CommonArbitraries.facts(),
                        PersonArbitraries.names(),
                        preservations(),
                        Arbitraries.of(true, false),
                        CommonArbitraries.requestIds().optional(0.5),
                        Arbitraries.of(true, false))
                    .as(
                        (order, facts, name, preservation, otherMeans, preceding, instructions) -> {
                          ForeignProductionOrderRequest.Builder b =
                              ForeignProductionOrderRequest.builder()
                                  .header(header)
                                  .order(order)
                                  .legalGrounds("Code of Criminal Procedure, section 76a")
                                  .reasonsProviderHoldsData(
                                      "The provider hosts the e-mail account that " + name
                                          + " used to contact the victims.")
                                  .facts(facts)
                                  .relevance(
                                      "The traffic data show from where " + name
                                          + " logged in to the account.")
                                  .preservation(preservation)
                                  .soughtByOtherMeans(otherMeans)
                                  .precedingOrder(preceding);
                          if (instructions) {
                            b.specialProceduralInstructions(
                                "Do not inform the account holder " + name + ".");
                          }
                          return b.build();
                        }));
  }

  /** A complete request for expedited disclosure in an emergency (2AP 9). */
  public static Arbitrary<EmergencyDisclosureRequest> emergencyDisclosureRequests() {
    return headers(
            AuthorityRole.POINT_OF_CONTACT_24_7,
            AuthorityRole.POINT_OF_CONTACT_24_7,
            Channel.NETWORK_24_7,
            EmergencyDisclosureRequest.ARTICLE,
            Arbitraries.just(Urgency.EMERGENCY))
        .flatMap(
            header ->
                Combinators.combine(
                        authority(header.requestedParty(), AuthorityRole.SERVICE_PROVIDER),
                        offences(),
                        PersonArbitraries.names(),
                        Arbitraries.of(EmergencyDisclosureRequest.ALLOWED_CATEGORIES)
                            .flatMap(CommonArbitraries::dataItems)
                            .list()
                            .ofMinSize(1)
                            .ofMaxSize(3),
                        Arbitraries.integers().between(0, 2),
                        Arbitraries.of(true, false))
                    .as(
                        (provider, offences, name, items, form, instructions) -> {
                          EmergencyDisclosureRequest.Builder b =
                              EmergencyDisclosureRequest.builder()
                                  .header(header)
                                  .statementUnderProtocol(true)
                                  .provider(provider)
                                  .addAllOffences(offences)
                                  .emergencyFacts(
                                      Facts.summary(
                                          "A kidnapper holds " + name
                                              + " and demands a ransom through the account."))
                                  .dataRelationToEmergency(
                                      "The last login IP addresses show where " + name
                                          + " is held.")
                                  .addAllDataSought(items);
                          // 0: electronic; 1: oral, confirmed the same day; 2: oral, awaiting confirmation
                          if (form > 0) {
                            b.oral(true);
                          }
                          if (form == 1) {
                            b.electronicConfirmation(header.dateOfRequest().orElseThrow());
                          }
                          if (instructions) {
                            b.specialInstructions("Do not alert the account holder " + name + ".");
                          }
                          return b.build();
                        }));
  }

  /** Any of the requests of this family group. */
  public static Arbitrary<CooperationAct> acts() {
    return Arbitraries.oneOf(
        domainRegistrationRequests().map(CooperationAct.class::cast),
        subscriberInformationOrders().map(CooperationAct.class::cast),
        foreignProductionOrderRequests().map(CooperationAct.class::cast),
        emergencyDisclosureRequests().map(CooperationAct.class::cast));
  }

  /** A complete production order of {@code issuing} to a provider in {@code providerParty}. */
  private static Arbitrary<ProductionOrder> productionOrders(Party issuing, Party providerParty) {
    return Combinators.combine(
            authority(issuing, AuthorityRole.PROSECUTOR),
            Arbitraries.integers().between(0, 700),
            authority(providerParty, AuthorityRole.SERVICE_PROVIDER),
            offences(),
            authority(issuing, AuthorityRole.POLICE).optional(0.5),
            Arbitraries.of(ForeignProductionOrderRequest.ALLOWED_CATEGORIES)
                .flatMap(CommonArbitraries::dataItems)
                .list()
                .ofMinSize(1)
                .ofMaxSize(3))
        .as(
            (issuer, day, provider, offences, seeking, items) ->
                ProductionOrder.builder()
                    .issuingAuthority(issuer)
                    .dateIssued(BASE.plusDays(day))
                    .statementUnderProtocol(true)
                    .provider(provider)
                    .providerAddress(providerAddress(providerParty))
                    .addAllOffences(offences)
                    .seekingAuthority(seeking)
                    .addAllDataSought(items)
                    .build());
  }

  /** Preservation not sought, or sought under a reference on a date. */
  private static Arbitrary<PreservationStatus> preservations() {
    return Arbitraries.oneOf(
        Arbitraries.just(PreservationStatus.notSought()),
        Combinators.combine(CommonArbitraries.requestIds(), Arbitraries.integers().between(0, 700))
            .as((id, day) -> PreservationStatus.sought(id, BASE.plusDays(day))));
  }

  /** One or two offences, each with its statutory provision and maximum penalty. */
  private static Arbitrary<List<Offence>> offences() {
    return CommonArbitraries.budapestOffences()
        .filter(o -> o.maximumPenalty().isPresent())
        .list()
        .ofMinSize(1)
        .ofMaxSize(2);
  }

  /** A business address of a provider; not personal data. */
  private static String providerAddress(Party party) {
    return "Business Park 1, Building C, " + party;
  }

  /** An authority or entity of {@code party} in {@code role}, always with contact details. */
  private static Arbitrary<Authority> authority(Party party, AuthorityRole role) {
    return CommonArbitraries.authoritiesWithContactDetails(party, role);
  }

  /** A dated header between two Parties invoking {@code article}, with contact details. */
  private static Arbitrary<RequestHeader> headers(
      AuthorityRole requestingRole,
      AuthorityRole requestedRole,
      Channel channel,
      ArticleCitation article,
      Arbitrary<Urgency> urgencies) {
    return CommonArbitraries.headersWithContactDetails(
        requestingRole, requestedRole, channel, urgencies, Set.of(), article);
  }


  /** A data item of a category outside {@code allowed}, for negative tests. */
  public static Arbitrary<DataItem> itemsOutside(Set<DataCategory> allowed) {
    return Arbitraries.of(DataCategory.class)
        .filter(c -> !allowed.contains(c))
        .flatMap(CommonArbitraries::dataItems);
  }
}
