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
import static org.treatyflow.workflow.spontaneous.SpontaneousFixtures.budapest;
import static org.treatyflow.workflow.spontaneous.SpontaneousFixtures.budapestBase;
import static org.treatyflow.workflow.spontaneous.SpontaneousFixtures.command;
import static org.treatyflow.workflow.spontaneous.SpontaneousFixtures.environment;
import static org.treatyflow.workflow.spontaneous.SpontaneousInformationWorkflow.WORKFLOW;

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
import org.treatyflow.model.spontaneous.SpontaneousInformation;
import org.treatyflow.testkit.workflow.SimulatedClock;
import org.treatyflow.workflow.ActionExplanation;
import org.treatyflow.workflow.CaseFile;
import org.treatyflow.workflow.Environment;
import org.treatyflow.workflow.Outcome;
import org.treatyflow.workflow.Workflow;

/** BC 26: an allowing and a refusing example for every guard of the table. */
class SpontaneousInformationWorkflowTest {
  private final SimulatedClock clock = new SimulatedClock(START);
  private final Environment env = environment(clock);

  private static List<String> codes(Outcome<?, ?, ?> outcome) {
    return outcome.violations().stream().map(Violation::code).toList();
  }

  private CaseFile<SpontaneousInformation, SpontaneousStatus, SpontaneousAction> step(
      CaseFile<SpontaneousInformation, SpontaneousStatus, SpontaneousAction> c, SpontaneousAction action, Authority actor) {
    var outcome = WORKFLOW.apply(c, command("c" + c.version(), action, c.version(), actor), env);
    assertThat(outcome.violations()).as("violations of %s", action).isEmpty();
    assertThat(outcome.isApplied()).isTrue();
    return outcome.caseFile();
  }

  private CaseFile<SpontaneousInformation, SpontaneousStatus, SpontaneousAction> sent(boolean confidential, Set<UseCondition> conditions) {
    return step(WORKFLOW.open(budapest(confidential, conditions)), SEND, ALBANIAN_PROSECUTOR);
  }

  private CaseFile<SpontaneousInformation, SpontaneousStatus, SpontaneousAction> rejected() {
    return step(sent(true, Set.of(UseCondition.PURPOSE_LIMITED)), CANNOT_COMPLY, ROMANIAN_CENTRAL_AUTHORITY);
  }

  @Test
  void completeInformationIsSentByTheProvidingPartyAndAcceptedByTheReceivingParty() {
    var c = sent(true, Set.of(UseCondition.PURPOSE_LIMITED));
    assertThat(c.status()).isEqualTo(SpontaneousStatus.SENT);
    var accepted = step(c, ACCEPT, ROMANIAN_CENTRAL_AUTHORITY);
    assertThat(accepted.status()).isEqualTo(SpontaneousStatus.ACCEPTED_BOUND);
    assertThat(accepted.history()).extracting(e -> e.citation().toString()).containsExactly("BC 26(1)", "BC 26(2)");
  }

  @Test
  void informationWithNothingAttachedMayBeAccepted() {
    assertThat(step(sent(false, Set.of()), ACCEPT, ROMANIAN_CENTRAL_AUTHORITY).status())
        .isEqualTo(SpontaneousStatus.ACCEPTED_BOUND);
  }

  @Test
  void onlyTheProvidingPartySends() {
    var outcome = WORKFLOW.apply(WORKFLOW.open(budapest(false, Set.of())), command("s", SEND, 0, ROMANIAN_CENTRAL_AUTHORITY), env);
    assertThat(codes(outcome)).containsExactly("ACTOR_OF_PROVIDING_PARTY");
    assertThat(outcome.violations().get(0).citation()).hasToString("BC 26(1)");
  }

  @Test
  void informationWithoutSummaryOrPurposeCannotBeSent() {
    SpontaneousInformation empty = budapestBase(ROMANIA, ROMANIAN_CENTRAL_AUTHORITY).build();
    var outcome = WORKFLOW.apply(WORKFLOW.open(empty), command("s", SEND, 0, ALBANIAN_PROSECUTOR), env);
    assertThat(codes(outcome)).containsExactly("BC_26_1_INFORMATION", "BC_26_1_PURPOSE");
    assertThat(outcome.violations()).allSatisfy(v -> assertThat(v.citation()).hasToString("BC 26(1)"));
    assertThat(outcome.caseFile().status()).isEqualTo(SpontaneousStatus.DRAFT);
  }

