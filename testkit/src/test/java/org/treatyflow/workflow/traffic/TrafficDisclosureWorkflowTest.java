package org.treatyflow.workflow.traffic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.treatyflow.workflow.traffic.TrafficDisclosureAction.DISCLOSE;
import static org.treatyflow.workflow.traffic.TrafficDisclosureAction.REFUSE;
import static org.treatyflow.workflow.traffic.TrafficDisclosureFixtures.ALBANIA;
import static org.treatyflow.workflow.traffic.TrafficDisclosureFixtures.ALBANIAN_24_7;
import static org.treatyflow.workflow.traffic.TrafficDisclosureFixtures.AUSTRIA;
import static org.treatyflow.workflow.traffic.TrafficDisclosureFixtures.AUSTRIAN_24_7;
import static org.treatyflow.workflow.traffic.TrafficDisclosureFixtures.START;
import static org.treatyflow.workflow.traffic.TrafficDisclosureFixtures.base;
import static org.treatyflow.workflow.traffic.TrafficDisclosureFixtures.command;
import static org.treatyflow.workflow.traffic.TrafficDisclosureFixtures.disclosure;
import static org.treatyflow.workflow.traffic.TrafficDisclosureFixtures.environment;
import static org.treatyflow.workflow.traffic.TrafficDisclosureFixtures.header;
import static org.treatyflow.workflow.traffic.TrafficDisclosureFixtures.refusal;
import static org.treatyflow.workflow.traffic.TrafficDisclosureFixtures.refuse;
import static org.treatyflow.workflow.traffic.TrafficDisclosureFixtures.trafficData;
import static org.treatyflow.workflow.traffic.TrafficDisclosureWorkflow.WORKFLOW;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.treatyflow.model.common.Authority;
import org.treatyflow.model.common.AuthorityRole;
import org.treatyflow.model.common.RequestFamily;
import org.treatyflow.model.common.RequestId;
import org.treatyflow.model.common.Verification;
import org.treatyflow.model.common.Violation;
import org.treatyflow.model.preservation.PreservedTrafficDisclosure;
import org.treatyflow.model.refusal.GroundForRefusal;
import org.treatyflow.model.registry.ReservationCode;
import org.treatyflow.model.reply.Acknowledgement;
import org.treatyflow.testkit.workflow.SimulatedClock;
import org.treatyflow.workflow.ActionExplanation;
import org.treatyflow.workflow.CaseFile;
import org.treatyflow.workflow.Environment;
import org.treatyflow.workflow.Outcome;
import org.treatyflow.workflow.Workflow;

class TrafficDisclosureWorkflowTest {
  private final SimulatedClock clock = new SimulatedClock(START);
  private final Environment env = environment(clock);

  private static List<String> codes(Outcome<?, ?, ?> outcome) {
    return outcome.violations().stream().map(Violation::code).toList();
  }

  private CaseFile<PreservedTrafficDisclosure, TrafficDisclosureStatus, TrafficDisclosureAction> obliged() {
    return WORKFLOW.open(disclosure());
  }

  @Test
  void aCaseOpensObligedToDisclose() {
    var c = obliged();
    assertThat(c.status()).isEqualTo(TrafficDisclosureStatus.OBLIGED);
    assertThat(c.version()).isZero();
    assertThat(c.request().family()).isEqualTo(RequestFamily.PRESERVED_TRAFFIC_DISCLOSURE);
  }

  @Test
  void theDisclosingPartyDisclosesACompleteDisclosure() {
    var outcome = WORKFLOW.apply(obliged(), command("d", DISCLOSE, 0, AUSTRIAN_24_7), env);
    assertThat(outcome.violations()).isEmpty();
    assertThat(outcome.caseFile().status()).isEqualTo(TrafficDisclosureStatus.DISCLOSED);
    assertThat(outcome.caseFile().lastEvent().orElseThrow().citation()).hasToString("BC 30(1)");
    assertThat(outcome.caseFile().lastEvent().orElseThrow().at()).isEqualTo(START);
  }

