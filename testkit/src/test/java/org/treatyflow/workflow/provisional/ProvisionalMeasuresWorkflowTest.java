package org.treatyflow.workflow.provisional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.treatyflow.model.common.Instrument.WARSAW;
import static org.treatyflow.workflow.assistance.AssistanceAction.ACCEPT;
import static org.treatyflow.workflow.assistance.AssistanceAction.GIVE_NOTICE_OF_LIFTING;
import static org.treatyflow.workflow.assistance.AssistanceAction.LIFT_MEASURE;
import static org.treatyflow.workflow.assistance.AssistanceAction.MAINTAIN_MEASURE;
import static org.treatyflow.workflow.assistance.AssistanceAction.REFUSE;
import static org.treatyflow.workflow.assistance.AssistanceAction.REQUEST_AMENDMENT;
import static org.treatyflow.workflow.assistance.AssistanceAction.SUBMIT;
import static org.treatyflow.workflow.assistance.AssistanceAction.TAKE_MEASURE;
import static org.treatyflow.workflow.assistance.AssistanceAction.UPDATE_MEASURE;
import static org.treatyflow.workflow.assistance.AssistanceAction.WITHDRAW;
import static org.treatyflow.workflow.confiscation.WarsawFixtures.CONFISCATION_ID;
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
import static org.treatyflow.workflow.confiscation.WarsawFixtures.provisional;
import static org.treatyflow.workflow.confiscation.WarsawFixtures.provisionalBuilder;
import static org.treatyflow.workflow.confiscation.WarsawFixtures.refusal;
import static org.treatyflow.workflow.confiscation.WarsawFixtures.step;
import static org.treatyflow.workflow.confiscation.WarsawFixtures.underReview;
import static org.treatyflow.workflow.provisional.ProvisionalMeasuresWorkflow.WORKFLOW;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.treatyflow.model.asset.Amount;
import org.treatyflow.model.asset.AssetCode;
import org.treatyflow.model.common.Request;
import org.treatyflow.model.common.Verification;
import org.treatyflow.model.common.Violation;
import org.treatyflow.model.confiscation.ConfiscationMode;
import org.treatyflow.model.confiscation.ConfiscationRequest;
import org.treatyflow.model.provisional.ProvisionalMeasureRequest;
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
import org.treatyflow.workflow.confiscation.ConfiscationWorkflow;
import org.treatyflow.workflow.confiscation.WarsawFixtures;

class ProvisionalMeasuresWorkflowTest {
  private final SimulatedClock clock = new SimulatedClock(START);
  private final Environment env = WarsawFixtures.environment(clock);

  private Environment with(CaseFile<? extends Request, ?, ?> confiscationCase) {
    return env.withCases(LinkedCases.of(List.of(confiscationCase)));
  }

  private static ProvisionalMeasureRequest linked() {
    return provisionalBuilder(Optional.of(CONFISCATION_ID)).build();
  }

  private CaseFile<ProvisionalMeasureRequest, AssistanceStatus, AssistanceAction> inForce(
      Optional<? extends org.treatyflow.model.reply.Reply> withMeasure) {
    return step(WORKFLOW, accepted(WORKFLOW, provisional(), env), TAKE_MEASURE, POLISH_MINISTRY, withMeasure, env);
  }

  private CaseFile<ConfiscationRequest, AssistanceStatus, AssistanceAction> confiscationReceived(ConfiscationRequest r) {
    var w = ConfiscationWorkflow.WORKFLOW;
    var k = step(w, w.open(r), SUBMIT, DUTCH_MINISTRY, Optional.empty(), env);
    return step(w, k, AssistanceAction.RECEIVE, POLISH_MINISTRY, Optional.empty(), env);
  }

  // --- the happy path ---

