package org.treatyflow.workflow.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.treatyflow.workflow.disclosure.DisclosureFixtures.AUSTRIA;
import static org.treatyflow.workflow.disclosure.DisclosureFixtures.BEFORE_IN_FORCE;
import static org.treatyflow.workflow.disclosure.DisclosureFixtures.COSTA_RICA;
import static org.treatyflow.workflow.disclosure.DisclosureFixtures.EDR_ID;
import static org.treatyflow.workflow.disclosure.DisclosureFixtures.GERMANY;
import static org.treatyflow.workflow.disclosure.DisclosureFixtures.HUNGARY;
import static org.treatyflow.workflow.disclosure.DisclosureFixtures.START;
import static org.treatyflow.workflow.disclosure.DisclosureFixtures.command;
import static org.treatyflow.workflow.disclosure.DisclosureFixtures.emergencyRequest;
import static org.treatyflow.workflow.disclosure.DisclosureFixtures.environment;
import static org.treatyflow.workflow.disclosure.DisclosureFixtures.pointOfContact;
import static org.treatyflow.workflow.disclosure.DisclosureFixtures.policy;
import static org.treatyflow.workflow.disclosure.DisclosureFixtures.prosecutor;
import static org.treatyflow.workflow.disclosure.DisclosureFixtures.provider;
import static org.treatyflow.workflow.disclosure.DisclosureFixtures.subscriberItem;
import static org.treatyflow.workflow.disclosure.DisclosureFixtures.trafficItem;
import static org.treatyflow.workflow.disclosure.DisclosureFixtures.withFollowUp;
import static org.treatyflow.workflow.disclosure.DisclosureFixtures.withReply;
import static org.treatyflow.workflow.disclosure.EmergencyDisclosureWorkflow.WORKFLOW;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.treatyflow.model.common.Authority;
import org.treatyflow.model.common.Facts;
import org.treatyflow.model.common.Party;
import org.treatyflow.model.common.RequestFamily;
import org.treatyflow.model.common.RequestId;
import org.treatyflow.model.common.UseCondition;
import org.treatyflow.model.common.Verification;
import org.treatyflow.model.common.Violation;
import org.treatyflow.model.disclosure.EmergencyDisclosureRequest;
import org.treatyflow.model.reply.Reply;
import org.treatyflow.testkit.workflow.SimulatedClock;
import org.treatyflow.workflow.CaseFile;
import org.treatyflow.workflow.Command;
import org.treatyflow.workflow.Environment;
import org.treatyflow.workflow.Outcome;

class EmergencyDisclosureWorkflowTest {
  private static final RequestFamily FAMILY = RequestFamily.EMERGENCY_DISCLOSURE;

  private final SimulatedClock clock = new SimulatedClock(START);
  private final Environment env = environment(clock);

  private static List<String> codes(Outcome<?, ?, ?> outcome) {
    return outcome.violations().stream().map(Violation::code).toList();
  }

  private CaseFile<EmergencyDisclosureRequest, EmergencyDisclosureStatus, EmergencyDisclosureAction> step(
      CaseFile<EmergencyDisclosureRequest, EmergencyDisclosureStatus, EmergencyDisclosureAction> c,
      Command<EmergencyDisclosureAction> command, Environment environment) {
    var outcome = WORKFLOW.apply(c, command, environment);
    assertThat(outcome.violations()).as("violations of %s", command.action()).isEmpty();
    assertThat(outcome.isApplied()).isTrue();
    return outcome.caseFile();
  }

  private CaseFile<EmergencyDisclosureRequest, EmergencyDisclosureStatus, EmergencyDisclosureAction> step(
      CaseFile<EmergencyDisclosureRequest, EmergencyDisclosureStatus, EmergencyDisclosureAction> c,
      EmergencyDisclosureAction action, Authority actor) {
    return step(c, command("c" + c.version(), action, c.version(), actor), env);
  }

  private CaseFile<EmergencyDisclosureRequest, EmergencyDisclosureStatus, EmergencyDisclosureAction> step(
      CaseFile<EmergencyDisclosureRequest, EmergencyDisclosureStatus, EmergencyDisclosureAction> c,
      EmergencyDisclosureAction action, Authority actor, Reply reply) {
    return step(c, withReply("c" + c.version(), action, c.version(), actor, reply), env);
  }

