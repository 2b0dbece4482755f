package org.treatyflow.workflow;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.treatyflow.model.common.Party;

/**
 * What the treaties leave to each Party's domestic law. Implement it for the Parties you deal with;
 * the defaults are neutral (UTC, no domestic periods).
 */
public interface DomesticPolicy {
  /** A policy with all defaults. */
  DomesticPolicy DEFAULTS = new DomesticPolicy() {};

  /** The time zone in which the Party counts its periods. UTC unless overridden. */
  default ZoneId timeZone(Party party) {
    return ZoneOffset.UTC;
  }

  /**
   * The period, in days, for which the requested Party preserves data on a foreign request under
   * its domestic law, where longer than the BC 29(7) minimum of 60 days (the domestic counterpart,
   * BC 16(2), allows up to 90 days, renewable).
   */
  default Optional<Integer> preservationDays(Party requestedParty) {
    return Optional.empty();
  }
}
