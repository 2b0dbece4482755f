package org.treatyflow.workflow.assistance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.treatyflow.model.common.Instrument.BUDAPEST;
import static org.treatyflow.workflow.assistance.AssistanceAction.ACCEPT;
import static org.treatyflow.workflow.assistance.AssistanceAction.ACCEPT_CONDITIONS;
import static org.treatyflow.workflow.assistance.AssistanceAction.ACKNOWLEDGE;
import static org.treatyflow.workflow.assistance.AssistanceAction.CLOSE;
import static org.treatyflow.workflow.assistance.AssistanceAction.CONFIRM_EXECUTION;
import static org.treatyflow.workflow.assistance.AssistanceAction.DECLINE_CONDITIONS;
import static org.treatyflow.workflow.assistance.AssistanceAction.GRANT_CONDITIONALLY;
import static org.treatyflow.workflow.assistance.AssistanceAction.POSTPONE;
import static org.treatyflow.workflow.assistance.AssistanceAction.RECEIVE;
import static org.treatyflow.workflow.assistance.AssistanceAction.REFUSE;
import static org.treatyflow.workflow.assistance.AssistanceAction.REPORT_CONFIDENTIALITY_IMPOSSIBLE;
import static org.treatyflow.workflow.assistance.AssistanceAction.REQUEST_AMENDMENT;
import static org.treatyflow.workflow.assistance.AssistanceAction.REQUEST_USE_EXPLANATION;
import static org.treatyflow.workflow.assistance.AssistanceAction.RESUME;
import static org.treatyflow.workflow.assistance.AssistanceAction.START_EXECUTION;
import static org.treatyflow.workflow.assistance.AssistanceAction.SUBMIT;
import static org.treatyflow.workflow.assistance.AssistanceAction.TRANSMIT_RESULT;
import static org.treatyflow.workflow.assistance.AssistanceAction.WITHDRAW;
import static org.treatyflow.workflow.assistance.MutualAssistanceFixtures.GERMAN_CENTRAL;
import static org.treatyflow.workflow.assistance.MutualAssistanceFixtures.ROMANIAN_CENTRAL;
import static org.treatyflow.workflow.assistance.MutualAssistanceFixtures.START;
import static org.treatyflow.workflow.assistance.MutualAssistanceFixtures.fromGermany;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.treatyflow.model.assistance.MutualAssistanceRequest;
import org.treatyflow.model.common.Authority;
import org.treatyflow.model.common.AuthorityRole;
import org.treatyflow.model.common.Channel;
import org.treatyflow.model.common.Language;
import org.treatyflow.model.common.Party;
import org.treatyflow.model.common.RequestFamily;
import org.treatyflow.model.common.RequestHeader;
import org.treatyflow.model.common.RequestId;
import org.treatyflow.model.common.UseCondition;
import org.treatyflow.model.common.Violation;
import org.treatyflow.model.refusal.GroundForPostponement;
import org.treatyflow.model.refusal.GroundForRefusal;
import org.treatyflow.model.reply.ConditionalGrant;
import org.treatyflow.model.reply.ExecutionReport;
import org.treatyflow.model.reply.Postponement;
import org.treatyflow.model.reply.Refusal;
import org.treatyflow.model.reply.Reply;
import org.treatyflow.model.reply.ReplyHeader;
import org.treatyflow.model.reply.ResultTransmission;
import org.treatyflow.testkit.workflow.SimulatedClock;
import org.treatyflow.workflow.ActionExplanation;
import org.treatyflow.workflow.CaseFile;
import org.treatyflow.workflow.Command;
import org.treatyflow.workflow.DomesticPolicy;
import org.treatyflow.workflow.Environment;
import org.treatyflow.workflow.Outcome;
import org.treatyflow.workflow.Workflow;

/**
 * Examples of the mutual assistance lifecycle under the Budapest Convention: each rule with a step
 * it allows and one it refuses.
 */
class MutualAssistanceWorkflowTest {
  private static final Workflow<MutualAssistanceRequest, AssistanceStatus, AssistanceAction> WORKFLOW =
      MutualAssistanceWorkflow.WORKFLOW;

