package org.treatyflow.workflow.confiscation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.treatyflow.model.common.Instrument.WARSAW;
import static org.treatyflow.workflow.assistance.AssistanceAction.CLOSE;
import static org.treatyflow.workflow.assistance.AssistanceAction.CONFISCATE;
import static org.treatyflow.workflow.assistance.AssistanceAction.REFUSE;
import static org.treatyflow.workflow.assistance.AssistanceAction.REQUEST_AMENDMENT;
import static org.treatyflow.workflow.assistance.AssistanceAction.START_EXECUTION;
import static org.treatyflow.workflow.assistance.AssistanceAction.SUBMIT;
import static org.treatyflow.workflow.assistance.AssistanceAction.WITHDRAW;
import static org.treatyflow.workflow.confiscation.ConfiscationWorkflow.WORKFLOW;
import static org.treatyflow.workflow.confiscation.WarsawFixtures.DUTCH_MINISTRY;
import static org.treatyflow.workflow.confiscation.WarsawFixtures.NETHERLANDS;
import static org.treatyflow.workflow.confiscation.WarsawFixtures.POLAND;
import static org.treatyflow.workflow.confiscation.WarsawFixtures.POLISH_MINISTRY;
import static org.treatyflow.workflow.confiscation.WarsawFixtures.START;
import static org.treatyflow.workflow.confiscation.WarsawFixtures.accepted;
import static org.treatyflow.workflow.confiscation.WarsawFixtures.attempt;
import static org.treatyflow.workflow.confiscation.WarsawFixtures.codes;
import static org.treatyflow.workflow.confiscation.WarsawFixtures.confiscation;
import static org.treatyflow.workflow.confiscation.WarsawFixtures.notice;
import static org.treatyflow.workflow.confiscation.WarsawFixtures.only;
import static org.treatyflow.workflow.confiscation.WarsawFixtures.realised;
import static org.treatyflow.workflow.confiscation.WarsawFixtures.refusal;
import static org.treatyflow.workflow.confiscation.WarsawFixtures.step;
import static org.treatyflow.workflow.confiscation.WarsawFixtures.underReview;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.treatyflow.model.asset.Amount;
import org.treatyflow.model.asset.AssetCode;
import org.treatyflow.model.common.Party;
import org.treatyflow.model.common.Verification;
import org.treatyflow.model.common.Violation;
import org.treatyflow.model.confiscation.ConfiscationMode;
import org.treatyflow.model.confiscation.ConfiscationRequest;
import org.treatyflow.model.refusal.GroundForRefusal;
import org.treatyflow.model.refusal.InadmissibleReason;
import org.treatyflow.model.reply.NoticeKind;
import org.treatyflow.testkit.workflow.SimulatedClock;
import org.treatyflow.workflow.ActionExplanation;
import org.treatyflow.workflow.CaseFile;
import org.treatyflow.workflow.Environment;
import org.treatyflow.workflow.Workflow;
import org.treatyflow.workflow.assistance.AssistanceAction;
import org.treatyflow.workflow.assistance.AssistanceStatus;
import org.treatyflow.workflow.confiscation.WarsawFixtures.Variant;

class ConfiscationWorkflowTest {
  private final SimulatedClock clock = new SimulatedClock(START);
  private final Environment env = WarsawFixtures.environment(clock);

  private CaseFile<ConfiscationRequest, AssistanceStatus, AssistanceAction> executing(ConfiscationRequest request) {
    return step(WORKFLOW, accepted(WORKFLOW, request, env), START_EXECUTION, POLISH_MINISTRY, Optional.empty(), env);
  }

  // --- fixtures and happy path ---

  @Test
  void theFixturesAreCompleteAndTheConventionBindsBothParties() {
    assertThat(WarsawFixtures.warsawInForce()).isTrue();
    assertThat(confiscation().completenessViolations()).isEmpty();
    assertThat(confiscation(ConfiscationMode.DOMESTIC_ORDER, NETHERLANDS, POLAND).completenessViolations())
        .isEmpty();
  }