  private Outcome<EmergencyDisclosureRequest, EmergencyDisclosureStatus, EmergencyDisclosureAction> send(
      EmergencyDisclosureRequest request, Environment environment) {
    return WORKFLOW.apply(WORKFLOW.open(request), command("send", EmergencyDisclosureAction.SEND, 0, pointOfContact(AUSTRIA)), environment);
  }

  private CaseFile<EmergencyDisclosureRequest, EmergencyDisclosureStatus, EmergencyDisclosureAction> determined(
      EmergencyDisclosureRequest request) {
    Party requested = request.header().requestedParty();
    var c = step(WORKFLOW.open(request), EmergencyDisclosureAction.SEND, pointOfContact(AUSTRIA));
    return step(c, EmergencyDisclosureAction.DETERMINE, pointOfContact(requested));
  }

  private static Reply data(Party from, Set<UseCondition> conditions) {
    return DisclosureFixtures.result(EDR_ID, FAMILY, from, conditions);
  }

  @Test
  void theFixturesAreComplete() {
    assertThat(emergencyRequest().completenessViolations()).isEmpty();
    assertThat(DisclosureFixtures.oralEmergencyRequest(HUNGARY).completenessViolations()).isEmpty();
  }

  @Test
  void anEmergencyRequestIsDeterminedAnsweredAndClosed() {
    var c = determined(emergencyRequest());
    assertThat(c.status()).isEqualTo(EmergencyDisclosureStatus.DETERMINED);
    c = step(c, EmergencyDisclosureAction.PROVIDE_DATA, pointOfContact(HUNGARY), data(HUNGARY, Set.of()));
    c = step(c, EmergencyDisclosureAction.CLOSE, pointOfContact(AUSTRIA));
    assertThat(c.status()).isEqualTo(EmergencyDisclosureStatus.CLOSED);
    assertThat(c.history()).extracting(e -> e.citation().toString()).containsExactly("2AP 9", "2AP 9(6)", "2AP 9", "2AP 9");
    assertThat(c.history()).allSatisfy(e -> assertThat(e.verification()).isEqualTo(Verification.UNVERIFIED));
  }

  @Test
  void onlyThe24_7PointOfContactOfTheRequestingPartySends() {
    var outcome = WORKFLOW.apply(WORKFLOW.open(emergencyRequest()), command("s", EmergencyDisclosureAction.SEND, 0, prosecutor(AUSTRIA)), env);
    assertThat(codes(outcome)).containsExactly("2AP_9_ACTOR_REQUESTING_24_7");
    assertThat(send(emergencyRequest(), env).isApplied()).isTrue();
  }

  @Test
  void theProtocolMustBindBothParties() {
    clock.set(BEFORE_IN_FORCE);
    var early = send(emergencyRequest(), env);
    assertThat(codes(early)).containsExactly("2AP_9_PROTOCOL_IN_FORCE");
    assertThat(early.violations().get(0).citation()).hasToString("2AP 9");
    clock.set(START);
    assertThat(codes(send(emergencyRequest(GERMANY, List.of(trafficItem())), env))).containsExactly("2AP_9_PROTOCOL_IN_FORCE");
    assertThat(send(emergencyRequest(), env).isApplied()).isTrue();
  }

  @Test
  void theRequestedPartyMustHaveImplementedArticle9() {
    assertThat(codes(send(emergencyRequest(), environment(clock, policy(Set.of(HUNGARY), 9, Set.of())))))
        .containsExactly("2AP_9_NOT_IMPLEMENTED");
    assertThat(send(emergencyRequest(), environment(clock, policy(Set.of(HUNGARY), 8, Set.of()))).isApplied()).isTrue();
  }

