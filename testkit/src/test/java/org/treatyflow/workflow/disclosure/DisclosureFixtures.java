package org.treatyflow.workflow.disclosure;

import static org.treatyflow.model.common.Instrument.SECOND_PROTOCOL;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.treatyflow.model.common.Authority;
import org.treatyflow.model.common.AuthorityRole;
import org.treatyflow.model.common.BudapestOffence;
import org.treatyflow.model.common.Channel;
import org.treatyflow.model.common.DataCategory;
import org.treatyflow.model.common.DataItem;
import org.treatyflow.model.common.Facts;
import org.treatyflow.model.common.Language;
import org.treatyflow.model.common.MaximumPenalty;
import org.treatyflow.model.common.Offence;
import org.treatyflow.model.common.Party;
import org.treatyflow.model.common.RequestFamily;
import org.treatyflow.model.common.RequestHeader;
import org.treatyflow.model.common.RequestId;
import org.treatyflow.model.common.Urgency;
import org.treatyflow.model.common.UseCondition;
import org.treatyflow.model.disclosure.EmergencyDisclosureRequest;
import org.treatyflow.model.disclosure.ForeignProductionOrderRequest;
import org.treatyflow.model.disclosure.PreservationStatus;
import org.treatyflow.model.disclosure.ProductionOrder;
import org.treatyflow.model.disclosure.SubscriberInformationOrder;
import org.treatyflow.model.refusal.GroundForPostponement;
import org.treatyflow.model.refusal.GroundForRefusal;
import org.treatyflow.model.registry.PartyRegistry;
import org.treatyflow.model.reply.ConditionalGrant;
import org.treatyflow.model.reply.Postponement;
import org.treatyflow.model.reply.Refusal;
import org.treatyflow.model.reply.Reply;
import org.treatyflow.model.reply.ReplyHeader;
import org.treatyflow.model.reply.ResultTransmission;
import org.treatyflow.testkit.workflow.SimulatedClock;
import org.treatyflow.workflow.Command;
import org.treatyflow.workflow.DomesticPolicy;
import org.treatyflow.workflow.Environment;
import org.treatyflow.workflow.ProtocolTestPolicy;

/**
 * Requests from Austria under 2AP 8 and 9 in test registries in which the Second Protocol is in
 * force from 1 October 2026 (invented test data). In {@code declarations-2ap.json} Costa Rica
 * reserved 2AP 8(13) and declared under 8(11), 9(1)(b) and 9(5), and Hungary declared under 7(5)(b);
 * {@code in-force-2ap.json} is the model's registry, without them. Germany is bound by the
 * Convention only. Hungary counts in Europe/Budapest, whose summer time ends on 25 October 2026.
 */
final class DisclosureFixtures {
  static final Party AUSTRIA = Party.of("AT");
  static final Party HUNGARY = Party.of("HU");
  static final Party COSTA_RICA = Party.of("CR");
  static final Party GERMANY = Party.of("DE");

  /** Before the Protocol enters into force in the test registries. */
  static final Instant BEFORE_IN_FORCE = Instant.parse("2026-09-15T08:00:00Z");
  /** Monday 5 October 2026, 10:00 in Vienna and Budapest. */
  static final Instant START = Instant.parse("2026-10-05T08:00:00Z");

  static final RequestId FPO_ID = RequestId.of("AT-FPO-2026-0011");
  static final RequestId EDR_ID = RequestId.of("AT-EDR-2026-0003");
  static final RequestId DIRECT_ORDER_ID = RequestId.of("AT-SIO-2026-0042");

  static final Map<Party, ZoneId> ZONES = ProtocolTestPolicy.ZONES;

  private static final PartyRegistry DECLARATIONS = ProtocolTestPolicy.read(DisclosureFixtures.class, "declarations-2ap.json");
  private static final PartyRegistry IN_FORCE_2AP = ProtocolTestPolicy.IN_FORCE_2AP;

  private DisclosureFixtures() {}

  static PartyRegistry registry() {
    return DECLARATIONS;
  }

  static PartyRegistry inForce2apRegistry() {
    return IN_FORCE_2AP;
  }

  static Authority centralAuthority(Party party) {
    return Authority.builder()
        .party(party)
        .role(AuthorityRole.CENTRAL_AUTHORITY)
        .name("Ministry of Justice " + party + ", international cooperation")
        .contactDetails("mla desk " + party + ", +00 1 000 00 00")
        .build();
  }

  static Authority pointOfContact(Party party) {
    return Authority.builder()
        .party(party)
        .role(AuthorityRole.POINT_OF_CONTACT_24_7)
        .name("24/7 point of contact " + party)
        .contactDetails("24/7 desk " + party + ", +00 1 000 00 99")
        .build();
  }

  static Authority prosecutor(Party party) {
    return Authority.builder()
        .party(party)
        .role(AuthorityRole.PROSECUTOR)
        .name("Public Prosecutor's Office " + party)
        .contactDetails("cybercrime desk " + party)
        .build();
  }

