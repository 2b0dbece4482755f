package org.treatyflow.workflow.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.treatyflow.model.common.Instrument.BUDAPEST;
import static org.treatyflow.model.common.Instrument.SECOND_PROTOCOL;
import static org.treatyflow.model.common.Instrument.WARSAW;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.treatyflow.model.assistance.AssistanceMeasure;
import org.treatyflow.model.assistance.EmergencyMutualAssistanceRequest;
import org.treatyflow.model.asset.Amount;
import org.treatyflow.model.asset.Asset;
import org.treatyflow.model.asset.AssetCode;
import org.treatyflow.model.common.Authority;
import org.treatyflow.model.common.AuthorityRole;
import org.treatyflow.model.common.BudapestOffence;
import org.treatyflow.model.common.Channel;
import org.treatyflow.model.common.CooperationAct;
import org.treatyflow.model.common.DataCategory;
import org.treatyflow.model.common.DataItem;
import org.treatyflow.model.common.Facts;
import org.treatyflow.model.common.Language;
import org.treatyflow.model.common.MaximumPenalty;
import org.treatyflow.model.common.LaunderingOffence;
import org.treatyflow.model.common.Offence;
import org.treatyflow.model.common.Party;
import org.treatyflow.model.common.Request;
import org.treatyflow.model.common.RequestFamily;
import org.treatyflow.model.common.RequestHeader;
import org.treatyflow.model.common.RequestId;
import org.treatyflow.model.common.Urgency;
import org.treatyflow.model.common.Verification;
import org.treatyflow.model.disclosure.ForeignProductionOrderRequest;
import org.treatyflow.model.disclosure.ProductionOrder;
import org.treatyflow.model.disclosure.SubscriberInformationOrder;
import org.treatyflow.model.financial.InvestigativeAssistanceRequest;
import org.treatyflow.model.financial.TracingAspect;
import org.treatyflow.model.financial.WarsawRequestContent;
import org.treatyflow.model.fiu.FiuPostponementRequest;
import org.treatyflow.model.fiu.Transaction;
import org.treatyflow.model.person.Person;
import org.treatyflow.model.person.PersonRole;
import org.treatyflow.model.preservation.PreservationRequest;
import org.treatyflow.model.reply.AmendmentRequest;
import org.treatyflow.testkit.ModelArbitraries;
import org.treatyflow.testkit.workflow.AssistanceDocuments;
import org.treatyflow.testkit.workflow.SimulatedClock;
import org.treatyflow.workflow.CaseFile;
import org.treatyflow.workflow.CaseSteps;
import org.treatyflow.workflow.Command;
import org.treatyflow.workflow.DomesticPolicy;
import org.treatyflow.workflow.Environment;
import org.treatyflow.workflow.EveryPartyBound;
import org.treatyflow.workflow.Workflow;
import org.treatyflow.workflow.assistance.AssistanceAction;
import org.treatyflow.workflow.assistance.AssistanceDeadlines;
import org.treatyflow.workflow.assistance.AssistanceStatus;
import org.treatyflow.workflow.assistance.EmergencyMutualAssistanceWorkflow;
import org.treatyflow.workflow.direct.DirectOrderAction;
import org.treatyflow.workflow.direct.DirectOrderDeadlines;
import org.treatyflow.workflow.direct.DirectOrderStatus;
import org.treatyflow.workflow.direct.DirectOrderWorkflow;
import org.treatyflow.workflow.disclosure.ForeignProductionOrderDeadlines;
import org.treatyflow.workflow.disclosure.ForeignProductionOrderWorkflow;
import org.treatyflow.workflow.financial.InvestigativeAssistanceWorkflow;
import org.treatyflow.workflow.fiu.FiuDeadlines;
import org.treatyflow.workflow.fiu.FiuPostponementAction;
import org.treatyflow.workflow.fiu.FiuPostponementStatus;
import org.treatyflow.workflow.fiu.FiuPostponementWorkflow;
import org.treatyflow.workflow.preservation.PreservationAction;
import org.treatyflow.workflow.preservation.PreservationDeadlines;
import org.treatyflow.workflow.preservation.PreservationStatus;
import org.treatyflow.workflow.preservation.PreservationWorkflow;

/**
 * The deadlines of a case of any family are those its family's deadline class computes, in the
 * statuses where they run and in no other; a family without deadlines has none. The cases are
 * fictional, between Parties every treaty binds in the test registry ({@link EveryPartyBound}),
 * each Party counting its days in its own time zone.
 */