  private final SimulatedClock clock = new SimulatedClock(START);
  private Environment env = MutualAssistanceFixtures.environment(clock);
  private int commands;

  private CaseFile<MutualAssistanceRequest, AssistanceStatus, AssistanceAction> step(
      CaseFile<MutualAssistanceRequest, AssistanceStatus, AssistanceAction> c,
      AssistanceAction action,
      Authority actor,
      Reply... reply) {
    Outcome<MutualAssistanceRequest, AssistanceStatus, AssistanceAction> outcome = attempt(c, action, actor, reply);
    assertThat(outcome.isApplied()).as("%s: %s", action, outcome).isTrue();
    return outcome.caseFile();
  }

  private Outcome<MutualAssistanceRequest, AssistanceStatus, AssistanceAction> attempt(
      CaseFile<MutualAssistanceRequest, AssistanceStatus, AssistanceAction> c,
      AssistanceAction action,
      Authority actor,
      Reply... reply) {
    Command.Builder<AssistanceAction> command =
        Command.<AssistanceAction>builder()
            .id("c" + commands++)
            .action(action)
            .expectedVersion(c.version())
            .actor(actor);
    if (reply.length > 0) {
      command.reply(reply[0]);
    }
    return WORKFLOW.apply(c, command.build(), env);
  }

  private static List<Violation> violations(Outcome<?, ?, ?> outcome) {
    assertThat(outcome).isInstanceOf(Outcome.Rejected.class);
    return ((Outcome.Rejected<?, ?, ?>) outcome).violations();
  }

  private CaseFile<MutualAssistanceRequest, AssistanceStatus, AssistanceAction> underReview(
      MutualAssistanceRequest request) {
    CaseFile<MutualAssistanceRequest, AssistanceStatus, AssistanceAction> c = WORKFLOW.open(request);
    c = step(c, SUBMIT, ROMANIAN_CENTRAL);
    c = step(c, RECEIVE, GERMAN_CENTRAL);
    return step(c, ACKNOWLEDGE, GERMAN_CENTRAL);
  }

  private CaseFile<MutualAssistanceRequest, AssistanceStatus, AssistanceAction> underReview() {
    return underReview(MutualAssistanceFixtures.request());
  }

  private static Refusal refusal(List<GroundForRefusal> grounds, boolean partialConsidered, boolean reasons) {
    Refusal.Builder b =
        Refusal.builder().header(fromGermany("DE-R-1")).addAllGrounds(grounds).partialGrantConsidered(partialConsidered);
    if (reasons) {
      b.reasons("Execution would prejudice essential interests.");
    }
    return b.build();
  }

  private static ResultTransmission result(Set<UseCondition> conditions) {
    return ResultTransmission.builder()
        .header(fromGermany("DE-T-1"))
        .addAllDataItems(MutualAssistanceFixtures.logs())
        .addAllUseConditions(conditions)
        .build();
  }

  @Test
  void aRequestGoesFromDraftToClosedCitingAnArticleAtEveryStep() {
    CaseFile<MutualAssistanceRequest, AssistanceStatus, AssistanceAction> c = underReview();
    c = step(c, ACCEPT, GERMAN_CENTRAL);
    c = step(c, START_EXECUTION, GERMAN_CENTRAL);
    c = step(c, TRANSMIT_RESULT, GERMAN_CENTRAL, result(Set.of()));
    c = step(c, CLOSE, ROMANIAN_CENTRAL);

    assertThat(c.status()).isEqualTo(AssistanceStatus.CLOSED);
    assertThat(c.version()).isEqualTo(7);
    assertThat(c.history()).extracting(e -> e.citation().toString())
        .containsExactly("BC 25(1)", "BC 25(1)", "BC 25(1)", "BC 25(1)", "BC 25(1)", "BC 25(1)", "BC 25(1)");
  }

