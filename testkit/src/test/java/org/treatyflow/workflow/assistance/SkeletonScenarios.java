package org.treatyflow.workflow.assistance;

import static org.treatyflow.model.common.Instrument.SECOND_PROTOCOL;
import static org.treatyflow.model.common.Instrument.WARSAW;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.treatyflow.model.common.Authority;
import org.treatyflow.model.common.AuthorityRole;
import org.treatyflow.model.common.BudapestOffence;
import org.treatyflow.model.common.Channel;
import org.treatyflow.model.common.DataCategory;
import org.treatyflow.model.common.DataItem;
import org.treatyflow.model.common.Facts;
import org.treatyflow.model.common.Instrument;
import org.treatyflow.model.common.Language;
import org.treatyflow.model.common.Offence;
import org.treatyflow.model.common.Party;
import org.treatyflow.model.common.Request;
import org.treatyflow.model.common.RequestFamily;
import org.treatyflow.model.common.RequestHeader;
import org.treatyflow.model.common.RequestId;
import org.treatyflow.model.confiscation.ConfiscationKind;
import org.treatyflow.model.confiscation.ConfiscationMode;
import org.treatyflow.model.confiscation.ConfiscationRequest;
import org.treatyflow.model.disclosure.ForeignProductionOrderRequest;
import org.treatyflow.model.disclosure.PreservationStatus;
import org.treatyflow.model.disclosure.ProductionOrder;
import org.treatyflow.model.disclosure.SubscriberInformationOrder;
import org.treatyflow.model.financial.BankingTransactionMonitoringRequest;
import org.treatyflow.model.registry.PartyRegistry;
import org.treatyflow.model.registry.PartyStatus;
import org.treatyflow.model.registry.ReservationCode;
import org.treatyflow.model.reply.AmendmentRequest;
import org.treatyflow.model.reply.Reply;
import org.treatyflow.testkit.CommonArbitraries;
import org.treatyflow.testkit.workflow.AssistanceDocuments;
import org.treatyflow.testkit.workflow.SimulatedClock;
import org.treatyflow.workflow.CaseFile;
import org.treatyflow.workflow.Command;
import org.treatyflow.workflow.DomesticPolicy;
import org.treatyflow.workflow.Environment;
import org.treatyflow.workflow.LinkedCases;
import org.treatyflow.workflow.Outcome;
import org.treatyflow.workflow.confiscation.ConfiscationWorkflow;
import org.treatyflow.workflow.confiscation.WarsawFixtures;
import org.treatyflow.workflow.direct.DirectOrderWorkflow;

/**
 * The world the skeleton families run in (test data, invented): a registry, a domestic policy, the
 * cases a request may be linked to, and requests that reach the family's rarer guards. Everything
 * an environment holds is derived from the act and the run's clock alone, so that a run's journal
 * replays in the same environment; the choice of a linked case's fate is read from the linked
 * request's id, so the same act always meets the same linked case.
 */
final class SkeletonScenarios {
  private SkeletonScenarios() {}

  /** When every run starts. */
  static final Instant START = Instant.parse("2026-02-02T10:00:00Z");

  private static final LocalDate TODAY = LocalDate.ofInstant(START, ZoneOffset.UTC);

  /** Bound by none of the treaties: the in-force guards fire. */
  static final Party UNBOUND = Party.of("TR");
  /** Declared under 2AP 8(11): requests only from the requesting Party's central authority. */
  static final Party CENTRAL_ONLY = Party.of("HU");
  /** Reserved 2AP 8(13): no production order for traffic data. */
  static final Party NO_TRAFFIC = Party.of("JP");
  /** Has not implemented 2AP 8 in its law. */
  static final Party NOT_IMPLEMENTING = Party.of("LT");
  /** Suspends 2AP transfers to every Party from the start. */
  static final Party SUSPENDING = Party.of("LV");
  /** Suspends 2AP transfers to every Party from {@link #SUSPENSION_LATER} on: mid-case. */
  static final Party SUSPENDING_LATER = Party.of("EE");
  /** When {@link #SUSPENDING_LATER}'s suspension begins. */
  static final Instant SUSPENSION_LATER = START.plus(Duration.ofDays(20));

