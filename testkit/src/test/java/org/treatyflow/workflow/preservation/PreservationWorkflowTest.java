package org.treatyflow.workflow.preservation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.treatyflow.workflow.preservation.PreservationAction.DECIDE_FOLLOW_UP;
import static org.treatyflow.workflow.preservation.PreservationAction.EXPIRE;
import static org.treatyflow.workflow.preservation.PreservationAction.PRESERVE;
import static org.treatyflow.workflow.preservation.PreservationAction.PROCEED;
import static org.treatyflow.workflow.preservation.PreservationAction.RECEIVE;
import static org.treatyflow.workflow.preservation.PreservationAction.RECEIVE_FOLLOW_UP;
import static org.treatyflow.workflow.preservation.PreservationAction.REFUSE;
import static org.treatyflow.workflow.preservation.PreservationAction.RENEW;
import static org.treatyflow.workflow.preservation.PreservationAction.SUBMIT;
import static org.treatyflow.workflow.preservation.PreservationAction.WARN_INEFFECTIVE;
import static org.treatyflow.workflow.preservation.PreservationAction.WITHDRAW;
import static org.treatyflow.workflow.preservation.PreservationFixtures.ALBANIAN_24_7;
import static org.treatyflow.workflow.preservation.PreservationFixtures.AUSTRIAN_24_7;
import static org.treatyflow.workflow.preservation.PreservationFixtures.START;
import static org.treatyflow.workflow.preservation.PreservationFixtures.austrianPolicy;
import static org.treatyflow.workflow.preservation.PreservationFixtures.computerFraud;
import static org.treatyflow.workflow.preservation.PreservationFixtures.launderingOnly;
import static org.treatyflow.workflow.preservation.PreservationFixtures.refusalBuilder;
import static org.treatyflow.workflow.preservation.PreservationFixtures.command;
import static org.treatyflow.workflow.preservation.PreservationFixtures.environment;
import static org.treatyflow.workflow.preservation.PreservationFixtures.refusal;
import static org.treatyflow.workflow.preservation.PreservationFixtures.request;
import static org.treatyflow.workflow.preservation.PreservationWorkflow.WORKFLOW;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.treatyflow.model.common.Authority;
import org.treatyflow.model.common.Party;
import org.treatyflow.model.common.RequestId;
import org.treatyflow.model.common.Verification;
import org.treatyflow.model.common.Violation;
import org.treatyflow.model.preservation.PreservationRequest;
import org.treatyflow.model.refusal.GroundForRefusal;
import org.treatyflow.testkit.workflow.SimulatedClock;
import org.treatyflow.workflow.ActionExplanation;
import org.treatyflow.workflow.CaseFile;
import org.treatyflow.workflow.Command;
import org.treatyflow.workflow.DomesticPolicy;
import org.treatyflow.workflow.Environment;
import org.treatyflow.workflow.Outcome;
import org.treatyflow.workflow.TreatyPeriods;
import org.treatyflow.workflow.Workflow;

class PreservationWorkflowTest {
  private final SimulatedClock clock = new SimulatedClock(START);
  private final Environment env = environment(clock);

  private CaseFile<PreservationRequest, PreservationStatus, PreservationAction> step(
      CaseFile<PreservationRequest, PreservationStatus, PreservationAction> c,
      PreservationAction action,
      Authority actor) {
    Outcome<PreservationRequest, PreservationStatus, PreservationAction> outcome =
        WORKFLOW.apply(c, command("c" + c.version(), action, c.version(), actor), env);
    assertThat(outcome.violations()).as("violations of %s", action).isEmpty();
    assertThat(outcome.isApplied()).isTrue();
    return outcome.caseFile();
  }

  private CaseFile<PreservationRequest, PreservationStatus, PreservationAction> preserved() {
    var c = WORKFLOW.open(request());
    c = step(c, SUBMIT, ALBANIAN_24_7);
    c = step(c, RECEIVE, AUSTRIAN_24_7);
    return step(c, PRESERVE, AUSTRIAN_24_7);
  }

  private static List<String> codes(Outcome<?, ?, ?> outcome) {
    return outcome.violations().stream().map(Violation::code).toList();
  }

