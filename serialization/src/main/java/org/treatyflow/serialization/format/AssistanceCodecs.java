package org.treatyflow.serialization.format;

import static org.treatyflow.serialization.codec.Codecs.BOOLEAN;
import static org.treatyflow.serialization.codec.Codecs.DATE;
import static org.treatyflow.serialization.codec.Codecs.STRING;
import static org.treatyflow.serialization.codec.Codecs.enumeration;
import static org.treatyflow.serialization.format.CommonCodecs.AUTHORITY;
import static org.treatyflow.serialization.format.CommonCodecs.DATA_ITEM;
import static org.treatyflow.serialization.format.CommonCodecs.FACTS;
import static org.treatyflow.serialization.format.CommonCodecs.LANGUAGE;
import static org.treatyflow.serialization.format.CommonCodecs.OFFENCE;
import static org.treatyflow.serialization.format.CommonCodecs.PARTY;
import static org.treatyflow.serialization.format.CommonCodecs.REQUEST_HEADER;
import static org.treatyflow.serialization.format.CommonCodecs.REQUEST_ID;
import static org.treatyflow.serialization.format.PersonCodecs.PERSON;

import org.treatyflow.model.assistance.AssistanceMeasure;
import org.treatyflow.model.assistance.EmergencyMutualAssistanceRequest;
import org.treatyflow.model.assistance.HearingCapacity;
import org.treatyflow.model.assistance.InterceptionRequest;
import org.treatyflow.model.assistance.JointInvestigationTeamAgreement;
import org.treatyflow.model.assistance.MutualAssistanceRequest;
import org.treatyflow.model.assistance.RealTimeTrafficCollectionRequest;
import org.treatyflow.model.assistance.StoredDataAccessMeasure;
import org.treatyflow.model.assistance.StoredDataAccessRequest;
import org.treatyflow.model.assistance.VideoConferenceRequest;
import org.treatyflow.serialization.codec.Codec;
import org.treatyflow.serialization.codec.ObjectCodec;

/**
 * The codecs of mutual assistance: general and emergency requests (BC 25, 27; 2AP 10), access to
 * stored data (BC 31), real-time collection and interception (BC 33, 34), hearings by video
 * conference (2AP 11) and joint investigation team agreements (2AP 12).
 */
public final class AssistanceCodecs {
  private AssistanceCodecs() {}

  public static final Codec<AssistanceMeasure.Kind> ASSISTANCE_MEASURE_KIND =
      enumeration(AssistanceMeasure.Kind.class);
  public static final Codec<HearingCapacity> HEARING_CAPACITY = enumeration(HearingCapacity.class);
  public static final Codec<StoredDataAccessMeasure> STORED_DATA_ACCESS_MEASURE =
      enumeration(StoredDataAccessMeasure.class);

  /** A measure of assistance; its description may name persons, so it is personal data. */
  public static final ObjectCodec<AssistanceMeasure, AssistanceMeasure.Builder> ASSISTANCE_MEASURE =
      ObjectCodec.of(
              "AssistanceMeasure",
              AssistanceMeasure.class,
              AssistanceMeasure.Builder::new,
              AssistanceMeasure.Builder::build)
          .required(
              "kind", ASSISTANCE_MEASURE_KIND, AssistanceMeasure::kind, AssistanceMeasure.Builder::kind)
          .optional(
              "description",
              STRING,
              AssistanceMeasure::description,
              AssistanceMeasure.Builder::description)
          .personal()
          .build();

