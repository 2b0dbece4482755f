package org.treatyflow.serialization.format;

import static org.treatyflow.serialization.codec.Codecs.BOOLEAN;
import static org.treatyflow.serialization.codec.Codecs.DECIMAL;
import static org.treatyflow.serialization.codec.Codecs.STRING;
import static org.treatyflow.serialization.codec.Codecs.enumeration;
import static org.treatyflow.serialization.format.AssetCodecs.AMOUNT;
import static org.treatyflow.serialization.format.AssetCodecs.ASSET;
import static org.treatyflow.serialization.format.CommonCodecs.OFFENCE;
import static org.treatyflow.serialization.format.CommonCodecs.PARTY;
import static org.treatyflow.serialization.format.CommonCodecs.REQUEST_HEADER;
import static org.treatyflow.serialization.format.CommonCodecs.REQUEST_ID;
import static org.treatyflow.serialization.format.FinancialCodecs.WARSAW_REQUEST_CONTENT;
import static org.treatyflow.serialization.format.PersonCodecs.PERSON;

import org.treatyflow.model.confiscation.ConfiscationKind;
import org.treatyflow.model.confiscation.ConfiscationMode;
import org.treatyflow.model.confiscation.ConfiscationRequest;
import org.treatyflow.model.confiscation.DisposalRequest;
import org.treatyflow.model.confiscation.Disposition;
import org.treatyflow.serialization.codec.Codec;
import org.treatyflow.serialization.codec.ObjectCodec;

/**
 * The codecs of confiscation requests and of requests about the disposal of confiscated property
 * (WC 23-27).
 */
public final class ConfiscationCodecs {
  private ConfiscationCodecs() {}

  public static final Codec<ConfiscationMode> CONFISCATION_MODE =
      enumeration(ConfiscationMode.class);
  public static final Codec<ConfiscationKind> CONFISCATION_KIND =
      enumeration(ConfiscationKind.class);
  public static final Codec<Disposition> DISPOSITION = enumeration(Disposition.class);

