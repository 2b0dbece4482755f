package org.treatyflow.workflow.financial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.treatyflow.model.common.Instrument.WARSAW;
import static org.treatyflow.workflow.assistance.AssistanceAction.ACCEPT;
import static org.treatyflow.workflow.assistance.AssistanceAction.ACCEPT_CONDITIONS;
import static org.treatyflow.workflow.assistance.AssistanceAction.ACKNOWLEDGE;
import static org.treatyflow.workflow.assistance.AssistanceAction.CLOSE;
import static org.treatyflow.workflow.assistance.AssistanceAction.CLOSE_INCOMPLETE;
import static org.treatyflow.workflow.assistance.AssistanceAction.CONFIRM_EXECUTION;
import static org.treatyflow.workflow.assistance.AssistanceAction.CONSULT_DRAFT;
import static org.treatyflow.workflow.assistance.AssistanceAction.DECLINE_CONDITIONS;
import static org.treatyflow.workflow.assistance.AssistanceAction.GRANT_CONDITIONALLY;
import static org.treatyflow.workflow.assistance.AssistanceAction.POSTPONE;
import static org.treatyflow.workflow.assistance.AssistanceAction.RECEIVE;
import static org.treatyflow.workflow.assistance.AssistanceAction.REFUSE;
import static org.treatyflow.workflow.assistance.AssistanceAction.REPORT_CONFIDENTIALITY_IMPOSSIBLE;
import static org.treatyflow.workflow.assistance.AssistanceAction.REPORT_DELAY;
import static org.treatyflow.workflow.assistance.AssistanceAction.REQUEST_AMENDMENT;
import static org.treatyflow.workflow.assistance.AssistanceAction.RESUME;
import static org.treatyflow.workflow.assistance.AssistanceAction.START_EXECUTION;
import static org.treatyflow.workflow.assistance.AssistanceAction.SUBMIT;
import static org.treatyflow.workflow.assistance.AssistanceAction.SUPPLY_AMENDMENT;
import static org.treatyflow.workflow.assistance.AssistanceAction.TRANSMIT_RESULT;
import static org.treatyflow.workflow.assistance.AssistanceAction.WITHDRAW;
import static org.treatyflow.workflow.financial.FinancialFixtures.AFTER_ALL_PERIODS;
import static org.treatyflow.workflow.financial.FinancialFixtures.DUTCH_CENTRAL_AUTHORITY;
import static org.treatyflow.workflow.financial.FinancialFixtures.NETHERLANDS;
import static org.treatyflow.workflow.financial.FinancialFixtures.POLAND;
import static org.treatyflow.workflow.financial.FinancialFixtures.POLISH_CENTRAL_AUTHORITY;
import static org.treatyflow.workflow.financial.FinancialFixtures.START;
import static org.treatyflow.workflow.financial.FinancialFixtures.TODAY;
import static org.treatyflow.workflow.financial.FinancialFixtures.UNITED_STATES;
import static org.treatyflow.workflow.financial.FinancialFixtures.US_CENTRAL_AUTHORITY;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.treatyflow.model.common.ArticleCitation;
import org.treatyflow.model.common.Authority;
import org.treatyflow.model.common.Instrument;
import org.treatyflow.model.common.Request;
import org.treatyflow.model.common.RequestFamily;
import org.treatyflow.model.common.UseCondition;
import org.treatyflow.model.common.Verification;
import org.treatyflow.model.common.Violation;
import org.treatyflow.model.refusal.GroundForPostponement;
import org.treatyflow.model.refusal.GroundForRefusal;
import org.treatyflow.model.registry.PartyRegistry;
import org.treatyflow.model.reply.ExecutionReport;
import org.treatyflow.model.reply.InformationNotice;
import org.treatyflow.model.reply.NoticeKind;
import org.treatyflow.model.reply.Reply;
import org.treatyflow.testkit.workflow.SimulatedClock;
import org.treatyflow.workflow.ActionExplanation;
import org.treatyflow.workflow.CaseFile;
import org.treatyflow.workflow.Environment;
import org.treatyflow.workflow.Outcome;
import org.treatyflow.workflow.Workflow;
import org.treatyflow.workflow.assistance.AssistanceAction;
import org.treatyflow.workflow.assistance.AssistanceDeadlines;
import org.treatyflow.workflow.assistance.AssistanceStatus;
import org.treatyflow.workflow.financial.FinancialFixtures.Spec;

/**
 * The Warsaw rules every Section 2 family meets through the skeleton, with an allowing and a
 * refusing example each: WC 28 grounds by section (W7 only with coercive action, W10-W15 never, W4
 * and W5 never for financing of terrorism), bank secrecy never (WC 28(7)), WC 29 postponement with
 * its ground and reasons after considering a partial grant (WC 30, 40), WC 30 conditional grants
 * and the requesting Party's answer, the WC 38 amendment loop and its time limit, WC 41 notices,
 * WC 43(1) confidentiality, WC 34(6) draft consultation, the treaty in force, terminal statuses and
 * explain(). Each family's test extends it.
 *
 * @param <R> the family's request
 */
abstract class SectionTwoWorkflowContract<R extends Request> {
  protected final SimulatedClock clock = new SimulatedClock(START);
  protected final Environment env = FinancialFixtures.environment(clock);

