package org.treatyflow.testkit.workflow;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.treatyflow.model.common.Authority;
import org.treatyflow.model.common.AuthorityRole;
import org.treatyflow.model.common.Party;
import org.treatyflow.model.common.Request;
import org.treatyflow.model.common.RequestHeader;
import org.treatyflow.model.common.RequestId;
import org.treatyflow.model.fiu.FiuInformationRequest;
import org.treatyflow.model.fiu.FiuPostponementRequest;
import org.treatyflow.model.refusal.GroundForRefusal;
import org.treatyflow.model.reply.Refusal;
import org.treatyflow.model.reply.Reply;
import org.treatyflow.model.reply.ReplyHeader;
import org.treatyflow.model.reply.ResultTransmission;
import org.treatyflow.workflow.Environment;
import org.treatyflow.workflow.fiu.FiuExchangeAction;
import org.treatyflow.workflow.fiu.FiuExchangeStatus;
import org.treatyflow.workflow.fiu.FiuPostponementAction;
import org.treatyflow.workflow.fiu.FiuPostponementStatus;

/**
 * Steps of the two lifecycles between Financial Intelligence Units (WC 46 and WC 47) for generated
 * runs ({@link WorkflowChains}): nine times in ten by the FIU whose step it is, otherwise by the
 * other Party's FIU or by another authority of the right Party; with the document the step needs,
 * mostly complete and admissible, sometimes lacking what the guards ask for.
 *
 * <p>To reach every line, run the exchanges and postponements between Parties the registry binds by
 * the Warsaw Convention on the run's dates; for a postponement to expire, the domestic policy must
 * give the requested Party a period of postponement ({@link
 * org.treatyflow.workflow.DomesticPolicy#transactionPostponementPeriod}). A refusal that states no
 * ground is proposed now and then: it is admissible only from a Party that made the reservation of
 * WC 53(2) (on WC 46(5) for an exchange, on Article 47 for a postponement), so a registry with such
 * reservations exercises that path too.
 */
public final class FiuSteps {
  /** The kinds of refusal a step tries, from the admissible one to one without a document. */
  private enum RefusalKind {
    /** The family's own ground, with reasons. */
    COMPLETE,
    /** No ground and no reasons: admissible only under a reservation of WC 53(2). */
    NO_GROUND,
    /** The family's own ground, without reasons. */
    UNEXPLAINED,
    /** The other FIU family's ground, with reasons. */
    OTHER_GROUND,
    /** No refusal with the step. */
    NONE
  }

  private static final Arbitrary<RefusalKind> REFUSALS =
      Arbitraries.frequency(
          Tuple.of(12, RefusalKind.COMPLETE),
          Tuple.of(2, RefusalKind.NO_GROUND),
          Tuple.of(1, RefusalKind.UNEXPLAINED),
          Tuple.of(1, RefusalKind.OTHER_GROUND),
          Tuple.of(1, RefusalKind.NONE));

  private FiuSteps() {}

  /**
   * Steps of an exchange of information (WC 46): the requesting FIU sends, the requested FIU
   * provides (with its transmission) or refuses (with a refusal on F1, explained); the receiving
   * FIU asks consent and the supplying FIU grants or denies it (a denial recorded with a refusal,
   * on F1 and explained for use in criminal proceedings, WC 46(9)).
   */
  public static StepMaker<FiuInformationRequest, FiuExchangeStatus, FiuExchangeAction> exchange() {
    return (caseFile, action, environment) -> {
      FiuInformationRequest request = caseFile.request();
      RequestHeader header = request.header();
      Party supplier = request.spontaneous() ? header.requestingParty() : header.requestedParty();
      Party recipient = request.spontaneous() ? header.requestedParty() : header.requestingParty();
      Party party =
          switch (action) {
            case SEND, SEND_SPONTANEOUSLY -> header.requestingParty();
            case PROVIDE, REFUSE -> header.requestedParty();
            case REQUEST_CONSENT_FOR_CRIMINAL_PROCEEDINGS, REQUEST_CONSENT_FOR_OTHER_USE -> recipient;
            case GRANT_CONSENT, DENY_CONSENT -> supplier;
          };
      LocalDate today = today(environment);
      return Combinators.combine(actors(request, party), REFUSALS, Arbitraries.integers().between(0, 99_999))
          .as(
              (actor, kind, serial) -> {
                Optional<Reply> document =
                    switch (action) {
                      case PROVIDE -> kind == RefusalKind.NONE
                          ? Optional.empty()
                          : Optional.of(transmission(request, actor, today, serial));
                      case REFUSE, DENY_CONSENT -> refusal(
                          request, actor, today, serial, kind,
                          GroundForRefusal.FIU_REFUSAL_TO_DIVULGE,
                          GroundForRefusal.FIU_POSTPONEMENT_CONDITIONS_NOT_MET);
                      default -> Optional.empty();
                    };
                return new StepInput(actor, document, Optional.empty());
              });
    };
  }

