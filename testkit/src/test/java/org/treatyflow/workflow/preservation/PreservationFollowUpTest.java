package org.treatyflow.workflow.preservation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.treatyflow.model.common.Instrument.BUDAPEST;
import static org.treatyflow.workflow.preservation.PreservationAction.DECIDE_FOLLOW_UP;
import static org.treatyflow.workflow.preservation.PreservationAction.PRESERVE;
import static org.treatyflow.workflow.preservation.PreservationAction.RECEIVE;
import static org.treatyflow.workflow.preservation.PreservationAction.RECEIVE_FOLLOW_UP;
import static org.treatyflow.workflow.preservation.PreservationAction.SUBMIT;
import static org.treatyflow.workflow.preservation.PreservationFixtures.ALBANIA;
import static org.treatyflow.workflow.preservation.PreservationFixtures.ALBANIAN_24_7;
import static org.treatyflow.workflow.preservation.PreservationFixtures.AUSTRIA;
import static org.treatyflow.workflow.preservation.PreservationFixtures.AUSTRIAN_24_7;
import static org.treatyflow.workflow.preservation.PreservationFixtures.START;
import static org.treatyflow.workflow.preservation.PreservationFixtures.command;
import static org.treatyflow.workflow.preservation.PreservationFixtures.environment;
import static org.treatyflow.workflow.preservation.PreservationFixtures.request;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.treatyflow.model.assistance.StoredDataAccessMeasure;
import org.treatyflow.model.assistance.StoredDataAccessRequest;
import org.treatyflow.model.common.Authority;
import org.treatyflow.model.common.AuthorityRole;
import org.treatyflow.model.common.Channel;
import org.treatyflow.model.common.Language;
import org.treatyflow.model.common.Party;
import org.treatyflow.model.common.RequestHeader;
import org.treatyflow.model.common.RequestId;
import org.treatyflow.model.common.Violation;
import org.treatyflow.model.preservation.PreservationRequest;
import org.treatyflow.testkit.workflow.SimulatedClock;
import org.treatyflow.workflow.CaseFile;
import org.treatyflow.workflow.Command;
import org.treatyflow.workflow.Environment;
import org.treatyflow.workflow.LinkedCases;
import org.treatyflow.workflow.Outcome;
import org.treatyflow.workflow.assistance.AssistanceAction;
import org.treatyflow.workflow.assistance.AssistanceStatus;
import org.treatyflow.workflow.assistance.StoredDataAccessWorkflow;

/**
 * BC 29(7) across two linked cases: the request for access to the stored data (BC 31) that follows
 * up a preservation keeps the data preserved until the requested Party decides on it.
 */
class PreservationFollowUpTest {
  private static final RequestId ACCESS_ID = RequestId.of("AL-MLA-2026-0044");
  private static final Authority ALBANIAN_MINISTRY =
      Authority.of(ALBANIA, AuthorityRole.CENTRAL_AUTHORITY, "Ministry of Justice");
  private static final Authority AUSTRIAN_MINISTRY =
      Authority.of(AUSTRIA, AuthorityRole.CENTRAL_AUTHORITY, "Federal Ministry of Justice");

  private final SimulatedClock clock = new SimulatedClock(START);
  private final Environment env = environment(clock);

  private static StoredDataAccessRequest access(Party from, Party to) {
    return StoredDataAccessRequest.builder()
        .header(
            RequestHeader.builder()
                .id(ACCESS_ID)
                .requestingParty(from)
                .requestedParty(to)
                .requestingAuthority(Authority.of(from, AuthorityRole.CENTRAL_AUTHORITY, "Ministry of Justice"))
                .requestedAuthority(Authority.of(to, AuthorityRole.CENTRAL_AUTHORITY, "Ministry of Justice"))
                .channel(Channel.CENTRAL_AUTHORITY)
                .dateOfRequest(LocalDate.of(2026, 3, 20))
                .language(Language.ENGLISH)
                .addLegalBasis(BUDAPEST.cite(31))
                .build())
        .addAllOffences(request().offences())
        .facts(request().facts())
        .addAllDataItems(request().dataToPreserve())
        .addMeasures(StoredDataAccessMeasure.DISCLOSURE)
        .precedingPreservation(PreservationFixtures.ID)
        .build();
  }

