package org.treatyflow.workflow.direct;

import static org.treatyflow.model.common.Instrument.SECOND_PROTOCOL;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.treatyflow.model.asset.DomainName;
import org.treatyflow.model.common.Authority;
import org.treatyflow.model.common.AuthorityRole;
import org.treatyflow.model.common.BudapestOffence;
import org.treatyflow.model.common.Channel;
import org.treatyflow.model.common.DataCategory;
import org.treatyflow.model.common.DataItem;
import org.treatyflow.model.common.Language;
import org.treatyflow.model.common.MaximumPenalty;
import org.treatyflow.model.common.Offence;
import org.treatyflow.model.common.Party;
import org.treatyflow.model.common.RequestFamily;
import org.treatyflow.model.common.RequestHeader;
import org.treatyflow.model.common.RequestId;
import org.treatyflow.model.disclosure.DomainRegistrationRequest;
import org.treatyflow.model.disclosure.PreservationStatus;
import org.treatyflow.model.disclosure.SubscriberInformationOrder;
import org.treatyflow.model.refusal.GroundForRefusal;
import org.treatyflow.model.registry.PartyRegistry;
import org.treatyflow.model.reply.Refusal;
import org.treatyflow.model.reply.ReplyHeader;
import org.treatyflow.testkit.workflow.SimulatedClock;
import org.treatyflow.workflow.Command;
import org.treatyflow.workflow.DomesticPolicy;
import org.treatyflow.workflow.Environment;
import org.treatyflow.workflow.ProtocolTestPolicy;

/**
 * Orders and requests from Austria to providers and registrars in other Parties, in a registry in
 * which the Second Protocol is in force from 1 October 2026 (invented test data): Hungary declared
 * under 2AP 7(5)(a) and (b), Costa Rica under 7(5)(b) only, Japan reserved 7(9)(a), Austria made
 * nothing, and Germany is bound by the Convention only.
 */
final class DirectFixtures {
  static final Party AUSTRIA = Party.of("AT");
  static final Party HUNGARY = Party.of("HU");
  static final Party COSTA_RICA = Party.of("CR");
  static final Party JAPAN = Party.of("JP");
  static final Party GERMANY = Party.of("DE");

  static final Authority AUSTRIAN_PROSECUTOR =
      Authority.builder()
          .party(AUSTRIA)
          .role(AuthorityRole.PROSECUTOR)
          .name("Public Prosecutor's Office Vienna, cybercrime unit")
          .contactDetails("cybercrime desk, +43 1 000 00 00")
          .build();
  static final Authority AUSTRIAN_POLICE =
      Authority.builder()
          .party(AUSTRIA)
          .role(AuthorityRole.POLICE)
          .name("Criminal Intelligence Service Austria")
          .contactDetails("C4 desk, +43 1 000 00 01")
          .build();
  static final Authority AUSTRIAN_PROVIDER =
      Authority.of(AUSTRIA, AuthorityRole.SERVICE_PROVIDER, "Alpine Mobile GmbH");

  /** Before the Protocol enters into force in the test registries (1 October 2026). */
  static final Instant BEFORE_IN_FORCE = Instant.parse("2026-09-15T08:00:00Z");
  /** The day the order is issued: Monday 5 October 2026, 10:00 in Vienna and Budapest. */
  static final Instant START = Instant.parse("2026-10-05T08:00:00Z");
  static final RequestId ORDER_ID = RequestId.of("AT-SIO-2026-0042");
  static final RequestId DOMAIN_REQUEST_ID = RequestId.of("AT-DRR-2026-0007");

  static final Map<Party, ZoneId> ZONES = ProtocolTestPolicy.ZONES;

  private DirectFixtures() {}

  static Authority provider(Party party) {
    return Authority.of(party, AuthorityRole.SERVICE_PROVIDER, "Example Telecom " + party);
  }

  static Authority registrar(Party party) {
    return Authority.of(party, AuthorityRole.DOMAIN_REGISTRATION_ENTITY, "Example Registrar " + party);
  }

  /** The authority the requested Party designated under 2AP 7(5). */
  static Authority designatedAuthority(Party party) {
    return Authority.of(party, AuthorityRole.COMPETENT_AUTHORITY, "Office of the Prosecutor General " + party);
  }

  private static final PartyRegistry REGISTRY = ProtocolTestPolicy.read(DirectFixtures.class, "direct-cooperation-2ap.json");
  private static final PartyRegistry IN_FORCE_2AP = ProtocolTestPolicy.IN_FORCE_2AP;

  /** The registry of this package's tests, with the 2AP 7 declarations above. */
  static PartyRegistry registry() {
    return REGISTRY;
  }

  /** The model's test registry in which the Protocol is in force with Japan's 7(9)(a). */
  static PartyRegistry inForce2apRegistry() {
    return IN_FORCE_2AP;
  }

  static DomesticPolicy policy() {
    return policy(Set.of(), 0, Set.of());
  }

  /** Each Party counts in its own time zone, and implements 2AP 6-9 unless listed. */
  static DomesticPolicy policy(Set<Party> notImplementing, int article, Set<List<Party>> suspensions) {
    return ProtocolTestPolicy.NEUTRAL.notImplementing(notImplementing, article).suspending(suspensions);
  }

  static Environment environment(SimulatedClock clock) {
    return new Environment(registry(), clock, policy());
  }

