package org.treatyflow.workflow.disclosure;

import static org.treatyflow.model.common.Instrument.SECOND_PROTOCOL;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.treatyflow.model.common.ArticleCitation;
import org.treatyflow.model.common.DataCategory;
import org.treatyflow.model.common.DataItem;
import org.treatyflow.model.common.Verification;
import org.treatyflow.model.disclosure.ForeignProductionOrderRequest;
import org.treatyflow.workflow.CaseFile;
import org.treatyflow.workflow.Environment;
import org.treatyflow.workflow.HistoryEvent;
import org.treatyflow.workflow.TreatyPeriods;
import org.treatyflow.workflow.assistance.AssistanceAction;
import org.treatyflow.workflow.assistance.AssistanceStatus;

/**
 * The 2AP 8(6) deadlines of a request to give effect to a foreign production order, derived from
 * the case history, never stored: a case restored from its history has the same deadlines.
 *
 * <p>Legal basis (all unverified): 2AP 8(6)(a), reasonable efforts to serve the order on the
 * provider within 45 days of receiving all the required information ({@link
 * TreatyPeriods#productionOrderService()}); 2AP 8(6)(a)(i) and (ii), the provider ordered to return
 * subscriber information within 20 days and traffic data within 45 days ({@link
 * TreatyPeriods#productionOrderSubscriberReturn()}, {@link
 * TreatyPeriods#productionOrderTrafficReturn()}); 2AP 8(8), the requested Party notifies
 * circumstances likely to cause significant delay. The periods come from {@link
 * Environment#periods()} and may be overridden there.
 *
 * <p>When all information counts as received (the library's choice): at the requested Party's
 * receipt of the request ({@link AssistanceAction#RECEIVE}), or, where it asked for more
 * information ({@link AssistanceAction#REQUEST_AMENDMENT}), at the last {@link
 * AssistanceAction#SUPPLY_AMENDMENT}: the period restarts with each supply, since it is only then
 * that the requested Party holds everything it asked for. While it awaits information there is no
 * service date. The order counts as served on the provider at {@link
 * AssistanceAction#START_EXECUTION}.
 *
 * <p>Counting rule (the library's): a period starts on the day after its starting event, in the
 * requested Party's time zone ({@link org.treatyflow.workflow.DomesticPolicy#timeZone}), runs in
 * calendar days and ends at the start of the day after its last day in that zone, so it is right
 * across changes of daylight-saving time.
 *
 * <p>A passed date is a {@link DeadlineBreached} fact, not a refusal or any other step: the case
 * stays where it is, and the requested Party owes the requesting Party a notice of the delay
 * ({@link #delayNotificationOwed}), recorded with {@link AssistanceAction#REPORT_DELAY}.
 */
public final class ForeignProductionOrderDeadlines {
  /** 2AP 8(6)(a): serving the order on the provider (unverified). */
  public static final ArticleCitation SERVICE = SECOND_PROTOCOL.cite(8, 6, "a");
  /** 2AP 8(6)(a)(i): the return of subscriber information (unverified). */
  public static final ArticleCitation SUBSCRIBER_RETURN = SECOND_PROTOCOL.cite(8, 6, "a", "i");
  /** 2AP 8(6)(a)(ii): the return of traffic data (unverified). */
  public static final ArticleCitation TRAFFIC_RETURN = SECOND_PROTOCOL.cite(8, 6, "a", "ii");

  /** The statuses in which the order has been received in full and not yet served. */
  private static final Set<AssistanceStatus> AWAITING_SERVICE =
      EnumSet.of(
          AssistanceStatus.RECEIVED,
          AssistanceStatus.UNDER_REVIEW,
          AssistanceStatus.CONDITIONALLY_GRANTED,
          AssistanceStatus.POSTPONED,
          AssistanceStatus.ACCEPTED);

  private ForeignProductionOrderDeadlines() {}

  /** A deadline of 2AP 8(6). */
  public enum Deadline {
    /** Serve the order on the provider (2AP 8(6)(a)). */
    SERVICE(ForeignProductionOrderDeadlines.SERVICE),
    /** The provider returns the subscriber information (2AP 8(6)(a)(i)). */
    SUBSCRIBER_INFORMATION_RETURN(SUBSCRIBER_RETURN),
    /** The provider returns the traffic data (2AP 8(6)(a)(ii)). */
    TRAFFIC_DATA_RETURN(TRAFFIC_RETURN);

    private final ArticleCitation citation;

    Deadline(ArticleCitation citation) {
      this.citation = citation;
    }

    /** The paragraph that sets it. */
    public ArticleCitation citation() {
      return citation;
    }
  }

  /**
   * A deadline of 2AP 8(6) that passed while the step it is for was not taken: a fact to act on
   * (notify the delay, 2AP 8(8)), not a refusal.
   *
   * @param deadline which deadline
   * @param due when it ended
   * @param citation the paragraph that sets it
   * @param verification always unverified: the 2AP text was not read
   */
  public record DeadlineBreached(
      Deadline deadline, Instant due, ArticleCitation citation, Verification verification) {}

  /**
   * When the requested Party held all the information it needed: the last of the receipt and the
   * amendments supplied; empty before receipt and while it awaits amendments.
   */
  public static Optional<Instant> allInformationReceived(
      CaseFile<ForeignProductionOrderRequest, AssistanceStatus, AssistanceAction> caseFile) {
    if (caseFile.status() == AssistanceStatus.AWAITING_AMENDMENT) {
      return Optional.empty();
    }
    Optional<Instant> received = Optional.empty();
    for (HistoryEvent<AssistanceStatus, AssistanceAction> e : caseFile.history()) {
      if (e.action() == AssistanceAction.RECEIVE || e.action() == AssistanceAction.SUPPLY_AMENDMENT) {
        received = Optional.of(e.at());
      }
    }
    return received;
  }

