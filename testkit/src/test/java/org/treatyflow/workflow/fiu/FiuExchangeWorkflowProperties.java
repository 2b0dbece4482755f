package org.treatyflow.workflow.fiu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.treatyflow.workflow.fiu.FiuExchangeWorkflow.TABLE;
import static org.treatyflow.workflow.fiu.FiuExchangeWorkflow.WORKFLOW;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.treatyflow.model.common.Authority;
import org.treatyflow.model.common.AuthorityRole;
import org.treatyflow.model.common.Party;
import org.treatyflow.model.common.RequestId;
import org.treatyflow.model.fiu.FiuInformationRequest;
import org.treatyflow.model.refusal.GroundForRefusal;
import org.treatyflow.model.registry.PartyRegistry;
import org.treatyflow.model.registry.ReservationCode;
import org.treatyflow.model.reply.Refusal;
import org.treatyflow.model.reply.ReplyHeader;
import org.treatyflow.model.reply.ResultTransmission;
import org.treatyflow.testkit.workflow.SimulatedClock;
import org.treatyflow.testkit.workflow.WorkflowInvariants;
import org.treatyflow.workflow.CaseFile;
import org.treatyflow.workflow.Command;
import org.treatyflow.workflow.DomesticPolicy;
import org.treatyflow.workflow.Environment;
import org.treatyflow.workflow.Outcome;

/** Whatever commands arrive, in whatever order, an FIU exchange only ever moves along its table. */
class FiuExchangeWorkflowProperties {
  private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

  /**
   * One attempted step: mostly a step the table offers from the current status, taken by the FIU
   * the treaty gives it to; sometimes any action, or by the other FIU; after how long; with which
   * document ({@code document}: 0 none, 1 a refusal without reasons, 2 complete).
   */
  record Attempt(boolean followTable, int pick, FiuExchangeAction anyAction, boolean wrongParty,
      int hoursLater, List<GroundForRefusal> grounds, int document, boolean stale) {

    /** Whether the step comes with its document (transmission or refusal). */
    boolean withDocument() {
      return document > 0;
    }

    /** Whether a refusal gives reasons. */
    boolean explained() {
      return document > 1;
    }

    FiuExchangeAction action(FiuExchangeStatus status) {
      var lines = TABLE.from(status);
      return followTable && !lines.isEmpty() ? lines.get(pick % lines.size()).action() : anyAction;
    }
  }

  @Property(tries = 1000)
  void noSequenceOfCommandsLeavesTheTable(
      @ForAll("requests") FiuInformationRequest request,
      @ForAll("attempts") List<Attempt> attempts,
      @ForAll boolean withReservations) {
    SimulatedClock clock = new SimulatedClock(START);
    PartyRegistry registry = withReservations ? FiuFixtures.reservationRegistry() : PartyRegistry.bundled();
    Environment env = new Environment(registry, clock, DomesticPolicy.DEFAULTS);
    CaseFile<FiuInformationRequest, FiuExchangeStatus, FiuExchangeAction> c = WORKFLOW.open(request);
    Set<FiuExchangeStatus> reached = EnumSet.of(c.status());
    int n = 0;
    for (Attempt attempt : attempts) {
      clock.advance(Duration.ofHours(attempt.hoursLater()));
      FiuExchangeAction action = attempt.action(c.status());
      Command<FiuExchangeAction> command = command("cmd-" + n++, attempt, action, c, request);
      var outcome = WORKFLOW.apply(c, command, env);
      var next = outcome.caseFile();
      if (attempt.stale()) {
        assertThat(outcome).isInstanceOf(Outcome.Conflict.class);
      }
      WorkflowInvariants.checkStep(WORKFLOW, c, command, outcome, env);
      if (outcome.isApplied()) {
        assertThat(next.lastEvent().orElseThrow().at()).isEqualTo(clock.instant());
        if (action == FiuExchangeAction.REFUSE) {
          Refusal refusal = (Refusal) command.reply().orElseThrow();
          if (refusal.grounds().isEmpty()) {
            assertThat(registry.hasMade(request.header().requestedParty(), ReservationCode.WC_53_2_ART_46_5))
                .as("only a Party that reserved on WC 46(5) refuses without a ground (WC 53(2))")
                .isTrue();
          }
        }
        if (action == FiuExchangeAction.DENY_CONSENT && c.status() == FiuExchangeStatus.CONSENT_REQUESTED_FOR_CRIMINAL_PROCEEDINGS) {
          Refusal denial = (Refusal) command.reply().orElseThrow();
          assertThat(denial.grounds()).as("WC 46(9)").allMatch(g -> g == GroundForRefusal.FIU_REFUSAL_TO_DIVULGE);
          assertThat(denial.reasons()).as("WC 46(9)").isPresent();
        }
      }
      c = next;
      reached.add(c.status());
    }
    for (FiuExchangeStatus status : List.of(
        FiuExchangeStatus.PROVIDED,
        FiuExchangeStatus.REFUSED,
        FiuExchangeStatus.CONSENT_REQUESTED_FOR_CRIMINAL_PROCEEDINGS,
        FiuExchangeStatus.CONSENT_REQUESTED_FOR_OTHER_USE,
        FiuExchangeStatus.CONSENT_DENIED)) {
      Statistics.label(status.name()).collect(reached.contains(status));
      Statistics.label(status.name()).coverage(coverage -> coverage.check(true).count(times -> times >= 3));
    }
  }