  @Test
  void informationThatCouldLeadToARequestNeedsNoBudapestOffence() {
    SpontaneousInformation leads =
        budapestBase(ROMANIA, ROMANIAN_CENTRAL_AUTHORITY)
            .informationSummary("Accounts used to launder proceeds of ransomware.")
            .couldLeadToRequest(true)
            .build();
    assertThat(step(WORKFLOW.open(leads), SEND, ALBANIAN_PROSECUTOR).status()).isEqualTo(SpontaneousStatus.SENT);
  }

  @Test
  void informationCannotBeSentToAStateTheConventionDoesNotBind() {
    Party china = Party.of("CN");
    SpontaneousInformation toChina =
        budapestBase(china, Authority.of(china, AuthorityRole.CENTRAL_AUTHORITY, "Ministry of Public Security"))
            .informationSummary("A botnet controlled from abroad.")
            .addOffences(SpontaneousFixtures.illegalAccess())
            .build();
    var outcome = WORKFLOW.apply(WORKFLOW.open(toChina), command("s", SEND, 0, ALBANIAN_PROSECUTOR), env);
    assertThat(codes(outcome)).containsExactly("BC_26_1_CONVENTION_IN_FORCE");
  }

  @Test
  void theConventionMustBindBothPartiesOnTheDayOfSending() {
    // Albania: in force 2004-07-01; Romania: 2004-09-01.
    var draft = WORKFLOW.open(budapest(false, Set.of()));
    clock.set(Instant.parse("2004-08-31T10:00:00Z"));
    assertThat(codes(WORKFLOW.apply(draft, command("s1", SEND, 0, ALBANIAN_PROSECUTOR), env)))
        .containsExactly("BC_26_1_CONVENTION_IN_FORCE");
    clock.set(Instant.parse("2004-09-01T10:00:00Z"));
    assertThat(WORKFLOW.apply(draft, command("s2", SEND, 0, ALBANIAN_PROSECUTOR), env).isApplied()).isTrue();
  }

  @Test
  void onlyTheReceivingPartyAccepts() {
    var outcome = WORKFLOW.apply(sent(false, Set.of()), command("a", ACCEPT, 1, ALBANIAN_PROSECUTOR), env);
    assertThat(codes(outcome)).containsExactly("ACTOR_OF_RECEIVING_PARTY");
    assertThat(outcome.violations().get(0).citation()).hasToString("BC 26(2)");
  }

  @Test
  void theReceivingPartyMaySayItCannotComplyWithConfidentialityOrWithConditions() {
    assertThat(step(sent(true, Set.of()), CANNOT_COMPLY, ROMANIAN_CENTRAL_AUTHORITY).status())
        .isEqualTo(SpontaneousStatus.CONDITIONS_REJECTED);
    assertThat(step(sent(false, Set.of(UseCondition.PURPOSE_LIMITED)), CANNOT_COMPLY, ROMANIAN_CENTRAL_AUTHORITY).status())
        .isEqualTo(SpontaneousStatus.CONDITIONS_REJECTED);
  }

  @Test
  void nothingAttachedLeavesNothingToRefuse() {
    var outcome = WORKFLOW.apply(sent(false, Set.of()), command("n", CANNOT_COMPLY, 1, ROMANIAN_CENTRAL_AUTHORITY), env);
    assertThat(codes(outcome)).containsExactly("BC_26_2_NOTHING_ATTACHED");
    assertThat(outcome.violations().get(0).citation()).hasToString("BC 26(2)");
  }

  @Test
  void onlyTheReceivingPartySaysItCannotComply() {
    var outcome = WORKFLOW.apply(sent(true, Set.of()), command("n", CANNOT_COMPLY, 1, ALBANIAN_PROSECUTOR), env);
    assertThat(codes(outcome)).containsExactly("ACTOR_OF_RECEIVING_PARTY");
  }