class CaseDeadlinesTest {
  private static final Instant START = Instant.parse("2026-10-05T08:00:00Z");
  private static final LocalDate TODAY = LocalDate.of(2026, 10, 5);

  private static final Party ALBANIA = Party.of("AL");
  private static final Party AUSTRIA = Party.of("AT");
  private static final Party HUNGARY = Party.of("HU");
  private static final Party NETHERLANDS = Party.of("NL");
  private static final Party POLAND = Party.of("PL");

  /** How long Poland postpones a transaction in these tests (WC 47(1): domestic law). */
  private static final Duration POLISH_POSTPONEMENT = Duration.ofHours(96);

  private static final Map<Party, ZoneId> ZONES =
      Map.of(
          ALBANIA, ZoneId.of("Europe/Tirane"),
          AUSTRIA, ZoneId.of("Europe/Vienna"),
          HUNGARY, ZoneId.of("Europe/Budapest"),
          NETHERLANDS, ZoneId.of("Europe/Amsterdam"),
          POLAND, ZoneId.of("Europe/Warsaw"));

  /** Each Party in its own zone; Poland postpones transactions for {@link #POLISH_POSTPONEMENT}. */
  private static final DomesticPolicy POLICY =
      new DomesticPolicy() {
        @Override
        public ZoneId timeZone(Party party) {
          return ZONES.getOrDefault(party, ZoneOffset.UTC);
        }

        @Override
        public Optional<Duration> transactionPostponementPeriod(Party party) {
          return party.equals(POLAND) ? Optional.of(POLISH_POSTPONEMENT) : Optional.empty();
        }
      };

  private final SimulatedClock clock = new SimulatedClock(START);
  private final Environment env = new Environment(EveryPartyBound.REGISTRY, clock, POLICY);

  // --- every family ---

  @ParameterizedTest
  @EnumSource(RequestFamily.class)
  void aNewCaseOfAnyFamilyHasNoDeadline(RequestFamily family) {
    assertThat(CaseDeadlines.open(opened(WorkflowCatalog.of(family), family), env))
        .as("nothing runs before the first step")
        .isEmpty();
  }

  @SuppressWarnings("unchecked")
  private static <R extends CooperationAct, S extends Enum<S>, A extends Enum<A>> CaseFile<R, S, A> opened(
      Workflow<R, S, A> workflow, RequestFamily family) {
    return workflow.open((R) ModelArbitraries.actsOf(family).sample());
  }

  // --- expedited preservation: BC 29(7) ---

  @Test
  void whileTheDataIsPreservedItsEndIsTheOneDeadline() {
    var c = preserved();
    Instant expiry = PreservationDeadlines.expiry(c, env).orElseThrow();
    assertThat(CaseDeadlines.open(c, env))
        .containsExactly(
            new CaseDeadline(CaseDeadlines.PRESERVATION_ENDS, expiry, BUDAPEST.cite(29, 7), Verification.CONFIRMED));
    // Preserved on 5 October in Vienna: sixty days from 6 October, over at midnight on 5 December (CET).
    assertThat(expiry).isEqualTo(Instant.parse("2026-12-04T23:00:00Z"));
  }

  @Test
  void preservationHasNoDeadlineBeforeItBeginsOnceAFollowUpArrivesOrOnceItEnded() {
    var steps = preservation();
    var sent = steps.step(PreservationWorkflow.WORKFLOW.open(preservationRequest()), PreservationAction.SUBMIT, albanian247());
    var received = steps.step(sent, PreservationAction.RECEIVE, austrian247());
    assertThat(CaseDeadlines.open(received, env)).as("received, not yet preserved").isEmpty();

    var pending =
        steps
            .step(
                preserved(),
                Command.<PreservationAction>builder()
                    .id("follow-up")
                    .action(PreservationAction.RECEIVE_FOLLOW_UP)
                    .expectedVersion(3)
                    .actor(austrian247())
                    .followUp(RequestId.of("AL-MLA-2026-0201"))
                    .build());
    assertThat(CaseDeadlines.open(pending, env)).as("BC 29(7): preserved until the follow-up is decided").isEmpty();

    var c = preserved();
    clock.set(PreservationDeadlines.expiry(c, env).orElseThrow());
    var expired = steps.step(c, PreservationAction.EXPIRE, austrian247());
    assertThat(CaseDeadlines.open(expired, env)).as("expired: closed").isEmpty();
  }

