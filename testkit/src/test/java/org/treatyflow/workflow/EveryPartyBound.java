package org.treatyflow.workflow;

import java.time.LocalDate;
import java.util.Set;
import org.treatyflow.model.common.Instrument;
import org.treatyflow.model.common.Party;
import org.treatyflow.model.registry.PartyRegistry;
import org.treatyflow.model.registry.PartyStatus;
import org.treatyflow.testkit.CommonArbitraries;

/**
 * A test registry in which every Party the testkit generates is bound by all three treaties since
 * 2000, without reservations, so that random runs get past the treaty checks.
 */
public final class EveryPartyBound {
  private EveryPartyBound() {}

  public static final PartyRegistry REGISTRY = registry(Set.of());

  /** The same registry, where {@code unbound} are bound by none of the treaties. */
  public static PartyRegistry except(Set<Party> unbound) {
    return registry(unbound);
  }

  private static PartyRegistry registry(Set<Party> unbound) {
    PartyRegistry.Builder builder =
        PartyRegistry.builder().asOf(LocalDate.of(2026, 1, 1)).addSources("Test registry: every Party bound");
    for (String code : CommonArbitraries.PARTY_CODES) {
      if (unbound.contains(Party.of(code))) {
        continue;
      }
      for (Instrument instrument : Instrument.values()) {
        builder.addStatuses(
            PartyStatus.builder()
                .party(Party.of(code))
                .name(code)
                .instrument(instrument)
                .inForce(LocalDate.of(2000, 1, 1))
                .inForceComputed(false)
                .verified(false)
                .note("test")
                .build());
      }
    }
    return builder.build();
  }
}