  @Test
  void bc25_1_theConventionMustBindBothPartiesOnTheDay() {
    MutualAssistanceRequest bound = MutualAssistanceFixtures.request();
    assertThat(attempt(WORKFLOW.open(bound), SUBMIT, ROMANIAN_CENTRAL).isApplied())
        .as("Romania and Germany are both bound")
        .isTrue();

    MutualAssistanceRequest notBound =
        MutualAssistanceRequest.builder()
            .header(header(Party.of("CN")))
            .addOffences(MutualAssistanceFixtures.illegalAccess())
            .facts(bound.facts())
            .addAllMeasures(bound.measures())
            .addAllDataItems(bound.dataItems())
            .build();
    assertThat(violations(attempt(WORKFLOW.open(notBound), SUBMIT, ROMANIAN_CENTRAL)))
        .extracting(Violation::code, v -> v.citation().toString())
        .containsExactly(tuple("BC_25_1_TREATY_IN_FORCE", "BC 25(1)"));
  }

  private static RequestHeader header(Party requested) {
    return RequestHeader.builder()
        .id(MutualAssistanceFixtures.ID)
        .requestingParty(MutualAssistanceFixtures.ROMANIA)
        .requestedParty(requested)
        .requestingAuthority(ROMANIAN_CENTRAL)
        .requestedAuthority(Authority.of(requested, AuthorityRole.CENTRAL_AUTHORITY, "Ministry of Justice"))
        .channel(Channel.CENTRAL_AUTHORITY)
        .dateOfRequest(LocalDate.of(2026, 5, 4))
        .language(Language.ENGLISH)
        .addLegalBasis(BUDAPEST.cite(25))
        .build();
  }

  @Test
  void anIncompleteRequestCannotBeSent() {
    MutualAssistanceRequest noMeasure =
        MutualAssistanceRequest.builder()
            .header(header(MutualAssistanceFixtures.GERMANY))
            .addOffences(MutualAssistanceFixtures.illegalAccess())
            .facts(MutualAssistanceFixtures.request().facts())
            .build();
    assertThat(violations(attempt(WORKFLOW.open(noMeasure), SUBMIT, ROMANIAN_CENTRAL)))
        .extracting(Violation::code)
        .contains("BC_25_1_MEASURES");
  }

  @Test
  void failingGuardsNamesTheRulesThatStandInTheWay() {
    CaseFile<MutualAssistanceRequest, AssistanceStatus, AssistanceAction> c = underReview();
    Command<AssistanceAction> byRomania =
        Command.<AssistanceAction>builder().id("x").action(ACCEPT).expectedVersion(c.version()).actor(ROMANIAN_CENTRAL).build();
    assertThat(WORKFLOW.failingGuards(c, byRomania, env)).extracting(g -> g.code()).containsExactly("ACTOR_OF_REQUESTED_PARTY");
    Command<AssistanceAction> byGermany =
        Command.<AssistanceAction>builder().id("y").action(ACCEPT).expectedVersion(c.version()).actor(GERMAN_CENTRAL).build();
    assertThat(WORKFLOW.failingGuards(c, byGermany, env)).isEmpty();
    Command<AssistanceAction> noLine =
        Command.<AssistanceAction>builder().id("z").action(SUBMIT).expectedVersion(c.version()).actor(ROMANIAN_CENTRAL).build();
    assertThat(WORKFLOW.failingGuards(c, noLine, env)).as("no line, no guard").isEmpty();
  }

  @Test
  void onlyTheRequestedPartyDecidesAndOnlyTheRequestingPartySends() {
    assertThat(violations(attempt(WORKFLOW.open(MutualAssistanceFixtures.request()), SUBMIT, GERMAN_CENTRAL)))
        .extracting(Violation::code)
        .containsExactly("ACTOR_OF_REQUESTING_PARTY");
    assertThat(violations(attempt(underReview(), ACCEPT, ROMANIAN_CENTRAL)))
        .extracting(Violation::code)
        .containsExactly("ACTOR_OF_REQUESTED_PARTY");
  }

  @Test
  void bc27_9_withoutATreatyADirectJudicialRequestMustBeUrgent() {
    MutualAssistanceRequest direct =
        MutualAssistanceFixtures.builder(Channel.DIRECT_JUDICIAL, MutualAssistanceFixtures.illegalAccess()).build();
    assertThat(violations(attempt(WORKFLOW.open(direct), SUBMIT, ROMANIAN_CENTRAL)))
        .extracting(Violation::code, v -> v.citation().toString())
        .containsExactly(
            tuple("BC_27_9_A_DIRECT_JUDICIAL_ONLY_IF_URGENT", "BC 27(9)(a)"));
  }

