package org.treatyflow.testkit.workflow;

import java.util.EnumSet;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;
import org.treatyflow.model.common.Authority;
import org.treatyflow.model.spontaneous.SpontaneousCommunication;
import org.treatyflow.model.spontaneous.SpontaneousInformation;
import org.treatyflow.model.spontaneous.SpontaneousInformationOnProceeds;
import org.treatyflow.workflow.spontaneous.SpontaneousAction;
import org.treatyflow.workflow.spontaneous.SpontaneousStatus;

/**
 * The steps of spontaneous information, under BC 26 ({@link SpontaneousInformation}) and WC 20
 * with WC 43(3) ({@link SpontaneousInformationOnProceeds}), in a generated run ({@link
 * WorkflowChains}): nine times in ten by the Party whose step it is (the receiving Party accepts or
 * says it cannot comply; the providing Party sends, provides nevertheless or withholds), otherwise
 * by the other Party. No step carries a document.
 *
 * <p>The receiver can say it cannot comply only with what is attached (BC 26(2): confidentiality
 * or conditions; WC 43(3): confidentiality), and the information is sent only where the treaty
 * binds both Parties: the acts and the registry of the run decide whether those lines can be taken.
 *
 * <p>Legal basis: BC 26(1)-(2); WC 20, WC 43(3).
 */
public final class SpontaneousSteps {
  /** The steps the receiving Party takes; the providing Party takes the others. */
  private static final Set<SpontaneousAction> BY_RECEIVING_PARTY =
      EnumSet.of(SpontaneousAction.ACCEPT, SpontaneousAction.CANNOT_COMPLY);

  private SpontaneousSteps() {}

  /** Steps of either family, mostly by the Party whose step it is. */
  public static <R extends SpontaneousCommunication> StepMaker<R, SpontaneousStatus, SpontaneousAction> maker() {
    return (caseFile, action, environment) -> {
      R information = caseFile.request();
      Authority providing = information.providingAuthority();
      Authority receiving = information.receivingAuthority();
      Authority right = BY_RECEIVING_PARTY.contains(action) ? receiving : providing;
      Authority wrong = right == receiving ? providing : receiving;
      Arbitrary<Authority> actors = Arbitraries.frequency(Tuple.of(9, right), Tuple.of(1, wrong));
      return actors.map(StepInput::by);
    };
  }

  /** Steps of BC 26 information. */
  public static StepMaker<SpontaneousInformation, SpontaneousStatus, SpontaneousAction> budapest() {
    return maker();
  }

  /** Steps of WC 20 information on instrumentalities and proceeds. */
  public static StepMaker<SpontaneousInformationOnProceeds, SpontaneousStatus, SpontaneousAction> warsaw() {
    return maker();
  }
}
