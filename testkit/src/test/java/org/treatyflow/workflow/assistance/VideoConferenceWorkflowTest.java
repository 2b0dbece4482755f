package org.treatyflow.workflow.assistance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.treatyflow.workflow.assistance.VideoConferenceAction.AGREE;
import static org.treatyflow.workflow.assistance.VideoConferenceAction.CLOSE;
import static org.treatyflow.workflow.assistance.VideoConferenceAction.HOLD_HEARING;
import static org.treatyflow.workflow.assistance.VideoConferenceAction.RECEIVE;
import static org.treatyflow.workflow.assistance.VideoConferenceAction.REFUSE;
import static org.treatyflow.workflow.assistance.VideoConferenceAction.TRANSMIT;
import static org.treatyflow.workflow.assistance.VideoConferenceAction.WITHDRAW;
import static org.treatyflow.workflow.assistance.VideoConferenceFixtures.AUSTRIA;
import static org.treatyflow.workflow.assistance.VideoConferenceFixtures.AUSTRIAN_MINISTRY;
import static org.treatyflow.workflow.assistance.VideoConferenceFixtures.AUSTRIAN_PROVIDER;
import static org.treatyflow.workflow.assistance.VideoConferenceFixtures.BEFORE_IN_FORCE;
import static org.treatyflow.workflow.assistance.VideoConferenceFixtures.GERMANY;
import static org.treatyflow.workflow.assistance.VideoConferenceFixtures.HEARING_DATE;
import static org.treatyflow.workflow.assistance.VideoConferenceFixtures.HUNGARY;
import static org.treatyflow.workflow.assistance.VideoConferenceFixtures.JAPAN;
import static org.treatyflow.workflow.assistance.VideoConferenceFixtures.REQUEST_ID;
import static org.treatyflow.workflow.assistance.VideoConferenceFixtures.START;
import static org.treatyflow.workflow.assistance.VideoConferenceFixtures.command;
import static org.treatyflow.workflow.assistance.VideoConferenceFixtures.environment;
import static org.treatyflow.workflow.assistance.VideoConferenceFixtures.ministry;
import static org.treatyflow.workflow.assistance.VideoConferenceFixtures.policy;
import static org.treatyflow.workflow.assistance.VideoConferenceFixtures.refusal;
import static org.treatyflow.workflow.assistance.VideoConferenceFixtures.request;
import static org.treatyflow.workflow.assistance.VideoConferenceFixtures.withRefusal;
import static org.treatyflow.workflow.assistance.VideoConferenceWorkflow.TABLE;
import static org.treatyflow.workflow.assistance.VideoConferenceWorkflow.WORKFLOW;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.treatyflow.model.assistance.VideoConferenceRequest;
import org.treatyflow.model.common.Authority;
import org.treatyflow.model.common.RequestId;
import org.treatyflow.model.common.Verification;
import org.treatyflow.model.common.Violation;
import org.treatyflow.testkit.workflow.SimulatedClock;
import org.treatyflow.workflow.ActionExplanation;
import org.treatyflow.workflow.CaseFile;
import org.treatyflow.workflow.CaseSteps;
import org.treatyflow.workflow.Environment;
import org.treatyflow.workflow.Outcome;
import org.treatyflow.workflow.Workflow;

class VideoConferenceWorkflowTest {
  private static final Authority HUNGARIAN_MINISTRY = ministry(HUNGARY);

  private final SimulatedClock clock = new SimulatedClock(START);
  private final Environment env = environment(clock);

  private final CaseSteps<VideoConferenceRequest, VideoConferenceStatus, VideoConferenceAction> steps = new CaseSteps<>(WORKFLOW, env);

  private CaseFile<VideoConferenceRequest, VideoConferenceStatus, VideoConferenceAction> received() {
    var c = steps.step(WORKFLOW.open(request(HUNGARY)), TRANSMIT, AUSTRIAN_MINISTRY);
    return steps.step(c, RECEIVE, HUNGARIAN_MINISTRY);
  }

