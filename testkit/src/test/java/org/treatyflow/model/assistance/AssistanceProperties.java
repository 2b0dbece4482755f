package org.treatyflow.model.assistance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.treatyflow.model.common.CooperationAct;
import org.treatyflow.model.common.Urgency;
import org.treatyflow.model.common.Violation;
import org.treatyflow.testkit.AssistanceArbitraries;
import org.treatyflow.testkit.Incomplete;
import org.treatyflow.testkit.IncompleteArbitraries;
import org.treatyflow.testkit.PersonArbitraries;

class AssistanceProperties {

  @Property(tries = 200)
  void everyGeneratedActIsComplete(@ForAll("acts") CooperationAct act) {
    assertThat(act.completenessViolations()).as("violations of %s", act.family()).isEmpty();
  }

  @Property(tries = 200)
  void noGeneratedActShowsPersonalDataInToString(@ForAll("acts") CooperationAct act) {
    assertThat(act.toString()).doesNotContain(PersonArbitraries.MARKER);
  }

  // Removing one item yields exactly its violation (the testkit's IncompleteArbitraries).

  @Property(tries = 150)
  void aMutualAssistanceRequestMissingOneItemReportsExactlyThatItem(
      @ForAll("missingOneMutualAssistanceRequest") Incomplete<MutualAssistanceRequest> incomplete) {
    assertExactlyItsViolation(incomplete);
  }

  @Property(tries = 150)
  void aStoredDataAccessRequestMissingOneItemReportsExactlyThatItem(
      @ForAll("missingOneStoredDataAccessRequest") Incomplete<StoredDataAccessRequest> incomplete) {
    assertExactlyItsViolation(incomplete);
  }

  @Property(tries = 150)
  void aRealTimeTrafficCollectionRequestMissingOneItemReportsExactlyThatItem(
      @ForAll("missingOneRealTimeTrafficCollectionRequest")
          Incomplete<RealTimeTrafficCollectionRequest> incomplete) {
    assertExactlyItsViolation(incomplete);
  }

  @Property(tries = 150)
  void anInterceptionRequestMissingOneItemReportsExactlyThatItem(
      @ForAll("missingOneInterceptionRequest") Incomplete<InterceptionRequest> incomplete) {
    assertExactlyItsViolation(incomplete);
  }

  @Property(tries = 150)
  void anEmergencyMutualAssistanceRequestMissingOneItemReportsExactlyThatItem(
      @ForAll("missingOneEmergencyMutualAssistanceRequest")
          Incomplete<EmergencyMutualAssistanceRequest> incomplete) {
    assertExactlyItsViolation(incomplete);
  }

  @Property(tries = 150)
  void aVideoConferenceRequestMissingOneItemReportsExactlyThatItem(
      @ForAll("missingOneVideoConferenceRequest") Incomplete<VideoConferenceRequest> incomplete) {
    assertExactlyItsViolation(incomplete);
  }

  @Property(tries = 150)
  void aJointInvestigationTeamAgreementMissingOneItemReportsExactlyThatItem(
      @ForAll("missingOneJointInvestigationTeamAgreement")
          Incomplete<JointInvestigationTeamAgreement> incomplete) {
    assertExactlyItsViolation(incomplete);
  }

  // An item required only under a condition is not required otherwise.

  @Property(tries = 100)
  void aRoutineStoredDataAccessRequestNeedsNoExpeditedGrounds(
      @ForAll("storedDataAccess") StoredDataAccessRequest r) {
    Assume.that(r.header().urgency() == Urgency.ROUTINE);
    StoredDataAccessRequest withoutGrounds =
        StoredDataAccessRequest.builder()
            .header(r.header())
            .addAllOffences(r.offences())
            .facts(r.facts())
            .precedingPreservation(r.precedingPreservation())
            .addAllDataItems(r.dataItems())
            .addAllMeasures(r.measures())
            .build();
    assertThat(withoutGrounds.completenessViolations()).isEmpty();
  }

  private static void assertExactlyItsViolation(Incomplete<?> incomplete) {
    assertThat(incomplete.act().completenessViolations())
        .extracting(Violation::code, Violation::citation, Violation::field)
        .containsExactly(tuple(incomplete.code(), incomplete.citation(), incomplete.field()));
  }

  @Provide
  Arbitrary<CooperationAct> acts() {
    return AssistanceArbitraries.acts();
  }

  @Provide
  Arbitrary<StoredDataAccessRequest> storedDataAccess() {
    return AssistanceArbitraries.storedDataAccessRequests();
  }

  @Provide
  Arbitrary<Incomplete<MutualAssistanceRequest>> missingOneMutualAssistanceRequest() {
    return IncompleteArbitraries.mutualAssistanceRequests();
  }

  @Provide
  Arbitrary<Incomplete<StoredDataAccessRequest>> missingOneStoredDataAccessRequest() {
    return IncompleteArbitraries.storedDataAccessRequests();
  }

  @Provide
  Arbitrary<Incomplete<RealTimeTrafficCollectionRequest>>
      missingOneRealTimeTrafficCollectionRequest() {
    return IncompleteArbitraries.realTimeTrafficCollectionRequests();
  }

  @Provide
  Arbitrary<Incomplete<InterceptionRequest>> missingOneInterceptionRequest() {
    return IncompleteArbitraries.interceptionRequests();
  }

  @Provide
  Arbitrary<Incomplete<EmergencyMutualAssistanceRequest>>
      missingOneEmergencyMutualAssistanceRequest() {
    return IncompleteArbitraries.emergencyMutualAssistanceRequests();
  }

  @Provide
  Arbitrary<Incomplete<VideoConferenceRequest>> missingOneVideoConferenceRequest() {
    return IncompleteArbitraries.videoConferenceRequests();
  }

  @Provide
  Arbitrary<Incomplete<JointInvestigationTeamAgreement>>
      missingOneJointInvestigationTeamAgreement() {
    return IncompleteArbitraries.jointInvestigationTeamAgreements();
  }
}
