package org.treatyflow.workflow.confiscation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.treatyflow.model.common.Instrument.WARSAW;
import static org.treatyflow.workflow.assistance.AssistanceAction.DISPOSE;
import static org.treatyflow.workflow.assistance.AssistanceAction.REFUSE;
import static org.treatyflow.workflow.assistance.AssistanceAction.RETURN_PROPERTY;
import static org.treatyflow.workflow.assistance.AssistanceAction.SHARE_PROPERTY;
import static org.treatyflow.workflow.assistance.AssistanceAction.START_EXECUTION;
import static org.treatyflow.workflow.assistance.AssistanceAction.WITHDRAW;
import static org.treatyflow.workflow.confiscation.DisposalWorkflow.WORKFLOW;
import static org.treatyflow.workflow.confiscation.WarsawFixtures.CONFISCATION_ID;
import static org.treatyflow.workflow.confiscation.WarsawFixtures.DUTCH_MINISTRY;
import static org.treatyflow.workflow.confiscation.WarsawFixtures.NETHERLANDS;
import static org.treatyflow.workflow.confiscation.WarsawFixtures.POLAND;
import static org.treatyflow.workflow.confiscation.WarsawFixtures.POLISH_MINISTRY;
import static org.treatyflow.workflow.confiscation.WarsawFixtures.START;
import static org.treatyflow.workflow.confiscation.WarsawFixtures.accepted;
import static org.treatyflow.workflow.confiscation.WarsawFixtures.attempt;
import static org.treatyflow.workflow.confiscation.WarsawFixtures.codes;
import static org.treatyflow.workflow.confiscation.WarsawFixtures.confiscated;
import static org.treatyflow.workflow.confiscation.WarsawFixtures.confiscation;
import static org.treatyflow.workflow.confiscation.WarsawFixtures.disposal;
import static org.treatyflow.workflow.confiscation.WarsawFixtures.notice;
import static org.treatyflow.workflow.confiscation.WarsawFixtures.only;
import static org.treatyflow.workflow.confiscation.WarsawFixtures.refusal;
import static org.treatyflow.workflow.confiscation.WarsawFixtures.step;
import static org.treatyflow.workflow.confiscation.WarsawFixtures.underReview;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.treatyflow.model.common.Request;
import org.treatyflow.model.common.Verification;
import org.treatyflow.model.common.Violation;
import org.treatyflow.model.confiscation.ConfiscationMode;
import org.treatyflow.model.confiscation.DisposalRequest;
import org.treatyflow.model.confiscation.Disposition;
import org.treatyflow.model.refusal.GroundForRefusal;
import org.treatyflow.model.refusal.InadmissibleReason;
import org.treatyflow.model.reply.NoticeKind;
import org.treatyflow.testkit.workflow.SimulatedClock;
import org.treatyflow.workflow.ActionExplanation;
import org.treatyflow.workflow.CaseFile;
import org.treatyflow.workflow.Environment;
import org.treatyflow.workflow.LinkedCases;
import org.treatyflow.workflow.Workflow;
import org.treatyflow.workflow.assistance.AssistanceAction;
import org.treatyflow.workflow.assistance.AssistanceStatus;

class DisposalWorkflowTest {
  private final SimulatedClock clock = new SimulatedClock(START);
  private final Environment bare = WarsawFixtures.environment(clock);

  private Environment with(CaseFile<? extends Request, ?, ?> confiscationCase) {
    return bare.withCases(LinkedCases.of(List.of(confiscationCase)));
  }

  private CaseFile<DisposalRequest, AssistanceStatus, AssistanceAction> acceptedDisposal(Disposition d) {
    return accepted(WORKFLOW, disposal(d, CONFISCATION_ID), bare);
  }

  private Optional<org.treatyflow.model.reply.InformationNotice> returnDeclined(Disposition d) {
    return Optional.of(notice(disposal(d, CONFISCATION_ID), POLISH_MINISTRY, NoticeKind.DECISION_TO_REFUSE_POSTPONE_OR_CONDITION));
  }

  @Test
  void theFixturesAreComplete() {
    for (Disposition d : Disposition.values()) {
      assertThat(disposal(d, CONFISCATION_ID).completenessViolations()).as("%s", d).isEmpty();
    }
  }

  @Test
  void confiscatedPropertyIsReturnedForTheVictims() {
    Environment env = with(confiscated(bare));
    var c = acceptedDisposal(Disposition.RETURN_FOR_VICTIM_COMPENSATION);
    assertThat(c.history()).extracting(e -> e.citation().toString())
        .containsExactly("WC 37(1)", "WC 25(1)", "WC 41(1)(a)", "WC 25(1)");
    var returned = step(WORKFLOW, c, RETURN_PROPERTY, POLISH_MINISTRY, Optional.empty(), env);
    assertThat(returned.status()).isEqualTo(AssistanceStatus.RETURNED);
    assertThat(returned.lastEvent().orElseThrow().citation()).isEqualTo(WARSAW.cite(25, 2));
    assertThat(returned.lastEvent().orElseThrow().verification()).isEqualTo(Verification.CONFIRMED);
  }

