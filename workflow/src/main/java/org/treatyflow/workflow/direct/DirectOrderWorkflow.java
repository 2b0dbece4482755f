package org.treatyflow.workflow.direct;

import static org.treatyflow.model.common.Instrument.SECOND_PROTOCOL;
import static org.treatyflow.workflow.direct.DirectOrderAction.BLOCK;
import static org.treatyflow.workflow.direct.DirectOrderAction.CONSULT;
import static org.treatyflow.workflow.direct.DirectOrderAction.DECLINE;
import static org.treatyflow.workflow.direct.DirectOrderAction.DISCLOSE;
import static org.treatyflow.workflow.direct.DirectOrderAction.ESCALATE;
import static org.treatyflow.workflow.direct.DirectOrderAction.ISSUE;
import static org.treatyflow.workflow.direct.DirectOrderAction.TIME_OUT;
import static org.treatyflow.workflow.direct.DirectOrderAction.WITHDRAW;
import static org.treatyflow.workflow.direct.DirectOrderStatus.BLOCKED;
import static org.treatyflow.workflow.direct.DirectOrderStatus.DISCLOSED;
import static org.treatyflow.workflow.direct.DirectOrderStatus.DRAFT;
import static org.treatyflow.workflow.direct.DirectOrderStatus.ESCALATED;
import static org.treatyflow.workflow.direct.DirectOrderStatus.NOT_DISCLOSED;
import static org.treatyflow.workflow.direct.DirectOrderStatus.PROVIDER_CONSULTING_AUTHORITY;
import static org.treatyflow.workflow.direct.DirectOrderStatus.SERVED_ON_PROVIDER;
import static org.treatyflow.workflow.direct.DirectOrderStatus.WITHDRAWN;
import static org.treatyflow.workflow.ProtocolGuards.requested;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.treatyflow.model.common.ArticleCitation;
import org.treatyflow.model.common.AuthorityRole;
import org.treatyflow.model.common.BilingualText;
import org.treatyflow.model.common.Offence;
import org.treatyflow.model.common.RequestFamily;
import org.treatyflow.model.common.Verification;
import org.treatyflow.model.common.Violation;
import org.treatyflow.model.disclosure.SubscriberInformationOrder;
import org.treatyflow.model.refusal.RefusalGrounds;
import org.treatyflow.model.registry.ReservationCode;
import org.treatyflow.model.reply.Refusal;
import org.treatyflow.workflow.CaseFile;
import org.treatyflow.workflow.Command;
import org.treatyflow.workflow.Guard;
import org.treatyflow.workflow.Guards;
import org.treatyflow.workflow.ProtocolGuards;
import org.treatyflow.workflow.StepContext;
import org.treatyflow.workflow.TransitionTable;
import org.treatyflow.workflow.Workflow;

/**
 * The lifecycle of an order for subscriber information that the issuing Party sends directly to a
 * service provider in another Party, line by line as 2AP 7 reads.
 *
 * <p>Legal basis: 2AP 7 (the direct order, confirmed at headline level; the Japanese reservation
 * under 7(9)(a) confirmed); 2AP 7(5) and 7(7) (notification, consultation, blocking, the 30-day
 * period and the fall-back to 2AP 8 or mutual assistance: unverified); 2AP 14 (suspension of
 * transfers: unverified). Withdrawal by the issuing Party is the library's reading and unverified.
 */
public final class DirectOrderWorkflow {
  private DirectOrderWorkflow() {}

  private static final ArticleCitation ART_7 = SECOND_PROTOCOL.cite(7);
  private static final ArticleCitation ART_7_5_A = SECOND_PROTOCOL.cite(7, 5, "a");
  private static final ArticleCitation ART_7_5_B = SECOND_PROTOCOL.cite(7, 5, "b");
  private static final ArticleCitation ART_7_5_C = SECOND_PROTOCOL.cite(7, 5, "c");
  private static final ArticleCitation ART_7_7 = SECOND_PROTOCOL.cite(7, 7);
  private static final ArticleCitation ART_7_9_A = SECOND_PROTOCOL.cite(7, 9, "a");

