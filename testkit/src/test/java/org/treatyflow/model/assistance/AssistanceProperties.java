package org.treatyflow.model.assistance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.treatyflow.model.common.CooperationAct;
import org.treatyflow.model.common.Facts;
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

  // Mutual assistance (BC 25, 27)

  @Property(tries = 200)
  void mutualAssistanceWithoutMeasuresLacksOnlyMeasures(@ForAll("mutualAssistance") MutualAssistanceRequest r) {
    assertCodes(copy(r, "measures").completenessViolations(), "BC_25_1_MEASURES");
  }

  @Property(tries = 200)
  void mutualAssistanceWithoutOffenceLacksOnlyOffence(@ForAll("mutualAssistance") MutualAssistanceRequest r) {
    assertCodes(copy(r, "offences").completenessViolations(), "BC_25_1_OFFENCE");
  }

  @Property(tries = 200)
  void mutualAssistanceWithoutFactsLacksOnlyFacts(@ForAll("mutualAssistance") MutualAssistanceRequest r) {
    assertCodes(copy(r, "facts").completenessViolations(), "BC_25_1_FACTS");
  }

  // Stored data (BC 31)

  @Property(tries = 200)
  void storedDataAccessWithoutDataLacksOnlyData(@ForAll("storedDataAccess") StoredDataAccessRequest r) {
    assertCodes(copy(r, "dataItems").completenessViolations(), "BC_31_1_DATA");
  }

  @Property(tries = 200)
  void storedDataAccessWithoutMeasuresLacksOnlyMeasures(@ForAll("storedDataAccess") StoredDataAccessRequest r) {
    assertCodes(copy(r, "measures").completenessViolations(), "BC_31_1_MEASURES");
  }

  @Property(tries = 200)
  void storedDataAccessWithoutGroundsLacksGroundsExactlyWhenUrgent(
      @ForAll("storedDataAccess") StoredDataAccessRequest r) {
    List<Violation> violations = copy(r, "expeditedGrounds").completenessViolations();
    if (r.header().urgency() == Urgency.ROUTINE) {
      assertCodes(violations);
    } else {
      assertCodes(violations, "BC_31_3_EXPEDITED_GROUNDS");
    }
  }

  // Real-time collection (BC 33, 34)

  @Property(tries = 200)
  void trafficCollectionWithoutCommunicationsLacksOnlyThem(
      @ForAll("realTimeTraffic") RealTimeTrafficCollectionRequest r) {
    assertCodes(withoutCommunications(r).completenessViolations(), "BC_33_1_SPECIFIED_COMMUNICATIONS");
  }

  @Property(tries = 200)
  void interceptionWithoutCommunicationsLacksOnlyThem(@ForAll("interception") InterceptionRequest r) {
    assertCodes(withoutCommunications(r).completenessViolations(), "BC_34_SPECIFIED_COMMUNICATIONS");
  }

  // Second Protocol (2AP 10, 11, 12)

  @Property(tries = 200)
  void emergencyWithoutEmergencyFactsLacksOnlyThem(
      @ForAll("emergency") EmergencyMutualAssistanceRequest r) {
    EmergencyMutualAssistanceRequest without =
        EmergencyMutualAssistanceRequest.builder()
            .header(r.header())
            .addAllOffences(r.offences())
            .facts(r.facts())
            .addAllMeasures(r.measures())
            .addAllDataItems(r.dataItems())
            .build();
    assertCodes(without.completenessViolations(), "2AP_10_EMERGENCY_FACTS");
  }

  @Property(tries = 200)
  void videoConferenceWithoutPersonLacksOnlyThePerson(@ForAll("videoConference") VideoConferenceRequest r) {
    VideoConferenceRequest without =
        VideoConferenceRequest.builder()
            .header(r.header())
            .capacity(r.capacity())
            .proposedDate(r.proposedDate())
            .languageOfHearing(r.languageOfHearing())
            .interpreterNeeded(r.interpreterNeeded())
            .build();
    assertCodes(without.completenessViolations(), "2AP_11_PERSON_TO_BE_HEARD");
  }

  @Property(tries = 200)
  void jointInvestigationWithoutPurposeLacksOnlyPurpose(
      @ForAll("jointInvestigation") JointInvestigationTeamAgreement a) {
    assertCodes(copy(a, "purpose").completenessViolations(), "2AP_12_PURPOSE");
  }

  @Property(tries = 200)
  void jointInvestigationWithoutUseTermsLacksOnlyThem(
      @ForAll("jointInvestigation") JointInvestigationTeamAgreement a) {
    assertCodes(copy(a, "informationUseTerms").completenessViolations(), "2AP_12_USE_OF_INFORMATION");
  }

  /** {@code r} rebuilt through the builder without its specified communications. */
  private static RealTimeTrafficCollectionRequest withoutCommunications(RealTimeTrafficCollectionRequest r) {
    return RealTimeTrafficCollectionRequest.builder()
        .header(r.header())
        .addAllOffences(r.offences())
        .facts(r.facts())
        .collectionStart(r.collectionStart())
        .collectionEnd(r.collectionEnd())
        .build();
  }

  /** {@code r} rebuilt through the builder without its specified communications. */
  private static InterceptionRequest withoutCommunications(InterceptionRequest r) {
    return InterceptionRequest.builder()
        .header(r.header())
        .addAllOffences(r.offences())
        .facts(r.facts())
        .collectionStart(r.collectionStart())
        .collectionEnd(r.collectionEnd())
        .build();
  }

  /** {@code a} rebuilt through the builder without the item named {@code omit}. */
  private static JointInvestigationTeamAgreement copy(JointInvestigationTeamAgreement a, String omit) {
    JointInvestigationTeamAgreement.Builder b =
        JointInvestigationTeamAgreement.builder()
            .reference(a.reference())
            .addAllParties(a.parties())
            .addAllCompetentAuthorities(a.competentAuthorities())
            .startDate(a.startDate())
            .endDate(a.endDate());
    if (!omit.equals("purpose")) {
      b.purpose(a.purpose());
    }
    if (!omit.equals("informationUseTerms")) {
      b.informationUseTerms(a.informationUseTerms());
    }
    return b.build();
  }

  /** {@code r} rebuilt through the builder without the item named {@code omit}. */
  private static MutualAssistanceRequest copy(MutualAssistanceRequest r, String omit) {
    MutualAssistanceRequest.Builder b =
        MutualAssistanceRequest.builder()
            .header(r.header())
            .facts(omit.equals("facts") ? Facts.none() : r.facts())
            .addAllDataItems(r.dataItems())
            .addAllPersons(r.persons())
            .procedureRequested(r.procedureRequested())
            .coercive(r.coercive());
    if (!omit.equals("offences")) {
      b.addAllOffences(r.offences());
    }
    if (!omit.equals("measures")) {
      b.addAllMeasures(r.measures());
    }
    return b.build();
  }

  /** {@code r} rebuilt through the builder without the item named {@code omit}. */
  private static StoredDataAccessRequest copy(StoredDataAccessRequest r, String omit) {
    StoredDataAccessRequest.Builder b =
        StoredDataAccessRequest.builder()
            .header(r.header())
            .addAllOffences(r.offences())
            .facts(r.facts())
            .precedingPreservation(r.precedingPreservation());
    if (!omit.equals("dataItems")) {
      b.addAllDataItems(r.dataItems());
    }
    if (!omit.equals("measures")) {
      b.addAllMeasures(r.measures());
    }
    if (!omit.equals("expeditedGrounds")) {
      b.expeditedGrounds(r.expeditedGrounds());
    }
    return b.build();
  }

  private static void assertCodes(List<Violation> violations, String... codes) {
    assertThat(violations).extracting(Violation::code).containsExactly(codes);
  }

  @Provide
  Arbitrary<CooperationAct> acts() {
    return AssistanceArbitraries.acts();
  }

  @Provide
  Arbitrary<MutualAssistanceRequest> mutualAssistance() {
    return AssistanceArbitraries.mutualAssistanceRequests();
  }

  @Provide
  Arbitrary<StoredDataAccessRequest> storedDataAccess() {
    return AssistanceArbitraries.storedDataAccessRequests();
  }

  @Provide
  Arbitrary<RealTimeTrafficCollectionRequest> realTimeTraffic() {
    return AssistanceArbitraries.realTimeTrafficCollectionRequests();
  }

  @Provide
  Arbitrary<InterceptionRequest> interception() {
    return AssistanceArbitraries.interceptionRequests();
  }

  @Provide
  Arbitrary<EmergencyMutualAssistanceRequest> emergency() {
    return AssistanceArbitraries.emergencyMutualAssistanceRequests();
  }

  @Provide
  Arbitrary<VideoConferenceRequest> videoConference() {
    return AssistanceArbitraries.videoConferenceRequests();
  }

  @Provide
  Arbitrary<JointInvestigationTeamAgreement> jointInvestigation() {
    return AssistanceArbitraries.jointInvestigationTeamAgreements();
  }

  @Property(tries = 150)
  void aMutualAssistanceRequestMissingOneItemReportsExactlyThatItem(
      @ForAll("missingOneMutualAssistanceRequest") Incomplete<MutualAssistanceRequest> incomplete) {
    assertThat(incomplete.act().completenessViolations())
        .extracting(Violation::code, Violation::citation, Violation::field)
        .containsExactly(tuple(incomplete.code(), incomplete.citation(), incomplete.field()));
  }

  @Provide
  Arbitrary<Incomplete<MutualAssistanceRequest>> missingOneMutualAssistanceRequest() {
    return IncompleteArbitraries.mutualAssistanceRequests();
  }

  @Property(tries = 150)
  void aStoredDataAccessRequestMissingOneItemReportsExactlyThatItem(
      @ForAll("missingOneStoredDataAccessRequest") Incomplete<StoredDataAccessRequest> incomplete) {
    assertThat(incomplete.act().completenessViolations())
        .extracting(Violation::code, Violation::citation, Violation::field)
        .containsExactly(tuple(incomplete.code(), incomplete.citation(), incomplete.field()));
  }

  @Provide
  Arbitrary<Incomplete<StoredDataAccessRequest>> missingOneStoredDataAccessRequest() {
    return IncompleteArbitraries.storedDataAccessRequests();
  }
}