  private CaseFile<VideoConferenceRequest, VideoConferenceStatus, VideoConferenceAction> agreed() {
    return steps.step(received(), AGREE, HUNGARIAN_MINISTRY);
  }

  /** On the hearing date, 09:00 in Budapest. */
  private CaseFile<VideoConferenceRequest, VideoConferenceStatus, VideoConferenceAction> heard() {
    var c = agreed();
    clock.set(Instant.parse("2026-11-10T08:00:00Z"));
    return steps.step(c, HOLD_HEARING, HUNGARIAN_MINISTRY);
  }

  private static List<String> codes(Outcome<?, ?, ?> outcome) {
    return outcome.violations().stream().map(Violation::code).toList();
  }

  private static Violation only(Outcome<?, ?, ?> outcome, String code, String citation) {
    assertThat(codes(outcome)).containsExactly(code);
    Violation v = outcome.violations().get(0);
    assertThat(v.citation()).hasToString(citation);
    return v;
  }

  @Test
  void theFixtureRequestIsComplete() {
    assertThat(request(HUNGARY).completenessViolations()).isEmpty();
  }

  @Test
  void aHearingIsAgreedHeldAndClosed() {
    var c = received();
    assertThat(c.status()).isEqualTo(VideoConferenceStatus.RECEIVED);
    c = steps.step(c, AGREE, HUNGARIAN_MINISTRY);
    assertThat(c.status()).isEqualTo(VideoConferenceStatus.AGREED);
    clock.set(Instant.parse("2026-11-10T08:00:00Z"));
    c = steps.step(c, HOLD_HEARING, HUNGARIAN_MINISTRY);
    assertThat(c.status()).isEqualTo(VideoConferenceStatus.HEARING_HELD);
    c = steps.step(c, CLOSE, AUSTRIAN_MINISTRY);
    assertThat(c.status()).isEqualTo(VideoConferenceStatus.CLOSED);
    assertThat(c.history())
        .extracting(e -> e.action())
        .containsExactly(TRANSMIT, RECEIVE, AGREE, HOLD_HEARING, CLOSE);
    assertThat(c.history()).allSatisfy(e -> {
      assertThat(e.citation()).hasToString("2AP 11");
      assertThat(e.verification()).isEqualTo(Verification.UNVERIFIED);
    });
  }

  // --- TRANSMIT: one allowing and one refusing example per guard ---

  @Test
  void onlyAPublicAuthorityOfTheRequestingPartyTransmits() {
    var draft = WORKFLOW.open(request(HUNGARY));
    var v = only(steps.attempt(draft, TRANSMIT, HUNGARIAN_MINISTRY), "2AP_11_ACTOR_REQUESTING_PARTY", "2AP 11");
    assertThat(v.verification()).isEqualTo(Verification.UNVERIFIED);
    only(steps.attempt(draft, TRANSMIT, AUSTRIAN_PROVIDER), "2AP_11_ACTOR_REQUESTING_PARTY", "2AP 11");
    assertThat(steps.attempt(draft, TRANSMIT, AUSTRIAN_MINISTRY).isApplied()).isTrue();
  }

  @Test
  void anIncompleteRequestIsNotTransmitted() {
    var outcome = steps.attempt(WORKFLOW.open(VideoConferenceFixtures.withoutPerson()), TRANSMIT, AUSTRIAN_MINISTRY);
    var v = only(outcome, "2AP_11_PERSON_TO_BE_HEARD", "2AP 11");
    assertThat(v.field()).isEqualTo("personToBeHeard");
    assertThat(outcome.caseFile().status()).isEqualTo(VideoConferenceStatus.DRAFT);
  }

