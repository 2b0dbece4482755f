package org.treatyflow.serialization.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.treatyflow.serialization.format.CodecRoundTrip.assertRejectedAt;
import static org.treatyflow.serialization.format.CodecRoundTrip.assertRoundTrip;
import static org.treatyflow.serialization.format.CodecRoundTrip.read;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.treatyflow.model.assistance.AssistanceMeasure;
import org.treatyflow.model.assistance.EmergencyMutualAssistanceRequest;
import org.treatyflow.model.assistance.InterceptionRequest;
import org.treatyflow.model.assistance.JointInvestigationTeamAgreement;
import org.treatyflow.model.assistance.MutualAssistanceRequest;
import org.treatyflow.model.assistance.RealTimeTrafficCollectionRequest;
import org.treatyflow.model.assistance.StoredDataAccessRequest;
import org.treatyflow.model.assistance.VideoConferenceRequest;
import org.treatyflow.model.common.Authority;
import org.treatyflow.model.common.AuthorityRole;
import org.treatyflow.model.common.Channel;
import org.treatyflow.model.common.Facts;
import org.treatyflow.model.common.Language;
import org.treatyflow.model.common.Party;
import org.treatyflow.model.common.RequestHeader;
import org.treatyflow.model.common.RequestId;

class AssistanceCodecProperties {
  /** The smallest valid request header: defaulted and empty members left out. */
  private static final String HEADER =
      """
      {"id":"FR-2026-1","requestingParty":"FR","requestedParty":"DE",\
      "requestingAuthority":{"party":"FR","role":"CENTRAL_AUTHORITY","name":"Ministère de la Justice"},\
      "channel":"CENTRAL_AUTHORITY","language":"fr"}""";

  private static final String FRENCH_AUTHORITY =
      "{\"party\":\"FR\",\"role\":\"PROSECUTOR\",\"name\":\"Parquet de Paris\"}";
  private static final String GERMAN_AUTHORITY =
      "{\"party\":\"DE\",\"role\":\"PROSECUTOR\",\"name\":\"Staatsanwaltschaft Köln\"}";

  @Property(tries = 200)
  void everyMutualAssistanceRequestReadsBackEqual(@ForAll MutualAssistanceRequest request) {
    assertRoundTrip(AssistanceCodecs.MUTUAL_ASSISTANCE_REQUEST, request);
  }

  @Property(tries = 200)
  void everyStoredDataAccessRequestReadsBackEqual(@ForAll StoredDataAccessRequest request) {
    assertRoundTrip(AssistanceCodecs.STORED_DATA_ACCESS_REQUEST, request);
  }

  @Property(tries = 200)
  void everyRealTimeTrafficCollectionRequestReadsBackEqual(
      @ForAll RealTimeTrafficCollectionRequest request) {
    assertRoundTrip(AssistanceCodecs.REAL_TIME_TRAFFIC_COLLECTION_REQUEST, request);
  }

  @Property(tries = 200)
  void everyInterceptionRequestReadsBackEqual(@ForAll InterceptionRequest request) {
    assertRoundTrip(AssistanceCodecs.INTERCEPTION_REQUEST, request);
  }

  @Property(tries = 200)
  void everyEmergencyMutualAssistanceRequestReadsBackEqual(
      @ForAll EmergencyMutualAssistanceRequest request) {
    assertRoundTrip(AssistanceCodecs.EMERGENCY_MUTUAL_ASSISTANCE_REQUEST, request);
  }

  @Property(tries = 200)
  void everyVideoConferenceRequestReadsBackEqual(@ForAll VideoConferenceRequest request) {
    assertRoundTrip(AssistanceCodecs.VIDEO_CONFERENCE_REQUEST, request);
  }

  @Property(tries = 200)
  void everyJointInvestigationTeamAgreementReadsBackEqual(
      @ForAll JointInvestigationTeamAgreement agreement) {
    assertRoundTrip(AssistanceCodecs.JOINT_INVESTIGATION_TEAM_AGREEMENT, agreement);
  }

