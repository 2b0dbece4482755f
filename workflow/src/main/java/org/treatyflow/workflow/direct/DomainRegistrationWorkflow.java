package org.treatyflow.workflow.direct;

import static org.treatyflow.model.common.Instrument.SECOND_PROTOCOL;
import static org.treatyflow.workflow.direct.DomainRegistrationAction.DECLINE;
import static org.treatyflow.workflow.direct.DomainRegistrationAction.DISCLOSE;
import static org.treatyflow.workflow.direct.DomainRegistrationAction.RECORD_NO_RESPONSE;
import static org.treatyflow.workflow.direct.DomainRegistrationAction.SEND;
import static org.treatyflow.workflow.direct.DomainRegistrationAction.USE_OTHER_CHANNELS;
import static org.treatyflow.workflow.direct.DomainRegistrationAction.WITHDRAW;
import static org.treatyflow.workflow.direct.DomainRegistrationStatus.DECLINED;
import static org.treatyflow.workflow.direct.DomainRegistrationStatus.DISCLOSED;
import static org.treatyflow.workflow.direct.DomainRegistrationStatus.DRAFT;
import static org.treatyflow.workflow.direct.DomainRegistrationStatus.NO_RESPONSE;
import static org.treatyflow.workflow.direct.DomainRegistrationStatus.REFERRED;
import static org.treatyflow.workflow.direct.DomainRegistrationStatus.SENT;
import static org.treatyflow.workflow.direct.DomainRegistrationStatus.WITHDRAWN;

import java.util.EnumSet;
import java.util.List;
import org.treatyflow.model.common.ArticleCitation;
import org.treatyflow.model.common.AuthorityRole;
import org.treatyflow.model.common.RequestFamily;
import org.treatyflow.model.common.Verification;
import org.treatyflow.model.disclosure.DomainRegistrationRequest;
import org.treatyflow.workflow.Guard;
import org.treatyflow.workflow.Guards;
import org.treatyflow.workflow.ProtocolGuards;
import org.treatyflow.workflow.StepContext;
import org.treatyflow.workflow.TransitionTable;
import org.treatyflow.workflow.Workflow;

/**
 * The lifecycle of a request for domain name registration information that a competent authority
 * sends directly to a registrar or registry in another Party, as 2AP 6 reads.
 *
 * <p>Legal basis: 2AP 6. The direct route to registrars is confirmed; what follows the request
 * (disclosure, refusal, no answer, and the fall-back to other channels of cooperation) is
 * unverified, as is withdrawal. 2AP 6 sets no period for the registrar's answer, so the library sets
 * none: the requesting authority records that no answer came when it judges so. Article 6 is cited
 * without a paragraph because the paragraphs are not verified.
 */
public final class DomainRegistrationWorkflow {
  private DomainRegistrationWorkflow() {}

  private static final ArticleCitation ART_6 = SECOND_PROTOCOL.cite(6);

  /** The request may be sent only when its content is complete. */
  public static final Guard<StepContext<DomainRegistrationRequest>> REQUEST_COMPLETE =
      Guards.complete("2AP_6_REQUEST_COMPLETE", ART_6);

  /** The Protocol must bind both Parties on the day the request is sent. */
  public static final Guard<StepContext<DomainRegistrationRequest>> PROTOCOL_IN_FORCE =
      ProtocolGuards.protocolInForce("2AP_6_PROTOCOL_IN_FORCE", ART_6);

  /** The requested Party must have implemented 2AP 6 in its law (not self-executing). */
  public static final Guard<StepContext<DomainRegistrationRequest>> ARTICLE_6_IMPLEMENTED =
      ProtocolGuards.implementsArticle("2AP_6_NOT_IMPLEMENTED", ART_6, 6);

  /**
   * No request while transfers of personal data between the two Parties are suspended (2AP 14):
   * registration information names the registrant.
   */
  public static final Guard<StepContext<DomainRegistrationRequest>> TRANSFERS_NOT_SUSPENDED =
      ProtocolGuards.transfersNotSuspended("2AP_14_TRANSFERS_SUSPENDED");