  @Test
  void aCompleteRequestIsSentReceivedPreservedAndFollowedUp() {
    var c = preserved();
    assertThat(c.status()).isEqualTo(PreservationStatus.PRESERVED);
    assertThat(c.version()).isEqualTo(3);
    assertThat(c.history()).extracting(e -> e.citation().toString())
        .containsExactly("BC 29(2)", "BC 29(3)", "BC 29(3)");
    var outcome =
        WORKFLOW.apply(
            c,
            Command.<PreservationAction>builder()
                .id("follow-up")
                .action(RECEIVE_FOLLOW_UP)
                .expectedVersion(3)
                .actor(AUSTRIAN_24_7)
                .followUp(RequestId.of("AL-MLA-2026-0044"))
                .build(),
            env);
    assertThat(outcome.caseFile().status()).isEqualTo(PreservationStatus.PRESERVED_PENDING_DECISION);
    assertThat(outcome.caseFile().lastEvent().orElseThrow().followUp()).contains(RequestId.of("AL-MLA-2026-0044"));
    var released = step(outcome.caseFile(), DECIDE_FOLLOW_UP, AUSTRIAN_24_7);
    assertThat(released.status()).isEqualTo(PreservationStatus.RELEASED);
  }

  @Test
  void anIncompleteRequestCannotBeSentAndEveryMissingItemIsReported() {
    PreservationRequest incomplete =
        PreservationRequest.builder().header(request().header()).addAllOffences(request().offences()).build();
    var outcome = WORKFLOW.apply(WORKFLOW.open(incomplete), command("s", SUBMIT, 0, ALBANIAN_24_7), env);
    assertThat(outcome).isInstanceOf(Outcome.Rejected.class);
    assertThat(outcome.violations()).extracting(v -> v.citation().toString())
        .contains("BC 29(2)(b)", "BC 29(2)(c)", "BC 29(2)(d)", "BC 29(2)(e)", "BC 29(2)(f)");
    assertThat(outcome.caseFile().status()).isEqualTo(PreservationStatus.DRAFT);
  }

  @Test
  void aRequestCannotBeSentToAStateTheConventionDoesNotBind() {
    PreservationRequest toChina =
        PreservationRequest.builder()
            .header(
                org.treatyflow.model.common.RequestHeader.builder()
                    .id(RequestId.of("AL-SP-2026-0200"))
                    .requestingParty(Party.of("AL"))
                    .requestedParty(Party.of("CN"))
                    .requestingAuthority(ALBANIAN_24_7)
                    .channel(org.treatyflow.model.common.Channel.NETWORK_24_7)
                    .language(org.treatyflow.model.common.Language.ENGLISH)
                    .addLegalBasis(org.treatyflow.model.common.Instrument.BUDAPEST.cite(29))
                    .build())
            .addAllOffences(request().offences())
            .facts(request().facts())
            .addAllDataToPreserve(request().dataToPreserve())
            .custodianOrLocation("x")
            .necessity("y")
            .intendsMutualAssistanceFollowUp(true)
            .build();
    var outcome = WORKFLOW.apply(WORKFLOW.open(toChina), command("s", SUBMIT, 0, ALBANIAN_24_7), env);
    assertThat(codes(outcome)).containsExactly("BC_29_1_CONVENTION_IN_FORCE");
  }

  @Test
  void onlyTheRequestedPartyPreserves() {
    var received = step(step(WORKFLOW.open(request()), SUBMIT, ALBANIAN_24_7), RECEIVE, AUSTRIAN_24_7);
    var outcome = WORKFLOW.apply(received, command("p", PRESERVE, 2, ALBANIAN_24_7), env);
    assertThat(codes(outcome)).containsExactly("ACTOR_OF_REQUESTED_PARTY");
    assertThat(outcome.violations().get(0).citation()).hasToString("BC 29(3)");
  }

