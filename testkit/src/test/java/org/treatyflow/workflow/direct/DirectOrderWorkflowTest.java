package org.treatyflow.workflow.direct;

import static org.assertj.core.api.Assertions.assertThat;
import static org.treatyflow.workflow.direct.DirectFixtures.AUSTRIA;
import static org.treatyflow.workflow.direct.DirectFixtures.AUSTRIAN_PROSECUTOR;
import static org.treatyflow.workflow.direct.DirectFixtures.AUSTRIAN_PROVIDER;
import static org.treatyflow.workflow.direct.DirectFixtures.BEFORE_IN_FORCE;
import static org.treatyflow.workflow.direct.DirectFixtures.COSTA_RICA;
import static org.treatyflow.workflow.direct.DirectFixtures.GERMANY;
import static org.treatyflow.workflow.direct.DirectFixtures.HUNGARY;
import static org.treatyflow.workflow.direct.DirectFixtures.JAPAN;
import static org.treatyflow.workflow.direct.DirectFixtures.START;
import static org.treatyflow.workflow.direct.DirectFixtures.blockInstruction;
import static org.treatyflow.workflow.direct.DirectFixtures.command;
import static org.treatyflow.workflow.direct.DirectFixtures.designatedAuthority;
import static org.treatyflow.workflow.direct.DirectFixtures.environment;
import static org.treatyflow.workflow.direct.DirectFixtures.followUp;
import static org.treatyflow.workflow.direct.DirectFixtures.order;
import static org.treatyflow.workflow.direct.DirectFixtures.policy;
import static org.treatyflow.workflow.direct.DirectFixtures.provider;
import static org.treatyflow.workflow.direct.DirectFixtures.withReply;
import static org.treatyflow.workflow.direct.DirectOrderAction.BLOCK;
import static org.treatyflow.workflow.direct.DirectOrderAction.CONSULT;
import static org.treatyflow.workflow.direct.DirectOrderAction.DECLINE;
import static org.treatyflow.workflow.direct.DirectOrderAction.DISCLOSE;
import static org.treatyflow.workflow.direct.DirectOrderAction.ESCALATE;
import static org.treatyflow.workflow.direct.DirectOrderAction.ISSUE;
import static org.treatyflow.workflow.direct.DirectOrderAction.TIME_OUT;
import static org.treatyflow.workflow.direct.DirectOrderAction.WITHDRAW;
import static org.treatyflow.workflow.direct.DirectOrderWorkflow.TABLE;
import static org.treatyflow.workflow.direct.DirectOrderWorkflow.WORKFLOW;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.treatyflow.model.common.Authority;
import org.treatyflow.model.common.RequestId;
import org.treatyflow.model.common.Verification;
import org.treatyflow.model.common.Violation;
import org.treatyflow.model.disclosure.SubscriberInformationOrder;
import org.treatyflow.model.refusal.GroundForRefusal;
import org.treatyflow.testkit.workflow.SimulatedClock;
import org.treatyflow.workflow.ActionExplanation;
import org.treatyflow.workflow.CaseFile;
import org.treatyflow.workflow.Command;
import org.treatyflow.workflow.Environment;
import org.treatyflow.workflow.Outcome;
import org.treatyflow.workflow.Workflow;

class DirectOrderWorkflowTest {
  private final SimulatedClock clock = new SimulatedClock(START);
  private final Environment env = environment(clock);

  private CaseFile<SubscriberInformationOrder, DirectOrderStatus, DirectOrderAction> step(
      CaseFile<SubscriberInformationOrder, DirectOrderStatus, DirectOrderAction> c,
      Command<DirectOrderAction> command,
      Environment environment) {
    var outcome = WORKFLOW.apply(c, command, environment);
    assertThat(outcome.violations()).as("violations of %s", command.action()).isEmpty();
    assertThat(outcome.isApplied()).isTrue();
    return outcome.caseFile();
  }

  private CaseFile<SubscriberInformationOrder, DirectOrderStatus, DirectOrderAction> step(
      CaseFile<SubscriberInformationOrder, DirectOrderStatus, DirectOrderAction> c,
      DirectOrderAction action,
      Authority actor) {
    return step(c, command("c" + c.version(), action, c.version(), actor), env);
  }