  /** A general request for mutual assistance (BC 25, 27). */
  public static final ObjectCodec<MutualAssistanceRequest, MutualAssistanceRequest.Builder>
      MUTUAL_ASSISTANCE_REQUEST =
          ObjectCodec.of(
                  "MutualAssistanceRequest",
                  MutualAssistanceRequest.class,
                  MutualAssistanceRequest.Builder::new,
                  MutualAssistanceRequest.Builder::build)
              .typeName("mutual-assistance-request")
              .required(
                  "header",
                  REQUEST_HEADER,
                  MutualAssistanceRequest::header,
                  MutualAssistanceRequest.Builder::header)
              .list(
                  "offences",
                  OFFENCE,
                  MutualAssistanceRequest::offences,
                  MutualAssistanceRequest.Builder::addAllOffences)
              .required(
                  "facts",
                  FACTS,
                  MutualAssistanceRequest::facts,
                  MutualAssistanceRequest.Builder::facts)
              .list(
                  "measures",
                  ASSISTANCE_MEASURE,
                  MutualAssistanceRequest::measures,
                  MutualAssistanceRequest.Builder::addAllMeasures)
              .list(
                  "dataItems",
                  DATA_ITEM,
                  MutualAssistanceRequest::dataItems,
                  MutualAssistanceRequest.Builder::addAllDataItems)
              .list(
                  "persons",
                  PERSON,
                  MutualAssistanceRequest::persons,
                  MutualAssistanceRequest.Builder::addAllPersons)
              .optional(
                  "procedureRequested",
                  STRING,
                  MutualAssistanceRequest::procedureRequested,
                  MutualAssistanceRequest.Builder::procedureRequested)
              .personal()
              .defaulted(
                  "coercive",
                  BOOLEAN,
                  MutualAssistanceRequest::coercive,
                  MutualAssistanceRequest.Builder::coercive)
              .build();

  /** A request for access to stored computer data (BC 31). */
  public static final ObjectCodec<StoredDataAccessRequest, StoredDataAccessRequest.Builder>
      STORED_DATA_ACCESS_REQUEST =
          ObjectCodec.of(
                  "StoredDataAccessRequest",
                  StoredDataAccessRequest.class,
                  StoredDataAccessRequest.Builder::new,
                  StoredDataAccessRequest.Builder::build)
              .typeName("stored-data-access-request")
              .required(
                  "header",
                  REQUEST_HEADER,
                  StoredDataAccessRequest::header,
                  StoredDataAccessRequest.Builder::header)
              .list(
                  "offences",
                  OFFENCE,
                  StoredDataAccessRequest::offences,
                  StoredDataAccessRequest.Builder::addAllOffences)
              .required(
                  "facts",
                  FACTS,
                  StoredDataAccessRequest::facts,
                  StoredDataAccessRequest.Builder::facts)
              .list(
                  "dataItems",
                  DATA_ITEM,
                  StoredDataAccessRequest::dataItems,
                  StoredDataAccessRequest.Builder::addAllDataItems)
              .set(
                  "measures",
                  STORED_DATA_ACCESS_MEASURE,
                  StoredDataAccessRequest::measures,
                  StoredDataAccessRequest.Builder::addAllMeasures)
              .optional(
                  "precedingPreservation",
                  REQUEST_ID,
                  StoredDataAccessRequest::precedingPreservation,
                  StoredDataAccessRequest.Builder::precedingPreservation)
              .optional(
                  "expeditedGrounds",
                  STRING,
                  StoredDataAccessRequest::expeditedGrounds,
                  StoredDataAccessRequest.Builder::expeditedGrounds)
              .personal()
              .build();