  /** The FIU of the Party the treaty gives {@code action} to, or of the other Party. */
  private static Authority actor(Attempt attempt, FiuExchangeAction action, FiuInformationRequest request) {
    Party requesting = request.header().requestingParty();
    Party requested = request.header().requestedParty();
    Party supplier = request.spontaneous() ? requesting : requested;
    Party recipient = request.spontaneous() ? requested : requesting;
    Party party =
        switch (action) {
          case SEND, SEND_SPONTANEOUSLY -> requesting;
          case PROVIDE, REFUSE -> requested;
          case REQUEST_CONSENT_FOR_CRIMINAL_PROCEEDINGS, REQUEST_CONSENT_FOR_OTHER_USE -> recipient;
          case GRANT_CONSENT, DENY_CONSENT -> supplier;
        };
    if (attempt.wrongParty()) {
      party = party.equals(requesting) ? requested : requesting;
    }
    return Authority.of(party, AuthorityRole.FINANCIAL_INTELLIGENCE_UNIT, "Financial Intelligence Unit");
  }

  private static Command<FiuExchangeAction> command(
      String id,
      Attempt attempt,
      FiuExchangeAction action,
      CaseFile<FiuInformationRequest, FiuExchangeStatus, FiuExchangeAction> c,
      FiuInformationRequest request) {
    Authority actor = actor(attempt, action, request);
    Command.Builder<FiuExchangeAction> command =
        Command.<FiuExchangeAction>builder()
            .id(id)
            .action(action)
            .expectedVersion(attempt.stale() ? c.version() + 1 : c.version())
            .actor(actor);
    if (attempt.withDocument()) {
      Party to = actor.party().equals(request.header().requestingParty())
          ? request.header().requestedParty()
          : request.header().requestingParty();
      ReplyHeader header =
          ReplyHeader.builder()
              .id(RequestId.of("REPLY-" + id))
              .answersRequest(request.header().id())
              .family(request.family())
              .fromParty(actor.party())
              .fromAuthority(actor)
              .toParty(to)
              .date(LocalDate.of(2026, 3, 3))
              .channel(request.header().channel())
              .build();
      if (action == FiuExchangeAction.PROVIDE) {
        command.reply(ResultTransmission.builder().header(header).addDocuments("Bank statements").build());
      } else if (action == FiuExchangeAction.REFUSE || action == FiuExchangeAction.DENY_CONSENT) {
        Refusal.Builder refusal = Refusal.builder().header(header).addAllGrounds(attempt.grounds());
        if (attempt.explained()) {
          refusal.reasons("Divulging it would impair a criminal investigation.");
        }
        command.reply(refusal.build());
      }
    }
    return command.build();
  }

  @Provide
  Arbitrary<FiuInformationRequest> requests() {
    return FiuInForceArbitraries.exchanges();
  }

  @Provide
  Arbitrary<List<Attempt>> attempts() {
    Arbitrary<List<GroundForRefusal>> grounds =
        Arbitraries.frequencyOf(
            Tuple.of(7, Arbitraries.just(List.of(GroundForRefusal.FIU_REFUSAL_TO_DIVULGE))),
            Tuple.of(1, Arbitraries.just(List.<GroundForRefusal>of())),
            Tuple.of(2, Arbitraries.of(GroundForRefusal.class).list().ofMinSize(1).ofMaxSize(2)));
    Arbitrary<Attempt> attempt =
        Combinators.combine(
                Arbitraries.of(true, true, true, true, false),
                Arbitraries.integers().between(0, 100),
                Arbitraries.of(FiuExchangeAction.class),
                Arbitraries.of(false, false, false, false, true),
                Arbitraries.integers().between(0, 72),
                grounds,
                Arbitraries.of(0, 1, 2, 2, 2, 2, 2, 2),
                Arbitraries.of(false, false, false, false, false, false, false, false, false, true))
            .as(Attempt::new);
    return attempt.list().ofMaxSize(20);
  }
}
