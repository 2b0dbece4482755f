package org.treatyflow.workflow.assistance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.treatyflow.workflow.assistance.JointInvestigationTeamAction.AGREE;
import static org.treatyflow.workflow.assistance.JointInvestigationTeamAction.CONCLUDE;
import static org.treatyflow.workflow.assistance.JointInvestigationTeamAction.DECLINE;
import static org.treatyflow.workflow.assistance.JointInvestigationTeamAction.EXPIRE;
import static org.treatyflow.workflow.assistance.JointInvestigationTeamAction.EXTEND;
import static org.treatyflow.workflow.assistance.JointInvestigationTeamAction.SIGN;
import static org.treatyflow.workflow.assistance.JointInvestigationTeamAction.START;
import static org.treatyflow.workflow.assistance.JointInvestigationTeamFixtures.AFTER_END;
import static org.treatyflow.workflow.assistance.JointInvestigationTeamFixtures.REFERENCE;
import static org.treatyflow.workflow.assistance.JointInvestigationTeamFixtures.SIGNING_DAY;
import static org.treatyflow.workflow.assistance.JointInvestigationTeamFixtures.START_DAY;
import static org.treatyflow.workflow.assistance.JointInvestigationTeamFixtures.agreement;
import static org.treatyflow.workflow.assistance.JointInvestigationTeamFixtures.prosecutor;
import static org.treatyflow.workflow.assistance.JointInvestigationTeamWorkflow.TABLE;
import static org.treatyflow.workflow.assistance.JointInvestigationTeamWorkflow.WORKFLOW;
import static org.treatyflow.workflow.assistance.VideoConferenceFixtures.AUSTRIA;
import static org.treatyflow.workflow.assistance.VideoConferenceFixtures.BEFORE_IN_FORCE;
import static org.treatyflow.workflow.assistance.VideoConferenceFixtures.COSTA_RICA;
import static org.treatyflow.workflow.assistance.VideoConferenceFixtures.GERMANY;
import static org.treatyflow.workflow.assistance.VideoConferenceFixtures.HUNGARY;
import static org.treatyflow.workflow.assistance.VideoConferenceFixtures.JAPAN;
import static org.treatyflow.workflow.assistance.VideoConferenceFixtures.environment;
import static org.treatyflow.workflow.assistance.VideoConferenceFixtures.policy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.treatyflow.model.assistance.JointInvestigationTeamAgreement;
import org.treatyflow.model.common.Authority;
import org.treatyflow.model.common.AuthorityRole;
import org.treatyflow.model.common.Party;
import org.treatyflow.model.common.RequestId;
import org.treatyflow.model.common.Verification;
import org.treatyflow.model.common.Violation;
import org.treatyflow.testkit.workflow.SimulatedClock;
import org.treatyflow.workflow.ActionExplanation;
import org.treatyflow.workflow.CaseFile;
import org.treatyflow.workflow.CaseSteps;
import org.treatyflow.workflow.Command;
import org.treatyflow.workflow.Environment;
import org.treatyflow.workflow.Outcome;
import org.treatyflow.workflow.Workflow;

class JointInvestigationTeamWorkflowTest {
  private static final Authority AT = prosecutor(AUSTRIA);
  private static final Authority HU = prosecutor(HUNGARY);

  private final SimulatedClock clock = new SimulatedClock(SIGNING_DAY);
  private final Environment env = environment(clock);

  private final CaseSteps<JointInvestigationTeamAgreement, JointInvestigationTeamStatus, JointInvestigationTeamAction> steps = new CaseSteps<>(WORKFLOW, env);

  private static Command<JointInvestigationTeamAction> extension(long version, Authority actor, String followUp) {
    return Command.<JointInvestigationTeamAction>builder()
        .id("extend-" + version)
        .action(EXTEND)
        .expectedVersion(version)
        .actor(actor)
        .followUp(RequestId.of(followUp))
        .build();
  }

  /** Signed by every Party's prosecutor, in the order given. */
  private CaseFile<JointInvestigationTeamAgreement, JointInvestigationTeamStatus, JointInvestigationTeamAction> signed(
      JointInvestigationTeamAgreement agreement) {
    var c = WORKFLOW.open(agreement);
    for (Party party : agreement.parties()) {
      c = steps.step(c, SIGN, prosecutor(party));
    }
    return c;
  }

