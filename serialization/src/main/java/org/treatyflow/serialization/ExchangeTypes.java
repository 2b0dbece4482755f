package org.treatyflow.serialization;

import static org.treatyflow.serialization.codec.Codecs.OFFSET_DATE_TIME;
import static org.treatyflow.serialization.format.CommonCodecs.AUTHORITY;
import static org.treatyflow.serialization.format.CommonCodecs.CHANNEL;
import static org.treatyflow.serialization.format.CommonCodecs.REQUEST_ID;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.treatyflow.model.common.CooperationAct;
import org.treatyflow.serialization.codec.Codec;
import org.treatyflow.serialization.codec.Codecs;
import org.treatyflow.serialization.codec.ObjectCodec;
import org.treatyflow.serialization.codec.UnionCodec;
import org.treatyflow.serialization.format.AssetCodecs;
import org.treatyflow.serialization.format.AssistanceCodecs;
import org.treatyflow.serialization.format.CommonCodecs;
import org.treatyflow.serialization.format.ConfiscationCodecs;
import org.treatyflow.serialization.format.DisclosureCodecs;
import org.treatyflow.serialization.format.FinancialCodecs;
import org.treatyflow.serialization.format.FiuCodecs;
import org.treatyflow.serialization.format.PersonCodecs;
import org.treatyflow.serialization.format.PreservationCodecs;
import org.treatyflow.serialization.format.ProvisionalCodecs;
import org.treatyflow.serialization.format.ReplyCodecs;
import org.treatyflow.serialization.format.SpontaneousCodecs;
import org.treatyflow.serialization.format.TransBorderCodecs;

/**
 * Every type of the exchange format and its codec: the envelope, the payload union of every
 * request, reply and record, and the types they are made of.
 */
public final class ExchangeTypes {
  private ExchangeTypes() {}

  /** Any request, reply or record of the model, told apart by its type name. */
  public static final UnionCodec<CooperationAct> PAYLOAD =
      UnionCodec.of("Payload", CooperationAct.class, payloadTypes());

  /** The form of format versions accepted: exactly {@link ExchangeFormat#VERSION}. */
  private static final Codec<String> FORMAT_VERSION =
      Codecs.text(
          "the format version \"" + ExchangeFormat.VERSION + "\"",
          text -> text.equals(ExchangeFormat.VERSION) ? text : null,
          text -> text,
          schema -> schema.put("const", ExchangeFormat.VERSION));

  private static final Codec<String> MESSAGE_ID =
      Codecs.named(
          "MessageId",
          Codecs.text(
              "a message id of 1 to 64 letters, digits or . _ : -, starting with a letter or digit",
              text -> Envelope.MESSAGE_ID.matcher(text).matches() ? text : null,
              text -> text,
              schema -> schema.put("pattern", "^" + Envelope.MESSAGE_ID.pattern() + "$")));

  /** The envelope around every message. */
  public static final ObjectCodec<Envelope, Envelope.Builder> ENVELOPE =
      ObjectCodec.of("Envelope", Envelope.class, Envelope.Builder::new, Envelope.Builder::build)
          .required(
              "formatVersion",
              FORMAT_VERSION,
              Envelope::formatVersion,
              Envelope.Builder::formatVersion)
          .required("messageId", MESSAGE_ID, Envelope::messageId, Envelope.Builder::messageId)
          .optional(
              "correlationId",
              REQUEST_ID,
              Envelope::correlationId,
              Envelope.Builder::correlationId)
          .required("sender", AUTHORITY, Envelope::sender, Envelope.Builder::sender)
          .required("receiver", AUTHORITY, Envelope::receiver, Envelope.Builder::receiver)
          .required("channel", CHANNEL, Envelope::channel, Envelope.Builder::channel)
          .required("sentAt", OFFSET_DATE_TIME, Envelope::sentAt, Envelope.Builder::sentAt)
          .required("payload", PAYLOAD, Envelope::payload, Envelope.Builder::payload)
          .build();

  private static final ImmutableMap<Class<?>, Codec<?>> BY_TYPE = byType();