  static Authority provider(Party party) {
    return Authority.of(party, AuthorityRole.SERVICE_PROVIDER, "Example Telecom " + party);
  }

  static Authority designatedAuthority(Party party) {
    return Authority.of(party, AuthorityRole.COMPETENT_AUTHORITY, "Office of the Prosecutor General " + party);
  }

  static DomesticPolicy policy() {
    return policy(Set.of(), 0, Set.of());
  }

  /** Each Party counts in its own time zone, and implements 2AP 6-9 unless listed. */
  static DomesticPolicy policy(Set<Party> notImplementing, int article, Set<List<Party>> suspensions) {
    return ProtocolTestPolicy.NEUTRAL.notImplementing(notImplementing, article).suspending(suspensions);
  }

  /** A policy under which {@code requiring} want oral emergency requests confirmed electronically. */
  static DomesticPolicy confirmationPolicy(Set<Party> requiring) {
    return ProtocolTestPolicy.NEUTRAL.confirming(requiring);
  }

  /** A policy under which a mutual assistance treaty governs between every pair (BC 27(1)). */
  static DomesticPolicy treatyPolicy() {
    return ProtocolTestPolicy.NEUTRAL.withTreaty();
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

  static DataItem subscriberItem() {
    return DataItem.builder()
        .category(DataCategory.SUBSCRIBER_INFORMATION)
        .description("Name and billing address of the holder of the account used to log in")
        .relationToOffence("The account placed the fraudulent orders")
        .build();
  }

  static DataItem trafficItem() {
    return DataItem.builder()
        .category(DataCategory.TRAFFIC_DATA)
        .description("Source IP addresses and times of the logins of 1-3 September 2026")
        .relationToOffence("The logins placed the fraudulent orders")
        .build();
  }

  // --- 2AP 8 ---

  static RequestHeader fpoHeader(Party requested, Authority sender) {
    return RequestHeader.builder()
        .id(FPO_ID)
        .requestingParty(AUSTRIA)
        .requestedParty(requested)
        .requestingAuthority(sender)
        .requestedAuthority(centralAuthority(requested))
        .channel(Channel.CENTRAL_AUTHORITY)
        .dateOfRequest(LocalDate.of(2026, 10, 5))
        .language(Language.ENGLISH)
        .addLegalBasis(SECOND_PROTOCOL.cite(8))
        .build();
  }

  /** A complete request to give effect to an order for {@code items}, sent by {@code sender}. */
  static ForeignProductionOrderRequest productionOrder(
      Party requested, Authority sender, List<DataItem> items, java.util.Optional<RequestId> preceding) {
    return ForeignProductionOrderRequest.builder()
        .header(fpoHeader(requested, sender))
        .order(
            ProductionOrder.builder()
                .issuingAuthority(prosecutor(AUSTRIA))
                .dateIssued(LocalDate.of(2026, 10, 2))
                .statementUnderProtocol(true)
                .provider(provider(requested))
                .providerAddress("Business Park 1, Building C, " + requested)
                .addOffences(computerFraud())
                .addAllDataSought(items)
                .build())
        .legalGrounds("Code of Criminal Procedure, section 76a")
        .reasonsProviderHoldsData("The provider hosts the account used for the fraudulent orders.")
        .facts(Facts.summary("Orders were placed with stolen card data through the account."))
        .relevance("The data identify who used the account and from where.")
        .preservation(PreservationStatus.notSought())
        .soughtByOtherMeans(false)
        .precedingOrder(preceding)
        .build();
  }

  /** Subscriber information and traffic data from the Hungarian provider, by Austria's central authority. */
  static ForeignProductionOrderRequest productionOrder() {
    return productionOrder(HUNGARY, centralAuthority(AUSTRIA), List.of(subscriberItem(), trafficItem()), java.util.Optional.empty());
  }

  static ForeignProductionOrderRequest productionOrder(Party requested, List<DataItem> items) {
    return productionOrder(requested, centralAuthority(AUSTRIA), items, java.util.Optional.empty());
  }

  /** A complete 2AP 7 order to the Hungarian provider, for the link from a 2AP 8 request. */
  static SubscriberInformationOrder directOrder() {
    return SubscriberInformationOrder.builder()
        .header(
            RequestHeader.builder()
                .id(DIRECT_ORDER_ID)
                .requestingParty(AUSTRIA)
                .requestedParty(HUNGARY)
                .requestingAuthority(prosecutor(AUSTRIA))
                .requestedAuthority(provider(HUNGARY))
                .channel(Channel.DIRECT_TO_PROVIDER)
                .dateOfRequest(LocalDate.of(2026, 10, 5))
                .language(Language.ENGLISH)
                .addLegalBasis(SECOND_PROTOCOL.cite(7))
                .build())
        .statementUnderProtocol(true)
        .providerAddress("Business Park 1, Building C, HU")
        .addOffences(computerFraud())
        .addDataSought(subscriberItem())
        .domesticLegalGrounds("Code of Criminal Procedure, section 76a")
        .contactAuthority(prosecutor(AUSTRIA))
        .returnWithinDays(10)
        .mannerOfReturn("By encrypted e-mail to the contact authority")
        .preservation(PreservationStatus.notSought())
        .notificationMade(false)
        .build();
  }

  // --- 2AP 9 ---

  static RequestHeader edrHeader(Party requested, Urgency urgency) {
    return RequestHeader.builder()
        .id(EDR_ID)
        .requestingParty(AUSTRIA)
        .requestedParty(requested)
        .requestingAuthority(pointOfContact(AUSTRIA))
        .requestedAuthority(pointOfContact(requested))
        .channel(Channel.NETWORK_24_7)
        .dateOfRequest(LocalDate.of(2026, 10, 5))
        .urgency(urgency)
        .language(Language.ENGLISH)
        .addLegalBasis(SECOND_PROTOCOL.cite(9))
        .build();
  }

  static EmergencyDisclosureRequest.Builder emergencyBuilder(Party requested, List<DataItem> items) {
    EmergencyDisclosureRequest.Builder b = EmergencyDisclosureRequest.builder();
    b.header(edrHeader(requested, Urgency.EMERGENCY))
        .statementUnderProtocol(true)
        .provider(provider(requested))
        .addOffences(computerFraud())
        .dataRelationToEmergency("The last logins show where the hostage is held.")
        .addAllDataSought(items);
    return b;
  }

  /** A complete emergency request to {@code requested} for {@code items}, made electronically. */
  static EmergencyDisclosureRequest emergencyRequest(Party requested, List<DataItem> items) {
    return emergencyBuilder(requested, items)
        .emergencyFacts(Facts.summary("A person is held hostage and a ransom is demanded through the account."))
        .build();
  }

  static EmergencyDisclosureRequest emergencyRequest() {
    return emergencyRequest(HUNGARY, List.of(subscriberItem(), trafficItem()));
  }

  /** The same request made orally and not yet confirmed in electronic form. */
  static EmergencyDisclosureRequest oralEmergencyRequest(Party requested) {
    return emergencyBuilder(requested, List.of(subscriberItem(), trafficItem()))
        .emergencyFacts(Facts.summary("A person is held hostage and a ransom is demanded through the account."))
        .oral(true)
        .build();
  }

  // --- replies and commands ---

  static ReplyHeader replyHeader(RequestId answers, RequestFamily family, Party from, Authority fromAuthority, String id) {
    return ReplyHeader.builder()
        .id(RequestId.of(id))
        .answersRequest(answers)
        .family(family)
        .fromParty(from)
        .fromAuthority(fromAuthority)
        .toParty(AUSTRIA)
        .date(LocalDate.of(2026, 10, 6))
        .channel(Channel.CENTRAL_AUTHORITY)
        .build();
  }

  static Refusal refusal(RequestId answers, RequestFamily family, Party from, List<GroundForRefusal> grounds, boolean reasons, boolean partialConsidered) {
    Refusal.Builder b = Refusal.builder()
        .header(replyHeader(answers, family, from, centralAuthority(from), from + "-REF-1"))
        .addAllGrounds(grounds)
        .partialGrantConsidered(partialConsidered);
    if (reasons) {
      b.reasons("Disclosure would prejudice essential interests of the requested Party.");
    }
    return b.build();
  }

  static Postponement postponement(RequestId answers, RequestFamily family, Party from, GroundForPostponement ground) {
    return Postponement.builder()
        .header(replyHeader(answers, family, from, centralAuthority(from), from + "-POS-1"))
        .ground(ground)
        .reasons("A domestic investigation into the same account is under way.")
        .partialGrantConsidered(true)
        .build();
  }

  static ConditionalGrant conditionalGrant(RequestId answers, RequestFamily family, Party from, Set<UseCondition> conditions) {
    return ConditionalGrant.builder()
        .header(replyHeader(answers, family, from, centralAuthority(from), from + "-CON-1"))
        .addAllUseConditions(conditions)
        .reasons("The data concern a domestic investigation as well.")
        .build();
  }

  static ResultTransmission result(RequestId answers, RequestFamily family, Party from, Set<UseCondition> conditions) {
    return ResultTransmission.builder()
        .header(replyHeader(answers, family, from, centralAuthority(from), from + "-RES-1"))
        .addDataItems(subscriberItem())
        .addAllUseConditions(conditions)
        .build();
  }

  static <A extends Enum<A>> Command<A> command(String id, A action, long version, Authority actor) {
    return Command.<A>builder().id(id).action(action).expectedVersion(version).actor(actor).build();
  }

  static <A extends Enum<A>> Command<A> withReply(String id, A action, long version, Authority actor, Reply reply) {
    return Command.<A>builder().id(id).action(action).expectedVersion(version).actor(actor).reply(reply).build();
  }

  static <A extends Enum<A>> Command<A> withFollowUp(String id, A action, long version, Authority actor, RequestId followUp) {
    return Command.<A>builder().id(id).action(action).expectedVersion(version).actor(actor).followUp(followUp).build();
  }
}
