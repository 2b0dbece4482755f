package org.treatyflow.workflow.spontaneous;

import static org.assertj.core.api.Assertions.assertThat;
import static org.treatyflow.workflow.spontaneous.SpontaneousAction.ACCEPT;
import static org.treatyflow.workflow.spontaneous.SpontaneousAction.CANNOT_COMPLY;
import static org.treatyflow.workflow.spontaneous.SpontaneousAction.PROVIDE_NEVERTHELESS;
import static org.treatyflow.workflow.spontaneous.SpontaneousAction.SEND;
import static org.treatyflow.workflow.spontaneous.SpontaneousAction.WITHHOLD;
import static org.treatyflow.workflow.spontaneous.SpontaneousFixtures.ALBANIAN_PROSECUTOR;
import static org.treatyflow.workflow.spontaneous.SpontaneousFixtures.ROMANIA;
import static org.treatyflow.workflow.spontaneous.SpontaneousFixtures.ROMANIAN_CENTRAL_AUTHORITY;
import static org.treatyflow.workflow.spontaneous.SpontaneousFixtures.START;
import static org.treatyflow.workflow.spontaneous.SpontaneousFixtures.command;
import static org.treatyflow.workflow.spontaneous.SpontaneousFixtures.environment;
import static org.treatyflow.workflow.spontaneous.SpontaneousFixtures.warsaw;
import static org.treatyflow.workflow.spontaneous.SpontaneousFixtures.warsawBase;
import static org.treatyflow.workflow.spontaneous.SpontaneousInformationOnProceedsWorkflow.WORKFLOW;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.treatyflow.model.common.Authority;
import org.treatyflow.model.common.AuthorityRole;
import org.treatyflow.model.common.Party;
import org.treatyflow.model.common.UseCondition;
import org.treatyflow.model.common.Verification;
import org.treatyflow.model.common.Violation;
import org.treatyflow.model.spontaneous.SpontaneousInformationOnProceeds;
import org.treatyflow.testkit.workflow.SimulatedClock;
import org.treatyflow.workflow.ActionExplanation;
import org.treatyflow.workflow.CaseFile;
import org.treatyflow.workflow.Environment;
import org.treatyflow.workflow.Outcome;
import org.treatyflow.workflow.Transition;
import org.treatyflow.workflow.Workflow;

/** WC 20 and WC 43(3): an allowing and a refusing example for every guard of the table. */
class SpontaneousInformationOnProceedsWorkflowTest {
  private final SimulatedClock clock = new SimulatedClock(START);
  private final Environment env = environment(clock);

  private static List<String> codes(Outcome<?, ?, ?> outcome) {
    return outcome.violations().stream().map(Violation::code).toList();
  }

  private CaseFile<SpontaneousInformationOnProceeds, SpontaneousStatus, SpontaneousAction> step(
      CaseFile<SpontaneousInformationOnProceeds, SpontaneousStatus, SpontaneousAction> c,
      SpontaneousAction action,
      Authority actor) {
    var outcome = WORKFLOW.apply(c, command("c" + c.version(), action, c.version(), actor), env);
    assertThat(outcome.violations()).as("violations of %s", action).isEmpty();
    assertThat(outcome.isApplied()).isTrue();
    return outcome.caseFile();
  }

  private CaseFile<SpontaneousInformationOnProceeds, SpontaneousStatus, SpontaneousAction> sent(
      boolean confidential, Set<UseCondition> conditions) {
    return step(WORKFLOW.open(warsaw(confidential, conditions)), SEND, ALBANIAN_PROSECUTOR);
  }

  private CaseFile<SpontaneousInformationOnProceeds, SpontaneousStatus, SpontaneousAction> rejected() {
    return step(sent(true, Set.of(UseCondition.CONFIDENTIAL)), CANNOT_COMPLY, ROMANIAN_CENTRAL_AUTHORITY);
  }

  @Test
  void completeInformationIsSentAndTheReceiverIsBoundByConfidentiality() {
    var accepted = step(sent(true, Set.of(UseCondition.CONFIDENTIAL)), ACCEPT, ROMANIAN_CENTRAL_AUTHORITY);
    assertThat(accepted.status()).isEqualTo(SpontaneousStatus.ACCEPTED_BOUND);
    assertThat(accepted.history()).extracting(e -> e.citation().toString()).containsExactly("WC 20", "WC 43(3)");
  }

