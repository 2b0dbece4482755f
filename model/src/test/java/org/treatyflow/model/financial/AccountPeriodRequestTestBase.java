package org.treatyflow.model.financial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

/**
 * The examples Article 18 and Article 19 requests share beyond Section 2: a period of accounts,
 * which may last one day but may not end before it starts.
 */
abstract class AccountPeriodRequestTestBase extends SectionTwoRequestTestBase {

  /** The simple name of the request type, as {@code @Value.Check} messages name it. */
  abstract String typeName();

  @Test
  void aOneDayPeriodIsAllowed() {
    assertThat(example("oneDayPeriod").completenessViolations()).isEmpty();
  }

  @Test
  void aPeriodEndingBeforeItStartsIsRejected() {
    // broken on purpose: the period ends the day before it starts
    assertThatIllegalArgumentException()
        .isThrownBy(() -> example("reversedPeriod"))
        .withMessageContaining(typeName() + ".periodEnd");
  }
}
