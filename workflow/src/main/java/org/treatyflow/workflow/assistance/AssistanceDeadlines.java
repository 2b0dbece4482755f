package org.treatyflow.workflow.assistance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.treatyflow.model.common.Request;
import org.treatyflow.model.reply.AmendmentRequest;
import org.treatyflow.workflow.CaseFile;
import org.treatyflow.workflow.Environment;

/**
 * The deadlines of the common skeleton, derived from the case history, never stored: a case
 * restored from its journal has the same deadlines.
 *
 * <p>Counting rule: a time limit set as a date (WC 38(2)) runs to the end of that day in the
 * requested Party's time zone ({@link org.treatyflow.workflow.DomesticPolicy#timeZone}), so it is
 * over at the start of the next day there, whatever the daylight-saving changes in between.
 */
public final class AssistanceDeadlines {
  private AssistanceDeadlines() {}

  /**
   * When the time limit set for the amendments of the current amendment request is over (WC
   * 38(2)); empty when the case is not awaiting amendments, or no time limit was set.
   */
  public static Optional<Instant> amendmentDue(
      CaseFile<? extends Request, AssistanceStatus, AssistanceAction> caseFile, Environment environment) {
    if (caseFile.status() != AssistanceStatus.AWAITING_AMENDMENT) {
      return Optional.empty();
    }
    return caseFile
        .lastEventInto(AssistanceStatus.AWAITING_AMENDMENT)
        .flatMap(e -> e.reply())
        .filter(AmendmentRequest.class::isInstance)
        .map(AmendmentRequest.class::cast)
        .flatMap(AmendmentRequest::timeLimit)
        .map(limit -> endOfDay(limit, caseFile, environment));
  }

  /** Whether the time limit set for the amendments is over at the environment's current instant. */
  public static boolean amendmentOverdue(
      CaseFile<? extends Request, AssistanceStatus, AssistanceAction> caseFile, Environment environment) {
    return amendmentOverdueAt(caseFile, environment, environment.clock().instant());
  }

  /** Whether the time limit set for the amendments is over at {@code now}; false when none is set. */
  public static boolean amendmentOverdueAt(
      CaseFile<? extends Request, AssistanceStatus, AssistanceAction> caseFile, Environment environment, Instant now) {
    return amendmentDue(caseFile, environment).map(due -> !now.isBefore(due)).orElse(false);
  }

  private static Instant endOfDay(
      LocalDate day, CaseFile<? extends Request, ?, ?> caseFile, Environment environment) {
    return day.plusDays(1)
        .atStartOfDay(environment.policy().timeZone(caseFile.request().header().requestedParty()))
        .toInstant();
  }
}
