package org.treatyflow.workflow.assistance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.treatyflow.workflow.assistance.EmergencyMutualAssistanceFixtures.AUSTRIA;
import static org.treatyflow.workflow.assistance.EmergencyMutualAssistanceFixtures.BEFORE_IN_FORCE;
import static org.treatyflow.workflow.assistance.EmergencyMutualAssistanceFixtures.GERMANY;
import static org.treatyflow.workflow.assistance.EmergencyMutualAssistanceFixtures.HUNGARY;
import static org.treatyflow.workflow.assistance.EmergencyMutualAssistanceFixtures.START;
import static org.treatyflow.workflow.assistance.EmergencyMutualAssistanceFixtures.centralAuthority;
import static org.treatyflow.workflow.assistance.EmergencyMutualAssistanceFixtures.environment;
import static org.treatyflow.workflow.assistance.EmergencyMutualAssistanceFixtures.policy;
import static org.treatyflow.workflow.assistance.EmergencyMutualAssistanceFixtures.request;
import static org.treatyflow.workflow.assistance.EmergencyMutualAssistanceWorkflow.TABLE;
import static org.treatyflow.workflow.assistance.EmergencyMutualAssistanceWorkflow.WORKFLOW;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.treatyflow.model.assistance.EmergencyMutualAssistanceRequest;
import org.treatyflow.model.common.Urgency;
import org.treatyflow.model.common.Verification;
import org.treatyflow.model.common.Violation;
import org.treatyflow.model.refusal.GroundForRefusal;
import org.treatyflow.model.reply.Reply;
import org.treatyflow.testkit.workflow.SimulatedClock;
import org.treatyflow.workflow.CaseFile;
import org.treatyflow.workflow.Command;
import org.treatyflow.workflow.Environment;
import org.treatyflow.workflow.Outcome;

class EmergencyMutualAssistanceWorkflowTest {
  private final SimulatedClock clock = new SimulatedClock(START);
  private final Environment env = environment(clock);

  private static List<String> codes(Outcome<?, ?, ?> outcome) {
    return outcome.violations().stream().map(Violation::code).toList();
  }

  private Outcome<EmergencyMutualAssistanceRequest, AssistanceStatus, AssistanceAction> attempt(
      CaseFile<EmergencyMutualAssistanceRequest, AssistanceStatus, AssistanceAction> c,
      AssistanceAction action, Optional<Reply> reply, Environment environment) {
    boolean requesting = action == AssistanceAction.SUBMIT || action == AssistanceAction.SUPPLY_AMENDMENT
        || action == AssistanceAction.ACCEPT_CONDITIONS || action == AssistanceAction.WITHDRAW;
    Command.Builder<AssistanceAction> b = Command.<AssistanceAction>builder()
        .id("c" + c.version()).action(action).expectedVersion(c.version())
        .actor(centralAuthority(requesting ? AUSTRIA : HUNGARY));
    reply.ifPresent(b::reply);
    return WORKFLOW.apply(c, b.build(), environment);
  }

  private CaseFile<EmergencyMutualAssistanceRequest, AssistanceStatus, AssistanceAction> step(
      CaseFile<EmergencyMutualAssistanceRequest, AssistanceStatus, AssistanceAction> c, AssistanceAction action, Optional<Reply> reply) {
    var outcome = attempt(c, action, reply, env);
    assertThat(outcome.violations()).as("violations of %s", action).isEmpty();
    return outcome.caseFile();
  }

  private CaseFile<EmergencyMutualAssistanceRequest, AssistanceStatus, AssistanceAction> step(
      CaseFile<EmergencyMutualAssistanceRequest, AssistanceStatus, AssistanceAction> c, AssistanceAction action) {
    return step(c, action, Optional.empty());
  }

