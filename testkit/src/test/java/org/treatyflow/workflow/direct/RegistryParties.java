package org.treatyflow.workflow.direct;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.treatyflow.model.common.Authority;
import org.treatyflow.model.common.Party;
import org.treatyflow.model.common.RequestHeader;
import org.treatyflow.model.disclosure.DomainRegistrationRequest;
import org.treatyflow.model.disclosure.SubscriberInformationOrder;
import org.treatyflow.testkit.DisclosureArbitraries;

/**
 * Complete generated requests (from {@link DisclosureArbitraries}) moved between Parties of this
 * package's test registry, so that the Protocol binds them: the generators pick Parties at random,
 * most of them not bound by the Protocol. Every field is kept; the header's Parties and the
 * authorities' Parties change.
 */
final class RegistryParties {
  private RegistryParties() {}

  /**
   * Pairs of (requesting, requested) Parties: mostly Parties bound by the Protocol with and without
   * 2AP 7(5) declarations, sometimes Japan (7(9)(a) reservation).
   */
  static Arbitrary<List<Party>> pairs() {
    Party at = DirectFixtures.AUSTRIA;
    Party hu = DirectFixtures.HUNGARY;
    Party cr = DirectFixtures.COSTA_RICA;
    Party jp = DirectFixtures.JAPAN;
    return Arbitraries.frequencyOf(
        Tuple.of(9, Arbitraries.of(
            List.of(at, hu), List.of(at, cr), List.of(hu, at), List.of(hu, cr), List.of(cr, at), List.of(cr, hu))),
        Tuple.of(1, Arbitraries.of(List.of(at, jp), List.of(hu, jp))));
  }

  /** Complete orders for subscriber information between Parties of the test registry. */
  static Arbitrary<SubscriberInformationOrder> orders() {
    return Combinators.combine(DisclosureArbitraries.subscriberInformationOrders(), pairs())
        .as((order, pair) -> rehome(order, pair.get(0), pair.get(1)));
  }

  /** Complete requests for domain name registration information between Parties of the test registry. */
  static Arbitrary<DomainRegistrationRequest> domainRequests() {
    return Combinators.combine(DisclosureArbitraries.domainRegistrationRequests(), pairs())
        .as((request, pair) -> rehome(request, pair.get(0), pair.get(1)));
  }

  static SubscriberInformationOrder rehome(SubscriberInformationOrder order, Party requesting, Party requested) {
    return SubscriberInformationOrder.builder()
        .header(rehome(order.header(), requesting, requested))
        .statementUnderProtocol(order.statementUnderProtocol())
        .providerAddress(order.providerAddress())
        .addAllOffences(order.offences())
        .addAllDataSought(order.dataSought())
        .domesticLegalGrounds(order.domesticLegalGrounds())
        .contactAuthority(order.contactAuthority().map(a -> moved(a, requesting)))
        .returnWithinDays(order.returnWithinDays())
        .mannerOfReturn(order.mannerOfReturn())
        .preservation(order.preservation())
        .notificationMade(order.notificationMade())
        .specialProceduralInstructions(order.specialProceduralInstructions())
        .otherInformation(order.otherInformation())
        .build();
  }

  static DomainRegistrationRequest rehome(DomainRegistrationRequest request, Party requesting, Party requested) {
    return DomainRegistrationRequest.builder()
        .header(rehome(request.header(), requesting, requested))
        .domain(request.domain())
        .addAllInformationSought(request.informationSought())
        .addAllOffences(request.offences())
        .reasonInformationNeeded(request.reasonInformationNeeded())
        .statementUnderProtocol(request.statementUnderProtocol())
        .build();
  }

  private static RequestHeader rehome(RequestHeader header, Party requesting, Party requested) {
    return RequestHeader.builder()
        .id(header.id())
        .requestingParty(requesting)
        .requestedParty(requested)
        .requestingAuthority(moved(header.requestingAuthority(), requesting))
        .requestedAuthority(header.requestedAuthority().map(a -> moved(a, requested)))
        .investigatingAuthority(header.investigatingAuthority().map(a -> moved(a, requesting)))
        .channel(header.channel())
        .dateOfRequest(header.dateOfRequest())
        .urgency(header.urgency())
        .language(header.language())
        .addAllTranslations(header.translations())
        .addAllLegalBasis(header.legalBasis())
        .confidentialityRequested(header.confidentialityRequested())
        .addAllUseConditions(header.useConditions())
        .build();
  }

  private static Authority moved(Authority authority, Party party) {
    return Authority.builder()
        .party(party)
        .role(authority.role())
        .name(authority.name())
        .contactDetails(authority.contactDetails())
        .build();
  }
}
