package org.treatyflow.workflow.preservation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.treatyflow.model.preservation.PreservationRequest;
import org.treatyflow.workflow.CaseFile;
import org.treatyflow.workflow.Environment;
import org.treatyflow.workflow.HistoryEvent;

/**
 * The preservation period, derived from the case history rather than stored, so that a case
 * restored from its history has the same deadline.
 *
 * <p>Counting rule (the library's, as BC 29(7) sets only a minimum): the period starts on the day
 * after the day preservation began or was last renewed, in the requested Party's time zone, and
 * lasts the greater of the BC 29(7) minimum ({@link
 * org.treatyflow.workflow.TreatyPeriods#preservationMinimum()}, 60 days) and the requested Party's
 * domestic period ({@link org.treatyflow.workflow.DomesticPolicy#preservationDays}): {@code
 * max(60 days, domestic period)} as the legal reference models it. It ends at the start of the
 * following day in that zone. Counting in days of the calendar makes the deadline correct across
 * changes of daylight-saving time.
 *
 * <p>The period the requesting Party asks for ({@link PreservationRequest#preservationDaysRequested})
 * does not set the deadline: BC 29 binds the requested Party to 60 days only, so a longer period binds
 * it only where its domestic law grants it, which its policy expresses ({@link
 * org.treatyflow.workflow.DomesticPolicy#preservationDays}).
 *
 * <p>Legal basis: BC 29(7); BC 16(2) for the domestic period and its renewal.
 */
public final class PreservationDeadlines {
  private PreservationDeadlines() {}

  /**
   * The number of days preservation lasts for {@code request}: the BC 29(7) minimum of {@code
   * environment}'s periods, or the requested Party's domestic period if longer.
   */
  public static int days(PreservationRequest request, Environment environment) {
    int minimum = environment.periods().preservationMinimum().getDays();
    int domestic =
        environment.policy().preservationDays(request.header().requestedParty()).orElse(0);
    return Math.max(minimum, domestic);
  }

  /**
   * When preservation ends, if the data is preserved and no follow-up request has been received;
   * empty otherwise (before preservation, and while a follow-up request is pending: BC 29(7)). The
   * period runs from the last step into {@link PreservationStatus#PRESERVED}, so a renewal starts it
   * again.
   */
  public static Optional<Instant> expiry(
      CaseFile<PreservationRequest, PreservationStatus, PreservationAction> caseFile,
      Environment environment) {
    if (caseFile.status() != PreservationStatus.PRESERVED) {
      return Optional.empty();
    }
    return caseFile.lastEventInto(PreservationStatus.PRESERVED)
        .map(HistoryEvent::at)
        .map(
            start ->
                end(start, days(caseFile.request(), environment), zone(caseFile, environment)));
  }

  /** The end of a period of {@code days} days begun at {@code start}, counted in {@code zone}. */
  static Instant end(Instant start, int days, ZoneId zone) {
    LocalDate firstDay = LocalDate.ofInstant(start, zone).plusDays(1);
    return firstDay.plusDays(days).atStartOfDay(zone).toInstant();
  }

  private static ZoneId zone(
      CaseFile<PreservationRequest, PreservationStatus, PreservationAction> caseFile,
      Environment environment) {
    return environment.policy().timeZone(caseFile.request().header().requestedParty());
  }
}