  @Test
  void aDeadlineWhoseDateHasPassedStillRunsUntilTheStepIsTaken() {
    var c = preserved();
    clock.advance(Duration.ofDays(365));
    assertThat(CaseDeadlines.open(c, env))
        .singleElement()
        .satisfies(
            d -> assertThat(d.due()).isEqualTo(PreservationDeadlines.expiry(c, env).orElseThrow()).isBefore(clock.instant()));
  }

  // --- the skeleton's amendments: WC 38(2); 2AP 10(3) ---

  @Test
  void whileAWarsawRequestAwaitsAmendmentsTheirTimeLimitRuns() {
    var workflow = InvestigativeAssistanceWorkflow.WORKFLOW;
    var steps = new CaseSteps<>(workflow, env);
    var request = investigativeRequest();
    var underReview = underReview(steps, workflow.open(request));
    var awaiting = askAmendments(steps, underReview, Optional.of(TODAY.plusDays(14)));

    Instant due = AssistanceDeadlines.amendmentDue(awaiting, env).orElseThrow();
    assertThat(CaseDeadlines.open(awaiting, env))
        .containsExactly(new CaseDeadline(CaseDeadlines.AMENDMENTS_DUE, due, WARSAW.cite(38, 2), Verification.CONFIRMED));
    // The time limit is 19 October: over at midnight in Warsaw (CEST).
    assertThat(due).isEqualTo(Instant.parse("2026-10-19T22:00:00Z"));

    assertThat(CaseDeadlines.open(underReview, env)).as("under review: nothing asked yet").isEmpty();
    var supplied = steps.step(awaiting, AssistanceAction.SUPPLY_AMENDMENT, request.header().requestingAuthority());
    assertThat(supplied.status()).isEqualTo(AssistanceStatus.UNDER_REVIEW);
    assertThat(CaseDeadlines.open(supplied, env)).as("the amendments arrived").isEmpty();
    assertThat(CaseDeadlines.open(askAmendments(steps, underReview, Optional.empty()), env))
        .as("WC 38(2): the requested Party may set a time limit, and set none")
        .isEmpty();
  }

  @Test
  void theTimeLimitForSupplementalInformationInAnEmergencyCitesTwoApTenThreeUnverified() {
    var workflow = EmergencyMutualAssistanceWorkflow.WORKFLOW;
    var steps = new CaseSteps<>(workflow, env);
    var awaiting = askAmendments(steps, underReview(steps, workflow.open(emergencyRequest())), Optional.of(TODAY.plusDays(1)));
    assertThat(CaseDeadlines.open(awaiting, env))
        .containsExactly(
            new CaseDeadline(
                CaseDeadlines.AMENDMENTS_DUE,
                AssistanceDeadlines.amendmentDue(awaiting, env).orElseThrow(),
                SECOND_PROTOCOL.cite(10, 3),
                Verification.UNVERIFIED));
  }

  // --- 2AP 8(6): serving the order, returning the data ---

  @Test
  void aProductionOrderReceivedInFullIsToBeServed() {
    var workflow = ForeignProductionOrderWorkflow.WORKFLOW;
    var steps = new CaseSteps<>(workflow, env);
    var request = productionOrderRequest();
    var draft = workflow.open(request);
    var sent = steps.step(draft, AssistanceAction.SUBMIT, request.header().requestingAuthority());
    assertThat(CaseDeadlines.open(sent, env)).as("sent, not received").isEmpty();
    var received = steps.step(sent, AssistanceAction.RECEIVE, requested(request));
    var service =
        new CaseDeadline(
            CaseDeadlines.SERVICE_DUE,
            ForeignProductionOrderDeadlines.serviceDue(received, env).orElseThrow(),
            SECOND_PROTOCOL.cite(8, 6, "a"),
            Verification.UNVERIFIED);
    assertThat(CaseDeadlines.open(received, env)).containsExactly(service);
    var accepted =
        steps.step(steps.step(received, AssistanceAction.ACKNOWLEDGE, requested(request)), AssistanceAction.ACCEPT, requested(request));
    assertThat(CaseDeadlines.open(accepted, env)).as("accepted, still not served").containsExactly(service);
  }