  // --- disposal only after confiscation (linked case) ---

  @ParameterizedTest
  @EnumSource(value = AssistanceAction.class, names = {"DISPOSE", "RETURN_PROPERTY", "SHARE_PROPERTY"})
  void nothingIsDisposedOfBeforeTheLinkedCaseIsConfiscated(AssistanceAction action) {
    var c = acceptedDisposal(action == RETURN_PROPERTY ? Disposition.RETURN_FOR_VICTIM_COMPENSATION : Disposition.SHARING);
    // the confiscation case is not known
    Violation unknown = only(attempt(WORKFLOW, c, action, POLISH_MINISTRY, Optional.empty(), bare),
        "WC_25_1_CONFISCATED_FIRST");
    assertThat(unknown.citation()).isEqualTo(WARSAW.cite(25, 1));
    // it is only being executed
    var executing = step(ConfiscationWorkflow.WORKFLOW, accepted(ConfiscationWorkflow.WORKFLOW, confiscation(), bare),
        START_EXECUTION, POLISH_MINISTRY, Optional.empty(), bare);
    assertThat(codes(attempt(WORKFLOW, c, action, POLISH_MINISTRY, Optional.empty(), with(executing))))
        .contains("WC_25_1_CONFISCATED_FIRST");
  }

  @Test
  void aConfiscationWithdrawnAfterwardsStopsTheDisposalAndAClosedOneDoesNot() {
    var confiscatedCase = confiscated(bare);
    var withdrawn = step(ConfiscationWorkflow.WORKFLOW, confiscatedCase, WITHDRAW, DUTCH_MINISTRY,
        Optional.of(notice(confiscation(), DUTCH_MINISTRY, NoticeKind.CONFISCATION_ORDER_UNENFORCEABLE)), bare);
    var c = acceptedDisposal(Disposition.SHARING);
    assertThat(codes(attempt(WORKFLOW, c, SHARE_PROPERTY, POLISH_MINISTRY, Optional.empty(), with(withdrawn))))
        .containsExactly("WC_25_1_CONFISCATED_FIRST");
    var closed = step(ConfiscationWorkflow.WORKFLOW, confiscatedCase, AssistanceAction.CLOSE, POLISH_MINISTRY, Optional.empty(), bare);
    var shared = step(WORKFLOW, c, SHARE_PROPERTY, POLISH_MINISTRY, Optional.empty(), with(closed));
    assertThat(shared.status()).isEqualTo(AssistanceStatus.SHARED);
    assertThat(shared.lastEvent().orElseThrow().citation()).isEqualTo(WARSAW.cite(25, 3));
  }

  @Test
  void theConfiscationMustHaveGoneBetweenTheSameParties() {
    // Poland asked the Netherlands to confiscate: not the confiscation this Dutch request is about
    var w = ConfiscationWorkflow.WORKFLOW;
    var reverse = confiscation(ConfiscationMode.ENFORCE_FOREIGN_ORDER, POLAND, NETHERLANDS);
    var k = step(w, w.open(reverse), AssistanceAction.SUBMIT, POLISH_MINISTRY, Optional.empty(), bare);
    k = step(w, k, AssistanceAction.RECEIVE, DUTCH_MINISTRY, Optional.empty(), bare);
    k = step(w, k, AssistanceAction.ACKNOWLEDGE, DUTCH_MINISTRY, Optional.empty(), bare);
    k = step(w, k, AssistanceAction.ACCEPT, DUTCH_MINISTRY, Optional.empty(), bare);
    k = step(w, k, START_EXECUTION, DUTCH_MINISTRY, Optional.empty(), bare);
    k = step(w, k, AssistanceAction.CONFISCATE, DUTCH_MINISTRY,
        Optional.of(WarsawFixtures.realised(reverse, WarsawFixtures.ORDER)), bare);
    var c = acceptedDisposal(Disposition.SHARING);
    Violation v = only(attempt(WORKFLOW, c, SHARE_PROPERTY, POLISH_MINISTRY, Optional.empty(), with(k)), "WC_25_1_SAME_PARTIES");
    assertThat(v.citation()).isEqualTo(WARSAW.cite(25, 1));
    assertThat(v.verification()).isEqualTo(Verification.UNVERIFIED);
  }

  // --- WC 25(2): return only where asked, and considered first ---

