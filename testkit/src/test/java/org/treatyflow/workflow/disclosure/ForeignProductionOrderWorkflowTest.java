package org.treatyflow.workflow.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.treatyflow.workflow.disclosure.DisclosureFixtures.AUSTRIA;
import static org.treatyflow.workflow.disclosure.DisclosureFixtures.BEFORE_IN_FORCE;
import static org.treatyflow.workflow.disclosure.DisclosureFixtures.COSTA_RICA;
import static org.treatyflow.workflow.disclosure.DisclosureFixtures.DIRECT_ORDER_ID;
import static org.treatyflow.workflow.disclosure.DisclosureFixtures.FPO_ID;
import static org.treatyflow.workflow.disclosure.DisclosureFixtures.GERMANY;
import static org.treatyflow.workflow.disclosure.DisclosureFixtures.HUNGARY;
import static org.treatyflow.workflow.disclosure.DisclosureFixtures.START;
import static org.treatyflow.workflow.disclosure.DisclosureFixtures.centralAuthority;
import static org.treatyflow.workflow.disclosure.DisclosureFixtures.command;
import static org.treatyflow.workflow.disclosure.DisclosureFixtures.environment;
import static org.treatyflow.workflow.disclosure.DisclosureFixtures.policy;
import static org.treatyflow.workflow.disclosure.DisclosureFixtures.productionOrder;
import static org.treatyflow.workflow.disclosure.DisclosureFixtures.prosecutor;
import static org.treatyflow.workflow.disclosure.DisclosureFixtures.provider;
import static org.treatyflow.workflow.disclosure.DisclosureFixtures.subscriberItem;
import static org.treatyflow.workflow.disclosure.DisclosureFixtures.trafficItem;
import static org.treatyflow.workflow.disclosure.DisclosureFixtures.withFollowUp;
import static org.treatyflow.workflow.disclosure.DisclosureFixtures.withReply;
import static org.treatyflow.workflow.disclosure.ForeignProductionOrderWorkflow.TABLE;
import static org.treatyflow.workflow.disclosure.ForeignProductionOrderWorkflow.WORKFLOW;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.treatyflow.model.common.DataCategory;
import org.treatyflow.model.common.RequestFamily;
import org.treatyflow.model.common.RequestId;
import org.treatyflow.model.common.UseCondition;
import org.treatyflow.model.common.Verification;
import org.treatyflow.model.common.Violation;
import org.treatyflow.model.disclosure.ForeignProductionOrderRequest;
import org.treatyflow.model.disclosure.SubscriberInformationOrder;
import org.treatyflow.model.refusal.GroundForPostponement;
import org.treatyflow.model.refusal.GroundForRefusal;
import org.treatyflow.model.reply.AmendmentRequest;
import org.treatyflow.model.reply.Reply;
import org.treatyflow.testkit.workflow.SimulatedClock;
import org.treatyflow.workflow.CaseFile;
import org.treatyflow.workflow.Command;
import org.treatyflow.workflow.Environment;
import org.treatyflow.workflow.LinkedCases;
import org.treatyflow.workflow.Outcome;
import org.treatyflow.workflow.TreatyPeriods;
import org.treatyflow.workflow.assistance.AssistanceAction;
import org.treatyflow.workflow.assistance.AssistanceStatus;
import org.treatyflow.workflow.direct.DirectOrderAction;
import org.treatyflow.workflow.direct.DirectOrderStatus;
import org.treatyflow.workflow.direct.DirectOrderWorkflow;
import org.treatyflow.workflow.disclosure.ForeignProductionOrderDeadlines.Deadline;

class ForeignProductionOrderWorkflowTest {
  private static final RequestFamily FAMILY = RequestFamily.FOREIGN_PRODUCTION_ORDER;

  private final SimulatedClock clock = new SimulatedClock(START);
  private final Environment env = environment(clock);

  private static List<String> codes(Outcome<?, ?, ?> outcome) {
    return outcome.violations().stream().map(Violation::code).toList();
  }

