package org.treatyflow.examples.scenario;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The clock a scenario moves forward itself, so that its timeline is the same on every run. */
final class ScenarioClock extends Clock {
  private Instant now;

  ScenarioClock(Instant start) {
    this.now = start;
  }

  void pass(Duration duration) {
    if (duration.isNegative()) {
      throw new IllegalArgumentException("A scenario's clock only moves forward");
    }
    now = now.plus(duration);
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("A scenario's clock runs in UTC");
  }

  @Override
  public Instant instant() {
    return now;
  }
}