  /** The family's engine. */
  abstract Workflow<R, AssistanceStatus, AssistanceAction> workflow();

  /** A complete request of the family as {@code spec} describes it. */
  abstract R request(Spec spec);

  /** The article a conditional grant of the family cites. */
  abstract ArticleCitation conditionalGrantCitation();

  /** The family's article, cited for receiving, accepting and executing. */
  abstract ArticleCitation basis();

  /** The case once its final results are due; as it is, unless the family waits for a period. */
  CaseFile<R, AssistanceStatus, AssistanceAction> resultsDue(CaseFile<R, AssistanceStatus, AssistanceAction> c) {
    return c;
  }

  RequestFamily family() {
    return workflow().family();
  }

  // ---- helpers ----

  Outcome<R, AssistanceStatus, AssistanceAction> apply(
      CaseFile<R, AssistanceStatus, AssistanceAction> c, AssistanceAction action, Authority actor) {
    return workflow().apply(c, FinancialFixtures.command("c" + c.version(), action, c.version(), actor), env);
  }

  Outcome<R, AssistanceStatus, AssistanceAction> apply(
      CaseFile<R, AssistanceStatus, AssistanceAction> c, AssistanceAction action, Authority actor, Reply reply) {
    return workflow()
        .apply(c, FinancialFixtures.command("c" + c.version(), action, c.version(), actor, reply), env);
  }

  CaseFile<R, AssistanceStatus, AssistanceAction> step(
      CaseFile<R, AssistanceStatus, AssistanceAction> c, AssistanceAction action, Authority actor) {
    return applied(apply(c, action, actor), action);
  }

  CaseFile<R, AssistanceStatus, AssistanceAction> step(
      CaseFile<R, AssistanceStatus, AssistanceAction> c, AssistanceAction action, Authority actor, Reply reply) {
    return applied(apply(c, action, actor, reply), action);
  }

  private CaseFile<R, AssistanceStatus, AssistanceAction> applied(
      Outcome<R, AssistanceStatus, AssistanceAction> outcome, AssistanceAction action) {
    assertThat(outcome.violations()).as("violations of %s", action).isEmpty();
    assertThat(outcome.isApplied()).isTrue();
    return outcome.caseFile();
  }

  static List<String> codes(Outcome<?, ?, ?> outcome) {
    return outcome.violations().stream().map(Violation::code).toList();
  }

  /** Asserts the step was rejected with a violation {@code code} citing {@code citation}. */
  static void assertRejected(Outcome<?, ?, ?> outcome, String code, String citation) {
    assertThat(outcome).isInstanceOf(Outcome.Rejected.class);
    assertThat(outcome.violations())
        .as("violations")
        .anySatisfy(
            v -> {
              assertThat(v.code()).isEqualTo(code);
              assertThat(v.citation()).hasToString(citation);
            });
  }

  static void assertLast(CaseFile<?, AssistanceStatus, AssistanceAction> c, AssistanceStatus status, String citation) {
    assertThat(c.status()).isEqualTo(status);
    assertThat(c.lastEvent().orElseThrow().citation()).hasToString(citation);
  }

  CaseFile<R, AssistanceStatus, AssistanceAction> underReview(Spec spec) {
    var c = workflow().open(request(spec));
    c = step(c, SUBMIT, DUTCH_CENTRAL_AUTHORITY);
    c = step(c, RECEIVE, POLISH_CENTRAL_AUTHORITY);
    return step(c, ACKNOWLEDGE, POLISH_CENTRAL_AUTHORITY);
  }

  CaseFile<R, AssistanceStatus, AssistanceAction> underReview() {
    return underReview(Spec.standard());
  }

  CaseFile<R, AssistanceStatus, AssistanceAction> executing() {
    var c = step(underReview(), ACCEPT, POLISH_CENTRAL_AUTHORITY);
    return step(c, START_EXECUTION, POLISH_CENTRAL_AUTHORITY);
  }

  /** A case in {@code status}, reached by the shortest path of the table. */
  CaseFile<R, AssistanceStatus, AssistanceAction> reach(AssistanceStatus status) {
    var c = workflow().open(request(Spec.standard().confidential(true)));
    switch (status) {
      case DRAFT:
        return c;
      case DRAFT_CONSULTATION:
        return step(c, CONSULT_DRAFT, DUTCH_CENTRAL_AUTHORITY);
      default:
        break;
    }
    c = step(c, SUBMIT, DUTCH_CENTRAL_AUTHORITY);
    if (status == AssistanceStatus.TRANSMITTED) {
      return c;
    }
    c = step(c, RECEIVE, POLISH_CENTRAL_AUTHORITY);
    if (status == AssistanceStatus.RECEIVED) {
      return c;
    }
    c = step(c, ACKNOWLEDGE, POLISH_CENTRAL_AUTHORITY);
    switch (status) {
      case UNDER_REVIEW:
        return c;
      case AWAITING_AMENDMENT:
        return step(c, REQUEST_AMENDMENT, POLISH_CENTRAL_AUTHORITY, FinancialFixtures.amendment(family(), null));
      case AWAITING_CONFIDENTIALITY_DECISION:
        return step(c, REPORT_CONFIDENTIALITY_IMPOSSIBLE, POLISH_CENTRAL_AUTHORITY);
      case CONDITIONALLY_GRANTED:
        return step(c, GRANT_CONDITIONALLY, POLISH_CENTRAL_AUTHORITY, FinancialFixtures.conditionalGrant(family()).build());
      case POSTPONED:
        return step(c, POSTPONE, POLISH_CENTRAL_AUTHORITY, FinancialFixtures.postponement(family()).build());
      default:
        break;
    }
    c = step(c, ACCEPT, POLISH_CENTRAL_AUTHORITY);
    if (status == AssistanceStatus.ACCEPTED) {
      return c;
    }
    c = step(c, START_EXECUTION, POLISH_CENTRAL_AUTHORITY);
    if (status == AssistanceStatus.EXECUTING) {
      return c;
    }
    clock.set(AFTER_ALL_PERIODS);
    c = step(c, TRANSMIT_RESULT, POLISH_CENTRAL_AUTHORITY, FinancialFixtures.result(family(), Set.of()));
    if (status == AssistanceStatus.RESULT_TRANSMITTED) {
      return c;
    }
    throw new IllegalArgumentException("no path to " + status);
  }

