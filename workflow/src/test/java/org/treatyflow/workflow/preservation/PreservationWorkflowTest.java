package org.treatyflow.workflow.preservation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.treatyflow.workflow.preservation.PreservationAction.DECIDE_FOLLOW_UP;
import static org.treatyflow.workflow.preservation.PreservationAction.EXPIRE;
import static org.treatyflow.workflow.preservation.PreservationAction.PRESERVE;
import static org.treatyflow.workflow.preservation.PreservationAction.PROCEED;
import static org.treatyflow.workflow.preservation.PreservationAction.RECEIVE;
import static org.treatyflow.workflow.preservation.PreservationAction.RECEIVE_FOLLOW_UP;
import static org.treatyflow.workflow.preservation.PreservationAction.REFUSE;
import static org.treatyflow.workflow.preservation.PreservationAction.SUBMIT;
import static org.treatyflow.workflow.preservation.PreservationAction.WARN_INEFFECTIVE;
import static org.treatyflow.workflow.preservation.PreservationFixtures.ALBANIAN_24_7;
import static org.treatyflow.workflow.preservation.PreservationFixtures.AUSTRIAN_24_7;
import static org.treatyflow.workflow.preservation.PreservationFixtures.START;
import static org.treatyflow.workflow.preservation.PreservationFixtures.command;
import static org.treatyflow.workflow.preservation.PreservationFixtures.environment;
import static org.treatyflow.workflow.preservation.PreservationFixtures.refusal;
import static org.treatyflow.workflow.preservation.PreservationFixtures.request;
import static org.treatyflow.workflow.preservation.PreservationWorkflow.WORKFLOW;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.treatyflow.model.common.Authority;
import org.treatyflow.model.common.Party;
import org.treatyflow.model.common.RequestId;
import org.treatyflow.model.common.Violation;
import org.treatyflow.model.preservation.PreservationRequest;
import org.treatyflow.model.refusal.GroundForRefusal;
import org.treatyflow.workflow.ActionExplanation;
import org.treatyflow.workflow.CaseFile;
import org.treatyflow.workflow.Command;
import org.treatyflow.workflow.Environment;
import org.treatyflow.workflow.MutableClock;
import org.treatyflow.workflow.Outcome;
import org.treatyflow.workflow.Workflow;

class PreservationWorkflowTest {
  private final MutableClock clock = new MutableClock(START);
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
    Instant end = PreservationDeadlines.expiry(c, env.policy()).orElseThrow();
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
    assertThat(PreservationDeadlines.expiry(pending, env.policy())).isEmpty();
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
    assertThat(PreservationWorkflow.TABLE.transitions()).hasSize(14);
  }
}
