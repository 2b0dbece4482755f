package org.treatyflow.workflow.traffic;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.treatyflow.model.common.Authority;
import org.treatyflow.model.common.AuthorityRole;
import org.treatyflow.model.common.Channel;
import org.treatyflow.model.common.DataCategory;
import org.treatyflow.model.common.DataItem;
import org.treatyflow.model.common.Party;
import org.treatyflow.model.common.RequestFamily;
import org.treatyflow.model.common.RequestId;
import org.treatyflow.model.preservation.PreservedTrafficDisclosure;
import org.treatyflow.model.refusal.GroundForRefusal;
import org.treatyflow.model.registry.PartyRegistry;
import org.treatyflow.model.reply.Refusal;
import org.treatyflow.model.reply.ReplyHeader;
import org.treatyflow.testkit.workflow.SimulatedClock;
import org.treatyflow.workflow.Command;
import org.treatyflow.workflow.DomesticPolicy;
import org.treatyflow.workflow.Environment;

/**
 * Austria (which made the BC 29(4) reservation), executing Albania's preservation request, finds a
 * Dutch provider in the path of the communication and owes Albania the traffic data (BC 30(1)).
 */
final class TrafficDisclosureFixtures {
  static final Party ALBANIA = Party.of("AL");
  static final Party AUSTRIA = Party.of("AT");
  static final Party NETHERLANDS = Party.of("NL");
  static final Authority ALBANIAN_24_7 =
      Authority.of(ALBANIA, AuthorityRole.POINT_OF_CONTACT_24_7, "State Police, Cybercrime Sector");
  static final Authority AUSTRIAN_24_7 =
      Authority.of(AUSTRIA, AuthorityRole.POINT_OF_CONTACT_24_7, "Federal Criminal Police Office");
  static final Authority DUTCH_PROVIDER =
      Authority.of(NETHERLANDS, AuthorityRole.SERVICE_PROVIDER, "Example Transit BV");
  static final Instant START = Instant.parse("2026-03-04T10:00:00Z");
  static final RequestId PRESERVATION_ID = RequestId.of("AL-SP-2026-0118");

  private TrafficDisclosureFixtures() {}

  static DataItem trafficData() {
    return DataItem.builder()
        .category(DataCategory.TRAFFIC_DATA)
        .description("Source address and time of the connections to the web server")
        .relationToOffence("The orders were placed over these connections")
        .build();
  }

  /** A complete disclosure: traffic data only, identifying a provider in a third State. */
  static PreservedTrafficDisclosure disclosure() {
    return base().addTrafficData(trafficData()).identifiedProvider(DUTCH_PROVIDER).path("AL -> NL -> AT").build();
  }

  /** The Parties, the preservation request and the disclosing authority, nothing else. */
  static PreservedTrafficDisclosure.Builder base() {
    PreservedTrafficDisclosure.Builder builder = PreservedTrafficDisclosure.builder();
    builder
        .preservationRequestId(PRESERVATION_ID)
        .disclosingParty(AUSTRIA)
        .receivingParty(ALBANIA)
        .disclosingAuthority(AUSTRIAN_24_7)
        .disclosedOn(LocalDate.of(2026, 3, 4));
    return builder;
  }

  static Environment environment(SimulatedClock clock) {
    return new Environment(PartyRegistry.bundled(), clock, DomesticPolicy.DEFAULTS);
  }

  static Command<TrafficDisclosureAction> command(
      String id, TrafficDisclosureAction action, long version, Authority actor) {
    return Command.<TrafficDisclosureAction>builder()
        .id(id)
        .action(action)
        .expectedVersion(version)
        .actor(actor)
        .build();
  }

  static Command<TrafficDisclosureAction> refuse(String id, Authority actor, Refusal refusal) {
    return Command.<TrafficDisclosureAction>builder()
        .id(id)
        .action(TrafficDisclosureAction.REFUSE)
        .expectedVersion(0)
        .actor(actor)
        .reply(refusal)
        .build();
  }

  /** A refusal's header answering {@code answers} of {@code family}, from Austria to Albania. */
  static ReplyHeader header(RequestId answers, RequestFamily family) {
    return ReplyHeader.builder()
        .id(RequestId.of("AT-BK-2026-0010"))
        .answersRequest(answers)
        .family(family)
        .fromParty(AUSTRIA)
        .fromAuthority(AUSTRIAN_24_7)
        .toParty(ALBANIA)
        .date(LocalDate.of(2026, 3, 4))
        .channel(Channel.NETWORK_24_7)
        .build();
  }

  /** The header of a refusal of this disclosure. */
  static ReplyHeader header() {
    return header(PRESERVATION_ID, RequestFamily.PRESERVED_TRAFFIC_DISCLOSURE);
  }

  static Refusal refusal(List<GroundForRefusal> grounds) {
    return refusal(header(), grounds);
  }

  static Refusal refusal(ReplyHeader header, List<GroundForRefusal> grounds) {
    return Refusal.builder()
        .header(header)
        .addAllGrounds(grounds)
        .reasons("Disclosure would prejudice the essential interests of the disclosing Party.")
        .partialGrantConsidered(true)
        .build();
  }
}