  @Test
  void aSuspensionOfTransfersBlocksTheRequestAndTheData() {
    Environment suspended = environment(clock, policy(Set.of(), 0, Set.of(List.of(AUSTRIA, HUNGARY))));
    var refused = send(emergencyRequest(), suspended);
    assertThat(codes(refused)).containsExactly("2AP_14_TRANSFERS_SUSPENDED");
    assertThat(refused.violations().get(0).citation()).hasToString("2AP 14");
    var c = determined(emergencyRequest());
    var blocked = WORKFLOW.apply(c, withReply("p", EmergencyDisclosureAction.PROVIDE_DATA, c.version(), pointOfContact(HUNGARY), data(HUNGARY, Set.of())), suspended);
    assertThat(codes(blocked)).containsExactly("2AP_14_TRANSFERS_SUSPENDED");
  }

  @Test
  void aPartyThatDeclaredUnder9_1_bDoesNotExecuteSubscriberOnlyRequests() {
    var subscriberOnly = send(emergencyRequest(COSTA_RICA, List.of(subscriberItem())), env);
    assertThat(codes(subscriberOnly)).containsExactly("2AP_9_1_B_SUBSCRIBER_ONLY_NOT_EXECUTED");
    assertThat(subscriberOnly.violations().get(0).citation()).hasToString("2AP 9(1)(b)");
    assertThat(subscriberOnly.violations().get(0).verification()).isEqualTo(Verification.UNVERIFIED);
    assertThat(send(emergencyRequest(COSTA_RICA, List.of(subscriberItem(), trafficItem())), env).isApplied()).isTrue();
    assertThat(send(emergencyRequest(HUNGARY, List.of(subscriberItem())), env).isApplied()).isTrue();
    Environment noDeclarations = new Environment(DisclosureFixtures.inForce2apRegistry(), clock, policy());
    assertThat(send(emergencyRequest(COSTA_RICA, List.of(subscriberItem())), noDeclarations).isApplied()).isTrue();
  }

  @Test
  void theFactsShowingTheEmergencyAreRequired() {
    var noFacts = DisclosureFixtures.emergencyBuilder(HUNGARY, List.of(trafficItem())).emergencyFacts(Facts.none()).build();
    var refused = send(noFacts, env);
    assertThat(codes(refused)).containsExactly("2AP_9_EMERGENCY_FACTS");
    assertThat(refused.violations().get(0).citation()).hasToString("2AP 9");
    assertThat(send(emergencyRequest(HUNGARY, List.of(trafficItem())), env).isApplied()).isTrue();
  }

  @Test
  void onlyTheRequestedPartysAuthoritiesDetermineAndProvide() {
    var c = step(WORKFLOW.open(emergencyRequest()), EmergencyDisclosureAction.SEND, pointOfContact(AUSTRIA));
    assertThat(codes(WORKFLOW.apply(c, command("d", EmergencyDisclosureAction.DETERMINE, 1, provider(HUNGARY)), env)))
        .containsExactly("2AP_9_ACTOR_REQUESTED_AUTHORITY");
    assertThat(codes(WORKFLOW.apply(c, command("d", EmergencyDisclosureAction.DETERMINE, 1, pointOfContact(AUSTRIA)), env)))
        .containsExactly("2AP_9_ACTOR_REQUESTED_AUTHORITY");
    var d = step(c, EmergencyDisclosureAction.DETERMINE, pointOfContact(HUNGARY));
    assertThat(codes(WORKFLOW.apply(d, command("p", EmergencyDisclosureAction.PROVIDE_DATA, 2, pointOfContact(HUNGARY)), env)))
        .containsExactly("2AP_9_RESULT_DOCUMENT");
  }