  List<AssistanceStatus> openStatuses() {
    List<AssistanceStatus> open = new ArrayList<>(workflow().table().statuses());
    open.removeIf(s -> workflow().table().isTerminal(s));
    return open;
  }

  // ---- the treaty in force (WC 37(1) line) ----

  @Test
  void aCompleteRequestIsSentAcceptedExecutedAnsweredAndClosed() {
    var c = workflow().open(request(Spec.standard()));
    assertThat(c.status()).isEqualTo(AssistanceStatus.DRAFT);
    c = step(c, SUBMIT, DUTCH_CENTRAL_AUTHORITY);
    c = step(c, RECEIVE, POLISH_CENTRAL_AUTHORITY);
    c = step(c, ACKNOWLEDGE, POLISH_CENTRAL_AUTHORITY, FinancialFixtures.acknowledgement(family(), true));
    c = step(c, ACCEPT, POLISH_CENTRAL_AUTHORITY);
    c = step(c, START_EXECUTION, POLISH_CENTRAL_AUTHORITY);
    c = resultsDue(c);
    c = step(c, TRANSMIT_RESULT, POLISH_CENTRAL_AUTHORITY, FinancialFixtures.result(family(), Set.of()));
    c = step(c, CLOSE, DUTCH_CENTRAL_AUTHORITY);
    assertThat(c.status()).isEqualTo(AssistanceStatus.CLOSED);
    String basis = basis().toString();
    assertThat(c.history()).extracting(e -> e.citation().toString())
        .containsExactly("WC 37(1)", basis, "WC 41(1)(a)", basis, basis, "WC 41(1)(b)", "WC 41(1)(b)");
    assertThat(c.lastEvent().orElseThrow().verification()).isEqualTo(Verification.UNVERIFIED);
  }

  @Test
  void theTableCitesTheFamilysArticleForReceivingAcceptingAndExecuting() {
    assertThat(workflow().table().find(AssistanceStatus.TRANSMITTED, RECEIVE).orElseThrow().citation())
        .isEqualTo(basis());
    assertThat(workflow().table().find(AssistanceStatus.UNDER_REVIEW, ACCEPT).orElseThrow().citation())
        .isEqualTo(basis());
    assertThat(workflow().table().find(AssistanceStatus.ACCEPTED, START_EXECUTION).orElseThrow().citation())
        .isEqualTo(basis());
  }

  @Test
  void theFixturePartiesAreBoundByTheWarsawConventionAndTheUnitedStatesIsNot() {
    PartyRegistry registry = PartyRegistry.bundled();
    assertThat(registry.isInForceBetween(Instrument.WARSAW, NETHERLANDS, POLAND, TODAY)).isTrue();
    assertThat(registry.isInForceBetween(Instrument.WARSAW, NETHERLANDS, UNITED_STATES, TODAY)).isFalse();
  }

  @Test
  void aCompleteRequestToAPartyIsSentCitingWc37() {
    var c = step(workflow().open(request(Spec.standard())), SUBMIT, DUTCH_CENTRAL_AUTHORITY);
    assertLast(c, AssistanceStatus.TRANSMITTED, "WC 37(1)");
  }

  @Test
  void aRequestCannotBeSentToAStateTheWarsawConventionDoesNotBind() {
    var outcome = apply(workflow().open(request(Spec.standard().to(UNITED_STATES))), SUBMIT, DUTCH_CENTRAL_AUTHORITY);
    assertThat(codes(outcome)).containsExactly("WC_37_1_TREATY_IN_FORCE");
    assertRejected(outcome, "WC_37_1_TREATY_IN_FORCE", "WC 37(1)");
    assertThat(US_CENTRAL_AUTHORITY.party()).isEqualTo(UNITED_STATES);
  }

  // ---- WC 34(6) draft consultation ----

  @Test
  void wc34_6_theRequestingPartyConsultsOnADraftThenSubmits() {
    var c = step(workflow().open(request(Spec.standard())), CONSULT_DRAFT, DUTCH_CENTRAL_AUTHORITY);
    assertLast(c, AssistanceStatus.DRAFT_CONSULTATION, "WC 34(6)");
    c = step(c, SUBMIT, DUTCH_CENTRAL_AUTHORITY);
    assertLast(c, AssistanceStatus.TRANSMITTED, "WC 37(1)");
  }

