package org.treatyflow.workflow;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Period;
import org.treatyflow.model.preservation.PreservationRequest;

/**
 * The periods the treaties set, as data. Where the legal reference could not confirm a number
 * against the treaty text it is a default that a user can override here, never a constant in a rule.
 *
 * @param preservationMinimum BC 29(7): at least 60 days (confirmed); given in days only, as the
 *     article counts it
 * @param subscriberOrderResponse 2AP 7(7): 30 days, or the longer period of the order (unverified)
 * @param productionOrderService 2AP 8(6)(a): reasonable efforts to serve within 45 days (unverified)
 * @param productionOrderSubscriberReturn 2AP 8(6)(a)(i): 20 days for subscriber information (unverified)
 * @param productionOrderTrafficReturn 2AP 8(6)(a)(ii): 45 days for traffic data (unverified)
 */
public record TreatyPeriods(
    Period preservationMinimum,
    Period subscriberOrderResponse,
    Period productionOrderService,
    Period productionOrderSubscriberReturn,
    Period productionOrderTrafficReturn) {

  /** The periods of the legal reference. */
  public static final TreatyPeriods DEFAULTS =
      new TreatyPeriods(
          Period.ofDays(PreservationRequest.MINIMUM_PRESERVATION_DAYS),
          Period.ofDays(30), Period.ofDays(45), Period.ofDays(20), Period.ofDays(45));

  public TreatyPeriods {
    for (Period p : new Period[] {
      preservationMinimum, subscriberOrderResponse, productionOrderService,
      productionOrderSubscriberReturn, productionOrderTrafficReturn}) {
      checkArgument(p != null && !p.isNegative() && !p.isZero(), "TreatyPeriods: every period must be positive, was %s", p);
    }
    checkArgument(
        preservationMinimum.toTotalMonths() == 0,
        "TreatyPeriods.preservationMinimum must be given in days, was %s",
        preservationMinimum);
  }
}
