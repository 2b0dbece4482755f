package org.treatyflow.testkit.workflow;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.treatyflow.model.asset.Amount;
import org.treatyflow.model.common.Authority;
import org.treatyflow.model.common.Offence;
import org.treatyflow.model.common.Party;
import org.treatyflow.model.common.Request;
import org.treatyflow.model.common.RequestId;
import org.treatyflow.model.common.UseCondition;
import org.treatyflow.model.confiscation.ConfiscationRequest;
import org.treatyflow.model.refusal.GroundForPostponement;
import org.treatyflow.model.refusal.GroundForRefusal;
import org.treatyflow.model.refusal.RefusalGrounds;
import org.treatyflow.model.reply.Acknowledgement;
import org.treatyflow.model.reply.AmendmentRequest;
import org.treatyflow.model.reply.ConditionalGrant;
import org.treatyflow.model.reply.ExecutionReport;
import org.treatyflow.model.reply.InformationNotice;
import org.treatyflow.model.reply.NoticeKind;
import org.treatyflow.model.reply.Postponement;
import org.treatyflow.model.reply.Refusal;
import org.treatyflow.model.reply.Reply;
import org.treatyflow.model.reply.ReplyHeader;
import org.treatyflow.model.reply.ResultTransmission;
import org.treatyflow.workflow.assistance.AssistanceAction;
import org.treatyflow.workflow.assistance.AssistanceProfile;

/**
 * The document a step of the mutual assistance skeleton comes with, for a request of any family on
 * it ({@link AssistanceProfile}): admissible and complete when {@code valid}, otherwise lacking its
 * reasons (or its missing items), so that rejections are exercised too. When not valid, the
 * {@code serial} also picks, now and then: a conditional grant stating no condition; results
 * answering another request (where no condition was accepted, so that results lacking the
 * accepted conditions are still sent); a value confiscation realising more than the order, or recording no
 * amount; a measure taken without the notice of its automatic lifting. An amendment request sets a
 * time limit of one day or of twenty, so that the case is also tried before the limit has passed.
 */
public final class AssistanceDocuments {
  private AssistanceDocuments() {}