  @Test
  void wc34_6_onlyTheRequestingPartyConsultsOnADraft() {
    var outcome = apply(workflow().open(request(Spec.standard())), CONSULT_DRAFT, POLISH_CENTRAL_AUTHORITY);
    assertRejected(outcome, "ACTOR_OF_REQUESTING_PARTY", "WC 34(6)");
  }

  // ---- WC 41(1)(a) acknowledgement ----

  @Test
  void wc41_1_a_theRequestedPartyAcknowledgesWithTheActionInitiated() {
    var c = step(workflow().open(request(Spec.standard())), SUBMIT, DUTCH_CENTRAL_AUTHORITY);
    c = step(c, RECEIVE, POLISH_CENTRAL_AUTHORITY);
    c = step(c, ACKNOWLEDGE, POLISH_CENTRAL_AUTHORITY, FinancialFixtures.acknowledgement(family(), true));
    assertLast(c, AssistanceStatus.UNDER_REVIEW, "WC 41(1)(a)");
  }

  @Test
  void wc41_1_a_anAcknowledgementOfActionInitiatedMustSayWhatAction() {
    var c = step(workflow().open(request(Spec.standard())), SUBMIT, DUTCH_CENTRAL_AUTHORITY);
    c = step(c, RECEIVE, POLISH_CENTRAL_AUTHORITY);
    var outcome = apply(c, ACKNOWLEDGE, POLISH_CENTRAL_AUTHORITY, FinancialFixtures.acknowledgement(family(), false));
    assertRejected(outcome, "WC_41_1_A_ACTION_DESCRIBED", "WC 41(1)(a)");
  }

  // ---- WC 28 refusal grounds by section ----

  @Test
  void wc28_aRefusalOnFundamentalPrinciplesWithReasonsIsRecorded() {
    var c =
        step(underReview(), REFUSE, POLISH_CENTRAL_AUTHORITY,
            FinancialFixtures.refusal(family(), GroundForRefusal.WC_FUNDAMENTAL_PRINCIPLES).build());
    assertLast(c, AssistanceStatus.REFUSED, "WC 28");
  }

  @Test
  void wc28_aRefusalMustBeRecordedWithItsDocument() {
    assertRejected(apply(underReview(), REFUSE, POLISH_CENTRAL_AUTHORITY), "WC_28_DOCUMENT", "WC 28");
  }

  @Test
  void wc28_1_g_dualCriminalityMayBeRaisedAgainstACoerciveSectionTwoRequest() {
    var c =
        step(underReview(Spec.standard().coercive(true)), REFUSE, POLISH_CENTRAL_AUTHORITY,
            FinancialFixtures.refusal(family(), GroundForRefusal.WC_DUAL_CRIMINALITY).build());
    assertLast(c, AssistanceStatus.REFUSED, "WC 28");
  }

  @Test
  void wc28_1_g_dualCriminalityCannotBeRaisedAgainstANonCoerciveSectionTwoRequest() {
    var outcome =
        apply(underReview(Spec.standard().coercive(false)), REFUSE, POLISH_CENTRAL_AUTHORITY,
            FinancialFixtures.refusal(family(), GroundForRefusal.WC_DUAL_CRIMINALITY).build());
    assertThat(codes(outcome)).containsExactly("GROUND_NOT_AVAILABLE_W7");
    assertRejected(outcome, "GROUND_NOT_AVAILABLE_W7", "WC 28(1)(g)");
  }

  @ParameterizedTest
  @EnumSource(
      value = GroundForRefusal.class,
      names = {
        "WC_CONFISCATION_NOT_PROVIDED", "WC_CONFISCATION_LIMITS", "WC_LAPSE_OF_TIME",
        "WC_NO_CONVICTION_LINK", "WC_ORDER_NOT_ENFORCEABLE", "WC_IN_ABSENTIA"
      })
  void wc28_4_confiscationOnlyGroundsCannotBeRaisedAgainstASectionTwoRequest(GroundForRefusal ground) {
    var outcome =
        apply(underReview(Spec.standard().coercive(true)), REFUSE, POLISH_CENTRAL_AUTHORITY,
            FinancialFixtures.refusal(family(), ground).build());
    assertRejected(outcome, "GROUND_NOT_AVAILABLE_" + ground.code(), ground.citations().get(0).toString());
    assertThat(outcome.caseFile().status()).isEqualTo(AssistanceStatus.UNDER_REVIEW);
  }

  @Test
  void wc28_7_bankSecrecyIsNeverAGround() {
    var outcome =
        apply(underReview(), REFUSE, POLISH_CENTRAL_AUTHORITY, FinancialFixtures.refusalForBankSecrecy(family()));
    assertThat(codes(outcome)).containsExactly("INADMISSIBLE_BANK_SECRECY");
    assertRejected(outcome, "INADMISSIBLE_BANK_SECRECY", "WC 28(7)");
  }