  /** When the order was served on the provider (execution started); empty before. */
  public static Optional<Instant> served(
      CaseFile<ForeignProductionOrderRequest, AssistanceStatus, AssistanceAction> caseFile) {
    return caseFile.history().stream()
        .filter(e -> e.action() == AssistanceAction.START_EXECUTION)
        .map(HistoryEvent::at)
        .findFirst();
  }

  /**
   * By when the requested Party is to have served the order on the provider, while it holds all
   * information and has not served it; empty otherwise.
   */
  public static Optional<Instant> serviceDue(
      CaseFile<ForeignProductionOrderRequest, AssistanceStatus, AssistanceAction> caseFile,
      Environment environment) {
    if (!AWAITING_SERVICE.contains(caseFile.status())) {
      return Optional.empty();
    }
    return allInformationReceived(caseFile)
        .map(start -> end(start, environment.periods().productionOrderService(), zone(caseFile, environment)));
  }

  /**
   * By when the provider is to return the data of {@code category} (subscriber information or
   * traffic data), while the order is served and the results are not yet sent; empty otherwise,
   * and for a category the order does not seek.
   */
  public static Optional<Instant> returnDue(
      CaseFile<ForeignProductionOrderRequest, AssistanceStatus, AssistanceAction> caseFile,
      Environment environment,
      DataCategory category) {
    if (caseFile.status() != AssistanceStatus.EXECUTING || !seeks(caseFile.request(), category)) {
      return Optional.empty();
    }
    Optional<Period> period = returnPeriod(environment.periods(), category);
    if (period.isEmpty()) {
      return Optional.empty();
    }
    return served(caseFile).map(start -> end(start, period.get(), zone(caseFile, environment)));
  }

  /** The return dates of every category the order seeks, while it is being executed. */
  public static Map<DataCategory, Instant> returnDue(
      CaseFile<ForeignProductionOrderRequest, AssistanceStatus, AssistanceAction> caseFile,
      Environment environment) {
    Map<DataCategory, Instant> due = new LinkedHashMap<>();
    for (DataCategory category : List.of(DataCategory.SUBSCRIBER_INFORMATION, DataCategory.TRAFFIC_DATA)) {
      returnDue(caseFile, environment, category).ifPresent(d -> due.put(category, d));
    }
    return due;
  }

  /** The deadlines passed at the environment's current instant, in the order service, subscriber, traffic. */
  public static List<DeadlineBreached> breaches(
      CaseFile<ForeignProductionOrderRequest, AssistanceStatus, AssistanceAction> caseFile,
      Environment environment) {
    Instant now = environment.clock().instant();
    List<DeadlineBreached> breaches = new ArrayList<>();
    serviceDue(caseFile, environment)
        .filter(due -> !now.isBefore(due))
        .ifPresent(due -> breaches.add(breach(Deadline.SERVICE, due)));
    returnDue(caseFile, environment, DataCategory.SUBSCRIBER_INFORMATION)
        .filter(due -> !now.isBefore(due))
        .ifPresent(due -> breaches.add(breach(Deadline.SUBSCRIBER_INFORMATION_RETURN, due)));
    returnDue(caseFile, environment, DataCategory.TRAFFIC_DATA)
        .filter(due -> !now.isBefore(due))
        .ifPresent(due -> breaches.add(breach(Deadline.TRAFFIC_DATA_RETURN, due)));
    return List.copyOf(breaches);
  }

  /**
   * Whether a deadline has passed and the requested Party has not reported a delay since the
   * period began (2AP 8(8), unverified): it must then notify the requesting Party.
   */
  public static boolean delayNotificationOwed(
      CaseFile<ForeignProductionOrderRequest, AssistanceStatus, AssistanceAction> caseFile,
      Environment environment) {
    for (DeadlineBreached breach : breaches(caseFile, environment)) {
      Optional<Instant> start =
          breach.deadline() == Deadline.SERVICE ? allInformationReceived(caseFile) : served(caseFile);
      boolean reported =
          caseFile.history().stream()
              .anyMatch(
                  e ->
                      e.action() == AssistanceAction.REPORT_DELAY
                          && start.map(s -> !e.at().isBefore(s)).orElse(false));
      if (!reported) {
        return true;
      }
    }
    return false;
  }

  /** The end of {@code period} begun at {@code start}, counted in calendar days in {@code zone}. */
  static Instant end(Instant start, Period period, ZoneId zone) {
    LocalDate firstDay = LocalDate.ofInstant(start, zone).plusDays(1);
    return firstDay.plus(period).atStartOfDay(zone).toInstant();
  }

  private static DeadlineBreached breach(Deadline deadline, Instant due) {
    return new DeadlineBreached(deadline, due, deadline.citation(), Verification.UNVERIFIED);
  }

  private static Optional<Period> returnPeriod(TreatyPeriods periods, DataCategory category) {
    switch (category) {
      case SUBSCRIBER_INFORMATION:
        return Optional.of(periods.productionOrderSubscriberReturn());
      case TRAFFIC_DATA:
        return Optional.of(periods.productionOrderTrafficReturn());
      default:
        return Optional.empty();
    }
  }

  static boolean seeks(ForeignProductionOrderRequest request, DataCategory category) {
    for (DataItem item : request.order().dataSought()) {
      if (item.category() == category) {
        return true;
      }
    }
    return false;
  }

  private static ZoneId zone(
      CaseFile<ForeignProductionOrderRequest, ?, ?> caseFile, Environment environment) {
    return environment.policy().timeZone(caseFile.request().header().requestedParty());
  }
}