  @Test
  void whileTheOrderIsExecutedTheProviderReturnsSubscriberInformationFirstThenTrafficData() {
    var workflow = ForeignProductionOrderWorkflow.WORKFLOW;
    var steps = new CaseSteps<>(workflow, env);
    var request = productionOrderRequest();
    var executing = executing(steps, workflow.open(request));
    assertThat(CaseDeadlines.open(executing, env))
        .containsExactly(
            new CaseDeadline(
                CaseDeadlines.SUBSCRIBER_INFORMATION_DUE,
                ForeignProductionOrderDeadlines.returnDue(executing, env, DataCategory.SUBSCRIBER_INFORMATION).orElseThrow(),
                SECOND_PROTOCOL.cite(8, 6, "a", "i"),
                Verification.UNVERIFIED),
            new CaseDeadline(
                CaseDeadlines.TRAFFIC_DATA_DUE,
                ForeignProductionOrderDeadlines.returnDue(executing, env, DataCategory.TRAFFIC_DATA).orElseThrow(),
                SECOND_PROTOCOL.cite(8, 6, "a", "ii"),
                Verification.UNVERIFIED));
    var withdrawn = steps.step(executing, AssistanceAction.WITHDRAW, request.header().requestingAuthority());
    assertThat(CaseDeadlines.open(withdrawn, env)).as("withdrawn: closed").isEmpty();
  }

  @Test
  void whileAProductionOrderAwaitsInformationOnlyItsTimeLimitRuns() {
    var workflow = ForeignProductionOrderWorkflow.WORKFLOW;
    var steps = new CaseSteps<>(workflow, env);
    var awaiting = askAmendments(steps, underReview(steps, workflow.open(productionOrderRequest())), Optional.of(TODAY.plusDays(10)));
    assertThat(ForeignProductionOrderDeadlines.serviceDue(awaiting, env)).isEmpty();
    assertThat(CaseDeadlines.open(awaiting, env))
        .extracting(CaseDeadline::name, CaseDeadline::citation, CaseDeadline::verification)
        .containsExactly(
            tuple(CaseDeadlines.AMENDMENTS_DUE, SECOND_PROTOCOL.cite(8, 6), Verification.UNVERIFIED));
  }

  // --- 2AP 7(7): the provider's time to disclose ---

  @Test
  void aDirectOrderServedOnTheProviderRunsUntilItAnswers() {
    var workflow = DirectOrderWorkflow.WORKFLOW;
    var steps = new CaseSteps<>(workflow, env);
    var order = directOrder();
    var draft = workflow.open(order);
    assertThat(CaseDeadlines.open(draft, env)).isEmpty();
    var served = steps.step(draft, DirectOrderAction.ISSUE, order.header().requestingAuthority());
    assertThat(served.status()).isEqualTo(DirectOrderStatus.SERVED_ON_PROVIDER);
    assertThat(CaseDeadlines.open(served, env))
        .containsExactly(
            new CaseDeadline(
                CaseDeadlines.DISCLOSURE_DUE,
                DirectOrderDeadlines.responseDue(served, env).orElseThrow(),
                SECOND_PROTOCOL.cite(7, 7),
                Verification.UNVERIFIED));
    var disclosed = steps.step(served, DirectOrderAction.DISCLOSE, order.header().requestedAuthority().orElseThrow());
    assertThat(CaseDeadlines.open(disclosed, env)).as("disclosed: closed").isEmpty();
  }

  // --- WC 47(1): the domestic period of postponement ---

  @Test
  void aPostponedTransactionIsHeldForThePolishDomesticPeriod() {
    var workflow = FiuPostponementWorkflow.WORKFLOW;
    var steps = new CaseSteps<>(workflow, env);
    var request = postponementRequest();
    var received = steps.step(workflow.open(request), FiuPostponementAction.SEND, request.header().requestingAuthority());
    assertThat(CaseDeadlines.open(received, env)).as("received, not postponed").isEmpty();
    var postponed = steps.step(received, FiuPostponementAction.POSTPONE, request.header().requestedAuthority().orElseThrow());
    assertThat(postponed.status()).isEqualTo(FiuPostponementStatus.POSTPONED);
    Instant ends = FiuDeadlines.postponementEnds(postponed, env).orElseThrow();
    assertThat(ends).isEqualTo(START.plus(POLISH_POSTPONEMENT));
    assertThat(CaseDeadlines.open(postponed, env))
        .containsExactly(new CaseDeadline(CaseDeadlines.POSTPONEMENT_ENDS, ends, WARSAW.cite(47, 1), Verification.CONFIRMED));

    var released = steps.step(postponed, FiuPostponementAction.RELEASE, request.header().requestedAuthority().orElseThrow());
    assertThat(CaseDeadlines.open(released, env)).as("released: closed").isEmpty();
    var withoutPeriod = new Environment(EveryPartyBound.REGISTRY, clock, DomesticPolicy.DEFAULTS);
    assertThat(CaseDeadlines.open(postponed, withoutPeriod))
        .as("WC 47(1) sets no period: without a domestic one there is no end to give")
        .isEmpty();
  }

