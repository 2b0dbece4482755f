package org.treatyflow.testkit.workflow;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.treatyflow.model.common.Authority;
import org.treatyflow.model.common.AuthorityRole;
import org.treatyflow.model.common.CooperationAct;
import org.treatyflow.model.common.Party;
import org.treatyflow.model.common.Request;
import org.treatyflow.model.common.RequestHeader;
import org.treatyflow.model.reply.Reply;
import org.treatyflow.workflow.assistance.AssistanceAction;
import org.treatyflow.workflow.assistance.AssistanceLifecycle;
import org.treatyflow.workflow.assistance.AssistanceProfile;
import org.treatyflow.workflow.assistance.AssistanceStatus;

/** Ready-made {@link StepMaker}s. */
public final class StepMakers {
  /** The skeleton's steps the requesting Party takes; the requested Party takes the others. */
  private static final Set<AssistanceAction> BY_REQUESTING_PARTY =
      EnumSet.of(
          AssistanceAction.CONSULT_DRAFT,
          AssistanceAction.SUBMIT,
          AssistanceAction.SUPPLY_AMENDMENT,
          AssistanceAction.CONFIRM_EXECUTION,
          AssistanceAction.ACCEPT_CONDITIONS,
          AssistanceAction.DECLINE_CONDITIONS,
          AssistanceAction.WITHDRAW,
          AssistanceAction.UPDATE_MEASURE);

  /**
   * Steps either Party may take (closing after the results): an authority of neither Party is sent
   * more often, since only it can be refused.
   */
  private static final Set<AssistanceAction> OPEN_TO_BOTH = EnumSet.of(AssistanceAction.CLOSE);

  /**
   * Steps that may come with a document or without one (declining conditions, lifting a measure,
   * reporting that confidentiality cannot be kept, closing): a document answering another request is
   * sent more often, since only it can be refused.
   */
  private static final Set<AssistanceAction> OPTIONAL_DOCUMENT =
      EnumSet.of(
          AssistanceAction.DECLINE_CONDITIONS,
          AssistanceAction.LIFT_MEASURE,
          AssistanceAction.REPORT_CONFIDENTIALITY_IMPOSSIBLE,
          AssistanceAction.CLOSE);

  private StepMakers() {}

  /** Steps by any of the authorities {@code actors} names, without documents. */
  public static <R extends CooperationAct, S extends Enum<S>, A extends Enum<A>> StepMaker<R, S, A> by(
      Function<R, List<Authority>> actors) {
    checkNotNull(actors, "actors");
    return (caseFile, action, environment) -> Arbitraries.of(actors.apply(caseFile.request())).map(StepInput::by);
  }

  /** The requesting and the requested Party's authorities named in a request's header. */
  public static List<Authority> parties(Request request) {
    return List.of(request.header().requestingAuthority(), requestedAuthority(request.header()));
  }

  /** The requested authority the header names, or the requested Party's central authority. */
  public static Authority requestedAuthority(RequestHeader header) {
    return header
        .requestedAuthority()
        .orElse(Authority.of(header.requestedParty(), AuthorityRole.CENTRAL_AUTHORITY, "Central authority"));
  }

  /**
   * Steps of a family on the mutual assistance skeleton: eighteen times in twenty by the Party whose
   * step it is, otherwise by the other Party or by an authority of neither (more often for a step
   * either Party may take); with the document the step needs ({@link AssistanceDocuments}),
   * complete three times in four, and now and then a document that answers another request (more
   * often for a step whose document is optional).
   */
  public static <R extends Request> StepMaker<R, AssistanceStatus, AssistanceAction> assistance(
      AssistanceProfile<R> profile) {
    checkNotNull(profile, "profile");
    return (caseFile, action, environment) -> {
      R request = caseFile.request();
      Authority requesting = request.header().requestingAuthority();
      Authority requested = requestedAuthority(request.header());
      Authority right = BY_REQUESTING_PARTY.contains(action) ? requesting : requested;
      Authority wrong = right == requesting ? requested : requesting;
      Authority outsider = Authority.of(outsider(request), AuthorityRole.CENTRAL_AUTHORITY, "Ministry of Justice");
      LocalDate today = LocalDate.ofInstant(environment.clock().instant(), ZoneOffset.UTC);
      Arbitrary<Authority> actors =
          Arbitraries.frequency(
              Tuple.of(18, right), Tuple.of(1, wrong), Tuple.of(OPEN_TO_BOTH.contains(action) ? 6 : 1, outsider));
      Arbitrary<Boolean> valid = Arbitraries.frequency(Tuple.of(3, true), Tuple.of(1, false));
      Arbitrary<Boolean> foreign =
          Arbitraries.frequency(Tuple.of(1, true), Tuple.of(OPTIONAL_DOCUMENT.contains(action) ? 3 : 14, false));
      return Combinators.combine(actors, valid, foreign, Arbitraries.integers().between(0, 99_999))
          .as(
              (actor, complete, answersAnother, serial) -> {
                Optional<Reply> document =
                    answersAnother
                        ? Optional.of(AssistanceDocuments.answeringAnotherRequest(request, actor, today, serial))
                        : AssistanceDocuments.forStep(
                            profile, request, action, actor, today,
                            AssistanceLifecycle.acceptedUseConditions(caseFile), complete, serial);
                return new StepInput(actor, document, Optional.empty());
              });
    };
  }

  /** A Party that is neither the requesting nor the requested Party of {@code request}. */
  private static Party outsider(Request request) {
    for (String code : List.of("FR", "DE", "IT")) {
      Party party = Party.of(code);
      if (!party.equals(request.header().requestingParty()) && !party.equals(request.header().requestedParty())) {
        return party;
      }
    }
    throw new IllegalStateException("unreachable: three Parties cannot all be one of two");
  }
}
