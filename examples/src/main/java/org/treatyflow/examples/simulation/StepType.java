package org.treatyflow.examples.simulation;

/**
 * The kinds of waiting time in a simulated case, each with a default mean in days. Every delay is
 * drawn at random around its mean (an Erlang distribution of shape 2, so that very short and very
 * long delays are both rare), and the means are set in {@link SimulationConfig#meanDays()}.
 *
 * <p>The defaults are illustrative assumptions for training, not measurements.
 */
public enum StepType {
  /** The preservation request travels through the 24/7 network. */
  PRESERVATION_TRANSMISSION(0.5, "Sending a preservation request through the 24/7 network"),
  /** The requested Party preserves the data, refuses, or warns that preservation will not help. */
  PRESERVATION_EXECUTION(3, "Requested Party: from receipt of a preservation request to its decision"),
  /** The requesting Party, warned under BC 29(6), decides whether preservation should go ahead. */
  REQUESTER_DECISION(2, "Requesting Party: deciding after a warning that preservation will not help"),
  /** The requesting Party drafts, translates and sends the follow-up request for the data. */
  FOLLOW_UP_PREPARATION(40, "Requesting Party: preparing the follow-up request for the preserved data"),
  /** A mutual assistance request travels between central authorities. */
  TRANSMISSION(10, "Sending a mutual assistance request between central authorities"),
  /** The requested Party acknowledges a request it received. */
  ACKNOWLEDGEMENT(3, "Requested Party: from receipt to acknowledgement"),
  /** The requested Party examines a request and decides on it. */
  REVIEW(20, "Requested Party: examining a request and deciding on it"),
  /** The requesting Party sends the amendments asked for. */
  AMENDMENT_SUPPLY(15, "Requesting Party: sending the amendments asked for"),
  /** The requested Party executes an accepted request for data or bank information. */
  EXECUTION(45, "Requested Party: executing an accepted request for data or bank information"),
  /** The requesting Party prepares its request for bank account information. */
  FINANCIAL_PREPARATION(20, "Requesting Party: preparing the request for bank account information"),
  /** The requesting Party prepares its request for freezing once it knows the accounts. */
  FREEZING_PREPARATION(7, "Requesting Party: preparing the request for freezing"),
  /** The requested Party puts an accepted freezing into effect. */
  FREEZING(3, "Requested Party: from acceptance to the freezing taking effect"),
  /** The requesting Party obtains a confiscation order and sends the confiscation request. */
  CONVICTION(300, "Requesting Party: from the freezing to a confiscation order and request"),
  /** The requested Party executes an accepted confiscation request. */
  CONFISCATION_EXECUTION(90, "Requested Party: executing an accepted confiscation request"),
  /** The requesting Party asks for the return or sharing of the confiscated property. */
  DISPOSAL_PREPARATION(30, "Requesting Party: preparing the request for return or sharing"),
  /** The requested Party returns or shares the confiscated property. */
  DISPOSAL(30, "Requested Party: from acceptance to returning or sharing the property"),
  /** The suspects move part of the proceeds not yet frozen (a hazard, not a step of the procedure). */
  ASSET_MOVE(120, "Suspects: mean time between two moves of proceeds not yet frozen");

  private final double defaultMeanDays;
  private final String description;

  StepType(double defaultMeanDays, String description) {
    this.defaultMeanDays = defaultMeanDays;
    this.description = description;
  }

  /** The mean delay in days used unless the configuration says otherwise; positive. */
  public double defaultMeanDays() {
    return defaultMeanDays;
  }

  /** What the delay covers, in a phrase for a trainer. */
  public String description() {
    return description;
  }
}