  private CaseFile<ForeignProductionOrderRequest, AssistanceStatus, AssistanceAction> step(
      CaseFile<ForeignProductionOrderRequest, AssistanceStatus, AssistanceAction> c,
      Command<AssistanceAction> command,
      Environment environment) {
    var outcome = WORKFLOW.apply(c, command, environment);
    assertThat(outcome.violations()).as("violations of %s", command.action()).isEmpty();
    assertThat(outcome.isApplied()).isTrue();
    return outcome.caseFile();
  }

  private CaseFile<ForeignProductionOrderRequest, AssistanceStatus, AssistanceAction> step(
      CaseFile<ForeignProductionOrderRequest, AssistanceStatus, AssistanceAction> c, AssistanceAction action) {
    return step(c, command("c" + c.version(), action, c.version(), actorOf(c, action)), env);
  }

  private CaseFile<ForeignProductionOrderRequest, AssistanceStatus, AssistanceAction> step(
      CaseFile<ForeignProductionOrderRequest, AssistanceStatus, AssistanceAction> c, AssistanceAction action, Reply reply) {
    return step(c, withReply("c" + c.version(), action, c.version(), actorOf(c, action), reply), env);
  }

  private Outcome<ForeignProductionOrderRequest, AssistanceStatus, AssistanceAction> attempt(
      CaseFile<ForeignProductionOrderRequest, AssistanceStatus, AssistanceAction> c, AssistanceAction action, Optional<Reply> reply, Environment environment) {
    Command.Builder<AssistanceAction> b =
        Command.<AssistanceAction>builder().id("try-" + c.version()).action(action).expectedVersion(c.version()).actor(actorOf(c, action));
    reply.ifPresent(b::reply);
    return WORKFLOW.apply(c, b.build(), environment);
  }

  private static org.treatyflow.model.common.Authority actorOf(
      CaseFile<ForeignProductionOrderRequest, AssistanceStatus, AssistanceAction> c, AssistanceAction action) {
    return switch (action) {
      case SUBMIT, SUPPLY_AMENDMENT, ACCEPT_CONDITIONS, DECLINE_CONDITIONS, WITHDRAW -> c.request().header().requestingAuthority();
      default -> centralAuthority(c.request().header().requestedParty());
    };
  }

  private Outcome<ForeignProductionOrderRequest, AssistanceStatus, AssistanceAction> submit(
      ForeignProductionOrderRequest request, Environment environment) {
    return WORKFLOW.apply(
        WORKFLOW.open(request), command("submit", AssistanceAction.SUBMIT, 0, request.header().requestingAuthority()), environment);
  }

  private CaseFile<ForeignProductionOrderRequest, AssistanceStatus, AssistanceAction> underReview(ForeignProductionOrderRequest request) {
    var c = step(WORKFLOW.open(request), AssistanceAction.SUBMIT);
    c = step(c, AssistanceAction.RECEIVE);
    return step(c, AssistanceAction.ACKNOWLEDGE);
  }

  private CaseFile<ForeignProductionOrderRequest, AssistanceStatus, AssistanceAction> served(ForeignProductionOrderRequest request) {
    var c = step(underReview(request), AssistanceAction.ACCEPT);
    return step(c, AssistanceAction.START_EXECUTION);
  }

  @Test
  void theFixturesAreComplete() {
    assertThat(productionOrder().completenessViolations()).isEmpty();
    assertThat(productionOrder(COSTA_RICA, List.of(subscriberItem())).completenessViolations()).isEmpty();
  }

  @Test
  void aCompleteRequestIsGivenEffectToAndClosed() {
    var c = served(productionOrder());
    assertThat(c.status()).isEqualTo(AssistanceStatus.EXECUTING);
    c = step(c, AssistanceAction.TRANSMIT_RESULT, DisclosureFixtures.result(FPO_ID, FAMILY, HUNGARY, Set.of()));
    c = step(c, AssistanceAction.CLOSE);
    assertThat(c.status()).isEqualTo(AssistanceStatus.CLOSED);
    assertThat(c.history()).extracting(e -> e.citation().toString())
        .containsExactly("2AP 8", "2AP 8", "2AP 8", "2AP 8", "2AP 8(6)", "2AP 8", "2AP 8");
    assertThat(c.history()).allSatisfy(e -> assertThat(e.verification()).isEqualTo(Verification.UNVERIFIED));
  }

