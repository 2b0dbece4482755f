package org.treatyflow.workflow.disclosure;

import static org.treatyflow.model.common.Instrument.SECOND_PROTOCOL;
import static org.treatyflow.workflow.disclosure.EmergencyDisclosureAction.ACCEPT_CONDITIONS;
import static org.treatyflow.workflow.disclosure.EmergencyDisclosureAction.CLOSE;
import static org.treatyflow.workflow.disclosure.EmergencyDisclosureAction.CONFIRM_ELECTRONICALLY;
import static org.treatyflow.workflow.disclosure.EmergencyDisclosureAction.DECLINE;
import static org.treatyflow.workflow.disclosure.EmergencyDisclosureAction.DETERMINE;
import static org.treatyflow.workflow.disclosure.EmergencyDisclosureAction.PROPOSE_CONDITIONS;
import static org.treatyflow.workflow.disclosure.EmergencyDisclosureAction.PROVIDE_DATA;
import static org.treatyflow.workflow.disclosure.EmergencyDisclosureAction.REQUIRE_SUBMISSION;
import static org.treatyflow.workflow.disclosure.EmergencyDisclosureAction.SEND;
import static org.treatyflow.workflow.disclosure.EmergencyDisclosureAction.SUBMIT_AFTER_EXECUTION;
import static org.treatyflow.workflow.disclosure.EmergencyDisclosureAction.WITHDRAW;
import static org.treatyflow.workflow.disclosure.EmergencyDisclosureStatus.CLOSED;
import static org.treatyflow.workflow.disclosure.EmergencyDisclosureStatus.CONDITIONS_ACCEPTED;
import static org.treatyflow.workflow.disclosure.EmergencyDisclosureStatus.CONDITIONS_PROPOSED;
import static org.treatyflow.workflow.disclosure.EmergencyDisclosureStatus.DATA_PROVIDED;
import static org.treatyflow.workflow.disclosure.EmergencyDisclosureStatus.DECLINED;
import static org.treatyflow.workflow.disclosure.EmergencyDisclosureStatus.DETERMINED;
import static org.treatyflow.workflow.disclosure.EmergencyDisclosureStatus.DRAFT;
import static org.treatyflow.workflow.disclosure.EmergencyDisclosureStatus.POST_EXECUTION_SUBMISSION_REQUIRED;
import static org.treatyflow.workflow.disclosure.EmergencyDisclosureStatus.RECEIVED;
import static org.treatyflow.workflow.disclosure.EmergencyDisclosureStatus.WITHDRAWN;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.treatyflow.model.common.ArticleCitation;
import org.treatyflow.model.common.AuthorityRole;
import org.treatyflow.model.common.DataCategory;
import org.treatyflow.model.common.DataItem;
import org.treatyflow.model.common.RequestFamily;
import org.treatyflow.model.common.UseCondition;
import org.treatyflow.model.common.Verification;
import org.treatyflow.model.common.Violation;
import org.treatyflow.model.disclosure.EmergencyDisclosureRequest;
import org.treatyflow.model.registry.ReservationCode;
import org.treatyflow.model.reply.ConditionalGrant;
import org.treatyflow.model.reply.Reply;
import org.treatyflow.model.reply.ResultTransmission;
import org.treatyflow.workflow.CaseFile;
import org.treatyflow.workflow.Command;
import org.treatyflow.workflow.Guard;
import org.treatyflow.workflow.Guards;
import org.treatyflow.workflow.HistoryEvent;
import org.treatyflow.workflow.ProtocolGuards;
import org.treatyflow.workflow.StepContext;
import org.treatyflow.workflow.TransitionTable;
import org.treatyflow.workflow.Workflow;

