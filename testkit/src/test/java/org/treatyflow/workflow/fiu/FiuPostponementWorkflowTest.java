package org.treatyflow.workflow.fiu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.treatyflow.model.common.Instrument.WARSAW;
import static org.treatyflow.workflow.fiu.FiuFixtures.DUTCH_FIU;
import static org.treatyflow.workflow.fiu.FiuFixtures.DUTCH_POLICE;
import static org.treatyflow.workflow.fiu.FiuFixtures.MOLDOVA;
import static org.treatyflow.workflow.fiu.FiuFixtures.NETHERLANDS;
import static org.treatyflow.workflow.fiu.FiuFixtures.POLAND;
import static org.treatyflow.workflow.fiu.FiuFixtures.POLISH_CENTRAL_AUTHORITY;
import static org.treatyflow.workflow.fiu.FiuFixtures.POLISH_FIU;
import static org.treatyflow.workflow.fiu.FiuFixtures.POLISH_PERIOD;
import static org.treatyflow.workflow.fiu.FiuFixtures.PROVISIONAL_MEASURE;
import static org.treatyflow.workflow.fiu.FiuFixtures.START;
import static org.treatyflow.workflow.fiu.FiuFixtures.UNITED_KINGDOM;
import static org.treatyflow.workflow.fiu.FiuFixtures.fiu;
import static org.treatyflow.workflow.fiu.FiuFixtures.header;
import static org.treatyflow.workflow.fiu.FiuFixtures.postponement;
import static org.treatyflow.workflow.fiu.FiuFixtures.postponing;
import static org.treatyflow.workflow.fiu.FiuFixtures.refusal;
import static org.treatyflow.workflow.fiu.FiuPostponementAction.CONVERT_TO_PROVISIONAL_MEASURE;
import static org.treatyflow.workflow.fiu.FiuPostponementAction.DECLINE;
import static org.treatyflow.workflow.fiu.FiuPostponementAction.EXPIRE;
import static org.treatyflow.workflow.fiu.FiuPostponementAction.POSTPONE;
import static org.treatyflow.workflow.fiu.FiuPostponementAction.RELEASE;
import static org.treatyflow.workflow.fiu.FiuPostponementAction.SEND;
import static org.treatyflow.workflow.fiu.FiuPostponementWorkflow.WORKFLOW;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.treatyflow.model.common.Authority;
import org.treatyflow.model.common.Party;
import org.treatyflow.model.common.RequestFamily;
import org.treatyflow.model.common.RequestId;
import org.treatyflow.model.common.Verification;
import org.treatyflow.model.common.Violation;
import org.treatyflow.model.fiu.FiuPostponementRequest;
import org.treatyflow.model.refusal.GroundForRefusal;
import org.treatyflow.model.reply.Reply;
import org.treatyflow.testkit.workflow.SimulatedClock;
import org.treatyflow.workflow.ActionExplanation;
import org.treatyflow.workflow.CaseFile;
import org.treatyflow.workflow.Command;
import org.treatyflow.workflow.DomesticPolicy;
import org.treatyflow.workflow.Environment;
import org.treatyflow.workflow.Outcome;
import org.treatyflow.workflow.StepContext;
import org.treatyflow.workflow.TransitionTable;
import org.treatyflow.workflow.Workflow;

class FiuPostponementWorkflowTest {
  private static final RequestFamily FAMILY = RequestFamily.FIU_POSTPONEMENT;

  private final SimulatedClock clock = new SimulatedClock(START);
  private Environment env = FiuFixtures.environment(clock, postponing(POLAND, POLISH_PERIOD));

  private Outcome<FiuPostponementRequest, FiuPostponementStatus, FiuPostponementAction> attempt(
      CaseFile<FiuPostponementRequest, FiuPostponementStatus, FiuPostponementAction> c,
      FiuPostponementAction action,
      Authority actor,
      Optional<? extends Reply> reply,
      Optional<RequestId> followUp) {
    Command<FiuPostponementAction> command =
        Command.<FiuPostponementAction>builder()
            .id("c" + c.version() + "-" + action)
            .action(action)
            .expectedVersion(c.version())
            .actor(actor)
            .reply(reply.map(Reply.class::cast))
            .followUp(followUp)
            .build();
    return WORKFLOW.apply(c, command, env);
  }

