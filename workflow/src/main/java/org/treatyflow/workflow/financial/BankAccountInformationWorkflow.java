package org.treatyflow.workflow.financial;

import static org.treatyflow.model.common.Instrument.WARSAW;

import org.treatyflow.model.common.RequestFamily;
import org.treatyflow.model.financial.BankAccountInformationRequest;
import org.treatyflow.workflow.StepContext;
import org.treatyflow.workflow.TransitionTable;
import org.treatyflow.workflow.Workflow;
import org.treatyflow.workflow.assistance.AssistanceAction;
import org.treatyflow.workflow.assistance.AssistanceLifecycle;
import org.treatyflow.workflow.assistance.AssistanceProfile;
import org.treatyflow.workflow.assistance.AssistanceStatus;
import org.treatyflow.workflow.assistance.Provision;

/**
 * The lifecycle of a request for information on the bank accounts a person under criminal
 * investigation holds or controls: the common skeleton on the Warsaw track.
 *
 * <p>Legal basis: WC 17(1) (receiving, accepting and executing); WC 17(4) (the requested Party may
 * make execution depend on the conditions it applies to requests for search and seizure, so a
 * conditional grant rests on it; its content, reasons included, still follows WC 30 and 40); WC
 * 28-30, 34(6), 37(1), 38, 40, 41 and 43(1) through the skeleton. As a Section 2 request, dual
 * criminality (WC 28(1)(g)) may be raised only where it involves coercive action.
 */
public final class BankAccountInformationWorkflow {
  private BankAccountInformationWorkflow() {}

  /** What the skeleton needs to know of the family. */
  public static final AssistanceProfile<BankAccountInformationRequest> PROFILE =
      AssistanceProfile.builder(RequestFamily.BANK_ACCOUNT_INFORMATION, BankAccountInformationRequest.class)
          .track(AssistanceProfile.Track.WARSAW, AssistanceProfile.warsaw(WARSAW.cite(17, 1)))
          .provision(AssistanceAction.GRANT_CONDITIONALLY, Provision.per(WARSAW.cite(17, 4)))
          .offences(BankAccountInformationRequest::offences)
          .coercive(r -> r.content().coercive())
          .build();

  /** The lifecycle. */
  public static final TransitionTable<AssistanceStatus, AssistanceAction, StepContext<BankAccountInformationRequest>>
      TABLE = AssistanceLifecycle.table(PROFILE);

  /** The engine for requests for information on bank accounts. */
  public static final Workflow<BankAccountInformationRequest, AssistanceStatus, AssistanceAction> WORKFLOW =
      new Workflow<>(RequestFamily.BANK_ACCOUNT_INFORMATION, TABLE);
}