  /** A request for real-time collection of traffic data (BC 33). */
  public static final ObjectCodec<
          RealTimeTrafficCollectionRequest, RealTimeTrafficCollectionRequest.Builder>
      REAL_TIME_TRAFFIC_COLLECTION_REQUEST =
          ObjectCodec.of(
                  "RealTimeTrafficCollectionRequest",
                  RealTimeTrafficCollectionRequest.class,
                  RealTimeTrafficCollectionRequest.Builder::new,
                  RealTimeTrafficCollectionRequest.Builder::build)
              .typeName("real-time-traffic-collection-request")
              .required(
                  "header",
                  REQUEST_HEADER,
                  RealTimeTrafficCollectionRequest::header,
                  RealTimeTrafficCollectionRequest.Builder::header)
              .list(
                  "offences",
                  OFFENCE,
                  RealTimeTrafficCollectionRequest::offences,
                  RealTimeTrafficCollectionRequest.Builder::addAllOffences)
              .required(
                  "facts",
                  FACTS,
                  RealTimeTrafficCollectionRequest::facts,
                  RealTimeTrafficCollectionRequest.Builder::facts)
              .list(
                  "specifiedCommunications",
                  DATA_ITEM,
                  RealTimeTrafficCollectionRequest::specifiedCommunications,
                  RealTimeTrafficCollectionRequest.Builder::addAllSpecifiedCommunications)
              .optional(
                  "collectionStart",
                  DATE,
                  RealTimeTrafficCollectionRequest::collectionStart,
                  RealTimeTrafficCollectionRequest.Builder::collectionStart)
              .optional(
                  "collectionEnd",
                  DATE,
                  RealTimeTrafficCollectionRequest::collectionEnd,
                  RealTimeTrafficCollectionRequest.Builder::collectionEnd)
              .build();

  /** A request for interception of content data (BC 34). */
  public static final ObjectCodec<InterceptionRequest, InterceptionRequest.Builder>
      INTERCEPTION_REQUEST =
          ObjectCodec.of(
                  "InterceptionRequest",
                  InterceptionRequest.class,
                  InterceptionRequest.Builder::new,
                  InterceptionRequest.Builder::build)
              .typeName("interception-request")
              .required(
                  "header",
                  REQUEST_HEADER,
                  InterceptionRequest::header,
                  InterceptionRequest.Builder::header)
              .list(
                  "offences",
                  OFFENCE,
                  InterceptionRequest::offences,
                  InterceptionRequest.Builder::addAllOffences)
              .required(
                  "facts", FACTS, InterceptionRequest::facts, InterceptionRequest.Builder::facts)
              .list(
                  "specifiedCommunications",
                  DATA_ITEM,
                  InterceptionRequest::specifiedCommunications,
                  InterceptionRequest.Builder::addAllSpecifiedCommunications)
              .optional(
                  "collectionStart",
                  DATE,
                  InterceptionRequest::collectionStart,
                  InterceptionRequest.Builder::collectionStart)
              .optional(
                  "collectionEnd",
                  DATE,
                  InterceptionRequest::collectionEnd,
                  InterceptionRequest.Builder::collectionEnd)
              .build();

  /** A request for emergency mutual assistance (2AP 10); the emergency facts are personal data. */
  public static final ObjectCodec<
          EmergencyMutualAssistanceRequest, EmergencyMutualAssistanceRequest.Builder>
      EMERGENCY_MUTUAL_ASSISTANCE_REQUEST =
          ObjectCodec.of(
                  "EmergencyMutualAssistanceRequest",
                  EmergencyMutualAssistanceRequest.class,
                  EmergencyMutualAssistanceRequest.Builder::new,
                  EmergencyMutualAssistanceRequest.Builder::build)
              .typeName("emergency-mutual-assistance-request")
              .required(
                  "header",
                  REQUEST_HEADER,
                  EmergencyMutualAssistanceRequest::header,
                  EmergencyMutualAssistanceRequest.Builder::header)
              .list(
                  "offences",
                  OFFENCE,
                  EmergencyMutualAssistanceRequest::offences,
                  EmergencyMutualAssistanceRequest.Builder::addAllOffences)
              .required(
                  "facts",
                  FACTS,
                  EmergencyMutualAssistanceRequest::facts,
                  EmergencyMutualAssistanceRequest.Builder::facts)
              .optional(
                  "emergencyFacts",
                  STRING,
                  EmergencyMutualAssistanceRequest::emergencyFacts,
                  EmergencyMutualAssistanceRequest.Builder::emergencyFacts)
              .personal()
              .list(
                  "measures",
                  ASSISTANCE_MEASURE,
                  EmergencyMutualAssistanceRequest::measures,
                  EmergencyMutualAssistanceRequest.Builder::addAllMeasures)
              .list(
                  "dataItems",
                  DATA_ITEM,
                  EmergencyMutualAssistanceRequest::dataItems,
                  EmergencyMutualAssistanceRequest.Builder::addAllDataItems)
              .build();

