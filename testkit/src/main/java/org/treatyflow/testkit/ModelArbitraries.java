package org.treatyflow.testkit;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.treatyflow.model.common.CooperationAct;

/** Arbitraries that span the whole model: any act of any family, complete. */
public final class ModelArbitraries {
  private ModelArbitraries() {}

  /** The generators of every family, one per family group. */
  public static List<Arbitrary<CooperationAct>> actsByGroup() {
    return List.of(
        PreservationArbitraries.acts(),
        SpontaneousArbitraries.acts(),
        TransBorderArbitraries.acts(),
        AssistanceArbitraries.acts(),
        FinancialArbitraries.acts(),
        FiuArbitraries.acts(),
        DisclosureArbitraries.acts(),
        ProvisionalArbitraries.acts(),
        ConfiscationArbitraries.acts(),
        ReplyArbitraries.acts());
  }

  /** A complete act of any family. */
  public static Arbitrary<CooperationAct> acts() {
    return Arbitraries.oneOf(actsByGroup());
  }
}
