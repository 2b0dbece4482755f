package org.treatyflow.testkit.workflow;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock a test sets and advances, so that deadlines are tested without sleeping. Give it to the
 * workflow's {@link org.treatyflow.workflow.Environment}; it never moves by itself. Its zone is UTC:
 * each Party's zone comes from the domestic policy, not from the clock.
 */
public final class SimulatedClock extends Clock {
  private volatile Instant now;

  /** A clock standing at {@code start}. */
  public SimulatedClock(Instant start) {
    this.now = checkNotNull(start, "start");
  }

  /** Sets the clock to {@code instant}, which may be earlier than now (to replay a journal, say). */
  public void set(Instant instant) {
    now = checkNotNull(instant, "instant");
  }

  /** Moves the clock forward by {@code duration}, which must not be negative. */
  public void advance(Duration duration) {
    checkArgument(!duration.isNegative(), "SimulatedClock.advance: a negative duration (%s)", duration);
    now = now.plus(duration);
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }

  @Override
  public Instant instant() {
    return now;
  }

  @Override
  public String toString() {
    return "SimulatedClock[" + now + "]";
  }
}
