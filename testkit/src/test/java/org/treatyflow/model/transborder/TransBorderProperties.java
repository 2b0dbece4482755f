package org.treatyflow.model.transborder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.treatyflow.model.common.CooperationAct;
import org.treatyflow.model.common.Violation;
import org.treatyflow.testkit.Incomplete;
import org.treatyflow.testkit.IncompleteArbitraries;
import org.treatyflow.testkit.PersonArbitraries;
import org.treatyflow.testkit.TransBorderArbitraries;

class TransBorderProperties {

  @Property(tries = 200)
  void everyGeneratedRecordIsComplete(@ForAll("acts") CooperationAct act) {
    assertThat(act.completenessViolations()).isEmpty();
  }

  @Property(tries = 200)
  void noGeneratedRecordShowsPersonalData(@ForAll("acts") CooperationAct act) {
    assertThat(act.toString()).doesNotContain(PersonArbitraries.MARKER);
  }

  @Provide
  Arbitrary<CooperationAct> acts() {
    return TransBorderArbitraries.acts();
  }

  @Property(tries = 150)
  void aTransBorderAccessRecordMissingOneItemReportsExactlyThatItem(
      @ForAll("missingOneTransBorderAccessRecord") Incomplete<TransBorderAccessRecord> incomplete) {
    assertThat(incomplete.act().completenessViolations())
        .extracting(Violation::code, Violation::citation, Violation::field)
        .containsExactly(tuple(incomplete.code(), incomplete.citation(), incomplete.field()));
  }

  @Provide
  Arbitrary<Incomplete<TransBorderAccessRecord>> missingOneTransBorderAccessRecord() {
    return IncompleteArbitraries.transBorderAccessRecords();
  }
}