  /**
   * The document of {@code action} by {@code actor} on {@code today}; the results carry the
   * conditions {@code accepted}, when valid. Empty for a step that needs none.
   */
  public static <R extends Request> Optional<Reply> forStep(
      AssistanceProfile<R> profile,
      R request,
      AssistanceAction action,
      Authority actor,
      LocalDate today,
      Set<UseCondition> accepted,
      boolean valid,
      int serial) {
    ReplyHeader header = header(request, actor, today, serial);
    switch (action) {
      case REFUSE:
        Refusal.Builder refusal = Refusal.builder().header(header).partialGrantConsidered(true);
        ground(profile, request).ifPresent(refusal::addGrounds);
        if (valid) {
          refusal.reasons("Reasons given to the requesting Party.");
        }
        return Optional.of(refusal.build());
      case POSTPONE:
        Postponement.Builder postponement = Postponement.builder().header(header).partialGrantConsidered(true);
        for (GroundForPostponement g : GroundForPostponement.values()) {
          if (g.families().contains(profile.family())) {
            postponement.ground(g);
            break;
          }
        }
        if (valid) {
          postponement.reasons("Own proceedings would be prejudiced.");
        }
        return Optional.of(postponement.build());
      case GRANT_CONDITIONALLY:
        ConditionalGrant.Builder grant = ConditionalGrant.builder().header(header);
        if (valid || serial % 2 == 1) {
          grant.addUseConditions(UseCondition.PURPOSE_LIMITED);
        }
        if (valid) {
          grant.reasons("Other proceedings concern the same persons.");
        }
        return Optional.of(grant.build());
      case REQUEST_AMENDMENT:
        AmendmentRequest.Builder amendment = AmendmentRequest.builder().header(header).timeLimit(today.plusDays(serial % 2 == 0 ? 1 : 20));
        if (valid) {
          amendment.addMissingItems("The facts of the offence");
        }
        return Optional.of(amendment.build());
      case TRANSMIT_INTERIM_RESULT:
      case TRANSMIT_RESULT:
        return Optional.of(
            ResultTransmission.builder()
                .header(
                    valid || serial % 3 != 0 || !accepted.isEmpty()
                        ? header
                        : replyHeader(request, RequestId.of("OTHER-" + serial), actor, today, "REPLY-" + serial))
                .addDocuments("Records produced in execution")
                .addAllUseConditions(valid ? accepted : Set.of())
                .build());
      case REPORT_DELAY:
        ExecutionReport.Builder report =
            ExecutionReport.builder()
                .header(header)
                .outcome(serial % 2 == 0 ? ExecutionReport.Outcome.IMPOSSIBLE : ExecutionReport.Outcome.DELAYED);
        if (valid) {
          report.details("The circumstances are set out for the requesting Party.");
        }
        return Optional.of(report.build());
      case CONFISCATE:
        ResultTransmission.Builder realised = ResultTransmission.builder().header(header);
        Optional<Amount> order =
            request instanceof ConfiscationRequest confiscation ? confiscation.orderAmount() : Optional.empty();
        if (order.isPresent() && valid) {
          realised.addAmounts(order.get());
        } else if (order.isPresent() && serial % 2 == 0) {
          realised.addAmounts(Amount.of(order.get().value().add(BigDecimal.ONE), order.get().code()));
        } else {
          realised.addDocuments("Record of the property confiscated");
        }
        return Optional.of(realised.build());
      case TAKE_MEASURE:
        if (!valid) {
          return Optional.empty();
        }
        return Optional.of(
            InformationNotice.builder()
                .header(header)
                .kind(NoticeKind.AUTOMATIC_LIFTING_OF_PROVISIONAL_MEASURE)
                .details("The measure lapses after six months unless extended by a court.")
                .build());
      default:
        return Optional.empty();
    }
  }

  /**
   * An acknowledgement that answers another request than {@code request}: no step may record it,
   * so the guards that check a document answers its request are exercised.
   */
  public static Reply answeringAnotherRequest(Request request, Authority actor, LocalDate today, int serial) {
    ReplyHeader other = replyHeader(request, RequestId.of("OTHER-" + serial), actor, today, "REPLY-" + serial);
    return Acknowledgement.builder().header(other).receivedOn(today).build();
  }

  private static <R extends Request> Optional<GroundForRefusal> ground(AssistanceProfile<R> profile, R request) {
    Offence offence =
        profile.offences(request).isEmpty()
            ? Offence.builder().domesticDescription("None named").build()
            : profile.offences(request).get(0);
    return RefusalGrounds.available(profile.family(), profile.coercive(request), offence, false).stream()
        .filter(g -> g != GroundForRefusal.BC_FISCAL_OFFENCE)
        .filter(g -> profile.offences(request).stream()
            .allMatch(o -> RefusalGrounds.available(profile.family(), profile.coercive(request), o, false).contains(g)))
        .findFirst();
  }

  private static ReplyHeader header(Request request, Authority actor, LocalDate today, int serial) {
    return replyHeader(request, request.header().id(), actor, today, "REPLY-" + serial);
  }

  /**
   * The header of a document {@code actor} sends on {@code today} about {@code request}, answering
   * the request {@code answers} (the request itself, or another to exercise the guards that check
   * it), addressed to the other Party of the request.
   */
  public static ReplyHeader replyHeader(
      Request request, RequestId answers, Authority actor, LocalDate today, String id) {
    Party to =
        actor.party().equals(request.header().requestedParty())
            ? request.header().requestingParty()
            : request.header().requestedParty();
    return ReplyHeader.builder()
        .id(RequestId.of(id))
        .answersRequest(answers)
        .family(request.family())
        .fromParty(actor.party())
        .fromAuthority(actor)
        .toParty(to)
        .date(today)
        .channel(request.header().channel())
        .build();
  }
}
