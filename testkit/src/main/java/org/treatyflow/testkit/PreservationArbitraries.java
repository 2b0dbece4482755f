package org.treatyflow.testkit;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.treatyflow.model.common.AuthorityRole;
import org.treatyflow.model.common.Channel;
import org.treatyflow.model.common.CooperationAct;
import org.treatyflow.model.common.DataCategory;
import org.treatyflow.model.common.DataItem;
import org.treatyflow.model.common.Instrument;
import org.treatyflow.model.common.Party;
import org.treatyflow.model.common.RequestHeader;
import org.treatyflow.model.preservation.PreservationRequest;
import org.treatyflow.model.preservation.PreservedTrafficDisclosure;

/**
 * Arbitraries of complete expedited preservation requests (BC 29) and disclosures of preserved
 * traffic data (BC 30). Every personal field carries {@link PersonArbitraries#MARKER}.
 */
public final class PreservationArbitraries {
  private static final String M = PersonArbitraries.MARKER;

  private PreservationArbitraries() {}

  /** A data item of {@code category} that always states its relation to the offence. */
  private static Arbitrary<DataItem> relatedDataItems(DataCategory category) {
    return Combinators.combine(CommonArbitraries.dataItems(category), PersonArbitraries.names())
        .as(
            (item, name) ->
                DataItem.builder()
                    .category(item.category())
                    .description(item.description())
                    .selector(item.selector().map(s -> s + " " + M))
                    .periodStart(item.periodStart())
                    .periodEnd(item.periodEnd())
                    .relationToOffence("Account used by the suspect " + name)
                    .build());
  }

  private static Arbitrary<RequestHeader> preservationHeaders() {
    return Arbitraries.oneOf(
        CommonArbitraries.headers(
            AuthorityRole.POINT_OF_CONTACT_24_7,
            AuthorityRole.POINT_OF_CONTACT_24_7,
            Channel.NETWORK_24_7,
            Instrument.BUDAPEST.cite(29)),
        CommonArbitraries.headers(
            AuthorityRole.CENTRAL_AUTHORITY,
            AuthorityRole.CENTRAL_AUTHORITY,
            Channel.CENTRAL_AUTHORITY,
            Instrument.BUDAPEST.cite(29)),
        CommonArbitraries.headers(
            AuthorityRole.CENTRAL_AUTHORITY,
            AuthorityRole.CENTRAL_AUTHORITY,
            Channel.INTERPOL,
            Instrument.BUDAPEST.cite(29)));
  }

  /**
   * A complete preservation request sent through the 24/7 network (the usual channel), the central
   * authorities or Interpol: BC 29 fixes no channel.
   */
  public static Arbitrary<PreservationRequest> preservationRequests() {
    Arbitrary<List<DataItem>> data =
        Arbitraries.of(DataCategory.TRAFFIC_DATA, DataCategory.SUBSCRIBER_INFORMATION, DataCategory.CONTENT_DATA)
            .flatMap(PreservationArbitraries::relatedDataItems)
            .list()
            .ofMinSize(1)
            .ofMaxSize(3);
    return Combinators.combine(
            preservationHeaders(),
            CommonArbitraries.offences().list().ofMinSize(1).ofMaxSize(2),
            CommonArbitraries.facts(),
            data,
            PersonArbitraries.names(),
            Arbitraries.of(
                "Logs are kept for 30 days only",
                "The suspect is likely to delete the account once warned"),
            Arbitraries.integers().between(60, 180).optional(0.3))
        .as(
            (header, offences, facts, items, name, necessity, days) ->
                PreservationRequest.builder()
                    .header(header)
                    .addAllOffences(offences)
                    .facts(facts)
                    .addAllDataToPreserve(items)
                    .custodianOrLocation("Example Hosting Ltd, customer account of " + name)
                    .necessity(necessity + " (" + M + ")")
                    .intendsMutualAssistanceFollowUp(true)
                    .preservationDaysRequested(days)
                    .build());
  }

  /** A complete disclosure of traffic data identifying a provider in a third State. */
  public static Arbitrary<PreservedTrafficDisclosure> preservedTrafficDisclosures() {
    return CommonArbitraries.parties()
        .list()
        .ofSize(3)
        .uniqueElements()
        .flatMap(
            parties -> {
              Party disclosing = parties.get(0);
              Party receiving = parties.get(1);
              Party providerParty = parties.get(2);
              return Combinators.combine(
                      CommonArbitraries.requestIds(),
                      CommonArbitraries.authorities(disclosing, AuthorityRole.POINT_OF_CONTACT_24_7),
                      CommonArbitraries.authorities(providerParty, AuthorityRole.SERVICE_PROVIDER),
                      relatedDataItems(DataCategory.TRAFFIC_DATA).list().ofMinSize(1).ofMaxSize(3),
                      Arbitraries.integers().between(0, 700),
                      Arbitraries.of("203.0.113.9", "198.51.100.77", "192.0.2.15"))
                  .as(
                      (id, authority, provider, data, day, hop) ->
                          PreservedTrafficDisclosure.builder()
                              .preservationRequestId(id)
                              .disclosingParty(disclosing)
                              .receivingParty(receiving)
                              .disclosingAuthority(authority)
                              .disclosedOn(LocalDate.of(2025, 1, 1).plusDays(day))
                              .addAllTrafficData(data)
                              .identifiedProvider(provider)
                              .path(receiving + " -> " + hop + " " + M + " -> " + providerParty)
                              .build());
            });
  }

  /** Either kind of act of this family. */
  public static Arbitrary<CooperationAct> acts() {
    return Arbitraries.oneOf(
        preservationRequests().map(CooperationAct.class::cast),
        preservedTrafficDisclosures().map(CooperationAct.class::cast));
  }
}