  @Test
  void aFreezingIsTakenUpdatedHeardOnKeptAndLiftedAfterHearing() {
    assertThat(WarsawFixtures.warsawInForce()).isTrue();
    assertThat(provisional().completenessViolations()).isEmpty();
    var c = inForce(Optional.empty());
    assertThat(c.status()).isEqualTo(AssistanceStatus.MEASURE_IN_FORCE);
    c = step(WORKFLOW, c, UPDATE_MEASURE, DUTCH_MINISTRY, Optional.empty(), env);
    c = step(WORKFLOW, c, GIVE_NOTICE_OF_LIFTING, POLISH_MINISTRY, Optional.empty(), env);
    assertThat(c.status()).isEqualTo(AssistanceStatus.PENDING_LIFT_CONSULTATION);
    c = step(WORKFLOW, c, UPDATE_MEASURE, DUTCH_MINISTRY, Optional.empty(), env);
    c = step(WORKFLOW, c, MAINTAIN_MEASURE, POLISH_MINISTRY, Optional.empty(), env);
    assertThat(c.status()).isEqualTo(AssistanceStatus.MEASURE_IN_FORCE);
    c = step(WORKFLOW, c, GIVE_NOTICE_OF_LIFTING, POLISH_MINISTRY, Optional.empty(), env);
    c = step(WORKFLOW, c, LIFT_MEASURE, POLISH_MINISTRY, Optional.empty(), env);
    assertThat(c.status()).isEqualTo(AssistanceStatus.LIFTED);
    assertThat(c.history())
        .extracting(e -> e.citation().toString())
        .containsExactly(
            "WC 37(1)", "WC 21(1)", "WC 41(1)(a)", "WC 21(1)", "WC 21(1)", "WC 22(1)", "WC 22(2)",
            "WC 22(2)", "WC 22(2)", "WC 22(2)", "WC 22(2)");
    assertThat(c.history()).allMatch(e -> e.verification() == Verification.CONFIRMED);
  }

  // --- SUBMIT: WC 21(1), WC 37(2) ---

  @Test
  void measuresAreRequestedOnlyOnceProceedingsAreInstituted() {
    var request = ProvisionalMeasureRequest.builder()
        .header(provisional().header())
        .addOffences(WarsawFixtures.offence())
        .content(WarsawFixtures.content())
        .measure(provisional().measure())
        .addAssets(WarsawFixtures.account())
        .build();
    var outcome = attempt(WORKFLOW, WORKFLOW.open(request), SUBMIT, DUTCH_MINISTRY, Optional.empty(), env);
    assertThat(only(outcome, "WC_21_1_PROCEEDINGS_INSTITUTED").citation()).isEqualTo(WARSAW.cite(21, 1));
    assertThat(attempt(WORKFLOW, WORKFLOW.open(provisional()), SUBMIT, DUTCH_MINISTRY, Optional.empty(), env).isApplied())
        .isTrue();
  }

  @Test
  void aMeasureSecuringAValueConfiscationStatesTheMaximumAmount() {
    var without = provisionalBuilder(Optional.empty()).valueBased(true).build();
    var outcome = attempt(WORKFLOW, WORKFLOW.open(without), SUBMIT, DUTCH_MINISTRY, Optional.empty(), env);
    assertThat(only(outcome, "WC_37_2_MAXIMUM_AMOUNT").citation()).isEqualTo(WARSAW.cite(37, 2));
    var with = provisionalBuilder(Optional.empty()).valueBased(true).maximumAmount(Amount.of("120000.00", AssetCode.EUR)).build();
    assertThat(attempt(WORKFLOW, WORKFLOW.open(with), SUBMIT, DUTCH_MINISTRY, Optional.empty(), env).violations()).isEmpty();
  }

  // --- WC 22(1)-(2) ---

  @Test
  void onlyTheRequestingPartySendsUpdates() {
    var c = inForce(Optional.empty());
    var outcome = attempt(WORKFLOW, c, UPDATE_MEASURE, POLISH_MINISTRY, Optional.empty(), env);
    assertThat(only(outcome, "ACTOR_OF_REQUESTING_PARTY").citation()).isEqualTo(WARSAW.cite(22, 1));
    var pending = step(WORKFLOW, c, GIVE_NOTICE_OF_LIFTING, POLISH_MINISTRY, Optional.empty(), env);
    assertThat(only(attempt(WORKFLOW, pending, UPDATE_MEASURE, POLISH_MINISTRY, Optional.empty(), env), "ACTOR_OF_REQUESTING_PARTY")
        .citation()).isEqualTo(WARSAW.cite(22, 2));
    var noticeByRequested = attempt(WORKFLOW, c, GIVE_NOTICE_OF_LIFTING, DUTCH_MINISTRY, Optional.empty(), env);
    assertThat(only(noticeByRequested, "ACTOR_OF_REQUESTED_PARTY").citation()).isEqualTo(WARSAW.cite(22, 2));
  }

