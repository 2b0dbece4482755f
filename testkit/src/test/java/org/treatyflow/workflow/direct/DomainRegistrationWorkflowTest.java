package org.treatyflow.workflow.direct;

import static org.assertj.core.api.Assertions.assertThat;
import static org.treatyflow.workflow.direct.DirectFixtures.AUSTRIA;
import static org.treatyflow.workflow.direct.DirectFixtures.AUSTRIAN_POLICE;
import static org.treatyflow.workflow.direct.DirectFixtures.AUSTRIAN_PROVIDER;
import static org.treatyflow.workflow.direct.DirectFixtures.BEFORE_IN_FORCE;
import static org.treatyflow.workflow.direct.DirectFixtures.GERMANY;
import static org.treatyflow.workflow.direct.DirectFixtures.HUNGARY;
import static org.treatyflow.workflow.direct.DirectFixtures.JAPAN;
import static org.treatyflow.workflow.direct.DirectFixtures.START;
import static org.treatyflow.workflow.direct.DirectFixtures.command;
import static org.treatyflow.workflow.direct.DirectFixtures.designatedAuthority;
import static org.treatyflow.workflow.direct.DirectFixtures.domainRequest;
import static org.treatyflow.workflow.direct.DirectFixtures.environment;
import static org.treatyflow.workflow.direct.DirectFixtures.followUp;
import static org.treatyflow.workflow.direct.DirectFixtures.policy;
import static org.treatyflow.workflow.direct.DirectFixtures.registrar;
import static org.treatyflow.workflow.direct.DomainRegistrationAction.DECLINE;
import static org.treatyflow.workflow.direct.DomainRegistrationAction.DISCLOSE;
import static org.treatyflow.workflow.direct.DomainRegistrationAction.RECORD_NO_RESPONSE;
import static org.treatyflow.workflow.direct.DomainRegistrationAction.SEND;
import static org.treatyflow.workflow.direct.DomainRegistrationAction.USE_OTHER_CHANNELS;
import static org.treatyflow.workflow.direct.DomainRegistrationAction.WITHDRAW;
import static org.treatyflow.workflow.direct.DomainRegistrationWorkflow.TABLE;
import static org.treatyflow.workflow.direct.DomainRegistrationWorkflow.WORKFLOW;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.treatyflow.model.common.Authority;
import org.treatyflow.model.common.RequestHeader;
import org.treatyflow.model.common.RequestId;
import org.treatyflow.model.common.Verification;
import org.treatyflow.model.common.Violation;
import org.treatyflow.model.disclosure.DomainRegistrationRequest;
import org.treatyflow.testkit.workflow.SimulatedClock;
import org.treatyflow.workflow.ActionExplanation;
import org.treatyflow.workflow.CaseFile;
import org.treatyflow.workflow.Command;
import org.treatyflow.workflow.Environment;
import org.treatyflow.workflow.Outcome;
import org.treatyflow.workflow.Workflow;

class DomainRegistrationWorkflowTest {
  private final SimulatedClock clock = new SimulatedClock(START);
  private final Environment env = environment(clock);

  private CaseFile<DomainRegistrationRequest, DomainRegistrationStatus, DomainRegistrationAction> step(
      CaseFile<DomainRegistrationRequest, DomainRegistrationStatus, DomainRegistrationAction> c,
      Command<DomainRegistrationAction> command) {
    var outcome = WORKFLOW.apply(c, command, env);
    assertThat(outcome.violations()).as("violations of %s", command.action()).isEmpty();
    assertThat(outcome.isApplied()).isTrue();
    return outcome.caseFile();
  }

  private CaseFile<DomainRegistrationRequest, DomainRegistrationStatus, DomainRegistrationAction> step(
      CaseFile<DomainRegistrationRequest, DomainRegistrationStatus, DomainRegistrationAction> c,
      DomainRegistrationAction action,
      Authority actor) {
    return step(c, command("c" + c.version(), action, c.version(), actor));
  }

  private Outcome<DomainRegistrationRequest, DomainRegistrationStatus, DomainRegistrationAction> attempt(
      CaseFile<DomainRegistrationRequest, DomainRegistrationStatus, DomainRegistrationAction> c,
      DomainRegistrationAction action,
      Authority actor) {
    return WORKFLOW.apply(c, command("try-" + c.version(), action, c.version(), actor), env);
  }

  private Outcome<DomainRegistrationRequest, DomainRegistrationStatus, DomainRegistrationAction> send(
      DomainRegistrationRequest request, Environment environment) {
    return WORKFLOW.apply(WORKFLOW.open(request), command("send", SEND, 0, AUSTRIAN_POLICE), environment);
  }