  @Test
  void onlyTheProvidingPartySends() {
    var outcome =
        WORKFLOW.apply(WORKFLOW.open(warsaw(false, Set.of())), command("s", SEND, 0, ROMANIAN_CENTRAL_AUTHORITY), env);
    assertThat(codes(outcome)).containsExactly("ACTOR_OF_PROVIDING_PARTY");
    assertThat(outcome.violations().get(0).citation()).hasToString("WC 20");
  }

  @Test
  void informationWithoutSummaryOrPropertyCannotBeSent() {
    SpontaneousInformationOnProceeds empty = warsawBase(ROMANIA, ROMANIAN_CENTRAL_AUTHORITY).build();
    var outcome = WORKFLOW.apply(WORKFLOW.open(empty), command("s", SEND, 0, ALBANIAN_PROSECUTOR), env);
    assertThat(codes(outcome)).containsExactly("WC_20_INFORMATION", "WC_20_INSTRUMENTALITIES_OR_PROCEEDS");
    assertThat(outcome.caseFile().status()).isEqualTo(SpontaneousStatus.DRAFT);
  }

  @Test
  void aPartyToTheBudapestConventionOnlyCannotReceiveWarsawInformation() {
    Party usa = Party.of("US");
    assertThat(env.registry().isInForceBetween(org.treatyflow.model.common.Instrument.BUDAPEST,
        SpontaneousFixtures.ALBANIA, usa, java.time.LocalDate.of(2026, 3, 2))).isTrue();
    SpontaneousInformationOnProceeds toUsa =
        warsawBase(usa, Authority.of(usa, AuthorityRole.CENTRAL_AUTHORITY, "Office of International Affairs"))
            .informationSummary("Proceeds moved abroad.")
            .addInstrumentalitiesAndProceeds(org.treatyflow.model.asset.OtherAsset.builder().description("A yacht").build())
            .build();
    var outcome = WORKFLOW.apply(WORKFLOW.open(toUsa), command("s", SEND, 0, ALBANIAN_PROSECUTOR), env);
    assertThat(codes(outcome)).containsExactly("WC_20_CONVENTION_IN_FORCE");
    assertThat(outcome.violations().get(0).citation()).hasToString("WC 20");
  }

  @Test
  void theConventionMustBindBothPartiesOnTheDayOfSending() {
    // Albania and Romania: in force 2008-05-01.
    var draft = WORKFLOW.open(warsaw(false, Set.of()));
    clock.set(Instant.parse("2008-04-30T10:00:00Z"));
    assertThat(codes(WORKFLOW.apply(draft, command("s1", SEND, 0, ALBANIAN_PROSECUTOR), env)))
        .containsExactly("WC_20_CONVENTION_IN_FORCE");
    clock.set(Instant.parse("2008-05-01T10:00:00Z"));
    assertThat(WORKFLOW.apply(draft, command("s2", SEND, 0, ALBANIAN_PROSECUTOR), env).isApplied()).isTrue();
  }

  @Test
  void onlyTheReceivingPartyAccepts() {
    assertThat(step(sent(false, Set.of()), ACCEPT, ROMANIAN_CENTRAL_AUTHORITY).status())
        .isEqualTo(SpontaneousStatus.ACCEPTED_BOUND);
    var outcome = WORKFLOW.apply(sent(false, Set.of()), command("a", ACCEPT, 1, ALBANIAN_PROSECUTOR), env);
    assertThat(codes(outcome)).containsExactly("ACTOR_OF_RECEIVING_PARTY");
    assertThat(outcome.violations().get(0).citation()).hasToString("WC 43(3)");
  }

  @Test
  void theReceivingPartyMaySayItCannotKeepTheInformationConfidential() {
    assertThat(rejected().status()).isEqualTo(SpontaneousStatus.CONDITIONS_REJECTED);
    var byTheSender = WORKFLOW.apply(sent(true, Set.of()), command("n", CANNOT_COMPLY, 1, ALBANIAN_PROSECUTOR), env);
    assertThat(codes(byTheSender)).containsExactly("ACTOR_OF_RECEIVING_PARTY");
  }

  @Test
  void conditionsOtherThanConfidentialityAreNotCoveredByWc43_3() {
    var outcome =
        WORKFLOW.apply(
            sent(false, Set.of(UseCondition.NO_OTHER_USE_WITHOUT_CONSENT)),
            command("n", CANNOT_COMPLY, 1, ROMANIAN_CENTRAL_AUTHORITY),
            env);
    assertThat(codes(outcome)).containsExactly("WC_43_3_NO_CONFIDENTIALITY_REQUIRED");
    assertThat(outcome.violations().get(0).citation()).hasToString("WC 43(3)");
  }