  /** The order may be issued only when its content and supplemental information are complete. */
  public static final Guard<StepContext<SubscriberInformationOrder>> ORDER_COMPLETE =
      Guards.complete("2AP_7_ORDER_COMPLETE", ART_7);

  /** The Protocol must bind both Parties on the day the order is issued. */
  public static final Guard<StepContext<SubscriberInformationOrder>> PROTOCOL_IN_FORCE =
      ProtocolGuards.protocolInForce("2AP_7_PROTOCOL_IN_FORCE", ART_7);

  /** No direct order to a provider in a Party that reserved the right not to apply 2AP 7. */
  public static final Guard<StepContext<SubscriberInformationOrder>> ARTICLE_7_NOT_RESERVED =
      Guard.require(
          "2AP_7_9_A_ARTICLE_7_RESERVED",
          ART_7_9_A,
          Verification.CONFIRMED,
          c -> !c.environment().registry().hasMade(requested(c), ReservationCode.AP2_7_9_A_NOT_APPLY_ART7),
          "The requested Party reserved the right not to apply Article 7: seek the data through"
              + " Article 8 or mutual assistance instead.",
          "La Partie requise s'est réservé le droit de ne pas appliquer l'article 7 : demandez les"
              + " données au titre de l'article 8 ou par l'entraide.");

  /** The requested Party must have implemented 2AP 7 in its law (not self-executing). */
  public static final Guard<StepContext<SubscriberInformationOrder>> ARTICLE_7_IMPLEMENTED =
      ProtocolGuards.implementsArticle("2AP_7_NOT_IMPLEMENTED", ART_7, 7);

  /**
   * No order is issued, and no data disclosed, while transfers of personal data between the two
   * Parties are suspended (2AP 14).
   */
  public static final Guard<StepContext<SubscriberInformationOrder>> TRANSFERS_NOT_SUSPENDED =
      ProtocolGuards.transfersNotSuspended("2AP_14_TRANSFERS_SUSPENDED");

  /**
   * Where the requested Party declared under 2AP 7(5)(a) that it must be notified, the order must
   * record that its designated authority was notified at the same time (the order's {@link
   * SubscriberInformationOrder#notificationMade()}). The declaration may be limited to defined
   * circumstances the registry does not hold, so the library requires the notification whenever the
   * declaration was made.
   */
  public static final Guard<StepContext<SubscriberInformationOrder>> NOTIFICATION_RECORDED =
      Guard.require(
          "2AP_7_5_A_NOTIFICATION_NOT_MADE",
          ART_7_5_A,
          Verification.UNVERIFIED,
          c ->
              !c.environment().registry().hasMade(requested(c), ReservationCode.AP2_7_5_A_NOTIFICATION)
                  || c.request().notificationMade().orElse(false),
          "The requested Party requires simultaneous notification: notify its designated authority"
              + " of the order, the supplemental information and a summary of the facts, and record"
              + " it in the order.",
          "La Partie requise exige une notification simultanée : notifiez à son autorité désignée"
              + " l'injonction, les informations complémentaires et un résumé des faits, et"
              + " indiquez-le dans l'injonction.");

  /** The provider may consult only where the requested Party declared under 2AP 7(5)(b). */
  public static final Guard<StepContext<SubscriberInformationOrder>> CONSULTATION_DECLARED =
      Guard.require(
          "2AP_7_5_B_NO_CONSULTATION_DECLARATION",
          ART_7_5_B,
          Verification.UNVERIFIED,
          c -> c.environment().registry().hasMade(requested(c), ReservationCode.AP2_7_5_B_CONSULTATION),
          "The requested Party has not declared that its providers consult its authorities before"
              + " disclosing.",
          "La Partie requise n'a pas déclaré que ses fournisseurs consultent ses autorités avant"
              + " de divulguer.");