  @Test
  void theProtocolMustBindBothParties() {
    clock.set(BEFORE_IN_FORCE);
    var v = only(steps.attempt(WORKFLOW.open(request(HUNGARY)), TRANSMIT, AUSTRIAN_MINISTRY), "2AP_11_PROTOCOL_IN_FORCE", "2AP 11");
    assertThat(v.verification()).isEqualTo(Verification.CONFIRMED);
    clock.set(START);
    only(steps.attempt(WORKFLOW.open(request(GERMANY)), TRANSMIT, AUSTRIAN_MINISTRY), "2AP_11_PROTOCOL_IN_FORCE", "2AP 11");
    // Japan's reservation concerns Article 7 only.
    assertThat(steps.attempt(WORKFLOW.open(request(JAPAN)), TRANSMIT, AUSTRIAN_MINISTRY).isApplied()).isTrue();
  }

  @Test
  void noRequestNamingTheWitnessWhileTransfersAreSuspended() {
    var suspended = environment(clock, policy(Set.of(List.of(HUNGARY, AUSTRIA))));
    var v = only(
        steps.attempt(WORKFLOW.open(request(HUNGARY)), TRANSMIT, AUSTRIAN_MINISTRY, suspended),
        "2AP_14_TRANSFERS_SUSPENDED",
        "2AP 14");
    assertThat(v.verification()).isEqualTo(Verification.UNVERIFIED);
    var otherPair = environment(clock, policy(Set.of(List.of(JAPAN, AUSTRIA))));
    assertThat(steps.attempt(WORKFLOW.open(request(HUNGARY)), TRANSMIT, AUSTRIAN_MINISTRY, otherPair).isApplied()).isTrue();
  }

  // --- the requested Party's decision ---

  @Test
  void onlyTheRequestedPartyReceivesAndAgrees() {
    var transmitted = steps.step(WORKFLOW.open(request(HUNGARY)), TRANSMIT, AUSTRIAN_MINISTRY);
    only(steps.attempt(transmitted, RECEIVE, AUSTRIAN_MINISTRY), "2AP_11_ACTOR_REQUESTED_PARTY", "2AP 11");
    only(steps.attempt(transmitted, RECEIVE, ministry(JAPAN)), "2AP_11_ACTOR_REQUESTED_PARTY", "2AP 11");
    var c = steps.step(transmitted, RECEIVE, HUNGARIAN_MINISTRY);
    only(steps.attempt(c, AGREE, AUSTRIAN_MINISTRY), "2AP_11_ACTOR_REQUESTED_PARTY", "2AP 11");
    assertThat(steps.step(c, AGREE, HUNGARIAN_MINISTRY).status()).isEqualTo(VideoConferenceStatus.AGREED);
  }

  @Test
  void aHearingOnADateAlreadyPastIsNotAgreed() {
    var c = received();
    // 10 November 2026, 00:30 in Budapest: the proposed date itself may still be agreed.
    clock.set(Instant.parse("2026-11-09T23:30:00Z"));
    assertThat(steps.attempt(c, AGREE, HUNGARIAN_MINISTRY).isApplied()).isTrue();
    // 11 November 2026, 00:30 in Budapest (still 10 November in UTC): too late.
    clock.set(Instant.parse("2026-11-10T23:30:00Z"));
    only(steps.attempt(c, AGREE, HUNGARIAN_MINISTRY), "2AP_11_PROPOSED_DATE_PASSED", "2AP 11");
  }

  @Test
  void aRefusalIsRecordedWithReasons() {
    var c = received();
    var noDocument = steps.attempt(c, REFUSE, HUNGARIAN_MINISTRY);
    assertThat(only(noDocument, VideoConferenceWorkflow.REFUSAL_RECORDED, "2AP 11").field()).isEqualTo("reply");
    var otherRequest = WORKFLOW.apply(c, withRefusal("r", REFUSE, 2, HUNGARIAN_MINISTRY,
        refusal(HUNGARY, RequestId.of("AT-OTHER-1"), Optional.of("The witness is abroad."))), env);
    only(otherRequest, VideoConferenceWorkflow.REFUSAL_RECORDED, "2AP 11");
    var noReasons = WORKFLOW.apply(c, withRefusal("r", REFUSE, 2, HUNGARIAN_MINISTRY,
        refusal(HUNGARY, REQUEST_ID, Optional.empty())), env);
    var v = only(noReasons, VideoConferenceWorkflow.REFUSAL_REASONS, "2AP 11");
    assertThat(v.verification()).isEqualTo(Verification.UNVERIFIED);
    var refused = steps.step(c, withRefusal("r", REFUSE, 2, HUNGARIAN_MINISTRY,
        refusal(HUNGARY, REQUEST_ID, Optional.of("The witness cannot be reached at the address given."))));
    assertThat(refused.status()).isEqualTo(VideoConferenceStatus.REFUSED);
    assertThat(refused.lastEvent().orElseThrow().reply()).isPresent();
  }

