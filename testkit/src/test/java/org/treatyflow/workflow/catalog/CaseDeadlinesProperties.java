package org.treatyflow.workflow.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.statistics.Statistics;
import org.treatyflow.model.common.CooperationAct;
import org.treatyflow.model.common.Party;
import org.treatyflow.model.common.RequestFamily;
import org.treatyflow.model.disclosure.ForeignProductionOrderRequest;
import org.treatyflow.model.disclosure.SubscriberInformationOrder;
import org.treatyflow.model.financial.BankAccountInformationRequest;
import org.treatyflow.model.fiu.FiuPostponementRequest;
import org.treatyflow.model.preservation.PreservationRequest;
import org.treatyflow.testkit.ModelArbitraries;
import org.treatyflow.testkit.PreservationArbitraries;
import org.treatyflow.testkit.workflow.DirectOrderSteps;
import org.treatyflow.testkit.workflow.FiuSteps;
import org.treatyflow.testkit.workflow.PreservationSteps;
import org.treatyflow.testkit.workflow.StepMaker;
import org.treatyflow.testkit.workflow.StepMakers;
import org.treatyflow.testkit.workflow.TransitionCoverage;
import org.treatyflow.testkit.workflow.WorkflowChains;
import org.treatyflow.testkit.workflow.WorkflowRun;
import org.treatyflow.workflow.CaseFile;
import org.treatyflow.workflow.DomesticPolicy;
import org.treatyflow.workflow.Environment;
import org.treatyflow.workflow.EveryPartyBound;
import org.treatyflow.workflow.Workflow;
import org.treatyflow.workflow.assistance.AssistanceAction;
import org.treatyflow.workflow.assistance.AssistanceDeadlines;
import org.treatyflow.workflow.assistance.AssistanceStatus;
import org.treatyflow.workflow.direct.DirectOrderAction;
import org.treatyflow.workflow.direct.DirectOrderDeadlines;
import org.treatyflow.workflow.direct.DirectOrderStatus;
import org.treatyflow.workflow.direct.DirectOrderWorkflow;
import org.treatyflow.workflow.disclosure.ForeignProductionOrderDeadlines;
import org.treatyflow.workflow.disclosure.ForeignProductionOrderWorkflow;
import org.treatyflow.workflow.financial.BankAccountInformationWorkflow;
import org.treatyflow.workflow.fiu.FiuDeadlines;
import org.treatyflow.workflow.fiu.FiuPostponementAction;
import org.treatyflow.workflow.fiu.FiuPostponementStatus;
import org.treatyflow.workflow.fiu.FiuPostponementWorkflow;
import org.treatyflow.workflow.preservation.PreservationAction;
import org.treatyflow.workflow.preservation.PreservationDeadlines;
import org.treatyflow.workflow.preservation.PreservationStatus;
import org.treatyflow.workflow.preservation.PreservationWorkflow;

/**
 * Deadlines never land before their start: in generated runs of the families with deadlines
 * (chains of steps drawn from each family's own table, {@link WorkflowChains}, with pauses of up to
 * two months between steps), after every step, no deadline {@link CaseDeadlines#open} gives is due
 * before the case's first step, a case with no step has none, the list is sorted soonest first, and
 * its dates are exactly those the family's deadline class computes. Each property must also have
 * seen every deadline of its family open at some step, lest it pass only on cases where none runs.
 */
class CaseDeadlinesProperties {
  private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

  /** Requested Parties whose law, in these runs, does not provide for renewing preservation (BC 16(2)). */
  private static final Set<Party> NO_RENEWAL = Set.of(Party.of("DE"), Party.of("FR"));

  /** Requested Parties whose law, in these runs, gives no period of postponement (WC 47(1)). */
  private static final Set<Party> NO_POSTPONEMENT_PERIOD = Set.of(Party.of("NL"), Party.of("IT"));

  /**
   * Renewal of preservation allowed but for {@link #NO_RENEWAL}; Austria preserves for 90 days;
   * transactions postponed for five days but by {@link #NO_POSTPONEMENT_PERIOD}; Japan counts in
   * Tokyo time, the United States in New York time, Austria in Vienna time, the others in UTC, so
   * that days are counted across zones and changes of daylight-saving time.
   */
  private static final DomesticPolicy POLICY =
      new DomesticPolicy() {
        @Override
        public boolean allowsPreservationRenewal(Party party) {
          return !NO_RENEWAL.contains(party);
        }

        @Override
        public Optional<Integer> preservationDays(Party requestedParty) {
          return requestedParty.equals(Party.of("AT")) ? Optional.of(90) : Optional.empty();
        }

        @Override
        public Optional<Duration> transactionPostponementPeriod(Party party) {
          return NO_POSTPONEMENT_PERIOD.contains(party) ? Optional.empty() : Optional.of(Duration.ofDays(5));
        }

        @Override
        public ZoneId timeZone(Party party) {
          switch (party.code()) {
            case "JP":
              return ZoneId.of("Asia/Tokyo");
            case "US":
              return ZoneId.of("America/New_York");
            case "AT":
              return ZoneId.of("Europe/Vienna");
            default:
              return ZoneOffset.UTC;
          }
        }
      };

