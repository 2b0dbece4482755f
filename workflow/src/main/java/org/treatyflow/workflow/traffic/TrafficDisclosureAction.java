package org.treatyflow.workflow.traffic;

/** The steps of an expedited disclosure of preserved traffic data (BC 30). Adding a constant is a breaking change. */
public enum TrafficDisclosureAction {
  /** The disclosing Party sends the traffic data (BC 30(1)). */
  DISCLOSE,
  /** The disclosing Party refuses, on a ground of BC 30(2) only. */
  REFUSE
}
