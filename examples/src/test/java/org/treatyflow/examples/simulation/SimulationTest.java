package org.treatyflow.examples.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.treatyflow.model.common.Instrument;
import org.treatyflow.model.common.RequestFamily;
import org.treatyflow.model.refusal.GroundForRefusal;
import org.treatyflow.workflow.assistance.StoredDataAccessWorkflow;
import org.treatyflow.workflow.catalog.WorkflowCatalog;
import org.treatyflow.workflow.confiscation.ConfiscationWorkflow;
import org.treatyflow.workflow.confiscation.DisposalWorkflow;
import org.treatyflow.workflow.financial.BankAccountInformationWorkflow;
import org.treatyflow.workflow.preservation.PreservationWorkflow;
import org.treatyflow.workflow.provisional.ProvisionalMeasuresWorkflow;

class SimulationTest {
  private static final SimulationConfig SMALL = SimulationConfig.defaults().withCases(300);

  /** The default run of 2000 cases, shared by the tests that only read it. */
  private static final SimulationReport TWO_THOUSAND =
      Simulation.run(SimulationConfig.defaults().withCases(2000));

  @Test
  void theSameSeedGivesByteIdenticalJson() {
    String first = Simulation.run(SMALL).toJson();
    String second = Simulation.run(SMALL).toJson();
    assertThat(second).as("two runs with seed 1").isEqualTo(first);
    assertThat(first).contains("\"seed\" : 1").endsWith("}\n");
  }

  @Test
  void anotherSeedGivesAnotherReport() {
    String one = Simulation.run(SMALL).toJson();
    String two = Simulation.run(SMALL.withSeed(2)).toJson();
    assertThat(two).isNotEqualTo(one);
    assertThat(two.replace("\"seed\" : 2", "\"seed\" : 1")).as("more than the seed differs").isNotEqualTo(one);
  }

  @Test
  void theLibraryRejectsNoStepOfTheSimulation() {
    assertThat(TWO_THOUSAND.stepsRejected()).as("steps rejected: %s", TWO_THOUSAND.rejectionsByCode()).isZero();
    assertThat(TWO_THOUSAND.rejectionsByCode()).isEmpty();
    assertThat(TWO_THOUSAND.casesAbandoned()).isZero();
    assertThat(TWO_THOUSAND.stepsApplied()).as("about thirty steps a case").isGreaterThan(2000L * 20);
  }

  @Test
  void everyRefusalTheSimulatorDecidesIsOneTheLibraryAccepts() {
    SimulationConfig alwaysRefuse = SimulationConfig.defaults().withCases(400);
    for (GroundForRefusal ground : GroundForRefusal.values()) {
      alwaysRefuse = alwaysRefuse.withRefusalProbability(ground, 1.0);
    }
    SimulationReport report = Simulation.run(alwaysRefuse);
    assertThat(report.stepsRejected()).as("rejections: %s", report.rejectionsByCode()).isZero();
    assertThat(report.preservationsExecuted()).as("every preservation refused").isZero();
    assertThat(report.frozenEur()).isEqualByComparingTo(BigDecimal.ZERO);
    // Preservation admits B1 first (BC 29(5)(a)); bank account information W1 first (WC 28(1)(a)),
    // unless it was closed first for amendments that came too late (WC 38(2)).
    assertThat(report.refusalsByGround())
        .containsOnlyKeys(GroundForRefusal.BC_POLITICAL_OFFENCE, GroundForRefusal.WC_FUNDAMENTAL_PRINCIPLES)
        .containsEntry(GroundForRefusal.BC_POLITICAL_OFFENCE, 400L);
    assertThat(report.refusalsByGround().get(GroundForRefusal.WC_FUNDAMENTAL_PRINCIPLES)
            + report.deadlineBreaches().get(DeadlineKind.AMENDMENT_TIME_LIMIT))
        .isEqualTo(400L);
  }

  @Test
  void groundsAreRaisedOnlyAgainstTheFamiliesTheLibraryAdmitsThemFor() {
    Set<GroundForRefusal> simulatedFamilies = EnumSet.noneOf(GroundForRefusal.class);
    for (GroundForRefusal ground : GroundForRefusal.values()) {
      for (RequestFamily family : List.of(
          RequestFamily.EXPEDITED_PRESERVATION, RequestFamily.STORED_DATA_ACCESS,
          RequestFamily.BANK_ACCOUNT_INFORMATION, RequestFamily.PROVISIONAL_MEASURES,
          RequestFamily.CONFISCATION, RequestFamily.DISPOSAL)) {
        if (ground.families().contains(family)) {
          simulatedFamilies.add(ground);
        }
      }
    }
    assertThat(TWO_THOUSAND.refusalsByGround().keySet()).isNotEmpty().isSubsetOf(simulatedFamilies);
    assertThat(TWO_THOUSAND.refusalsByGround()).doesNotContainKeys(
        GroundForRefusal.AP_MLA_GROUNDS_WOULD_APPLY, GroundForRefusal.FIU_REFUSAL_TO_DIVULGE);
  }

