package org.treatyflow.workflow.confiscation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.treatyflow.model.common.Instrument.WARSAW;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.treatyflow.model.asset.Amount;
import org.treatyflow.model.asset.AssetCode;
import org.treatyflow.model.asset.BankAccount;
import org.treatyflow.model.asset.Iban;
import org.treatyflow.model.common.ArticleCitation;
import org.treatyflow.model.common.Authority;
import org.treatyflow.model.common.AuthorityRole;
import org.treatyflow.model.common.Channel;
import org.treatyflow.model.common.Facts;
import org.treatyflow.model.common.Instrument;
import org.treatyflow.model.common.Language;
import org.treatyflow.model.common.Offence;
import org.treatyflow.model.common.Party;
import org.treatyflow.model.common.Request;
import org.treatyflow.model.common.RequestFamily;
import org.treatyflow.model.common.RequestHeader;
import org.treatyflow.model.common.RequestId;
import org.treatyflow.model.common.Violation;
import org.treatyflow.model.confiscation.ConfiscationKind;
import org.treatyflow.model.confiscation.ConfiscationMode;
import org.treatyflow.model.confiscation.ConfiscationRequest;
import org.treatyflow.model.confiscation.DisposalRequest;
import org.treatyflow.model.confiscation.Disposition;
import org.treatyflow.model.financial.WarsawRequestContent;
import org.treatyflow.model.provisional.ProvisionalMeasure;
import org.treatyflow.model.provisional.ProvisionalMeasureRequest;
import org.treatyflow.model.refusal.GroundForRefusal;
import org.treatyflow.model.refusal.InadmissibleReason;
import org.treatyflow.model.registry.PartyRegistry;
import org.treatyflow.model.reply.AmendmentRequest;
import org.treatyflow.model.reply.InformationNotice;
import org.treatyflow.model.reply.NoticeKind;
import org.treatyflow.model.reply.Refusal;
import org.treatyflow.model.reply.Reply;
import org.treatyflow.model.reply.ReplyHeader;
import org.treatyflow.model.reply.ResultTransmission;
import org.treatyflow.testkit.workflow.SimulatedClock;
import org.treatyflow.workflow.CaseFile;
import org.treatyflow.workflow.Command;
import org.treatyflow.workflow.DomesticPolicy;
import org.treatyflow.workflow.Environment;
import org.treatyflow.workflow.Outcome;
import org.treatyflow.workflow.Workflow;
import org.treatyflow.workflow.assistance.AssistanceAction;
import org.treatyflow.workflow.assistance.AssistanceStatus;

/**
 * Requests under Sections 3 and 4 of the Warsaw Convention from the Netherlands to Poland, both
 * bound by it on the test date in the bundled registry, and the replies and steps the tests need.
 */
public final class WarsawFixtures {
  public static final Party NETHERLANDS = Party.of("NL");
  public static final Party POLAND = Party.of("PL");
  public static final Party GERMANY = Party.of("DE");
  public static final Authority DUTCH_MINISTRY =
      Authority.of(NETHERLANDS, AuthorityRole.CENTRAL_AUTHORITY, "Ministry of Justice and Security");
  public static final Authority POLISH_MINISTRY =
      Authority.of(POLAND, AuthorityRole.CENTRAL_AUTHORITY, "Ministry of Justice");
  public static final Instant START = Instant.parse("2026-03-02T09:00:00Z");
  public static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
  public static final RequestId PROVISIONAL_ID = RequestId.of("NL-OM-2026-0101");
  public static final RequestId CONFISCATION_ID = RequestId.of("NL-OM-2026-0102");
  public static final RequestId DISPOSAL_ID = RequestId.of("NL-OM-2026-0103");
  public static final Amount ORDER = Amount.of("120000.00", AssetCode.EUR);

  private static int replies;

  private WarsawFixtures() {}

  public static Environment environment(SimulatedClock clock) {
    return new Environment(PartyRegistry.bundled(), clock, DomesticPolicy.DEFAULTS);
  }

