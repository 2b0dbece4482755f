package org.treatyflow.workflow.assistance;

import static org.treatyflow.model.common.Instrument.SECOND_PROTOCOL;

import java.util.Optional;
import org.treatyflow.model.assistance.EmergencyMutualAssistanceRequest;
import org.treatyflow.model.common.ArticleCitation;
import org.treatyflow.model.common.RequestFamily;
import org.treatyflow.workflow.StepContext;
import org.treatyflow.workflow.TransitionTable;
import org.treatyflow.workflow.Workflow;

/**
 * The lifecycle of mutual assistance sought on a rapidly expedited basis because the requesting
 * Party considers that an emergency exists: the common skeleton on the Protocol track.
 *
 * <p>Legal basis: 2AP 10 (confirmed at headline level: a Party may seek mutual assistance on a
 * rapidly expedited basis in an emergency; the Protocol's lines are all marked unverified, as the
 * skeleton's Protocol defaults mark them); 2AP 10(3), supplemental information, asked for and
 * supplied on a rapidly expedited basis (the legal reference's §6.1, unverified); where no mutual assistance treaty is in force, BC 27 and 28 by reference for
 * refusal, conditions and postponement (BC 27(1), {@link
 * org.treatyflow.workflow.DomesticPolicy#appliesBudapestArticle27}). 2AP 10 is self-executing: the
 * skeleton checks domestic implementation only for 2AP 6-9, so none is checked here.
 *
 * <p>The request must be marked as an emergency and describe the facts that show it and how the
 * assistance relates to it: the request's completeness rules {@code 2AP_10_EMERGENCY_URGENCY} and
 * {@code 2AP_10_EMERGENCY_FACTS}, checked when it is sent. A case's request never changes, so the
 * requested Party's acceptance (2AP 10(4): once satisfied that an emergency exists and the other
 * requirements are met, unverified) needs no second check of them.
 *
 * <p>"Rapidly expedited" has no number of days: the workflow sets no response deadline. The only
 * time limit is the one the requested Party may set, or not, when it asks for supplemental
 * information ({@link org.treatyflow.model.reply.AmendmentRequest#timeLimit()}); closing the case
 * once it passed without the information is the library's reading of 2AP 10(3), unverified.
 */
public final class EmergencyMutualAssistanceWorkflow {
  private EmergencyMutualAssistanceWorkflow() {}

  private static final ArticleCitation ART_10_3 = SECOND_PROTOCOL.cite(10, 3);

  /** What the skeleton needs to know of the family. */
  public static final AssistanceProfile<EmergencyMutualAssistanceRequest> PROFILE =
      AssistanceProfile.builder(RequestFamily.EMERGENCY_MUTUAL_ASSISTANCE, EmergencyMutualAssistanceRequest.class)
          .track(AssistanceProfile.Track.PROTOCOL, AssistanceProfile.protocol(10, Optional.empty()))
          .protocolArticle(10)
          .provision(AssistanceAction.REQUEST_AMENDMENT, Provision.perUnverified(ART_10_3))
          .provision(AssistanceAction.SUPPLY_AMENDMENT, Provision.perUnverified(ART_10_3))
          .provision(AssistanceAction.CLOSE_INCOMPLETE, Provision.perUnverified(ART_10_3))
          .offences(EmergencyMutualAssistanceRequest::offences)
          .build();

  /** The lifecycle. */
  public static final TransitionTable<AssistanceStatus, AssistanceAction, StepContext<EmergencyMutualAssistanceRequest>>
      TABLE = AssistanceLifecycle.table(PROFILE);

  /** The engine for requests for emergency mutual assistance. */
  public static final Workflow<EmergencyMutualAssistanceRequest, AssistanceStatus, AssistanceAction> WORKFLOW =
      new Workflow<>(RequestFamily.EMERGENCY_MUTUAL_ASSISTANCE, TABLE);
}