  private Outcome<SubscriberInformationOrder, DirectOrderStatus, DirectOrderAction> attempt(
      CaseFile<SubscriberInformationOrder, DirectOrderStatus, DirectOrderAction> c,
      DirectOrderAction action,
      Authority actor) {
    return WORKFLOW.apply(c, command("try-" + c.version(), action, c.version(), actor), env);
  }

  private CaseFile<SubscriberInformationOrder, DirectOrderStatus, DirectOrderAction> served(
      SubscriberInformationOrder order) {
    return step(WORKFLOW.open(order), ISSUE, AUSTRIAN_PROSECUTOR);
  }

  private static List<String> codes(Outcome<?, ?, ?> outcome) {
    return outcome.violations().stream().map(Violation::code).toList();
  }

  private Outcome<SubscriberInformationOrder, DirectOrderStatus, DirectOrderAction> issue(
      SubscriberInformationOrder order, Environment environment) {
    return WORKFLOW.apply(WORKFLOW.open(order), command("issue", ISSUE, 0, AUSTRIAN_PROSECUTOR), environment);
  }

  @Test
  void theFixtureOrdersAreComplete() {
    assertThat(order().completenessViolations()).isEmpty();
    assertThat(order(JAPAN, false, 45).completenessViolations()).isEmpty();
  }

  @Test
  void aCompleteOrderIsServedAndDisclosed() {
    var c = served(order());
    assertThat(c.status()).isEqualTo(DirectOrderStatus.SERVED_ON_PROVIDER);
    var disclosed = step(c, DISCLOSE, provider(HUNGARY));
    assertThat(disclosed.status()).isEqualTo(DirectOrderStatus.DISCLOSED);
    assertThat(disclosed.history()).extracting(e -> e.citation().toString()).containsExactly("2AP 7", "2AP 7");
    assertThat(disclosed.history()).extracting(e -> e.actor().role().isPrivateEntity()).containsExactly(false, true);
  }

  // --- ISSUE: one allowing and one refusing example per guard ---

  @Test
  void onlyAPublicAuthorityOfTheIssuingPartyIssues() {
    assertThat(issue(order(), env).isApplied()).isTrue();
    var byProvider =
        WORKFLOW.apply(WORKFLOW.open(order()), command("i", ISSUE, 0, provider(HUNGARY)), env);
    assertThat(codes(byProvider)).containsExactly("2AP_7_ACTOR_ISSUING_PARTY");
    var byOwnProvider =
        WORKFLOW.apply(WORKFLOW.open(order()), command("i", ISSUE, 0, AUSTRIAN_PROVIDER), env);
    assertThat(codes(byOwnProvider)).containsExactly("2AP_7_ACTOR_ISSUING_PARTY");
    assertThat(byOwnProvider.violations().get(0).citation()).hasToString("2AP 7");
  }

  @Test
  void anIncompleteOrderIsNotIssuedAndEveryMissingItemIsReported() {
    SubscriberInformationOrder incomplete =
        SubscriberInformationOrder.builder().header(DirectFixtures.orderHeader(HUNGARY)).notificationMade(true).build();
    var outcome = issue(incomplete, env);
    assertThat(outcome).isInstanceOf(Outcome.Rejected.class);
    assertThat(codes(outcome))
        .contains("2AP_7_3_STATEMENT_UNDER_PROTOCOL", "2AP_7_3_OFFENCES", "2AP_7_3_DATA_DESCRIPTION", "2AP_7_4_RETURN_TIME_FRAME")
        .doesNotContain("2AP_7_PROTOCOL_IN_FORCE", "2AP_7_5_A_NOTIFICATION_NOT_MADE");
    assertThat(outcome.caseFile().status()).isEqualTo(DirectOrderStatus.DRAFT);
  }

  @Test
  void theProtocolMustBindBothPartiesOnTheDayOfIssue() {
    assertThat(issue(order(), env).isApplied()).isTrue();
    clock.set(BEFORE_IN_FORCE);
    assertThat(codes(issue(order(), env))).containsExactly("2AP_7_PROTOCOL_IN_FORCE");
    clock.set(START);
    // Germany is bound by the Convention but not by the Protocol.
    assertThat(codes(issue(order(GERMANY, true, 10), env))).containsExactly("2AP_7_PROTOCOL_IN_FORCE");
  }