  private static final Party AUSTRIA = Party.of("AT");

  /**
   * Every Party bound by every treaty since 2000 but {@link #UNBOUND}; {@link #CENTRAL_ONLY} and
   * {@link #NO_TRAFFIC} made their 2AP 8 declaration and reservation.
   */
  static final PartyRegistry REGISTRY = registry();

  private static PartyRegistry registry() {
    PartyRegistry.Builder builder =
        PartyRegistry.builder().asOf(LocalDate.of(2026, 1, 1)).addSources("Test registry: skeleton scenarios");
    for (String code : CommonArbitraries.PARTY_CODES) {
      Party party = Party.of(code);
      if (party.equals(UNBOUND)) {
        continue;
      }
      for (Instrument instrument : Instrument.values()) {
        PartyStatus.Builder status =
            PartyStatus.builder()
                .party(party)
                .name(code)
                .instrument(instrument)
                .inForce(LocalDate.of(2000, 1, 1))
                .inForceComputed(false)
                .verified(false)
                .note("test");
        if (instrument == SECOND_PROTOCOL && party.equals(CENTRAL_ONLY)) {
          status.addDeclarations(ReservationCode.AP2_8_11_CENTRAL_AUTHORITY);
        }
        if (instrument == SECOND_PROTOCOL && party.equals(NO_TRAFFIC)) {
          status.addReservations(ReservationCode.AP2_8_13_NO_TRAFFIC);
        }
        builder.addStatuses(status.build());
      }
    }
    return builder.build();
  }

  /**
   * The policy of the runs, reading the run's clock: neutral, but {@link #NOT_IMPLEMENTING} has not
   * implemented 2AP 8, {@link #SUSPENDING} suspends 2AP transfers, and {@link #SUSPENDING_LATER}
   * does so from {@link #SUSPENSION_LATER} on.
   */
  static DomesticPolicy policy(SimulatedClock clock) {
    return new DomesticPolicy() {
      @Override
      public boolean implementsProtocolArticle(Party party, int article) {
        return !(article == 8 && party.equals(NOT_IMPLEMENTING));
      }

      @Override
      public boolean suspendsProtocolTransfersTo(Party party, Party recipient) {
        return party.equals(SUSPENDING)
            || (party.equals(SUSPENDING_LATER) && !clock.instant().isBefore(SUSPENSION_LATER));
      }
    };
  }

  /** The environment of a run without linked cases. */
  static Environment environment(SimulatedClock clock) {
    return new Environment(REGISTRY, clock, policy(clock));
  }

  /** A number from 0 to {@code n - 1} read from {@code id}: the same for the same id on every build. */
  static int pick(RequestId id, int n) {
    return Math.floorMod(id.value().hashCode() * 31 + 7, n);
  }

  // --- linked confiscation cases ---

  /** What became of a linked confiscation request. */
  enum Fate {
    /** Not known to the requested Party's environment. */
    UNKNOWN,
    /** Received and under review. */
    UNDER_REVIEW,
    /** Refused. */
    REFUSED,
    /** Awaiting amendments, the amendment request allowing interim measures or not. */
    AWAITING_AMENDMENT_NO_INTERIM,
    AWAITING_AMENDMENT_INTERIM,
    /** Confiscated. */
    CONFISCATED,
    /** Confiscated, then withdrawn. */
    WITHDRAWN_AFTER_CONFISCATION
  }

  private record Key(RequestId id, Party from, Party to, Fate fate) {}

  private static final Map<Key, CaseFile<ConfiscationRequest, AssistanceStatus, AssistanceAction>> CASES =
      new ConcurrentHashMap<>();

  /**
   * The environment of a request naming the confiscation request {@code linked}: the confiscation
   * case with that id is between the same Parties as {@code request} or, if {@code otherParties},
   * the other way round, and has met {@code fate}.
   */
  static Environment withConfiscation(
      SimulatedClock clock, Request request, RequestId linked, Fate fate, boolean otherParties) {
    Environment env = environment(clock);
    if (fate == Fate.UNKNOWN) {
      return env;
    }
    Party from = request.header().requestingParty();
    Party to = request.header().requestedParty();
    CaseFile<ConfiscationRequest, AssistanceStatus, AssistanceAction> linkedCase =
        otherParties ? confiscationCase(linked, to, from, fate) : confiscationCase(linked, from, to, fate);
    return env.withCases(LinkedCases.of(List.of(linkedCase)));
  }