  @Test
  void withoutANoticeOfAutomaticLiftingTheMeasureIsLiftedOnlyAfterHearingTheRequestingParty() {
    var c = inForce(Optional.empty());
    Violation v = only(attempt(WORKFLOW, c, LIFT_MEASURE, POLISH_MINISTRY, Optional.empty(), env),
        "WC_41_1_E_AUTOMATIC_LIFTING_NOTIFIED");
    assertThat(v.citation()).isEqualTo(WARSAW.cite(41, 1, "e"));
    assertThat(v.verification()).isEqualTo(Verification.UNVERIFIED);
    // a notice of another kind is not a notice of automatic lifting
    var other = inForce(Optional.of(notice(provisional(), POLISH_MINISTRY, NoticeKind.ACTION_INITIATED)));
    assertThat(codes(attempt(WORKFLOW, other, LIFT_MEASURE, POLISH_MINISTRY, Optional.empty(), env)))
        .containsExactly("WC_41_1_E_AUTOMATIC_LIFTING_NOTIFIED");
  }

  @Test
  void aMeasureLapsesUnderDomesticLawOfWhichTheRequestingPartyWasInformed() {
    var c = inForce(Optional.of(notice(provisional(), POLISH_MINISTRY, NoticeKind.AUTOMATIC_LIFTING_OF_PROVISIONAL_MEASURE)));
    var lifted = step(WORKFLOW, c, LIFT_MEASURE, POLISH_MINISTRY, Optional.empty(), env);
    assertThat(lifted.status()).isEqualTo(AssistanceStatus.LIFTED);
    assertThat(lifted.lastEvent().orElseThrow().citation()).isEqualTo(WARSAW.cite(41, 1, "e"));
    assertThat(lifted.lastEvent().orElseThrow().verification()).isEqualTo(Verification.UNVERIFIED);
  }

  // --- withdrawal: WC 41(2)(b) lifts the measure ---

  @Test
  void theRequestingPartysNoticeThatActionIsNoLongerJustifiedLiftsTheMeasure() {
    var c = inForce(Optional.empty());
    var byPoland = attempt(WORKFLOW, c, WITHDRAW, POLISH_MINISTRY, Optional.empty(), env);
    assertThat(only(byPoland, "ACTOR_OF_REQUESTING_PARTY").citation()).isEqualTo(WARSAW.cite(41, 2, "b"));
    var lifted = step(WORKFLOW, c, WITHDRAW, DUTCH_MINISTRY,
        Optional.of(notice(provisional(), DUTCH_MINISTRY, NoticeKind.ACTION_NO_LONGER_JUSTIFIED)), env);
    assertThat(lifted.status()).isEqualTo(AssistanceStatus.LIFTED);
    assertThat(lifted.lastEvent().orElseThrow().citation()).isEqualTo(WARSAW.cite(41, 2, "b"));
    var pending = step(WORKFLOW, c, GIVE_NOTICE_OF_LIFTING, POLISH_MINISTRY, Optional.empty(), env);
    assertThat(step(WORKFLOW, pending, WITHDRAW, DUTCH_MINISTRY, Optional.empty(), env).status()).isEqualTo(AssistanceStatus.LIFTED);
    var beforeAnyMeasure = underReview(WORKFLOW, provisional(), Optional.empty(), env);
    assertThat(step(WORKFLOW, beforeAnyMeasure, WITHDRAW, DUTCH_MINISTRY, Optional.empty(), env).status())
        .isEqualTo(AssistanceStatus.WITHDRAWN);
  }

  // --- WC 21(2), 38(3): a measure backing a confiscation request ---