  @Test
  void theTableLeavesOutTheStepsTheProtocolDoesNotGiveArticle8() {
    assertThat(TABLE.actions()).doesNotContain(
        AssistanceAction.REPORT_CONFIDENTIALITY_IMPOSSIBLE, AssistanceAction.CONFIRM_EXECUTION,
        AssistanceAction.REQUEST_USE_EXPLANATION, AssistanceAction.CLOSE_INCOMPLETE, AssistanceAction.CONSULT_DRAFT);
    assertThat(TABLE.find(AssistanceStatus.UNDER_REVIEW, AssistanceAction.REFUSE).orElseThrow().citation()).hasToString("2AP 8(8)");
    assertThat(TABLE.find(AssistanceStatus.ACCEPTED, AssistanceAction.REPORT_DELAY)).isPresent();
  }

  // --- Protocol in force, implementation, 2AP 14 ---

  @Test
  void theProtocolMustBindBothParties() {
    assertThat(submit(productionOrder(), env).isApplied()).isTrue();
    clock.set(BEFORE_IN_FORCE);
    var early = submit(productionOrder(), env);
    assertThat(codes(early)).containsExactly("2AP_8_PROTOCOL_IN_FORCE");
    assertThat(early.violations().get(0).citation()).hasToString("2AP 8");
    clock.set(START);
    assertThat(codes(submit(productionOrder(GERMANY, List.of(subscriberItem())), env))).containsExactly("2AP_8_PROTOCOL_IN_FORCE");
  }

  @Test
  void theRequestedPartyMustHaveImplementedArticle8() {
    var notImplemented = submit(productionOrder(), environment(clock, policy(Set.of(HUNGARY), 8, Set.of())));
    assertThat(codes(notImplemented)).containsExactly("2AP_8_NOT_IMPLEMENTED");
    assertThat(notImplemented.violations().get(0).verification()).isEqualTo(Verification.UNVERIFIED);
    assertThat(submit(productionOrder(), environment(clock, policy(Set.of(HUNGARY), 7, Set.of()))).isApplied()).isTrue();
  }

  @Test
  void aSuspensionOfTransfersBlocksTheRequestAndTheResults() {
    Environment suspended = environment(clock, policy(Set.of(), 0, Set.of(List.of(HUNGARY, AUSTRIA))));
    var refused = submit(productionOrder(), suspended);
    assertThat(codes(refused)).containsExactly("2AP_14_TRANSFERS_SUSPENDED");
    assertThat(refused.violations().get(0).citation()).hasToString("2AP 14");
    // Suspended after the order was served: the results may not be sent.
    var c = served(productionOrder());
    var result = DisclosureFixtures.result(FPO_ID, FAMILY, HUNGARY, Set.of());
    assertThat(codes(attempt(c, AssistanceAction.TRANSMIT_RESULT, Optional.of(result), suspended)))
        .containsExactly("2AP_14_TRANSFERS_SUSPENDED");
    assertThat(attempt(c, AssistanceAction.TRANSMIT_RESULT, Optional.of(result), env).isApplied()).isTrue();
  }

  // --- 2AP 8(13), 8(11) ---

  @Test
  void aTrafficDataReservationBlocksTrafficDataOrdersToThatParty() {
    var traffic = submit(productionOrder(COSTA_RICA, List.of(trafficItem())), env);
    assertThat(codes(traffic)).containsExactly("2AP_8_13_TRAFFIC_DATA_RESERVED");
    assertThat(traffic.violations().get(0).citation()).hasToString("2AP 8(13)");
    assertThat(traffic.violations().get(0).verification()).isEqualTo(Verification.UNVERIFIED);
    assertThat(codes(submit(productionOrder(COSTA_RICA, List.of(subscriberItem(), trafficItem())), env)))
        .containsExactly("2AP_8_13_TRAFFIC_DATA_RESERVED");
    assertThat(submit(productionOrder(COSTA_RICA, List.of(subscriberItem())), env).isApplied()).isTrue();
    assertThat(submit(productionOrder(HUNGARY, List.of(trafficItem())), env).isApplied()).isTrue();
  }