  /** The confiscation case {@code id} from {@code from} to {@code to}, as far as {@code fate} took it. */
  static CaseFile<ConfiscationRequest, AssistanceStatus, AssistanceAction> confiscationCase(
      RequestId id, Party from, Party to, Fate fate) {
    return CASES.computeIfAbsent(new Key(id, from, to, fate), k -> buildConfiscationCase(k));
  }

  private static CaseFile<ConfiscationRequest, AssistanceStatus, AssistanceAction> buildConfiscationCase(Key k) {
    ConfiscationRequest request = confiscation(k.id(), k.from(), k.to());
    Environment env =
        new Environment(REGISTRY, new SimulatedClock(START.minus(Duration.ofDays(30))), DomesticPolicy.DEFAULTS);
    Authority requesting = request.header().requestingAuthority();
    Authority requested = request.header().requestedAuthority().orElseThrow();
    List<AssistanceAction> steps = new ArrayList<>(List.of(AssistanceAction.SUBMIT, AssistanceAction.RECEIVE, AssistanceAction.ACKNOWLEDGE));
    switch (k.fate()) {
      case REFUSED -> steps.add(AssistanceAction.REFUSE);
      case AWAITING_AMENDMENT_NO_INTERIM, AWAITING_AMENDMENT_INTERIM -> steps.add(AssistanceAction.REQUEST_AMENDMENT);
      case CONFISCATED -> steps.addAll(
          List.of(AssistanceAction.ACCEPT, AssistanceAction.START_EXECUTION, AssistanceAction.CONFISCATE));
      case WITHDRAWN_AFTER_CONFISCATION -> steps.addAll(
          List.of(
              AssistanceAction.ACCEPT, AssistanceAction.START_EXECUTION, AssistanceAction.CONFISCATE,
              AssistanceAction.WITHDRAW));
      default -> {}
    }
    var workflow = ConfiscationWorkflow.WORKFLOW;
    CaseFile<ConfiscationRequest, AssistanceStatus, AssistanceAction> c = workflow.open(request);
    int serial = 0;
    for (AssistanceAction action : steps) {
      Authority actor =
          action == AssistanceAction.SUBMIT || action == AssistanceAction.WITHDRAW ? requesting : requested;
      Optional<Reply> reply =
          action == AssistanceAction.REQUEST_AMENDMENT
              ? Optional.of(
                  AmendmentRequest.builder()
                      .header(AssistanceDocuments.replyHeader(request, request.header().id(), actor, TODAY, "AMD-" + k.id().value()))
                      .addMissingItems("The statement of the grounds of the order")
                      .timeLimit(TODAY.plusDays(60))
                      .interimMeasuresMayBeTaken(k.fate() == Fate.AWAITING_AMENDMENT_INTERIM)
                      .build())
              : AssistanceDocuments.forStep(
                  ConfiscationWorkflow.PROFILE, request, action, actor, TODAY, Set.of(), true, serial);
      Command<AssistanceAction> command =
          Command.<AssistanceAction>builder()
              .id("linked-" + serial++)
              .action(action)
              .expectedVersion(c.version())
              .actor(actor)
              .reply(reply)
              .build();
      Outcome<ConfiscationRequest, AssistanceStatus, AssistanceAction> outcome = workflow.apply(c, command, env);
      if (!outcome.isApplied()) {
        break;
      }
      c = outcome.caseFile();
    }
    return c;
  }

  /** A complete request to enforce a value order of EUR 120,000, with id {@code id}. */
  static ConfiscationRequest confiscation(RequestId id, Party from, Party to) {
    return ConfiscationRequest.builder()
        .header(WarsawFixtures.header(id, from, to, WARSAW.cite(23, 1, "a")))
        .addOffences(WarsawFixtures.offence())
        .content(WarsawFixtures.content())
        .mode(ConfiscationMode.ENFORCE_FOREIGN_ORDER)
        .kind(ConfiscationKind.VALUE)
        .addAssets(WarsawFixtures.account())
        .orderAmount(WarsawFixtures.ORDER)
        .noImprisonmentInDefault(true)
        .thirdPartiesInvolved(false)
        .thirdPartyDocumentsAttached(false)
        .certifiedCopyOfOrderAttached(true)
        .statementOfGroundsAttached(true)
        .enforceabilityAttested(true)
        .extentOfEnforcement("The full amount of the order, from the account described.")
        .provisionalMeasuresNeeded(true)
        .build();
  }

