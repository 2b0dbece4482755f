package org.treatyflow.workflow.financial;

import static org.treatyflow.model.common.Instrument.WARSAW;

import org.treatyflow.model.common.RequestFamily;
import org.treatyflow.model.financial.InvestigativeAssistanceRequest;
import org.treatyflow.workflow.StepContext;
import org.treatyflow.workflow.TransitionTable;
import org.treatyflow.workflow.Workflow;
import org.treatyflow.workflow.assistance.AssistanceAction;
import org.treatyflow.workflow.assistance.AssistanceLifecycle;
import org.treatyflow.workflow.assistance.AssistanceProfile;
import org.treatyflow.workflow.assistance.AssistanceStatus;

/**
 * The lifecycle of a request for assistance in identifying and tracing instrumentalities, proceeds
 * and other property liable to confiscation: the common skeleton on the Warsaw track.
 *
 * <p>Legal basis: WC 16 (receiving, accepting and executing; the legal reference cites no
 * paragraph); WC 28-30, 34(6), 37(1), 38, 40, 41 and 43(1) through the skeleton. As a Section 2
 * request, dual criminality (WC 28(1)(g)) and WC 28(2)-(3) may be raised only where it involves
 * coercive action ({@code content().coercive()}), and the confiscation grounds WC 28(4) never.
 */
public final class InvestigativeAssistanceWorkflow {
  private InvestigativeAssistanceWorkflow() {}

  /** What the skeleton needs to know of the family. */
  public static final AssistanceProfile<InvestigativeAssistanceRequest> PROFILE =
      AssistanceProfile.builder(RequestFamily.INVESTIGATIVE_ASSISTANCE, InvestigativeAssistanceRequest.class)
          .track(AssistanceProfile.Track.WARSAW, AssistanceProfile.warsaw(WARSAW.cite(16)))
          .offences(InvestigativeAssistanceRequest::offences)
          .coercive(r -> r.content().coercive())
          .build();

  /** The lifecycle. */
  public static final TransitionTable<AssistanceStatus, AssistanceAction, StepContext<InvestigativeAssistanceRequest>>
      TABLE = AssistanceLifecycle.table(PROFILE);

  /** The engine for requests for identifying and tracing property. */
  public static final Workflow<InvestigativeAssistanceRequest, AssistanceStatus, AssistanceAction> WORKFLOW =
      new Workflow<>(RequestFamily.INVESTIGATIVE_ASSISTANCE, TABLE);
}