  @Test
  void whereDeclaredUnder8_11TheRequestComesFromTheCentralAuthority() {
    var fromProsecutor = productionOrder(COSTA_RICA, prosecutor(AUSTRIA), List.of(subscriberItem()), Optional.empty());
    var refused = submit(fromProsecutor, env);
    assertThat(codes(refused)).containsExactly("2AP_8_11_NOT_FROM_CENTRAL_AUTHORITY");
    assertThat(refused.violations().get(0).citation()).hasToString("2AP 8(11)");
    var toHungary = productionOrder(HUNGARY, prosecutor(AUSTRIA), List.of(subscriberItem()), Optional.empty());
    assertThat(submit(toHungary, env).isApplied()).isTrue();
  }

  // --- 2AP 8(6) deadlines ---

  @Test
  void theServiceDateRunsFortyFiveDaysFromReceiptInTheRequestedPartysZone() {
    var c = step(WORKFLOW.open(productionOrder()), AssistanceAction.SUBMIT);
    assertThat(ForeignProductionOrderDeadlines.serviceDue(c, env)).as("not received yet").isEmpty();
    c = step(c, AssistanceAction.RECEIVE);
    // Received Monday 5 October 10:00 in Budapest: days 6 October - 19 November; over at midnight (CET).
    assertThat(ForeignProductionOrderDeadlines.serviceDue(c, env)).contains(Instant.parse("2026-11-19T23:00:00Z"));
    c = step(step(c, AssistanceAction.ACKNOWLEDGE), AssistanceAction.ACCEPT);
    assertThat(ForeignProductionOrderDeadlines.serviceDue(c, env)).contains(Instant.parse("2026-11-19T23:00:00Z"));
    c = step(c, AssistanceAction.START_EXECUTION);
    assertThat(ForeignProductionOrderDeadlines.serviceDue(c, env)).as("served").isEmpty();
    assertThat(ForeignProductionOrderDeadlines.served(c)).contains(START);
  }

  @Test
  void theServiceDateRestartsWhenTheLastInformationAsked_forArrives() {
    var c = underReview(productionOrder());
    clock.advance(Duration.ofDays(1));
    var ask = AmendmentRequest.builder()
        .header(DisclosureFixtures.replyHeader(FPO_ID, FAMILY, HUNGARY, centralAuthority(HUNGARY), "HU-AMD-1"))
        .addMissingItems("The time zone of the login times")
        .build();
    c = step(c, AssistanceAction.REQUEST_AMENDMENT, ask);
    assertThat(c.lastEvent().orElseThrow().citation()).hasToString("2AP 8(6)");
    assertThat(ForeignProductionOrderDeadlines.serviceDue(c, env)).as("awaiting information").isEmpty();
    clock.set(Instant.parse("2026-10-10T08:00:00Z"));
    c = step(c, AssistanceAction.SUPPLY_AMENDMENT);
    assertThat(ForeignProductionOrderDeadlines.allInformationReceived(c)).contains(Instant.parse("2026-10-10T08:00:00Z"));
    assertThat(ForeignProductionOrderDeadlines.serviceDue(c, env)).contains(Instant.parse("2026-11-24T23:00:00Z"));
  }

  @Test
  void theReturnDatesAreTwentyDaysForSubscriberInformationAndFortyFiveForTrafficData_acrossTheChangeOfTime() {
    clock.set(Instant.parse("2026-10-06T08:00:00Z"));
    var c = served(productionOrder());
    // Served Tuesday 6 October (CEST); day 20 is 26 October, after summer time ended on 25 October.
    assertThat(ForeignProductionOrderDeadlines.returnDue(c, env, DataCategory.SUBSCRIBER_INFORMATION))
        .contains(Instant.parse("2026-10-26T23:00:00Z"));
    assertThat(ForeignProductionOrderDeadlines.returnDue(c, env, DataCategory.TRAFFIC_DATA))
        .contains(Instant.parse("2026-11-20T23:00:00Z"));
    assertThat(ForeignProductionOrderDeadlines.returnDue(c, env, DataCategory.CONTENT_DATA)).isEmpty();
    var subscriberOnly = served(productionOrder(HUNGARY, List.of(subscriberItem())));
    assertThat(ForeignProductionOrderDeadlines.returnDue(subscriberOnly, env)).containsOnlyKeys(DataCategory.SUBSCRIBER_INFORMATION);
  }