  @ParameterizedTest
  @EnumSource(value = GroundForRefusal.class, names = {"WC_POLITICAL_OFFENCE", "WC_FISCAL_OFFENCE"})
  void wc28_1_d_e_politicalAndFiscalGroundsMayBeRaisedForOtherOffences(GroundForRefusal ground) {
    Spec spec = Spec.standard().offences(ground == GroundForRefusal.WC_FISCAL_OFFENCE
        ? FinancialFixtures.taxFraud() : FinancialFixtures.laundering());
    var c = step(underReview(spec), REFUSE, POLISH_CENTRAL_AUTHORITY, FinancialFixtures.refusal(family(), ground).build());
    assertLast(c, AssistanceStatus.REFUSED, "WC 28");
  }

  @ParameterizedTest
  @EnumSource(value = GroundForRefusal.class, names = {"WC_POLITICAL_OFFENCE", "WC_FISCAL_OFFENCE"})
  void wc28_1_d_e_politicalAndFiscalGroundsCannotBeRaisedForFinancingOfTerrorism(GroundForRefusal ground) {
    Spec spec = Spec.standard().offences(FinancialFixtures.taxFraud(), FinancialFixtures.terroristFinancing());
    var outcome =
        apply(underReview(spec), REFUSE, POLISH_CENTRAL_AUTHORITY, FinancialFixtures.refusal(family(), ground).build());
    assertThat(codes(outcome)).containsExactly("GROUND_NOT_AVAILABLE_" + ground.code());
    assertRejected(
        outcome,
        "GROUND_NOT_AVAILABLE_" + ground.code(),
        ground == GroundForRefusal.WC_FISCAL_OFFENCE ? "WC 28(1)(d)" : "WC 28(1)(e)");
  }

  @Test
  void wc30_aRefusalMustShowAPartialGrantWasConsideredAndWc40GiveReasons() {
    var outcome =
        apply(underReview(), REFUSE, POLISH_CENTRAL_AUTHORITY,
            FinancialFixtures.bareRefusal(family(), GroundForRefusal.WC_PROPORTIONALITY).build());
    assertRejected(outcome, "WC_30_PARTIAL_GRANT_CONSIDERED", "WC 30");
    assertRejected(outcome, "WC_40_REASONS_FOR_REFUSAL", "WC 40");
  }

  // ---- WC 29 postponement ----

  @Test
  void wc29_aPostponementWithGroundReasonsAndPartialGrantConsideredIsRecordedAndReviewResumes() {
    var c = step(underReview(), POSTPONE, POLISH_CENTRAL_AUTHORITY, FinancialFixtures.postponement(family()).build());
    assertLast(c, AssistanceStatus.POSTPONED, "WC 29");
    c = step(c, RESUME, POLISH_CENTRAL_AUTHORITY);
    assertLast(c, AssistanceStatus.UNDER_REVIEW, "WC 29");
  }

  @Test
  void wc29_aPostponementNeedsItsDocument() {
    assertRejected(apply(underReview(), POSTPONE, POLISH_CENTRAL_AUTHORITY), "WC_29_DOCUMENT", "WC 29");
  }

  @Test
  void wc29_aPostponementWithoutGroundIsRejected() {
    var outcome =
        apply(underReview(), POSTPONE, POLISH_CENTRAL_AUTHORITY,
            FinancialFixtures.barePostponement(family())
                .reasons(FinancialFixtures.POSTPONEMENT_REASONS)
                .partialGrantConsidered(true)
                .build());
    assertThat(codes(outcome)).containsExactly("WC_29_GROUND_FOR_POSTPONEMENT_STATED");
    assertRejected(outcome, "WC_29_GROUND_FOR_POSTPONEMENT_STATED", "WC 29");
  }

  @Test
  void wc29_aBudapestGroundCannotPostponeAWarsawRequest() {
    var outcome =
        apply(underReview(), POSTPONE, POLISH_CENTRAL_AUTHORITY,
            FinancialFixtures.barePostponement(family())
                .ground(GroundForPostponement.BC_OWN_PROCEEDINGS)
                .reasons(FinancialFixtures.POSTPONEMENT_REASONS)
                .partialGrantConsidered(true)
                .build());
    assertRejected(outcome, "WC_29_GROUND_FOR_POSTPONEMENT_APPLIES", "WC 29");
  }

  @Test
  void wc30_wc40_aPostponementWithoutPartialGrantConsideredOrReasonsIsRejected() {
    var outcome =
        apply(underReview(), POSTPONE, POLISH_CENTRAL_AUTHORITY,
            FinancialFixtures.barePostponement(family()).ground(GroundForPostponement.WC_OWN_PROCEEDINGS).build());
    assertThat(codes(outcome)).containsExactly("WC_30_PARTIAL_GRANT_CONSIDERED", "WC_40_REASONS_FOR_POSTPONEMENT");
    assertRejected(outcome, "WC_30_PARTIAL_GRANT_CONSIDERED", "WC 30");
    assertRejected(outcome, "WC_40_REASONS_FOR_POSTPONEMENT", "WC 40");
  }

  // ---- WC 30 conditional grant ----