  @Test
  void dualCriminalityMayBeRaisedUnderAustriasReservationOnlyOutsideArticles2To11() {
    var laundering =
        step(step(WORKFLOW.open(request(PreservationFixtures.launderingOnly())), SUBMIT, ALBANIAN_24_7), RECEIVE, AUSTRIAN_24_7);
    var allowed =
        WORKFLOW.apply(
            laundering,
            Command.<PreservationAction>builder().id("r").action(REFUSE).expectedVersion(2).actor(AUSTRIAN_24_7)
                .reply(refusal(List.of(GroundForRefusal.BC_DUAL_CRIMINALITY))).build(),
            env);
    assertThat(allowed.violations()).isEmpty();
    assertThat(allowed.caseFile().status()).isEqualTo(PreservationStatus.REFUSED);

    var fraud = step(step(WORKFLOW.open(request()), SUBMIT, ALBANIAN_24_7), RECEIVE, AUSTRIAN_24_7);
    var refused =
        WORKFLOW.apply(
            fraud,
            Command.<PreservationAction>builder().id("r").action(REFUSE).expectedVersion(2).actor(AUSTRIAN_24_7)
                .reply(refusal(List.of(GroundForRefusal.BC_DUAL_CRIMINALITY))).build(),
            env);
    assertThat(codes(refused)).containsExactly("GROUND_NOT_AVAILABLE_B3");
    assertThat(refused.caseFile().status()).isEqualTo(PreservationStatus.RECEIVED);
  }

  @Test
  void onlyTheGroundsOfBc29_5MayRefusePreservation() {
    var received = step(step(WORKFLOW.open(request()), SUBMIT, ALBANIAN_24_7), RECEIVE, AUSTRIAN_24_7);
    var essential =
        WORKFLOW.apply(
            received,
            Command.<PreservationAction>builder().id("r1").action(REFUSE).expectedVersion(2).actor(AUSTRIAN_24_7)
                .reply(refusal(List.of(GroundForRefusal.BC_ESSENTIAL_INTERESTS))).build(),
            env);
    assertThat(essential.isApplied()).isTrue();
    var warsawGround =
        WORKFLOW.apply(
            received,
            Command.<PreservationAction>builder().id("r2").action(REFUSE).expectedVersion(2).actor(AUSTRIAN_24_7)
                .reply(refusal(List.of(GroundForRefusal.WC_PROPORTIONALITY))).build(),
            env);
    assertThat(codes(warsawGround)).anyMatch(code -> code.startsWith("GROUND_NOT_AVAILABLE"));
    var noDocument = WORKFLOW.apply(received, command("r3", REFUSE, 2, AUSTRIAN_24_7), env);
    assertThat(codes(noDocument)).containsExactly("BC_29_5_REFUSAL_DOCUMENT");
  }

  @Test
  void aWarningLeavesTheDecisionToTheRequestingParty() {
    var received = step(step(WORKFLOW.open(request()), SUBMIT, ALBANIAN_24_7), RECEIVE, AUSTRIAN_24_7);
    var warned = step(received, WARN_INEFFECTIVE, AUSTRIAN_24_7);
    assertThat(warned.status()).isEqualTo(PreservationStatus.AWAITING_REQUESTER_DECISION);
    assertThat(codes(WORKFLOW.apply(warned, command("x", PROCEED, 3, AUSTRIAN_24_7), env)))
        .containsExactly("ACTOR_OF_REQUESTING_PARTY");
    assertThat(step(warned, PROCEED, ALBANIAN_24_7).status()).isEqualTo(PreservationStatus.PRESERVED);
  }

  @Test
  void preservationCannotExpireBeforeSixtyDaysAndMayAfter() {
    var c = preserved();
    clock.set(START.plus(Duration.ofDays(59)));
    assertThat(codes(WORKFLOW.apply(c, command("e1", EXPIRE, 3, AUSTRIAN_24_7), env)))
        .containsExactly("BC_29_7_PERIOD_NOT_OVER");
    Instant end = PreservationDeadlines.expiry(c, env).orElseThrow();
    assertThat(end).isEqualTo(Instant.parse("2026-05-02T00:00:00Z"));
    clock.set(end.minusSeconds(1));
    assertThat(WORKFLOW.apply(c, command("e2", EXPIRE, 3, AUSTRIAN_24_7), env).isApplied()).isFalse();
    clock.set(end);
    assertThat(step(c, EXPIRE, AUSTRIAN_24_7).status()).isEqualTo(PreservationStatus.EXPIRED);
  }