  private CaseFile<DomainRegistrationRequest, DomainRegistrationStatus, DomainRegistrationAction> sent() {
    return step(WORKFLOW.open(domainRequest(HUNGARY)), SEND, AUSTRIAN_POLICE);
  }

  private static List<String> codes(Outcome<?, ?, ?> outcome) {
    return outcome.violations().stream().map(Violation::code).toList();
  }

  @Test
  void theFixtureRequestIsComplete() {
    assertThat(domainRequest(HUNGARY).completenessViolations()).isEmpty();
  }

  @Test
  void aCompleteRequestIsSentAndTheRegistrarDiscloses() {
    var c = sent();
    assertThat(c.status()).isEqualTo(DomainRegistrationStatus.SENT);
    var disclosed = step(c, DISCLOSE, registrar(HUNGARY));
    assertThat(disclosed.status()).isEqualTo(DomainRegistrationStatus.DISCLOSED);
    assertThat(disclosed.history()).extracting(e -> e.citation().toString()).containsExactly("2AP 6", "2AP 6");
  }

  // --- SEND: one allowing and one refusing example per guard ---

  @Test
  void onlyAPublicAuthorityOfTheRequestingPartySends() {
    assertThat(send(domainRequest(HUNGARY), env).isApplied()).isTrue();
    var byRegistrar = WORKFLOW.apply(WORKFLOW.open(domainRequest(HUNGARY)), command("s", SEND, 0, registrar(HUNGARY)), env);
    assertThat(codes(byRegistrar)).containsExactly("2AP_6_ACTOR_REQUESTING_PARTY");
    var byProvider = WORKFLOW.apply(WORKFLOW.open(domainRequest(HUNGARY)), command("s", SEND, 0, AUSTRIAN_PROVIDER), env);
    assertThat(codes(byProvider)).containsExactly("2AP_6_ACTOR_REQUESTING_PARTY");
  }

  @Test
  void anIncompleteRequestIsNotSent() {
    RequestHeader header = domainRequest(HUNGARY).header();
    DomainRegistrationRequest incomplete =
        DomainRegistrationRequest.builder().header(header).domain(domainRequest(HUNGARY).domain()).build();
    var outcome = send(incomplete, env);
    assertThat(codes(outcome))
        .contains("2AP_6_STATEMENT_UNDER_PROTOCOL", "2AP_6_INFORMATION_SOUGHT", "2AP_6_OFFENCE", "2AP_6_REASON_NEEDED")
        .doesNotContain("2AP_6_PROTOCOL_IN_FORCE");
    assertThat(outcome.caseFile().status()).isEqualTo(DomainRegistrationStatus.DRAFT);
  }

  @Test
  void theProtocolMustBindBothParties() {
    clock.set(BEFORE_IN_FORCE);
    assertThat(codes(send(domainRequest(HUNGARY), env))).containsExactly("2AP_6_PROTOCOL_IN_FORCE");
    clock.set(START);
    assertThat(codes(send(domainRequest(GERMANY), env))).containsExactly("2AP_6_PROTOCOL_IN_FORCE");
    // Japan's reservation concerns Article 7 only.
    assertThat(send(domainRequest(JAPAN), env).isApplied()).isTrue();
  }

  @Test
  void theRequestedPartyMustHaveImplementedArticle6() {
    var outcome = send(domainRequest(HUNGARY), environment(clock, policy(Set.of(HUNGARY), 6, Set.of())));
    assertThat(codes(outcome)).containsExactly("2AP_6_NOT_IMPLEMENTED");
    assertThat(outcome.violations().get(0).verification()).isEqualTo(Verification.UNVERIFIED);
    assertThat(send(domainRequest(HUNGARY), environment(clock, policy(Set.of(HUNGARY), 7, Set.of()))).isApplied())
        .isTrue();
  }

  @Test
  void noRequestWhileTransfersAreSuspended() {
    var suspended = environment(clock, policy(Set.of(), 0, Set.of(List.of(HUNGARY, AUSTRIA))));
    var outcome = send(domainRequest(HUNGARY), suspended);
    assertThat(codes(outcome)).containsExactly("2AP_14_TRANSFERS_SUSPENDED");
    assertThat(outcome.violations().get(0).citation()).hasToString("2AP 14");
    assertThat(send(domainRequest(HUNGARY), environment(clock, policy(Set.of(), 0, Set.of(List.of(JAPAN, AUSTRIA)))))
        .isApplied()).isTrue();
    var disclosure = WORKFLOW.apply(sent(), command("d", DISCLOSE, 1, registrar(HUNGARY)), suspended);
    assertThat(codes(disclosure)).containsExactly("2AP_14_TRANSFERS_SUSPENDED");
  }

  // --- the registrar's answer ---