  @Test
  void wc30_aConditionalGrantAcceptedBindsTheResults() {
    var c =
        step(underReview(), GRANT_CONDITIONALLY, POLISH_CENTRAL_AUTHORITY,
            FinancialFixtures.conditionalGrant(family()).build());
    assertLast(c, AssistanceStatus.CONDITIONALLY_GRANTED, conditionalGrantCitation().toString());
    c = step(c, ACCEPT_CONDITIONS, DUTCH_CENTRAL_AUTHORITY);
    assertLast(c, AssistanceStatus.ACCEPTED, "WC 42(1)");
    assertThat(c.lastEvent().orElseThrow().verification()).isEqualTo(Verification.UNVERIFIED);
    c = step(c, START_EXECUTION, POLISH_CENTRAL_AUTHORITY);
    clock.set(AFTER_ALL_PERIODS);
    var without = apply(c, TRANSMIT_RESULT, POLISH_CENTRAL_AUTHORITY, FinancialFixtures.result(family(), Set.of()));
    assertThat(codes(without)).containsExactly("WC_41_1_B_ACCEPTED_CONDITIONS_BIND");
    assertRejected(without, "WC_41_1_B_ACCEPTED_CONDITIONS_BIND", "WC 41(1)(b)");
    c = step(c, TRANSMIT_RESULT, POLISH_CENTRAL_AUTHORITY,
        FinancialFixtures.result(family(), Set.of(UseCondition.NO_OTHER_USE_WITHOUT_CONSENT)));
    assertLast(c, AssistanceStatus.RESULT_TRANSMITTED, "WC 41(1)(b)");
  }

  @Test
  void wc30_theRequestingPartyMayDeclineTheConditionsAndTheRequestedPartyReviewsAgain() {
    var c =
        step(underReview(), GRANT_CONDITIONALLY, POLISH_CENTRAL_AUTHORITY,
            FinancialFixtures.conditionalGrant(family()).build());
    c = step(c, DECLINE_CONDITIONS, DUTCH_CENTRAL_AUTHORITY);
    assertLast(c, AssistanceStatus.UNDER_REVIEW, "WC 30");
  }

  @Test
  void wc30_onlyTheRequestingPartyAnswersTheConditions() {
    var c =
        step(underReview(), GRANT_CONDITIONALLY, POLISH_CENTRAL_AUTHORITY,
            FinancialFixtures.conditionalGrant(family()).build());
    assertRejected(apply(c, ACCEPT_CONDITIONS, POLISH_CENTRAL_AUTHORITY), "ACTOR_OF_REQUESTING_PARTY", "WC 42(1)");
    assertRejected(apply(c, DECLINE_CONDITIONS, POLISH_CENTRAL_AUTHORITY), "ACTOR_OF_REQUESTING_PARTY", "WC 30");
  }

  @Test
  void wc40_aConditionalGrantMustGiveReasons() {
    var outcome =
        apply(underReview(), GRANT_CONDITIONALLY, POLISH_CENTRAL_AUTHORITY,
            FinancialFixtures.unreasonedConditionalGrant(family()).build());
    assertThat(codes(outcome)).containsExactly("WC_40_REASONS_FOR_CONDITIONS");
    assertRejected(outcome, "WC_40_REASONS_FOR_CONDITIONS", "WC 40");
  }

  // ---- WC 38 amendment loop ----

  @Test
  void wc38_theRequestingPartySuppliesTheAmendmentsAskedFor() {
    var c =
        step(underReview(), REQUEST_AMENDMENT, POLISH_CENTRAL_AUTHORITY,
            FinancialFixtures.amendment(family(), LocalDate.of(2026, 3, 20)));
    assertLast(c, AssistanceStatus.AWAITING_AMENDMENT, "WC 38(1)");
    c = step(c, SUPPLY_AMENDMENT, DUTCH_CENTRAL_AUTHORITY);
    assertLast(c, AssistanceStatus.UNDER_REVIEW, "WC 38(1)");
  }

  @Test
  void wc38_1_anAmendmentRequestMustSayWhatIsMissing() {
    var empty =
        org.treatyflow.model.reply.AmendmentRequest.builder()
            .header(FinancialFixtures.replyHeader(family(), false))
            .build();
    assertRejected(apply(underReview(), REQUEST_AMENDMENT, POLISH_CENTRAL_AUTHORITY, empty),
        "WC_38_1_MISSING_ITEMS_NAMED", "WC 38(1)");
  }

  @Test
  void wc38_2_theRequestIsClosedIncompleteOnlyOnceTheTimeLimitPassedInTheRequestedPartysTimeZone() {
    var c =
        step(underReview(), REQUEST_AMENDMENT, POLISH_CENTRAL_AUTHORITY,
            FinancialFixtures.amendment(family(), LocalDate.of(2026, 3, 20)));
    // 23:59 on 20 March in Warsaw (UTC+1): the last day of the time limit is still running.
    clock.set(Instant.parse("2026-03-20T22:59:00Z"));
    var early = apply(c, CLOSE_INCOMPLETE, POLISH_CENTRAL_AUTHORITY);
    assertThat(AssistanceDeadlines.amendmentDue(c, env)).contains(Instant.parse("2026-03-20T23:00:00Z"));
    assertThat(AssistanceDeadlines.amendmentOverdue(c, env)).isFalse();
    assertThat(codes(early)).containsExactly("WC_38_2_TIME_LIMIT_NOT_PASSED");
    assertRejected(early, "WC_38_2_TIME_LIMIT_NOT_PASSED", "WC 38(2)");
    // Midnight in Warsaw, still 20 March in UTC: the time limit has passed.
    clock.set(Instant.parse("2026-03-20T23:00:00Z"));
    assertThat(AssistanceDeadlines.amendmentOverdue(c, env)).isTrue();
    c = step(c, CLOSE_INCOMPLETE, POLISH_CENTRAL_AUTHORITY);
    assertLast(c, AssistanceStatus.CLOSED_INCOMPLETE, "WC 38(2)");
    assertThat(c.lastEvent().orElseThrow().verification()).isEqualTo(Verification.UNVERIFIED);
  }