  private CaseFile<JointInvestigationTeamAgreement, JointInvestigationTeamStatus, JointInvestigationTeamAction> agreed() {
    return steps.step(signed(agreement(AUSTRIA, HUNGARY)), AGREE, AT);
  }

  private CaseFile<JointInvestigationTeamAgreement, JointInvestigationTeamStatus, JointInvestigationTeamAction> operating() {
    var c = agreed();
    clock.set(START_DAY);
    return steps.step(c, START, HU);
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
  void theFixtureAgreementIsComplete() {
    assertThat(agreement(AUSTRIA, HUNGARY).completenessViolations()).isEmpty();
    assertThat(WORKFLOW.open(agreement(AUSTRIA, HUNGARY)).status()).isEqualTo(JointInvestigationTeamStatus.PROPOSED);
  }

  @Test
  void everyPartySignsTheTeamWorksAndEndsByDecision() {
    var c = signed(agreement(AUSTRIA, HUNGARY, COSTA_RICA));
    assertThat(c.status()).isEqualTo(JointInvestigationTeamStatus.PROPOSED);
    c = steps.step(c, AGREE, prosecutor(COSTA_RICA));
    assertThat(c.status()).isEqualTo(JointInvestigationTeamStatus.AGREED);
    clock.set(Instant.parse("2026-10-12T12:00:00Z"));
    c = steps.step(c, START, AT);
    assertThat(c.status()).isEqualTo(JointInvestigationTeamStatus.OPERATING);
    c = steps.step(c, CONCLUDE, HU);
    assertThat(c.status()).isEqualTo(JointInvestigationTeamStatus.CONCLUDED);
    assertThat(c.history()).extracting(e -> e.action()).containsExactly(SIGN, SIGN, SIGN, AGREE, START, CONCLUDE);
    assertThat(c.history()).allSatisfy(e -> {
      assertThat(e.citation()).hasToString("2AP 12");
      assertThat(e.verification()).isEqualTo(Verification.UNVERIFIED);
    });
  }

  // --- signing and concluding the agreement ---

  @Test
  void onlyACompetentAuthorityNamedInTheAgreementActs() {
    var c = WORKFLOW.open(agreement(AUSTRIA, HUNGARY));
    Authority hungarianPolice = Authority.of(HUNGARY, AuthorityRole.POLICE, "National Bureau of Investigation");
    var v = only(steps.attempt(c, SIGN, hungarianPolice), "2AP_12_ACTOR_COMPETENT_AUTHORITY", "2AP 12");
    assertThat(v.verification()).isEqualTo(Verification.UNVERIFIED);
    only(steps.attempt(c, SIGN, prosecutor(JAPAN)), "2AP_12_ACTOR_COMPETENT_AUTHORITY", "2AP 12");
    only(steps.attempt(c, DECLINE, prosecutor(GERMANY)), "2AP_12_ACTOR_COMPETENT_AUTHORITY", "2AP 12");
    assertThat(steps.attempt(c, SIGN, HU).isApplied()).isTrue();
  }

  @Test
  void eachPartySignsOnce() {
    var c = steps.step(WORKFLOW.open(agreement(AUSTRIA, HUNGARY)), SIGN, AT);
    only(steps.attempt(c, SIGN, AT), "2AP_12_ALREADY_SIGNED", "2AP 12");
    assertThat(steps.attempt(c, SIGN, HU).isApplied()).isTrue();
  }

  @Test
  void theAgreementIsConcludedOnlyOnceEveryPartySigned() {
    var c = steps.step(WORKFLOW.open(agreement(AUSTRIA, HUNGARY)), SIGN, AT);
    only(steps.attempt(c, AGREE, AT), "2AP_12_NOT_SIGNED_BY_EVERY_PARTY", "2AP 12");
    c = steps.step(c, SIGN, HU);
    assertThat(steps.attempt(c, AGREE, AT).isApplied()).isTrue();
  }

  @Test
  void anAgreementWithoutTermsOnTheUseOfInformationIsNotConcluded() {
    var c = signed(JointInvestigationTeamFixtures.withoutUseTerms(AUSTRIA, HUNGARY));
    var v = only(steps.attempt(c, AGREE, AT), "2AP_12_USE_OF_INFORMATION", "2AP 12");
    assertThat(v.field()).isEqualTo("informationUseTerms");
    assertThat(steps.attempt(signed(agreement(AUSTRIA, HUNGARY)), AGREE, AT).isApplied()).isTrue();
  }

  @Test
  void theProtocolMustBindEveryPairOfParties() {
    var withGermany = signed(agreement(AUSTRIA, HUNGARY, GERMANY));
    var v = only(steps.attempt(withGermany, AGREE, AT), "2AP_12_PROTOCOL_IN_FORCE", "2AP 12");
    assertThat(v.verification()).isEqualTo(Verification.CONFIRMED);
    var early = signed(agreement(AUSTRIA, HUNGARY));
    clock.set(BEFORE_IN_FORCE);
    only(steps.attempt(early, AGREE, AT), "2AP_12_PROTOCOL_IN_FORCE", "2AP 12");
    clock.set(SIGNING_DAY);
    assertThat(steps.attempt(signed(agreement(AUSTRIA, HUNGARY, COSTA_RICA, JAPAN)), AGREE, AT).isApplied()).isTrue();
  }

  @Test
  void aPartyMayDeclineBeforeTheAgreementIsConcluded() {
    var c = steps.step(WORKFLOW.open(agreement(AUSTRIA, HUNGARY)), SIGN, AT);
    var declined = steps.step(c, DECLINE, HU);
    assertThat(declined.status()).isEqualTo(JointInvestigationTeamStatus.DECLINED);
    only(steps.attempt(agreed(), DECLINE, HU), Workflow.ACTION_NOT_AVAILABLE, "2AP 12");
  }

  // --- the team at work ---

  @Test
  void theTeamStartsOnItsStartDateOnceItHasBegunForEveryParty() {
    var c = steps.step(signed(agreement(AUSTRIA, COSTA_RICA)), AGREE, AT);
    // 12 October 2026, 07:00 in Vienna but still 11 October, 23:00 in Costa Rica.
    clock.set(Instant.parse("2026-10-12T05:00:00Z"));
    only(steps.attempt(c, START, AT), "2AP_12_BEFORE_START_DATE", "2AP 12");
    // 00:00 on 12 October in Costa Rica.
    clock.set(Instant.parse("2026-10-12T06:00:00Z"));
    assertThat(steps.attempt(c, START, AT).isApplied()).isTrue();
  }

  @Test
  void theTeamDoesNotStartWhileTransfersAreSuspended() {
    var c = agreed();
    clock.set(START_DAY);
    var suspended = environment(clock, policy(Set.of(List.of(HUNGARY, AUSTRIA))));
    var v = only(steps.attempt(c, START, AT, suspended), "2AP_14_TRANSFERS_SUSPENDED", "2AP 14");
    assertThat(v.verification()).isEqualTo(Verification.UNVERIFIED);
    var otherPair = environment(clock, policy(Set.of(List.of(JAPAN, AUSTRIA))));
    assertThat(steps.attempt(c, START, AT, otherPair).isApplied()).isTrue();
  }

  @Test
  void anAgreedTeamMayBeEndedBeforeItStarts() {
    assertThat(steps.step(agreed(), CONCLUDE, HU).status()).isEqualTo(JointInvestigationTeamStatus.CONCLUDED);
  }

  @Test
  void theTermEndsOnlyOnceTheEndDateHasPassed() {
    var c = operating();
    only(steps.attempt(c, EXPIRE, AT), "2AP_12_END_DATE_NOT_PASSED", "2AP 12");
    // 13 April 2027, 00:30 in Vienna: the end date (12 April) is over there and in Budapest.
    clock.set(Instant.parse("2027-04-12T22:30:00Z"));
    var ended = steps.step(c, EXPIRE, AT);
    assertThat(ended.status()).isEqualTo(JointInvestigationTeamStatus.CONCLUDED);
    assertThat(ended.lastEvent().orElseThrow().action()).isEqualTo(EXPIRE);
  }

  @Test
  void theTeamIsContinuedUnderAnotherAgreementNamedWithTheStep() {
    var c = operating();
    only(steps.attempt(c, EXTEND, AT), "2AP_12_EXTENSION_NAMED", "2AP 12");
    only(WORKFLOW.apply(c, extension(c.version(), AT, REFERENCE.value()), env), "2AP_12_EXTENSION_NAMED", "2AP 12");
    var extended = steps.step(c, extension(c.version(), AT, "JIT-AT-HU-2026-01-EXT"));
    assertThat(extended.status()).isEqualTo(JointInvestigationTeamStatus.EXTENDED);
    assertThat(extended.lastEvent().orElseThrow().followUp()).contains(RequestId.of("JIT-AT-HU-2026-01-EXT"));
  }

  @Test
  void aTeamWhoseEndDateHasPassedDoesNotStart() {
    var c = agreed();
    clock.set(AFTER_END);
    only(steps.attempt(c, START, AT), "2AP_12_END_DATE_PASSED", "2AP 12");
  }

  @Test
  void aTeamWhoseEndDateHasPassedIsNotContinued() {
    var c = operating();
    clock.set(AFTER_END);
    only(WORKFLOW.apply(c, extension(c.version(), AT, "JIT-NEW"), env), "2AP_12_END_DATE_PASSED", "2AP 12");
    assertThat(steps.step(c, EXPIRE, HU).status()).isEqualTo(JointInvestigationTeamStatus.CONCLUDED);
  }

  @Test
  void noContinuationWhileTransfersAreSuspended() {
    var c = operating();
    var suspended = environment(clock, policy(Set.of(List.of(AUSTRIA, HUNGARY))));
    only(WORKFLOW.apply(c, extension(c.version(), AT, "JIT-NEW"), suspended), "2AP_14_TRANSFERS_SUSPENDED", "2AP 14");
  }

  // --- terminal statuses and explanations ---

  @ParameterizedTest
  @EnumSource(value = JointInvestigationTeamStatus.class, names = {"CONCLUDED", "DECLINED", "EXTENDED"})
  void terminalStatusesAcceptNothing(JointInvestigationTeamStatus status) {
    var c = switch (status) {
      case CONCLUDED -> steps.step(operating(), CONCLUDE, AT);
      case DECLINED -> steps.step(WORKFLOW.open(agreement(AUSTRIA, HUNGARY)), DECLINE, HU);
      case EXTENDED -> {
        var op = operating();
        yield steps.step(op, extension(op.version(), HU, "JIT-NEW"));
      }
      default -> throw new IllegalArgumentException(status.name());
    };
    assertThat(TABLE.isTerminal(c.status())).isTrue();
    for (JointInvestigationTeamAction action : JointInvestigationTeamAction.values()) {
      assertThat(codes(steps.attempt(c, action, AT))).containsExactly(Workflow.CASE_CLOSED);
    }
    assertThat(WORKFLOW.explain(c, env)).noneMatch(ActionExplanation::allowed);
  }

  @Test
  void explainAnswersForEveryAction() {
    var proposed = WORKFLOW.open(agreement(AUSTRIA, HUNGARY));
    var answers = WORKFLOW.explain(proposed, env);
    assertThat(answers).extracting(ActionExplanation::action).containsExactly(JointInvestigationTeamAction.values());
    assertThat(answers.stream().filter(ActionExplanation::allowed).map(ActionExplanation::action))
        .containsExactlyInAnyOrder(SIGN, DECLINE);
    var agree = answers.stream().filter(a -> a.action() == AGREE).findFirst().orElseThrow();
    assertThat(agree.target()).contains(JointInvestigationTeamStatus.AGREED);
    assertThat(agree.violations()).extracting(Violation::code).containsExactly("2AP_12_NOT_SIGNED_BY_EVERY_PARTY");
    assertThat(WORKFLOW.explain(agreed(), env).stream().filter(ActionExplanation::allowed).map(ActionExplanation::action))
        .as("before the start date the team may only be ended")
        .containsExactly(CONCLUDE);
    assertThat(WORKFLOW.explain(operating(), env).stream().filter(ActionExplanation::allowed).map(ActionExplanation::action))
        .containsExactlyInAnyOrder(CONCLUDE, EXTEND);
  }

  @Test
  void theTableCitesArticle12OnEveryLineUnverified() {
    assertThat(TABLE.transitions()).hasSize(8);
    assertThat(TABLE.transitions()).allSatisfy(t -> {
      assertThat(t.citation()).hasToString("2AP 12");
      assertThat(t.verification()).isEqualTo(Verification.UNVERIFIED);
    });
    assertThat(TABLE.terminal()).containsExactlyInAnyOrder(
        JointInvestigationTeamStatus.CONCLUDED, JointInvestigationTeamStatus.DECLINED, JointInvestigationTeamStatus.EXTENDED);
  }
}
