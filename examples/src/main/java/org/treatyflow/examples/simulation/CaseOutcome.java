package org.treatyflow.examples.simulation;

import java.util.List;
import java.util.Map;
import org.treatyflow.model.refusal.GroundForRefusal;

/**
 * What one finished case contributes to the report. Durations are in days ({@code NaN} when the
 * event did not happen); amounts in euro cents.
 *
 * @param preserved whether the data was preserved (BC 29(3), or after a BC 29(6) warning)
 * @param daysToPreservation from sending the preservation request to preservation
 * @param preservationExpired whether the preservation period ran out before the follow-up arrived
 * @param refusals the grounds of every refusal in the case, in order
 * @param breaches the deadlines missed, by kind
 * @param freezingTookEffect whether a freezing took effect (WC 21)
 * @param daysToFreezing from the opening of the case to the freezing taking effect
 * @param proceedsCents the proceeds of the case
 * @param dissipatedCents the part the suspects moved before any freezing took effect
 * @param frozenCents the part frozen
 * @param confiscatedCents the part confiscated (WC 23)
 * @param returnedCents the part returned to the requesting Party for the victims (WC 25(2))
 * @param sharedCents the part of the requesting Party under a sharing (WC 25(3))
 * @param abandoned whether the case stopped because the library rejected one of its steps
 */
record CaseOutcome(
    boolean preserved,
    double daysToPreservation,
    boolean preservationExpired,
    List<GroundForRefusal> refusals,
    Map<DeadlineKind, Integer> breaches,
    boolean freezingTookEffect,
    double daysToFreezing,
    long proceedsCents,
    long dissipatedCents,
    long frozenCents,
    long confiscatedCents,
    long returnedCents,
    long sharedCents,
    boolean abandoned) {}