  @Test
  void onlyTheDisclosingPartyDiscloses() {
    var outcome = WORKFLOW.apply(obliged(), command("d", DISCLOSE, 0, ALBANIAN_24_7), env);
    assertThat(codes(outcome)).containsExactly("ACTOR_OF_DISCLOSING_PARTY");
    assertThat(outcome.violations().get(0).citation()).hasToString("BC 30(1)");
    assertThat(outcome.caseFile().status()).isEqualTo(TrafficDisclosureStatus.OBLIGED);
  }

  @Test
  void anIncompleteDisclosureCannotBeMadeAndEveryMissingItemIsReported() {
    var c = WORKFLOW.open(base().build());
    var outcome = WORKFLOW.apply(c, command("d", DISCLOSE, 0, AUSTRIAN_24_7), env);
    assertThat(codes(outcome)).containsExactly("BC_30_1_TRAFFIC_DATA", "BC_30_1_PROVIDER_IDENTIFIED");
    assertThat(outcome.violations()).allSatisfy(v -> assertThat(v.citation()).hasToString("BC 30(1)"));
    assertThat(outcome.caseFile()).isSameAs(c);
  }

  @Test
  void aProviderOnTheDisclosingPartysOwnTerritoryIsNotDisclosedUnderBc30() {
    PreservedTrafficDisclosure ownProvider =
        base()
            .addTrafficData(trafficData())
            .identifiedProvider(Authority.of(AUSTRIA, AuthorityRole.SERVICE_PROVIDER, "Vienna Hosting GmbH"))
            .build();
    var outcome = WORKFLOW.apply(WORKFLOW.open(ownProvider), command("d", DISCLOSE, 0, AUSTRIAN_24_7), env);
    assertThat(codes(outcome)).containsExactly("BC_30_1_PROVIDER_IN_ANOTHER_STATE");
  }

  @ParameterizedTest
  @EnumSource(value = GroundForRefusal.class, names = {"BC_POLITICAL_OFFENCE", "BC_ESSENTIAL_INTERESTS"})
  void theDisclosingPartyMayRefuseOnTheTwoGroundsOfBc30_2(GroundForRefusal ground) {
    var outcome = WORKFLOW.apply(obliged(), refuse("r", AUSTRIAN_24_7, refusal(List.of(ground))), env);
    assertThat(outcome.violations()).isEmpty();
    assertThat(outcome.caseFile().status()).isEqualTo(TrafficDisclosureStatus.REFUSED);
    assertThat(outcome.caseFile().lastEvent().orElseThrow().citation()).hasToString("BC 30(2)");
    assertThat(outcome.caseFile().lastEvent().orElseThrow().reply()).isPresent();
  }

  static Stream<GroundForRefusal> otherGrounds() {
    return Arrays.stream(GroundForRefusal.values())
        .filter(g -> g != GroundForRefusal.BC_POLITICAL_OFFENCE && g != GroundForRefusal.BC_ESSENTIAL_INTERESTS);
  }

  @ParameterizedTest
  @MethodSource("otherGrounds")
  void noOtherGroundMayBeAsserted(GroundForRefusal ground) {
    var outcome = WORKFLOW.apply(obliged(), refuse("r", AUSTRIAN_24_7, refusal(List.of(ground))), env);
    assertThat(codes(outcome)).contains("GROUND_NOT_AVAILABLE_" + ground.code());
    assertThat(outcome.caseFile().status()).isEqualTo(TrafficDisclosureStatus.OBLIGED);
  }

  @Test
  void austriasPreservationReservationDoesNotOpenDualCriminalityAgainstDisclosure() {
    assertThat(env.registry().hasMade(AUSTRIA, ReservationCode.BC_29_4_DUAL_CRIMINALITY_PRESERVATION)).isTrue();
    var outcome =
        WORKFLOW.apply(
            obliged(),
            refuse("r", AUSTRIAN_24_7, refusal(List.of(GroundForRefusal.BC_ESSENTIAL_INTERESTS, GroundForRefusal.BC_DUAL_CRIMINALITY))),
            env);
    assertThat(outcome.violations())
        .filteredOn(v -> v.code().equals("GROUND_NOT_AVAILABLE_B3"))
        .singleElement()
        .satisfies(v -> assertThat(v.field()).isEqualTo("grounds"));
  }