  @Test
  void wc38_2_withoutATimeLimitTheRequestIsNeverClosedIncomplete() {
    var c = step(underReview(), REQUEST_AMENDMENT, POLISH_CENTRAL_AUTHORITY, FinancialFixtures.amendment(family(), null));
    clock.set(AFTER_ALL_PERIODS);
    assertRejected(apply(c, CLOSE_INCOMPLETE, POLISH_CENTRAL_AUTHORITY), "WC_38_2_TIME_LIMIT_NOT_PASSED", "WC 38(2)");
  }

  // ---- WC 41(1)(d) delays, WC 41(1)(b) result ----

  @Test
  void wc41_1_d_theRequestedPartyReportsADelayWithItsCircumstances() {
    var c =
        step(executing(), REPORT_DELAY, POLISH_CENTRAL_AUTHORITY,
            FinancialFixtures.report(family(), ExecutionReport.Outcome.DELAYED, true));
    assertLast(c, AssistanceStatus.EXECUTING, "WC 41(1)(d)");
  }

  @Test
  void wc41_1_d_aDelayReportMustStateTheCircumstances() {
    var outcome =
        apply(executing(), REPORT_DELAY, POLISH_CENTRAL_AUTHORITY,
            FinancialFixtures.report(family(), ExecutionReport.Outcome.DELAYED, false));
    assertRejected(outcome, "WC_41_1_D_OBSTACLE_STATED", "WC 41(1)(d)");
  }

  @Test
  void wc41_1_b_theResultMustBeRecordedWithTheTransmissionAndSentByTheRequestedParty() {
    var c = executing();
    clock.set(AFTER_ALL_PERIODS);
    assertRejected(apply(c, TRANSMIT_RESULT, POLISH_CENTRAL_AUTHORITY), "WC_41_1_B_DOCUMENT", "WC 41(1)(b)");
    assertRejected(
        apply(c, TRANSMIT_RESULT, DUTCH_CENTRAL_AUTHORITY, FinancialFixtures.result(family(), Set.of())),
        "ACTOR_OF_REQUESTED_PARTY",
        "WC 41(1)(b)");
  }

  // ---- WC 41(2)(b) withdrawal ----

  @Test
  void wc41_2_b_theRequestingPartyWithdrawsFromEveryOpenStatus() {
    for (AssistanceStatus status : openStatuses()) {
      clock.set(START);
      var c = reach(status);
      assertThat(c.status()).isEqualTo(status);
      InformationNotice notice =
          InformationNotice.builder()
              .header(FinancialFixtures.replyHeader(family(), true))
              .kind(NoticeKind.ACTION_NO_LONGER_JUSTIFIED)
              .details("The suspect died; the proceedings were discontinued.")
              .build();
      var withdrawn = step(c, WITHDRAW, DUTCH_CENTRAL_AUTHORITY, notice);
      assertLast(
          withdrawn,
          AssistanceStatus.WITHDRAWN,
          status == AssistanceStatus.DRAFT ? family().legalBasis().get(0).toString() : "WC 41(2)(b)");
    }
  }

  @Test
  void wc41_2_b_onlyTheRequestingPartyWithdraws() {
    for (AssistanceStatus status : openStatuses()) {
      clock.set(START);
      var outcome = apply(reach(status), WITHDRAW, POLISH_CENTRAL_AUTHORITY);
      assertThat(codes(outcome)).as("from %s", status).containsExactly("ACTOR_OF_REQUESTING_PARTY");
    }
  }

  // ---- WC 43(1) confidentiality ----

  @Test
  void wc43_1_whenConfidentialityCannotBeKeptTheRequestingPartyDecidesToGoOn() {
    var c = step(underReview(Spec.standard().confidential(true)), REPORT_CONFIDENTIALITY_IMPOSSIBLE, POLISH_CENTRAL_AUTHORITY);
    assertLast(c, AssistanceStatus.AWAITING_CONFIDENTIALITY_DECISION, "WC 43(1)");
    assertRejected(apply(c, CONFIRM_EXECUTION, POLISH_CENTRAL_AUTHORITY), "ACTOR_OF_REQUESTING_PARTY", "WC 43(1)");
    assertThat(apply(c, ACCEPT, POLISH_CENTRAL_AUTHORITY).violations()).extracting(Violation::code)
        .containsExactly("ACTION_NOT_AVAILABLE");
    c = step(c, CONFIRM_EXECUTION, DUTCH_CENTRAL_AUTHORITY);
    assertLast(c, AssistanceStatus.UNDER_REVIEW, "WC 43(1)");
  }

  @Test
  void wc43_1_whenConfidentialityCannotBeKeptTheRequestingPartyMayWithdraw() {
    var c = step(underReview(Spec.standard().confidential(true)), REPORT_CONFIDENTIALITY_IMPOSSIBLE, POLISH_CENTRAL_AUTHORITY);
    c = step(c, WITHDRAW, DUTCH_CENTRAL_AUTHORITY);
    assertLast(c, AssistanceStatus.WITHDRAWN, "WC 41(2)(b)");
  }