  /** Ids of linked confiscation requests from the Netherlands, whose fates {@link #pick} spreads. */
  static Arbitrary<RequestId> confiscationIds() {
    return Arbitraries.integers().between(200, 999).map(n -> RequestId.of("NL-OM-2026-0" + n));
  }

  // --- 2AP 7 orders a production order follows ---

  /** The environment of a production order: its preceding 2AP 7 order, pending, known now and then. */
  static Environment forProductionOrder(ForeignProductionOrderRequest request, SimulatedClock clock) {
    Environment env = environment(clock);
    Optional<RequestId> preceding = request.precedingOrder();
    if (preceding.isEmpty() || pick(preceding.get(), 3) != 0) {
      return env;
    }
    SubscriberInformationOrder order = directOrder(preceding.get(), request.header().requestingParty(), request.header().requestedParty());
    return env.withCases(LinkedCases.of(List.of(DirectOrderWorkflow.WORKFLOW.open(order))));
  }

  private static Offence computerFraud() {
    return Offence.builder()
        .domesticDescription("Computer fraud")
        .domesticProvision("Section 148a Criminal Code")
        .addBudapestOffences(BudapestOffence.BC8_COMPUTER_FRAUD)
        .build();
  }

  private static DataItem subscriberItem() {
    return DataItem.builder()
        .category(DataCategory.SUBSCRIBER_INFORMATION)
        .description("Name and billing address of the holder of the account used to log in")
        .relationToOffence("The account placed the fraudulent orders")
        .build();
  }

  private static DataItem trafficItem() {
    return DataItem.builder()
        .category(DataCategory.TRAFFIC_DATA)
        .description("Source IP addresses and times of the logins of 1-3 January 2026")
        .relationToOffence("The logins placed the fraudulent orders")
        .build();
  }

  private static Authority provider(Party party) {
    return Authority.of(party, AuthorityRole.SERVICE_PROVIDER, "Example Telecom " + party);
  }

  private static Authority prosecutor(Party party) {
    return Authority.of(party, AuthorityRole.PROSECUTOR, "Public Prosecutor's Office " + party);
  }

  private static Authority central(Party party) {
    return Authority.of(party, AuthorityRole.CENTRAL_AUTHORITY, "Ministry of Justice " + party);
  }

  /** A pending 2AP 7 order with id {@code id}: the provider has not answered it yet. */
  private static SubscriberInformationOrder directOrder(RequestId id, Party from, Party to) {
    return SubscriberInformationOrder.builder()
        .header(
            RequestHeader.builder()
                .id(id)
                .requestingParty(from)
                .requestedParty(to)
                .requestingAuthority(prosecutor(from))
                .requestedAuthority(provider(to))
                .channel(Channel.DIRECT_TO_PROVIDER)
                .dateOfRequest(TODAY.minusDays(20))
                .language(Language.ENGLISH)
                .addLegalBasis(SECOND_PROTOCOL.cite(7))
                .build())
        .statementUnderProtocol(true)
        .providerAddress("Business Park 1, Building C, " + to)
        .addOffences(computerFraud())
        .addDataSought(subscriberItem())
        .domesticLegalGrounds("Code of Criminal Procedure, section 76a")
        .contactAuthority(prosecutor(from))
        .returnWithinDays(10)
        .mannerOfReturn("By encrypted e-mail to the contact authority")
        .preservation(PreservationStatus.notSought())
        .notificationMade(false)
        .build();
  }