  @Test
  void aMeasureBackingAReceivedConfiscationRequestIsAccepted() {
    var c = underReview(WORKFLOW, linked(), Optional.empty(), env);
    var accepted = step(WORKFLOW, c, ACCEPT, POLISH_MINISTRY, Optional.empty(), with(confiscationReceived(confiscation())));
    assertThat(accepted.status()).isEqualTo(AssistanceStatus.ACCEPTED);
  }

  @Test
  void aMeasureBackingAConfiscationRequestNotReceivedIsNotAccepted() {
    var c = underReview(WORKFLOW, linked(), Optional.empty(), env);
    Violation unknown = only(attempt(WORKFLOW, c, ACCEPT, POLISH_MINISTRY, Optional.empty(), env),
        "WC_21_2_CONFISCATION_REQUEST_RECEIVED");
    assertThat(unknown.citation()).isEqualTo(WARSAW.cite(21, 2));
    var w = ConfiscationWorkflow.WORKFLOW;
    var onlySent = step(w, w.open(confiscation()), SUBMIT, DUTCH_MINISTRY, Optional.empty(), env);
    assertThat(codes(attempt(WORKFLOW, c, ACCEPT, POLISH_MINISTRY, Optional.empty(), with(onlySent))))
        .containsExactly("WC_21_2_CONFISCATION_REQUEST_RECEIVED");
  }

  @Test
  void aMeasureBackingAWithdrawnConfiscationRequestIsNotAccepted() {
    var withdrawn = step(ConfiscationWorkflow.WORKFLOW, confiscationReceived(confiscation()), WITHDRAW, DUTCH_MINISTRY,
        Optional.empty(), env);
    var c = underReview(WORKFLOW, linked(), Optional.empty(), env);
    Violation v = only(attempt(WORKFLOW, c, ACCEPT, POLISH_MINISTRY, Optional.empty(), with(withdrawn)),
        "WC_21_2_CONFISCATION_REQUEST_ENDED");
    assertThat(v.verification()).isEqualTo(Verification.UNVERIFIED);
  }

  @Test
  void theConfiscationRequestMustGoBetweenTheSameParties() {
    var w = ConfiscationWorkflow.WORKFLOW;
    var reverse = WarsawFixtures.confiscation(ConfiscationMode.ENFORCE_FOREIGN_ORDER, POLAND, NETHERLANDS);
    var k = step(w, w.open(reverse), SUBMIT, POLISH_MINISTRY, Optional.empty(), env);
    k = step(w, k, AssistanceAction.RECEIVE, DUTCH_MINISTRY, Optional.empty(), env);
    var c = underReview(WORKFLOW, linked(), Optional.empty(), env);
    Violation v = only(attempt(WORKFLOW, c, ACCEPT, POLISH_MINISTRY, Optional.empty(), with(k)), "WC_21_2_SAME_PARTIES");
    assertThat(v.citation()).isEqualTo(WARSAW.cite(21, 2));
  }

  @Test
  void whileTheConfiscationRequestAwaitsAmendmentsTheMeasureNeedsTheStatementOfInterimMeasures() {
    var w = ConfiscationWorkflow.WORKFLOW;
    var review = step(w, confiscationReceived(confiscation()), AssistanceAction.ACKNOWLEDGE, POLISH_MINISTRY, Optional.empty(), env);
    var stated = step(w, review, REQUEST_AMENDMENT, POLISH_MINISTRY, Optional.of(WarsawFixtures.amendment(confiscation(), true)), env);
    var silent = step(w, review, REQUEST_AMENDMENT, POLISH_MINISTRY, Optional.of(WarsawFixtures.amendment(confiscation(), false)), env);
    var c = underReview(WORKFLOW, linked(), Optional.empty(), env);
    Violation v = only(attempt(WORKFLOW, c, ACCEPT, POLISH_MINISTRY, Optional.empty(), with(silent)), "WC_38_3_INTERIM_MEASURES_STATED");
    assertThat(v.citation()).isEqualTo(WARSAW.cite(38, 3));
    assertThat(v.verification()).isEqualTo(Verification.UNVERIFIED);
    assertThat(step(WORKFLOW, c, ACCEPT, POLISH_MINISTRY, Optional.empty(), with(stated)).status())
        .isEqualTo(AssistanceStatus.ACCEPTED);
  }