  @Test
  void aPassedReturnDateIsABreachToNotify_notARefusal() {
    clock.set(Instant.parse("2026-10-06T08:00:00Z"));
    var c = served(productionOrder(HUNGARY, List.of(subscriberItem())));
    clock.set(Instant.parse("2026-10-26T22:59:59Z"));
    assertThat(ForeignProductionOrderDeadlines.breaches(c, env)).isEmpty();
    assertThat(ForeignProductionOrderDeadlines.delayNotificationOwed(c, env)).isFalse();
    clock.set(Instant.parse("2026-10-26T23:00:00Z"));
    var breaches = ForeignProductionOrderDeadlines.breaches(c, env);
    assertThat(breaches).singleElement().satisfies(b -> {
      assertThat(b.deadline()).isEqualTo(Deadline.SUBSCRIBER_INFORMATION_RETURN);
      assertThat(b.citation()).hasToString("2AP 8(6)(a)(i)");
      assertThat(b.verification()).isEqualTo(Verification.UNVERIFIED);
      assertThat(b.due()).isEqualTo(Instant.parse("2026-10-26T23:00:00Z"));
    });
    assertThat(ForeignProductionOrderDeadlines.delayNotificationOwed(c, env)).isTrue();
    assertThat(c.status()).isEqualTo(AssistanceStatus.EXECUTING);
    c = step(c, AssistanceAction.REPORT_DELAY);
    assertThat(c.lastEvent().orElseThrow().citation()).hasToString("2AP 8(8)");
    assertThat(ForeignProductionOrderDeadlines.delayNotificationOwed(c, env)).isFalse();
    assertThat(ForeignProductionOrderDeadlines.breaches(c, env)).hasSize(1);
    c = step(c, AssistanceAction.TRANSMIT_RESULT, DisclosureFixtures.result(FPO_ID, FAMILY, HUNGARY, Set.of()));
    assertThat(ForeignProductionOrderDeadlines.breaches(c, env)).as("results sent").isEmpty();
  }

  @Test
  void aPassedServiceDateIsABreachTooAndTheDelayMayBeReportedBeforeService() {
    var c = step(underReview(productionOrder()), AssistanceAction.ACCEPT);
    clock.set(Instant.parse("2026-11-19T23:00:00Z"));
    assertThat(ForeignProductionOrderDeadlines.breaches(c, env)).extracting(b -> b.deadline()).containsExactly(Deadline.SERVICE);
    assertThat(ForeignProductionOrderDeadlines.breaches(c, env).get(0).citation()).hasToString("2AP 8(6)(a)");
    assertThat(ForeignProductionOrderDeadlines.delayNotificationOwed(c, env)).isTrue();
    c = step(c, AssistanceAction.REPORT_DELAY);
    assertThat(c.status()).isEqualTo(AssistanceStatus.ACCEPTED);
    assertThat(ForeignProductionOrderDeadlines.delayNotificationOwed(c, env)).isFalse();
    assertThat(step(c, AssistanceAction.START_EXECUTION).status()).isEqualTo(AssistanceStatus.EXECUTING);
  }

  @Test
  void thePeriodsComeFromTheEnvironmentAndCanBeOverridden() {
    TreatyPeriods shorter =
        new TreatyPeriods(Period.ofDays(60), Period.ofDays(30), Period.ofDays(10), Period.ofDays(5), Period.ofDays(7));
    Environment overridden = new Environment(DisclosureFixtures.registry(), clock, policy(), shorter);
    var received = step(step(WORKFLOW.open(productionOrder()), AssistanceAction.SUBMIT), AssistanceAction.RECEIVE);
    assertThat(ForeignProductionOrderDeadlines.serviceDue(received, overridden)).contains(Instant.parse("2026-10-15T22:00:00Z"));
    clock.set(Instant.parse("2026-10-06T08:00:00Z"));
    var c = served(productionOrder());
    assertThat(ForeignProductionOrderDeadlines.returnDue(c, overridden, DataCategory.SUBSCRIBER_INFORMATION))
        .contains(Instant.parse("2026-10-11T22:00:00Z"));
    assertThat(ForeignProductionOrderDeadlines.returnDue(c, overridden, DataCategory.TRAFFIC_DATA))
        .contains(Instant.parse("2026-10-13T22:00:00Z"));
  }