  @Test
  void noDirectOrderToAProviderInAPartyThatReservedArticle7_9_a() {
    var japan = issue(order(JAPAN, false, 10), env);
    assertThat(codes(japan)).containsExactly("2AP_7_9_A_ARTICLE_7_RESERVED");
    assertThat(japan.violations().get(0).citation()).hasToString("2AP 7(9)(a)");
    assertThat(japan.violations().get(0).verification()).isEqualTo(Verification.CONFIRMED);
    assertThat(issue(order(COSTA_RICA, false, 10), env).isApplied()).isTrue();
  }

  @Test
  void theModelsInForceRegistryGivesTheSameAnswerForJapanAndHungary() {
    Environment modelRegistry = new Environment(DirectFixtures.inForce2apRegistry(), clock, policy());
    assertThat(codes(issue(order(JAPAN, false, 10), modelRegistry))).containsExactly("2AP_7_9_A_ARTICLE_7_RESERVED");
    // Hungary made no 7(5)(a) declaration in that file, so no notification is needed there.
    assertThat(issue(order(HUNGARY, false, 10), modelRegistry).isApplied()).isTrue();
  }

  @Test
  void theRequestedPartyMustHaveImplementedArticle7() {
    Environment notImplemented = environment(clock, policy(Set.of(HUNGARY), 7, Set.of()));
    assertThat(codes(issue(order(), notImplemented))).containsExactly("2AP_7_NOT_IMPLEMENTED");
    Environment article6Only = environment(clock, policy(Set.of(HUNGARY), 6, Set.of()));
    assertThat(issue(order(), article6Only).isApplied()).isTrue();
  }

  @Test
  void noOrderWhileTransfersBetweenThePartiesAreSuspendedInEitherDirection() {
    assertThat(codes(issue(order(), environment(clock, policy(Set.of(), 0, Set.of(List.of(HUNGARY, AUSTRIA)))))))
        .containsExactly("2AP_14_TRANSFERS_SUSPENDED");
    assertThat(codes(issue(order(), environment(clock, policy(Set.of(), 0, Set.of(List.of(AUSTRIA, HUNGARY)))))))
        .containsExactly("2AP_14_TRANSFERS_SUSPENDED");
    assertThat(issue(order(), environment(clock, policy(Set.of(), 0, Set.of(List.of(HUNGARY, JAPAN))))).isApplied())
        .isTrue();
  }

  @Test
  void whereTheRequestedPartyDeclaredUnder7_5_aTheOrderMustRecordTheNotification() {
    var notNotified = issue(order(HUNGARY, false, 10), env);
    assertThat(codes(notNotified)).containsExactly("2AP_7_5_A_NOTIFICATION_NOT_MADE");
    assertThat(notNotified.violations().get(0).citation()).hasToString("2AP 7(5)(a)");
    assertThat(notNotified.violations().get(0).verification()).isEqualTo(Verification.UNVERIFIED);
    assertThat(issue(order(HUNGARY, true, 10), env).isApplied()).isTrue();
    // Costa Rica made no 7(5)(a) declaration.
    assertThat(issue(order(COSTA_RICA, false, 10), env).isApplied()).isTrue();
  }

  // --- CONSULT ---

  @Test
  void theProviderConsultsOnlyWhereItsPartyDeclaredUnder7_5_b() {
    var costaRica = served(order(COSTA_RICA, false, 10));
    assertThat(step(costaRica, CONSULT, provider(COSTA_RICA)).status())
        .isEqualTo(DirectOrderStatus.PROVIDER_CONSULTING_AUTHORITY);
    // In the model's registry Hungary made no 2AP 7(5) declaration.
    Environment noDeclarations = new Environment(DirectFixtures.inForce2apRegistry(), clock, policy());
    var hungary = step(WORKFLOW.open(order()), command("i", ISSUE, 0, AUSTRIAN_PROSECUTOR), noDeclarations);
    var refused = WORKFLOW.apply(hungary, command("c", CONSULT, 1, provider(HUNGARY)), noDeclarations);
    assertThat(codes(refused)).containsExactly("2AP_7_5_B_NO_CONSULTATION_DECLARATION");
    assertThat(refused.violations().get(0).citation()).hasToString("2AP 7(5)(b)");
  }

  @Test
  void onlyTheProviderConsults() {
    var costaRica = served(order(COSTA_RICA, false, 10));
    assertThat(codes(attempt(costaRica, CONSULT, designatedAuthority(COSTA_RICA))))
        .containsExactly("2AP_7_ACTOR_PROVIDER");
  }

