package org.treatyflow.serialization.format;

import static org.treatyflow.serialization.codec.Codecs.BOOLEAN;
import static org.treatyflow.serialization.codec.Codecs.DATE;
import static org.treatyflow.serialization.codec.Codecs.INTEGER;
import static org.treatyflow.serialization.codec.Codecs.STRING;
import static org.treatyflow.serialization.format.CommonCodecs.AUTHORITY;
import static org.treatyflow.serialization.format.CommonCodecs.DATA_ITEM;
import static org.treatyflow.serialization.format.CommonCodecs.FACTS;
import static org.treatyflow.serialization.format.CommonCodecs.OFFENCE;
import static org.treatyflow.serialization.format.CommonCodecs.PARTY;
import static org.treatyflow.serialization.format.CommonCodecs.REQUEST_HEADER;
import static org.treatyflow.serialization.format.CommonCodecs.REQUEST_ID;

import org.treatyflow.model.preservation.PreservationRequest;
import org.treatyflow.model.preservation.PreservedTrafficDisclosure;
import org.treatyflow.serialization.codec.ObjectCodec;

/**
 * The codecs of expedited preservation (BC 29) and of the disclosure of preserved traffic data (BC
 * 30).
 */
public final class PreservationCodecs {
  private PreservationCodecs() {}

  /** A request for expedited preservation of stored computer data (BC 29). */
  public static final ObjectCodec<PreservationRequest, PreservationRequest.Builder>
      PRESERVATION_REQUEST =
          ObjectCodec.of(
                  "PreservationRequest",
                  PreservationRequest.class,
                  PreservationRequest.Builder::new,
                  PreservationRequest.Builder::build)
              .typeName("preservation-request")
              .required(
                  "header",
                  REQUEST_HEADER,
                  PreservationRequest::header,
                  PreservationRequest.Builder::header)
              .list(
                  "offences",
                  OFFENCE,
                  PreservationRequest::offences,
                  PreservationRequest.Builder::addAllOffences)
              .defaulted(
                  "facts", FACTS, PreservationRequest::facts, PreservationRequest.Builder::facts)
              .list(
                  "dataToPreserve",
                  DATA_ITEM,
                  PreservationRequest::dataToPreserve,
                  PreservationRequest.Builder::addAllDataToPreserve)
              .optional(
                  "custodianOrLocation",
                  STRING,
                  PreservationRequest::custodianOrLocation,
                  PreservationRequest.Builder::custodianOrLocation)
              .personal()
              .optional(
                  "necessity",
                  STRING,
                  PreservationRequest::necessity,
                  PreservationRequest.Builder::necessity)
              .personal()
              .defaulted(
                  "intendsMutualAssistanceFollowUp",
                  BOOLEAN,
                  PreservationRequest::intendsMutualAssistanceFollowUp,
                  PreservationRequest.Builder::intendsMutualAssistanceFollowUp)
              .optional(
                  "preservationDaysRequested",
                  INTEGER,
                  PreservationRequest::preservationDaysRequested,
                  PreservationRequest.Builder::preservationDaysRequested)
              .build();

  /** The traffic data disclosed while executing a preservation request (BC 30(1)). */
  public static final ObjectCodec<PreservedTrafficDisclosure, PreservedTrafficDisclosure.Builder>
      PRESERVED_TRAFFIC_DISCLOSURE =
          ObjectCodec.of(
                  "PreservedTrafficDisclosure",
                  PreservedTrafficDisclosure.class,
                  PreservedTrafficDisclosure.Builder::new,
                  PreservedTrafficDisclosure.Builder::build)
              .typeName("preserved-traffic-disclosure")
              .required(
                  "preservationRequestId",
                  REQUEST_ID,
                  PreservedTrafficDisclosure::preservationRequestId,
                  PreservedTrafficDisclosure.Builder::preservationRequestId)
              .required(
                  "disclosingParty",
                  PARTY,
                  PreservedTrafficDisclosure::disclosingParty,
                  PreservedTrafficDisclosure.Builder::disclosingParty)
              .required(
                  "receivingParty",
                  PARTY,
                  PreservedTrafficDisclosure::receivingParty,
                  PreservedTrafficDisclosure.Builder::receivingParty)
              .required(
                  "disclosingAuthority",
                  AUTHORITY,
                  PreservedTrafficDisclosure::disclosingAuthority,
                  PreservedTrafficDisclosure.Builder::disclosingAuthority)
              .optional(
                  "disclosedOn",
                  DATE,
                  PreservedTrafficDisclosure::disclosedOn,
                  PreservedTrafficDisclosure.Builder::disclosedOn)
              .list(
                  "trafficData",
                  DATA_ITEM,
                  PreservedTrafficDisclosure::trafficData,
                  PreservedTrafficDisclosure.Builder::addAllTrafficData)
              .optional(
                  "identifiedProvider",
                  AUTHORITY,
                  PreservedTrafficDisclosure::identifiedProvider,
                  PreservedTrafficDisclosure.Builder::identifiedProvider)
              .optional(
                  "path",
                  STRING,
                  PreservedTrafficDisclosure::path,
                  PreservedTrafficDisclosure.Builder::path)
              .personal()
              .build();
}
