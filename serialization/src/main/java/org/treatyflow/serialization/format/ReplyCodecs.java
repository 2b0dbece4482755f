package org.treatyflow.serialization.format;

import static org.treatyflow.serialization.codec.Codecs.BOOLEAN;
import static org.treatyflow.serialization.codec.Codecs.DATE;
import static org.treatyflow.serialization.codec.Codecs.STRING;
import static org.treatyflow.serialization.codec.Codecs.enumeration;
import static org.treatyflow.serialization.format.AssetCodecs.AMOUNT;
import static org.treatyflow.serialization.format.CommonCodecs.AUTHORITY;
import static org.treatyflow.serialization.format.CommonCodecs.CHANNEL;
import static org.treatyflow.serialization.format.CommonCodecs.CITATION;
import static org.treatyflow.serialization.format.CommonCodecs.DATA_ITEM;
import static org.treatyflow.serialization.format.CommonCodecs.PARTY;
import static org.treatyflow.serialization.format.CommonCodecs.REQUEST_FAMILY;
import static org.treatyflow.serialization.format.CommonCodecs.REQUEST_ID;
import static org.treatyflow.serialization.format.CommonCodecs.USE_CONDITION;

import com.google.common.collect.ImmutableList;
import org.treatyflow.model.refusal.GroundForPostponement;
import org.treatyflow.model.refusal.GroundForRefusal;
import org.treatyflow.model.refusal.InadmissibleReason;
import org.treatyflow.model.reply.Acceptance;
import org.treatyflow.model.reply.Acknowledgement;
import org.treatyflow.model.reply.AmendmentRequest;
import org.treatyflow.model.reply.ConditionalGrant;
import org.treatyflow.model.reply.ExecutionReport;
import org.treatyflow.model.reply.InformationNotice;
import org.treatyflow.model.reply.NoticeKind;
import org.treatyflow.model.reply.Postponement;
import org.treatyflow.model.reply.Refusal;
import org.treatyflow.model.reply.Reply;
import org.treatyflow.model.reply.ReplyHeader;
import org.treatyflow.model.reply.ResultTransmission;
import org.treatyflow.serialization.codec.Codec;
import org.treatyflow.serialization.codec.ObjectCodec;
import org.treatyflow.serialization.codec.UnionCodec;

/**
 * The codecs of replies and decisions on a request (BC 27(7); WC 41), and of the grounds and
 * reasons for refusal and postponement they rely on.
 */
public final class ReplyCodecs {
  private ReplyCodecs() {}

  public static final Codec<ExecutionReport.Outcome> EXECUTION_OUTCOME =
      enumeration(ExecutionReport.Outcome.class);
  public static final Codec<NoticeKind> NOTICE_KIND = enumeration(NoticeKind.class);
  public static final Codec<GroundForRefusal> GROUND_FOR_REFUSAL =
      enumeration(GroundForRefusal.class);
  public static final Codec<GroundForPostponement> GROUND_FOR_POSTPONEMENT =
      enumeration(GroundForPostponement.class);
  public static final Codec<InadmissibleReason> INADMISSIBLE_REASON =
      enumeration(InadmissibleReason.class);

  /** The header every reply carries: its reference, the request answered, sender and addressee. */
  public static final ObjectCodec<ReplyHeader, ReplyHeader.Builder> REPLY_HEADER =
      ObjectCodec.of(
              "ReplyHeader", ReplyHeader.class, ReplyHeader.Builder::new, ReplyHeader.Builder::build)
          .required("id", REQUEST_ID, ReplyHeader::id, ReplyHeader.Builder::id)
          .required(
              "answersRequest",
              REQUEST_ID,
              ReplyHeader::answersRequest,
              ReplyHeader.Builder::answersRequest)
          .required("family", REQUEST_FAMILY, ReplyHeader::family, ReplyHeader.Builder::family)
          .required("fromParty", PARTY, ReplyHeader::fromParty, ReplyHeader.Builder::fromParty)
          .required(
              "fromAuthority",
              AUTHORITY,
              ReplyHeader::fromAuthority,
              ReplyHeader.Builder::fromAuthority)
          .required("toParty", PARTY, ReplyHeader::toParty, ReplyHeader.Builder::toParty)
          .optional(
              "toAuthority", AUTHORITY, ReplyHeader::toAuthority, ReplyHeader.Builder::toAuthority)
          .required("date", DATE, ReplyHeader::date, ReplyHeader.Builder::date)
          .required("channel", CHANNEL, ReplyHeader::channel, ReplyHeader.Builder::channel)
          .build();