  // --- BLOCK ---

  @Test
  void theNotifiedAuthorityMayBlockWithGroundsAndReasons() {
    var c = served(order());
    var blocked =
        step(
            c,
            withReply("b", BLOCK, 1, designatedAuthority(HUNGARY),
                blockInstruction(HUNGARY, GroundForRefusal.AP_PREJUDICE_TO_NOTIFIED_PARTY_PROCEEDINGS)),
            env);
    assertThat(blocked.status()).isEqualTo(DirectOrderStatus.BLOCKED);
    assertThat(blocked.lastEvent().orElseThrow().citation()).hasToString("2AP 7(5)(c)");
    assertThat(blocked.lastEvent().orElseThrow().reply()).isPresent();
  }

  @Test
  void theProviderCannotBlockNorCanTheIssuingParty() {
    var c = served(order());
    var instruction = blockInstruction(HUNGARY, GroundForRefusal.AP_PREJUDICE_TO_NOTIFIED_PARTY_PROCEEDINGS);
    assertThat(codes(WORKFLOW.apply(c, withReply("b", BLOCK, 1, provider(HUNGARY), instruction), env)))
        .containsExactly("2AP_7_5_C_ACTOR_REQUESTED_AUTHORITY");
    assertThat(codes(WORKFLOW.apply(c, withReply("b", BLOCK, 1, AUSTRIAN_PROSECUTOR, instruction), env)))
        .containsExactly("2AP_7_5_C_ACTOR_REQUESTED_AUTHORITY");
  }

  @Test
  void aBlockNeedsTheInstructionWithItsGroundsAndReasons() {
    var c = served(order());
    assertThat(codes(attempt(c, BLOCK, designatedAuthority(HUNGARY)))).containsExactly("2AP_7_5_C_BLOCK_DOCUMENT");
    var withoutReasons =
        WORKFLOW.apply(
            c,
            withReply("b", BLOCK, 1, designatedAuthority(HUNGARY),
                blockInstruction(HUNGARY, List.of(GroundForRefusal.AP_MLA_GROUNDS_WOULD_APPLY), Optional.empty())),
            env);
    assertThat(withoutReasons.violations())
        .singleElement()
        .satisfies(v -> assertThat(v.code()).endsWith("REASONS_FOR_REFUSAL"))
        .satisfies(v -> assertThat(v.citation()).hasToString("2AP 7(5)(c)"));
    var withoutGrounds =
        WORKFLOW.apply(
            c,
            withReply("b", BLOCK, 1, designatedAuthority(HUNGARY),
                blockInstruction(HUNGARY, List.of(), Optional.of("Reasons given."))),
            env);
    assertThat(codes(withoutGrounds)).singleElement().satisfies(code -> assertThat(code).endsWith("GROUND_FOR_REFUSAL_STATED"));
    var warsawGround =
        WORKFLOW.apply(
            c,
            withReply("b", BLOCK, 1, designatedAuthority(HUNGARY),
                blockInstruction(HUNGARY, GroundForRefusal.WC_FUNDAMENTAL_PRINCIPLES)),
            env);
    assertThat(codes(warsawGround)).anyMatch(code -> code.startsWith("GROUND_NOT_AVAILABLE"));
    var mlaGrounds =
        WORKFLOW.apply(
            c,
            withReply("b", BLOCK, 1, designatedAuthority(HUNGARY),
                blockInstruction(HUNGARY, GroundForRefusal.AP_MLA_GROUNDS_WOULD_APPLY)),
            env);
    assertThat(mlaGrounds.violations()).isEmpty();
  }

  @Test
  void onlyANotifiedOrConsultedAuthorityMayBlock() {
    // Costa Rica declared consultation only: before the provider consults, its authority has no order.
    var costaRica = served(order(COSTA_RICA, false, 10));
    var instruction = blockInstruction(COSTA_RICA, GroundForRefusal.AP_PREJUDICE_TO_NOTIFIED_PARTY_PROCEEDINGS);
    assertThat(codes(WORKFLOW.apply(costaRica, withReply("b", BLOCK, 1, designatedAuthority(COSTA_RICA), instruction), env)))
        .containsExactly("2AP_7_5_C_AUTHORITY_NOT_NOTIFIED_OR_CONSULTED");
    var consulting = step(costaRica, CONSULT, provider(COSTA_RICA));
    assertThat(step(consulting, withReply("b", BLOCK, 2, designatedAuthority(COSTA_RICA), instruction), env).status())
        .isEqualTo(DirectOrderStatus.BLOCKED);
  }