/**
 * The lifecycle of a request for expedited disclosure of data held by a provider, in an emergency,
 * sent from the 24/7 point of contact of one Party to that of another without a mutual assistance
 * request, line by line as the legal reference's §6.5 reads 2AP 9.
 *
 * <pre>
 * DRAFT --SEND--> RECEIVED                          2AP 9; 9(1)(b) subscriber-only declaration
 * RECEIVED --DETERMINE--> DETERMINED                2AP 9(6), rapidly expedited
 * DETERMINED --PROVIDE_DATA--> DATA_PROVIDED        2AP 9
 * DETERMINED --PROPOSE_CONDITIONS--> CONDITIONS_PROPOSED --ACCEPT_CONDITIONS--> CONDITIONS_ACCEPTED
 *   --PROVIDE_DATA--> DATA_PROVIDED                 2AP 9(6)-(7): accepted conditions bind
 * DETERMINED --DECLINE--> DECLINED                  2AP 9(6)
 * DATA_PROVIDED --REQUIRE_SUBMISSION--> POST_EXECUTION_SUBMISSION_REQUIRED
 *   --SUBMIT_AFTER_EXECUTION--> CLOSED              2AP 9(5), where declared
 * DATA_PROVIDED --CLOSE--> CLOSED                   only where no 9(5) declaration
 * an oral request --CONFIRM_ELECTRONICALLY--> same  2AP 9
 * open statuses before data --WITHDRAW--> WITHDRAWN
 * </pre>
 *
 * <p>Legal basis: 2AP 9 (expedited cooperation in emergencies confirmed at headline level; the
 * 24/7 route, content, form, the 9(1)(b) and 9(5) declarations, the rapidly expedited decision
 * (9(6)) and binding conditions (9(7)) all unverified); 2AP 14 (suspension of transfers,
 * unverified). The Protocol must be in force between both Parties and the requested Party must
 * have implemented Article 9 (not self-executing). "Rapidly expedited" has no number of days: no
 * deadline is set. Withdrawal is the library's reading, unverified.
 *
 * <p>The facts showing the emergency and how the data relates to it are required when the request
 * is sent (the request's completeness rules {@code 2AP_9_EMERGENCY_FACTS}, {@code
 * 2AP_9_DATA_RELATION_TO_EMERGENCY} and {@code 2AP_9_EMERGENCY}); a case's request never changes,
 * so the determination needs no second check of them.
 */
public final class EmergencyDisclosureWorkflow {
  private EmergencyDisclosureWorkflow() {}

  private static final ArticleCitation ART_9 = SECOND_PROTOCOL.cite(9);
  private static final ArticleCitation ART_9_1_B = SECOND_PROTOCOL.cite(9, 1, "b");
  private static final ArticleCitation ART_9_5 = SECOND_PROTOCOL.cite(9, 5);
  private static final ArticleCitation ART_9_6 = SECOND_PROTOCOL.cite(9, 6);
  private static final ArticleCitation ART_9_7 = SECOND_PROTOCOL.cite(9, 7);

  /** The request is sent by the requesting Party's 24/7 point of contact. */
  public static final Guard<StepContext<EmergencyDisclosureRequest>> SENT_BY_24_7_POINT =
      Guards.actor(
          "2AP_9_ACTOR_REQUESTING_24_7",
          ART_9,
          Verification.UNVERIFIED,
          (c, a) -> a.party().equals(ProtocolGuards.requesting(c)) && a.role() == AuthorityRole.POINT_OF_CONTACT_24_7,
          "Only the 24/7 point of contact of the requesting Party may send the request.",
          "Seul le point de contact 24/7 de la Partie requérante peut transmettre la demande.");

  /** The request has the content 2AP 9 requires, including the facts showing the emergency. */
  public static final Guard<StepContext<EmergencyDisclosureRequest>> REQUEST_COMPLETE =
      Guards.complete("2AP_9_REQUEST_COMPLETE", ART_9);

  /** The Protocol binds both Parties on the day. */
  public static final Guard<StepContext<EmergencyDisclosureRequest>> PROTOCOL_IN_FORCE =
      ProtocolGuards.protocolInForce("2AP_9_PROTOCOL_IN_FORCE", ART_9);

  /** The requested Party implemented Article 9 in its law (not self-executing). */
  public static final Guard<StepContext<EmergencyDisclosureRequest>> ARTICLE_9_IMPLEMENTED =
      ProtocolGuards.implementsArticle("2AP_9_NOT_IMPLEMENTED", ART_9, 9);

  /** No request is sent, and no data provided, while transfers are suspended (2AP 14). */
  public static final Guard<StepContext<EmergencyDisclosureRequest>> TRANSFERS_NOT_SUSPENDED =
      ProtocolGuards.transfersNotSuspended("2AP_14_TRANSFERS_SUSPENDED");