  @Test
  void sharesAreWithinZeroAndOneAndAmountsAddUp() {
    SimulationReport r = TWO_THOUSAND;
    for (BigDecimal share : List.of(r.shareExpiredBeforeFollowUp(), r.shareDissipatedBeforeFreezing())) {
      assertThat(share).isBetween(BigDecimal.ZERO, BigDecimal.ONE);
    }
    assertThat(r.preservationsExpired()).isLessThanOrEqualTo(r.preservationsExecuted());
    assertThat(r.dissipatedEur().add(r.frozenEur())).isLessThanOrEqualTo(r.proceedsEur());
    assertThat(r.confiscatedEur()).isLessThanOrEqualTo(r.frozenEur()).isPositive();
    assertThat(r.returnedEur().add(r.sharedEur())).isLessThanOrEqualTo(r.confiscatedEur());
    assertThat(r.returnedEur()).isPositive();
    assertThat(r.sharedEur()).isPositive();
    assertThat(r.timeToPreservation().counts().stream().mapToLong(Long::longValue).sum())
        .isEqualTo(r.preservationsExecuted());
    assertThat(r.timeToFreezing().counts().stream().mapToLong(Long::longValue).sum())
        .isEqualTo(r.freezingsTakenEffect());
    assertThat(r.timeToPreservationMedianDays().orElseThrow())
        .isLessThanOrEqualTo(r.timeToPreservationP90Days().orElseThrow());
  }

  @Test
  void financialInvestigationAfterTheCyberOneLetsMoreProceedsBeDissipated() {
    SimulationConfig parallel = SimulationConfig.defaults().withCases(2000);
    SimulationReport after =
        Simulation.run(parallel.withFinancialInvestigation(FinancialInvestigation.AFTER_CYBER));
    assertThat(after.shareDissipatedBeforeFreezing())
        .as("dissipated after the cyber investigation vs in parallel (%s)", TWO_THOUSAND.shareDissipatedBeforeFreezing())
        .isGreaterThan(TWO_THOUSAND.shareDissipatedBeforeFreezing().add(new BigDecimal("0.05")));
    assertThat(after.frozenEur()).isLessThan(TWO_THOUSAND.frozenEur());
    assertThat(after.timeToFreezingMedianDays().orElseThrow())
        .isGreaterThan(TWO_THOUSAND.timeToFreezingMedianDays().orElseThrow());
    // The same cases with the same draws: the cyber track does not change.
    assertThat(after.preservationsExecuted()).isEqualTo(TWO_THOUSAND.preservationsExecuted());
    assertThat(after.preservationsExpired()).isEqualTo(TWO_THOUSAND.preservationsExpired());
    assertThat(after.timeToPreservation()).isEqualTo(TWO_THOUSAND.timeToPreservation());
    assertThat(after.proceedsEur()).isEqualTo(TWO_THOUSAND.proceedsEur());
    assertThat(after.stepsRejected()).isZero();
  }

  @Test
  void aFollowUpPreparedWithinDaysKeepsTheDataPreservedAndOneTooLateFindsItExpired() {
    SimulationConfig base = SimulationConfig.defaults().withCases(300).withMeanDays(StepType.TRANSMISSION, 1);
    SimulationReport quick = Simulation.run(base.withMeanDays(StepType.FOLLOW_UP_PREPARATION, 3));
    SimulationReport slow = Simulation.run(base.withMeanDays(StepType.FOLLOW_UP_PREPARATION, 400));
    // BC 29(7): at least 60 days; a follow-up arriving within days almost never finds the data gone.
    assertThat(quick.shareExpiredBeforeFollowUp()).isLessThan(new BigDecimal("0.01"));
    assertThat(slow.shareExpiredBeforeFollowUp()).isGreaterThan(new BigDecimal("0.9"));
    assertThat(slow.deadlineBreaches().get(DeadlineKind.PRESERVATION_PERIOD))
        .isEqualTo(slow.preservationsExpired());
    assertThat(quick.stepsRejected() + slow.stepsRejected()).isZero();
  }

  @Test
  void amendmentsThatComeTooLateCloseTheRequestAsTheLibraryDerivesTheTimeLimit() {
    SimulationConfig base = SimulationConfig.defaults().withCases(200);
    SimulationConfig alwaysAmend =
        new SimulationConfig(
            base.cases(), base.seed(), base.financialInvestigation(), base.firstDay(), base.arrivalWindowDays(),
            base.meanDays(), base.refusalProbabilities(), base.warningProbability(),
            base.proceedAfterWarningProbability(), 1.0, 30, base.returnProbability(), base.proposedShare(),
            base.medianProceedsEur(), base.assetMoveShare());
    SimulationReport late = Simulation.run(alwaysAmend.withMeanDays(StepType.AMENDMENT_SUPPLY, 500));
    assertThat(late.stepsRejected()).as("rejections: %s", late.rejectionsByCode()).isZero();
    assertThat(late.deadlineBreaches().get(DeadlineKind.AMENDMENT_TIME_LIMIT)).isGreaterThan(150L);
    assertThat(late.freezingsTakenEffect()).as("no bank information, no freezing").isLessThan(20);
    SimulationReport prompt = Simulation.run(alwaysAmend.withMeanDays(StepType.AMENDMENT_SUPPLY, 1));
    assertThat(prompt.deadlineBreaches().get(DeadlineKind.AMENDMENT_TIME_LIMIT)).isZero();
    assertThat(prompt.stepsRejected()).isZero();
  }