  // --- DISCLOSE and DECLINE ---

  @Test
  void onlyTheProviderInTheRequestedPartyDisclosesOrDeclines() {
    var c = served(order());
    assertThat(codes(attempt(c, DISCLOSE, AUSTRIAN_PROSECUTOR))).containsExactly("2AP_7_ACTOR_PROVIDER");
    assertThat(codes(attempt(c, DISCLOSE, AUSTRIAN_PROVIDER))).containsExactly("2AP_7_ACTOR_PROVIDER");
    assertThat(codes(attempt(c, DECLINE, designatedAuthority(HUNGARY)))).containsExactly("2AP_7_ACTOR_PROVIDER");
    assertThat(step(c, DECLINE, provider(HUNGARY)).status()).isEqualTo(DirectOrderStatus.NOT_DISCLOSED);
  }

  @Test
  void afterConsultingTheProviderMayStillDiscloseOrDecline() {
    var consulting = step(served(order()), CONSULT, provider(HUNGARY));
    assertThat(step(consulting, DISCLOSE, provider(HUNGARY)).status()).isEqualTo(DirectOrderStatus.DISCLOSED);
    assertThat(step(consulting, DECLINE, provider(HUNGARY)).status()).isEqualTo(DirectOrderStatus.NOT_DISCLOSED);
  }

  @Test
  void noDisclosureOnceTransfersAreSuspended() {
    var c = served(order());
    Environment suspended = environment(clock, policy(Set.of(), 0, Set.of(List.of(HUNGARY, AUSTRIA))));
    assertThat(codes(WORKFLOW.apply(c, command("d", DISCLOSE, 1, provider(HUNGARY)), suspended)))
        .containsExactly("2AP_14_TRANSFERS_SUSPENDED");
  }

  // --- TIME_OUT: 2AP 7(7), 30 days or the order's longer time frame ---

  @Test
  void theProviderHasThirtyDaysCountedInItsPartysCalendar() {
    var c = served(order(HUNGARY, true, 10));
    Instant due = DirectOrderDeadlines.responseDue(c, env).orElseThrow();
    // Served on 5 October (Budapest); days run from 6 October; the 30th is 4 November; due at
    // midnight in Budapest, after the end of summer time (UTC+1).
    assertThat(due).isEqualTo(Instant.parse("2026-11-04T23:00:00Z"));
    clock.set(due.minusSeconds(1));
    var early = attempt(c, TIME_OUT, AUSTRIAN_PROSECUTOR);
    assertThat(codes(early)).containsExactly("2AP_7_7_RESPONSE_PERIOD_NOT_OVER");
    assertThat(early.violations().get(0).citation()).hasToString("2AP 7(7)");
    clock.set(due);
    var timedOut = step(c, TIME_OUT, AUSTRIAN_PROSECUTOR);
    assertThat(timedOut.status()).isEqualTo(DirectOrderStatus.NOT_DISCLOSED);
    assertThat(DirectOrderDeadlines.responseDue(timedOut, env)).isEmpty();
  }

  @Test
  void aLongerTimeFrameInTheOrderExtendsThePeriod() {
    var c = served(order(HUNGARY, true, 45));
    Instant due = DirectOrderDeadlines.responseDue(c, env).orElseThrow();
    assertThat(due).isEqualTo(Instant.parse("2026-11-19T23:00:00Z"));
    clock.set(Instant.parse("2026-11-04T23:00:00Z"));
    assertThat(codes(attempt(c, TIME_OUT, AUSTRIAN_PROSECUTOR))).containsExactly("2AP_7_7_RESPONSE_PERIOD_NOT_OVER");
    clock.set(due);
    assertThat(step(c, TIME_OUT, AUSTRIAN_PROSECUTOR).status()).isEqualTo(DirectOrderStatus.NOT_DISCLOSED);
  }

  @Test
  void aLongerTreatyPeriodFromTheEnvironmentIsHonoured() {
    var longer =
        new Environment(
            DirectFixtures.registry(),
            clock,
            policy(),
            new org.treatyflow.workflow.TreatyPeriods(
                java.time.Period.ofDays(60), java.time.Period.ofDays(40), java.time.Period.ofDays(45),
                java.time.Period.ofDays(20), java.time.Period.ofDays(45)));
    var c = served(order(HUNGARY, true, 10));
    assertThat(DirectOrderDeadlines.responseDue(c, longer)).contains(Instant.parse("2026-11-14T23:00:00Z"));
  }