  private static Environment environment(Clock clock) {
    return new Environment(EveryPartyBound.REGISTRY, clock, POLICY);
  }

  // --- expedited preservation: BC 29(7) ---

  @Property(tries = 200, seed = "20260302", edgeCases = EdgeCasesMode.NONE)
  void preservationDeadlinesNeverLandBeforeTheirStart(
      @ForAll("preservations") ActionChain<WorkflowRun<PreservationRequest, PreservationStatus, PreservationAction>> chain) {
    chain
        .withInvariant("deadlines after the first step, sorted", CaseDeadlinesProperties::neverBeforeTheFirstStepAndSorted)
        .withInvariant(
            "the end of preservation the family computes",
            run -> agreesWithTheFamily(run, PreservationDeadlines.expiry(run.caseFile(), run.environment()).stream().toList()))
        .run();
    seen(CaseDeadlines.PRESERVATION_ENDS);
  }

  @Provide
  Arbitrary<ActionChain<WorkflowRun<PreservationRequest, PreservationStatus, PreservationAction>>> preservations() {
    return chains(PreservationWorkflow.WORKFLOW, PreservationArbitraries.preservationRequests(), PreservationSteps.maker());
  }

  // --- 2AP 8(6) and the amendment time limit of the skeleton ---

  @Property(tries = 100, seed = "20260302", edgeCases = EdgeCasesMode.NONE)
  void productionOrderDeadlinesNeverLandBeforeTheirStart(
      @ForAll("productionOrders") ActionChain<WorkflowRun<ForeignProductionOrderRequest, AssistanceStatus, AssistanceAction>> chain) {
    chain
        .withInvariant("deadlines after the first step, sorted", CaseDeadlinesProperties::neverBeforeTheFirstStepAndSorted)
        .withInvariant(
            "the dates the family computes",
            run -> {
              var c = run.caseFile();
              var env = run.environment();
              List<Instant> expected = new ArrayList<>();
              AssistanceDeadlines.amendmentDue(c, env).ifPresent(expected::add);
              ForeignProductionOrderDeadlines.serviceDue(c, env).ifPresent(expected::add);
              expected.addAll(ForeignProductionOrderDeadlines.returnDue(c, env).values());
              agreesWithTheFamily(run, expected);
            })
        .run();
    seen(
        CaseDeadlines.AMENDMENTS_DUE,
        CaseDeadlines.SERVICE_DUE,
        CaseDeadlines.SUBSCRIBER_INFORMATION_DUE,
        CaseDeadlines.TRAFFIC_DATA_DUE);
  }

  @Provide
  Arbitrary<ActionChain<WorkflowRun<ForeignProductionOrderRequest, AssistanceStatus, AssistanceAction>>> productionOrders() {
    return chains(
        ForeignProductionOrderWorkflow.WORKFLOW,
        acts(RequestFamily.FOREIGN_PRODUCTION_ORDER, ForeignProductionOrderRequest.class),
        StepMakers.assistance(ForeignProductionOrderWorkflow.PROFILE));
  }

  @Property(tries = 100, seed = "20260302", edgeCases = EdgeCasesMode.NONE)
  void warsawAmendmentTimeLimitsNeverLandBeforeTheirStart(
      @ForAll("bankAccountRequests") ActionChain<WorkflowRun<BankAccountInformationRequest, AssistanceStatus, AssistanceAction>> chain) {
    chain
        .withInvariant("deadlines after the first step, sorted", CaseDeadlinesProperties::neverBeforeTheFirstStepAndSorted)
        .withInvariant(
            "the time limit the skeleton computes",
            run -> agreesWithTheFamily(run, AssistanceDeadlines.amendmentDue(run.caseFile(), run.environment()).stream().toList()))
        .run();
    seen(CaseDeadlines.AMENDMENTS_DUE);
  }

  @Provide
  Arbitrary<ActionChain<WorkflowRun<BankAccountInformationRequest, AssistanceStatus, AssistanceAction>>> bankAccountRequests() {
    return chains(
        BankAccountInformationWorkflow.WORKFLOW,
        acts(RequestFamily.BANK_ACCOUNT_INFORMATION, BankAccountInformationRequest.class),
        StepMakers.assistance(BankAccountInformationWorkflow.PROFILE));
  }

  // --- 2AP 7(7) ---