  /**
   * A Party that declared under 2AP 9(1)(b) does not execute requests seeking only subscriber
   * information.
   */
  public static final Guard<StepContext<EmergencyDisclosureRequest>> NOT_SUBSCRIBER_ONLY =
      Guard.require(
          "2AP_9_1_B_SUBSCRIBER_ONLY_NOT_EXECUTED",
          ART_9_1_B,
          Verification.UNVERIFIED,
          c ->
              !subscriberOnly(c.request())
                  || !c.environment()
                      .registry()
                      .hasMade(ProtocolGuards.requested(c), ReservationCode.AP2_9_1_B_NO_SUBSCRIBER_ONLY),
          "The requested Party does not execute emergency requests seeking only subscriber"
              + " information: seek it under Article 7 or 8, or by mutual assistance.",
          "La Partie requise n'exécute pas les demandes urgentes portant uniquement sur des"
              + " informations relatives aux abonnés : demandez-les au titre de l'article 7 ou 8, ou"
              + " par l'entraide.");

  /** Only an oral request not yet confirmed can be confirmed in electronic form. */
  public static final Guard<StepContext<EmergencyDisclosureRequest>> AWAITS_CONFIRMATION =
      Guard.require(
          "2AP_9_NOTHING_TO_CONFIRM",
          ART_9,
          Verification.UNVERIFIED,
          c -> awaitsElectronicConfirmation(cast(c.caseFile())),
          "There is nothing to confirm: the request was made electronically, or is already"
              + " confirmed.",
          "Il n'y a rien à confirmer : la demande a été présentée sous forme électronique ou est"
              + " déjà confirmée.");

  /**
   * Where the requested Party requires an oral request to be confirmed in electronic form ({@link
   * org.treatyflow.workflow.DomesticPolicy#requiresElectronicConfirmation}), no data is provided
   * before the confirmation.
   */
  public static final Guard<StepContext<EmergencyDisclosureRequest>> CONFIRMED_WHERE_REQUIRED =
      Guard.require(
          "2AP_9_ELECTRONIC_CONFIRMATION_MISSING",
          ART_9,
          Verification.UNVERIFIED,
          c ->
              !awaitsElectronicConfirmation(cast(c.caseFile()))
                  || !c.environment().policy().requiresElectronicConfirmation(ProtocolGuards.requested(c)),
          "The requested Party requires the oral request to be confirmed in electronic form before"
              + " it provides the data.",
          "La Partie requise exige que la demande orale soit confirmée sous forme électronique avant"
              + " de fournir les données.");

  /** The data is recorded with the transmission of results of this request. */
  public static final Guard<StepContext<EmergencyDisclosureRequest>> RESULT_RECORDED =
      document(
          "2AP_9_RESULT_DOCUMENT",
          ART_9,
          ResultTransmission.class,
          "The data provided must be recorded with the transmission of results of this request.",
          "Les données fournies doivent être consignées avec la transmission des résultats de cette"
              + " demande.");

  /** The conditions proposed are recorded, and stated (2AP 9(6)). */
  public static final Guard<StepContext<EmergencyDisclosureRequest>> CONDITIONS_RECORDED =
      Guard.computed(
          "2AP_9_6_CONDITIONS_DOCUMENT",
          ART_9_6,
          c -> {
            if (c.command().isEmpty()) {
              return List.of();
            }
            Optional<ConditionalGrant> grant = reply(c, ConditionalGrant.class);
            if (grant.isPresent() && (!grant.get().useConditions().isEmpty() || !grant.get().otherConditions().isEmpty())) {
              return List.of();
            }
            return List.of(
                Guards.violation(
                    "2AP_9_6_CONDITIONS_DOCUMENT",
                    ART_9_6,
                    "reply",
                    Verification.UNVERIFIED,
                    "Conditions must be recorded with a conditional grant of this request stating"
                        + " them.",
                    "Les conditions doivent être consignées avec un octroi sous conditions de cette"
                        + " demande qui les énonce."));
          });