  private Outcome<FiuPostponementRequest, FiuPostponementStatus, FiuPostponementAction> attempt(
      CaseFile<FiuPostponementRequest, FiuPostponementStatus, FiuPostponementAction> c,
      FiuPostponementAction action,
      Authority actor) {
    return attempt(c, action, actor, Optional.empty(), Optional.empty());
  }

  private CaseFile<FiuPostponementRequest, FiuPostponementStatus, FiuPostponementAction> step(
      CaseFile<FiuPostponementRequest, FiuPostponementStatus, FiuPostponementAction> c,
      FiuPostponementAction action,
      Authority actor) {
    var outcome = attempt(c, action, actor);
    assertThat(outcome.violations()).as("violations of %s", action).isEmpty();
    assertThat(outcome.isApplied()).isTrue();
    return outcome.caseFile();
  }

  private CaseFile<FiuPostponementRequest, FiuPostponementStatus, FiuPostponementAction> received() {
    return step(WORKFLOW.open(postponement()), SEND, DUTCH_FIU);
  }

  private CaseFile<FiuPostponementRequest, FiuPostponementStatus, FiuPostponementAction> postponed() {
    return step(received(), POSTPONE, POLISH_FIU);
  }

  private static List<String> codes(Outcome<?, ?, ?> outcome) {
    return outcome.violations().stream().map(Violation::code).toList();
  }

  private static FiuPostponementRequest between(Party from, Party to) {
    return postponement(header(from, to, WARSAW.cite(47)));
  }

  // --- the paths and the deadline ---

  @Test
  void aPostponementExpiresWhenThePolishDomesticPeriodIsOver() {
    var c = postponed();
    assertThat(c.history()).extracting(e -> e.citation().toString()).containsExactly("WC 47(1)", "WC 47(2)");
    assertThat(FiuDeadlines.postponedAt(c)).contains(START);
    assertThat(FiuDeadlines.postponementEnds(c, env)).contains(START.plus(POLISH_PERIOD));

    clock.advance(POLISH_PERIOD.minusSeconds(1));
    var early = attempt(c, EXPIRE, POLISH_FIU);
    assertThat(codes(early)).containsExactly("WC_47_1_PERIOD_NOT_OVER");
    assertThat(early.violations().get(0).citation()).hasToString("WC 47(1)");

    clock.advance(Duration.ofSeconds(1));
    var expired = step(c, EXPIRE, POLISH_FIU);
    assertThat(expired.status()).isEqualTo(FiuPostponementStatus.EXPIRED);
    assertThat(FiuDeadlines.postponementEnds(expired, env)).isEmpty();
    assertThat(codes(attempt(expired, RELEASE, POLISH_FIU))).containsExactly(Workflow.CASE_CLOSED);
  }

  @Test
  void withoutADomesticPeriodThereIsNoEndAndExplainSaysSo() {
    env = FiuFixtures.environment(clock, DomesticPolicy.DEFAULTS);
    var c = postponed();
    assertThat(FiuDeadlines.postponementEnds(c, env)).isEmpty();
    clock.advance(Duration.ofDays(3650));
    ActionExplanation<FiuPostponementStatus, FiuPostponementAction> expire =
        WORKFLOW.explain(c, env).get(EXPIRE.ordinal());
    assertThat(expire.allowed()).isFalse();
    assertThat(expire.violations()).extracting(Violation::code).containsExactly("WC_47_1_NO_DOMESTIC_PERIOD");
    assertThat(expire.violations().get(0).message().english()).contains("sets no period");
    assertThat(codes(attempt(c, EXPIRE, POLISH_FIU))).containsExactly("WC_47_1_NO_DOMESTIC_PERIOD");
    // another Party's period is not Poland's, and a period that is not positive is no period
    env = FiuFixtures.environment(clock, postponing(NETHERLANDS, POLISH_PERIOD));
    assertThat(FiuDeadlines.postponementEnds(c, env)).isEmpty();
    env = FiuFixtures.environment(clock, postponing(POLAND, Duration.ZERO));
    assertThat(FiuDeadlines.postponementEnds(c, env)).isEmpty();
    assertThat(step(c, RELEASE, POLISH_FIU).status()).isEqualTo(FiuPostponementStatus.RELEASED);
  }

  @Test
  void noDeadlineBeforeThePostponement() {
    assertThat(FiuDeadlines.postponementEnds(received(), env)).isEmpty();
    assertThat(FiuDeadlines.postponedAt(received())).isEmpty();
  }

  // --- SEND ---