  private Outcome<EmergencyMutualAssistanceRequest, AssistanceStatus, AssistanceAction> submit(
      EmergencyMutualAssistanceRequest request, Environment environment) {
    return attempt(WORKFLOW.open(request), AssistanceAction.SUBMIT, Optional.empty(), environment);
  }

  private CaseFile<EmergencyMutualAssistanceRequest, AssistanceStatus, AssistanceAction> underReview() {
    var c = step(WORKFLOW.open(request()), AssistanceAction.SUBMIT);
    c = step(c, AssistanceAction.RECEIVE);
    return step(c, AssistanceAction.ACKNOWLEDGE);
  }

  @Test
  void theFixtureIsComplete() {
    assertThat(request().completenessViolations()).isEmpty();
  }

  @Test
  void anEmergencyRequestIsAcceptedExecutedAndClosed() {
    var c = step(underReview(), AssistanceAction.ACCEPT);
    c = step(c, AssistanceAction.START_EXECUTION);
    c = step(c, AssistanceAction.TRANSMIT_RESULT, Optional.of(EmergencyMutualAssistanceFixtures.result()));
    c = step(c, AssistanceAction.CLOSE);
    assertThat(c.status()).isEqualTo(AssistanceStatus.CLOSED);
    assertThat(c.history()).extracting(e -> e.citation().toString()).containsOnly("2AP 10");
    assertThat(c.history()).allSatisfy(e -> assertThat(e.verification()).isEqualTo(Verification.UNVERIFIED));
  }

  @Test
  void theProtocolMustBindBothParties() {
    clock.set(BEFORE_IN_FORCE);
    var early = submit(request(), env);
    assertThat(codes(early)).containsExactly("2AP_10_PROTOCOL_IN_FORCE");
    assertThat(early.violations().get(0).citation()).hasToString("2AP 10");
    clock.set(START);
    assertThat(codes(submit(request(GERMANY), env))).containsExactly("2AP_10_PROTOCOL_IN_FORCE");
    assertThat(submit(request(), env).isApplied()).isTrue();
  }

  @Test
  void article10IsSelfExecuting_noImplementationIsChecked() {
    Environment nothingImplemented = environment(clock, policy(Optional.of(10), false, false));
    assertThat(submit(request(), nothingImplemented).isApplied()).isTrue();
    assertThat(TABLE.transitions().stream().flatMap(t -> t.guards().stream()).map(g -> g.code()))
        .noneMatch(code -> code.endsWith("_NOT_IMPLEMENTED"));
  }

  @Test
  void aSuspensionOfTransfersBlocksTheRequest() {
    var suspended = submit(request(), environment(clock, policy(Optional.empty(), true, false)));
    assertThat(codes(suspended)).containsExactly("2AP_14_TRANSFERS_SUSPENDED");
    assertThat(suspended.violations().get(0).citation()).hasToString("2AP 14");
  }

  @Test
  void theRequestMustDescribeTheFactsShowingTheEmergency() {
    var noFacts = submit(EmergencyMutualAssistanceFixtures.builder(HUNGARY, Urgency.EMERGENCY).build(), env);
    assertThat(codes(noFacts)).containsExactly("2AP_10_EMERGENCY_FACTS");
    assertThat(noFacts.violations().get(0).citation()).hasToString("2AP 10");
    var routine = EmergencyMutualAssistanceFixtures.builder(HUNGARY, Urgency.ROUTINE)
        .emergencyFacts("The hostage is to be killed within 48 hours.").build();
    assertThat(codes(submit(routine, env))).containsExactly("2AP_10_EMERGENCY_URGENCY");
    assertThat(submit(request(), env).isApplied()).isTrue();
  }

