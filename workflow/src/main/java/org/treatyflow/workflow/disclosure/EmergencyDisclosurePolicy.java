package org.treatyflow.workflow.disclosure;

import org.treatyflow.model.common.Party;
import org.treatyflow.workflow.DomesticPolicy;

/**
 * What 2AP 9 leaves to each Party beyond {@link DomesticPolicy}: whether it requires an oral
 * emergency request to be confirmed in electronic form before it provides data (2AP 9,
 * unverified). Implement it in the environment's policy; a plain {@link DomesticPolicy} requires
 * no confirmation, like its other neutral defaults.
 */
public interface EmergencyDisclosurePolicy extends DomesticPolicy {
  /**
   * Whether {@code requestedParty} requires an oral request to be confirmed in electronic form
   * before it provides the data. False unless overridden.
   */
  default boolean requiresElectronicConfirmation(Party requestedParty) {
    return false;
  }

  /** Whether {@code policy} requires the confirmation for {@code requestedParty}. */
  static boolean requiresElectronicConfirmation(DomesticPolicy policy, Party requestedParty) {
    return policy instanceof EmergencyDisclosurePolicy p && p.requiresElectronicConfirmation(requestedParty);
  }
}
