package org.treatyflow.workflow.assistance;

import static org.treatyflow.model.common.Instrument.BUDAPEST;

import org.treatyflow.model.assistance.RealTimeTrafficCollectionRequest;
import org.treatyflow.model.common.RequestFamily;
import org.treatyflow.workflow.StepContext;
import org.treatyflow.workflow.TransitionTable;
import org.treatyflow.workflow.Workflow;

/**
 * The lifecycle of mutual assistance in the collection in real time of traffic data associated with specified communications: the common skeleton on the Budapest track.
 *
 * <p>Legal basis: BC 33(1)-(2); BC 25(4), 27 and 28. Collection goes on over a period, so the results may be sent as they come (interim results, on BC 33(1)).
 */
public final class RealTimeTrafficWorkflow {
  private RealTimeTrafficWorkflow() {}

  /** What the skeleton needs to know of the family. */
  public static final AssistanceProfile<RealTimeTrafficCollectionRequest> PROFILE =
      AssistanceProfile.builder(RequestFamily.REAL_TIME_TRAFFIC_COLLECTION, RealTimeTrafficCollectionRequest.class)
          .track(AssistanceProfile.Track.BUDAPEST, AssistanceProfile.budapest(BUDAPEST.cite(33, 1)))
          .provision(AssistanceAction.TRANSMIT_INTERIM_RESULT, Provision.per(BUDAPEST.cite(33, 1)))
          .offences(RealTimeTrafficCollectionRequest::offences)
          .build();

  /** The lifecycle. */
  public static final TransitionTable<AssistanceStatus, AssistanceAction, StepContext<RealTimeTrafficCollectionRequest>>
      TABLE = AssistanceLifecycle.table(PROFILE);

  /** The engine for requests for real-time collection of traffic data. */
  public static final Workflow<RealTimeTrafficCollectionRequest, AssistanceStatus, AssistanceAction> WORKFLOW =
      new Workflow<>(RequestFamily.REAL_TIME_TRAFFIC_COLLECTION, TABLE);
}