  /** Confirms receipt of a request and any action initiated (WC 41(1)(a)). */
  public static final ObjectCodec<Acknowledgement, Acknowledgement.Builder> ACKNOWLEDGEMENT =
      ObjectCodec.of(
              "Acknowledgement",
              Acknowledgement.class,
              Acknowledgement.Builder::new,
              Acknowledgement.Builder::build)
          .typeName("acknowledgement")
          .required("header", REPLY_HEADER, Acknowledgement::header, Acknowledgement.Builder::header)
          .required(
              "receivedOn", DATE, Acknowledgement::receivedOn, Acknowledgement.Builder::receivedOn)
          .defaulted(
              "actionInitiated",
              BOOLEAN,
              Acknowledgement::actionInitiated,
              Acknowledgement.Builder::actionInitiated)
          .optional(
              "actionDescription",
              STRING,
              Acknowledgement::actionDescription,
              Acknowledgement.Builder::actionDescription)
          .personal()
          .build();

  /** Accepts a request in full and without conditions. */
  public static final ObjectCodec<Acceptance, Acceptance.Builder> ACCEPTANCE =
      ObjectCodec.of("Acceptance", Acceptance.class, Acceptance.Builder::new, Acceptance.Builder::build)
          .typeName("acceptance")
          .required("header", REPLY_HEADER, Acceptance::header, Acceptance.Builder::header)
          .optional(
              "expectedExecutionBy",
              DATE,
              Acceptance::expectedExecutionBy,
              Acceptance.Builder::expectedExecutionBy)
          .build();

  /** Asks the requesting Party to amend a request or add information (WC 38). */
  public static final ObjectCodec<AmendmentRequest, AmendmentRequest.Builder> AMENDMENT_REQUEST =
      ObjectCodec.of(
              "AmendmentRequest",
              AmendmentRequest.class,
              AmendmentRequest.Builder::new,
              AmendmentRequest.Builder::build)
          .typeName("amendment-request")
          .required(
              "header", REPLY_HEADER, AmendmentRequest::header, AmendmentRequest.Builder::header)
          .list(
              "missingItems",
              STRING,
              AmendmentRequest::missingItems,
              AmendmentRequest.Builder::addAllMissingItems)
          .personal()
          .list(
              "unmetProvisions",
              CITATION,
              AmendmentRequest::unmetProvisions,
              AmendmentRequest.Builder::addAllUnmetProvisions)
          .optional(
              "timeLimit", DATE, AmendmentRequest::timeLimit, AmendmentRequest.Builder::timeLimit)
          .defaulted(
              "interimMeasuresMayBeTaken",
              BOOLEAN,
              AmendmentRequest::interimMeasuresMayBeTaken,
              AmendmentRequest.Builder::interimMeasuresMayBeTaken)
          .build();

  /** Grants a request in part or under conditions (BC 27(6), 28(2); WC 30, 40, 42). */
  public static final ObjectCodec<ConditionalGrant, ConditionalGrant.Builder> CONDITIONAL_GRANT =
      ObjectCodec.of(
              "ConditionalGrant",
              ConditionalGrant.class,
              ConditionalGrant.Builder::new,
              ConditionalGrant.Builder::build)
          .typeName("conditional-grant")
          .required(
              "header", REPLY_HEADER, ConditionalGrant::header, ConditionalGrant.Builder::header)
          .defaulted("partial", BOOLEAN, ConditionalGrant::partial, ConditionalGrant.Builder::partial)
          .optional(
              "grantedScope",
              STRING,
              ConditionalGrant::grantedScope,
              ConditionalGrant.Builder::grantedScope)
          .personal()
          .set(
              "useConditions",
              USE_CONDITION,
              ConditionalGrant::useConditions,
              ConditionalGrant.Builder::addAllUseConditions)
          .list(
              "otherConditions",
              STRING,
              ConditionalGrant::otherConditions,
              ConditionalGrant.Builder::addAllOtherConditions)
          .personal()
          .optional("reasons", STRING, ConditionalGrant::reasons, ConditionalGrant.Builder::reasons)
          .personal()
          .build();

  /** Reports the final result of execution, or that it is delayed or impossible (WC 41(1)). */
  public static final ObjectCodec<ExecutionReport, ExecutionReport.Builder> EXECUTION_REPORT =
      ObjectCodec.of(
              "ExecutionReport",
              ExecutionReport.class,
              ExecutionReport.Builder::new,
              ExecutionReport.Builder::build)
          .typeName("execution-report")
          .required("header", REPLY_HEADER, ExecutionReport::header, ExecutionReport.Builder::header)
          .required(
              "outcome", EXECUTION_OUTCOME, ExecutionReport::outcome, ExecutionReport.Builder::outcome)
          .optional("details", STRING, ExecutionReport::details, ExecutionReport.Builder::details)
          .personal()
          .optional(
              "expectedCompletion",
              DATE,
              ExecutionReport::expectedCompletion,
              ExecutionReport.Builder::expectedCompletion)
          .build();