  @Test
  void bc27_1_underATreatyTheBc27ChannelRulesDoNotApply() {
    env = MutualAssistanceFixtures.environment(clock, MutualAssistanceFixtures.treatyInForce());
    MutualAssistanceRequest direct =
        MutualAssistanceFixtures.builder(Channel.DIRECT_JUDICIAL, MutualAssistanceFixtures.illegalAccess()).build();
    assertThat(attempt(WORKFLOW.open(direct), SUBMIT, ROMANIAN_CENTRAL).isApplied()).isTrue();
  }

  @Test
  void bc27_4_withoutATreatyThePoliticalOffenceGroundMayBeRaised() {
    Outcome<?, ?, ?> refused =
        attempt(underReview(), REFUSE, GERMAN_CENTRAL, refusal(List.of(GroundForRefusal.BC_POLITICAL_OFFENCE), true, true));
    assertThat(refused.isApplied()).isTrue();
    assertThat(refused.caseFile().status()).isEqualTo(AssistanceStatus.REFUSED);
    assertThat(refused.caseFile().lastEvent().orElseThrow().citation()).isEqualTo(BUDAPEST.cite(25, 4));
  }

  @Test
  void bc27_1_underATreatyTheBc27_4GroundsGiveWayToTheTreatys() {
    env = MutualAssistanceFixtures.environment(clock, MutualAssistanceFixtures.treatyInForce());
    assertThat(
            violations(
                attempt(underReview(), REFUSE, GERMAN_CENTRAL,
                    refusal(List.of(GroundForRefusal.BC_POLITICAL_OFFENCE), true, true))))
        .extracting(Violation::code, v -> v.citation().toString())
        .containsExactly(tuple("BC_27_1_TREATY_GOVERNS_B1", "BC 27(1)"));
    assertThat(
            attempt(underReview(), REFUSE, GERMAN_CENTRAL,
                    refusal(List.of(GroundForRefusal.BC_TREATY_OR_DOMESTIC_GROUND), true, true))
                .isApplied())
        .isTrue();
  }

  @Test
  void bc27_6_withoutATreatyAPartialGrantMustBeConsideredBeforeRefusing() {
    assertThat(
            violations(
                attempt(underReview(), REFUSE, GERMAN_CENTRAL,
                    refusal(List.of(GroundForRefusal.BC_ESSENTIAL_INTERESTS), false, true))))
        .extracting(Violation::code, v -> v.citation().toString())
        .containsExactly(tuple("BC_27_6_PARTIAL_GRANT_CONSIDERED", "BC 27(6)"));

    env = MutualAssistanceFixtures.environment(clock, MutualAssistanceFixtures.treatyInForce());
    assertThat(
            attempt(underReview(), REFUSE, GERMAN_CENTRAL,
                    refusal(List.of(GroundForRefusal.BC_TREATY_OR_DOMESTIC_GROUND), false, true))
                .isApplied())
        .as("under a treaty, BC 27(6) gives way")
        .isTrue();
  }

  @Test
  void bc27_7_aRefusalMustGiveReasons() {
    assertThat(
            violations(
                attempt(underReview(), REFUSE, GERMAN_CENTRAL,
                    refusal(List.of(GroundForRefusal.BC_ESSENTIAL_INTERESTS), true, false))))
        .extracting(Violation::code)
        .containsExactly("BC_27_7_REASONS_FOR_REFUSAL");
    assertThat(
            violations(attempt(underReview(), REFUSE, GERMAN_CENTRAL)))
        .extracting(Violation::code)
        .containsExactly("BC_25_4_DOCUMENT");
  }