  @Test
  void onlyTheDisclosingPartyRefuses() {
    var outcome =
        WORKFLOW.apply(
            obliged(), refuse("r", ALBANIAN_24_7, refusal(List.of(GroundForRefusal.BC_POLITICAL_OFFENCE))), env);
    assertThat(codes(outcome)).containsExactly("ACTOR_OF_DISCLOSING_PARTY");
    assertThat(outcome.violations().get(0).citation()).hasToString("BC 30(2)");
  }

  @Test
  void aRefusalMustBeRecordedWithTheRefusalOfThisDisclosure() {
    var noDocument = WORKFLOW.apply(obliged(), command("r1", REFUSE, 0, AUSTRIAN_24_7), env);
    assertThat(codes(noDocument)).containsExactly("BC_30_2_REFUSAL_DOCUMENT");
    assertThat(noDocument.violations().get(0).field()).isEqualTo("reply");

    var otherRequest =
        refusal(header(RequestId.of("AL-SP-2026-0999"), RequestFamily.PRESERVED_TRAFFIC_DISCLOSURE), List.of(GroundForRefusal.BC_POLITICAL_OFFENCE));
    assertThat(codes(WORKFLOW.apply(obliged(), refuse("r2", AUSTRIAN_24_7, otherRequest), env)))
        .containsExactly("BC_30_2_REFUSAL_DOCUMENT");

    var otherFamily =
        refusal(
            header(TrafficDisclosureFixtures.PRESERVATION_ID, RequestFamily.EXPEDITED_PRESERVATION),
            List.of(GroundForRefusal.BC_POLITICAL_OFFENCE));
    assertThat(codes(WORKFLOW.apply(obliged(), refuse("r3", AUSTRIAN_24_7, otherFamily), env)))
        .containsExactly("BC_30_2_REFUSAL_DOCUMENT");

    var notARefusal =
        Acknowledgement.builder().header(header()).receivedOn(java.time.LocalDate.of(2026, 3, 4)).build();
    assertThat(
            codes(
                WORKFLOW.apply(
                    obliged(),
                    org.treatyflow.workflow.Command.<TrafficDisclosureAction>builder()
                        .id("r4").action(REFUSE).expectedVersion(0).actor(AUSTRIAN_24_7).reply(notARefusal).build(),
                    env)))
        .containsExactly("BC_30_2_REFUSAL_DOCUMENT");
  }

  @Test
  void aRefusalWithoutReasonsIsIncomplete() {
    var unreasoned =
        org.treatyflow.model.reply.Refusal.builder()
            .header(header())
            .addGrounds(GroundForRefusal.BC_POLITICAL_OFFENCE)
            .partialGrantConsidered(true)
            .build();
    var outcome = WORKFLOW.apply(obliged(), refuse("r", AUSTRIAN_24_7, unreasoned), env);
    assertThat(codes(outcome)).containsExactly("BC_27_7_REASONS_FOR_REFUSAL");
  }

  @Test
  void aRefusalNeedNotRecordThatAPartialGrantWasConsideredButMustGiveReasons() {
    var withoutPartialGrant =
        org.treatyflow.model.reply.Refusal.builder()
            .header(header())
            .addGrounds(GroundForRefusal.BC_ESSENTIAL_INTERESTS)
            .reasons("Disclosure would prejudice the essential interests of the disclosing Party.")
            .build();
    assertThat(withoutPartialGrant.partialGrantConsidered()).isFalse();
    var accepted = WORKFLOW.apply(obliged(), refuse("r1", AUSTRIAN_24_7, withoutPartialGrant), env);
    assertThat(accepted.violations()).isEmpty();
    assertThat(accepted.caseFile().status()).isEqualTo(TrafficDisclosureStatus.REFUSED);

    var neither =
        org.treatyflow.model.reply.Refusal.builder()
            .header(header())
            .addGrounds(GroundForRefusal.BC_ESSENTIAL_INTERESTS)
            .build();
    var refused = WORKFLOW.apply(obliged(), refuse("r2", AUSTRIAN_24_7, neither), env);
    assertThat(codes(refused)).containsExactly("BC_27_7_REASONS_FOR_REFUSAL");
    assertThat(refused.caseFile().status()).isEqualTo(TrafficDisclosureStatus.OBLIGED);
  }