  @Test
  void interimMeasuresAreAnnouncedOnlyOnConfiscationRequests() {
    var c = underReview(WORKFLOW, provisional(), Optional.empty(), env);
    var outcome = attempt(WORKFLOW, c, REQUEST_AMENDMENT, POLISH_MINISTRY,
        Optional.of(WarsawFixtures.amendment(provisional(), true)), env);
    assertThat(only(outcome, "WC_38_3_INTERIM_MEASURES_ONLY_FOR_CONFISCATION").citation()).isEqualTo(WARSAW.cite(38, 3));
    assertThat(step(WORKFLOW, c, REQUEST_AMENDMENT, POLISH_MINISTRY,
        Optional.of(WarsawFixtures.amendment(provisional(), false)), env).status()).isEqualTo(AssistanceStatus.AWAITING_AMENDMENT);
  }

  // --- refusal grounds: Section 3 ---

  @Test
  void theSection3GroundsMayBeRaisedButNotTheConfiscationGroundsOrBankSecrecy() {
    var c = underReview(WORKFLOW, provisional(), Optional.empty(), env);
    for (GroundForRefusal ground : List.of(
        GroundForRefusal.WC_DUAL_CRIMINALITY, GroundForRefusal.WC_NOT_AVAILABLE_DOMESTICALLY,
        GroundForRefusal.WC_NOT_PERMITTED_OR_NOT_JUDICIALLY_AUTHORISED, GroundForRefusal.WC_THIRD_PARTY_DECISION_NOT_RECOGNISED)) {
      var refused = step(WORKFLOW, c, REFUSE, POLISH_MINISTRY, Optional.of(refusal(provisional(), List.of(ground), Set.of())), env);
      assertThat(refused.status()).as("%s", ground).isEqualTo(AssistanceStatus.REFUSED);
    }
    assertThat(codes(attempt(WORKFLOW, c, REFUSE, POLISH_MINISTRY,
        Optional.of(refusal(provisional(), List.of(GroundForRefusal.WC_CONFISCATION_NOT_PROVIDED), Set.of())), env)))
        .contains("GROUND_NOT_AVAILABLE_W10");
    var secrecy = attempt(WORKFLOW, c, REFUSE, POLISH_MINISTRY,
        Optional.of(refusal(provisional(), List.of(GroundForRefusal.WC_DUAL_CRIMINALITY), Set.of(InadmissibleReason.BANK_SECRECY))), env);
    assertThat(only(secrecy, "INADMISSIBLE_BANK_SECRECY").citation()).isEqualTo(WARSAW.cite(28, 7));
  }

  // --- terminal statuses and explain ---

  @Test
  void terminalStatusesAcceptNothingAndExplainAnswersForEveryAction() {
    var c = inForce(Optional.empty());
    var explained = WORKFLOW.explain(c, env);
    assertThat(explained).extracting(ActionExplanation::action)
        .containsExactlyElementsOf(ProvisionalMeasuresWorkflow.TABLE.actions());
    assertThat(explained).filteredOn(ActionExplanation::allowed).extracting(ActionExplanation::action)
        .containsExactlyInAnyOrder(UPDATE_MEASURE, GIVE_NOTICE_OF_LIFTING, WITHDRAW);
    assertThat(explained).filteredOn(e -> e.action() == LIFT_MEASURE).singleElement()
        .satisfies(e -> assertThat(e.violations()).extracting(Violation::code)
            .containsExactly("WC_41_1_E_AUTOMATIC_LIFTING_NOTIFIED"));
    var lifted = step(WORKFLOW, c, WITHDRAW, DUTCH_MINISTRY, Optional.empty(), env);
    for (AssistanceAction action : ProvisionalMeasuresWorkflow.TABLE.actions()) {
      assertThat(codes(attempt(WORKFLOW, lifted, action, DUTCH_MINISTRY, Optional.empty(), env)))
          .as("%s", action)
          .containsExactly(Workflow.CASE_CLOSED);
    }
  }
}