  /**
   * Only an authority that has the order may instruct the provider not to disclose: the authority
   * notified under 2AP 7(5)(a), or the one the provider is consulting under 2AP 7(5)(b).
   */
  public static final Guard<StepContext<SubscriberInformationOrder>> AUTHORITY_NOTIFIED_OR_CONSULTED =
      Guard.require(
          "2AP_7_5_C_AUTHORITY_NOT_NOTIFIED_OR_CONSULTED",
          ART_7_5_C,
          Verification.UNVERIFIED,
          c ->
              c.caseFile().status() == PROVIDER_CONSULTING_AUTHORITY
                  || (c.environment().registry().hasMade(requested(c), ReservationCode.AP2_7_5_A_NOTIFICATION)
                      && c.request().notificationMade().orElse(false)),
          "Only an authority notified of the order or consulted by the provider may instruct it not"
              + " to disclose.",
          "Seule une autorité à laquelle l'injonction a été notifiée ou que le fournisseur consulte"
              + " peut lui enjoindre de ne pas divulguer.");

  /**
   * The instruction not to disclose must be recorded with its grounds (2AP 7(5)(c)(i) or (ii)) and
   * the reasons given to the issuing authority.
   */
  public static final Guard<StepContext<SubscriberInformationOrder>> BLOCK_ADMISSIBLE =
      Guard.computed("2AP_7_5_C_BLOCK_ADMISSIBLE", ART_7_5_C, DirectOrderWorkflow::blockViolations);

  /** The provider's time runs out only after 30 days, or the order's longer time frame (2AP 7(7)). */
  public static final Guard<StepContext<SubscriberInformationOrder>> RESPONSE_PERIOD_OVER =
      Guard.require(
          "2AP_7_7_RESPONSE_PERIOD_NOT_OVER",
          ART_7_7,
          Verification.UNVERIFIED,
          DirectOrderWorkflow::responsePeriodOver,
          "The provider still has time to disclose: 30 days from receiving the order, or the longer"
              + " time frame the order sets.",
          "Le fournisseur a encore le temps de divulguer : 30 jours à compter de la réception de"
              + " l'injonction, ou le délai plus long fixé par celle-ci.");

  /** The 2AP 8 request or mutual assistance request that takes over must be named (2AP 7(7)). */
  public static final Guard<StepContext<SubscriberInformationOrder>> FOLLOW_UP_NAMED =
      ProtocolGuards.followUpNamed(
          "2AP_7_7_FOLLOW_UP_NAMED",
          ART_7_7,
          Verification.UNVERIFIED,
          "Name the Article 8 request or mutual assistance request that takes over from the order.",
          "Indiquez la demande au titre de l'article 8 ou la demande d'entraide qui prend le relais"
              + " de l'injonction.");