  static Environment environment(SimulatedClock clock, DomesticPolicy policy) {
    return new Environment(registry(), clock, policy);
  }

  static Offence computerFraud() {
    return Offence.builder()
        .domesticDescription("Computer fraud")
        .domesticProvision("Section 148a Criminal Code")
        .addBudapestOffences(BudapestOffence.BC8_COMPUTER_FRAUD)
        .maximumPenalty(MaximumPenalty.imprisonmentMonths(60))
        .build();
  }

  static RequestHeader orderHeader(Party providerParty) {
    return RequestHeader.builder()
        .id(ORDER_ID)
        .requestingParty(AUSTRIA)
        .requestedParty(providerParty)
        .requestingAuthority(AUSTRIAN_PROSECUTOR)
        .requestedAuthority(provider(providerParty))
        .channel(Channel.DIRECT_TO_PROVIDER)
        .dateOfRequest(LocalDate.of(2026, 10, 5))
        .language(Language.ENGLISH)
        .addLegalBasis(SECOND_PROTOCOL.cite(7))
        .build();
  }

  /** A complete order to the provider in {@code providerParty}. */
  static SubscriberInformationOrder order(Party providerParty, boolean notificationMade, int returnWithinDays) {
    return SubscriberInformationOrder.builder()
        .header(orderHeader(providerParty))
        .statementUnderProtocol(true)
        .providerAddress("Business Park 1, Building C, " + providerParty)
        .addOffences(computerFraud())
        .addDataSought(
            DataItem.builder()
                .category(DataCategory.SUBSCRIBER_INFORMATION)
                .description("Name and billing address of the holder of the account used to log in")
                .relationToOffence("The account placed the fraudulent orders")
                .build())
        .domesticLegalGrounds("Code of Criminal Procedure, section 76a")
        .contactAuthority(AUSTRIAN_PROSECUTOR)
        .returnWithinDays(returnWithinDays)
        .mannerOfReturn("By encrypted e-mail to the contact authority")
        .preservation(PreservationStatus.notSought())
        .notificationMade(notificationMade)
        .build();
  }

  /** A complete order to the Hungarian provider, notified to Hungary's designated authority, 10 days. */
  static SubscriberInformationOrder order() {
    return order(HUNGARY, true, 10);
  }

  /** A complete request to the registrar in {@code registrarParty}. */
  static DomainRegistrationRequest domainRequest(Party registrarParty) {
    return DomainRegistrationRequest.builder()
        .header(
            RequestHeader.builder()
                .id(DOMAIN_REQUEST_ID)
                .requestingParty(AUSTRIA)
                .requestedParty(registrarParty)
                .requestingAuthority(AUSTRIAN_POLICE)
                .requestedAuthority(registrar(registrarParty))
                .channel(Channel.DIRECT_TO_PROVIDER)
                .dateOfRequest(LocalDate.of(2026, 10, 5))
                .language(Language.ENGLISH)
                .addLegalBasis(SECOND_PROTOCOL.cite(6))
                .build())
        .domain(DomainName.builder().name("fake-shop-example.hu").build())
        .addInformationSought(
            DataItem.builder()
                .category(DataCategory.DOMAIN_REGISTRATION_INFORMATION)
                .description("Registrant name, e-mail address and registration date")
                .build())
        .addOffences(computerFraud())
        .reasonInformationNeeded("The domain hosts the fraudulent shop; the registrant is the suspected operator.")
        .statementUnderProtocol(true)
        .build();
  }

  static <A extends Enum<A>> Command<A> command(String id, A action, long version, Authority actor) {
    return Command.<A>builder().id(id).action(action).expectedVersion(version).actor(actor).build();
  }

  static <A extends Enum<A>> Command<A> followUp(String id, A action, long version, Authority actor, String followUp) {
    return Command.<A>builder()
        .id(id)
        .action(action)
        .expectedVersion(version)
        .actor(actor)
        .followUp(RequestId.of(followUp))
        .build();
  }

  /** The instruction of {@code party}'s designated authority not to disclose, on {@code grounds}. */
  static Refusal blockInstruction(Party party, List<GroundForRefusal> grounds, Optional<String> reasons) {
    return Refusal.builder()
        .header(
            ReplyHeader.builder()
                .id(RequestId.of(party + "-BLK-2026-0003"))
                .answersRequest(ORDER_ID)
                .family(RequestFamily.SUBSCRIBER_INFORMATION_ORDER)
                .fromParty(party)
                .fromAuthority(designatedAuthority(party))
                .toParty(AUSTRIA)
                .toAuthority(AUSTRIAN_PROSECUTOR)
                .date(LocalDate.of(2026, 10, 8))
                .channel(Channel.DIRECT_COMPETENT_AUTHORITIES)
                .build())
        .addAllGrounds(grounds)
        .reasons(reasons)
        .build();
  }

  static Refusal blockInstruction(Party party, GroundForRefusal ground) {
    return blockInstruction(
        party, List.of(ground), Optional.of("A domestic investigation into the same account is under way."));
  }

  static <A extends Enum<A>> Command<A> withReply(String id, A action, long version, Authority actor, Refusal reply) {
    return Command.<A>builder().id(id).action(action).expectedVersion(version).actor(actor).reply(reply).build();
  }
}