  @Test
  void aForeignOrderIsEnforcedTheAmountRealisedAndTheCaseClosed() {
    var c = WarsawFixtures.confiscated(env);
    assertThat(c.status()).isEqualTo(AssistanceStatus.CONFISCATED);
    assertThat(c.history())
        .extracting(e -> e.citation().toString())
        .containsExactly("WC 37(1)", "WC 23(1)", "WC 41(1)(a)", "WC 23(1)", "WC 24(1)", "WC 23(1)");
    assertThat(c.lastEvent().orElseThrow().verification()).isEqualTo(Verification.CONFIRMED);
    var closed = step(WORKFLOW, c, CLOSE, POLISH_MINISTRY,
        Optional.of(notice(confiscation(), POLISH_MINISTRY, NoticeKind.FINAL_RESULT)), env);
    assertThat(closed.status()).isEqualTo(AssistanceStatus.CLOSED);
    assertThat(closed.lastEvent().orElseThrow().citation()).isEqualTo(WARSAW.cite(41, 1, "b"));
    assertThat(closed.lastEvent().orElseThrow().verification()).isEqualTo(Verification.UNVERIFIED);
  }

  @Test
  void theTableHasNoDisposalLinesTheyBelongToTheDisposalFamily() {
    assertThat(ConfiscationWorkflow.TABLE.actions())
        .doesNotContain(AssistanceAction.DISPOSE, AssistanceAction.RETURN_PROPERTY, AssistanceAction.SHARE_PROPERTY);
    assertThat(ConfiscationWorkflow.TABLE.from(AssistanceStatus.CONFISCATED))
        .extracting(t -> t.action())
        .containsExactlyInAnyOrder(CLOSE, WITHDRAW);
  }

  // --- SUBMIT: in force, WC 37(3), WC 41(3) ---

  @Test
  void theConventionMustBeInForceBetweenTheParties() {
    var request = confiscation(ConfiscationMode.ENFORCE_FOREIGN_ORDER, NETHERLANDS, Party.of("US"));
    var outcome = attempt(WORKFLOW, WORKFLOW.open(request), SUBMIT, DUTCH_MINISTRY, Optional.empty(), env);
    assertThat(only(outcome, "WC_37_1_TREATY_IN_FORCE").citation()).isEqualTo(WARSAW.cite(37, 1));
  }

  @Test
  void enforcingAForeignOrderNeedsTheWc37_3DocumentsAndADomesticOrderTheFacts() {
    var noCopy = confiscation(Variant.NO_CERTIFIED_COPY);
    var outcome = attempt(WORKFLOW, WORKFLOW.open(noCopy), SUBMIT, DUTCH_MINISTRY, Optional.empty(), env);
    assertThat(only(outcome, "WC_37_3_CERTIFIED_COPY_OF_ORDER").citation()).isEqualTo(WARSAW.cite(37, 3));
    var noFacts = confiscation(ConfiscationMode.DOMESTIC_ORDER, NETHERLANDS, POLAND, Variant.NO_FACTS_FOR_DOMESTIC_ORDER);
    var outcome2 = attempt(WORKFLOW, WORKFLOW.open(noFacts), SUBMIT, DUTCH_MINISTRY, Optional.empty(), env);
    assertThat(only(outcome2, "WC_37_3_FACTS_FOR_DOMESTIC_ORDER").citation()).isEqualTo(WARSAW.cite(37, 3));
    var unattested = confiscation(Variant.NO_ATTESTATION);
    assertThat(codes(attempt(WORKFLOW, WORKFLOW.open(unattested), SUBMIT, DUTCH_MINISTRY, Optional.empty(), env)))
        .containsExactly("WC_37_3_ENFORCEABILITY_ATTESTATION");
    assertThat(attempt(WORKFLOW, WORKFLOW.open(confiscation()), SUBMIT, DUTCH_MINISTRY, Optional.empty(), env).isApplied())
        .isTrue();
  }