  /**
   * Production orders from Austria to a Party with a 2AP 8 declaration or reservation, one that
   * has not implemented 2AP 8, one that suspends transfers (from the start or later), or Germany;
   * sent by the central authority or a prosecutor, for subscriber information alone or with traffic
   * data, following a 2AP 7 order now and then.
   */
  static Arbitrary<ForeignProductionOrderRequest> productionOrders() {
    return Combinators.combine(
            Arbitraries.of(CENTRAL_ONLY, NO_TRAFFIC, NOT_IMPLEMENTING, SUSPENDING, SUSPENDING_LATER, Party.of("DE")),
            Arbitraries.of(true, false),
            Arbitraries.of(true, false),
            Arbitraries.integers().between(0, 9999),
            Arbitraries.integers().between(0, 3))
        .as(
            (requested, fromCentral, traffic, n, preceding) ->
                ForeignProductionOrderRequest.builder()
                    .header(
                        RequestHeader.builder()
                            .id(RequestId.of(String.format("AT-FPO-2026-%04d", n)))
                            .requestingParty(AUSTRIA)
                            .requestedParty(requested)
                            .requestingAuthority(fromCentral ? central(AUSTRIA) : prosecutor(AUSTRIA))
                            .requestedAuthority(central(requested))
                            .channel(Channel.CENTRAL_AUTHORITY)
                            .dateOfRequest(TODAY.minusDays(1))
                            .language(Language.ENGLISH)
                            .addLegalBasis(SECOND_PROTOCOL.cite(8))
                            .build())
                    .order(
                        ProductionOrder.builder()
                            .issuingAuthority(prosecutor(AUSTRIA))
                            .dateIssued(TODAY.minusDays(3))
                            .statementUnderProtocol(true)
                            .provider(provider(requested))
                            .providerAddress("Business Park 1, Building C, " + requested)
                            .addOffences(computerFraud())
                            .addAllDataSought(traffic ? List.of(subscriberItem(), trafficItem()) : List.of(subscriberItem()))
                            .build())
                    .legalGrounds("Code of Criminal Procedure, section 76a")
                    .reasonsProviderHoldsData("The provider hosts the account used for the fraudulent orders.")
                    .facts(Facts.summary("Orders were placed with stolen card data through the account."))
                    .relevance("The data identify who used the account and from where.")
                    .preservation(PreservationStatus.notSought())
                    .soughtByOtherMeans(false)
                    .precedingOrder(
                        preceding == 0 ? Optional.of(RequestId.of(String.format("AT-SIO-2026-%04d", n))) : Optional.empty())
                    .build());
  }

  // --- monitoring still running ---

  /**
   * Requests from the Netherlands to monitor an account over a period that ends some days after
   * the runs start, so that final results are tried before it is over.
   */
  static Arbitrary<BankingTransactionMonitoringRequest> runningMonitoring() {
    return Combinators.combine(
            Arbitraries.of(5, 40, 90), Arbitraries.integers().between(0, 9999), Arbitraries.of(Party.of("PL"), Party.of("DE")))
        .as(
            (days, n, to) ->
                BankingTransactionMonitoringRequest.builder()
                    .header(
                        RequestHeader.builder()
                            .id(RequestId.of(String.format("NL-OM-2026-M%04d", n)))
                            .requestingParty(Party.of("NL"))
                            .requestedParty(to)
                            .requestingAuthority(central(Party.of("NL")))
                            .requestedAuthority(central(to))
                            .channel(Channel.CENTRAL_AUTHORITY)
                            .dateOfRequest(TODAY.minusDays(1))
                            .language(Language.ENGLISH)
                            .addLegalBasis(RequestFamily.BANKING_TRANSACTION_MONITORING.legalBasis().get(0))
                            .build())
                    .content(
                        org.treatyflow.model.financial.WarsawRequestContent.builder()
                            .objectAndReason("To follow the takings of a laundering scheme as they arrive.")
                            .facts(Facts.summary("The suspect moves the takings of sham invoices through the account."))
                            .coercive(false)
                            .build())
                    .addOffences(
                        Offence.builder()
                            .domesticDescription("Money laundering")
                            .addLaunderingOffences(org.treatyflow.model.common.LaunderingOffence.CONVERSION_OR_TRANSFER)
                            .build())
                    .addAccounts(WarsawFixtures.account())
                    .periodStart(TODAY.minusDays(1))
                    .periodEnd(TODAY.plusDays(days))
                    .relevance("Further payments from the sham invoices are expected.")
                    .build());
  }
}