  /**
   * WC 43(3) binds the receiver to confidentiality only: conditions on use do not stop the send (a
   * guard would be stricter than the law), give no ground to say one cannot comply, and accepting
   * binds the receiver to confidentiality alone.
   */
  @Test
  void useConditionsAttachedToWc20InformationAreSentButBindNothingUnderWc43_3() {
    var conditionsOnly = sent(false, Set.of(UseCondition.NO_OTHER_USE_WITHOUT_CONSENT));
    assertThat(conditionsOnly.status()).isEqualTo(SpontaneousStatus.SENT);
    assertThat(SpontaneousInformationOnProceedsWorkflow.TABLE.find(SpontaneousStatus.DRAFT, SEND).orElseThrow().guards())
        .extracting(g -> g.code())
        .doesNotContain("WC_43_3_CONFIDENTIALITY_ONLY");
    assertThat(codes(WORKFLOW.apply(conditionsOnly, command("n", CANNOT_COMPLY, 1, ROMANIAN_CENTRAL_AUTHORITY), env)))
        .containsExactly("WC_43_3_NO_CONFIDENTIALITY_REQUIRED");
    var accepted = step(conditionsOnly, ACCEPT, ROMANIAN_CENTRAL_AUTHORITY);
    assertThat(accepted.status()).isEqualTo(SpontaneousStatus.ACCEPTED_BOUND);
    assertThat(accepted.lastEvent().orElseThrow().citation()).hasToString("WC 43(3)");
    // with confidentiality as well, the receiver may say it cannot keep it confidential
    var both = sent(true, Set.of(UseCondition.NO_OTHER_USE_WITHOUT_CONSENT));
    assertThat(step(both, CANNOT_COMPLY, ROMANIAN_CENTRAL_AUTHORITY).status())
        .isEqualTo(SpontaneousStatus.CONDITIONS_REJECTED);
  }

  @Test
  void theProvidingPartyDecidesWhetherToProvideNeverthelessOrWithhold() {
    assertThat(step(rejected(), PROVIDE_NEVERTHELESS, ALBANIAN_PROSECUTOR).status())
        .isEqualTo(SpontaneousStatus.PROVIDED_NEVERTHELESS);
    assertThat(step(rejected(), WITHHOLD, ALBANIAN_PROSECUTOR).status()).isEqualTo(SpontaneousStatus.WITHHELD);
    var provide = WORKFLOW.apply(rejected(), command("p", PROVIDE_NEVERTHELESS, 2, ROMANIAN_CENTRAL_AUTHORITY), env);
    assertThat(codes(provide)).containsExactly("ACTOR_OF_PROVIDING_PARTY");
    assertThat(provide.violations().get(0).verification()).isEqualTo(Verification.UNVERIFIED);
    var withhold = WORKFLOW.apply(rejected(), command("w", WITHHOLD, 2, ROMANIAN_CENTRAL_AUTHORITY), env);
    assertThat(codes(withhold)).containsExactly("ACTOR_OF_PROVIDING_PARTY");
  }

  @Test
  void aClosedCaseAcceptsNothing() {
    var withheld = step(rejected(), WITHHOLD, ALBANIAN_PROSECUTOR);
    var outcome = WORKFLOW.apply(withheld, command("x", PROVIDE_NEVERTHELESS, 3, ALBANIAN_PROSECUTOR), env);
    assertThat(codes(outcome)).containsExactly(Workflow.CASE_CLOSED);
    assertThat(WORKFLOW.explain(withheld, env)).noneMatch(ActionExplanation::allowed);
  }

  @Test
  void explainAfterTheReceiverCannotComplyLeavesTheDecisionToTheSender() {
    var answers = WORKFLOW.explain(rejected(), env);
    assertThat(answers.stream().filter(ActionExplanation::allowed).map(ActionExplanation::action))
        .containsExactly(PROVIDE_NEVERTHELESS, WITHHOLD);
  }

  @Test
  void theTableMarksTheSendersDecisionUnverified() {
    var table = SpontaneousInformationOnProceedsWorkflow.TABLE;
    assertThat(table.transitions()).hasSize(5);
    assertThat(table.transitions().stream().filter(t -> t.verification() == Verification.UNVERIFIED).map(Transition::action))
        .containsExactly(PROVIDE_NEVERTHELESS, WITHHOLD);
    assertThat(table.transitions()).allSatisfy(t -> assertThat(t.citation().toString()).startsWith("WC "));
    assertThat(table.terminal()).isEqualTo(SpontaneousInformationWorkflow.TABLE.terminal());
  }
}
