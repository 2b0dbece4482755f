package org.treatyflow.workflow.assistance;

import static org.treatyflow.model.common.Instrument.SECOND_PROTOCOL;
import static org.treatyflow.workflow.assistance.VideoConferenceAction.AGREE;
import static org.treatyflow.workflow.assistance.VideoConferenceAction.CLOSE;
import static org.treatyflow.workflow.assistance.VideoConferenceAction.HOLD_HEARING;
import static org.treatyflow.workflow.assistance.VideoConferenceAction.RECEIVE;
import static org.treatyflow.workflow.assistance.VideoConferenceAction.REFUSE;
import static org.treatyflow.workflow.assistance.VideoConferenceAction.TRANSMIT;
import static org.treatyflow.workflow.assistance.VideoConferenceAction.WITHDRAW;
import static org.treatyflow.workflow.assistance.VideoConferenceStatus.AGREED;
import static org.treatyflow.workflow.assistance.VideoConferenceStatus.CLOSED;
import static org.treatyflow.workflow.assistance.VideoConferenceStatus.DRAFT;
import static org.treatyflow.workflow.assistance.VideoConferenceStatus.HEARING_HELD;
import static org.treatyflow.workflow.assistance.VideoConferenceStatus.RECEIVED;
import static org.treatyflow.workflow.assistance.VideoConferenceStatus.REFUSED;
import static org.treatyflow.workflow.assistance.VideoConferenceStatus.TRANSMITTED;
import static org.treatyflow.workflow.assistance.VideoConferenceStatus.WITHDRAWN;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.treatyflow.model.assistance.VideoConferenceRequest;
import org.treatyflow.model.common.ArticleCitation;
import org.treatyflow.model.common.RequestFamily;
import org.treatyflow.model.common.Verification;
import org.treatyflow.model.common.Violation;
import org.treatyflow.model.reply.Refusal;
import org.treatyflow.workflow.Guard;
import org.treatyflow.workflow.Guards;
import org.treatyflow.workflow.ProtocolGuards;
import org.treatyflow.workflow.StepContext;
import org.treatyflow.workflow.TransitionTable;
import org.treatyflow.workflow.Workflow;

/**
 * The lifecycle of a request that a witness or expert on the requested Party's territory be heard
 * by video conference, as the library reads 2AP 11.
 *
 * <p>It is not on the mutual assistance skeleton: nothing is executed and no result is transmitted
 * apart from the hearing itself. The requesting Party sends the request; the requested Party
 * permits the hearing on the arrangements the request states (the person to be heard, the capacity,
 * the proposed date and, where stated, the language of the hearing and the need for an
 * interpreter) or refuses it; the hearing is held and its record goes to the requesting Party, which
 * closes the case. The requesting Party may withdraw the request until the hearing is held.
 *
 * <p>The legal reference says 2AP 11 is used where no mutual assistance treaty applies, or as the
 * Parties agree. The library does not guard on a treaty: where one applies, the request is a
 * proposal to use 2AP 11, and the requested Party's agreement ({@link VideoConferenceAction#AGREE})
 * is the Parties' agreement. The legal reference lists no ground of refusal for 2AP 11, so a refusal
 * is checked for being recorded and reasoned (the reference's rule that every move into a refusal
 * carries reasons, CONVENTIONS.md §6), not for its grounds. The request's language of the hearing is
 * optional in the model, so agreement does not require it.
 *
 * <p>Legal basis: 2AP 11 (unverified in detail), cited without a paragraph on every line, all
 * unverified; the Protocol in force between both Parties (CONVENTIONS.md §2.3, confirmed); 2AP 14
 * suspension of transfers of personal data (unverified), checked when the request naming the person
 * is sent and when the record of the hearing is transferred.
 */
public final class VideoConferenceWorkflow {
  private VideoConferenceWorkflow() {}

  private static final ArticleCitation ART_11 = SECOND_PROTOCOL.cite(11);

  /** The request may be sent only when its content is complete. */
  public static final Guard<StepContext<VideoConferenceRequest>> REQUEST_COMPLETE =
      Guards.complete("2AP_11_REQUEST_COMPLETE", ART_11);

  /** The Protocol must bind both Parties on the day the request is sent. */
  public static final Guard<StepContext<VideoConferenceRequest>> PROTOCOL_IN_FORCE =
      ProtocolGuards.protocolInForce("2AP_11_PROTOCOL_IN_FORCE", ART_11);

  /**
   * No request naming the person to be heard, and no record of the hearing, while transfers of
   * personal data between the two Parties are suspended (2AP 14).
   */
  public static final Guard<StepContext<VideoConferenceRequest>> TRANSFERS_NOT_SUSPENDED =
      ProtocolGuards.transfersNotSuspended("2AP_14_TRANSFERS_SUSPENDED");

  /** The step is taken by a public authority of the requesting Party. */
  public static final Guard<StepContext<VideoConferenceRequest>> BY_REQUESTING_PARTY =
      Guards.actor(
          "2AP_11_ACTOR_REQUESTING_PARTY",
          ART_11,
          Verification.UNVERIFIED,
          (c, a) -> a.party().equals(ProtocolGuards.requesting(c)) && !a.role().isPrivateEntity(),
          "Only an authority of the requesting Party may take this step.",
          "Seule une autorité de la Partie requérante peut accomplir cette étape.");

  /** The step is taken by a public authority of the requested Party. */
  public static final Guard<StepContext<VideoConferenceRequest>> BY_REQUESTED_PARTY =
      Guards.actor(
          "2AP_11_ACTOR_REQUESTED_PARTY",
          ART_11,
          Verification.UNVERIFIED,
          (c, a) -> a.party().equals(ProtocolGuards.requested(c)) && !a.role().isPrivateEntity(),
          "Only an authority of the requested Party may take this step.",
          "Seule une autorité de la Partie requise peut accomplir cette étape.");

