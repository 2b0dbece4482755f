package org.treatyflow.model.transborder;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.treatyflow.model.common.CooperationAct;
import org.treatyflow.model.common.Violation;
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

  @Property(tries = 200)
  void removingTheConsentGiverOfAConsentBasedAccessYieldsExactlyItsViolation(
      @ForAll("records") TransBorderAccessRecord record) {
    Assume.that(record.reliesOnConsent());
    TransBorderAccessRecord withoutGiver =
        TransBorderAccessRecord.builder()
            .reference(record.reference())
            .accessingParty(record.accessingParty())
            .accessingAuthority(record.accessingAuthority())
            .storedIn(record.storedIn())
            .basis(record.basis())
            .consentObtainedOn(record.consentObtainedOn())
            .accessedAt(record.accessedAt())
            .addAllDataAccessed(record.dataAccessed())
            .build();
    assertThat(withoutGiver.completenessViolations())
        .extracting(Violation::code)
        .containsExactly("BC_32_B_CONSENT_GIVER");
  }

  @Property(tries = 200)
  void removingTheDataAccessedYieldsExactlyItsViolation(
      @ForAll("records") TransBorderAccessRecord record) {
    TransBorderAccessRecord withoutData =
        TransBorderAccessRecord.builder()
            .reference(record.reference())
            .accessingParty(record.accessingParty())
            .accessingAuthority(record.accessingAuthority())
            .storedIn(record.storedIn())
            .basis(record.basis())
            .consentGiver(record.consentGiver())
            .consentObtainedOn(record.consentObtainedOn())
            .accessedAt(record.accessedAt())
            .build();
    assertThat(withoutData.completenessViolations())
        .extracting(Violation::code)
        .containsExactly("BC_32_DATA_ACCESSED");
  }

  @Provide
  Arbitrary<CooperationAct> acts() {
    return TransBorderArbitraries.acts();
  }

  @Provide
  Arbitrary<TransBorderAccessRecord> records() {
    return TransBorderArbitraries.transBorderAccessRecords();
  }
}
