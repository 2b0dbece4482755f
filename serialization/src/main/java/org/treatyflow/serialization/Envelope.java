package org.treatyflow.serialization;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;
import org.treatyflow.model.common.Authority;
import org.treatyflow.model.common.Channel;
import org.treatyflow.model.common.CooperationAct;
import org.treatyflow.model.common.RequestId;

/**
 * One message of the exchange format: who sends what to whom, through which channel and when,
 * around a payload that is a request, a reply or a record of the model.
 *
 * <p>The envelope is the format's own; the treaties fix the content of requests, not how systems
 * wrap them. The channel is the model's {@link Channel} (central authorities, 24/7 network,
 * direct), so a receiving system can check it against the family's rules.
 */
@Value.Immutable
public interface Envelope {
  /** The form of message ids: 1 to 64 letters, digits or {@code . _ : -}, such as a UUID. */
  Pattern MESSAGE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");

  /** The sender's own id of this message, unique among its messages. */
  String messageId();

  /**
   * The reference of the request this message concerns: the request itself, or the request a reply
   * answers. Empty for a message that starts nothing, such as spontaneous information.
   */
  Optional<RequestId> correlationId();

  /** The authority that sends the message. */
  Authority sender();

  /** The authority the message is addressed to. */
  Authority receiver();

  /** The channel the message travels through. */
  Channel channel();

  /** When the message was sent, with the sender's offset. */
  OffsetDateTime sentAt();

  /** The version of the format the message is written in; see {@link ExchangeFormat#VERSION}. */
  @Value.Default
  default String formatVersion() {
    return ExchangeFormat.VERSION;
  }

  /** The request, reply or record carried. */
  CooperationAct payload();

  @Value.Check
  default void check() {
    checkArgument(
        MESSAGE_ID.matcher(messageId()).matches(),
        "Envelope.messageId must be 1 to 64 letters, digits or . _ : - (length was %s)",
        messageId().length());
    checkArgument(
        formatVersion().equals(ExchangeFormat.VERSION),
        "Envelope.formatVersion must be %s",
        ExchangeFormat.VERSION);
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds an envelope; every member but the correlation id and the format version is required. */
  final class Builder extends ImmutableEnvelope.Builder {}
}