  /**
   * Steps of a request to postpone a transaction (WC 47): the requesting FIU sends; the requested
   * FIU postpones, declines (with a refusal on F2) or releases; the period runs out (the step is
   * proposed by the requested FIU); an authority of the requested Party converts the postponement
   * into a request for provisional measures, which the step names three times in four.
   */
  public static StepMaker<FiuPostponementRequest, FiuPostponementStatus, FiuPostponementAction> postponement() {
    return (caseFile, action, environment) -> {
      FiuPostponementRequest request = caseFile.request();
      RequestHeader header = request.header();
      Party party = action == FiuPostponementAction.SEND ? header.requestingParty() : header.requestedParty();
      LocalDate today = today(environment);
      Arbitrary<Authority> actors =
          action == FiuPostponementAction.CONVERT_TO_PROVISIONAL_MEASURE
              ? Arbitraries.frequency(
                  Tuple.of(9, Authority.of(party, AuthorityRole.CENTRAL_AUTHORITY, "Ministry of Justice")),
                  Tuple.of(1, Authority.of(other(header, party), AuthorityRole.CENTRAL_AUTHORITY, "Ministry of Justice")))
              : actors(request, party);
      Arbitrary<Boolean> named = Arbitraries.frequency(Tuple.of(3, true), Tuple.of(1, false));
      return Combinators.combine(actors, REFUSALS, named, Arbitraries.integers().between(0, 99_999))
          .as(
              (actor, kind, followUp, serial) -> {
                Optional<Reply> document =
                    action == FiuPostponementAction.DECLINE
                        ? refusal(
                            request, actor, today, serial, kind,
                            GroundForRefusal.FIU_POSTPONEMENT_CONDITIONS_NOT_MET,
                            GroundForRefusal.FIU_REFUSAL_TO_DIVULGE)
                        : Optional.empty();
                Optional<RequestId> provisional =
                    action == FiuPostponementAction.CONVERT_TO_PROVISIONAL_MEASURE && followUp
                        ? Optional.of(RequestId.of("WC21-" + serial))
                        : Optional.empty();
                return new StepInput(actor, document, provisional);
              });
    };
  }

  /**
   * The Financial Intelligence Unit of {@code party} nine times in ten; otherwise the other Party's
   * FIU, or a police authority of {@code party}.
   */
  private static Arbitrary<Authority> actors(Request request, Party party) {
    RequestHeader header = request.header();
    return Arbitraries.frequency(
        Tuple.of(18, fiu(header, party)),
        Tuple.of(1, fiu(header, other(header, party))),
        Tuple.of(1, Authority.of(party, AuthorityRole.POLICE, "Police")));
  }

  /** The FIU of {@code party} the header names, or one of that Party. */
  public static Authority fiu(RequestHeader header, Party party) {
    Optional<Authority> named =
        party.equals(header.requestingParty())
            ? Optional.of(header.requestingAuthority())
            : header.requestedAuthority();
    return named
        .filter(a -> a.role() == AuthorityRole.FINANCIAL_INTELLIGENCE_UNIT && a.party().equals(party))
        .orElse(Authority.of(party, AuthorityRole.FINANCIAL_INTELLIGENCE_UNIT, "Financial Intelligence Unit"));
  }

  private static Party other(RequestHeader header, Party party) {
    return party.equals(header.requestingParty()) ? header.requestedParty() : header.requestingParty();
  }

  private static LocalDate today(Environment environment) {
    return LocalDate.ofInstant(environment.clock().instant(), ZoneOffset.UTC);
  }

  private static ResultTransmission transmission(Request request, Authority actor, LocalDate today, int serial) {
    return ResultTransmission.builder()
        .header(header(request, actor, today, serial))
        .addDocuments("Information held by the Financial Intelligence Unit")
        .build();
  }

  private static Optional<Reply> refusal(
      Request request,
      Authority actor,
      LocalDate today,
      int serial,
      RefusalKind kind,
      GroundForRefusal own,
      GroundForRefusal other) {
    Refusal.Builder refusal = Refusal.builder().header(header(request, actor, today, serial));
    switch (kind) {
      case COMPLETE -> refusal.addGrounds(own).reasons("Divulging it would impair an ongoing investigation.");
      case NO_GROUND -> { }
      case UNEXPLAINED -> refusal.addGrounds(own);
      case OTHER_GROUND -> refusal.addGrounds(other).reasons("The conditions are not met.");
      case NONE -> {
        return Optional.empty();
      }
    }
    return Optional.of(refusal.build());
  }

  private static ReplyHeader header(Request request, Authority actor, LocalDate today, int serial) {
    return ReplyHeader.builder()
        .id(RequestId.of("REPLY-" + serial))
        .answersRequest(request.header().id())
        .family(request.family())
        .fromParty(actor.party())
        .fromAuthority(actor)
        .toParty(other(request.header(), actor.party()))
        .date(today)
        .channel(request.header().channel())
        .build();
  }
}