  // --- the record ---

  @Test
  void aDeadlineSaysWhetherItRestsOnUnverifiedText() {
    Instant due = START.plus(Duration.ofDays(30));
    assertThat(new CaseDeadline(CaseDeadlines.DISCLOSURE_DUE, due, SECOND_PROTOCOL.cite(7, 7), Verification.UNVERIFIED).isUnverified())
        .isTrue();
    assertThat(new CaseDeadline(CaseDeadlines.PRESERVATION_ENDS, due, BUDAPEST.cite(29, 7), Verification.CONFIRMED).isUnverified())
        .isFalse();
  }

  // --- the cases ---

  private CaseSteps<PreservationRequest, PreservationStatus, PreservationAction> preservation() {
    return new CaseSteps<>(PreservationWorkflow.WORKFLOW, env);
  }

  /** Albania's request to Austria: sent, received and preserved at {@link #START}. */
  private CaseFile<PreservationRequest, PreservationStatus, PreservationAction> preserved() {
    var steps = preservation();
    var c = PreservationWorkflow.WORKFLOW.open(preservationRequest());
    c = steps.step(c, PreservationAction.SUBMIT, albanian247());
    c = steps.step(c, PreservationAction.RECEIVE, austrian247());
    return steps.step(c, PreservationAction.PRESERVE, austrian247());
  }

  /** A request of the skeleton sent, received and acknowledged: under review. */
  private static <R extends Request> CaseFile<R, AssistanceStatus, AssistanceAction> underReview(
      CaseSteps<R, AssistanceStatus, AssistanceAction> steps, CaseFile<R, AssistanceStatus, AssistanceAction> draft) {
    R request = draft.request();
    var c = steps.step(draft, AssistanceAction.SUBMIT, request.header().requestingAuthority());
    c = steps.step(c, AssistanceAction.RECEIVE, requested(request));
    c = steps.step(c, AssistanceAction.ACKNOWLEDGE, requested(request));
    assertThat(c.status()).isEqualTo(AssistanceStatus.UNDER_REVIEW);
    return c;
  }

  /** The requested Party asks for amendments, with {@code timeLimit} if any. */
  private static <R extends Request> CaseFile<R, AssistanceStatus, AssistanceAction> askAmendments(
      CaseSteps<R, AssistanceStatus, AssistanceAction> steps,
      CaseFile<R, AssistanceStatus, AssistanceAction> underReview,
      Optional<LocalDate> timeLimit) {
    R request = underReview.request();
    AmendmentRequest ask =
        AmendmentRequest.builder()
            .header(AssistanceDocuments.replyHeader(request, request.header().id(), requested(request), TODAY, "AMD-1"))
            .addMissingItems("The date and place of the offence")
            .timeLimit(timeLimit)
            .build();
    var awaiting =
        steps.step(
            underReview,
            Command.<AssistanceAction>builder()
                .id("ask")
                .action(AssistanceAction.REQUEST_AMENDMENT)
                .expectedVersion(underReview.version())
                .actor(requested(request))
                .reply(ask)
                .build());
    assertThat(awaiting.status()).isEqualTo(AssistanceStatus.AWAITING_AMENDMENT);
    return awaiting;
  }

  /** A production order under review, accepted and served on the provider a day after receipt. */
  private CaseFile<ForeignProductionOrderRequest, AssistanceStatus, AssistanceAction> executing(
      CaseSteps<ForeignProductionOrderRequest, AssistanceStatus, AssistanceAction> steps,
      CaseFile<ForeignProductionOrderRequest, AssistanceStatus, AssistanceAction> draft) {
    var request = draft.request();
    var accepted = steps.step(underReview(steps, draft), AssistanceAction.ACCEPT, requested(request));
    clock.advance(Duration.ofDays(1));
    var executing = steps.step(accepted, AssistanceAction.START_EXECUTION, requested(request));
    assertThat(executing.status()).isEqualTo(AssistanceStatus.EXECUTING);
    return executing;
  }