  /** The data provided carries every condition the requesting Party accepted (2AP 9(7)). */
  public static final Guard<StepContext<EmergencyDisclosureRequest>> ACCEPTED_CONDITIONS_BIND =
      Guard.computed(
          "2AP_9_7_ACCEPTED_CONDITIONS_BIND",
          ART_9_7,
          c -> {
            Optional<ResultTransmission> result = reply(c, ResultTransmission.class);
            if (result.isEmpty()
                || result.get().useConditions().containsAll(acceptedUseConditions(cast(c.caseFile())))) {
              return List.of();
            }
            return List.of(
                Guards.violation(
                    "2AP_9_7_ACCEPTED_CONDITIONS_BIND",
                    ART_9_7,
                    "reply.useConditions",
                    Verification.UNVERIFIED,
                    "The data must carry every condition the requesting Party accepted: accepted"
                        + " conditions bind it.",
                    "Les données doivent porter toutes les conditions acceptées par la Partie"
                        + " requérante : elles la lient."));
          });

  /** Any document a decline comes with answers this request. */
  public static final Guard<StepContext<EmergencyDisclosureRequest>> DECLINE_DOCUMENT_ANSWERS =
      Guard.computed(
          "2AP_9_6_DOCUMENT_ANSWERS_REQUEST",
          ART_9_6,
          c ->
              c.command()
                      .flatMap(Command::reply)
                      .filter(r -> !answers(c, r))
                      .isPresent()
                  ? List.of(
                      Guards.violation(
                          "2AP_9_6_DOCUMENT_ANSWERS_REQUEST",
                          ART_9_6,
                          "reply",
                          Verification.UNVERIFIED,
                          "The document does not answer this request.",
                          "Le document ne répond pas à cette demande."))
                  : List.of());

  /** The requested Party may require submission after execution only if it declared under 2AP 9(5). */
  public static final Guard<StepContext<EmergencyDisclosureRequest>> POST_SUBMISSION_DECLARED =
      Guard.require(
          "2AP_9_5_NOT_DECLARED",
          ART_9_5,
          Verification.UNVERIFIED,
          EmergencyDisclosureWorkflow::postSubmissionDeclared,
          "The requested Party made no declaration requiring the request to be submitted again"
              + " after execution.",
          "La Partie requise n'a fait aucune déclaration exigeant que la demande soit de nouveau"
              + " présentée après exécution.");

  /** Where the requested Party declared under 2AP 9(5), the case is not closed before the submission. */
  public static final Guard<StepContext<EmergencyDisclosureRequest>> NO_POST_SUBMISSION_OWED =
      Guard.require(
          "2AP_9_5_SUBMISSION_REQUIRED",
          ART_9_5,
          Verification.UNVERIFIED,
          c -> !postSubmissionDeclared(c),
          "The requested Party requires the request to be submitted again after execution, in the"
              + " format or through the channel it specified: require it before closing.",
          "La Partie requise exige que la demande soit de nouveau présentée après exécution, dans la"
              + " forme ou par la voie qu'elle a indiquée : exigez-la avant de clore.");

  /** The submission after execution names the request submitted (e.g. a mutual assistance request). */
  public static final Guard<StepContext<EmergencyDisclosureRequest>> SUBMISSION_NAMED =
      Guards.followUpNamed(
          "2AP_9_5_FOLLOW_UP_NAMED",
          ART_9_5,
          Verification.UNVERIFIED,
          "Name the request submitted after execution, in the format or through the channel the"
              + " requested Party specified.",
          "Indiquez la demande présentée après exécution, dans la forme ou par la voie indiquée par"
              + " la Partie requise.");

