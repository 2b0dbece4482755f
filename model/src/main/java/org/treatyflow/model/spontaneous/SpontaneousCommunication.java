package org.treatyflow.model.spontaneous;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.treatyflow.model.common.Authority;
import org.treatyflow.model.common.CooperationAct;
import org.treatyflow.model.common.Offence;
import org.treatyflow.model.common.Party;
import org.treatyflow.model.common.PersonalData;
import org.treatyflow.model.common.RequestId;
import org.treatyflow.model.common.UseCondition;

/**
 * What spontaneous information of either treaty carries: who sends it to whom, when, what it says,
 * and the confidentiality and conditions the sender attaches.
 *
 * <p>Legal basis: BC 26 and WC 20 (sending without a prior request); BC 26(2) and WC 43(3)
 * (confidentiality and conditions the receiver must respect or say it cannot).
 */
public interface SpontaneousCommunication extends CooperationAct {
  /** The sender's reference for the communication, if it has one. */
  Optional<RequestId> reference();

  /** The Party that sends the information. */
  Party providingParty();

  /** The authority of the providing Party that sends it. */
  Authority providingAuthority();

  /** The Party that receives the information. */
  Party receivingParty();

  /** The authority of the receiving Party it is addressed to. */
  Authority receivingAuthority();

  /** The date the information was sent, once sent. */
  Optional<LocalDate> sentOn();

  /**
   * What the information is: the findings of the sender's own investigations that it passes on.
   * Names persons, so personal data.
   */
  @PersonalData
  @Value.Redacted
  Optional<String> informationSummary();

  /**
   * Whether the sender asks that the information be kept confidential (BC 26(2); WC 43(3)); false
   * unless set.
   */
  @Value.Default
  default boolean confidentialityRequested() {
    return false;
  }

  /** The conditions on use the sender attaches (BC 26(2)); may be empty. */
  Set<UseCondition> conditions();

  /** The offences the information concerns, as the sender describes them; may be empty. */
  List<Offence> offences();

  /** Whether the information is described by a non-blank summary. */
  default boolean hasInformationSummary() {
    return informationSummary().filter(s -> !s.isBlank()).isPresent();
  }

  /** Whether the receiver must be told, and may refuse, confidentiality or conditions (BC 26(2)). */
  default boolean attachesConditions() {
    return confidentialityRequested() || !conditions().isEmpty();
  }

  /**
   * Throws if the Parties are the same or an authority belongs to another Party; {@code type} names
   * the concrete type in the message.
   */
  default void checkParties(String type) {
    checkArgument(
        !providingParty().equals(receivingParty()),
        "%s: providingParty and receivingParty must differ (both %s)",
        type,
        providingParty());
    checkArgument(
        providingAuthority().party().equals(providingParty()),
        "%s.providingAuthority must belong to the providing Party %s, was of %s",
        type,
        providingParty(),
        providingAuthority().party());
    checkArgument(
        receivingAuthority().party().equals(receivingParty()),
        "%s.receivingAuthority must belong to the receiving Party %s, was of %s",
        type,
        receivingParty(),
        receivingAuthority().party());
  }
}