  @Test
  void thirdPartiesWhoCouldClaimRightsNeedTheirDocuments() {
    var withoutDocuments = confiscation(Variant.THIRD_PARTIES_WITHOUT_DOCUMENTS);
    var outcome = attempt(WORKFLOW, WORKFLOW.open(withoutDocuments), SUBMIT, DUTCH_MINISTRY, Optional.empty(), env);
    assertThat(only(outcome, "WC_37_3_THIRD_PARTY_DOCUMENTS").citation()).isEqualTo(WARSAW.cite(37, 3));
    var withDocuments = confiscation(Variant.THIRD_PARTIES_WITH_DOCUMENTS);
    assertThat(attempt(WORKFLOW, WORKFLOW.open(withDocuments), SUBMIT, DUTCH_MINISTRY, Optional.empty(), env).isApplied())
        .isTrue();
  }

  @Test
  void anOrderAlsoSentToOtherPartiesComesWithTheNoticeOfIt() {
    var several = confiscation(Variant.ALSO_SENT_TO_GERMANY);
    var without = attempt(WORKFLOW, WORKFLOW.open(several), SUBMIT, DUTCH_MINISTRY, Optional.empty(), env);
    Violation v = only(without, "WC_41_3_SEVERAL_PARTIES_NOTICE");
    assertThat(v.citation()).isEqualTo(WARSAW.cite(41, 3));
    assertThat(v.verification()).isEqualTo(Verification.UNVERIFIED);
    var wrongKind = attempt(WORKFLOW, WORKFLOW.open(several), SUBMIT, DUTCH_MINISTRY,
        Optional.of(notice(several, DUTCH_MINISTRY, NoticeKind.ACTION_NO_LONGER_JUSTIFIED)), env);
    assertThat(codes(wrongKind)).containsExactly("WC_41_3_SEVERAL_PARTIES_NOTICE");
    var with = attempt(WORKFLOW, WORKFLOW.open(several), SUBMIT, DUTCH_MINISTRY,
        Optional.of(notice(several, DUTCH_MINISTRY, NoticeKind.CONFISCATION_REQUESTED_IN_SEVERAL_PARTIES)), env);
    assertThat(with.violations()).isEmpty();
    assertThat(with.caseFile().status()).isEqualTo(AssistanceStatus.TRANSMITTED);
  }

  // --- WC 38(3) ---

  @Test
  void whileAmendmentsAreAwaitedInterimMeasuresMayBeAnnounced() {
    var c = underReview(WORKFLOW, confiscation(), Optional.empty(), env);
    var awaiting = step(WORKFLOW, c, REQUEST_AMENDMENT, POLISH_MINISTRY,
        Optional.of(WarsawFixtures.amendment(confiscation(), true)), env);
    assertThat(awaiting.status()).isEqualTo(AssistanceStatus.AWAITING_AMENDMENT);
    assertThat(awaiting.lastEvent().orElseThrow().citation()).isEqualTo(WARSAW.cite(38, 1));
  }

  // --- refusal grounds: Section 4 ---

  @ParameterizedTest
  @EnumSource(
      value = GroundForRefusal.class,
      names = {
        "WC_CONFISCATION_NOT_PROVIDED", "WC_CONFISCATION_LIMITS", "WC_LAPSE_OF_TIME",
        "WC_NO_CONVICTION_LINK", "WC_ORDER_NOT_ENFORCEABLE", "WC_IN_ABSENTIA",
        "WC_DUAL_CRIMINALITY", "WC_THIRD_PARTY_DECISION_NOT_RECOGNISED", "WC_FUNDAMENTAL_PRINCIPLES"
      })
  void theConfiscationGroundsMayBeRaised(GroundForRefusal ground) {
    var c = underReview(WORKFLOW, confiscation(), Optional.empty(), env);
    var refused = step(WORKFLOW, c, REFUSE, POLISH_MINISTRY,
        Optional.of(refusal(confiscation(), List.of(ground), Set.of())), env);
    assertThat(refused.status()).isEqualTo(AssistanceStatus.REFUSED);
    assertThat(refused.lastEvent().orElseThrow().citation()).isEqualTo(WARSAW.cite(28));
  }