  @Test
  void theTimeRunsOnWhileTheProviderConsults() {
    var consulting = step(served(order()), CONSULT, provider(HUNGARY));
    Instant due = DirectOrderDeadlines.responseDue(consulting, env).orElseThrow();
    assertThat(due).isEqualTo(Instant.parse("2026-11-04T23:00:00Z"));
    clock.set(due);
    assertThat(codes(attempt(consulting, TIME_OUT, provider(HUNGARY)))).containsExactly("2AP_7_ACTOR_ISSUING_PARTY");
    assertThat(step(consulting, TIME_OUT, AUSTRIAN_PROSECUTOR).status()).isEqualTo(DirectOrderStatus.NOT_DISCLOSED);
  }

  @Test
  void thereIsNoDeadlineBeforeServiceNorAfterAnAnswer() {
    var draft = WORKFLOW.open(order());
    assertThat(DirectOrderDeadlines.responseDue(draft, env)).isEmpty();
    var disclosed = step(served(order()), DISCLOSE, provider(HUNGARY));
    assertThat(DirectOrderDeadlines.responseDue(disclosed, env)).isEmpty();
  }

  // --- ESCALATE ---

  @Test
  void afterNonDisclosureTheIssuingPartyEscalatesNamingThe2ap8RequestOrMla() {
    var notDisclosed = step(served(order()), DECLINE, provider(HUNGARY));
    assertThat(codes(attempt(notDisclosed, ESCALATE, AUSTRIAN_PROSECUTOR))).containsExactly("2AP_7_7_FOLLOW_UP_NAMED");
    assertThat(codes(WORKFLOW.apply(notDisclosed, followUp("e", ESCALATE, 2, provider(HUNGARY), "AT-FPO-2026-0001"), env)))
        .containsExactly("2AP_7_ACTOR_ISSUING_PARTY");
    var escalated = step(notDisclosed, followUp("e", ESCALATE, 2, AUSTRIAN_PROSECUTOR, "AT-FPO-2026-0001"), env);
    assertThat(escalated.status()).isEqualTo(DirectOrderStatus.ESCALATED);
    assertThat(escalated.lastEvent().orElseThrow().followUp()).contains(RequestId.of("AT-FPO-2026-0001"));
    assertThat(escalated.lastEvent().orElseThrow().citation()).hasToString("2AP 7(7)");
  }

  @Test
  void afterABlockTheIssuingPartyMayEscalate() {
    var blocked =
        step(
            served(order()),
            withReply("b", BLOCK, 1, designatedAuthority(HUNGARY),
                blockInstruction(HUNGARY, GroundForRefusal.AP_PREJUDICE_TO_NOTIFIED_PARTY_PROCEEDINGS)),
            env);
    assertThat(step(blocked, followUp("e", ESCALATE, 2, AUSTRIAN_PROSECUTOR, "AT-MLA-2026-0100"), env).status())
        .isEqualTo(DirectOrderStatus.ESCALATED);
  }

  // --- WITHDRAW, terminal statuses, explain ---

  @ParameterizedTest
  @EnumSource(value = DirectOrderStatus.class, names = {"DRAFT", "SERVED_ON_PROVIDER", "PROVIDER_CONSULTING_AUTHORITY", "NOT_DISCLOSED", "BLOCKED"})
  void theIssuingPartyMayWithdrawFromEveryOpenStatus(DirectOrderStatus status) {
    assertThat(TABLE.allows(status, WITHDRAW)).isTrue();
    assertThat(TABLE.find(status, WITHDRAW).orElseThrow().verification()).isEqualTo(Verification.UNVERIFIED);
    var c = reach(status);
    assertThat(codes(attempt(c, WITHDRAW, provider(HUNGARY)))).containsExactly("2AP_7_ACTOR_ISSUING_PARTY");
    assertThat(step(c, WITHDRAW, AUSTRIAN_PROSECUTOR).status()).isEqualTo(DirectOrderStatus.WITHDRAWN);
  }

