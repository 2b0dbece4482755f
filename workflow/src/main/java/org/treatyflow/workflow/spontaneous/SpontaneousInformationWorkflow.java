package org.treatyflow.workflow.spontaneous;

import static org.treatyflow.model.common.Instrument.BUDAPEST;
import static org.treatyflow.workflow.spontaneous.SpontaneousAction.ACCEPT;
import static org.treatyflow.workflow.spontaneous.SpontaneousAction.CANNOT_COMPLY;
import static org.treatyflow.workflow.spontaneous.SpontaneousAction.PROVIDE_NEVERTHELESS;
import static org.treatyflow.workflow.spontaneous.SpontaneousAction.SEND;
import static org.treatyflow.workflow.spontaneous.SpontaneousAction.WITHHOLD;
import static org.treatyflow.workflow.spontaneous.SpontaneousGuards.byProvidingParty;
import static org.treatyflow.workflow.spontaneous.SpontaneousGuards.byReceivingParty;
import static org.treatyflow.workflow.spontaneous.SpontaneousStatus.ACCEPTED_BOUND;
import static org.treatyflow.workflow.spontaneous.SpontaneousStatus.CONDITIONS_REJECTED;
import static org.treatyflow.workflow.spontaneous.SpontaneousStatus.DRAFT;
import static org.treatyflow.workflow.spontaneous.SpontaneousStatus.PROVIDED_NEVERTHELESS;
import static org.treatyflow.workflow.spontaneous.SpontaneousStatus.SENT;
import static org.treatyflow.workflow.spontaneous.SpontaneousStatus.WITHHELD;

import java.util.EnumSet;
import org.treatyflow.model.common.Instrument;
import org.treatyflow.model.common.RequestFamily;
import org.treatyflow.model.common.Verification;
import org.treatyflow.model.spontaneous.SpontaneousInformation;
import org.treatyflow.workflow.Guard;
import org.treatyflow.workflow.StepContext;
import org.treatyflow.workflow.TransitionTable;
import org.treatyflow.workflow.Workflow;

/**
 * The lifecycle of spontaneous information under the Budapest Convention, line by line as BC 26
 * reads.
 *
 * <p>The providing Party sends information from its own investigations (BC 26(1)), possibly asking
 * that it be kept confidential or used only under conditions. The receiving Party either accepts it,
 * and is then bound by what is attached, or, where something is attached, says it cannot comply;
 * the providing Party then decides whether to provide the information nevertheless (BC 26(2)).
 *
 * <p>Legal basis: BC 26(1)-(2). No line or guard is unverified.
 */
public final class SpontaneousInformationWorkflow {
  private SpontaneousInformationWorkflow() {}

  /** The information may be sent only with the content BC 26(1) requires. */
  public static final Guard<StepContext<SpontaneousInformation>> INFORMATION_COMPLETE =
      SpontaneousGuards.complete("BC_26_1_INFORMATION_COMPLETE", BUDAPEST.cite(26, 1));

  /** The Convention must bind both Parties on the day the information is sent. */
  public static final Guard<StepContext<SpontaneousInformation>> CONVENTION_IN_FORCE =
      SpontaneousGuards.inForce(
          "BC_26_1_CONVENTION_IN_FORCE",
          BUDAPEST.cite(26, 1),
          Instrument.BUDAPEST,
          "Budapest Convention",
          "Convention de Budapest");

  /**
   * The receiving Party can say it cannot comply only with something attached: confidentiality or
   * conditions (BC 26(2)).
   */
  public static final Guard<StepContext<SpontaneousInformation>> CONDITIONS_ATTACHED =
      Guard.require(
          "BC_26_2_NOTHING_ATTACHED",
          BUDAPEST.cite(26, 2),
          Verification.CONFIRMED,
          c -> c.request().attachesConditions(),
          "The information was sent without confidentiality or conditions: there is nothing the"
              + " receiving Party could be unable to comply with.",
          "L'information a été envoyée sans confidentialité ni conditions : la Partie destinataire"
              + " n'a rien à quoi elle ne pourrait se conformer.");

  /** The lifecycle, top-down like BC 26. */
  public static final TransitionTable<SpontaneousStatus, SpontaneousAction, StepContext<SpontaneousInformation>>
      TABLE =
          TransitionTable.of(SpontaneousStatus.class, SpontaneousAction.class, context())
              .initial(DRAFT)
              .terminal(EnumSet.of(ACCEPTED_BOUND, PROVIDED_NEVERTHELESS, WITHHELD))
              .from(DRAFT).on(SEND).to(SENT).per(BUDAPEST.cite(26, 1))
                  .when(
                      byProvidingParty(BUDAPEST.cite(26, 1), Verification.CONFIRMED),
                      INFORMATION_COMPLETE,
                      CONVENTION_IN_FORCE)
              .from(SENT).on(ACCEPT).to(ACCEPTED_BOUND).per(BUDAPEST.cite(26, 2))
                  .when(byReceivingParty(BUDAPEST.cite(26, 2)))
              .from(SENT).on(CANNOT_COMPLY).to(CONDITIONS_REJECTED).per(BUDAPEST.cite(26, 2))
                  .when(byReceivingParty(BUDAPEST.cite(26, 2)), CONDITIONS_ATTACHED)
              .from(CONDITIONS_REJECTED).on(PROVIDE_NEVERTHELESS).to(PROVIDED_NEVERTHELESS)
                  .per(BUDAPEST.cite(26, 2))
                  .when(byProvidingParty(BUDAPEST.cite(26, 2), Verification.CONFIRMED))
              .from(CONDITIONS_REJECTED).on(WITHHOLD).to(WITHHELD).per(BUDAPEST.cite(26, 2))
                  .when(byProvidingParty(BUDAPEST.cite(26, 2), Verification.CONFIRMED))
              .build();

  /** The engine for spontaneous information under BC 26. */
  public static final Workflow<SpontaneousInformation, SpontaneousStatus, SpontaneousAction> WORKFLOW =
      new Workflow<>(RequestFamily.SPONTANEOUS_INFORMATION, TABLE);

  @SuppressWarnings("unchecked")
  private static Class<StepContext<SpontaneousInformation>> context() {
    return (Class<StepContext<SpontaneousInformation>>) (Class<?>) StepContext.class;
  }
}
