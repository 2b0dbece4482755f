package org.treatyflow.workflow.assistance;

import static org.treatyflow.model.common.Instrument.BUDAPEST;

import org.treatyflow.model.assistance.InterceptionRequest;
import org.treatyflow.model.common.RequestFamily;
import org.treatyflow.workflow.StepContext;
import org.treatyflow.workflow.TransitionTable;
import org.treatyflow.workflow.Workflow;

/**
 * The lifecycle of mutual assistance in the real-time collection or recording of content data of specified communications: the common skeleton on the Budapest track.
 *
 * <p>Legal basis: BC 34, which leaves it to the Parties' applicable treaties and domestic laws; BC 25(4), 27 and 28. The results may be sent as they come (interim results, on BC 34).
 */
public final class InterceptionWorkflow {
  private InterceptionWorkflow() {}

  /** What the skeleton needs to know of the family. */
  public static final AssistanceProfile<InterceptionRequest> PROFILE =
      AssistanceProfile.builder(RequestFamily.CONTENT_INTERCEPTION, InterceptionRequest.class)
          .track(AssistanceProfile.Track.BUDAPEST, AssistanceProfile.budapest(BUDAPEST.cite(34)))
          .provision(AssistanceAction.TRANSMIT_INTERIM_RESULT, Provision.per(BUDAPEST.cite(34)))
          .offences(InterceptionRequest::offences)
          .build();

  /** The lifecycle. */
  public static final TransitionTable<AssistanceStatus, AssistanceAction, StepContext<InterceptionRequest>>
      TABLE = AssistanceLifecycle.table(PROFILE);

  /** The engine for requests for interception of content data. */
  public static final Workflow<InterceptionRequest, AssistanceStatus, AssistanceAction> WORKFLOW =
      new Workflow<>(RequestFamily.CONTENT_INTERCEPTION, TABLE);
}