  @Test
  void aPendingFollowUpStopsThePeriod() {
    var c = preserved();
    var pending =
        WORKFLOW.apply(
                c,
                Command.<PreservationAction>builder().id("f").action(RECEIVE_FOLLOW_UP).expectedVersion(3)
                    .actor(AUSTRIAN_24_7).followUp(RequestId.of("AL-MLA-1")).build(),
                env)
            .caseFile();
    assertThat(PreservationDeadlines.expiry(pending, env)).isEmpty();
    clock.set(START.plus(Duration.ofDays(400)));
    assertThat(codes(WORKFLOW.apply(pending, command("e", EXPIRE, 4, AUSTRIAN_24_7), env)))
        .containsExactly(Workflow.ACTION_NOT_AVAILABLE);
  }

  @Test
  void aFollowUpMustBeNamed() {
    assertThat(codes(WORKFLOW.apply(preserved(), command("f", RECEIVE_FOLLOW_UP, 3, AUSTRIAN_24_7), env)))
        .containsExactly("BC_29_7_FOLLOW_UP_NAMED");
  }

  @Test
  void aClosedCaseAcceptsNothing() {
    var c = preserved();
    clock.set(START.plus(Duration.ofDays(90)));
    var expired = step(c, EXPIRE, AUSTRIAN_24_7);
    var outcome = WORKFLOW.apply(expired, command("again", PRESERVE, 4, AUSTRIAN_24_7), env);
    assertThat(codes(outcome)).containsExactly(Workflow.CASE_CLOSED);
    assertThat(outcome.violations().get(0).citation()).hasToString("BC 29(7)");
    assertThat(WORKFLOW.explain(expired, env)).allMatch(e -> !e.allowed());
  }

  @Test
  void aStaleCommandIsAConflictAndChangesNothing() {
    var c = preserved();
    var outcome = WORKFLOW.apply(c, command("late", EXPIRE, 2, AUSTRIAN_24_7), env);
    assertThat(outcome).isInstanceOf(Outcome.Conflict.class);
    assertThat(outcome.caseFile()).isSameAs(c);
  }