  public static boolean warsawInForce() {
    return PartyRegistry.bundled().isInForceBetween(Instrument.WARSAW, NETHERLANDS, POLAND, TODAY);
  }

  public static RequestHeader header(RequestId id, Party from, Party to, ArticleCitation basis) {
    return header(id, from, to, basis, false);
  }

  /** The header, asking for confidentiality (WC 43(1)) or not. */
  public static RequestHeader header(
      RequestId id, Party from, Party to, ArticleCitation basis, boolean confidential) {
    return RequestHeader.builder()
        .id(id)
        .requestingParty(from)
        .requestedParty(to)
        .requestingAuthority(from.equals(NETHERLANDS) ? DUTCH_MINISTRY : Authority.of(from, AuthorityRole.CENTRAL_AUTHORITY, "Ministry of Justice"))
        .requestedAuthority(to.equals(POLAND) ? POLISH_MINISTRY : Authority.of(to, AuthorityRole.CENTRAL_AUTHORITY, "Ministry of Justice"))
        .channel(Channel.CENTRAL_AUTHORITY)
        .dateOfRequest(TODAY)
        .language(Language.ENGLISH)
        .addLegalBasis(basis)
        .confidentialityRequested(confidential)
        .build();
  }

  public static WarsawRequestContent content() {
    return WarsawRequestContent.builder()
        .objectAndReason("To secure and confiscate the proceeds of a computer fraud.")
        .facts(Facts.summary("Payments obtained through a fraudulent online shop were moved to Poland."))
        .coercive(true)
        .statutoryProvisions("Articles 33a and 36e of the Dutch Criminal Code")
        .measureAvailableAtHome(true)
        .build();
  }

  public static Offence offence() {
    return Offence.builder().domesticDescription("Laundering of the proceeds of computer fraud").build();
  }

  public static BankAccount account() {
    return BankAccount.builder().iban(Iban.of("RO49AAAA1B31007593840000")).build();
  }

  /** A complete request to freeze an account, backing {@code linked} if given. */
  public static ProvisionalMeasureRequest.Builder provisionalBuilder(Optional<RequestId> linked) {
    ProvisionalMeasureRequest.Builder b =
        ProvisionalMeasureRequest.builder()
            .header(header(PROVISIONAL_ID, NETHERLANDS, POLAND, WARSAW.cite(21, linked.isPresent() ? 2 : 1)))
            .addOffences(offence())
            .content(content())
            .measure(ProvisionalMeasure.FREEZING)
            .addAssets(account())
            .proceedingsInstituted(true);
    linked.ifPresent(b::linkedConfiscationRequest);
    return b;
  }

  public static ProvisionalMeasureRequest provisional() {
    return provisionalBuilder(Optional.empty()).build();
  }

  /** What a confiscation request of the fixtures leaves out or adds. */
  public enum Variant {
    NO_CERTIFIED_COPY,
    NO_ATTESTATION,
    NO_FACTS_FOR_DOMESTIC_ORDER,
    THIRD_PARTIES_WITHOUT_DOCUMENTS,
    THIRD_PARTIES_WITH_DOCUMENTS,
    PROPERTY,
    ALSO_SENT_TO_GERMANY
  }

