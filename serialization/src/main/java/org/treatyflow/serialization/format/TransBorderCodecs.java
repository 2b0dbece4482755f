package org.treatyflow.serialization.format;

import static org.treatyflow.serialization.codec.Codecs.DATE;
import static org.treatyflow.serialization.codec.Codecs.INSTANT;
import static org.treatyflow.serialization.codec.Codecs.STRING;
import static org.treatyflow.serialization.codec.Codecs.enumeration;
import static org.treatyflow.serialization.format.CommonCodecs.AUTHORITY;
import static org.treatyflow.serialization.format.CommonCodecs.DATA_ITEM;
import static org.treatyflow.serialization.format.CommonCodecs.PARTY;
import static org.treatyflow.serialization.format.CommonCodecs.REQUEST_ID;

import org.treatyflow.model.transborder.TransBorderAccessBasis;
import org.treatyflow.model.transborder.TransBorderAccessRecord;
import org.treatyflow.serialization.codec.Codec;
import org.treatyflow.serialization.codec.ObjectCodec;

/** The codecs of the record a Party keeps of its own trans-border access to stored data (BC 32). */
public final class TransBorderCodecs {
  private TransBorderCodecs() {}

  /** The case of BC 32 that allows the access: {@code PUBLICLY_AVAILABLE} or consent. */
  public static final Codec<TransBorderAccessBasis> TRANS_BORDER_ACCESS_BASIS =
      enumeration(TransBorderAccessBasis.class);

  /** A record of access to stored data without the other State's authorisation (BC 32). */
  public static final ObjectCodec<TransBorderAccessRecord, TransBorderAccessRecord.Builder>
      TRANS_BORDER_ACCESS_RECORD =
          ObjectCodec.of(
                  "TransBorderAccessRecord",
                  TransBorderAccessRecord.class,
                  TransBorderAccessRecord.Builder::new,
                  TransBorderAccessRecord.Builder::build)
              .typeName("trans-border-access-record")
              .optional(
                  "reference",
                  REQUEST_ID,
                  TransBorderAccessRecord::reference,
                  TransBorderAccessRecord.Builder::reference)
              .required(
                  "accessingParty",
                  PARTY,
                  TransBorderAccessRecord::accessingParty,
                  TransBorderAccessRecord.Builder::accessingParty)
              .required(
                  "accessingAuthority",
                  AUTHORITY,
                  TransBorderAccessRecord::accessingAuthority,
                  TransBorderAccessRecord.Builder::accessingAuthority)
              .optional(
                  "storedIn",
                  PARTY,
                  TransBorderAccessRecord::storedIn,
                  TransBorderAccessRecord.Builder::storedIn)
              .required(
                  "basis",
                  TRANS_BORDER_ACCESS_BASIS,
                  TransBorderAccessRecord::basis,
                  TransBorderAccessRecord.Builder::basis)
              .optional(
                  "consentGiver",
                  STRING,
                  TransBorderAccessRecord::consentGiver,
                  TransBorderAccessRecord.Builder::consentGiver)
              .personal()
              .optional(
                  "consentObtainedOn",
                  DATE,
                  TransBorderAccessRecord::consentObtainedOn,
                  TransBorderAccessRecord.Builder::consentObtainedOn)
              .required(
                  "accessedAt",
                  INSTANT,
                  TransBorderAccessRecord::accessedAt,
                  TransBorderAccessRecord.Builder::accessedAt)
              .list(
                  "dataAccessed",
                  DATA_ITEM,
                  TransBorderAccessRecord::dataAccessed,
                  TransBorderAccessRecord.Builder::addAllDataAccessed)
              .build();
}