  /** The request or mutual assistance request that takes over must be named. */
  public static final Guard<StepContext<DomainRegistrationRequest>> FOLLOW_UP_NAMED =
      ProtocolGuards.followUpNamed(
          "2AP_6_FOLLOW_UP_NAMED",
          ART_6,
          Verification.UNVERIFIED,
          "Name the request by which the information is now sought through another channel.",
          "Indiquez la demande par laquelle les informations sont désormais recherchées par une"
              + " autre voie.");

  /** The lifecycle, top-down like 2AP 6. */
  public static final TransitionTable<
          DomainRegistrationStatus, DomainRegistrationAction, StepContext<DomainRegistrationRequest>>
      TABLE =
          TransitionTable.of(DomainRegistrationStatus.class, DomainRegistrationAction.class, context())
              .initial(DRAFT)
              .terminal(EnumSet.of(DISCLOSED, REFERRED, WITHDRAWN))
              .from(DRAFT).on(SEND).to(SENT).per(ART_6)
                  .when(List.of(
                      byRequestingAuthority(Verification.CONFIRMED),
                      REQUEST_COMPLETE,
                      PROTOCOL_IN_FORCE,
                      ARTICLE_6_IMPLEMENTED,
                      TRANSFERS_NOT_SUSPENDED))
              .from(SENT).on(DISCLOSE).to(DISCLOSED).perUnverified(ART_6)
                  .when(byRegistrar(), TRANSFERS_NOT_SUSPENDED)
              .from(SENT).on(DECLINE).to(DECLINED).perUnverified(ART_6)
                  .when(byRegistrar())
              .from(SENT).on(RECORD_NO_RESPONSE).to(NO_RESPONSE).perUnverified(ART_6)
                  .when(byRequestingAuthority(Verification.UNVERIFIED))
              .from(DECLINED).on(USE_OTHER_CHANNELS).to(REFERRED).perUnverified(ART_6)
                  .when(byRequestingAuthority(Verification.UNVERIFIED), FOLLOW_UP_NAMED)
              .from(NO_RESPONSE).on(USE_OTHER_CHANNELS).to(REFERRED).perUnverified(ART_6)
                  .when(byRequestingAuthority(Verification.UNVERIFIED), FOLLOW_UP_NAMED)
              .from(DRAFT).on(WITHDRAW).to(WITHDRAWN).perUnverified(ART_6)
                  .when(byRequestingAuthority(Verification.UNVERIFIED))
              .from(SENT).on(WITHDRAW).to(WITHDRAWN).perUnverified(ART_6)
                  .when(byRequestingAuthority(Verification.UNVERIFIED))
              .from(DECLINED).on(WITHDRAW).to(WITHDRAWN).perUnverified(ART_6)
                  .when(byRequestingAuthority(Verification.UNVERIFIED))
              .from(NO_RESPONSE).on(WITHDRAW).to(WITHDRAWN).perUnverified(ART_6)
                  .when(byRequestingAuthority(Verification.UNVERIFIED))
              .build();

  /** The engine for requests for domain name registration information. */
  public static final Workflow<DomainRegistrationRequest, DomainRegistrationStatus, DomainRegistrationAction>
      WORKFLOW = new Workflow<>(RequestFamily.DOMAIN_REGISTRATION_INFORMATION, TABLE);

  @SuppressWarnings("unchecked")
  private static Class<StepContext<DomainRegistrationRequest>> context() {
    return (Class<StepContext<DomainRegistrationRequest>>) (Class<?>) StepContext.class;
  }

  /** The step is taken by a public authority of the requesting Party. */
  static Guard<StepContext<DomainRegistrationRequest>> byRequestingAuthority(Verification verification) {
    return ProtocolGuards.byRequestingAuthority(
        "2AP_6_ACTOR_REQUESTING_PARTY", ART_6, verification, "requesting", "requérante");
  }

  /** The step is taken by the registrar or registry in the requested Party's territory. */
  static Guard<StepContext<DomainRegistrationRequest>> byRegistrar() {
    return ProtocolGuards.byEntity(
        "2AP_6_ACTOR_REGISTRAR",
        ART_6,
        Verification.UNVERIFIED,
        AuthorityRole.DOMAIN_REGISTRATION_ENTITY,
        "registrar or registry",
        "le bureau d'enregistrement ou le registre");
  }
}