  /**
   * A complete request to confiscate, on a Dutch value order of EUR 120,000, by {@code mode}, from
   * {@code from} to {@code to}, changed as {@code variants} say.
   */
  public static ConfiscationRequest confiscation(ConfiscationMode mode, Party from, Party to, Variant... variants) {
    Set<Variant> v = variants.length == 0 ? EnumSet.noneOf(Variant.class) : EnumSet.copyOf(List.of(variants));
    ConfiscationRequest.Builder b =
        ConfiscationRequest.builder()
            .header(header(CONFISCATION_ID, from, to, WARSAW.cite(23, 1, mode == ConfiscationMode.DOMESTIC_ORDER ? "b" : "a")))
            .addOffences(offence())
            .content(content())
            .mode(mode)
            .kind(v.contains(Variant.PROPERTY) ? ConfiscationKind.PROPERTY : ConfiscationKind.VALUE)
            .addAssets(account())
            .orderAmount(ORDER)
            .noImprisonmentInDefault(true)
            .thirdPartiesInvolved(
                v.contains(Variant.THIRD_PARTIES_WITHOUT_DOCUMENTS) || v.contains(Variant.THIRD_PARTIES_WITH_DOCUMENTS))
            .thirdPartyDocumentsAttached(v.contains(Variant.THIRD_PARTIES_WITH_DOCUMENTS));
    if (v.contains(Variant.ALSO_SENT_TO_GERMANY)) {
      b.addOtherPartiesRequested(GERMANY);
    }
    if (mode == ConfiscationMode.ENFORCE_FOREIGN_ORDER) {
      b.certifiedCopyOfOrderAttached(!v.contains(Variant.NO_CERTIFIED_COPY))
          .statementOfGroundsAttached(true)
          .enforceabilityAttested(!v.contains(Variant.NO_ATTESTATION))
          .extentOfEnforcement("The full amount of the order, from the account described.")
          .provisionalMeasuresNeeded(true);
    } else if (!v.contains(Variant.NO_FACTS_FOR_DOMESTIC_ORDER)) {
      b.statementOfFactsForDomesticOrder("The account received the payments of the victims of the shop.");
    }
    return b.build();
  }

  public static ConfiscationRequest confiscation(Variant... variants) {
    return confiscation(ConfiscationMode.ENFORCE_FOREIGN_ORDER, NETHERLANDS, POLAND, variants);
  }

  /** A complete request that confiscated property be disposed of as {@code disposition}. */
  public static DisposalRequest disposal(Disposition disposition, RequestId confiscation) {
    return disposal(disposition, confiscation, false);
  }

  /** The request, asking that it be kept confidential (WC 43(1)) or not. */
  public static DisposalRequest disposal(Disposition disposition, RequestId confiscation, boolean confidential) {
    DisposalRequest.Builder b =
        DisposalRequest.builder()
            .header(
                header(DISPOSAL_ID, NETHERLANDS, POLAND, WARSAW.cite(25, disposition.isReturn() ? 2 : 3), confidential))
            .addOffences(offence())
            .content(content())
            .confiscationRequestId(confiscation)
            .disposition(disposition)
            .amount(ORDER);
    if (disposition == Disposition.SHARING) {
      b.sharingArrangement("Case-by-case sharing arrangement between the two ministries");
    }
    return b.build();
  }

  // --- replies ---

  public static ReplyHeader replyHeader(Request request, Authority from) {
    Party to =
        from.party().equals(request.header().requestingParty())
            ? request.header().requestedParty()
            : request.header().requestingParty();
    return ReplyHeader.builder()
        .id(RequestId.of("REPLY-" + from.party().code() + "-" + (++replies)))
        .answersRequest(request.header().id())
        .family(request.family())
        .fromParty(from.party())
        .fromAuthority(from)
        .toParty(to)
        .date(TODAY)
        .channel(Channel.CENTRAL_AUTHORITY)
        .build();
  }

  public static Refusal refusal(Request request, List<GroundForRefusal> grounds, Set<InadmissibleReason> obstacles) {
    return Refusal.builder()
        .header(replyHeader(request, POLISH_MINISTRY))
        .addAllGrounds(grounds)
        .reasons("The grounds stated apply to this request.")
        .partialGrantConsidered(true)
        .addAllObstaclesInvoked(obstacles)
        .build();
  }

  public static InformationNotice notice(Request request, Authority from, NoticeKind kind) {
    return InformationNotice.builder()
        .header(replyHeader(request, from))
        .kind(kind)
        .details("The facts of which the notice informs.")
        .build();
  }

  public static ResultTransmission realised(Request request, Amount... amounts) {
    return ResultTransmission.builder()
        .header(replyHeader(request, POLISH_MINISTRY))
        .addAmounts(amounts)
        .build();
  }

