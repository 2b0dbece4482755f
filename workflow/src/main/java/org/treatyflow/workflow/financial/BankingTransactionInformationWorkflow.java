package org.treatyflow.workflow.financial;

import static org.treatyflow.model.common.Instrument.WARSAW;

import org.treatyflow.model.common.RequestFamily;
import org.treatyflow.model.financial.BankingTransactionInformationRequest;
import org.treatyflow.workflow.StepContext;
import org.treatyflow.workflow.TransitionTable;
import org.treatyflow.workflow.Workflow;
import org.treatyflow.workflow.assistance.AssistanceAction;
import org.treatyflow.workflow.assistance.AssistanceLifecycle;
import org.treatyflow.workflow.assistance.AssistanceProfile;
import org.treatyflow.workflow.assistance.AssistanceStatus;
import org.treatyflow.workflow.assistance.Provision;

/**
 * The lifecycle of a request for the particulars of specified bank accounts and of the banking
 * operations carried out through them during a specified period: the common skeleton on the Warsaw
 * track.
 *
 * <p>Legal basis: WC 18(1) (receiving, accepting and executing); WC 18(4) (conditions as for search
 * and seizure, so a conditional grant rests on it; its content still follows WC 30 and 40); WC
 * 28-30, 34(6), 37(1), 38, 40, 41 and 43(1) through the skeleton. As a Section 2 request, dual
 * criminality (WC 28(1)(g)) may be raised only where it involves coercive action.
 */
public final class BankingTransactionInformationWorkflow {
  private BankingTransactionInformationWorkflow() {}

  /** What the skeleton needs to know of the family. */
  public static final AssistanceProfile<BankingTransactionInformationRequest> PROFILE =
      AssistanceProfile.builder(
              RequestFamily.BANKING_TRANSACTION_INFORMATION, BankingTransactionInformationRequest.class)
          .track(AssistanceProfile.Track.WARSAW, AssistanceProfile.warsaw(WARSAW.cite(18, 1)))
          .provision(AssistanceAction.GRANT_CONDITIONALLY, Provision.per(WARSAW.cite(18, 4)))
          .offences(BankingTransactionInformationRequest::offences)
          .coercive(r -> r.content().coercive())
          .build();

  /** The lifecycle. */
  public static final TransitionTable<AssistanceStatus, AssistanceAction, StepContext<BankingTransactionInformationRequest>>
      TABLE = AssistanceLifecycle.table(PROFILE);

  /** The engine for requests for information on banking transactions. */
  public static final Workflow<BankingTransactionInformationRequest, AssistanceStatus, AssistanceAction> WORKFLOW =
      new Workflow<>(RequestFamily.BANKING_TRANSACTION_INFORMATION, TABLE);
}
