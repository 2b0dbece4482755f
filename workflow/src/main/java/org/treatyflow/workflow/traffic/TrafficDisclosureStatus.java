package org.treatyflow.workflow.traffic;

/**
 * Where an expedited disclosure of preserved traffic data stands (BC 30). Adding a constant is a
 * breaking change.
 */
public enum TrafficDisclosureStatus {
  /**
   * Executing a preservation request, the requested Party found a service provider in another State
   * in the path of the communication: it must disclose expeditiously (BC 30(1)).
   */
  OBLIGED,
  /** The traffic data was disclosed to the requesting Party of the preservation. Terminal. */
  DISCLOSED,
  /** Refused on a ground of BC 30(2), the only ones admitted. Terminal. */
  REFUSED
}