  @Test
  void theProvidingPartyDecidesWhetherToProvideNevertheless() {
    var provided = step(rejected(), PROVIDE_NEVERTHELESS, ALBANIAN_PROSECUTOR);
    assertThat(provided.status()).isEqualTo(SpontaneousStatus.PROVIDED_NEVERTHELESS);
    assertThat(provided.lastEvent().orElseThrow().citation()).hasToString("BC 26(2)");
    var outcome = WORKFLOW.apply(rejected(), command("p", PROVIDE_NEVERTHELESS, 2, ROMANIAN_CENTRAL_AUTHORITY), env);
    assertThat(codes(outcome)).containsExactly("ACTOR_OF_PROVIDING_PARTY");
    assertThat(outcome.violations().get(0).citation()).hasToString("BC 26(2)");
  }

  @Test
  void theProvidingPartyDecidesWhetherToWithhold() {
    assertThat(step(rejected(), WITHHOLD, ALBANIAN_PROSECUTOR).status()).isEqualTo(SpontaneousStatus.WITHHELD);
    var outcome = WORKFLOW.apply(rejected(), command("w", WITHHOLD, 2, ROMANIAN_CENTRAL_AUTHORITY), env);
    assertThat(codes(outcome)).containsExactly("ACTOR_OF_PROVIDING_PARTY");
  }

  @Test
  void theSenderCannotDecideBeforeTheReceiverHasSaidItCannotComply() {
    var outcome = WORKFLOW.apply(sent(true, Set.of()), command("w", WITHHOLD, 1, ALBANIAN_PROSECUTOR), env);
    assertThat(codes(outcome)).containsExactly(Workflow.ACTION_NOT_AVAILABLE);
  }

  @Test
  void aClosedCaseAcceptsNothing() {
    var accepted = step(sent(true, Set.of()), ACCEPT, ROMANIAN_CENTRAL_AUTHORITY);
    var outcome = WORKFLOW.apply(accepted, command("x", CANNOT_COMPLY, 2, ROMANIAN_CENTRAL_AUTHORITY), env);
    assertThat(codes(outcome)).containsExactly(Workflow.CASE_CLOSED);
    assertThat(outcome.violations().get(0).citation()).hasToString("BC 26(2)");
    assertThat(WORKFLOW.explain(accepted, env)).noneMatch(ActionExplanation::allowed);
  }

  @Test
  void applyingTheSameCommandTwiceChangesNothingTheSecondTime() {
    var send = command("send-1", SEND, 0, ALBANIAN_PROSECUTOR);
    var once = WORKFLOW.apply(WORKFLOW.open(budapest(false, Set.of())), send, env).caseFile();
    assertThat(WORKFLOW.apply(once, send, env)).isEqualTo(new Outcome.Applied<>(once, true));
  }

  @Test
  void explainShowsThatCannotComplyNeedsSomethingAttached() {
    var withNothing = WORKFLOW.explain(sent(false, Set.of()), env);
    assertThat(withNothing.stream().filter(ActionExplanation::allowed).map(ActionExplanation::action)).containsExactly(ACCEPT);
    assertThat(withNothing.stream().filter(a -> a.action() == CANNOT_COMPLY).findFirst().orElseThrow().violations())
        .extracting(Violation::code)
        .containsExactly("BC_26_2_NOTHING_ATTACHED");
    var withConditions = WORKFLOW.explain(sent(false, Set.of(UseCondition.PURPOSE_LIMITED)), env);
    assertThat(withConditions.stream().filter(ActionExplanation::allowed).map(ActionExplanation::action))
        .containsExactly(ACCEPT, CANNOT_COMPLY);
  }

  @Test
  void theTableCitesBc26OnEveryLineAndNothingIsUnverified() {
    assertThat(SpontaneousInformationWorkflow.TABLE.transitions()).hasSize(5);
    assertThat(SpontaneousInformationWorkflow.TABLE.transitions())
        .allSatisfy(t -> {
          assertThat(t.citation().toString()).startsWith("BC 26(");
          assertThat(t.verification()).isEqualTo(Verification.CONFIRMED);
        });
  }
}