  @Test
  void anOralRequestIsConfirmedBeforeDataWhereTheRequestedPartyRequiresIt() {
    Environment requiring = environment(clock, DisclosureFixtures.confirmationPolicy(Set.of(HUNGARY)));
    var c = step(WORKFLOW.open(DisclosureFixtures.oralEmergencyRequest(HUNGARY)), command("s", EmergencyDisclosureAction.SEND, 0, pointOfContact(AUSTRIA)), requiring);
    c = step(c, command("d", EmergencyDisclosureAction.DETERMINE, 1, pointOfContact(HUNGARY)), requiring);
    var unconfirmed = WORKFLOW.apply(c, withReply("p", EmergencyDisclosureAction.PROVIDE_DATA, 2, pointOfContact(HUNGARY), data(HUNGARY, Set.of())), requiring);
    assertThat(codes(unconfirmed)).containsExactly("2AP_9_ELECTRONIC_CONFIRMATION_MISSING");
    assertThat(EmergencyDisclosureWorkflow.awaitsElectronicConfirmation(c)).isTrue();
    // Without that requirement the data may be provided on the oral request.
    assertThat(WORKFLOW.apply(c, withReply("p", EmergencyDisclosureAction.PROVIDE_DATA, 2, pointOfContact(HUNGARY), data(HUNGARY, Set.of())), env).isApplied()).isTrue();
    c = step(c, command("k", EmergencyDisclosureAction.CONFIRM_ELECTRONICALLY, 2, pointOfContact(AUSTRIA)), requiring);
    assertThat(c.status()).isEqualTo(EmergencyDisclosureStatus.DETERMINED);
    assertThat(EmergencyDisclosureWorkflow.awaitsElectronicConfirmation(c)).isFalse();
    assertThat(step(c, withReply("p", EmergencyDisclosureAction.PROVIDE_DATA, 3, pointOfContact(HUNGARY), data(HUNGARY, Set.of())), requiring).status())
        .isEqualTo(EmergencyDisclosureStatus.DATA_PROVIDED);
  }

  @Test
  void onlyAnOralRequestNotYetConfirmedIsConfirmed() {
    var c = step(WORKFLOW.open(emergencyRequest()), EmergencyDisclosureAction.SEND, pointOfContact(AUSTRIA));
    assertThat(codes(WORKFLOW.apply(c, command("k", EmergencyDisclosureAction.CONFIRM_ELECTRONICALLY, 1, pointOfContact(AUSTRIA)), env)))
        .containsExactly("2AP_9_NOTHING_TO_CONFIRM");
  }

  @Test
  void proposedConditionsOnceAcceptedBindTheData() {
    var c = determined(emergencyRequest());
    assertThat(codes(WORKFLOW.apply(c, command("x", EmergencyDisclosureAction.PROPOSE_CONDITIONS, 2, pointOfContact(HUNGARY)), env)))
        .containsExactly("2AP_9_6_CONDITIONS_DOCUMENT");
    c = step(c, EmergencyDisclosureAction.PROPOSE_CONDITIONS, pointOfContact(HUNGARY),
        DisclosureFixtures.conditionalGrant(EDR_ID, FAMILY, HUNGARY, Set.of(UseCondition.PURPOSE_LIMITED)));
    assertThat(c.lastEvent().orElseThrow().citation()).hasToString("2AP 9(6)");
    c = step(c, EmergencyDisclosureAction.ACCEPT_CONDITIONS, pointOfContact(AUSTRIA));
    assertThat(c.status()).isEqualTo(EmergencyDisclosureStatus.CONDITIONS_ACCEPTED);
    assertThat(c.lastEvent().orElseThrow().citation()).hasToString("2AP 9(7)");
    assertThat(EmergencyDisclosureWorkflow.acceptedUseConditions(c)).containsExactly(UseCondition.PURPOSE_LIMITED);
    var bare = WORKFLOW.apply(c, withReply("p", EmergencyDisclosureAction.PROVIDE_DATA, c.version(), pointOfContact(HUNGARY), data(HUNGARY, Set.of())), env);
    assertThat(codes(bare)).containsExactly("2AP_9_7_ACCEPTED_CONDITIONS_BIND");
    assertThat(bare.violations().get(0).citation()).hasToString("2AP 9(7)");
    c = step(c, EmergencyDisclosureAction.PROVIDE_DATA, pointOfContact(HUNGARY), data(HUNGARY, Set.of(UseCondition.PURPOSE_LIMITED)));
    assertThat(c.status()).isEqualTo(EmergencyDisclosureStatus.DATA_PROVIDED);
  }

