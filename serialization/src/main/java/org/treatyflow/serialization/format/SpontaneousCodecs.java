package org.treatyflow.serialization.format;

import static org.treatyflow.serialization.codec.Codecs.BOOLEAN;
import static org.treatyflow.serialization.codec.Codecs.DATE;
import static org.treatyflow.serialization.codec.Codecs.STRING;
import static org.treatyflow.serialization.format.AssetCodecs.ASSET;
import static org.treatyflow.serialization.format.CommonCodecs.AUTHORITY;
import static org.treatyflow.serialization.format.CommonCodecs.OFFENCE;
import static org.treatyflow.serialization.format.CommonCodecs.PARTY;
import static org.treatyflow.serialization.format.CommonCodecs.REQUEST_ID;
import static org.treatyflow.serialization.format.CommonCodecs.USE_CONDITION;

import org.treatyflow.model.spontaneous.SpontaneousInformation;
import org.treatyflow.model.spontaneous.SpontaneousInformationOnProceeds;
import org.treatyflow.serialization.codec.ObjectCodec;

/**
 * The codecs of information sent without a prior request (BC 26, WC 20). Both types carry the
 * members of a spontaneous communication, in the same order, before their own.
 */
public final class SpontaneousCodecs {
  private SpontaneousCodecs() {}

  /** Information from a Party's own investigations, sent without a prior request (BC 26). */
  public static final ObjectCodec<SpontaneousInformation, SpontaneousInformation.Builder>
      SPONTANEOUS_INFORMATION =
          ObjectCodec.of(
                  "SpontaneousInformation",
                  SpontaneousInformation.class,
                  SpontaneousInformation.Builder::new,
                  SpontaneousInformation.Builder::build)
              .typeName("spontaneous-information")
              .optional(
                  "reference",
                  REQUEST_ID,
                  SpontaneousInformation::reference,
                  SpontaneousInformation.Builder::reference)
              .required(
                  "providingParty",
                  PARTY,
                  SpontaneousInformation::providingParty,
                  SpontaneousInformation.Builder::providingParty)
              .required(
                  "providingAuthority",
                  AUTHORITY,
                  SpontaneousInformation::providingAuthority,
                  SpontaneousInformation.Builder::providingAuthority)
              .required(
                  "receivingParty",
                  PARTY,
                  SpontaneousInformation::receivingParty,
                  SpontaneousInformation.Builder::receivingParty)
              .required(
                  "receivingAuthority",
                  AUTHORITY,
                  SpontaneousInformation::receivingAuthority,
                  SpontaneousInformation.Builder::receivingAuthority)
              .optional(
                  "sentOn",
                  DATE,
                  SpontaneousInformation::sentOn,
                  SpontaneousInformation.Builder::sentOn)
              .optional(
                  "informationSummary",
                  STRING,
                  SpontaneousInformation::informationSummary,
                  SpontaneousInformation.Builder::informationSummary)
              .personal()
              .defaulted(
                  "confidentialityRequested",
                  BOOLEAN,
                  SpontaneousInformation::confidentialityRequested,
                  SpontaneousInformation.Builder::confidentialityRequested)
              .set(
                  "conditions",
                  USE_CONDITION,
                  SpontaneousInformation::conditions,
                  SpontaneousInformation.Builder::addAllConditions)
              .list(
                  "offences",
                  OFFENCE,
                  SpontaneousInformation::offences,
                  SpontaneousInformation.Builder::addAllOffences)
              .defaulted(
                  "couldLeadToRequest",
                  BOOLEAN,
                  SpontaneousInformation::couldLeadToRequest,
                  SpontaneousInformation.Builder::couldLeadToRequest)
              .build();

  /** Information on instrumentalities and proceeds, sent without a prior request (WC 20). */
  public static final ObjectCodec<
          SpontaneousInformationOnProceeds, SpontaneousInformationOnProceeds.Builder>
      SPONTANEOUS_INFORMATION_ON_PROCEEDS =
          ObjectCodec.of(
                  "SpontaneousInformationOnProceeds",
                  SpontaneousInformationOnProceeds.class,
                  SpontaneousInformationOnProceeds.Builder::new,
                  SpontaneousInformationOnProceeds.Builder::build)
              .typeName("spontaneous-information-on-proceeds")
              .optional(
                  "reference",
                  REQUEST_ID,
                  SpontaneousInformationOnProceeds::reference,
                  SpontaneousInformationOnProceeds.Builder::reference)
              .required(
                  "providingParty",
                  PARTY,
                  SpontaneousInformationOnProceeds::providingParty,
                  SpontaneousInformationOnProceeds.Builder::providingParty)
              .required(
                  "providingAuthority",
                  AUTHORITY,
                  SpontaneousInformationOnProceeds::providingAuthority,
                  SpontaneousInformationOnProceeds.Builder::providingAuthority)
              .required(
                  "receivingParty",
                  PARTY,
                  SpontaneousInformationOnProceeds::receivingParty,
                  SpontaneousInformationOnProceeds.Builder::receivingParty)
              .required(
                  "receivingAuthority",
                  AUTHORITY,
                  SpontaneousInformationOnProceeds::receivingAuthority,
                  SpontaneousInformationOnProceeds.Builder::receivingAuthority)
              .optional(
                  "sentOn",
                  DATE,
                  SpontaneousInformationOnProceeds::sentOn,
                  SpontaneousInformationOnProceeds.Builder::sentOn)
              .optional(
                  "informationSummary",
                  STRING,
                  SpontaneousInformationOnProceeds::informationSummary,
                  SpontaneousInformationOnProceeds.Builder::informationSummary)
              .personal()
              .defaulted(
                  "confidentialityRequested",
                  BOOLEAN,
                  SpontaneousInformationOnProceeds::confidentialityRequested,
                  SpontaneousInformationOnProceeds.Builder::confidentialityRequested)
              .set(
                  "conditions",
                  USE_CONDITION,
                  SpontaneousInformationOnProceeds::conditions,
                  SpontaneousInformationOnProceeds.Builder::addAllConditions)
              .list(
                  "offences",
                  OFFENCE,
                  SpontaneousInformationOnProceeds::offences,
                  SpontaneousInformationOnProceeds.Builder::addAllOffences)
              .list(
                  "instrumentalitiesAndProceeds",
                  ASSET,
                  SpontaneousInformationOnProceeds::instrumentalitiesAndProceeds,
                  SpontaneousInformationOnProceeds.Builder::addAllInstrumentalitiesAndProceeds)
              .build();
}