  @Test
  void onlyTheRequestingFiuSends() {
    assertThat(codes(attempt(WORKFLOW.open(postponement()), SEND, DUTCH_POLICE))).containsExactly("ACTOR_OF_REQUESTING_FIU");
    assertThat(codes(attempt(WORKFLOW.open(postponement()), SEND, POLISH_FIU))).containsExactly("ACTOR_OF_REQUESTING_FIU");
  }

  @Test
  void anIncompleteRequestIsNotSent() {
    FiuPostponementRequest noTransaction =
        FiuPostponementRequest.builder()
            .header(header(NETHERLANDS, POLAND, WARSAW.cite(47)))
            .launderingJustification(postponement().launderingJustification())
            .domesticPostponementJustification(postponement().domesticPostponementJustification())
            .build();
    var outcome = attempt(WORKFLOW.open(noTransaction), SEND, DUTCH_FIU);
    assertThat(codes(outcome)).containsExactly("WC_47_1_TRANSACTION");
    assertThat(outcome.violations().get(0).citation()).hasToString("WC 47(1)");
    assertThat(FiuPostponementWorkflow.REQUEST_COMPLETE.citation()).hasToString("WC 47(2)");
    FiuPostponementRequest unjustified =
        FiuPostponementRequest.builder()
            .header(header(NETHERLANDS, POLAND, WARSAW.cite(47)))
            .transaction(FiuFixtures.transaction())
            .build();
    assertThat(codes(attempt(WORKFLOW.open(unjustified), SEND, DUTCH_FIU)))
        .containsExactly("WC_47_2_A_MONEY_LAUNDERING", "WC_47_2_B_DOMESTIC_POSTPONEMENT");
  }

  @Test
  void theConventionMustBindBothParties() {
    var outcome = attempt(WORKFLOW.open(between(NETHERLANDS, UNITED_KINGDOM)), SEND, DUTCH_FIU);
    assertThat(codes(outcome)).containsExactly("WC_47_1_CONVENTION_IN_FORCE");
    assertThat(outcome.violations().get(0).citation()).hasToString("WC 47(1)");
  }

  @Test
  void aRequestToAPartyThatReservedOnArticle47IsSentButOneFromItIsNot() {
    env = new Environment(FiuFixtures.reservationRegistry(), clock, DomesticPolicy.DEFAULTS);
    // the reservation lets Moldova not act; it does not stop the request reaching it
    var toMoldova = attempt(WORKFLOW.open(between(NETHERLANDS, MOLDOVA)), SEND, DUTCH_FIU);
    assertThat(toMoldova.violations()).isEmpty();
    assertThat(toMoldova.caseFile().status()).isEqualTo(FiuPostponementStatus.RECEIVED);
    assertThat(FiuPostponementWorkflow.TABLE.find(FiuPostponementStatus.DRAFT, SEND).orElseThrow().guards())
        .extracting(g -> g.code())
        .doesNotContain("WC_53_2_REQUESTED_PARTY_RESERVED_ART_47");
    // a reserving Party cannot claim the article from others
    var fromMoldova = attempt(WORKFLOW.open(between(MOLDOVA, NETHERLANDS)), SEND, fiu(MOLDOVA));
    assertThat(codes(fromMoldova)).containsExactly("WC_53_7_REQUESTING_PARTY_RESERVED_ART_47");
    assertThat(fromMoldova.violations().get(0).citation()).hasToString("WC 53(7)");
    // the same registry, between two Parties without the reservation
    assertThat(attempt(WORKFLOW.open(between(NETHERLANDS, POLAND)), SEND, DUTCH_FIU).isApplied()).isTrue();
  }