  @Test
  void aMinimalRequestReadsWithItsDefaultsAndIsWrittenWithThem() {
    String json =
        """
        {"type":"mutual-assistance-request","header":%s,"facts":{},\
        "measures":[{"kind":"SEARCH_AND_SEIZURE"}]}"""
            .formatted(HEADER);

    MutualAssistanceRequest request = read(AssistanceCodecs.MUTUAL_ASSISTANCE_REQUEST, json);

    assertThat(request)
        .isEqualTo(
            MutualAssistanceRequest.builder()
                .header(
                    RequestHeader.builder()
                        .id(RequestId.of("FR-2026-1"))
                        .requestingParty(Party.of("FR"))
                        .requestedParty(Party.of("DE"))
                        .requestingAuthority(
                            Authority.of(
                                Party.of("FR"),
                                AuthorityRole.CENTRAL_AUTHORITY,
                                "Ministère de la Justice"))
                        .channel(Channel.CENTRAL_AUTHORITY)
                        .language(Language.FRENCH)
                        .build())
                .facts(Facts.none())
                .addMeasures(AssistanceMeasure.of(AssistanceMeasure.Kind.SEARCH_AND_SEIZURE))
                .build());
    assertThat(CodecRoundTrip.write(AssistanceCodecs.MUTUAL_ASSISTANCE_REQUEST, request))
        .as("the type comes first, defaulted members are written, empty lists are left out")
        .startsWith("{\"type\":\"mutual-assistance-request\",\"header\":{")
        .endsWith(",\"facts\":{},\"measures\":[{\"kind\":\"SEARCH_AND_SEIZURE\"}],\"coercive\":false}");
  }

  @Test
  void aRequestWithoutFactsIsRejectedAtFacts() {
    String json = "{\"type\":\"mutual-assistance-request\",\"header\":%s}".formatted(HEADER);

    assertRejectedAt(AssistanceCodecs.MUTUAL_ASSISTANCE_REQUEST, json, "/facts");
  }

  @Test
  void aPersonNamedByANumberIsRejectedAtTheName() {
    String json =
        """
        {"type":"mutual-assistance-request","header":%s,"facts":{},\
        "persons":[{"role":"SUSPECT","kind":"NATURAL","name":42}]}"""
            .formatted(HEADER);

    assertRejectedAt(AssistanceCodecs.MUTUAL_ASSISTANCE_REQUEST, json, "/persons/0/name");
  }

  @Test
  void aMeasureOfAnUnknownKindIsRejectedAtItsKind() {
    String json =
        """
        {"type":"emergency-mutual-assistance-request","header":%s,"facts":{},\
        "measures":[{"kind":"HEARING_OF_WITNESS"},{"kind":"WIRETAP"}]}"""
            .formatted(HEADER);

    assertRejectedAt(AssistanceCodecs.EMERGENCY_MUTUAL_ASSISTANCE_REQUEST, json, "/measures/1/kind");
  }

  @Test
  void anOtherMeasureWithoutDescriptionIsRejectedAtTheMeasure() {
    // Broken: a measure of kind OTHER must say what is to be done.
    String json =
        """
        {"type":"mutual-assistance-request","header":%s,"facts":{},\
        "measures":[{"kind":"OTHER"}]}"""
            .formatted(HEADER);

    assertRejectedAt(AssistanceCodecs.MUTUAL_ASSISTANCE_REQUEST, json, "/measures/0");
  }

  @Test
  void aMisspelledMemberIsRejectedAtItsName() {
    String json =
        """
        {"type":"mutual-assistance-request","header":%s,"facts":{},\
        "procedure":"Hear the witness with counsel present"}"""
            .formatted(HEADER);

    assertRejectedAt(AssistanceCodecs.MUTUAL_ASSISTANCE_REQUEST, json, "/procedure");
  }

  @Test
  void aRequestCarryingAnotherTypeNameIsRejectedAtTheType() {
    String json = "{\"type\":\"interception-request\",\"header\":%s,\"facts\":{}}".formatted(HEADER);

    assertRejectedAt(AssistanceCodecs.REAL_TIME_TRAFFIC_COLLECTION_REQUEST, json, "/type");
  }

  @Test
  void aNullOptionalMemberAndABadDateAreBothReported() {
    String json =
        """
        {"type":"interception-request","header":%s,"facts":{},\
        "collectionStart":"01/03/2026","collectionEnd":null}"""
            .formatted(HEADER);

    assertRejectedAt(AssistanceCodecs.INTERCEPTION_REQUEST, json, "/collectionStart", "/collectionEnd");
  }