  @Test
  void aClosedCaseAcceptsNothing() {
    var disclosed = WORKFLOW.apply(obliged(), command("d", DISCLOSE, 0, AUSTRIAN_24_7), env).caseFile();
    var again = WORKFLOW.apply(disclosed, refuse("r", AUSTRIAN_24_7, refusal(List.of(GroundForRefusal.BC_POLITICAL_OFFENCE))), env);
    assertThat(again).isInstanceOf(Outcome.Conflict.class);
    var refused =
        WORKFLOW.apply(
            disclosed,
            org.treatyflow.workflow.Command.<TrafficDisclosureAction>builder()
                .id("r").action(REFUSE).expectedVersion(1).actor(AUSTRIAN_24_7)
                .reply(refusal(List.of(GroundForRefusal.BC_POLITICAL_OFFENCE))).build(),
            env);
    assertThat(codes(refused)).containsExactly(Workflow.CASE_CLOSED);
    assertThat(refused.violations().get(0).citation()).hasToString("BC 30(1)");
    assertThat(WORKFLOW.explain(disclosed, env)).allMatch(e -> !e.allowed());
  }

  @Test
  void applyingTheSameCommandTwiceChangesNothingTheSecondTime() {
    var disclose = command("disclose-1", DISCLOSE, 0, AUSTRIAN_24_7);
    var once = WORKFLOW.apply(obliged(), disclose, env).caseFile();
    assertThat(WORKFLOW.apply(once, disclose, env)).isEqualTo(new Outcome.Applied<>(once, true));
  }

  @Test
  void explainOffersBothStepsAndLeavesTheRefusalsGroundsToTheCommand() {
    List<ActionExplanation<TrafficDisclosureStatus, TrafficDisclosureAction>> answers = WORKFLOW.explain(obliged(), env);
    assertThat(answers).extracting(ActionExplanation::action).containsExactly(DISCLOSE, REFUSE);
    assertThat(answers).allMatch(ActionExplanation::allowed);
    assertThat(answers.get(1).citation()).hasValueSatisfying(c -> assertThat(c).hasToString("BC 30(2)"));

    var incomplete = WORKFLOW.explain(WORKFLOW.open(base().build()), env);
    assertThat(incomplete.get(0).violations())
        .extracting(Violation::code)
        .containsExactly("BC_30_1_TRAFFIC_DATA", "BC_30_1_PROVIDER_IDENTIFIED");
    assertThat(incomplete.get(1).allowed()).isTrue();
  }

  @Test
  void theTableCitesBc30OnEveryLineAndNothingIsUnverified() {
    assertThat(TrafficDisclosureWorkflow.TABLE.transitions()).hasSize(2);
    assertThat(TrafficDisclosureWorkflow.TABLE.transitions())
        .allSatisfy(t -> {
          assertThat(t.citation().toString()).startsWith("BC 30(");
          assertThat(t.verification()).isEqualTo(Verification.CONFIRMED);
        });
    assertThat(TrafficDisclosureWorkflow.TABLE.terminal())
        .containsExactlyInAnyOrder(TrafficDisclosureStatus.DISCLOSED, TrafficDisclosureStatus.REFUSED);
    assertThat(WORKFLOW.family()).isEqualTo(RequestFamily.PRESERVED_TRAFFIC_DISCLOSURE);
    assertThat(ALBANIA).isNotEqualTo(AUSTRIA);
  }
}