  @Test
  void aPartyThatReservedOnArticle47MayDeclineWithoutF2AndOthersMayNot() {
    env = new Environment(FiuFixtures.reservationRegistry(), clock, DomesticPolicy.DEFAULTS);
    Authority moldovanFiu = fiu(MOLDOVA);
    var atMoldova = step(WORKFLOW.open(between(NETHERLANDS, MOLDOVA)), SEND, DUTCH_FIU);
    var noGround = refusal(FAMILY, moldovanFiu, NETHERLANDS, List.of(), Optional.empty());
    var declined = attempt(atMoldova, DECLINE, moldovanFiu, Optional.of(noGround), Optional.empty());
    assertThat(declined.violations()).isEmpty();
    assertThat(declined.caseFile().status()).isEqualTo(FiuPostponementStatus.JUSTIFICATION_INSUFFICIENT);
    // still recorded with a refusal of this request, and a ground stated must still be F2
    assertThat(codes(attempt(atMoldova, DECLINE, moldovanFiu))).containsExactly("WC_47_2_DECLINE_DOCUMENT");
    var onF1 = refusal(FAMILY, moldovanFiu, NETHERLANDS, List.of(GroundForRefusal.FIU_REFUSAL_TO_DIVULGE), Optional.empty());
    assertThat(codes(attempt(atMoldova, DECLINE, moldovanFiu, Optional.of(onF1), Optional.empty())))
        .containsExactly("WC_47_2_GROUND_FOR_REFUSAL_APPLIES", "GROUND_NOT_AVAILABLE_F1");
    var onF2 = refusal(FAMILY, moldovanFiu, NETHERLANDS, List.of(GroundForRefusal.FIU_POSTPONEMENT_CONDITIONS_NOT_MET), Optional.empty());
    assertThat(attempt(atMoldova, DECLINE, moldovanFiu, Optional.of(onF2), Optional.empty()).isApplied()).isTrue();
    // the reserving Party may still act
    assertThat(step(atMoldova, POSTPONE, moldovanFiu).status()).isEqualTo(FiuPostponementStatus.POSTPONED);
    // Poland made no reservation: without F2 it may not decline
    var atPoland = step(WORKFLOW.open(between(NETHERLANDS, POLAND)), SEND, DUTCH_FIU);
    var polishNoGround = refusal(FAMILY, POLISH_FIU, NETHERLANDS, List.of(), Optional.empty());
    var refused = attempt(atPoland, DECLINE, POLISH_FIU, Optional.of(polishNoGround), Optional.empty());
    assertThat(codes(refused)).containsExactly("WC_47_2_GROUND_FOR_REFUSAL_STATED");
    assertThat(refused.violations().get(0).citation()).hasToString("WC 47(2)");
  }

  // --- POSTPONE ---

  @Test
  void onlyTheRequestedFiuPostpones() {
    assertThat(codes(attempt(received(), POSTPONE, DUTCH_FIU))).containsExactly("ACTOR_OF_REQUESTED_FIU");
    assertThat(codes(attempt(received(), POSTPONE, POLISH_CENTRAL_AUTHORITY))).containsExactly("ACTOR_OF_REQUESTED_FIU");
    assertThat(postponed().status()).isEqualTo(FiuPostponementStatus.POSTPONED);
  }

  /**
   * A request without its justifications cannot be sent, so the real table never reaches RECEIVED
   * with one; the two guards are tested on a one-line table that starts there.
   */
  @SuppressWarnings("unchecked")
  private static Class<StepContext<FiuPostponementRequest>> context() {
    return (Class<StepContext<FiuPostponementRequest>>) (Class<?>) StepContext.class;
  }

  // --- DECLINE (F2) ---

  @Test
  void theRequestedFiuDeclinesOnF2() {
    var declined =
        attempt(received(), DECLINE, POLISH_FIU,
            Optional.of(refusal(FAMILY, POLISH_FIU, NETHERLANDS, List.of(GroundForRefusal.FIU_POSTPONEMENT_CONDITIONS_NOT_MET), Optional.empty())),
            Optional.empty());
    assertThat(declined.violations()).isEmpty();
    assertThat(declined.caseFile().status()).isEqualTo(FiuPostponementStatus.JUSTIFICATION_INSUFFICIENT);
    assertThat(declined.caseFile().lastEvent().orElseThrow().citation()).hasToString("WC 47(2)");
    assertThat(codes(attempt(declined.caseFile(), POSTPONE, POLISH_FIU))).containsExactly(Workflow.CASE_CLOSED);
  }