  @Test
  void bankSecrecyIsNoGround() {
    var c = underReview(WORKFLOW, confiscation(), Optional.empty(), env);
    var outcome = attempt(WORKFLOW, c, REFUSE, POLISH_MINISTRY,
        Optional.of(refusal(confiscation(), List.of(GroundForRefusal.WC_LAPSE_OF_TIME), Set.of(InadmissibleReason.BANK_SECRECY))), env);
    assertThat(only(outcome, "INADMISSIBLE_BANK_SECRECY").citation()).isEqualTo(WARSAW.cite(28, 7));
  }

  @Test
  void theSection2And3OnlyGroundsAreNotAvailable() {
    var c = underReview(WORKFLOW, confiscation(), Optional.empty(), env);
    var outcome = attempt(WORKFLOW, c, REFUSE, POLISH_MINISTRY,
        Optional.of(refusal(confiscation(), List.of(GroundForRefusal.WC_NOT_AVAILABLE_DOMESTICALLY), Set.of())), env);
    assertThat(codes(outcome)).contains("GROUND_NOT_AVAILABLE_W8");
    assertThat(outcome.violations()).filteredOn(v -> v.code().equals("GROUND_NOT_AVAILABLE_W8"))
        .extracting(Violation::citation).containsExactly(WARSAW.cite(28, 2));
  }

  // --- WC 23(1)(b): the domestic order not granted ---

  @Test
  void aDomesticOrderNotGrantedEndsExecutionAsARefusal() {
    var request = confiscation(ConfiscationMode.DOMESTIC_ORDER, NETHERLANDS, POLAND);
    var c = executing(request);
    var refused = step(WORKFLOW, c, REFUSE, POLISH_MINISTRY,
        Optional.of(refusal(request, List.of(GroundForRefusal.WC_CONFISCATION_NOT_PROVIDED), Set.of())), env);
    assertThat(refused.status()).isEqualTo(AssistanceStatus.REFUSED);
    assertThat(refused.lastEvent().orElseThrow().citation()).isEqualTo(WARSAW.cite(23, 1, "b"));
    // without a refusal, or on bank secrecy, it is not recorded
    assertThat(codes(attempt(WORKFLOW, c, REFUSE, POLISH_MINISTRY, Optional.empty(), env)))
        .containsExactly("WC_23_1_B_DOCUMENT");
    assertThat(codes(attempt(WORKFLOW, c, REFUSE, POLISH_MINISTRY,
        Optional.of(refusal(request, List.of(GroundForRefusal.WC_CONFISCATION_NOT_PROVIDED), Set.of(InadmissibleReason.BANK_SECRECY))), env)))
        .containsExactly("INADMISSIBLE_BANK_SECRECY");
  }

  @Test
  void aForeignOrderCannotEndAsADomesticOrderNotGranted() {
    var c = executing(confiscation());
    var outcome = attempt(WORKFLOW, c, REFUSE, POLISH_MINISTRY,
        Optional.of(refusal(confiscation(), List.of(GroundForRefusal.WC_CONFISCATION_NOT_PROVIDED), Set.of())), env);
    assertThat(only(outcome, "WC_23_1_B_DOMESTIC_ORDER_SOUGHT").citation()).isEqualTo(WARSAW.cite(23, 1, "b"));
  }

  // --- CONFISCATE: WC 26(2) ---