  @Test
  void theRequestedPartyMayDecline() {
    var c = determined(emergencyRequest());
    var declined = step(c, EmergencyDisclosureAction.DECLINE, pointOfContact(HUNGARY));
    assertThat(declined.status()).isEqualTo(EmergencyDisclosureStatus.DECLINED);
    assertThat(declined.lastEvent().orElseThrow().citation()).hasToString("2AP 9(6)");
    var foreign = DisclosureFixtures.result(RequestId.of("OTHER-1"), FAMILY, HUNGARY, Set.of());
    assertThat(codes(WORKFLOW.apply(c, withReply("x", EmergencyDisclosureAction.DECLINE, c.version(), pointOfContact(HUNGARY), foreign), env)))
        .containsExactly("2AP_9_6_DOCUMENT_ANSWERS_REQUEST");
  }

  @Test
  void whereDeclaredUnder9_5TheRequestIsSubmittedAgainAfterExecution() {
    var c = determined(emergencyRequest(COSTA_RICA, List.of(trafficItem())));
    c = step(c, EmergencyDisclosureAction.PROVIDE_DATA, pointOfContact(COSTA_RICA), data(COSTA_RICA, Set.of()));
    var closing = WORKFLOW.apply(c, command("x", EmergencyDisclosureAction.CLOSE, c.version(), pointOfContact(AUSTRIA)), env);
    assertThat(codes(closing)).containsExactly("2AP_9_5_SUBMISSION_REQUIRED");
    assertThat(closing.violations().get(0).citation()).hasToString("2AP 9(5)");
    c = step(c, EmergencyDisclosureAction.REQUIRE_SUBMISSION, pointOfContact(COSTA_RICA));
    assertThat(c.status()).isEqualTo(EmergencyDisclosureStatus.POST_EXECUTION_SUBMISSION_REQUIRED);
    assertThat(codes(WORKFLOW.apply(c, command("s", EmergencyDisclosureAction.SUBMIT_AFTER_EXECUTION, c.version(), prosecutor(AUSTRIA)), env)))
        .containsExactly("2AP_9_5_FOLLOW_UP_NAMED");
    c = step(c, withFollowUp("s", EmergencyDisclosureAction.SUBMIT_AFTER_EXECUTION, c.version(), prosecutor(AUSTRIA), RequestId.of("AT-MLA-2026-0100")), env);
    assertThat(c.status()).isEqualTo(EmergencyDisclosureStatus.CLOSED);
    assertThat(c.lastEvent().orElseThrow().followUp()).contains(RequestId.of("AT-MLA-2026-0100"));
  }

  @Test
  void withoutA9_5DeclarationNoSubmissionAfterExecutionIsRequired() {
    var c = determined(emergencyRequest());
    c = step(c, EmergencyDisclosureAction.PROVIDE_DATA, pointOfContact(HUNGARY), data(HUNGARY, Set.of()));
    var required = WORKFLOW.apply(c, command("r", EmergencyDisclosureAction.REQUIRE_SUBMISSION, c.version(), pointOfContact(HUNGARY)), env);
    assertThat(codes(required)).containsExactly("2AP_9_5_NOT_DECLARED");
    assertThat(step(c, EmergencyDisclosureAction.CLOSE, pointOfContact(HUNGARY)).status()).isEqualTo(EmergencyDisclosureStatus.CLOSED);
  }

  @Test
  void theRequestingPartyMayWithdrawBeforeTheDataIsProvided() {
    var c = determined(emergencyRequest());
    assertThat(step(c, EmergencyDisclosureAction.WITHDRAW, pointOfContact(AUSTRIA)).status()).isEqualTo(EmergencyDisclosureStatus.WITHDRAWN);
    assertThat(codes(WORKFLOW.apply(c, command("w", EmergencyDisclosureAction.WITHDRAW, c.version(), pointOfContact(HUNGARY)), env)))
        .containsExactly("2AP_9_ACTOR_REQUESTING_PARTY");
    c = step(c, EmergencyDisclosureAction.PROVIDE_DATA, pointOfContact(HUNGARY), data(HUNGARY, Set.of()));
    assertThat(codes(WORKFLOW.apply(c, command("w", EmergencyDisclosureAction.WITHDRAW, c.version(), pointOfContact(AUSTRIA)), env)))
        .containsExactly("ACTION_NOT_AVAILABLE");
  }
}
