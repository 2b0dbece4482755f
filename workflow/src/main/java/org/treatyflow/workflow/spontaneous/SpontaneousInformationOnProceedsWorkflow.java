package org.treatyflow.workflow.spontaneous;

import static org.treatyflow.model.common.Instrument.WARSAW;
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
import org.treatyflow.model.spontaneous.SpontaneousInformationOnProceeds;
import org.treatyflow.workflow.Guard;
import org.treatyflow.workflow.StepContext;
import org.treatyflow.workflow.TransitionTable;
import org.treatyflow.workflow.Workflow;

/**
 * The lifecycle of spontaneous information on instrumentalities and proceeds under the Warsaw
 * Convention, line by line as WC 20 and WC 43(3) read.
 *
 * <p>The providing Party sends the information without a prior request (WC 20), possibly requiring
 * that it be kept confidential. The receiving Party that accepts it is bound by the confidentiality
 * requirement, subject to its domestic law (WC 43(3)), or informs the providing Party promptly that
 * it cannot comply.
 *
 * <p>WC 43(3) binds the receiving Party to confidentiality only. The communication's conditions on
 * use (shared with BC 26, where they do bind) may still be filled in: they do not bind under WC
 * 43(3), {@link SpontaneousStatus#ACCEPTED_BOUND} means bound by confidentiality alone, and they
 * give no ground to say one cannot comply ({@link #CONFIDENTIALITY_REQUIRED}). The library does
 * not refuse to send WC 20 information that carries them: nothing in WC 20 or 43(3) forbids a
 * sender to state conditions, so a send guard would be stricter than the law and would stop a
 * lawful send (the engine has no warnings, only violations that block). The point is therefore
 * documented, not guarded. Unlike BC 26(2), the Warsaw
 * Convention speaks of confidentiality only and does not say what the providing Party does next: the
 * lines where it provides the information nevertheless or withholds it follow BC 26(2) by analogy
 * and are unverified.
 *
 * <p>Legal basis: WC 20, WC 43(3). Two lines (and their two actor guards) are unverified.
 */
public final class SpontaneousInformationOnProceedsWorkflow {
  private SpontaneousInformationOnProceedsWorkflow() {}

  /** The information may be sent only with the content WC 20 requires. */
  public static final Guard<StepContext<SpontaneousInformationOnProceeds>> INFORMATION_COMPLETE =
      SpontaneousGuards.complete("WC_20_INFORMATION_COMPLETE", WARSAW.cite(20));

  /** The Convention must bind both Parties on the day the information is sent. */
  public static final Guard<StepContext<SpontaneousInformationOnProceeds>> CONVENTION_IN_FORCE =
      SpontaneousGuards.inForce(
          "WC_20_CONVENTION_IN_FORCE",
          WARSAW.cite(20),
          Instrument.WARSAW,
          "Warsaw Convention",
          "Convention de Varsovie");

  /**
   * The receiving Party can say it cannot comply only with a confidentiality requirement: WC 43(3)
   * speaks of nothing else.
   */
  public static final Guard<StepContext<SpontaneousInformationOnProceeds>> CONFIDENTIALITY_REQUIRED =
      Guard.require(
          "WC_43_3_NO_CONFIDENTIALITY_REQUIRED",
          WARSAW.cite(43, 3),
          Verification.CONFIRMED,
          c -> c.request().confidentialityRequested(),
          "The information was sent without a confidentiality requirement: there is nothing the"
              + " receiving Party could be unable to comply with.",
          "L'information a été envoyée sans exigence de confidentialité : la Partie destinataire n'a"
              + " rien à quoi elle ne pourrait se conformer.");

  /** The lifecycle, top-down like WC 20 and WC 43(3). */
  public static final TransitionTable<
          SpontaneousStatus, SpontaneousAction, StepContext<SpontaneousInformationOnProceeds>>
      TABLE =
          TransitionTable.of(SpontaneousStatus.class, SpontaneousAction.class, context())
              .initial(DRAFT)
              .terminal(EnumSet.of(ACCEPTED_BOUND, PROVIDED_NEVERTHELESS, WITHHELD))
              .from(DRAFT).on(SEND).to(SENT).per(WARSAW.cite(20))
                  .when(
                      byProvidingParty(WARSAW.cite(20), Verification.CONFIRMED),
                      INFORMATION_COMPLETE,
                      CONVENTION_IN_FORCE)
              .from(SENT).on(ACCEPT).to(ACCEPTED_BOUND).per(WARSAW.cite(43, 3))
                  .when(byReceivingParty(WARSAW.cite(43, 3)))
              .from(SENT).on(CANNOT_COMPLY).to(CONDITIONS_REJECTED).per(WARSAW.cite(43, 3))
                  .when(byReceivingParty(WARSAW.cite(43, 3)), CONFIDENTIALITY_REQUIRED)
              .from(CONDITIONS_REJECTED).on(PROVIDE_NEVERTHELESS).to(PROVIDED_NEVERTHELESS)
                  .perUnverified(WARSAW.cite(43, 3))
                  .when(byProvidingParty(WARSAW.cite(43, 3), Verification.UNVERIFIED))
              .from(CONDITIONS_REJECTED).on(WITHHOLD).to(WITHHELD).perUnverified(WARSAW.cite(43, 3))
                  .when(byProvidingParty(WARSAW.cite(43, 3), Verification.UNVERIFIED))
              .build();

  /** The engine for spontaneous information on instrumentalities and proceeds under WC 20. */
  public static final Workflow<SpontaneousInformationOnProceeds, SpontaneousStatus, SpontaneousAction>
      WORKFLOW = new Workflow<>(RequestFamily.SPONTANEOUS_INFORMATION_ON_PROCEEDS, TABLE);

  @SuppressWarnings("unchecked")
  private static Class<StepContext<SpontaneousInformationOnProceeds>> context() {
    return (Class<StepContext<SpontaneousInformationOnProceeds>>) (Class<?>) StepContext.class;
  }
}
