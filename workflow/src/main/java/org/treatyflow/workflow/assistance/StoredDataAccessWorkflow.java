package org.treatyflow.workflow.assistance;

import static org.treatyflow.model.common.Instrument.BUDAPEST;

import org.treatyflow.model.assistance.StoredDataAccessRequest;
import org.treatyflow.model.common.RequestFamily;
import org.treatyflow.workflow.StepContext;
import org.treatyflow.workflow.TransitionTable;
import org.treatyflow.workflow.Workflow;

/**
 * The lifecycle of mutual assistance to search or similarly access, seize or similarly secure, and
 * disclose stored computer data, including data preserved under BC 29: the common skeleton on the
 * Budapest track.
 *
 * <p>Legal basis: BC 31(1)-(3); BC 25(4), 27 and 28 (BC 31(2): the applicable instruments and
 * Chapter III). Its effect on a preceding preservation (BC 29(7): the data stays preserved until a
 * decision on this request) is a rule of the preservation's workflow.
 */
public final class StoredDataAccessWorkflow {
  private StoredDataAccessWorkflow() {}

  /** What the skeleton needs to know of the family. */
  public static final AssistanceProfile<StoredDataAccessRequest> PROFILE =
      AssistanceProfile.builder(RequestFamily.STORED_DATA_ACCESS, StoredDataAccessRequest.class)
          .track(AssistanceProfile.Track.BUDAPEST, AssistanceProfile.budapest(BUDAPEST.cite(31, 1)))
          .provision(AssistanceAction.TRANSMIT_RESULT, Provision.per(BUDAPEST.cite(31, 3)))
          .offences(StoredDataAccessRequest::offences)
          .build();

  /** The lifecycle. */
  public static final TransitionTable<AssistanceStatus, AssistanceAction, StepContext<StoredDataAccessRequest>>
      TABLE = AssistanceLifecycle.table(PROFILE);

  /** The engine for requests for access to stored data. */
  public static final Workflow<StoredDataAccessRequest, AssistanceStatus, AssistanceAction> WORKFLOW =
      new Workflow<>(RequestFamily.STORED_DATA_ACCESS, TABLE);
}