  /** The lifecycle, top-down like 2AP 7. */
  public static final TransitionTable<DirectOrderStatus, DirectOrderAction, StepContext<SubscriberInformationOrder>>
      TABLE =
          TransitionTable.of(DirectOrderStatus.class, DirectOrderAction.class, context())
              .initial(DRAFT)
              .terminal(EnumSet.of(DISCLOSED, ESCALATED, WITHDRAWN))
              .from(DRAFT).on(ISSUE).to(SERVED_ON_PROVIDER).per(ART_7)
                  .when(List.of(
                      byIssuingAuthority(ART_7, Verification.CONFIRMED),
                      ORDER_COMPLETE,
                      PROTOCOL_IN_FORCE,
                      ARTICLE_7_NOT_RESERVED,
                      ARTICLE_7_IMPLEMENTED,
                      TRANSFERS_NOT_SUSPENDED,
                      NOTIFICATION_RECORDED))
              .from(SERVED_ON_PROVIDER).on(CONSULT).to(PROVIDER_CONSULTING_AUTHORITY).perUnverified(ART_7_5_B)
                  .when(byProvider(ART_7_5_B, Verification.UNVERIFIED), CONSULTATION_DECLARED)
              .from(SERVED_ON_PROVIDER).on(BLOCK).to(BLOCKED).perUnverified(ART_7_5_C)
                  .when(byRequestedAuthority(), AUTHORITY_NOTIFIED_OR_CONSULTED, BLOCK_ADMISSIBLE)
              .from(PROVIDER_CONSULTING_AUTHORITY).on(BLOCK).to(BLOCKED).perUnverified(ART_7_5_C)
                  .when(byRequestedAuthority(), AUTHORITY_NOTIFIED_OR_CONSULTED, BLOCK_ADMISSIBLE)
              .from(SERVED_ON_PROVIDER).on(DISCLOSE).to(DISCLOSED).per(ART_7)
                  .when(byProvider(ART_7, Verification.CONFIRMED), TRANSFERS_NOT_SUSPENDED)
              .from(PROVIDER_CONSULTING_AUTHORITY).on(DISCLOSE).to(DISCLOSED).perUnverified(ART_7_5_B)
                  .when(byProvider(ART_7_5_B, Verification.UNVERIFIED), TRANSFERS_NOT_SUSPENDED)
              .from(SERVED_ON_PROVIDER).on(DECLINE).to(NOT_DISCLOSED).perUnverified(ART_7_7)
                  .when(byProvider(ART_7_7, Verification.UNVERIFIED))
              .from(PROVIDER_CONSULTING_AUTHORITY).on(DECLINE).to(NOT_DISCLOSED).perUnverified(ART_7_7)
                  .when(byProvider(ART_7_7, Verification.UNVERIFIED))
              .from(SERVED_ON_PROVIDER).on(TIME_OUT).to(NOT_DISCLOSED).perUnverified(ART_7_7)
                  .when(byIssuingAuthority(ART_7_7, Verification.UNVERIFIED), RESPONSE_PERIOD_OVER)
              .from(PROVIDER_CONSULTING_AUTHORITY).on(TIME_OUT).to(NOT_DISCLOSED).perUnverified(ART_7_7)
                  .when(byIssuingAuthority(ART_7_7, Verification.UNVERIFIED), RESPONSE_PERIOD_OVER)
              .from(NOT_DISCLOSED).on(ESCALATE).to(ESCALATED).perUnverified(ART_7_7)
                  .when(byIssuingAuthority(ART_7_7, Verification.UNVERIFIED), FOLLOW_UP_NAMED)
              .from(BLOCKED).on(ESCALATE).to(ESCALATED).perUnverified(ART_7_7)
                  .when(byIssuingAuthority(ART_7_7, Verification.UNVERIFIED), FOLLOW_UP_NAMED)
              .from(DRAFT).on(WITHDRAW).to(WITHDRAWN).perUnverified(ART_7)
                  .when(byIssuingAuthority(ART_7, Verification.UNVERIFIED))
              .from(SERVED_ON_PROVIDER).on(WITHDRAW).to(WITHDRAWN).perUnverified(ART_7)
                  .when(byIssuingAuthority(ART_7, Verification.UNVERIFIED))
              .from(PROVIDER_CONSULTING_AUTHORITY).on(WITHDRAW).to(WITHDRAWN).perUnverified(ART_7)
                  .when(byIssuingAuthority(ART_7, Verification.UNVERIFIED))
              .from(NOT_DISCLOSED).on(WITHDRAW).to(WITHDRAWN).perUnverified(ART_7)
                  .when(byIssuingAuthority(ART_7, Verification.UNVERIFIED))
              .from(BLOCKED).on(WITHDRAW).to(WITHDRAWN).perUnverified(ART_7)
                  .when(byIssuingAuthority(ART_7, Verification.UNVERIFIED))
              .build();

  /** The engine for direct orders for subscriber information. */
  public static final Workflow<SubscriberInformationOrder, DirectOrderStatus, DirectOrderAction> WORKFLOW =
      new Workflow<>(RequestFamily.SUBSCRIBER_INFORMATION_ORDER, TABLE);

  @SuppressWarnings("unchecked")
  private static Class<StepContext<SubscriberInformationOrder>> context() {
    return (Class<StepContext<SubscriberInformationOrder>>) (Class<?>) StepContext.class;
  }