  @Test
  void theProgressListenerHearsEveryTenthOnceAndTheEnd() {
    List<Integer> heard = new ArrayList<>();
    Simulation.run(SMALL, (finished, total) -> {
      assertThat(total).isEqualTo(300);
      heard.add(finished);
    });
    assertThat(heard).containsExactly(30, 60, 90, 120, 150, 180, 210, 240, 270, 300);
    List<Integer> few = new ArrayList<>();
    Simulation.run(SimulationConfig.defaults().withCases(3), (finished, total) -> few.add(finished));
    assertThat(few).containsExactly(1, 2, 3);
  }

  @Test
  void theSimulationWalksTheWorkflowsOfTheCatalog() {
    assertThat(WorkflowCatalog.of(RequestFamily.EXPEDITED_PRESERVATION)).isSameAs(PreservationWorkflow.WORKFLOW);
    assertThat(WorkflowCatalog.of(RequestFamily.STORED_DATA_ACCESS)).isSameAs(StoredDataAccessWorkflow.WORKFLOW);
    assertThat(WorkflowCatalog.of(RequestFamily.BANK_ACCOUNT_INFORMATION))
        .isSameAs(BankAccountInformationWorkflow.WORKFLOW);
    assertThat(WorkflowCatalog.of(RequestFamily.PROVISIONAL_MEASURES)).isSameAs(ProvisionalMeasuresWorkflow.WORKFLOW);
    assertThat(WorkflowCatalog.of(RequestFamily.CONFISCATION)).isSameAs(ConfiscationWorkflow.WORKFLOW);
    assertThat(WorkflowCatalog.of(RequestFamily.DISPOSAL)).isSameAs(DisposalWorkflow.WORKFLOW);
  }

  @Test
  void casesRunOnlyBetweenPartiesBoundByBothConventions() {
    var registry = org.treatyflow.model.registry.PartyRegistry.bundled();
    var day = SimulationConfig.defaults().firstDay();
    Requests requests = new Requests(registry, day);
    assertThat(requests.parties()).hasSizeGreaterThan(2).allSatisfy(p -> {
      assertThat(registry.isInForce(Instrument.BUDAPEST, p, day)).isTrue();
      assertThat(registry.isInForce(Instrument.WARSAW, p, day)).isTrue();
    });
  }

  @Test
  void everyRequestTheVocabularyBuildsIsComplete() {
    Requests requests = new Requests(org.treatyflow.model.registry.PartyRegistry.bundled(), SimulationConfig.defaults().firstDay());
    var day = SimulationConfig.defaults().firstDay();
    for (Requests.Scenario scenario : Requests.Scenario.values()) {
      for (int i = 0; i < requests.parties().size() - 1; i++) {
        var s = new Requests.Subject(i, requests.parties().get(i), requests.parties().get(i + 1), scenario, 123_456);
        var preservation = requests.preservation(s, day);
        var confiscation = requests.confiscation(s, day, Requests.account(s));
        assertThat(preservation.completenessViolations()).isEmpty();
        assertThat(requests.storedDataAccess(s, day, preservation.header().id()).completenessViolations()).isEmpty();
        assertThat(requests.bankAccountInformation(s, day).completenessViolations()).isEmpty();
        assertThat(requests.freezing(s, day, Requests.account(s)).completenessViolations()).isEmpty();
        assertThat(confiscation.completenessViolations()).isEmpty();
        assertThat(requests.disposal(s, day, confiscation.header().id(), s.proceeds(), java.util.Optional.empty())
            .completenessViolations()).isEmpty();
        assertThat(requests.disposal(s, day, confiscation.header().id(), s.proceeds(),
            java.util.Optional.of(new BigDecimal("0.5"))).completenessViolations()).isEmpty();
        assertThat(preservation.toString()).doesNotContain("Ostrovna", "Brandquist", "Sallas", "Vellacott", "Tarkman");
      }
    }
  }

  @Test
  void anInvalidConfigurationIsAProgrammerError() {
    assertThatThrownBy(() -> SimulationConfig.defaults().withCases(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cases must be at least 1, was 0");
    assertThatThrownBy(() -> SimulationConfig.defaults().withMeanDays(StepType.REVIEW, 0))
        .hasMessageContaining("REVIEW");
    assertThatThrownBy(() -> SimulationConfig.defaults().withRefusalProbability(GroundForRefusal.WC_PROPORTIONALITY, 1.5))
        .hasMessageContaining("probability");
    assertThatThrownBy(() -> FinancialInvestigation.fromOption("sideways"))
        .hasMessageContaining("'parallel' or 'after-cyber'");
  }
}