  private static Authority requested(Request request) {
    return request.header().requestedAuthority().orElseThrow();
  }

  private static Authority albanian247() {
    return Authority.of(ALBANIA, AuthorityRole.POINT_OF_CONTACT_24_7, "State Police, Cybercrime Sector");
  }

  private static Authority austrian247() {
    return Authority.of(AUSTRIA, AuthorityRole.POINT_OF_CONTACT_24_7, "Federal Criminal Police Office");
  }

  private static Authority centralAuthority(Party party) {
    return Authority.builder()
        .party(party)
        .role(AuthorityRole.CENTRAL_AUTHORITY)
        .name("Ministry of Justice")
        .contactDetails("international cooperation desk " + party)
        .build();
  }

  private static Authority fiu(Party party) {
    return Authority.of(party, AuthorityRole.FINANCIAL_INTELLIGENCE_UNIT, "Financial Intelligence Unit");
  }

  private static Authority provider(Party party) {
    return Authority.of(party, AuthorityRole.SERVICE_PROVIDER, "Example Telecom " + party);
  }

  private static RequestHeader header(String id, Authority from, Authority to, Channel channel, RequestFamily family) {
    return header(id, from, to, channel, family, Urgency.ROUTINE);
  }

  private static RequestHeader header(
      String id, Authority from, Authority to, Channel channel, RequestFamily family, Urgency urgency) {
    return RequestHeader.builder()
        .id(RequestId.of(id))
        .requestingParty(from.party())
        .requestedParty(to.party())
        .requestingAuthority(from)
        .requestedAuthority(to)
        .channel(channel)
        .dateOfRequest(TODAY)
        .urgency(urgency)
        .language(Language.ENGLISH)
        .addLegalBasis(family.legalBasis().get(0))
        .build();
  }

  private static Offence computerFraud() {
    return Offence.builder()
        .domesticDescription("Computer fraud")
        .domesticProvision("Section 148a Criminal Code")
        .addBudapestOffences(BudapestOffence.BC8_COMPUTER_FRAUD)
        .maximumPenalty(MaximumPenalty.imprisonmentMonths(60))
        .build();
  }

  private static DataItem item(DataCategory category, String description) {
    return DataItem.builder()
        .category(category)
        .description(description)
        .relationToOffence("The account placed the fraudulent orders")
        .build();
  }

  private static PreservationRequest preservationRequest() {
    return PreservationRequest.builder()
        .header(header("AL-SP-2026-0118", albanian247(), austrian247(), Channel.NETWORK_24_7, RequestFamily.EXPEDITED_PRESERVATION))
        .addOffences(computerFraud())
        .facts(Facts.summary("A fake online shop took prepayments from buyers."))
        .addDataToPreserve(item(DataCategory.TRAFFIC_DATA, "Access logs of the web server"))
        .custodianOrLocation("A hosting company in Vienna")
        .necessity("Logs are deleted after 30 days.")
        .intendsMutualAssistanceFollowUp(true)
        .build();
  }

  private static InvestigativeAssistanceRequest investigativeRequest() {
    return InvestigativeAssistanceRequest.builder()
        .header(
            header("NL-OM-2026-0412", centralAuthority(NETHERLANDS), centralAuthority(POLAND), Channel.CENTRAL_AUTHORITY,
                RequestFamily.INVESTIGATIVE_ASSISTANCE))
        .content(
            WarsawRequestContent.builder()
                .objectAndReason("To trace the takings of a laundering scheme moved to Polish accounts.")
                .facts(Facts.summary("The suspect moved the takings of sham invoices to Poland."))
                .addPersons(
                    Person.builder()
                        .role(PersonRole.SUSPECT)
                        .kind(Person.Kind.NATURAL)
                        .name("Zq Example Suspect")
                        .nationality(NETHERLANDS)
                        .build())
                .build())
        .addOffences(
            Offence.builder()
                .domesticDescription("Money laundering")
                .addLaunderingOffences(LaunderingOffence.CONVERSION_OR_TRANSFER)
                .build())
        .addPropertyKinds(Asset.Kind.BANK_ACCOUNT)
        .addPropertyDescriptions("Accounts that received the takings")
        .addAspects(TracingAspect.LOCATION_OR_MOVEMENT)
        .build();
  }