  /** Informs the other Party of a fact the treaties require it to know (WC 41, 43; BC 26-28). */
  public static final ObjectCodec<InformationNotice, InformationNotice.Builder> INFORMATION_NOTICE =
      ObjectCodec.of(
              "InformationNotice",
              InformationNotice.class,
              InformationNotice.Builder::new,
              InformationNotice.Builder::build)
          .typeName("information-notice")
          .required(
              "header", REPLY_HEADER, InformationNotice::header, InformationNotice.Builder::header)
          .required("kind", NOTICE_KIND, InformationNotice::kind, InformationNotice.Builder::kind)
          .optional(
              "details", STRING, InformationNotice::details, InformationNotice.Builder::details)
          .personal()
          .build();

  /** Postpones action on a request (BC 27(5); WC 29). */
  public static final ObjectCodec<Postponement, Postponement.Builder> POSTPONEMENT =
      ObjectCodec.of(
              "Postponement", Postponement.class, Postponement.Builder::new, Postponement.Builder::build)
          .typeName("postponement")
          .required("header", REPLY_HEADER, Postponement::header, Postponement.Builder::header)
          .optional(
              "ground", GROUND_FOR_POSTPONEMENT, Postponement::ground, Postponement.Builder::ground)
          .optional("reasons", STRING, Postponement::reasons, Postponement.Builder::reasons)
          .personal()
          .optional("until", DATE, Postponement::until, Postponement.Builder::until)
          .defaulted(
              "partialGrantConsidered",
              BOOLEAN,
              Postponement::partialGrantConsidered,
              Postponement.Builder::partialGrantConsidered)
          .build();

  /**
   * Refuses a request on one or more grounds. The obstacles invoked are written as they were
   * stated, even though the treaties forbid them, so that the workflow can reject the refusal.
   */
  public static final ObjectCodec<Refusal, Refusal.Builder> REFUSAL =
      ObjectCodec.of("Refusal", Refusal.class, Refusal.Builder::new, Refusal.Builder::build)
          .typeName("refusal")
          .required("header", REPLY_HEADER, Refusal::header, Refusal.Builder::header)
          .list("grounds", GROUND_FOR_REFUSAL, Refusal::grounds, Refusal.Builder::addAllGrounds)
          .optional("reasons", STRING, Refusal::reasons, Refusal.Builder::reasons)
          .personal()
          .set(
              "obstaclesInvoked",
              INADMISSIBLE_REASON,
              Refusal::obstaclesInvoked,
              Refusal.Builder::addAllObstaclesInvoked)
          .defaulted(
              "partialGrantConsidered",
              BOOLEAN,
              Refusal::partialGrantConsidered,
              Refusal.Builder::partialGrantConsidered)
          .build();

  /** Transmits what execution produced: data, documents and amounts (BC 25(1); WC 41(1)(b)). */
  public static final ObjectCodec<ResultTransmission, ResultTransmission.Builder> RESULT_TRANSMISSION =
      ObjectCodec.of(
              "ResultTransmission",
              ResultTransmission.class,
              ResultTransmission.Builder::new,
              ResultTransmission.Builder::build)
          .typeName("result-transmission")
          .required(
              "header", REPLY_HEADER, ResultTransmission::header, ResultTransmission.Builder::header)
          .list(
              "dataItems",
              DATA_ITEM,
              ResultTransmission::dataItems,
              ResultTransmission.Builder::addAllDataItems)
          .list(
              "documents",
              STRING,
              ResultTransmission::documents,
              ResultTransmission.Builder::addAllDocuments)
          .personal()
          .list("amounts", AMOUNT, ResultTransmission::amounts, ResultTransmission.Builder::addAllAmounts)
          .set(
              "useConditions",
              USE_CONDITION,
              ResultTransmission::useConditions,
              ResultTransmission.Builder::addAllUseConditions)
          .build();

  /** Any reply, told apart by its type name. */
  public static final UnionCodec<Reply> REPLY =
      UnionCodec.of(
          "Reply",
          Reply.class,
          ImmutableList.<ObjectCodec<? extends Reply, ?>>of(
              ACKNOWLEDGEMENT,
              ACCEPTANCE,
              AMENDMENT_REQUEST,
              CONDITIONAL_GRANT,
              EXECUTION_REPORT,
              INFORMATION_NOTICE,
              POSTPONEMENT,
              REFUSAL,
              RESULT_TRANSMISSION));
}