  @Test
  void onlyTheRegistrarDisclosesOrDeclines() {
    var c = sent();
    assertThat(codes(attempt(c, DISCLOSE, AUSTRIAN_POLICE))).containsExactly("2AP_6_ACTOR_REGISTRAR");
    assertThat(codes(attempt(c, DECLINE, designatedAuthority(HUNGARY)))).containsExactly("2AP_6_ACTOR_REGISTRAR");
    assertThat(codes(attempt(c, DECLINE, registrar(AUSTRIA)))).containsExactly("2AP_6_ACTOR_REGISTRAR");
    assertThat(step(c, DECLINE, registrar(HUNGARY)).status()).isEqualTo(DomainRegistrationStatus.DECLINED);
  }

  @Test
  void theRequestingAuthorityRecordsThatNoAnswerCame() {
    var c = sent();
    assertThat(codes(attempt(c, RECORD_NO_RESPONSE, registrar(HUNGARY)))).containsExactly("2AP_6_ACTOR_REQUESTING_PARTY");
    assertThat(step(c, RECORD_NO_RESPONSE, AUSTRIAN_POLICE).status()).isEqualTo(DomainRegistrationStatus.NO_RESPONSE);
  }

  @ParameterizedTest
  @EnumSource(value = DomainRegistrationAction.class, names = {"DECLINE", "RECORD_NO_RESPONSE"})
  void withoutDisclosureTheRequestingPartyTurnsToAnotherChannelNamingIt(DomainRegistrationAction answer) {
    var c = step(sent(), answer, answer == DECLINE ? registrar(HUNGARY) : AUSTRIAN_POLICE);
    assertThat(codes(attempt(c, USE_OTHER_CHANNELS, AUSTRIAN_POLICE))).containsExactly("2AP_6_FOLLOW_UP_NAMED");
    var referred = step(c, followUp("r", USE_OTHER_CHANNELS, 2, AUSTRIAN_POLICE, "AT-FPO-2026-0009"));
    assertThat(referred.status()).isEqualTo(DomainRegistrationStatus.REFERRED);
    assertThat(referred.lastEvent().orElseThrow().followUp()).contains(RequestId.of("AT-FPO-2026-0009"));
  }

  @Test
  void aDisclosedRequestIsNotReferred() {
    var disclosed = step(sent(), DISCLOSE, registrar(HUNGARY));
    var outcome = WORKFLOW.apply(disclosed, followUp("r", USE_OTHER_CHANNELS, 2, AUSTRIAN_POLICE, "X-1"), env);
    assertThat(codes(outcome)).containsExactly(Workflow.CASE_CLOSED);
    assertThat(WORKFLOW.explain(disclosed, env)).noneMatch(ActionExplanation::allowed);
  }

  @ParameterizedTest
  @EnumSource(value = DomainRegistrationStatus.class, names = {"DRAFT", "SENT", "DECLINED", "NO_RESPONSE"})
  void theRequestingPartyMayWithdrawFromEveryOpenStatus(DomainRegistrationStatus status) {
    var c = switch (status) {
      case DRAFT -> WORKFLOW.open(domainRequest(HUNGARY));
      case SENT -> sent();
      case DECLINED -> step(sent(), DECLINE, registrar(HUNGARY));
      case NO_RESPONSE -> step(sent(), RECORD_NO_RESPONSE, AUSTRIAN_POLICE);
      default -> throw new IllegalArgumentException(status.name());
    };
    assertThat(codes(attempt(c, WITHDRAW, registrar(HUNGARY)))).containsExactly("2AP_6_ACTOR_REQUESTING_PARTY");
    assertThat(step(c, WITHDRAW, AUSTRIAN_POLICE).status()).isEqualTo(DomainRegistrationStatus.WITHDRAWN);
  }

  @Test
  void explainSaysWhatMayHappenOnceSent() {
    var answers = WORKFLOW.explain(sent(), env);
    assertThat(answers.stream().filter(ActionExplanation::allowed).map(ActionExplanation::action))
        .containsExactlyInAnyOrder(DISCLOSE, DECLINE, RECORD_NO_RESPONSE, WITHDRAW);
  }

  @Test
  void theTableCitesArticle6OnEveryLine() {
    assertThat(TABLE.transitions()).hasSize(10);
    assertThat(TABLE.transitions()).allSatisfy(t -> assertThat(t.citation()).hasToString("2AP 6"));
    assertThat(TABLE.transitions().stream().filter(t -> t.verification() == Verification.UNVERIFIED)).hasSize(9);
    assertThat(TABLE.terminal()).containsExactlyInAnyOrder(
        DomainRegistrationStatus.DISCLOSED, DomainRegistrationStatus.REFERRED, DomainRegistrationStatus.WITHDRAWN);
  }
}
