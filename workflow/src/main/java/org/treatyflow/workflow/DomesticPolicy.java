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
   * BC 16(2), allows up to 90 days, renewable). This, not the period the requesting Party asks for,
   * sets a preservation longer than 60 days: the request binds the requested Party only as far as
   * its domestic law grants it.
   */
  default Optional<Integer> preservationDays(Party requestedParty) {
    return Optional.empty();
  }

  /**
   * Whether the requested Party's domestic law lets a preservation made on a foreign request be
   * renewed for a further period (BC 29 sets no maximum; the domestic counterpart, BC 16(2), lets a
   * Party allow renewal). False unless overridden.
   */
  default boolean allowsPreservationRenewal(Party party) {
    return false;
  }

  /**
   * How long the Party's FIU may postpone a transaction or withhold consent to it under its
   * domestic law (WC 47(1): the treaty sets no period). Empty when unknown: then no postponement
   * deadline can be computed, and the workflow says so rather than guessing.
   */
  default Optional<java.time.Duration> transactionPostponementPeriod(Party party) {
    return Optional.empty();
  }

  /**
   * Whether the Party has implemented in its domestic law the Second Protocol articles that need
   * it (2AP 6 to 9; 2AP 10 is self-executing). True unless overridden.
   */
  default boolean implementsProtocolArticle(Party party, int article) {
    return true;
  }

  /**
   * Whether the Party has suspended transfers of personal data to {@code recipient} under the
   * Second Protocol's data-protection safeguards (2AP 14, unverified in detail). False unless
   * overridden.
   */
  default boolean suspendsProtocolTransfersTo(Party party, Party recipient) {
    return false;
  }

  /**
   * Whether {@code requestedParty} requires an emergency request made orally through the 24/7
   * network to be confirmed in electronic form before it provides the data (2AP 9, unverified).
   * False unless overridden.
   */
  default boolean requiresElectronicConfirmation(Party requestedParty) {
    return false;
  }

  /**
   * Whether a mutual assistance treaty, or an arrangement on the basis of uniform or reciprocal
   * legislation, is in force between the two Parties and governs their cooperation (BC 27(1)). When
   * it does, BC 27(2)-(9) and BC 28 do not apply unless the Parties agree to apply them instead
   * ({@link #agreesToApplyBudapestArticle27}); the treaty's own procedure and grounds govern. False
   * unless overridden: then BC 27 and 28 apply. Asked of the requested Party's policy.
   */
  default boolean mutualAssistanceTreatyInForce(Party requestingParty, Party requestedParty) {
    return false;
  }

  /**
   * Whether the two Parties have agreed to apply BC 27(2)-(9) and BC 28 in place of the treaty in
   * force between them (BC 27(1), last sentence; BC 28(1)). False unless overridden.
   */
  default boolean agreesToApplyBudapestArticle27(Party requestingParty, Party requestedParty) {
    return false;
  }

  /**
   * Whether BC 27(2)-(9) and BC 28 govern a request from {@code requestingParty} to {@code
   * requestedParty}: when no treaty is in force between them, or they agree to apply them (BC 27(1)).
   */
  default boolean appliesBudapestArticle27(Party requestingParty, Party requestedParty) {
    return !mutualAssistanceTreatyInForce(requestingParty, requestedParty)
        || agreesToApplyBudapestArticle27(requestingParty, requestedParty);
  }
}