  @Test
  void aDeclineRestsOnF2AloneAndIsRecorded() {
    var onF1 =
        attempt(received(), DECLINE, POLISH_FIU,
            Optional.of(refusal(FAMILY, POLISH_FIU, NETHERLANDS, List.of(GroundForRefusal.FIU_REFUSAL_TO_DIVULGE), Optional.of("Reasons."))),
            Optional.empty());
    assertThat(codes(onF1)).containsExactly("WC_47_2_GROUND_FOR_REFUSAL_APPLIES", "GROUND_NOT_AVAILABLE_F1");
    var noGround =
        attempt(received(), DECLINE, POLISH_FIU,
            Optional.of(refusal(FAMILY, POLISH_FIU, NETHERLANDS, List.of(), Optional.empty())), Optional.empty());
    assertThat(codes(noGround)).containsExactly("WC_47_2_GROUND_FOR_REFUSAL_STATED");
    assertThat(codes(attempt(received(), DECLINE, POLISH_FIU))).containsExactly("WC_47_2_DECLINE_DOCUMENT");
    assertThat(codes(attempt(received(), DECLINE, DUTCH_FIU,
            Optional.of(refusal(FAMILY, POLISH_FIU, NETHERLANDS, List.of(GroundForRefusal.FIU_POSTPONEMENT_CONDITIONS_NOT_MET), Optional.empty())),
            Optional.empty())))
        .containsExactly("ACTOR_OF_REQUESTED_FIU");
  }

  // --- RELEASE and CONVERT ---

  @Test
  void onlyTheRequestedFiuReleases() {
    assertThat(codes(attempt(postponed(), RELEASE, DUTCH_FIU))).containsExactly("ACTOR_OF_REQUESTED_FIU");
    var released = step(postponed(), RELEASE, POLISH_FIU);
    assertThat(released.status()).isEqualTo(FiuPostponementStatus.RELEASED);
    assertThat(released.lastEvent().orElseThrow().citation()).hasToString("WC 47(1)");
  }

  @Test
  void aRequestForProvisionalMeasuresTakesOverWhenNamed() {
    var converted =
        attempt(postponed(), CONVERT_TO_PROVISIONAL_MEASURE, POLISH_CENTRAL_AUTHORITY, Optional.empty(), Optional.of(PROVISIONAL_MEASURE));
    assertThat(converted.violations()).isEmpty();
    assertThat(converted.caseFile().status()).isEqualTo(FiuPostponementStatus.CONVERTED_TO_PROVISIONAL_MEASURE);
    assertThat(converted.caseFile().lastEvent().orElseThrow().followUp()).contains(PROVISIONAL_MEASURE);
    assertThat(converted.caseFile().lastEvent().orElseThrow().citation()).hasToString("WC 21");

    var unnamed = attempt(postponed(), CONVERT_TO_PROVISIONAL_MEASURE, POLISH_FIU);
    assertThat(codes(unnamed)).containsExactly("WC_21_PROVISIONAL_MEASURE_NAMED");
    assertThat(unnamed.violations().get(0).verification()).isEqualTo(Verification.UNVERIFIED);
    assertThat(codes(attempt(postponed(), CONVERT_TO_PROVISIONAL_MEASURE, DUTCH_FIU, Optional.empty(), Optional.of(PROVISIONAL_MEASURE))))
        .containsExactly("ACTOR_OF_REQUESTED_PARTY");
  }

  // --- explain and the table ---

  @Test
  void explainListsTheStepsOpenToTheRequestedFiu() {
    var received = WORKFLOW.explain(received(), env);
    assertThat(received).filteredOn(ActionExplanation::allowed).extracting(ActionExplanation::action)
        .containsExactly(POSTPONE, DECLINE);
    var postponed = WORKFLOW.explain(postponed(), env);
    assertThat(postponed).filteredOn(ActionExplanation::allowed).extracting(ActionExplanation::action)
        .containsExactly(RELEASE, CONVERT_TO_PROVISIONAL_MEASURE);
    assertThat(postponed.get(EXPIRE.ordinal()).violations()).extracting(Violation::code).containsExactly("WC_47_1_PERIOD_NOT_OVER");
  }

  @Test
  void onlyTheConversionRestsOnTheLibrarysReading() {
    assertThat(FiuPostponementWorkflow.TABLE.transitions())
        .filteredOn(t -> t.verification() == Verification.UNVERIFIED)
        .extracting(t -> t.action())
        .containsExactly(CONVERT_TO_PROVISIONAL_MEASURE);
    assertThat(FiuPostponementWorkflow.TABLE.transitions())
        .filteredOn(t -> t.verification() == Verification.CONFIRMED)
        .allSatisfy(t -> assertThat(t.citation().article()).isEqualTo(47));
    assertThat(FiuPostponementWorkflow.TABLE.terminal())
        .containsExactlyInAnyOrder(
            FiuPostponementStatus.JUSTIFICATION_INSUFFICIENT,
            FiuPostponementStatus.EXPIRED,
            FiuPostponementStatus.RELEASED,
            FiuPostponementStatus.CONVERTED_TO_PROVISIONAL_MEASURE);
  }
}