  /** A request to hear a witness or expert by video conference (2AP 11). */
  public static final ObjectCodec<VideoConferenceRequest, VideoConferenceRequest.Builder>
      VIDEO_CONFERENCE_REQUEST =
          ObjectCodec.of(
                  "VideoConferenceRequest",
                  VideoConferenceRequest.class,
                  VideoConferenceRequest.Builder::new,
                  VideoConferenceRequest.Builder::build)
              .typeName("video-conference-request")
              .required(
                  "header",
                  REQUEST_HEADER,
                  VideoConferenceRequest::header,
                  VideoConferenceRequest.Builder::header)
              .optional(
                  "personToBeHeard",
                  PERSON,
                  VideoConferenceRequest::personToBeHeard,
                  VideoConferenceRequest.Builder::personToBeHeard)
              .required(
                  "capacity",
                  HEARING_CAPACITY,
                  VideoConferenceRequest::capacity,
                  VideoConferenceRequest.Builder::capacity)
              .optional(
                  "proposedDate",
                  DATE,
                  VideoConferenceRequest::proposedDate,
                  VideoConferenceRequest.Builder::proposedDate)
              .optional(
                  "languageOfHearing",
                  LANGUAGE,
                  VideoConferenceRequest::languageOfHearing,
                  VideoConferenceRequest.Builder::languageOfHearing)
              .defaulted(
                  "interpreterNeeded",
                  BOOLEAN,
                  VideoConferenceRequest::interpreterNeeded,
                  VideoConferenceRequest.Builder::interpreterNeeded)
              .build();

  /**
   * An agreement on a joint investigation team (2AP 12): an arrangement, not a request, so it
   * carries its own reference, Parties and authorities instead of a request header.
   */
  public static final ObjectCodec<JointInvestigationTeamAgreement, JointInvestigationTeamAgreement.Builder>
      JOINT_INVESTIGATION_TEAM_AGREEMENT =
          ObjectCodec.of(
                  "JointInvestigationTeamAgreement",
                  JointInvestigationTeamAgreement.class,
                  JointInvestigationTeamAgreement.Builder::new,
                  JointInvestigationTeamAgreement.Builder::build)
              .typeName("joint-investigation-team-agreement")
              .required(
                  "reference",
                  REQUEST_ID,
                  JointInvestigationTeamAgreement::reference,
                  JointInvestigationTeamAgreement.Builder::reference)
              .set(
                  "parties",
                  PARTY,
                  JointInvestigationTeamAgreement::parties,
                  JointInvestigationTeamAgreement.Builder::addAllParties)
              .list(
                  "competentAuthorities",
                  AUTHORITY,
                  JointInvestigationTeamAgreement::competentAuthorities,
                  JointInvestigationTeamAgreement.Builder::addAllCompetentAuthorities)
              .optional(
                  "purpose",
                  STRING,
                  JointInvestigationTeamAgreement::purpose,
                  JointInvestigationTeamAgreement.Builder::purpose)
              .personal()
              .required(
                  "startDate",
                  DATE,
                  JointInvestigationTeamAgreement::startDate,
                  JointInvestigationTeamAgreement.Builder::startDate)
              .optional(
                  "endDate",
                  DATE,
                  JointInvestigationTeamAgreement::endDate,
                  JointInvestigationTeamAgreement.Builder::endDate)
              .optional(
                  "informationUseTerms",
                  STRING,
                  JointInvestigationTeamAgreement::informationUseTerms,
                  JointInvestigationTeamAgreement.Builder::informationUseTerms)
              .build();
}