  @Test
  void onlyTheRequestedPartyRefuses() {
    var outcome = WORKFLOW.apply(received(), withRefusal("r", REFUSE, 2, AUSTRIAN_MINISTRY,
        refusal(HUNGARY, REQUEST_ID, Optional.of("reasons"))), env);
    only(outcome, "2AP_11_ACTOR_REQUESTED_PARTY", "2AP 11");
  }

  // --- the hearing ---

  @Test
  void theHearingIsNotRecordedBeforeTheAgreedDate() {
    var c = agreed();
    // 9 November 2026, 23:30 in Budapest.
    clock.set(Instant.parse("2026-11-09T22:30:00Z"));
    only(steps.attempt(c, HOLD_HEARING, HUNGARIAN_MINISTRY), "2AP_11_HEARING_BEFORE_AGREED_DATE", "2AP 11");
    // 10 November 2026, 00:30 in Budapest.
    clock.set(Instant.parse("2026-11-09T23:30:00Z"));
    assertThat(steps.attempt(c, HOLD_HEARING, HUNGARIAN_MINISTRY).isApplied()).isTrue();
  }

  @Test
  void theRecordOfTheHearingIsNotTransferredWhileTransfersAreSuspended() {
    var c = agreed();
    clock.set(Instant.parse("2026-11-10T08:00:00Z"));
    var suspended = environment(clock, policy(Set.of(List.of(AUSTRIA, HUNGARY))));
    only(steps.attempt(c, HOLD_HEARING, HUNGARIAN_MINISTRY, suspended), "2AP_14_TRANSFERS_SUSPENDED", "2AP 14");
    only(steps.attempt(c, HOLD_HEARING, AUSTRIAN_MINISTRY), "2AP_11_ACTOR_REQUESTED_PARTY", "2AP 11");
    assertThat(steps.attempt(c, HOLD_HEARING, HUNGARIAN_MINISTRY).isApplied()).isTrue();
  }

  @Test
  void onlyTheRequestingPartyClosesAfterTheHearing() {
    var c = heard();
    only(steps.attempt(c, CLOSE, HUNGARIAN_MINISTRY), "2AP_11_ACTOR_REQUESTING_PARTY", "2AP 11");
    assertThat(steps.step(c, CLOSE, AUSTRIAN_MINISTRY).status()).isEqualTo(VideoConferenceStatus.CLOSED);
  }

  // --- withdrawal ---

  @ParameterizedTest
  @EnumSource(value = VideoConferenceStatus.class, names = {"DRAFT", "TRANSMITTED", "RECEIVED", "AGREED"})
  void theRequestingPartyMayWithdrawUntilTheHearing(VideoConferenceStatus status) {
    var c = switch (status) {
      case DRAFT -> WORKFLOW.open(request(HUNGARY));
      case TRANSMITTED -> steps.step(WORKFLOW.open(request(HUNGARY)), TRANSMIT, AUSTRIAN_MINISTRY);
      case RECEIVED -> received();
      case AGREED -> agreed();
      default -> throw new IllegalArgumentException(status.name());
    };
    only(steps.attempt(c, WITHDRAW, HUNGARIAN_MINISTRY), "2AP_11_ACTOR_REQUESTING_PARTY", "2AP 11");
    var withdrawn = steps.step(c, WITHDRAW, AUSTRIAN_MINISTRY);
    assertThat(withdrawn.status()).isEqualTo(VideoConferenceStatus.WITHDRAWN);
    assertThat(withdrawn.lastEvent().orElseThrow().citation()).hasToString("2AP 11");
  }