  public static AmendmentRequest amendment(Request request, boolean interim) {
    return AmendmentRequest.builder()
        .header(replyHeader(request, POLISH_MINISTRY))
        .addMissingItems("The statement of the grounds of the order")
        .interimMeasuresMayBeTaken(interim)
        .build();
  }

  // --- steps ---

  public static <R extends Request> Outcome<R, AssistanceStatus, AssistanceAction> attempt(
      Workflow<R, AssistanceStatus, AssistanceAction> workflow,
      CaseFile<R, AssistanceStatus, AssistanceAction> c,
      AssistanceAction action,
      Authority actor,
      Optional<? extends Reply> reply,
      Environment env) {
    Command<AssistanceAction> command =
        Command.<AssistanceAction>builder()
            .id("c" + c.version() + "-" + action)
            .action(action)
            .expectedVersion(c.version())
            .actor(actor)
            .reply(reply.map(Reply.class::cast))
            .build();
    return workflow.apply(c, command, env);
  }

  public static <R extends Request> CaseFile<R, AssistanceStatus, AssistanceAction> step(
      Workflow<R, AssistanceStatus, AssistanceAction> workflow,
      CaseFile<R, AssistanceStatus, AssistanceAction> c,
      AssistanceAction action,
      Authority actor,
      Optional<? extends Reply> reply,
      Environment env) {
    Outcome<R, AssistanceStatus, AssistanceAction> outcome = attempt(workflow, c, action, actor, reply, env);
    assertThat(outcome.violations()).as("violations of %s", action).isEmpty();
    assertThat(outcome.isApplied()).isTrue();
    return outcome.caseFile();
  }

  /** The case of {@code request} submitted, received and acknowledged: under review. */
  public static <R extends Request> CaseFile<R, AssistanceStatus, AssistanceAction> underReview(
      Workflow<R, AssistanceStatus, AssistanceAction> workflow, R request, Optional<? extends Reply> withSubmission, Environment env) {
    var c = step(workflow, workflow.open(request), AssistanceAction.SUBMIT, DUTCH_MINISTRY, withSubmission, env);
    c = step(workflow, c, AssistanceAction.RECEIVE, POLISH_MINISTRY, Optional.empty(), env);
    return step(workflow, c, AssistanceAction.ACKNOWLEDGE, POLISH_MINISTRY, Optional.empty(), env);
  }

  /** The case of {@code request} accepted. */
  public static <R extends Request> CaseFile<R, AssistanceStatus, AssistanceAction> accepted(
      Workflow<R, AssistanceStatus, AssistanceAction> workflow, R request, Environment env) {
    return step(workflow, underReview(workflow, request, Optional.empty(), env), AssistanceAction.ACCEPT, POLISH_MINISTRY, Optional.empty(), env);
  }

  /** The confiscation case of {@link #confiscation()} confiscated, with EUR 100,000 realised. */
  public static CaseFile<ConfiscationRequest, AssistanceStatus, AssistanceAction> confiscated(Environment env) {
    var w = ConfiscationWorkflow.WORKFLOW;
    var c = accepted(w, confiscation(), env);
    c = step(w, c, AssistanceAction.START_EXECUTION, POLISH_MINISTRY, Optional.empty(), env);
    return step(w, c, AssistanceAction.CONFISCATE, POLISH_MINISTRY,
        Optional.of(realised(confiscation(), Amount.of("100000.00", AssetCode.EUR))), env);
  }

  public static List<String> codes(Outcome<?, ?, ?> outcome) {
    return outcome.violations().stream().map(Violation::code).toList();
  }

  /** The one violation of {@code outcome} with {@code code}. */
  public static Violation only(Outcome<?, ?, ?> outcome, String code) {
    assertThat(codes(outcome)).containsExactly(code);
    return outcome.violations().get(0);
  }

  public static RequestFamily family(Request r) {
    return r.family();
  }
}
