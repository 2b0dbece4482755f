package org.treatyflow.serialization.format;

import static org.treatyflow.serialization.codec.Codecs.BOOLEAN;
import static org.treatyflow.serialization.codec.Codecs.STRING;
import static org.treatyflow.serialization.codec.Codecs.enumeration;
import static org.treatyflow.serialization.format.AssetCodecs.AMOUNT;
import static org.treatyflow.serialization.format.AssetCodecs.ASSET;
import static org.treatyflow.serialization.format.CommonCodecs.OFFENCE;
import static org.treatyflow.serialization.format.CommonCodecs.REQUEST_HEADER;
import static org.treatyflow.serialization.format.CommonCodecs.REQUEST_ID;
import static org.treatyflow.serialization.format.FinancialCodecs.WARSAW_REQUEST_CONTENT;

import org.treatyflow.model.provisional.ProvisionalMeasure;
import org.treatyflow.model.provisional.ProvisionalMeasureRequest;
import org.treatyflow.serialization.codec.Codec;
import org.treatyflow.serialization.codec.ObjectCodec;

/** The codecs of requests for provisional measures, freezing or seizure (WC 21-22). */
public final class ProvisionalCodecs {
  private ProvisionalCodecs() {}

  public static final Codec<ProvisionalMeasure> PROVISIONAL_MEASURE =
      enumeration(ProvisionalMeasure.class);

  /** A request to freeze or seize property (WC 21); the proceedings reference is personal data. */
  public static final ObjectCodec<ProvisionalMeasureRequest, ProvisionalMeasureRequest.Builder>
      PROVISIONAL_MEASURE_REQUEST =
          ObjectCodec.of(
                  "ProvisionalMeasureRequest",
                  ProvisionalMeasureRequest.class,
                  ProvisionalMeasureRequest.Builder::new,
                  ProvisionalMeasureRequest.Builder::build)
              .typeName("provisional-measure-request")
              .required(
                  "header",
                  REQUEST_HEADER,
                  ProvisionalMeasureRequest::header,
                  ProvisionalMeasureRequest.Builder::header)
              .list(
                  "offences",
                  OFFENCE,
                  ProvisionalMeasureRequest::offences,
                  ProvisionalMeasureRequest.Builder::addAllOffences)
              .required(
                  "content",
                  WARSAW_REQUEST_CONTENT,
                  ProvisionalMeasureRequest::content,
                  ProvisionalMeasureRequest.Builder::content)
              .required(
                  "measure",
                  PROVISIONAL_MEASURE,
                  ProvisionalMeasureRequest::measure,
                  ProvisionalMeasureRequest.Builder::measure)
              .list(
                  "assets",
                  ASSET,
                  ProvisionalMeasureRequest::assets,
                  ProvisionalMeasureRequest.Builder::addAllAssets)
              .defaulted(
                  "proceedingsInstituted",
                  BOOLEAN,
                  ProvisionalMeasureRequest::proceedingsInstituted,
                  ProvisionalMeasureRequest.Builder::proceedingsInstituted)
              .optional(
                  "proceedingsReference",
                  STRING,
                  ProvisionalMeasureRequest::proceedingsReference,
                  ProvisionalMeasureRequest.Builder::proceedingsReference)
              .personal()
              .defaulted(
                  "valueBased",
                  BOOLEAN,
                  ProvisionalMeasureRequest::valueBased,
                  ProvisionalMeasureRequest.Builder::valueBased)
              .optional(
                  "maximumAmount",
                  AMOUNT,
                  ProvisionalMeasureRequest::maximumAmount,
                  ProvisionalMeasureRequest.Builder::maximumAmount)
              .optional(
                  "linkedConfiscationRequest",
                  REQUEST_ID,
                  ProvisionalMeasureRequest::linkedConfiscationRequest,
                  ProvisionalMeasureRequest.Builder::linkedConfiscationRequest)
              .build();
}