  /**
   * A hearing on a date already past cannot be agreed: the proposed date is not before today in the
   * requested Party's time zone.
   */
  public static final Guard<StepContext<VideoConferenceRequest>> PROPOSED_DATE_NOT_PASSED =
      Guard.require(
          "2AP_11_PROPOSED_DATE_PASSED",
          ART_11,
          Verification.UNVERIFIED,
          c ->
              c.request()
                  .proposedDate()
                  .map(d -> !d.isBefore(c.today(ProtocolGuards.requested(c))))
                  .orElse(false),
          "The date proposed for the hearing has passed: it can no longer be agreed.",
          "La date proposée pour l'audition est passée : elle ne peut plus être convenue.");

  /**
   * The hearing is not recorded as held before the agreed date, in the requested Party's time
   * zone.
   */
  public static final Guard<StepContext<VideoConferenceRequest>> HEARING_DATE_REACHED =
      Guard.require(
          "2AP_11_HEARING_BEFORE_AGREED_DATE",
          ART_11,
          Verification.UNVERIFIED,
          c ->
              c.request()
                  .proposedDate()
                  .map(d -> !c.today(ProtocolGuards.requested(c)).isBefore(d))
                  .orElse(false),
          "The hearing cannot be recorded as held before the date agreed for it.",
          "L'audition ne peut pas être enregistrée comme tenue avant la date convenue.");

  /** Code of the violation for a refusal that is not recorded with the command. */
  public static final String REFUSAL_RECORDED = "2AP_11_REFUSAL_RECORDED";

  /** Code of the violation for a refusal without reasons. */
  public static final String REFUSAL_REASONS = "2AP_11_REFUSAL_REASONS";

  /**
   * The command carries a {@link Refusal} answering this request, complete, and giving reasons;
   * passes when the engine only explains.
   */
  public static final Guard<StepContext<VideoConferenceRequest>> REFUSAL_REASONED =
      Guard.computed(REFUSAL_RECORDED, ART_11, VideoConferenceWorkflow::refusalViolations);

  /** The lifecycle, top-down like 2AP 11 as the library reads it. */
  public static final TransitionTable<
          VideoConferenceStatus, VideoConferenceAction, StepContext<VideoConferenceRequest>>
      TABLE =
          TransitionTable.of(VideoConferenceStatus.class, VideoConferenceAction.class, context())
              .initial(DRAFT)
              .terminal(EnumSet.of(REFUSED, CLOSED, WITHDRAWN))
              .from(DRAFT).on(TRANSMIT).to(TRANSMITTED).perUnverified(ART_11)
                  .when(List.of(
                      BY_REQUESTING_PARTY, REQUEST_COMPLETE, PROTOCOL_IN_FORCE, TRANSFERS_NOT_SUSPENDED))
              .from(TRANSMITTED).on(RECEIVE).to(RECEIVED).perUnverified(ART_11)
                  .when(BY_REQUESTED_PARTY)
              .from(RECEIVED).on(AGREE).to(AGREED).perUnverified(ART_11)
                  .when(BY_REQUESTED_PARTY, PROPOSED_DATE_NOT_PASSED)
              .from(RECEIVED).on(REFUSE).to(REFUSED).perUnverified(ART_11)
                  .when(BY_REQUESTED_PARTY, REFUSAL_REASONED)
              .from(AGREED).on(HOLD_HEARING).to(HEARING_HELD).perUnverified(ART_11)
                  .when(BY_REQUESTED_PARTY, HEARING_DATE_REACHED, TRANSFERS_NOT_SUSPENDED)
              .from(HEARING_HELD).on(CLOSE).to(CLOSED).perUnverified(ART_11)
                  .when(BY_REQUESTING_PARTY)
              .fromEveryOpenStatusExcept(EnumSet.of(HEARING_HELD))
                  .on(WITHDRAW).to(WITHDRAWN).perUnverified(ART_11)
                  .when(BY_REQUESTING_PARTY)
              .build();

  /** The engine for requests to hear a witness or expert by video conference. */
  public static final Workflow<VideoConferenceRequest, VideoConferenceStatus, VideoConferenceAction>
      WORKFLOW = new Workflow<>(RequestFamily.VIDEO_CONFERENCE, TABLE);

  @SuppressWarnings("unchecked")
  private static Class<StepContext<VideoConferenceRequest>> context() {
    return (Class<StepContext<VideoConferenceRequest>>) (Class<?>) StepContext.class;
  }

  private static List<Violation> refusalViolations(StepContext<VideoConferenceRequest> c) {
    if (c.command().isEmpty()) {
      return List.of();
    }
    Optional<Refusal> refusal =
        Guards.refusal(
            c,
            (ctx, r) ->
                r.header().answersRequest().equals(ctx.request().header().id())
                    && r.family() == ctx.request().family());
    if (refusal.isEmpty()) {
      return List.of(
          Guards.violation(
              REFUSAL_RECORDED,
              ART_11,
              "reply",
              Verification.UNVERIFIED,
              "The refusal must be recorded with the step, answering this request.",
              "Le refus doit être joint à l'étape et répondre à cette demande."));
    }
    List<Violation> violations = new ArrayList<>(refusal.get().completenessViolations());
    if (refusal.get().reasons().filter(r -> !r.isBlank()).isEmpty()) {
      violations.add(
          Guards.violation(
              REFUSAL_REASONS,
              ART_11,
              "reply.reasons",
              Verification.UNVERIFIED,
              "The refusal must give reasons.",
              "Le refus doit être motivé."));
    }
    return violations;
  }
}
