package org.treatyflow.workflow;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Clock;
import org.treatyflow.model.registry.PartyRegistry;

/**
 * What the rules read besides the case: which treaties bind which Parties (the registry), the time
 * (an injected clock), and what the treaties leave to domestic law (the policy).
 *
 * @param registry the Parties, treaties in force, reservations and declarations
 * @param clock the clock every step and deadline is read from
 * @param policy the domestic-law choices of the Parties
 * @param periods the periods the treaties set, overridable where unverified
 * @param cases the other cases, for rules linking a follow-up to its origin
 */
public record Environment(
    PartyRegistry registry,
    Clock clock,
    DomesticPolicy policy,
    TreatyPeriods periods,
    LinkedCases cases) {
  public Environment {
    checkNotNull(registry, "registry");
    checkNotNull(clock, "clock");
    checkNotNull(policy, "policy");
    checkNotNull(periods, "periods");
    checkNotNull(cases, "cases");
  }

  /** An environment that knows no other case. */
  public Environment(PartyRegistry registry, Clock clock, DomesticPolicy policy, TreatyPeriods periods) {
    this(registry, clock, policy, periods, LinkedCases.NONE);
  }

  /** An environment with the treaty periods of the legal reference. */
  public Environment(PartyRegistry registry, Clock clock, DomesticPolicy policy) {
    this(registry, clock, policy, TreatyPeriods.DEFAULTS);
  }

  /** The same environment, finding other cases in {@code cases}. */
  public Environment withCases(LinkedCases cases) {
    return new Environment(registry, clock, policy, periods, cases);
  }
}
