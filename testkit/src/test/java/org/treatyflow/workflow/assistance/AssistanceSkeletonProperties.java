package org.treatyflow.workflow.assistance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.treatyflow.model.common.Authority;
import org.treatyflow.model.common.AuthorityRole;
import org.treatyflow.model.common.Request;
import org.treatyflow.model.reply.Reply;
import org.treatyflow.workflow.CaseFile;
import org.treatyflow.workflow.Command;
import org.treatyflow.workflow.DomesticPolicy;
import org.treatyflow.workflow.Environment;
import org.treatyflow.workflow.EveryPartyBound;
import org.treatyflow.workflow.MutableClock;
import org.treatyflow.workflow.Outcome;
import org.treatyflow.workflow.StepInvariants;
import org.treatyflow.workflow.Transition;
import org.treatyflow.workflow.TransitionTable;

/**
 * Properties every family on the mutual assistance skeleton keeps, over random runs of commands:
 * mostly steps the table offers from the current status, some it does not, by either Party, with
 * valid or defective documents, and time passing. After every step: no status off the table, a
 * terminal status never changes, an applied step cites its line's article and the same command
 * again changes nothing ({@link StepInvariants}), and the amendment deadline never falls before
 * the step that set it.
 */
class AssistanceSkeletonProperties {
  private static final Instant START = Instant.parse("2026-02-02T10:00:00Z");

  /** One attempted step: which line or action, which Party, a valid document or not, days passing. */
  record Step(int choice, boolean byRequested, boolean valid, int days) {}

  /** A run: a family, a request of it, and the steps. */
  record Run(SkeletonFamily<?> family, Request request, List<Step> steps) {
    @Override
    public String toString() {
      return family + " " + steps;
    }
  }

  @Provide
  Arbitrary<Run> runs() {
    Arbitrary<Step> step =
        Combinators.combine(
                Arbitraries.integers().between(0, 999),
                Arbitraries.of(true, false),
                Arbitraries.of(true, true, true, false),
                Arbitraries.frequency(
                    net.jqwik.api.Tuple.of(6, 0), net.jqwik.api.Tuple.of(3, 3), net.jqwik.api.Tuple.of(1, 20)))
            .as(Step::new);
    List<Arbitrary<Run>> perFamily = new ArrayList<>();
    for (SkeletonFamily<?> family : SkeletonFamilies.ALL) {
      perFamily.add(
          Combinators.combine(family.requests(), step.list().ofMinSize(1).ofMaxSize(24))
              .as((request, steps) -> new Run(family, request, steps)));
    }
    return Arbitraries.oneOf(perFamily);
  }

  @Property(tries = 400)
  void randomRunsKeepTheInvariantsOfEveryStep(@ForAll("runs") Run run) {
    walk(run.family(), run.request(), run.steps());
  }

  private <R extends Request> void walk(SkeletonFamily<R> family, Request request, List<Step> steps) {
    R typed = family.profile().requestType().cast(request);
    MutableClock clock = new MutableClock(START);
    Environment env = new Environment(EveryPartyBound.REGISTRY, clock, DomesticPolicy.DEFAULTS);
    TransitionTable<AssistanceStatus, AssistanceAction, ?> table = family.workflow().table();
    CaseFile<R, AssistanceStatus, AssistanceAction> c = family.workflow().open(typed);
    int serial = 0;
    for (Step step : steps) {
      clock.advance(Duration.ofDays(step.days()));
      AssistanceAction action = pick(table, c.status(), step.choice());
      Authority actor =
          step.byRequested()
              ? typed.header().requestedAuthority().orElse(
                  Authority.of(typed.header().requestedParty(), AuthorityRole.CENTRAL_AUTHORITY, "Central authority"))
              : typed.header().requestingAuthority();
      LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
      Optional<Reply> document =
          SkeletonDocuments.forStep(
              family.profile(), typed, action, actor, today,
              AssistanceLifecycle.acceptedUseConditions(c), step.valid(), serial);
      Command<AssistanceAction> command =
          Command.<AssistanceAction>builder()
              .id("cmd-" + serial++)
              .action(action)
              .expectedVersion(c.version())
              .actor(actor)
              .reply(document)
              .build();
      Outcome<R, AssistanceStatus, AssistanceAction> outcome = family.workflow().apply(c, command, env);
      StepInvariants.check(table, c, command, outcome, family.workflow(), env);
      c = outcome.caseFile();
      if (outcome.isApplied()) {
        Statistics.label("reached").collect(c.status());
      }
      if (outcome.isApplied() && c.status() == AssistanceStatus.AWAITING_AMENDMENT) {
        Instant entered = c.lastEventInto(AssistanceStatus.AWAITING_AMENDMENT).orElseThrow().at();
        AssistanceDeadlines.amendmentDue(c, env)
            .ifPresent(due -> assertThat(due).as("the time limit ends after it was set").isAfter(entered));
      }
    }
    Statistics.label("family").collect(family.profile().family());
    Statistics.label("reached")
        .coverage(
            checker -> {
              for (AssistanceStatus status :
                  List.of(
                      AssistanceStatus.CLOSED,
                      AssistanceStatus.REFUSED,
                      AssistanceStatus.WITHDRAWN,
                      AssistanceStatus.POSTPONED,
                      AssistanceStatus.CONDITIONALLY_GRANTED,
                      AssistanceStatus.AWAITING_CONFIDENTIALITY_DECISION)) {
                checker.check(status).count(n -> n > 0);
              }
            });
  }

  /**
   * Mostly a line the table offers from {@code status} other than withdrawal (which every open
   * status offers, and would end most runs early); sometimes withdrawal; sometimes any action.
   */
  private static AssistanceAction pick(
      TransitionTable<AssistanceStatus, AssistanceAction, ?> table, AssistanceStatus status, int choice) {
    List<AssistanceAction> forward = new ArrayList<>();
    for (Transition<AssistanceStatus, AssistanceAction, ?> line : table.from(status)) {
      if (line.action() != AssistanceAction.WITHDRAW) {
        forward.add(line.action());
      }
    }
    int kind = choice % 20;
    if (kind == 0) {
      return table.actions().get(choice / 20 % table.actions().size());
    }
    if (kind == 1 || forward.isEmpty()) {
      return AssistanceAction.WITHDRAW;
    }
    return forward.get(choice / 20 % forward.size());
  }
}