  @Property(tries = 100, seed = "20260302", edgeCases = EdgeCasesMode.NONE)
  void directOrderDeadlinesNeverLandBeforeTheirStart(
      @ForAll("directOrders") ActionChain<WorkflowRun<SubscriberInformationOrder, DirectOrderStatus, DirectOrderAction>> chain) {
    chain
        .withInvariant("deadlines after the first step, sorted", CaseDeadlinesProperties::neverBeforeTheFirstStepAndSorted)
        .withInvariant(
            "the provider's time the family computes",
            run -> agreesWithTheFamily(run, DirectOrderDeadlines.responseDue(run.caseFile(), run.environment()).stream().toList()))
        .run();
    seen(CaseDeadlines.DISCLOSURE_DUE);
  }

  @Provide
  Arbitrary<ActionChain<WorkflowRun<SubscriberInformationOrder, DirectOrderStatus, DirectOrderAction>>> directOrders() {
    return chains(
        DirectOrderWorkflow.WORKFLOW,
        acts(RequestFamily.SUBSCRIBER_INFORMATION_ORDER, SubscriberInformationOrder.class),
        DirectOrderSteps.maker());
  }

  // --- WC 47(1) ---

  @Property(tries = 100, seed = "20260302", edgeCases = EdgeCasesMode.NONE)
  void postponementDeadlinesNeverLandBeforeTheirStart(
      @ForAll("postponements") ActionChain<WorkflowRun<FiuPostponementRequest, FiuPostponementStatus, FiuPostponementAction>> chain) {
    chain
        .withInvariant("deadlines after the first step, sorted", CaseDeadlinesProperties::neverBeforeTheFirstStepAndSorted)
        .withInvariant(
            "the end the family computes",
            run -> agreesWithTheFamily(run, FiuDeadlines.postponementEnds(run.caseFile(), run.environment()).stream().toList()))
        .run();
    seen(CaseDeadlines.POSTPONEMENT_ENDS);
  }

  @Provide
  Arbitrary<ActionChain<WorkflowRun<FiuPostponementRequest, FiuPostponementStatus, FiuPostponementAction>>> postponements() {
    return chains(
        FiuPostponementWorkflow.WORKFLOW,
        acts(RequestFamily.FIU_POSTPONEMENT, FiuPostponementRequest.class),
        FiuSteps.postponement());
  }

  // --- the invariants ---

  /**
   * Every deadline is due after the case's first step, the step that opened it to the other side
   * (no period can end before the case began); a case with no step has none; soonest first.
   */
  static void neverBeforeTheFirstStepAndSorted(WorkflowRun<?, ?, ?> run) {
    CaseFile<?, ?, ?> c = run.caseFile();
    List<CaseDeadline> open = CaseDeadlines.open(c, run.environment());
    if (open.isEmpty()) {
      Statistics.label("deadlines").collect("none");
    }
    open.forEach(d -> Statistics.label("deadlines").collect(d.name()));
    assertThat(open)
        .as("%s: soonest first", run)
        .isSortedAccordingTo(Comparator.comparing(CaseDeadline::due));
    if (c.history().isEmpty()) {
      assertThat(open).as("%s: no step, no deadline", run).isEmpty();
      return;
    }
    Instant firstStep = c.history().get(0).at();
    for (CaseDeadline deadline : open) {
      assertThat(deadline.due())
          .as("%s: %s (%s) is due after the first step at %s", run, deadline.name(), deadline.citation(), firstStep)
          .isAfter(firstStep);
    }
  }

  /** The dates of the case's deadlines are exactly {@code expected}, those its family's class computes. */
  private static void agreesWithTheFamily(WorkflowRun<?, ?, ?> run, List<Instant> expected) {
    assertThat(CaseDeadlines.open(run.caseFile(), run.environment()))
        .as("%s in %s", run, run.caseFile().status())
        .extracting(CaseDeadline::due)
        .containsExactlyInAnyOrderElementsOf(expected);
  }

  /**
   * The runs, all together, must have seen each of {@code names} open at least once, so that the
   * invariants were checked where the deadlines run and not only where none does (the fixed seeds
   * make this the same on every build).
   */
  private static void seen(String... names) {
    Statistics.label("deadlines")
        .coverage(
            coverage -> {
              for (String name : names) {
                coverage.check(name).count(n -> n > 0);
              }
            });
  }

  // --- the runs ---

  private static <R extends CooperationAct, S extends Enum<S>, A extends Enum<A>>
      Arbitrary<ActionChain<WorkflowRun<R, S, A>>> chains(
          Workflow<R, S, A> workflow, Arbitrary<? extends R> acts, StepMaker<R, S, A> maker) {
    Function<Clock, Environment> environments = CaseDeadlinesProperties::environment;
    return WorkflowChains.chains(workflow, acts, START, environments, maker, TransitionCoverage.of(workflow), 25);
  }

  /** The testkit's complete acts of {@code family}, as its request type. */
  private static <R extends CooperationAct> Arbitrary<R> acts(RequestFamily family, Class<R> type) {
    return ModelArbitraries.actsOf(family).map(type::cast);
  }
}