  @Test
  void bc25_4_aBudapestOffenceCannotBeRefusedSolelyAsFiscal() {
    assertThat(
            violations(
                attempt(underReview(), REFUSE, GERMAN_CENTRAL,
                    refusal(List.of(GroundForRefusal.BC_FISCAL_OFFENCE), true, true))))
        .extracting(Violation::code, v -> v.citation().toString())
        .containsExactly(
            tuple("INADMISSIBLE_FISCAL_ONLY_FOR_BUDAPEST_OFFENCE", "BC 25(4)"));

    MutualAssistanceRequest taxCase =
        MutualAssistanceFixtures.builder(Channel.CENTRAL_AUTHORITY, MutualAssistanceFixtures.taxFraud()).build();
    assertThat(
            attempt(underReview(taxCase), REFUSE, GERMAN_CENTRAL,
                    refusal(List.of(GroundForRefusal.BC_FISCAL_OFFENCE), true, true))
                .isApplied())
        .as("an offence outside BC 2-11 may be refused as fiscal under the applicable law")
        .isTrue();
  }

  @Test
  void bc27_5_postponementNeedsItsGroundAndReasonsAndEndsWhenTheReasonLapses() {
    Postponement postponement =
        Postponement.builder()
            .header(fromGermany("DE-P-1"))
            .ground(GroundForPostponement.BC_OWN_PROCEEDINGS)
            .reasons("Our own investigation of the same servers would be compromised.")
            .partialGrantConsidered(true)
            .build();
    CaseFile<MutualAssistanceRequest, AssistanceStatus, AssistanceAction> postponed =
        step(underReview(), POSTPONE, GERMAN_CENTRAL, postponement);
    assertThat(postponed.status()).isEqualTo(AssistanceStatus.POSTPONED);
    assertThat(postponed.lastEvent().orElseThrow().citation()).isEqualTo(BUDAPEST.cite(27, 5));
    assertThat(step(postponed, RESUME, GERMAN_CENTRAL).status()).isEqualTo(AssistanceStatus.UNDER_REVIEW);

    Postponement bare = Postponement.builder().header(fromGermany("DE-P-2")).build();
    assertThat(violations(attempt(underReview(), POSTPONE, GERMAN_CENTRAL, bare)))
        .extracting(Violation::code)
        .containsExactly(
            "BC_27_5_GROUND_FOR_POSTPONEMENT_STATED",
            "BC_27_6_PARTIAL_GRANT_CONSIDERED",
            "BC_27_7_REASONS_FOR_POSTPONEMENT");
  }

  @Test
  void bc27_8_confidentialityThatCannotBeKeptIsReportedAndTheRequestingPartyDecides() {
    CaseFile<MutualAssistanceRequest, AssistanceStatus, AssistanceAction> reported =
        step(underReview(), REPORT_CONFIDENTIALITY_IMPOSSIBLE, GERMAN_CENTRAL);
    assertThat(reported.status()).isEqualTo(AssistanceStatus.AWAITING_CONFIDENTIALITY_DECISION);
    assertThat(violations(attempt(reported, CONFIRM_EXECUTION, GERMAN_CENTRAL)))
        .extracting(Violation::code, v -> v.citation().toString())
        .containsExactly(tuple("ACTOR_OF_REQUESTING_PARTY", "BC 27(8)"));
    assertThat(step(reported, CONFIRM_EXECUTION, ROMANIAN_CENTRAL).status()).isEqualTo(AssistanceStatus.UNDER_REVIEW);
    assertThat(step(reported, WITHDRAW, ROMANIAN_CENTRAL).status()).isEqualTo(AssistanceStatus.WITHDRAWN);

    MutualAssistanceRequest open =
        MutualAssistanceRequest.builder()
            .header(header(MutualAssistanceFixtures.GERMANY))
            .addOffences(MutualAssistanceFixtures.illegalAccess())
            .facts(MutualAssistanceFixtures.request().facts())
            .addAllMeasures(MutualAssistanceFixtures.request().measures())
            .build();
    assertThat(violations(attempt(underReview(open), REPORT_CONFIDENTIALITY_IMPOSSIBLE, GERMAN_CENTRAL)))
        .extracting(Violation::code)
        .containsExactly("BC_27_8_CONFIDENTIALITY_NOT_REQUESTED");
  }