  /** The step is taken by a public authority of the issuing Party. */
  static Guard<StepContext<SubscriberInformationOrder>> byIssuingAuthority(
      ArticleCitation citation, Verification verification) {
    return ProtocolGuards.byRequestingAuthority(
        "2AP_7_ACTOR_ISSUING_PARTY", citation, verification, "issuing", "d'émission");
  }

  /** The step is taken by a service provider in the requested Party's territory. */
  static Guard<StepContext<SubscriberInformationOrder>> byProvider(
      ArticleCitation citation, Verification verification) {
    return ProtocolGuards.byEntity(
        "2AP_7_ACTOR_PROVIDER",
        citation,
        verification,
        AuthorityRole.SERVICE_PROVIDER,
        "service provider",
        "le fournisseur de services");
  }

  /** The step is taken by the requested Party's authority, not by the provider. */
  static Guard<StepContext<SubscriberInformationOrder>> byRequestedAuthority() {
    return ProtocolGuards.byRequestedAuthority(
        "2AP_7_5_C_ACTOR_REQUESTED_AUTHORITY", ART_7_5_C, Verification.UNVERIFIED);
  }

  private static boolean responsePeriodOver(StepContext<SubscriberInformationOrder> c) {
    @SuppressWarnings("unchecked")
    var caseFile = (CaseFile<SubscriberInformationOrder, DirectOrderStatus, DirectOrderAction>) c.caseFile();
    return DirectOrderDeadlines.responseDue(caseFile, c.environment())
        .map(due -> !c.now().isBefore(due))
        .orElse(false);
  }

  /**
   * The instruction the command carries must be a refusal document answering this order, complete
   * (grounds and reasons, 2AP 7(5)(c)), on grounds that 2AP 7(5)(c)(i)-(ii) admit for at least one
   * of the offences.
   */
  private static List<Violation> blockViolations(StepContext<SubscriberInformationOrder> c) {
    Optional<Command<?>> command = c.command();
    if (command.isEmpty()) {
      return List.of();
    }
    Optional<Refusal> instruction =
        command.get().reply().filter(Refusal.class::isInstance).map(Refusal.class::cast);
    if (instruction.isEmpty()
        || !instruction.get().header().answersRequest().equals(c.request().header().id())
        || instruction.get().family() != RequestFamily.SUBSCRIBER_INFORMATION_ORDER) {
      return List.of(
          Violation.builder()
              .code("2AP_7_5_C_BLOCK_DOCUMENT")
              .citation(ART_7_5_C)
              .field("reply")
              .verification(Verification.UNVERIFIED)
              .message(
                  new BilingualText(
                      "An instruction not to disclose must be recorded with a refusal of this order"
                          + " stating its grounds and the reasons given to the issuing authority.",
                      "Une instruction de ne pas divulguer doit être consignée avec un refus de"
                          + " cette injonction indiquant ses motifs et la motivation communiquée à"
                          + " l'autorité d'émission."))
              .build());
    }
    List<Violation> violations = new ArrayList<>(instruction.get().completenessViolations());
    violations.addAll(inadmissibleForEveryOffence(c.request().offences(), instruction.get()));
    return violations;
  }

  /** A ground is admissible when it may be raised for at least one of the offences. */
  private static List<Violation> inadmissibleForEveryOffence(List<Offence> offences, Refusal instruction) {
    List<Violation> common = null;
    for (Offence offence : offences) {
      List<Violation> forOffence =
          RefusalGrounds.check(
              RequestFamily.SUBSCRIBER_INFORMATION_ORDER, false, offence, false, instruction.grounds());
      if (common == null) {
        common = new ArrayList<>(forOffence);
      } else {
        Set<String> codes = forOffence.stream().map(Violation::code).collect(Collectors.toSet());
        common.removeIf(v -> !codes.contains(v.code()));
      }
    }
    return common == null ? List.of() : common;
  }
}