  /** The access case, taken through {@code actions} in the bundled registry. */
  private CaseFile<StoredDataAccessRequest, AssistanceStatus, AssistanceAction> accessCase(
      StoredDataAccessRequest request, AssistanceAction... actions) {
    var c = StoredDataAccessWorkflow.WORKFLOW.open(request);
    for (AssistanceAction action : actions) {
      Authority actor = action == AssistanceAction.SUBMIT ? ALBANIAN_MINISTRY : AUSTRIAN_MINISTRY;
      var outcome =
          StoredDataAccessWorkflow.WORKFLOW.apply(
              c,
              Command.<AssistanceAction>builder()
                  .id("a" + c.version())
                  .action(action)
                  .expectedVersion(c.version())
                  .actor(actor)
                  .build(),
              env);
      assertThat(outcome.violations()).as("%s", action).isEmpty();
      c = outcome.caseFile();
    }
    return c;
  }

  private CaseFile<PreservationRequest, PreservationStatus, PreservationAction> preserved() {
    var c = PreservationWorkflow.WORKFLOW.open(request());
    c = PreservationWorkflow.WORKFLOW.apply(c, command("p0", SUBMIT, 0, ALBANIAN_24_7), env).caseFile();
    c = PreservationWorkflow.WORKFLOW.apply(c, command("p1", RECEIVE, 1, AUSTRIAN_24_7), env).caseFile();
    c = PreservationWorkflow.WORKFLOW.apply(c, command("p2", PRESERVE, 2, AUSTRIAN_24_7), env).caseFile();
    assertThat(c.status()).isEqualTo(PreservationStatus.PRESERVED);
    return c;
  }

  private Outcome<PreservationRequest, PreservationStatus, PreservationAction> followUp(
      CaseFile<PreservationRequest, PreservationStatus, PreservationAction> c, Environment environment) {
    return PreservationWorkflow.WORKFLOW.apply(
        c,
        Command.<PreservationAction>builder()
            .id("follow-up")
            .action(RECEIVE_FOLLOW_UP)
            .expectedVersion(c.version())
            .actor(AUSTRIAN_24_7)
            .followUp(ACCESS_ID)
            .build(),
        environment);
  }

  private static List<String> codes(Outcome<?, ?, ?> outcome) {
    return outcome.violations().stream().map(Violation::code).toList();
  }

  @Test
  void aRequestForAccessBetweenTheSamePartiesFollowsUpThePreservation() {
    var access = accessCase(access(ALBANIA, AUSTRIA), AssistanceAction.SUBMIT, AssistanceAction.RECEIVE);
    var outcome = followUp(preserved(), env.withCases(LinkedCases.of(List.of(access))));
    assertThat(outcome.caseFile().status()).isEqualTo(PreservationStatus.PRESERVED_PENDING_DECISION);
  }

  @Test
  void aRequestBetweenOtherPartiesDoesNotFollowUpThePreservation() {
    var other = accessCase(access(ALBANIA, Party.of("DE")));
    Outcome<?, ?, ?> outcome = followUp(preserved(), env.withCases(LinkedCases.of(List.of(other))));
    assertThat(outcome.violations())
        .extracting(Violation::code, v -> v.citation().toString())
        .containsExactly(tuple("BC_29_7_FOLLOW_UP_IS_A_REQUEST_FOR_THE_DATA", "BC 29(7)"));
  }

  @Test
  void theDataIsReleasedOnlyOnceTheFollowUpIsDecided() {
    var underReview =
        accessCase(
            access(ALBANIA, AUSTRIA), AssistanceAction.SUBMIT, AssistanceAction.RECEIVE, AssistanceAction.ACKNOWLEDGE);
    var pending = followUp(preserved(), env.withCases(LinkedCases.of(List.of(underReview)))).caseFile();

    Outcome<?, ?, ?> tooEarly =
        PreservationWorkflow.WORKFLOW.apply(
            pending,
            command("d", DECIDE_FOLLOW_UP, pending.version(), AUSTRIAN_24_7),
            env.withCases(LinkedCases.of(List.of(underReview))));
    assertThat(codes(tooEarly)).containsExactly("BC_29_7_FOLLOW_UP_NOT_DECIDED");

    var accepted =
        accessCase(
            access(ALBANIA, AUSTRIA),
            AssistanceAction.SUBMIT,
            AssistanceAction.RECEIVE,
            AssistanceAction.ACKNOWLEDGE,
            AssistanceAction.ACCEPT);
    var released =
        PreservationWorkflow.WORKFLOW.apply(
            pending,
            command("d", DECIDE_FOLLOW_UP, pending.version(), AUSTRIAN_24_7),
            env.withCases(LinkedCases.of(List.of(accepted))));
    assertThat(released.caseFile().status()).isEqualTo(PreservationStatus.RELEASED);
  }

  @Test
  void aFollowUpWhoseCaseIsUnknownIsTakenAsNamed() {
    assertThat(followUp(preserved(), env).isApplied()).isTrue();
  }
}