  /** The lifecycle, as §6.5 of the legal reference reads 2AP 9. */
  public static final TransitionTable<EmergencyDisclosureStatus, EmergencyDisclosureAction, StepContext<EmergencyDisclosureRequest>>
      TABLE =
          TransitionTable.of(EmergencyDisclosureStatus.class, EmergencyDisclosureAction.class, context())
              .initial(DRAFT)
              .terminal(EnumSet.of(CLOSED, DECLINED, WITHDRAWN))
              .from(DRAFT).on(SEND).to(RECEIVED).perUnverified(ART_9)
                  .when(List.of(
                      SENT_BY_24_7_POINT,
                      REQUEST_COMPLETE,
                      PROTOCOL_IN_FORCE,
                      ARTICLE_9_IMPLEMENTED,
                      TRANSFERS_NOT_SUSPENDED,
                      NOT_SUBSCRIBER_ONLY))
              .from(RECEIVED).on(CONFIRM_ELECTRONICALLY).to(RECEIVED).perUnverified(ART_9)
                  .when(byRequesting(ART_9), AWAITS_CONFIRMATION)
              .from(RECEIVED).on(DETERMINE).to(DETERMINED).perUnverified(ART_9_6)
                  .when(byRequested(ART_9_6))
              .from(DETERMINED).on(CONFIRM_ELECTRONICALLY).to(DETERMINED).perUnverified(ART_9)
                  .when(byRequesting(ART_9), AWAITS_CONFIRMATION)
              .from(DETERMINED).on(PROVIDE_DATA).to(DATA_PROVIDED).perUnverified(ART_9)
                  .when(List.of(byRequested(ART_9), TRANSFERS_NOT_SUSPENDED, CONFIRMED_WHERE_REQUIRED, RESULT_RECORDED))
              .from(DETERMINED).on(PROPOSE_CONDITIONS).to(CONDITIONS_PROPOSED).perUnverified(ART_9_6)
                  .when(byRequested(ART_9_6), CONDITIONS_RECORDED)
              .from(DETERMINED).on(DECLINE).to(DECLINED).perUnverified(ART_9_6)
                  .when(byRequested(ART_9_6), DECLINE_DOCUMENT_ANSWERS)
              .from(CONDITIONS_PROPOSED).on(CONFIRM_ELECTRONICALLY).to(CONDITIONS_PROPOSED).perUnverified(ART_9)
                  .when(byRequesting(ART_9), AWAITS_CONFIRMATION)
              .from(CONDITIONS_PROPOSED).on(ACCEPT_CONDITIONS).to(CONDITIONS_ACCEPTED).perUnverified(ART_9_7)
                  .when(byRequesting(ART_9_7))
              .from(CONDITIONS_ACCEPTED).on(CONFIRM_ELECTRONICALLY).to(CONDITIONS_ACCEPTED).perUnverified(ART_9)
                  .when(byRequesting(ART_9), AWAITS_CONFIRMATION)
              .from(CONDITIONS_ACCEPTED).on(PROVIDE_DATA).to(DATA_PROVIDED).perUnverified(ART_9_7)
                  .when(List.of(
                      byRequested(ART_9_7),
                      TRANSFERS_NOT_SUSPENDED,
                      CONFIRMED_WHERE_REQUIRED,
                      RESULT_RECORDED,
                      ACCEPTED_CONDITIONS_BIND))
              .from(DATA_PROVIDED).on(CONFIRM_ELECTRONICALLY).to(DATA_PROVIDED).perUnverified(ART_9)
                  .when(byRequesting(ART_9), AWAITS_CONFIRMATION)
              .from(DATA_PROVIDED).on(REQUIRE_SUBMISSION).to(POST_EXECUTION_SUBMISSION_REQUIRED).perUnverified(ART_9_5)
                  .when(byRequested(ART_9_5), POST_SUBMISSION_DECLARED)
              .from(DATA_PROVIDED).on(CLOSE).to(CLOSED).perUnverified(ART_9)
                  .when(byEitherParty(), NO_POST_SUBMISSION_OWED)
              .from(POST_EXECUTION_SUBMISSION_REQUIRED).on(SUBMIT_AFTER_EXECUTION).to(CLOSED).perUnverified(ART_9_5)
                  .when(byRequesting(ART_9_5), SUBMISSION_NAMED)
              .fromEveryOpenStatusExcept(EnumSet.of(DATA_PROVIDED, POST_EXECUTION_SUBMISSION_REQUIRED))
                  .on(WITHDRAW).to(WITHDRAWN).perUnverified(ART_9)
                  .when(byRequesting(ART_9))
              .build();

  /** The engine for emergency disclosure requests between 24/7 points of contact. */
  public static final Workflow<EmergencyDisclosureRequest, EmergencyDisclosureStatus, EmergencyDisclosureAction>
      WORKFLOW = new Workflow<>(RequestFamily.EMERGENCY_DISCLOSURE, TABLE);

  /**
   * Whether the request was made orally and is confirmed in electronic form neither in the request
   * itself nor by a later {@link EmergencyDisclosureAction#CONFIRM_ELECTRONICALLY} step.
   */
  public static boolean awaitsElectronicConfirmation(
      CaseFile<EmergencyDisclosureRequest, EmergencyDisclosureStatus, EmergencyDisclosureAction> caseFile) {
    return caseFile.request().awaitsElectronicConfirmation()
        && caseFile.history().stream().noneMatch(e -> e.action() == CONFIRM_ELECTRONICALLY);
  }

