package org.treatyflow.workflow.assistance;

import static org.treatyflow.model.common.Instrument.BUDAPEST;

import java.util.List;
import org.treatyflow.model.assistance.MutualAssistanceRequest;
import org.treatyflow.model.common.RequestFamily;
import org.treatyflow.workflow.Guard;
import org.treatyflow.workflow.StepContext;
import org.treatyflow.workflow.TransitionTable;
import org.treatyflow.workflow.Workflow;

/**
 * The lifecycle of general mutual assistance under the Budapest Convention: the common skeleton
 * ({@link AssistanceLifecycle}) on the Budapest track.
 *
 * <p>Legal basis: BC 25(1), (4); BC 27(1)-(9) and 28, which govern only where no mutual assistance
 * treaty is in force between the two Parties, or they agree to apply them (BC 27(1); {@link
 * org.treatyflow.workflow.DomesticPolicy#appliesBudapestArticle27}). Where they govern, the request
 * must also respect the BC 27(9) channel rules when it is sent.
 */
public final class MutualAssistanceWorkflow {
  private MutualAssistanceWorkflow() {}

  /**
   * Where BC 27 governs, a request sent directly between judicial authorities must be urgent, and
   * one sent directly between competent authorities must involve no coercive action (BC 27(9)).
   */
  public static final Guard<StepContext<MutualAssistanceRequest>> CHANNEL_RULES =
      Guard.computed(
          "BC_27_9_CHANNEL",
          BUDAPEST.cite(27, 9),
          c ->
              AssistanceGuards.budapestArticle27Applies(c)
                  ? MutualAssistanceRequest.BC_27_9_CHANNEL_RULES.check(c.request())
                  : List.of());

  /** What the skeleton needs to know of the family. */
  public static final AssistanceProfile<MutualAssistanceRequest> PROFILE =
      AssistanceProfile.builder(RequestFamily.MUTUAL_ASSISTANCE, MutualAssistanceRequest.class)
          .track(AssistanceProfile.Track.BUDAPEST, AssistanceProfile.budapest(BUDAPEST.cite(25, 1)))
          .offences(MutualAssistanceRequest::offences)
          .coercive(MutualAssistanceRequest::coercive)
          .guard(AssistanceAction.SUBMIT, CHANNEL_RULES)
          .build();

  /** The lifecycle. */
  public static final TransitionTable<AssistanceStatus, AssistanceAction, StepContext<MutualAssistanceRequest>>
      TABLE = AssistanceLifecycle.table(PROFILE);

  /** The engine for mutual assistance requests. */
  public static final Workflow<MutualAssistanceRequest, AssistanceStatus, AssistanceAction> WORKFLOW =
      new Workflow<>(RequestFamily.MUTUAL_ASSISTANCE, TABLE);
}
