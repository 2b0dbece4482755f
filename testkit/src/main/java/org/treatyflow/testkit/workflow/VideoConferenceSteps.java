package org.treatyflow.testkit.workflow;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.treatyflow.model.assistance.VideoConferenceRequest;
import org.treatyflow.model.common.Authority;
import org.treatyflow.model.common.AuthorityRole;
import org.treatyflow.model.common.RequestHeader;
import org.treatyflow.model.common.RequestId;
import org.treatyflow.model.reply.Refusal;
import org.treatyflow.model.reply.Reply;
import org.treatyflow.model.reply.ReplyHeader;
import org.treatyflow.workflow.assistance.VideoConferenceAction;
import org.treatyflow.workflow.assistance.VideoConferenceStatus;

/**
 * Steps of a request to hear a witness or expert by video conference (2AP 11) for generated runs
 * ({@link WorkflowChains}): nine times in ten by the Party whose step it is (the requesting Party
 * transmits, closes and withdraws; the requested Party receives, agrees, refuses and records the
 * hearing), otherwise by the other Party or by a service provider of the right Party; a refusal
 * comes with a refusal answering the request, with reasons three times in four.
 *
 * <p>To reach every line, run requests between Parties the registry binds by the Protocol on the
 * run's dates, with a proposed date a few days after the run starts, so that it can be agreed
 * before it passes and the hearing held once it is reached.
 */
public final class VideoConferenceSteps {
  private VideoConferenceSteps() {}

  /** The step maker. */
  public static StepMaker<VideoConferenceRequest, VideoConferenceStatus, VideoConferenceAction> maker() {
    return (caseFile, action, environment) -> {
      VideoConferenceRequest request = caseFile.request();
      RequestHeader header = request.header();
      Authority requesting = header.requestingAuthority();
      Authority requested = StepMakers.requestedAuthority(header);
      Authority right =
          switch (action) {
            case TRANSMIT, CLOSE, WITHDRAW -> requesting;
            case RECEIVE, AGREE, REFUSE, HOLD_HEARING -> requested;
          };
      Authority wrong = right == requesting ? requested : requesting;
      Authority provider = Authority.of(right.party(), AuthorityRole.SERVICE_PROVIDER, "Service provider");
      Arbitrary<Authority> actors =
          Arbitraries.frequency(Tuple.of(18, right), Tuple.of(1, wrong), Tuple.of(1, provider));
      Arbitrary<Boolean> reasoned = Arbitraries.frequency(Tuple.of(3, true), Tuple.of(1, false));
      LocalDate today = LocalDate.ofInstant(environment.clock().instant(), ZoneOffset.UTC);
      return Combinators.combine(actors, reasoned, Arbitraries.integers().between(0, 99_999))
          .as(
              (actor, withReasons, serial) -> {
                Optional<Reply> document =
                    action == VideoConferenceAction.REFUSE
                        ? Optional.of(refusal(request, actor, today, serial, withReasons))
                        : Optional.empty();
                return new StepInput(actor, document, Optional.empty());
              });
    };
  }

  private static Refusal refusal(
      VideoConferenceRequest request, Authority actor, LocalDate today, int serial, boolean withReasons) {
    RequestHeader header = request.header();
    Refusal.Builder refusal =
        Refusal.builder()
            .header(
                ReplyHeader.builder()
                    .id(RequestId.of("REPLY-" + serial))
                    .answersRequest(header.id())
                    .family(request.family())
                    .fromParty(actor.party())
                    .fromAuthority(actor)
                    .toParty(
                        actor.party().equals(header.requestingParty())
                            ? header.requestedParty()
                            : header.requestingParty())
                    .date(today)
                    .channel(header.channel())
                    .build());
    if (withReasons) {
      refusal.reasons("The person to be heard cannot be reached at the proposed date.");
    }
    return refusal.build();
  }
}