  @Test
  void supplementalInformationIsAskedForAndSupplied_withoutATimeLimit() {
    var c = step(underReview(), AssistanceAction.REQUEST_AMENDMENT,
        Optional.of(EmergencyMutualAssistanceFixtures.supplementalInformation(Optional.empty())));
    assertThat(c.status()).isEqualTo(AssistanceStatus.AWAITING_AMENDMENT);
    assertThat(c.lastEvent().orElseThrow().citation()).hasToString("2AP 10(3)");
    assertThat(AssistanceDeadlines.amendmentDue(c, env)).as("no number of days is invented").isEmpty();
    clock.advance(Duration.ofDays(365));
    var closing = attempt(c, AssistanceAction.CLOSE_INCOMPLETE, Optional.empty(), env);
    assertThat(codes(closing)).containsExactly("2AP_10_3_TIME_LIMIT_NOT_PASSED");
    c = step(c, AssistanceAction.SUPPLY_AMENDMENT);
    assertThat(c.status()).isEqualTo(AssistanceStatus.UNDER_REVIEW);
    assertThat(c.lastEvent().orElseThrow().citation()).hasToString("2AP 10(3)");
  }

  @Test
  void aTimeLimitForSupplementalInformationMayBeSetAndOnceItPassedTheCaseClosesIncomplete() {
    var c = step(underReview(), AssistanceAction.REQUEST_AMENDMENT,
        Optional.of(EmergencyMutualAssistanceFixtures.supplementalInformation(Optional.of(LocalDate.of(2026, 10, 6)))));
    assertThat(AssistanceDeadlines.amendmentDue(c, env)).isPresent();
    assertThat(codes(attempt(c, AssistanceAction.CLOSE_INCOMPLETE, Optional.empty(), env))).containsExactly("2AP_10_3_TIME_LIMIT_NOT_PASSED");
    clock.advance(Duration.ofDays(3));
    c = step(c, AssistanceAction.CLOSE_INCOMPLETE);
    assertThat(c.status()).isEqualTo(AssistanceStatus.CLOSED_INCOMPLETE);
  }

  @Test
  void withoutATreatyTheBc27_4GroundsApplyByReference() {
    var c = underReview();
    var refused = step(c, AssistanceAction.REFUSE,
        Optional.of(EmergencyMutualAssistanceFixtures.refusal(GroundForRefusal.BC_POLITICAL_OFFENCE, true)));
    assertThat(refused.status()).isEqualTo(AssistanceStatus.REFUSED);
    var noPartialGrant = attempt(c, AssistanceAction.REFUSE,
        Optional.of(EmergencyMutualAssistanceFixtures.refusal(GroundForRefusal.BC_POLITICAL_OFFENCE, false)), env);
    assertThat(codes(noPartialGrant)).containsExactly("BC_27_6_VIA_2AP_10_PARTIAL_GRANT_CONSIDERED");
  }

  @Test
  void whereATreatyGovernsItsGroundsApplyAndNotBc27_4() {
    Environment treaty = environment(clock, policy(Optional.empty(), false, true));
    var c = underReview();
    var b1 = attempt(c, AssistanceAction.REFUSE,
        Optional.of(EmergencyMutualAssistanceFixtures.refusal(GroundForRefusal.BC_POLITICAL_OFFENCE, false)), treaty);
    assertThat(codes(b1)).containsExactly("BC_27_1_TREATY_GOVERNS_B1");
    assertThat(b1.violations().get(0).citation()).hasToString("BC 27(1)");
    var b5 = attempt(c, AssistanceAction.REFUSE,
        Optional.of(EmergencyMutualAssistanceFixtures.refusal(GroundForRefusal.BC_TREATY_OR_DOMESTIC_GROUND, false)), treaty);
    assertThat(b5.isApplied()).isTrue();
  }

  @Test
  void noResponseDeadlineIsSet() {
    var c = step(underReview(), AssistanceAction.ACCEPT);
    clock.advance(Duration.ofDays(400));
    assertThat(AssistanceDeadlines.amendmentOverdue(c, env)).isFalse();
    assertThat(step(c, AssistanceAction.START_EXECUTION).status()).isEqualTo(AssistanceStatus.EXECUTING);
  }
}