  @Test
  void applyingTheSameCommandTwiceChangesNothingTheSecondTime() {
    var draft = WORKFLOW.open(request());
    Command<PreservationAction> submit = command("submit-1", SUBMIT, 0, ALBANIAN_24_7);
    var once = WORKFLOW.apply(draft, submit, env).caseFile();
    var twice = WORKFLOW.apply(once, submit, env);
    assertThat(twice).isEqualTo(new Outcome.Applied<>(once, true));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> WORKFLOW.apply(once, command("submit-1", RECEIVE, 1, AUSTRIAN_24_7), env))
        .withMessageContaining("already used for SUBMIT");
  }

  @Test
  void explainSaysWhatMayHappenNextAndWhyNotTheRest() {
    var received = step(step(WORKFLOW.open(request()), SUBMIT, ALBANIAN_24_7), RECEIVE, AUSTRIAN_24_7);
    List<ActionExplanation<PreservationStatus, PreservationAction>> answers = WORKFLOW.explain(received, env);
    assertThat(answers).hasSize(PreservationAction.values().length);
    assertThat(answers.stream().filter(ActionExplanation::allowed).map(ActionExplanation::action))
        .containsExactlyInAnyOrder(PRESERVE, WARN_INEFFECTIVE, REFUSE, PreservationAction.WITHDRAW);
    ActionExplanation<PreservationStatus, PreservationAction> expire =
        answers.stream().filter(a -> a.action() == EXPIRE).findFirst().orElseThrow();
    assertThat(expire.violations()).extracting(Violation::code).containsExactly(Workflow.ACTION_NOT_AVAILABLE);
    assertThat(answers.stream().filter(a -> a.action() == PRESERVE).findFirst().orElseThrow().citation())
        .hasValueSatisfying(c -> assertThat(c).hasToString("BC 29(3)"));
  }

  @Test
  @SuppressWarnings({"unchecked", "rawtypes"})
  void aWorkflowOpensCasesOnlyForItsFamily() {
    Object otherFamily =
        org.treatyflow.testkit.ModelArbitraries.actsOf(
                org.treatyflow.model.common.RequestFamily.STORED_DATA_ACCESS)
            .sample();
    Workflow raw = WORKFLOW;
    assertThatIllegalArgumentException()
        .isThrownBy(() -> raw.open((org.treatyflow.model.common.CooperationAct) otherFamily))
        .withMessageContaining("cannot open a case for a request of STORED_DATA_ACCESS");
  }

  @Test
  void theTableCitesAnArticleOnEveryLine() {
    assertThat(PreservationWorkflow.TABLE.transitions()).allSatisfy(t -> assertThat(t.citation()).isNotNull());
    assertThat(PreservationWorkflow.TABLE.transitions()).hasSize(15);
  }

  // ---- Helpers for the rules below ----

  private CaseFile<PreservationRequest, PreservationStatus, PreservationAction> received(
      PreservationRequest request) {
    return step(step(WORKFLOW.open(request), SUBMIT, ALBANIAN_24_7), RECEIVE, AUSTRIAN_24_7);
  }

  private CaseFile<PreservationRequest, PreservationStatus, PreservationAction> preserved(
      PreservationRequest request, Environment environment) {
    var c = WORKFLOW.open(request);
    for (PreservationAction action : List.of(SUBMIT, RECEIVE, PRESERVE)) {
      Authority actor = action == SUBMIT ? ALBANIAN_24_7 : AUSTRIAN_24_7;
      var outcome = WORKFLOW.apply(c, command("c" + c.version(), action, c.version(), actor), environment);
      assertThat(outcome.violations()).as("violations of %s", action).isEmpty();
      c = outcome.caseFile();
    }
    return c;
  }

  private Outcome<PreservationRequest, PreservationStatus, PreservationAction> refuse(
      CaseFile<PreservationRequest, PreservationStatus, PreservationAction> c,
      org.treatyflow.model.reply.Refusal refusal) {
    return WORKFLOW.apply(
        c,
        Command.<PreservationAction>builder().id("refuse").action(REFUSE).expectedVersion(c.version())
            .actor(AUSTRIAN_24_7).reply(refusal).build(),
        env);
  }

  // ---- BC 29(4): B3 is never available where ANY offence is one of BC 2-11 ----

  @Test
  void dualCriminalityCannotRefuseARequestThatAlsoConcernsAnOffenceOfArticles2To11() {
    var both = received(request(List.of(launderingOnly(), computerFraud())));
    var refused = refuse(both, refusal(List.of(GroundForRefusal.BC_DUAL_CRIMINALITY)));
    assertThat(codes(refused)).containsExactly("GROUND_NOT_AVAILABLE_B3");
    assertThat(refused.violations().get(0).citation()).hasToString("BC 29(4)");
    assertThat(refused.caseFile().status()).isEqualTo(PreservationStatus.RECEIVED);

    var otherOrder = received(request(List.of(computerFraud(), launderingOnly())));
    assertThat(codes(refuse(otherOrder, refusal(List.of(GroundForRefusal.BC_DUAL_CRIMINALITY)))))
        .containsExactly("GROUND_NOT_AVAILABLE_B3");

    var twoOutsideTheCatalogue =
        received(
            request(
                List.of(
                    launderingOnly(),
                    org.treatyflow.model.common.Offence.builder().domesticDescription("Extortion").build())));
    var allowed = refuse(twoOutsideTheCatalogue, refusal(List.of(GroundForRefusal.BC_DUAL_CRIMINALITY)));
    assertThat(allowed.violations()).isEmpty();
    assertThat(allowed.caseFile().status()).isEqualTo(PreservationStatus.REFUSED);
  }

  @Test
  void aGroundUnavailableForSeveralOffencesIsReportedOnce() {
    var both = received(request(List.of(launderingOnly(), computerFraud())));
    var refused =
        refuse(both, refusal(List.of(GroundForRefusal.WC_PROPORTIONALITY, GroundForRefusal.BC_ESSENTIAL_INTERESTS)));
    assertThat(codes(refused))
        .filteredOn(code -> code.startsWith("GROUND_NOT_AVAILABLE"))
        .containsExactly("GROUND_NOT_AVAILABLE_" + GroundForRefusal.WC_PROPORTIONALITY.code());
    assertThat(refuse(both, refusal(List.of(GroundForRefusal.BC_ESSENTIAL_INTERESTS))).isApplied()).isTrue();
  }

  @Test
  void withoutAnOffenceDualCriminalityIsNeverAvailableButTheOtherGroundsAre() {
    var b3 = refusal(List.of(GroundForRefusal.BC_DUAL_CRIMINALITY));
    assertThat(PreservationWorkflow.inadmissibleGrounds(List.of(), b3, true))
        .singleElement()
        .satisfies(v -> {
          assertThat(v.code()).isEqualTo("GROUND_NOT_AVAILABLE_B3");
          assertThat(v.citation()).hasToString("BC 29(4)");
          assertThat(v.field()).isEqualTo("grounds");
          assertThat(v.message().english()).contains("names no offence");
        });
    assertThat(PreservationWorkflow.inadmissibleGrounds(List.of(), b3, false))
        .extracting(Violation::code)
        .containsExactly("GROUND_NOT_AVAILABLE_B3");
    assertThat(
            PreservationWorkflow.inadmissibleGrounds(
                List.of(), refusal(List.of(GroundForRefusal.BC_POLITICAL_OFFENCE, GroundForRefusal.BC_DUAL_CRIMINALITY)), true))
        .extracting(Violation::code)
        .containsExactly("GROUND_NOT_AVAILABLE_B3");
    assertThat(
            PreservationWorkflow.inadmissibleGrounds(
                List.of(), refusal(List.of(GroundForRefusal.BC_ESSENTIAL_INTERESTS)), true))
        .isEmpty();
    assertThat(
            PreservationWorkflow.inadmissibleGrounds(
                List.of(), refusal(List.of(GroundForRefusal.WC_PROPORTIONALITY)), true))
        .extracting(Violation::code)
        .containsExactly("GROUND_NOT_AVAILABLE_" + GroundForRefusal.WC_PROPORTIONALITY.code());
    // With an offence outside the catalogue and the reservation, B3 is available.
    assertThat(PreservationWorkflow.inadmissibleGrounds(List.of(launderingOnly()), b3, true)).isEmpty();
  }

  @Test
  void theDualCriminalityGroundStatesTheTestOfBc29_4() {
    GroundForRefusal b3 = GroundForRefusal.BC_DUAL_CRIMINALITY;
    assertThat(b3.code()).isEqualTo("B3");
    assertThat(b3.citations()).extracting(Object::toString).containsExactly("BC 29(4)", "BC 25(4)", "BC 25(5)");
    assertThat(b3.title().english()).contains("reason to believe").contains("at the time of disclosure");
    assertThat(b3.title().french()).contains("lieu de croire").contains("au moment de la divulgation");
  }

  // ---- BC 27(6) does not govern preservation; BC 27(7) reasons still required ----

  @Test
  void aRefusalNeedNotRecordThatAPartialGrantWasConsideredButMustGiveReasons() {
    var accepted =
        refuse(received(request()), refusalBuilder(List.of(GroundForRefusal.BC_ESSENTIAL_INTERESTS))
            .reasons("Execution would prejudice essential interests.").build());
    assertThat(accepted.violations()).isEmpty();
    assertThat(accepted.caseFile().status()).isEqualTo(PreservationStatus.REFUSED);

    var unreasoned =
        refuse(received(request()), refusalBuilder(List.of(GroundForRefusal.BC_ESSENTIAL_INTERESTS)).build());
    assertThat(codes(unreasoned)).containsExactly("BC_27_7_REASONS_FOR_REFUSAL");
  }

  // ---- BC 29(7): the period is max(60 days, domestic period), not what the requesting Party asks ----

  @Test
  void aLongerPeriodAskedForDoesNotBindTheRequestedPartyWithoutItsDomesticLaw() {
    var asked120 = builder120();
    var c = preserved(asked120, env);
    assertThat(PreservationDeadlines.days(asked120, env)).isEqualTo(60);
    Instant end = PreservationDeadlines.expiry(c, env).orElseThrow();
    assertThat(end).isEqualTo(Instant.parse("2026-05-02T00:00:00Z"));
    clock.set(end);
    assertThat(step(c, EXPIRE, AUSTRIAN_24_7).status()).isEqualTo(PreservationStatus.EXPIRED);
  }

  private static PreservationRequest builder120() {
    return PreservationFixtures.builder(List.of(computerFraud())).preservationDaysRequested(120).build();
  }

  @Test
  void theRequestedPartysDomesticPeriodSetsALongerPeriod() {
    Environment austrian = environment(clock, austrianPolicy(Optional.of(90), false));
    var c = preserved(request(), austrian);
    assertThat(PreservationDeadlines.days(request(), austrian)).isEqualTo(90);
    Instant end = PreservationDeadlines.expiry(c, austrian).orElseThrow();
    assertThat(end).isEqualTo(Instant.parse("2026-06-01T00:00:00Z"));
    clock.set(Instant.parse("2026-05-02T00:00:00Z"));
    var early = WORKFLOW.apply(c, command("e1", EXPIRE, 3, AUSTRIAN_24_7), austrian);
    assertThat(codes(early)).containsExactly("BC_29_7_PERIOD_NOT_OVER");
    clock.set(end);
    assertThat(WORKFLOW.apply(c, command("e2", EXPIRE, 3, AUSTRIAN_24_7), austrian).caseFile().status())
        .isEqualTo(PreservationStatus.EXPIRED);
    // A domestic period shorter than the treaty's minimum does not shorten it.
    Environment shorter = environment(clock, austrianPolicy(Optional.of(30), false));
    assertThat(PreservationDeadlines.days(request(), shorter)).isEqualTo(60);
  }

  @Test
  void theMinimumIsReadFromTheTreatyPeriods() {
    TreatyPeriods d = TreatyPeriods.DEFAULTS;
    TreatyPeriods seventyFive =
        new TreatyPeriods(Period.ofDays(75), d.subscriberOrderResponse(), d.productionOrderService(),
            d.productionOrderSubscriberReturn(), d.productionOrderTrafficReturn());
    Environment longer =
        new Environment(env.registry(), clock, DomesticPolicy.DEFAULTS, seventyFive);
    var c = preserved(request(), longer);
    assertThat(PreservationDeadlines.days(request(), longer)).isEqualTo(75);
    assertThat(PreservationDeadlines.expiry(c, longer)).contains(Instant.parse("2026-05-17T00:00:00Z"));
    assertThatThrownBy(
            () -> new TreatyPeriods(Period.ofMonths(2), d.subscriberOrderResponse(), d.productionOrderService(),
                d.productionOrderSubscriberReturn(), d.productionOrderTrafficReturn()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("preservationMinimum must be given in days");
  }

  @Test
  void thePeriodNotOverMessageDoesNotClaimSixtyDaysIsTheWholePeriod() {
    var c = preserved();
    Violation v = WORKFLOW.apply(c, command("e", EXPIRE, 3, AUSTRIAN_24_7), env).violations().get(0);
    assertThat(v.code()).isEqualTo("BC_29_7_PERIOD_NOT_OVER");
    assertThat(v.message().english()).contains("has not ended").contains("longer period the requested Party's law sets");
    assertThat(v.message().french()).contains("n'est pas terminée").contains("droit de la Partie requise");
  }

  // ---- Renewal (BC 16(2), unverified for BC 29): only where the requested Party's law allows ----

  @Test
  void renewalIsRefusedUnlessTheRequestedPartysLawAllowsIt() {
    var c = preserved();
    var outcome = WORKFLOW.apply(c, command("n", RENEW, 3, AUSTRIAN_24_7), env);
    assertThat(codes(outcome)).containsExactly("BC_16_2_RENEWAL_NOT_ALLOWED");
    assertThat(outcome.violations().get(0).verification()).isEqualTo(Verification.UNVERIFIED);
    assertThat(outcome.violations().get(0).citation()).hasToString("BC 16(2)");
  }

  @Test
  void onlyTheRequestedPartyRenews() {
    Environment renewing = environment(clock, austrianPolicy(Optional.empty(), true));
    var c = preserved(request(), renewing);
    var outcome = WORKFLOW.apply(c, command("n", RENEW, 3, ALBANIAN_24_7), renewing);
    assertThat(codes(outcome)).containsExactly("ACTOR_OF_REQUESTED_PARTY");
  }

  @Test
  void aRenewalStartsThePeriodAgain() {
    Environment renewing = environment(clock, austrianPolicy(Optional.empty(), true));
    var c = preserved(request(), renewing);
    Instant firstEnd = PreservationDeadlines.expiry(c, renewing).orElseThrow();
    assertThat(firstEnd).isEqualTo(Instant.parse("2026-05-02T00:00:00Z"));
    clock.set(START.plus(Duration.ofDays(50)));
    var renewed = WORKFLOW.apply(c, command("n", RENEW, 3, AUSTRIAN_24_7), renewing);
    assertThat(renewed.violations()).isEmpty();
    var r = renewed.caseFile();
    assertThat(r.status()).isEqualTo(PreservationStatus.PRESERVED);
    assertThat(r.lastEvent().orElseThrow().citation()).hasToString("BC 16(2)");
    assertThat(r.lastEvent().orElseThrow().verification()).isEqualTo(Verification.UNVERIFIED);
    Instant newEnd = PreservationDeadlines.expiry(r, renewing).orElseThrow();
    assertThat(newEnd).isEqualTo(Instant.parse("2026-06-21T00:00:00Z"));
    clock.set(firstEnd);
    assertThat(codes(WORKFLOW.apply(r, command("e1", EXPIRE, 4, AUSTRIAN_24_7), renewing)))
        .containsExactly("BC_29_7_PERIOD_NOT_OVER");
    clock.set(newEnd);
    assertThat(WORKFLOW.apply(r, command("e2", EXPIRE, 4, AUSTRIAN_24_7), renewing).caseFile().status())
        .isEqualTo(PreservationStatus.EXPIRED);
  }

  // ---- Verification of actor guards and of the steps taken ----

  @Test
  void theActorGuardOfAWithdrawalIsUnverifiedLikeItsLine() {
    var draft = WORKFLOW.open(request());
    Violation withdrawal =
        WORKFLOW.apply(draft, command("w", WITHDRAW, 0, AUSTRIAN_24_7), env).violations().get(0);
    assertThat(withdrawal.code()).isEqualTo("ACTOR_OF_REQUESTING_PARTY");
    assertThat(withdrawal.citation()).hasToString("BC 29(1)");
    assertThat(withdrawal.verification()).isEqualTo(Verification.UNVERIFIED);
    Violation submission =
        WORKFLOW.apply(draft, command("s", SUBMIT, 0, AUSTRIAN_24_7), env).violations().get(0);
    assertThat(submission.code()).isEqualTo("ACTOR_OF_REQUESTING_PARTY");
    assertThat(submission.verification()).isEqualTo(Verification.CONFIRMED);
  }

  @Test
  void eachStepRecordsTheVerificationOfItsLineAndAClosedCaseReportsIt() {
    var c = preserved();
    assertThat(c.history()).extracting(e -> e.verification()).containsOnly(Verification.CONFIRMED);
    var released = step(c, WITHDRAW, ALBANIAN_24_7);
    assertThat(released.status()).isEqualTo(PreservationStatus.RELEASED);
    assertThat(released.lastEvent().orElseThrow().verification()).isEqualTo(Verification.UNVERIFIED);
    Violation closed = WORKFLOW.apply(released, command("x", PRESERVE, 4, AUSTRIAN_24_7), env).violations().get(0);
    assertThat(closed.code()).isEqualTo(Workflow.CASE_CLOSED);
    assertThat(closed.citation()).hasToString("BC 29(1)");
    assertThat(closed.verification()).isEqualTo(Verification.UNVERIFIED);

    clock.set(START.plus(Duration.ofDays(90)));
    var expired = step(c, EXPIRE, AUSTRIAN_24_7);
    assertThat(WORKFLOW.apply(expired, command("y", PRESERVE, 4, AUSTRIAN_24_7), env).violations().get(0).verification())
        .isEqualTo(Verification.CONFIRMED);
  }

  @Test
  void explainGivesTheVerificationOfEachLine() {
    var answers = WORKFLOW.explain(preserved(), env);
    assertThat(answers.stream().filter(a -> a.action() == RENEW).findFirst().orElseThrow().verification())
        .contains(Verification.UNVERIFIED);
    assertThat(answers.stream().filter(a -> a.action() == WITHDRAW).findFirst().orElseThrow().verification())
        .contains(Verification.UNVERIFIED);
    assertThat(answers.stream().filter(a -> a.action() == EXPIRE).findFirst().orElseThrow().verification())
        .contains(Verification.CONFIRMED);
    assertThat(answers.stream().filter(a -> a.action() == PRESERVE).findFirst().orElseThrow().verification())
        .isEmpty();
  }
}