  @Test
  void aCollectionPeriodEndingBeforeItStartsIsRejectedAsAWhole() {
    // Broken: the period ends before it starts, which the request's own check forbids.
    String json =
        """
        {"type":"interception-request","header":%s,"facts":{},\
        "collectionStart":"2026-03-01","collectionEnd":"2026-02-01"}"""
            .formatted(HEADER);

    assertRejectedAt(AssistanceCodecs.INTERCEPTION_REQUEST, json, "");
  }

  @Test
  void aRepeatedStoredDataMeasureIsRejectedAtTheRepetition() {
    String json =
        """
        {"type":"stored-data-access-request","header":%s,"facts":{},\
        "measures":["DISCLOSURE","DISCLOSURE"]}"""
            .formatted(HEADER);

    assertRejectedAt(AssistanceCodecs.STORED_DATA_ACCESS_REQUEST, json, "/measures/1");
  }

  @Test
  void aHearingWithoutCapacityIsRejectedAtCapacity() {
    String json =
        """
        {"type":"video-conference-request","header":%s,\
        "personToBeHeard":{"role":"WITNESS_OR_EXPERT","kind":"NATURAL","name":"Jane Roe"}}"""
            .formatted(HEADER);

    assertRejectedAt(AssistanceCodecs.VIDEO_CONFERENCE_REQUEST, json, "/capacity");
  }

  @Test
  void aSuspectToBeHeardByVideoConferenceIsRejectedAsAWhole() {
    // Broken: 2AP 11 covers witnesses and experts, so the person's role must be WITNESS_OR_EXPERT.
    String json =
        """
        {"type":"video-conference-request","header":%s,\
        "personToBeHeard":{"role":"SUSPECT","kind":"NATURAL","name":"John Doe"},"capacity":"WITNESS"}"""
            .formatted(HEADER);

    assertRejectedAt(AssistanceCodecs.VIDEO_CONFERENCE_REQUEST, json, "");
  }

  @Test
  void aJointTeamAgreementReadsWithoutARequestHeader() {
    String json =
        """
        {"type":"joint-investigation-team-agreement","reference":"JIT-2026-4",\
        "parties":["FR","DE"],"competentAuthorities":[%s,%s],"startDate":"2026-01-15"}"""
            .formatted(FRENCH_AUTHORITY, GERMAN_AUTHORITY);

    JointInvestigationTeamAgreement agreement =
        read(AssistanceCodecs.JOINT_INVESTIGATION_TEAM_AGREEMENT, json);

    assertThat(agreement.parties()).containsExactly(Party.of("FR"), Party.of("DE"));
    assertThat(agreement.startDate()).isEqualTo(LocalDate.of(2026, 1, 15));
    assertThat(CodecRoundTrip.write(AssistanceCodecs.JOINT_INVESTIGATION_TEAM_AGREEMENT, agreement))
        .isEqualTo(json);
  }

  @Test
  void aPartyRepeatedInAJointTeamIsRejectedAtTheRepetition() {
    String json =
        """
        {"type":"joint-investigation-team-agreement","reference":"JIT-2026-4",\
        "parties":["FR","DE","FR"],"startDate":"2026-01-15"}""";

    assertRejectedAt(AssistanceCodecs.JOINT_INVESTIGATION_TEAM_AGREEMENT, json, "/parties/2");
  }

  @Test
  void anAuthorityOfANonParticipatingPartyIsRejectedAsAWhole() {
    // Broken: the German authority concludes an agreement Germany is not a party to.
    String json =
        """
        {"type":"joint-investigation-team-agreement","reference":"JIT-2026-4",\
        "parties":["FR","NL"],"competentAuthorities":[%s,%s],"startDate":"2026-01-15"}"""
            .formatted(FRENCH_AUTHORITY, GERMAN_AUTHORITY);

    assertRejectedAt(AssistanceCodecs.JOINT_INVESTIGATION_TEAM_AGREEMENT, json, "");
  }

  @Test
  void aJointTeamWithoutStartDateAndWithAnAuthorityWithoutRoleIsRejectedAtBoth() {
    String json =
        """
        {"type":"joint-investigation-team-agreement","reference":"JIT-2026-4",\
        "parties":["FR","DE"],"competentAuthorities":[%s,{"party":"DE","name":"BKA"}]}"""
            .formatted(FRENCH_AUTHORITY);

    assertRejectedAt(AssistanceCodecs.JOINT_INVESTIGATION_TEAM_AGREEMENT, json, "/competentAuthorities/1/role", "/startDate");
  }
}