  /**
   * A request to confiscate property or a sum of money (WC 23); the extent of enforcement and the
   * statement of facts for a domestic order are personal data.
   */
  public static final ObjectCodec<ConfiscationRequest, ConfiscationRequest.Builder>
      CONFISCATION_REQUEST =
          ObjectCodec.of(
                  "ConfiscationRequest",
                  ConfiscationRequest.class,
                  ConfiscationRequest.Builder::new,
                  ConfiscationRequest.Builder::build)
              .typeName("confiscation-request")
              .required(
                  "header",
                  REQUEST_HEADER,
                  ConfiscationRequest::header,
                  ConfiscationRequest.Builder::header)
              .list(
                  "offences",
                  OFFENCE,
                  ConfiscationRequest::offences,
                  ConfiscationRequest.Builder::addAllOffences)
              .required(
                  "content",
                  WARSAW_REQUEST_CONTENT,
                  ConfiscationRequest::content,
                  ConfiscationRequest.Builder::content)
              .required(
                  "mode", CONFISCATION_MODE, ConfiscationRequest::mode, ConfiscationRequest.Builder::mode)
              .required(
                  "kind", CONFISCATION_KIND, ConfiscationRequest::kind, ConfiscationRequest.Builder::kind)
              .defaulted(
                  "nonConvictionBased",
                  BOOLEAN,
                  ConfiscationRequest::nonConvictionBased,
                  ConfiscationRequest.Builder::nonConvictionBased)
              .list(
                  "assets",
                  ASSET,
                  ConfiscationRequest::assets,
                  ConfiscationRequest.Builder::addAllAssets)
              .optional(
                  "orderAmount",
                  AMOUNT,
                  ConfiscationRequest::orderAmount,
                  ConfiscationRequest.Builder::orderAmount)
              .defaulted(
                  "certifiedCopyOfOrderAttached",
                  BOOLEAN,
                  ConfiscationRequest::certifiedCopyOfOrderAttached,
                  ConfiscationRequest.Builder::certifiedCopyOfOrderAttached)
              .defaulted(
                  "statementOfGroundsAttached",
                  BOOLEAN,
                  ConfiscationRequest::statementOfGroundsAttached,
                  ConfiscationRequest.Builder::statementOfGroundsAttached)
              .defaulted(
                  "enforceabilityAttested",
                  BOOLEAN,
                  ConfiscationRequest::enforceabilityAttested,
                  ConfiscationRequest.Builder::enforceabilityAttested)
              .optional(
                  "extentOfEnforcement",
                  STRING,
                  ConfiscationRequest::extentOfEnforcement,
                  ConfiscationRequest.Builder::extentOfEnforcement)
              .personal()
              .optional(
                  "provisionalMeasuresNeeded",
                  BOOLEAN,
                  ConfiscationRequest::provisionalMeasuresNeeded,
                  ConfiscationRequest.Builder::provisionalMeasuresNeeded)
              .optional(
                  "statementOfFactsForDomesticOrder",
                  STRING,
                  ConfiscationRequest::statementOfFactsForDomesticOrder,
                  ConfiscationRequest.Builder::statementOfFactsForDomesticOrder)
              .personal()
              .defaulted(
                  "thirdPartiesInvolved",
                  BOOLEAN,
                  ConfiscationRequest::thirdPartiesInvolved,
                  ConfiscationRequest.Builder::thirdPartiesInvolved)
              .defaulted(
                  "thirdPartyDocumentsAttached",
                  BOOLEAN,
                  ConfiscationRequest::thirdPartyDocumentsAttached,
                  ConfiscationRequest.Builder::thirdPartyDocumentsAttached)
              .defaulted(
                  "noImprisonmentInDefault",
                  BOOLEAN,
                  ConfiscationRequest::noImprisonmentInDefault,
                  ConfiscationRequest.Builder::noImprisonmentInDefault)
              .set(
                  "otherPartiesRequested",
                  PARTY,
                  ConfiscationRequest::otherPartiesRequested,
                  ConfiscationRequest.Builder::addAllOtherPartiesRequested)
              .build();

  /**
   * A request about the disposal of confiscated property: return or sharing (WC 25). The proposed
   * share is a decimal string, a fraction from 0 to 1.
   */
  public static final ObjectCodec<DisposalRequest, DisposalRequest.Builder> DISPOSAL_REQUEST =
      ObjectCodec.of(
              "DisposalRequest",
              DisposalRequest.class,
              DisposalRequest.Builder::new,
              DisposalRequest.Builder::build)
          .typeName("disposal-request")
          .required("header", REQUEST_HEADER, DisposalRequest::header, DisposalRequest.Builder::header)
          .list("offences", OFFENCE, DisposalRequest::offences, DisposalRequest.Builder::addAllOffences)
          .required(
              "content", WARSAW_REQUEST_CONTENT, DisposalRequest::content, DisposalRequest.Builder::content)
          .required(
              "confiscationRequestId",
              REQUEST_ID,
              DisposalRequest::confiscationRequestId,
              DisposalRequest.Builder::confiscationRequestId)
          .required(
              "disposition",
              DISPOSITION,
              DisposalRequest::disposition,
              DisposalRequest.Builder::disposition)
          .list(
              "beneficiaries",
              PERSON,
              DisposalRequest::beneficiaries,
              DisposalRequest.Builder::addAllBeneficiaries)
          .optional(
              "proposedShare",
              DECIMAL,
              DisposalRequest::proposedShare,
              DisposalRequest.Builder::proposedShare)
          .optional(
              "sharingArrangement",
              STRING,
              DisposalRequest::sharingArrangement,
              DisposalRequest.Builder::sharingArrangement)
          .list("assets", ASSET, DisposalRequest::assets, DisposalRequest.Builder::addAllAssets)
          .optional("amount", AMOUNT, DisposalRequest::amount, DisposalRequest.Builder::amount)
          .build();
}