  // --- 2AP 8(8) refusal, postponement, conditions; 2AP 8(9) ---

  @Test
  void aRefusalRestsOnlyOnTheGroundsOfBc25_4Or27_4() {
    var c = underReview(productionOrder());
    var b1 = DisclosureFixtures.refusal(FPO_ID, FAMILY, HUNGARY, List.of(GroundForRefusal.BC_POLITICAL_OFFENCE), true, false);
    var refused = step(c, AssistanceAction.REFUSE, b1);
    assertThat(refused.status()).isEqualTo(AssistanceStatus.REFUSED);
    assertThat(refused.lastEvent().orElseThrow().citation()).hasToString("2AP 8(8)");
    var b3 = DisclosureFixtures.refusal(FPO_ID, FAMILY, HUNGARY, List.of(GroundForRefusal.BC_DUAL_CRIMINALITY), true, false);
    assertThat(codes(attempt(c, AssistanceAction.REFUSE, Optional.of(b3), env)))
        .containsExactly("2AP_8_8_GROUND_FOR_REFUSAL_APPLIES", "GROUND_NOT_AVAILABLE_B3");
    var b8 = DisclosureFixtures.refusal(FPO_ID, FAMILY, HUNGARY, List.of(GroundForRefusal.AP_MLA_GROUNDS_WOULD_APPLY), true, false);
    assertThat(attempt(c, AssistanceAction.REFUSE, Optional.of(b8), env).isApplied()).isTrue();
  }

  @Test
  void aRefusalComesWithItsDocumentAndReasons() {
    var c = underReview(productionOrder());
    var noDocument = attempt(c, AssistanceAction.REFUSE, Optional.empty(), env);
    assertThat(codes(noDocument)).containsExactly("2AP_8_8_DOCUMENT");
    assertThat(noDocument.violations().get(0).citation()).hasToString("2AP 8(8)");
    var noReasons = DisclosureFixtures.refusal(FPO_ID, FAMILY, HUNGARY, List.of(GroundForRefusal.BC_ESSENTIAL_INTERESTS), false, false);
    assertThat(codes(attempt(c, AssistanceAction.REFUSE, Optional.of(noReasons), env))).containsExactly("2AP_8_8_REASONS_FOR_REFUSAL");
    var byRequesting = WORKFLOW.apply(c,
        withReply("r", AssistanceAction.REFUSE, c.version(), centralAuthority(AUSTRIA),
            DisclosureFixtures.refusal(FPO_ID, FAMILY, HUNGARY, List.of(GroundForRefusal.BC_ESSENTIAL_INTERESTS), true, false)), env);
    assertThat(codes(byRequesting)).containsExactly("ACTOR_OF_REQUESTED_PARTY");
  }

  @Test
  void theBc27_4GroundsRemainAvailableWhereAMutualAssistanceTreatyIsInForce() {
    Environment treaty = environment(clock, DisclosureFixtures.treatyPolicy());
    var c = underReview(productionOrder());
    var b2 = DisclosureFixtures.refusal(FPO_ID, FAMILY, HUNGARY, List.of(GroundForRefusal.BC_ESSENTIAL_INTERESTS), true, false);
    var outcome = attempt(c, AssistanceAction.REFUSE, Optional.of(b2), treaty);
    assertThat(outcome.violations()).isEmpty();
    assertThat(outcome.caseFile().status()).isEqualTo(AssistanceStatus.REFUSED);
  }

