package org.treatyflow.workflow.preservation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.treatyflow.model.preservation.PreservationRequest;
import org.treatyflow.workflow.CaseFile;
import org.treatyflow.workflow.DomesticPolicy;
import org.treatyflow.workflow.HistoryEvent;

/**
 * The preservation period, derived from the case history rather than stored, so that a case
 * restored from its history has the same deadline.
 *
 * <p>Counting rule (the library's, as BC 29(7) sets only a minimum): the period starts on the day
 * after the day preservation began, in the requested Party's time zone, and lasts the greater of 60
 * days (BC 29(7)), the period the request asks for, and the requested Party's domestic period; it
 * ends at the start of the following day in that zone. Counting in days of the calendar makes the
 * deadline correct across changes of daylight-saving time.
 */
public final class PreservationDeadlines {
  private PreservationDeadlines() {}

  /** The number of days preservation lasts for {@code request} under {@code policy}. */
  public static int days(PreservationRequest request, DomesticPolicy policy) {
    int domestic = policy.preservationDays(request.header().requestedParty()).orElse(0);
    return Math.max(request.preservationDays(), domestic);
  }

  /**
   * When preservation ends, if the data is preserved and no follow-up request has been received;
   * empty otherwise (before preservation, and while a follow-up request is pending: BC 29(7)).
   */
  public static Optional<Instant> expiry(
      CaseFile<PreservationRequest, PreservationStatus, PreservationAction> caseFile,
      DomesticPolicy policy) {
    if (caseFile.status() != PreservationStatus.PRESERVED) {
      return Optional.empty();
    }
    return caseFile.lastEventInto(PreservationStatus.PRESERVED)
        .map(HistoryEvent::at)
        .map(start -> end(start, days(caseFile.request(), policy), zone(caseFile, policy)));
  }

  /** The end of a period of {@code days} days begun at {@code start}, counted in {@code zone}. */
  static Instant end(Instant start, int days, ZoneId zone) {
    LocalDate firstDay = LocalDate.ofInstant(start, zone).plusDays(1);
    return firstDay.plusDays(days).atStartOfDay(zone).toInstant();
  }

  private static ZoneId zone(
      CaseFile<PreservationRequest, PreservationStatus, PreservationAction> caseFile,
      DomesticPolicy policy) {
    return policy.timeZone(caseFile.request().header().requestedParty());
  }
}