  private CaseFile<SubscriberInformationOrder, DirectOrderStatus, DirectOrderAction> reach(DirectOrderStatus status) {
    var draft = WORKFLOW.open(order());
    return switch (status) {
      case DRAFT -> draft;
      case SERVED_ON_PROVIDER -> served(order());
      case PROVIDER_CONSULTING_AUTHORITY -> step(served(order()), CONSULT, provider(HUNGARY));
      case NOT_DISCLOSED -> step(served(order()), DECLINE, provider(HUNGARY));
      case BLOCKED -> step(served(order()),
          withReply("b", BLOCK, 1, designatedAuthority(HUNGARY),
              blockInstruction(HUNGARY, GroundForRefusal.AP_PREJUDICE_TO_NOTIFIED_PARTY_PROCEEDINGS)), env);
      default -> throw new IllegalArgumentException(status.name());
    };
  }

  @Test
  void aTerminalCaseAcceptsNothing() {
    var disclosed = step(served(order()), DISCLOSE, provider(HUNGARY));
    var outcome = attempt(disclosed, WITHDRAW, AUSTRIAN_PROSECUTOR);
    assertThat(codes(outcome)).containsExactly(Workflow.CASE_CLOSED);
    assertThat(outcome.violations().get(0).citation()).hasToString("2AP 7");
    assertThat(WORKFLOW.explain(disclosed, env)).noneMatch(ActionExplanation::allowed);
    assertThat(TABLE.terminal()).containsExactlyInAnyOrder(
        DirectOrderStatus.DISCLOSED, DirectOrderStatus.ESCALATED, DirectOrderStatus.WITHDRAWN);
  }

  @Test
  void explainSaysWhatMayHappenOnceTheOrderIsServed() {
    var c = served(order());
    List<ActionExplanation<DirectOrderStatus, DirectOrderAction>> answers = WORKFLOW.explain(c, env);
    assertThat(answers).hasSize(DirectOrderAction.values().length);
    assertThat(answers.stream().filter(ActionExplanation::allowed).map(ActionExplanation::action))
        .containsExactlyInAnyOrder(CONSULT, BLOCK, DISCLOSE, DECLINE, WITHDRAW);
    var timeOut = answers.stream().filter(a -> a.action() == TIME_OUT).findFirst().orElseThrow();
    assertThat(timeOut.violations()).extracting(Violation::code).containsExactly("2AP_7_7_RESPONSE_PERIOD_NOT_OVER");
    assertThat(answers.stream().filter(a -> a.action() == ISSUE).findFirst().orElseThrow().violations())
        .extracting(Violation::code).containsExactly(Workflow.ACTION_NOT_AVAILABLE);
  }

  @Test
  void aStaleCommandIsAConflictAndTheSameCommandTwiceChangesNothing() {
    var draft = WORKFLOW.open(order());
    Command<DirectOrderAction> issue = command("issue-1", ISSUE, 0, AUSTRIAN_PROSECUTOR);
    var once = WORKFLOW.apply(draft, issue, env).caseFile();
    assertThat(WORKFLOW.apply(once, issue, env)).isEqualTo(new Outcome.Applied<>(once, true));
    var stale = WORKFLOW.apply(once, command("late", DISCLOSE, 0, provider(HUNGARY)), env);
    assertThat(stale).isInstanceOf(Outcome.Conflict.class);
    assertThat(stale.caseFile()).isSameAs(once);
  }

  @Test
  void theTableCitesArticle7OnEveryLineAndMarksWhatIsUnverified() {
    assertThat(TABLE.transitions()).hasSize(17);
    assertThat(TABLE.transitions()).allSatisfy(t -> assertThat(t.citation().toString()).startsWith("2AP 7"));
    assertThat(TABLE.transitions().stream().filter(t -> t.verification() == Verification.UNVERIFIED)).hasSize(15);
    assertThat(TABLE.find(DirectOrderStatus.DRAFT, ISSUE).orElseThrow().guards())
        .extracting(g -> g.code())
        .containsExactly(
            "2AP_7_ACTOR_ISSUING_PARTY",
            "2AP_7_ORDER_COMPLETE",
            "2AP_7_PROTOCOL_IN_FORCE",
            "2AP_7_9_A_ARTICLE_7_RESERVED",
            "2AP_7_NOT_IMPLEMENTED",
            "2AP_14_TRANSFERS_SUSPENDED",
            "2AP_7_5_A_NOTIFICATION_NOT_MADE");
  }

}