  @Test
  void postponementOnlyForTheBc27_5Reason() {
    var c = underReview(productionOrder());
    var p1 = DisclosureFixtures.postponement(FPO_ID, FAMILY, HUNGARY, GroundForPostponement.BC_OWN_PROCEEDINGS);
    var postponed = step(c, AssistanceAction.POSTPONE, p1);
    assertThat(postponed.status()).isEqualTo(AssistanceStatus.POSTPONED);
    assertThat(postponed.lastEvent().orElseThrow().citation()).hasToString("2AP 8(8)");
    var warsaw = DisclosureFixtures.postponement(FPO_ID, FAMILY, HUNGARY, GroundForPostponement.WC_OWN_PROCEEDINGS);
    var refused = attempt(c, AssistanceAction.POSTPONE, Optional.of(warsaw), env);
    assertThat(codes(refused)).containsExactly("2AP_8_8_GROUND_FOR_POSTPONEMENT_APPLIES");
    assertThat(refused.violations().get(0).citation()).hasToString("2AP 8(8)");
  }

  @Test
  void conditionsAreStatedAndOnceAcceptedBindTheResults() {
    var c = underReview(productionOrder());
    var none = DisclosureFixtures.conditionalGrant(FPO_ID, FAMILY, HUNGARY, Set.of());
    var refused = attempt(c, AssistanceAction.GRANT_CONDITIONALLY, Optional.of(none), env);
    assertThat(codes(refused)).containsExactly("2AP_8_8_CONDITIONS_STATED");
    var purpose = DisclosureFixtures.conditionalGrant(FPO_ID, FAMILY, HUNGARY, Set.of(UseCondition.PURPOSE_LIMITED));
    c = step(c, AssistanceAction.GRANT_CONDITIONALLY, purpose);
    assertThat(c.lastEvent().orElseThrow().citation()).hasToString("2AP 8(8)");
    c = step(c, AssistanceAction.ACCEPT_CONDITIONS);
    assertThat(c.status()).isEqualTo(AssistanceStatus.ACCEPTED);
    assertThat(c.lastEvent().orElseThrow().citation()).hasToString("2AP 8(9)");
    c = step(c, AssistanceAction.START_EXECUTION);
    var bare = DisclosureFixtures.result(FPO_ID, FAMILY, HUNGARY, Set.of());
    assertThat(codes(attempt(c, AssistanceAction.TRANSMIT_RESULT, Optional.of(bare), env)))
        .containsExactly("2AP_8_ACCEPTED_CONDITIONS_BIND");
    var bound = DisclosureFixtures.result(FPO_ID, FAMILY, HUNGARY, Set.of(UseCondition.PURPOSE_LIMITED));
    assertThat(step(c, AssistanceAction.TRANSMIT_RESULT, bound).status()).isEqualTo(AssistanceStatus.RESULT_TRANSMITTED);
  }

  // --- the link to a preceding 2AP 7 order (2AP 7(7)) ---

  private CaseFile<SubscriberInformationOrder, DirectOrderStatus, DirectOrderAction> directCase(DirectOrderAction... after) {
    Environment directEnv = environment(clock);
    var c = DirectOrderWorkflow.WORKFLOW.open(DisclosureFixtures.directOrder());
    c = DirectOrderWorkflow.WORKFLOW.apply(c, command("issue", DirectOrderAction.ISSUE, 0, prosecutor(AUSTRIA)), directEnv).caseFile();
    for (DirectOrderAction action : after) {
      Command<DirectOrderAction> cmd =
          switch (action) {
            case DECLINE, DISCLOSE, CONSULT -> command("d" + c.version(), action, c.version(), provider(HUNGARY));
            case BLOCK -> withReply("d" + c.version(), action, c.version(), DisclosureFixtures.designatedAuthority(HUNGARY),
                org.treatyflow.model.reply.Refusal.builder()
                    .header(DisclosureFixtures.replyHeader(DIRECT_ORDER_ID, RequestFamily.SUBSCRIBER_INFORMATION_ORDER, HUNGARY,
                        DisclosureFixtures.designatedAuthority(HUNGARY), "HU-BLK-1"))
                    .addGrounds(GroundForRefusal.AP_PREJUDICE_TO_NOTIFIED_PARTY_PROCEEDINGS)
                    .reasons("A domestic investigation into the same account is under way.")
                    .build());
            case ESCALATE -> withFollowUp("d" + c.version(), action, c.version(), prosecutor(AUSTRIA), FPO_ID);
            default -> command("d" + c.version(), action, c.version(), prosecutor(AUSTRIA));
          };
      var outcome = DirectOrderWorkflow.WORKFLOW.apply(c, cmd, directEnv);
      assertThat(outcome.violations()).as("2AP 7 step %s", action).isEmpty();
      c = outcome.caseFile();
    }
    return c;
  }