  @Test
  void bc28_2_3_acceptedConditionsBindAndTheResultsMustCarryThem() {
    ConditionalGrant grant =
        ConditionalGrant.builder()
            .header(fromGermany("DE-G-1"))
            .addUseConditions(UseCondition.PURPOSE_LIMITED)
            .reasons("Other proceedings concern the same persons.")
            .build();
    CaseFile<MutualAssistanceRequest, AssistanceStatus, AssistanceAction> granted =
        step(underReview(), GRANT_CONDITIONALLY, GERMAN_CENTRAL, grant);
    assertThat(granted.status()).isEqualTo(AssistanceStatus.CONDITIONALLY_GRANTED);

    CaseFile<MutualAssistanceRequest, AssistanceStatus, AssistanceAction> declined =
        step(granted, DECLINE_CONDITIONS, ROMANIAN_CENTRAL);
    assertThat(declined.status()).as("BC 28(3): the requested Party then decides").isEqualTo(AssistanceStatus.UNDER_REVIEW);
    assertThat(declined.lastEvent().orElseThrow().citation()).isEqualTo(BUDAPEST.cite(28, 3));

    CaseFile<MutualAssistanceRequest, AssistanceStatus, AssistanceAction> executing =
        step(step(granted, ACCEPT_CONDITIONS, ROMANIAN_CENTRAL), START_EXECUTION, GERMAN_CENTRAL);
    assertThat(AssistanceLifecycle.acceptedUseConditions(executing)).containsExactly(UseCondition.PURPOSE_LIMITED);
    assertThat(violations(attempt(executing, TRANSMIT_RESULT, GERMAN_CENTRAL, result(Set.of()))))
        .extracting(Violation::code)
        .containsExactly("BC_25_1_ACCEPTED_CONDITIONS_BIND");
    CaseFile<MutualAssistanceRequest, AssistanceStatus, AssistanceAction> sent =
        step(executing, TRANSMIT_RESULT, GERMAN_CENTRAL, result(Set.of(UseCondition.PURPOSE_LIMITED)));

    assertThat(step(sent, REQUEST_USE_EXPLANATION, GERMAN_CENTRAL).lastEvent().orElseThrow().citation())
        .as("BC 28(4): the supplying Party may ask how the information was used")
        .isEqualTo(BUDAPEST.cite(28, 4));
  }

  @Test
  void bc27_7_executionEndsWithoutResultsOnlyOnceReportedImpossible() {
    CaseFile<MutualAssistanceRequest, AssistanceStatus, AssistanceAction> executing =
        step(step(underReview(), ACCEPT, GERMAN_CENTRAL), START_EXECUTION, GERMAN_CENTRAL);
    assertThat(violations(attempt(executing, CLOSE, GERMAN_CENTRAL)))
        .extracting(Violation::code, v -> v.citation().toString())
        .containsExactly(tuple("BC_27_7_IMPOSSIBILITY_NOT_REPORTED", "BC 27(7)"));

    ExecutionReport impossible =
        ExecutionReport.builder()
            .header(fromGermany("DE-E-1"))
            .outcome(ExecutionReport.Outcome.IMPOSSIBLE)
            .details("The servers were decommissioned before the request arrived.")
            .build();
    CaseFile<MutualAssistanceRequest, AssistanceStatus, AssistanceAction> reported =
        step(executing, AssistanceAction.REPORT_DELAY, GERMAN_CENTRAL, impossible);
    CaseFile<MutualAssistanceRequest, AssistanceStatus, AssistanceAction> closed = step(reported, CLOSE, GERMAN_CENTRAL);
    assertThat(closed.status()).isEqualTo(AssistanceStatus.CLOSED);
    assertThat(closed.lastEvent().orElseThrow().citation()).isEqualTo(BUDAPEST.cite(27, 7));
  }

  @Test
  void bc28_4_aUseExplanationNeedsAnAcceptedCondition() {
    CaseFile<MutualAssistanceRequest, AssistanceStatus, AssistanceAction> sent =
        step(step(step(underReview(), ACCEPT, GERMAN_CENTRAL), START_EXECUTION, GERMAN_CENTRAL),
            TRANSMIT_RESULT, GERMAN_CENTRAL, result(Set.of()));
    assertThat(violations(attempt(sent, REQUEST_USE_EXPLANATION, GERMAN_CENTRAL)))
        .extracting(Violation::code, v -> v.citation().toString())
        .containsExactly(tuple("BC_28_4_NO_CONDITION_ACCEPTED", "BC 28(4)"));
  }

