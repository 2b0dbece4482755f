package org.treatyflow.workflow.direct;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.treatyflow.model.disclosure.SubscriberInformationOrder;
import org.treatyflow.workflow.CaseFile;
import org.treatyflow.workflow.Environment;
import org.treatyflow.workflow.HistoryEvent;
import org.treatyflow.workflow.TreatyPeriods;

/**
 * The provider's time to disclose under a direct order, derived from the case history rather than
 * stored, so that a case restored from its history has the same deadline.
 *
 * <p>Legal basis: 2AP 7(7) (unverified): 30 days from receipt of the order ({@link
 * TreatyPeriods#subscriberOrderResponse()}), or the time frame the order sets if that is longer.
 *
 * <p>Counting rule (the library's): the order counts as received when it is served; the period
 * starts on the day after, in the requested Party's time zone ({@link
 * org.treatyflow.workflow.DomesticPolicy#timeZone}), runs in calendar days, and ends at the start of
 * the day after its last day in that zone. Counting days of the calendar keeps the deadline right
 * across changes of daylight-saving time.
 */
public final class DirectOrderDeadlines {
  private static final Set<DirectOrderStatus> AWAITING_PROVIDER =
      EnumSet.of(DirectOrderStatus.SERVED_ON_PROVIDER, DirectOrderStatus.PROVIDER_CONSULTING_AUTHORITY);

  private DirectOrderDeadlines() {}

  /**
   * When the provider's time to disclose ends, while the order is served and the provider has not
   * answered; empty otherwise (before service, and once disclosed, declined, blocked or withdrawn).
   * Never null.
   */
  public static Optional<Instant> responseDue(
      CaseFile<SubscriberInformationOrder, DirectOrderStatus, DirectOrderAction> caseFile,
      Environment environment) {
    if (!AWAITING_PROVIDER.contains(caseFile.status())) {
      return Optional.empty();
    }
    ZoneId zone = environment.policy().timeZone(caseFile.request().header().requestedParty());
    Period orderTimeFrame = caseFile.request().returnWithinDays().map(Period::ofDays).orElse(Period.ZERO);
    return caseFile.lastEventInto(DirectOrderStatus.SERVED_ON_PROVIDER)
        .map(HistoryEvent::at)
        .map(served -> end(served, environment.periods().subscriberOrderResponse(), orderTimeFrame, zone));
  }

  /**
   * The end of the longer of {@code treatyPeriod} and {@code orderTimeFrame} begun at {@code
   * served}, counted in {@code zone}.
   */
  static Instant end(Instant served, Period treatyPeriod, Period orderTimeFrame, ZoneId zone) {
    LocalDate firstDay = LocalDate.ofInstant(served, zone).plusDays(1);
    LocalDate byTreaty = firstDay.plus(treatyPeriod);
    LocalDate byOrder = firstDay.plus(orderTimeFrame);
    LocalDate dayAfterLast = byOrder.isAfter(byTreaty) ? byOrder : byTreaty;
    return dayAfterLast.atStartOfDay(zone).toInstant();
  }
}