  @Test
  void noWithdrawalOnceTheHearingIsHeld() {
    only(steps.attempt(heard(), WITHDRAW, AUSTRIAN_MINISTRY), Workflow.ACTION_NOT_AVAILABLE, "2AP 11");
  }

  // --- terminal statuses and explanations ---

  @ParameterizedTest
  @EnumSource(value = VideoConferenceStatus.class, names = {"REFUSED", "CLOSED", "WITHDRAWN"})
  void terminalStatusesAcceptNothing(VideoConferenceStatus status) {
    var c = switch (status) {
      case REFUSED -> steps.step(received(), withRefusal("r", REFUSE, 2, HUNGARIAN_MINISTRY,
          refusal(HUNGARY, REQUEST_ID, Optional.of("The witness cannot be reached."))));
      case CLOSED -> steps.step(heard(), CLOSE, AUSTRIAN_MINISTRY);
      case WITHDRAWN -> steps.step(WORKFLOW.open(request(HUNGARY)), WITHDRAW, AUSTRIAN_MINISTRY);
      default -> throw new IllegalArgumentException(status.name());
    };
    assertThat(TABLE.isTerminal(c.status())).isTrue();
    for (VideoConferenceAction action : VideoConferenceAction.values()) {
      for (Authority actor : List.of(AUSTRIAN_MINISTRY, HUNGARIAN_MINISTRY)) {
        assertThat(codes(steps.attempt(c, action, actor))).containsExactly(Workflow.CASE_CLOSED);
      }
    }
    assertThat(WORKFLOW.explain(c, env)).noneMatch(ActionExplanation::allowed);
  }

  @Test
  void explainAnswersForEveryAction() {
    var draft = WORKFLOW.open(request(HUNGARY));
    var answers = WORKFLOW.explain(draft, env);
    assertThat(answers).extracting(ActionExplanation::action).containsExactly(VideoConferenceAction.values());
    assertThat(answers.stream().filter(ActionExplanation::allowed).map(ActionExplanation::action))
        .containsExactlyInAnyOrder(TRANSMIT, WITHDRAW);
    assertThat(answers.stream().filter(a -> a.action() == AGREE).findFirst().orElseThrow().violations())
        .extracting(Violation::code)
        .containsExactly(Workflow.ACTION_NOT_AVAILABLE);
    // With no command, the refusal's content is not judged: refusing is offered once received.
    assertThat(WORKFLOW.explain(received(), env).stream().filter(ActionExplanation::allowed).map(ActionExplanation::action))
        .containsExactlyInAnyOrder(AGREE, REFUSE, WITHDRAW);
    var agreedAnswers = WORKFLOW.explain(agreed(), env);
    var hold = agreedAnswers.stream().filter(a -> a.action() == HOLD_HEARING).findFirst().orElseThrow();
    assertThat(hold.target()).contains(VideoConferenceStatus.HEARING_HELD);
    assertThat(hold.citation().orElseThrow()).hasToString("2AP 11");
    assertThat(hold.verification()).contains(Verification.UNVERIFIED);
    assertThat(hold.violations()).extracting(Violation::code).containsExactly("2AP_11_HEARING_BEFORE_AGREED_DATE");
  }

  @Test
  void theTableCitesArticle11OnEveryLineUnverified() {
    assertThat(TABLE.transitions()).hasSize(10);
    assertThat(TABLE.transitions()).allSatisfy(t -> {
      assertThat(t.citation()).hasToString("2AP 11");
      assertThat(t.verification()).isEqualTo(Verification.UNVERIFIED);
    });
    assertThat(TABLE.terminal()).containsExactlyInAnyOrder(
        VideoConferenceStatus.REFUSED, VideoConferenceStatus.CLOSED, VideoConferenceStatus.WITHDRAWN);
    assertThat(WORKFLOW.open(request(HUNGARY)).request().proposedDate()).contains(HEARING_DATE);
  }
}