  /** The conditions on use of the last conditions proposed, once the requesting Party accepted them. */
  public static Set<UseCondition> acceptedUseConditions(
      CaseFile<EmergencyDisclosureRequest, EmergencyDisclosureStatus, EmergencyDisclosureAction> caseFile) {
    Set<UseCondition> accepted = EnumSet.noneOf(UseCondition.class);
    Optional<ConditionalGrant> proposed = Optional.empty();
    for (HistoryEvent<EmergencyDisclosureStatus, EmergencyDisclosureAction> e : caseFile.history()) {
      if (e.action() == PROPOSE_CONDITIONS) {
        proposed = e.reply().filter(ConditionalGrant.class::isInstance).map(ConditionalGrant.class::cast);
      } else if (e.action() == ACCEPT_CONDITIONS) {
        proposed.ifPresent(g -> accepted.addAll(g.useConditions()));
      }
    }
    return accepted;
  }

  static boolean subscriberOnly(EmergencyDisclosureRequest request) {
    List<DataItem> items = request.dataSought();
    return !items.isEmpty() && items.stream().allMatch(i -> i.category() == DataCategory.SUBSCRIBER_INFORMATION);
  }

  private static boolean postSubmissionDeclared(StepContext<EmergencyDisclosureRequest> c) {
    return c.environment().registry().hasMade(ProtocolGuards.requested(c), ReservationCode.AP2_9_5_POST_SUBMISSION);
  }

  private static Guard<StepContext<EmergencyDisclosureRequest>> byRequesting(ArticleCitation citation) {
    return ProtocolGuards.byRequestingAuthority(
        "2AP_9_ACTOR_REQUESTING_PARTY", citation, Verification.UNVERIFIED, "requesting", "requérante");
  }

  private static Guard<StepContext<EmergencyDisclosureRequest>> byRequested(ArticleCitation citation) {
    return ProtocolGuards.byRequestedAuthority("2AP_9_ACTOR_REQUESTED_AUTHORITY", citation, Verification.UNVERIFIED);
  }

  private static Guard<StepContext<EmergencyDisclosureRequest>> byEitherParty() {
    return Guards.actor(
        "2AP_9_ACTOR_EITHER_PARTY",
        ART_9,
        Verification.UNVERIFIED,
        (c, a) ->
            !a.role().isPrivateEntity()
                && (a.party().equals(ProtocolGuards.requesting(c)) || a.party().equals(ProtocolGuards.requested(c))),
        "Only an authority of the requesting or of the requested Party may take this step.",
        "Seule une autorité de la Partie requérante ou de la Partie requise peut accomplir cette"
            + " étape.");
  }

  private static <T extends Reply> Guard<StepContext<EmergencyDisclosureRequest>> document(
      String code, ArticleCitation citation, Class<T> type, String english, String french) {
    Violation missing = Guards.violation(code, citation, "reply", Verification.UNVERIFIED, english, french);
    return Guard.computed(
        code,
        citation,
        c -> c.command().isEmpty() || reply(c, type).isPresent() ? List.of() : List.of(missing));
  }

  private static <T extends Reply> Optional<T> reply(StepContext<EmergencyDisclosureRequest> c, Class<T> type) {
    return c.command()
        .flatMap(Command::reply)
        .filter(type::isInstance)
        .map(type::cast)
        .filter(r -> answers(c, r));
  }

  private static boolean answers(StepContext<EmergencyDisclosureRequest> c, Reply reply) {
    return reply.header().answersRequest().equals(c.request().header().id())
        && reply.family() == RequestFamily.EMERGENCY_DISCLOSURE;
  }

  @SuppressWarnings("unchecked")
  private static CaseFile<EmergencyDisclosureRequest, EmergencyDisclosureStatus, EmergencyDisclosureAction> cast(
      CaseFile<EmergencyDisclosureRequest, ?, ?> caseFile) {
    return (CaseFile<EmergencyDisclosureRequest, EmergencyDisclosureStatus, EmergencyDisclosureAction>) caseFile;
  }

  @SuppressWarnings("unchecked")
  private static Class<StepContext<EmergencyDisclosureRequest>> context() {
    return (Class<StepContext<EmergencyDisclosureRequest>>) (Class<?>) StepContext.class;
  }
}