  @Test
  void wc43_1_noConfidentialityToReportWhenNoneWasAskedFor() {
    var outcome = apply(underReview(Spec.standard().confidential(false)), REPORT_CONFIDENTIALITY_IMPOSSIBLE, POLISH_CENTRAL_AUTHORITY);
    assertThat(codes(outcome)).containsExactly("WC_43_1_CONFIDENTIALITY_NOT_REQUESTED");
    assertRejected(outcome, "WC_43_1_CONFIDENTIALITY_NOT_REQUESTED", "WC 43(1)");
  }

  // ---- terminal statuses, explain ----

  @Test
  void terminalStatusesAcceptNothing() {
    List<CaseFile<R, AssistanceStatus, AssistanceAction>> ended = new ArrayList<>();
    ended.add(step(underReview(), REFUSE, POLISH_CENTRAL_AUTHORITY,
        FinancialFixtures.refusal(family(), GroundForRefusal.WC_PROPORTIONALITY).build()));
    ended.add(step(underReview(), WITHDRAW, DUTCH_CENTRAL_AUTHORITY));
    var awaiting = step(underReview(), REQUEST_AMENDMENT, POLISH_CENTRAL_AUTHORITY,
        FinancialFixtures.amendment(family(), LocalDate.of(2026, 3, 20)));
    clock.set(AFTER_ALL_PERIODS);
    ended.add(step(awaiting, CLOSE_INCOMPLETE, POLISH_CENTRAL_AUTHORITY));
    ended.add(step(reach(AssistanceStatus.RESULT_TRANSMITTED), CLOSE, POLISH_CENTRAL_AUTHORITY));
    assertThat(ended).extracting(CaseFile::status).containsExactlyInAnyOrder(
        AssistanceStatus.REFUSED, AssistanceStatus.WITHDRAWN, AssistanceStatus.CLOSED_INCOMPLETE, AssistanceStatus.CLOSED);
    for (var c : ended) {
      for (AssistanceAction action : AssistanceAction.values()) {
        for (Authority actor : List.of(DUTCH_CENTRAL_AUTHORITY, POLISH_CENTRAL_AUTHORITY)) {
          var outcome = apply(c, action, actor);
          assertThat(codes(outcome)).as("%s in %s", action, c.status()).containsExactly(Workflow.CASE_CLOSED);
          assertThat(outcome.caseFile()).isSameAs(c);
        }
      }
    }
  }

  @Test
  void explainAnswersForEveryActionOfTheTableInEveryOpenStatus() {
    List<AssistanceAction> actions = workflow().table().actions();
    for (AssistanceStatus status : openStatuses()) {
      clock.set(START);
      var c = reach(status);
      List<ActionExplanation<AssistanceStatus, AssistanceAction>> answers = workflow().explain(c, env);
      assertThat(answers).extracting(ActionExplanation::action).as("in %s", status).containsExactlyElementsOf(actions);
      for (ActionExplanation<AssistanceStatus, AssistanceAction> answer : answers) {
        var line = workflow().table().find(status, answer.action());
        assertThat(answer.target()).isEqualTo(line.map(t -> t.to()));
        assertThat(answer.citation()).isEqualTo(line.map(t -> t.citation()));
        if (line.isEmpty()) {
          assertThat(answer.violations()).extracting(Violation::code).containsExactly(Workflow.ACTION_NOT_AVAILABLE);
        }
      }
    }
  }

  @Test
  void explainSaysWhatTheRequestedPartyMayDoInReview() {
    var answers = workflow().explain(underReview(), env);
    assertThat(answers).filteredOn(ActionExplanation::allowed).extracting(ActionExplanation::action)
        .containsExactlyInAnyOrder(REQUEST_AMENDMENT, ACCEPT, GRANT_CONDITIONALLY, POSTPONE, REFUSE, WITHDRAW);
  }

  @Test
  void theTableIsTheWarsawSkeleton() {
    assertThat(workflow().table().terminal())
        .containsExactlyInAnyOrder(
            AssistanceStatus.CLOSED, AssistanceStatus.REFUSED, AssistanceStatus.WITHDRAWN, AssistanceStatus.CLOSED_INCOMPLETE);
    assertThat(workflow().table().statuses()).doesNotContain(
        AssistanceStatus.MEASURE_IN_FORCE, AssistanceStatus.CONFISCATED, AssistanceStatus.PENDING_LIFT_CONSULTATION);
    assertThat(workflow().table().actions()).doesNotContain(
        AssistanceAction.REQUEST_USE_EXPLANATION, AssistanceAction.TAKE_MEASURE, AssistanceAction.CONFISCATE);
    assertThat(workflow().table().transitions()).allSatisfy(
        t -> assertThat(t.citation().instrument()).isEqualTo(WARSAW));
  }

  /** An incomplete request is not sent; every missing item is reported with its article. */
  void assertIncompleteRequestIsNotSent(R incomplete, String... codes) {
    var outcome = apply(workflow().open(incomplete), SUBMIT, DUTCH_CENTRAL_AUTHORITY);
    assertThat(codes(outcome)).contains(codes);
    assertThat(outcome.caseFile().status()).isEqualTo(AssistanceStatus.DRAFT);
  }
}