  @Test
  void theAmountRealisedMustNotExceedTheOrder() {
    var c = executing(confiscation());
    var over = attempt(WORKFLOW, c, CONFISCATE, POLISH_MINISTRY,
        Optional.of(realised(confiscation(), Amount.of("100000.00", AssetCode.EUR), Amount.of("20000.01", AssetCode.EUR))), env);
    Violation v = only(over, "WC_26_2_ORDER_AMOUNT_EXCEEDED");
    assertThat(v.citation()).isEqualTo(WARSAW.cite(26, 2));
    var exactly = attempt(WORKFLOW, c, CONFISCATE, POLISH_MINISTRY,
        Optional.of(realised(confiscation(), Amount.of("100000.00", AssetCode.EUR), Amount.of("20000.00", AssetCode.EUR))), env);
    assertThat(exactly.violations()).isEmpty();
    assertThat(exactly.caseFile().status()).isEqualTo(AssistanceStatus.CONFISCATED);
  }

  @Test
  void aValueConfiscationRecordsTheAmountRealisedButAPropertyConfiscationNeedNot() {
    var c = executing(confiscation());
    var outcome = attempt(WORKFLOW, c, CONFISCATE, POLISH_MINISTRY, Optional.empty(), env);
    assertThat(only(outcome, "WC_26_2_REALISED_AMOUNT_RECORDED").citation()).isEqualTo(WARSAW.cite(26, 2));
    var property = confiscation(Variant.PROPERTY);
    var p = executing(property);
    assertThat(attempt(WORKFLOW, p, CONFISCATE, POLISH_MINISTRY, Optional.empty(), env).violations()).isEmpty();
  }

  // --- withdrawal: WC 41(2) ---

  @Test
  void theRequestingPartysNoticeThatTheOrderIsUnenforceableEndsTheCase() {
    var c = executing(confiscation());
    var notice = notice(confiscation(), DUTCH_MINISTRY, NoticeKind.CONFISCATION_ORDER_UNENFORCEABLE);
    var byPoland = attempt(WORKFLOW, c, WITHDRAW, POLISH_MINISTRY, Optional.of(notice), env);
    assertThat(only(byPoland, "ACTOR_OF_REQUESTING_PARTY").citation()).isEqualTo(WARSAW.cite(41, 2));
    var withdrawn = step(WORKFLOW, c, WITHDRAW, DUTCH_MINISTRY, Optional.of(notice), env);
    assertThat(withdrawn.status()).isEqualTo(AssistanceStatus.WITHDRAWN);
    assertThat(withdrawn.lastEvent().orElseThrow().citation()).isEqualTo(WARSAW.cite(41, 2));
  }

  // --- terminal statuses and explain ---

  @Test
  void terminalStatusesAcceptNothingAndExplainAnswersForEveryAction() {
    var closed = step(WORKFLOW, WarsawFixtures.confiscated(env), CLOSE, POLISH_MINISTRY, Optional.empty(), env);
    for (AssistanceAction action : ConfiscationWorkflow.TABLE.actions()) {
      assertThat(codes(attempt(WORKFLOW, closed, action, POLISH_MINISTRY, Optional.empty(), env)))
          .as("%s", action)
          .containsExactly(Workflow.CASE_CLOSED);
    }
    assertThat(ConfiscationWorkflow.TABLE.terminal())
        .contains(AssistanceStatus.CLOSED, AssistanceStatus.REFUSED, AssistanceStatus.WITHDRAWN);
    var explained = WORKFLOW.explain(executing(confiscation()), env);
    assertThat(explained).extracting(ActionExplanation::action)
        .containsExactlyElementsOf(ConfiscationWorkflow.TABLE.actions());
    assertThat(explained).filteredOn(ActionExplanation::allowed).extracting(ActionExplanation::action)
        .containsExactlyInAnyOrder(CONFISCATE, AssistanceAction.REPORT_DELAY, WITHDRAW);
  }
}
