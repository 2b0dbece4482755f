package org.treatyflow.model.common;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What every request carries, whatever its family: its reference, the requesting and requested
 * Parties and authorities, the channel, the date, the urgency, the language, the provisions
 * invoked, confidentiality and conditions on use.
 *
 * <p>Legal basis: BC 27(2), 27(8), 27(9), 28; WC 33-35, 37(1)(a), 42, 43; BC 25(3) for urgency.
 */
@Value.Immutable
public interface RequestHeader {
  /** The requesting authority's reference for the request. */
  RequestId id();

  /** The Party that sends the request (the issuing Party of a 2AP 7 order). */
  Party requestingParty();

  /** The Party that receives it, or on whose territory the provider or registrar is. */
  Party requestedParty();

  /** The authority making the request (BC 29(2)(a); WC 37(1)(a)). */
  Authority requestingAuthority();

  /** The authority, provider or registrar the request is addressed to, where known. */
  Optional<Authority> requestedAuthority();

  /**
   * The authority carrying out the investigation or proceedings, where it is not the requesting
   * authority (WC 37(1)(a); 2AP 7 "the authority seeking the data, if different").
   */
  Optional<Authority> investigatingAuthority();

  /** The route the request travels by. */
  Channel channel();

  /** The date the request was issued. */
  Optional<LocalDate> dateOfRequest();

  /** How urgent the request is; routine unless set. */
  @Value.Default
  default Urgency urgency() {
    return Urgency.ROUTINE;
  }

  /** The language the request is written in. */
  Language language();

  /** Languages of translations that accompany the request (WC 35(3)). */
  Set<Language> translations();

  /** The provisions the request invokes, e.g. {@code BC 29}; may be empty while drafting. */
  List<ArticleCitation> legalBasis();

  /** Whether the requesting Party asks that the fact and subject of the request be kept confidential (BC 27(8); WC 43(1)). */
  @Value.Default
  default boolean confidentialityRequested() {
    return false;
  }

  /** Conditions on use that attach to what is supplied (BC 28; WC 42). */
  Set<UseCondition> useConditions();

  @Value.Check
  default void check() {
    checkArgument(
        !requestingParty().equals(requestedParty()),
        "RequestHeader: requestingParty and requestedParty must differ (both %s)",
        requestingParty());
    checkArgument(
        requestingAuthority().party().equals(requestingParty()),
        "RequestHeader.requestingAuthority must belong to the requesting Party %s, was of %s",
        requestingParty(),
        requestingAuthority().party());
    requestedAuthority()
        .ifPresent(
            a ->
                checkArgument(
                    a.party().equals(requestedParty()),
                    "RequestHeader.requestedAuthority must belong to the requested Party %s, was of %s",
                    requestedParty(),
                    a.party()));
  }

  /** Whether the request is written in, or translated into, {@code language}. */
  default boolean isAvailableIn(Language language) {
    return language().equals(language) || translations().contains(language);
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a header. */
  final class Builder extends ImmutableRequestHeader.Builder {}
}