  @Test
  void aDocumentAnsweringAnotherRequestIsNotAccepted() {
    Refusal other =
        Refusal.builder()
            .header(
                ReplyHeader.builder()
                    .id(RequestId.of("DE-R-9"))
                    .answersRequest(RequestId.of("RO-MLA-2026-0999"))
                    .family(RequestFamily.MUTUAL_ASSISTANCE)
                    .fromParty(MutualAssistanceFixtures.GERMANY)
                    .fromAuthority(GERMAN_CENTRAL)
                    .toParty(MutualAssistanceFixtures.ROMANIA)
                    .date(LocalDate.of(2026, 5, 6))
                    .channel(Channel.CENTRAL_AUTHORITY)
                    .build())
            .addGrounds(GroundForRefusal.BC_ESSENTIAL_INTERESTS)
            .reasons("Essential interests.")
            .partialGrantConsidered(true)
            .build();
    assertThat(violations(attempt(underReview(), REFUSE, GERMAN_CENTRAL, other)))
        .extracting(Violation::code)
        .containsExactly("BC_25_4_DOCUMENT");
  }

  @Test
  void theBudapestTrackHasNoAmendmentLoopAndNoDraftConsultation() {
    assertThat(MutualAssistanceWorkflow.TABLE.actions())
        .doesNotContain(REQUEST_AMENDMENT, AssistanceAction.CONSULT_DRAFT, AssistanceAction.TAKE_MEASURE);
    assertThat(MutualAssistanceWorkflow.TABLE.statuses())
        .doesNotContain(AssistanceStatus.AWAITING_AMENDMENT, AssistanceStatus.MEASURE_IN_FORCE);
  }

  @Test
  void theRequestingPartyMayWithdrawFromEveryOpenStatusButNotFromAClosedCase() {
    for (AssistanceStatus status : MutualAssistanceWorkflow.TABLE.statuses()) {
      boolean open = !MutualAssistanceWorkflow.TABLE.isTerminal(status);
      assertThat(MutualAssistanceWorkflow.TABLE.allows(status, WITHDRAW)).as("%s", status).isEqualTo(open);
    }
    CaseFile<MutualAssistanceRequest, AssistanceStatus, AssistanceAction> withdrawn =
        step(underReview(), WITHDRAW, ROMANIAN_CENTRAL);
    assertThat(violations(attempt(withdrawn, ACCEPT, GERMAN_CENTRAL)))
        .extracting(Violation::code)
        .containsExactly(Workflow.CASE_CLOSED);
    assertThat(violations(attempt(underReview(), WITHDRAW, GERMAN_CENTRAL)))
        .extracting(Violation::code)
        .containsExactly("ACTOR_OF_REQUESTING_PARTY");
  }

  @Test
  void explainAnswersForEveryActionOfTheFamilyAndOnlyThose() {
    List<ActionExplanation<AssistanceStatus, AssistanceAction>> answers = WORKFLOW.explain(underReview(), env);
    assertThat(answers).extracting(ActionExplanation::action).containsExactlyElementsOf(MutualAssistanceWorkflow.TABLE.actions());
    assertThat(answers)
        .filteredOn(ActionExplanation::allowed)
        .extracting(ActionExplanation::action)
        .containsExactlyInAnyOrder(
            ACCEPT, GRANT_CONDITIONALLY, POSTPONE, REFUSE, REPORT_CONFIDENTIALITY_IMPOSSIBLE, WITHDRAW);
  }

  @Test
  void aPolicyCanSayThePartiesAgreedToApplyBc27UnderATreaty() {
    DomesticPolicy agreed =
        new DomesticPolicy() {
          @Override
          public boolean mutualAssistanceTreatyInForce(Party requesting, Party requested) {
            return true;
          }

          @Override
          public boolean agreesToApplyBudapestArticle27(Party requesting, Party requested) {
            return true;
          }
        };
    env = MutualAssistanceFixtures.environment(clock, agreed);
    assertThat(
            attempt(underReview(), REFUSE, GERMAN_CENTRAL,
                    refusal(List.of(GroundForRefusal.BC_POLITICAL_OFFENCE), true, true))
                .isApplied())
        .isTrue();
  }
}