  @Test
  void propertyIsReturnedOnlyWhereReturnWasAskedFor() {
    var c = acceptedDisposal(Disposition.SHARING);
    var outcome = attempt(WORKFLOW, c, RETURN_PROPERTY, POLISH_MINISTRY, Optional.empty(), with(confiscated(bare)));
    assertThat(only(outcome, "WC_25_2_RETURN_REQUESTED").citation()).isEqualTo(WARSAW.cite(25, 2));
  }

  @ParameterizedTest
  @EnumSource(value = AssistanceAction.class, names = {"DISPOSE", "SHARE_PROPERTY"})
  void whereReturnWasAskedForItIsConsideredFirst(AssistanceAction action) {
    Environment env = with(confiscated(bare));
    var c = acceptedDisposal(Disposition.RETURN_TO_LEGITIMATE_OWNER);
    Violation v = only(attempt(WORKFLOW, c, action, POLISH_MINISTRY, Optional.empty(), env), "WC_25_2_RETURN_CONSIDERED_FIRST");
    assertThat(v.citation()).isEqualTo(WARSAW.cite(25, 2));
    assertThat(v.verification()).isEqualTo(Verification.UNVERIFIED);
    var decided = step(WORKFLOW, c, action, POLISH_MINISTRY, returnDeclined(Disposition.RETURN_TO_LEGITIMATE_OWNER), env);
    assertThat(decided.status()).isEqualTo(action == DISPOSE ? AssistanceStatus.DISPOSED : AssistanceStatus.SHARED);
  }

  @Test
  void withoutARequestForReturnThePropertyIsDisposedOfUnderDomesticLaw() {
    var c = acceptedDisposal(Disposition.SHARING);
    var disposed = step(WORKFLOW, c, DISPOSE, POLISH_MINISTRY, Optional.empty(), with(confiscated(bare)));
    assertThat(disposed.status()).isEqualTo(AssistanceStatus.DISPOSED);
    assertThat(disposed.lastEvent().orElseThrow().citation()).isEqualTo(WARSAW.cite(25, 1));
  }

  // --- refusal grounds ---

  @Test
  void theGeneralGroundsMayBeRaisedButNotDualCriminalityTheConfiscationGroundsOrBankSecrecy() {
    var request = disposal(Disposition.RETURN_FOR_VICTIM_COMPENSATION, CONFISCATION_ID);
    var c = underReview(WORKFLOW, request, Optional.empty(), bare);
    var refused = step(WORKFLOW, c, REFUSE, POLISH_MINISTRY,
        Optional.of(refusal(request, List.of(GroundForRefusal.WC_ESSENTIAL_INTERESTS), Set.of())), bare);
    assertThat(refused.status()).isEqualTo(AssistanceStatus.REFUSED);
    assertThat(codes(attempt(WORKFLOW, c, REFUSE, POLISH_MINISTRY,
        Optional.of(refusal(request, List.of(GroundForRefusal.WC_DUAL_CRIMINALITY), Set.of())), bare)))
        .contains("GROUND_NOT_AVAILABLE_W7");
    assertThat(codes(attempt(WORKFLOW, c, REFUSE, POLISH_MINISTRY,
        Optional.of(refusal(request, List.of(GroundForRefusal.WC_LAPSE_OF_TIME), Set.of())), bare)))
        .contains("GROUND_NOT_AVAILABLE_W12");
    var secrecy = attempt(WORKFLOW, c, REFUSE, POLISH_MINISTRY,
        Optional.of(refusal(request, List.of(GroundForRefusal.WC_ESSENTIAL_INTERESTS), Set.of(InadmissibleReason.BANK_SECRECY))), bare);
    assertThat(only(secrecy, "INADMISSIBLE_BANK_SECRECY").citation()).isEqualTo(WARSAW.cite(28, 7));
  }

  // --- terminal statuses and explain ---

  @Test
  void terminalStatusesAcceptNothingAndExplainAnswersForEveryAction() {
    Environment env = with(confiscated(bare));
    var c = acceptedDisposal(Disposition.SHARING);
    var explained = WORKFLOW.explain(c, env);
    assertThat(explained).extracting(ActionExplanation::action).containsExactlyElementsOf(DisposalWorkflow.TABLE.actions());
    assertThat(explained).filteredOn(ActionExplanation::allowed).extracting(ActionExplanation::action)
        .containsExactlyInAnyOrder(DISPOSE, SHARE_PROPERTY, WITHDRAW);
    for (AssistanceAction end : List.of(DISPOSE, SHARE_PROPERTY)) {
      var done = step(WORKFLOW, c, end, POLISH_MINISTRY, Optional.empty(), env);
      for (AssistanceAction action : DisposalWorkflow.TABLE.actions()) {
        assertThat(codes(attempt(WORKFLOW, done, action, POLISH_MINISTRY, Optional.empty(), env)))
            .as("%s after %s", action, end)
            .containsExactly(Workflow.CASE_CLOSED);
      }
    }
  }
}