  private static EmergencyMutualAssistanceRequest emergencyRequest() {
    return EmergencyMutualAssistanceRequest.builder()
        .header(
            header("AT-EMLA-2026-0001", centralAuthority(AUSTRIA), centralAuthority(HUNGARY),
                Channel.CENTRAL_AUTHORITY, RequestFamily.EMERGENCY_MUTUAL_ASSISTANCE, Urgency.EMERGENCY))
        .addOffences(computerFraud())
        .facts(Facts.summary("A message threatens to harm a hostage unless a ransom is paid."))
        .addMeasures(AssistanceMeasure.of(AssistanceMeasure.Kind.IDENTIFICATION_OF_PERSON))
        .addDataItems(item(DataCategory.SUBSCRIBER_INFORMATION, "Holder of the account that sent the message"))
        .emergencyFacts("The hostage is to be harmed within 48 hours; the sender's account is the only lead.")
        .build();
  }

  /** Subscriber information and traffic data from a Hungarian provider. */
  private static ForeignProductionOrderRequest productionOrderRequest() {
    return ForeignProductionOrderRequest.builder()
        .header(
            header("AT-FPO-2026-0011", centralAuthority(AUSTRIA), centralAuthority(HUNGARY), Channel.CENTRAL_AUTHORITY,
                RequestFamily.FOREIGN_PRODUCTION_ORDER))
        .order(
            ProductionOrder.builder()
                .issuingAuthority(Authority.of(AUSTRIA, AuthorityRole.PROSECUTOR, "Public Prosecutor's Office"))
                .dateIssued(TODAY.minusDays(3))
                .statementUnderProtocol(true)
                .provider(provider(HUNGARY))
                .providerAddress("Business Park 1, Building C, HU")
                .addOffences(computerFraud())
                .addDataSought(item(DataCategory.SUBSCRIBER_INFORMATION, "Holder of the account used to log in"))
                .addDataSought(item(DataCategory.TRAFFIC_DATA, "Source addresses and times of the logins"))
                .build())
        .legalGrounds("Code of Criminal Procedure, section 76a")
        .reasonsProviderHoldsData("The provider hosts the account used for the fraudulent orders.")
        .facts(Facts.summary("Orders were placed with stolen card data through the account."))
        .relevance("The data identify who used the account and from where.")
        .preservation(org.treatyflow.model.disclosure.PreservationStatus.notSought())
        .soughtByOtherMeans(false)
        .build();
  }

  private static SubscriberInformationOrder directOrder() {
    Authority prosecutor = Authority.of(AUSTRIA, AuthorityRole.PROSECUTOR, "Public Prosecutor's Office");
    return SubscriberInformationOrder.builder()
        .header(header("AT-SIO-2026-0042", prosecutor, provider(HUNGARY), Channel.DIRECT_TO_PROVIDER,
            RequestFamily.SUBSCRIBER_INFORMATION_ORDER))
        .statementUnderProtocol(true)
        .providerAddress("Business Park 1, Building C, HU")
        .addOffences(computerFraud())
        .addDataSought(item(DataCategory.SUBSCRIBER_INFORMATION, "Holder of the account used to log in"))
        .domesticLegalGrounds("Code of Criminal Procedure, section 76a")
        .contactAuthority(prosecutor)
        .returnWithinDays(10)
        .mannerOfReturn("By encrypted e-mail to the contact authority")
        .preservation(org.treatyflow.model.disclosure.PreservationStatus.notSought())
        .notificationMade(true)
        .build();
  }

  private static FiuPostponementRequest postponementRequest() {
    return FiuPostponementRequest.builder()
        .header(header("NL-FIU-2026-0311", fiu(NETHERLANDS), fiu(POLAND), Channel.FIU_TO_FIU, RequestFamily.FIU_POSTPONEMENT))
        .transaction(
            Transaction.builder()
                .amount(Amount.of("185000.00", AssetCode.EUR))
                .date(TODAY)
                .description("Outgoing transfer to an account abroad")
                .build())
        .launderingJustification("The funds come from frauds reported by buyers.")
        .domesticPostponementJustification("A domestic report on the same facts would have led to suspension.")
        .build();
  }
}
