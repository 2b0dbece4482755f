package org.treatyflow.workflow.fiu;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.treatyflow.model.common.Party;
import org.treatyflow.model.fiu.FiuPostponementRequest;
import org.treatyflow.workflow.CaseFile;
import org.treatyflow.workflow.DomesticPolicy;
import org.treatyflow.workflow.Environment;
import org.treatyflow.workflow.HistoryEvent;

/**
 * The end of a postponement of a transaction, derived from the case history rather than stored, so
 * that a case restored from its history has the same deadline.
 *
 * <p>WC 47(1) sets no period: the periods are those of the requested Party's domestic law on
 * postponing transactions, read from {@link DomesticPolicy#transactionPostponementPeriod}. The
 * period runs from the instant the transaction was postponed, as a duration (domestic laws count
 * it in hours or days; the policy states it). Where the policy gives no period, or one that is not
 * positive, there is no end to compute: the library says so and never guesses a number.
 */
public final class FiuDeadlines {
  private FiuDeadlines() {}

  /** The requested Party's domestic period of postponement, if its policy gives a positive one. */
  public static Optional<Duration> postponementPeriod(Party requestedParty, DomesticPolicy policy) {
    return policy
        .transactionPostponementPeriod(requestedParty)
        .filter(d -> !d.isNegative() && !d.isZero());
  }

  /** When the transaction was last postponed, if it was. */
  public static Optional<Instant> postponedAt(
      CaseFile<FiuPostponementRequest, FiuPostponementStatus, FiuPostponementAction> caseFile) {
    return caseFile.lastEventInto(FiuPostponementStatus.POSTPONED).map(HistoryEvent::at);
  }

  /**
   * When the postponement ends: the instant of postponement plus the requested Party's domestic
   * period. Empty when the case is not postponed (before, or after it ended), and empty when the
   * domestic period is unknown, in which case the postponement cannot expire by lapse of time and
   * the workflow's explanation of {@link FiuPostponementAction#EXPIRE} says why.
   */
  public static Optional<Instant> postponementEnds(
      CaseFile<FiuPostponementRequest, FiuPostponementStatus, FiuPostponementAction> caseFile,
      Environment environment) {
    if (caseFile.status() != FiuPostponementStatus.POSTPONED) {
      return Optional.empty();
    }
    Optional<Duration> period =
        postponementPeriod(caseFile.request().header().requestedParty(), environment.policy());
    return postponedAt(caseFile).flatMap(start -> period.map(start::plus));
  }
}
