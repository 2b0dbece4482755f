package org.treatyflow.model.reply;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.treatyflow.model.common.Authority;
import org.treatyflow.model.common.Channel;
import org.treatyflow.model.common.Party;
import org.treatyflow.model.common.RequestFamily;
import org.treatyflow.model.common.RequestId;

/**
 * What every reply carries: its own reference, the request it answers and that request's family,
 * the Parties and authorities it travels between, its date and channel.
 *
 * <p>Most replies go from the requested to the requesting Party; the notices of WC 41(2)-(3) and BC
 * 28(3) go the other way, so the header says "from" and "to".
 *
 * <p>Legal basis: BC 27(7); WC 41 (informing the other Party), WC 34 (channels).
 */
@Value.Immutable
public interface ReplyHeader {
  /** The sender's reference for this reply. */
  RequestId id();

  /** The reference of the request (or spontaneous information) this reply answers. */
  RequestId answersRequest();

  /** The family of the request answered; the reply's rules depend on its treaty. */
  RequestFamily family();

  /** The Party that sends the reply. */
  Party fromParty();

  /** The authority that sends the reply. */
  Authority fromAuthority();

  /** The Party the reply is addressed to. */
  Party toParty();

  /** The authority the reply is addressed to, where known. */
  Optional<Authority> toAuthority();

  /** The date of the reply. */
  LocalDate date();

  /** The route the reply travels by. */
  Channel channel();

  @Value.Check
  default void check() {
    checkArgument(
        !fromParty().equals(toParty()),
        "ReplyHeader: fromParty and toParty must differ (both %s)",
        fromParty());
    checkArgument(
        fromAuthority().party().equals(fromParty()),
        "ReplyHeader.fromAuthority must belong to fromParty %s, was of %s",
        fromParty(),
        fromAuthority().party());
    toAuthority()
        .ifPresent(
            a ->
                checkArgument(
                    a.party().equals(toParty()),
                    "ReplyHeader.toAuthority must belong to toParty %s, was of %s",
                    toParty(),
                    a.party()));
    checkArgument(
        !id().equals(answersRequest()),
        "ReplyHeader.id must differ from answersRequest (both %s)",
        id());
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a reply header. */
  final class Builder extends ImmutableReplyHeader.Builder {}
}