  private Outcome<ForeignProductionOrderRequest, AssistanceStatus, AssistanceAction> submitFollowing(
      CaseFile<SubscriberInformationOrder, DirectOrderStatus, DirectOrderAction> origin) {
    var request = productionOrder(HUNGARY, centralAuthority(AUSTRIA), List.of(subscriberItem()), Optional.of(DIRECT_ORDER_ID));
    return submit(request, env.withCases(LinkedCases.of(List.of(origin))));
  }

  @Test
  void aRequestFollowingADirectOrderTheProviderDidNotAnswerIsSent() {
    assertThat(submitFollowing(directCase(DirectOrderAction.DECLINE)).isApplied()).isTrue();
    assertThat(submitFollowing(directCase(DirectOrderAction.CONSULT, DirectOrderAction.BLOCK)).isApplied()).isTrue();
    assertThat(submitFollowing(directCase(DirectOrderAction.DECLINE, DirectOrderAction.ESCALATE)).isApplied()).isTrue();
    clock.set(START);
    var timedOut = directCase();
    clock.advance(Duration.ofDays(40));
    timedOut = DirectOrderWorkflow.WORKFLOW.apply(timedOut, command("t", DirectOrderAction.TIME_OUT, 1, prosecutor(AUSTRIA)), environment(clock)).caseFile();
    assertThat(timedOut.status()).isEqualTo(DirectOrderStatus.NOT_DISCLOSED);
    assertThat(submitFollowing(timedOut).isApplied()).isTrue();
  }

  @Test
  void aRequestFollowingADirectOrderStillRunningOrAnsweredIsNotSent() {
    var running = submitFollowing(directCase());
    assertThat(codes(running)).containsExactly("2AP_7_7_PRECEDING_ORDER_NOT_UNANSWERED");
    assertThat(running.violations().get(0).citation()).hasToString("2AP 7(7)");
    assertThat(running.violations().get(0).verification()).isEqualTo(Verification.UNVERIFIED);
    assertThat(codes(submitFollowing(directCase(DirectOrderAction.DISCLOSE)))).containsExactly("2AP_7_7_PRECEDING_ORDER_NOT_UNANSWERED");
  }

  @Test
  void anEscalationToAnotherRequestDoesNotOpenTheWayForThisOne() {
    var c = directCase(DirectOrderAction.DECLINE);
    c = DirectOrderWorkflow.WORKFLOW.apply(c,
        withFollowUp("e", DirectOrderAction.ESCALATE, c.version(), prosecutor(AUSTRIA), RequestId.of("AT-MLA-2026-0099")), environment(clock)).caseFile();
    assertThat(c.status()).isEqualTo(DirectOrderStatus.ESCALATED);
    assertThat(codes(submitFollowing(c))).containsExactly("2AP_7_7_PRECEDING_ORDER_NOT_UNANSWERED");
  }

  @Test
  void aPrecedingOrderNotKnownHereOrNotNamedDoesNotStopTheRequest() {
    var request = productionOrder(HUNGARY, centralAuthority(AUSTRIA), List.of(subscriberItem()), Optional.of(DIRECT_ORDER_ID));
    assertThat(submit(request, env).isApplied()).isTrue();
    assertThat(submit(productionOrder(), env.withCases(LinkedCases.of(List.of(directCase())))).isApplied()).isTrue();
  }

  @Test
  void theDatesAreNotStored() {
    var c = served(productionOrder());
    assertThat(c.history()).extracting(e -> e.at()).allSatisfy(at -> assertThat(at).isEqualTo(START));
    assertThat(LocalDate.ofInstant(ForeignProductionOrderDeadlines.returnDue(c, env, DataCategory.SUBSCRIBER_INFORMATION).orElseThrow(),
        DisclosureFixtures.ZONES.get(HUNGARY))).isEqualTo(LocalDate.of(2026, 10, 26));
  }
}