  /** The payload types, in the order of the published schema. */
  public static List<ObjectCodec<? extends CooperationAct, ?>> payloadTypes() {
    return ImmutableList.<ObjectCodec<? extends CooperationAct, ?>>builder()
        .add(PreservationCodecs.PRESERVATION_REQUEST)
        .add(PreservationCodecs.PRESERVED_TRAFFIC_DISCLOSURE)
        .add(TransBorderCodecs.TRANS_BORDER_ACCESS_RECORD)
        .add(DisclosureCodecs.DOMAIN_REGISTRATION_REQUEST)
        .add(DisclosureCodecs.SUBSCRIBER_INFORMATION_ORDER)
        .add(DisclosureCodecs.FOREIGN_PRODUCTION_ORDER_REQUEST)
        .add(DisclosureCodecs.EMERGENCY_DISCLOSURE_REQUEST)
        .add(AssistanceCodecs.MUTUAL_ASSISTANCE_REQUEST)
        .add(AssistanceCodecs.STORED_DATA_ACCESS_REQUEST)
        .add(AssistanceCodecs.REAL_TIME_TRAFFIC_COLLECTION_REQUEST)
        .add(AssistanceCodecs.INTERCEPTION_REQUEST)
        .add(AssistanceCodecs.EMERGENCY_MUTUAL_ASSISTANCE_REQUEST)
        .add(AssistanceCodecs.VIDEO_CONFERENCE_REQUEST)
        .add(AssistanceCodecs.JOINT_INVESTIGATION_TEAM_AGREEMENT)
        .add(SpontaneousCodecs.SPONTANEOUS_INFORMATION)
        .add(SpontaneousCodecs.SPONTANEOUS_INFORMATION_ON_PROCEEDS)
        .add(FinancialCodecs.INVESTIGATIVE_ASSISTANCE_REQUEST)
        .add(FinancialCodecs.BANK_ACCOUNT_INFORMATION_REQUEST)
        .add(FinancialCodecs.BANKING_TRANSACTION_INFORMATION_REQUEST)
        .add(FinancialCodecs.BANKING_TRANSACTION_MONITORING_REQUEST)
        .add(ProvisionalCodecs.PROVISIONAL_MEASURE_REQUEST)
        .add(ConfiscationCodecs.CONFISCATION_REQUEST)
        .add(ConfiscationCodecs.DISPOSAL_REQUEST)
        .add(FiuCodecs.FIU_INFORMATION_REQUEST)
        .add(FiuCodecs.FIU_POSTPONEMENT_REQUEST)
        .addAll(ReplyCodecs.REPLY.alternatives())
        .build();
  }

  /**
   * Every type of the format that can be read or written on its own, with its codec: the
   * envelope, the unions (payload, reply, asset) and every object type.
   */
  public static Map<Class<?>, Codec<?>> all() {
    return BY_TYPE;
  }

  /** The codec of {@code type}, if it is a type of the format. */
  @SuppressWarnings("unchecked")
  public static <T> Optional<Codec<T>> codecOf(Class<T> type) {
    return Optional.ofNullable((Codec<T>) BY_TYPE.get(type));
  }

  private static ImmutableMap<Class<?>, Codec<?>> byType() {
    Map<Class<?>, Codec<?>> types = new LinkedHashMap<>();
    types.put(Envelope.class, ENVELOPE);
    types.put(CooperationAct.class, PAYLOAD);
    for (ObjectCodec<? extends CooperationAct, ?> payload : PAYLOAD.alternatives()) {
      types.put(payload.type(), payload);
    }
    types.put(ReplyCodecs.REPLY.type(), ReplyCodecs.REPLY);
    types.put(AssetCodecs.ASSET.type(), AssetCodecs.ASSET);
    for (ObjectCodec<?, ?> codec :
        List.<ObjectCodec<?, ?>>of(
            AssetCodecs.AMOUNT,
            AssetCodecs.ASSET_CODE,
            AssetCodecs.BANK_ACCOUNT,
            AssetCodecs.WALLET,
            AssetCodecs.REAL_ESTATE,
            AssetCodecs.VEHICLE,
            AssetCodecs.DOMAIN_NAME,
            AssetCodecs.CASH,
            AssetCodecs.OTHER_ASSET,
            PersonCodecs.PERSON,
            CommonCodecs.AUTHORITY,
            CommonCodecs.REQUEST_HEADER,
            CommonCodecs.OFFENCE,
            CommonCodecs.FACTS,
            CommonCodecs.DATA_ITEM,
            CommonCodecs.MAXIMUM_PENALTY)) {
      types.put(codec.type(), codec);
    }
    return ImmutableMap.copyOf(types);
  }
}
