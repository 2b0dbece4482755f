package org.treatyflow.model.confiscation;

import static com.google.common.base.Preconditions.checkArgument;
import static org.treatyflow.model.common.Instrument.WARSAW;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.treatyflow.model.asset.Amount;
import org.treatyflow.model.asset.Asset;
import org.treatyflow.model.common.CompletenessRule;
import org.treatyflow.model.common.CompletenessRules;
import org.treatyflow.model.common.HeaderRules;
import org.treatyflow.model.common.Offence;
import org.treatyflow.model.common.Request;
import org.treatyflow.model.common.RequestFamily;
import org.treatyflow.model.common.RequestHeader;
import org.treatyflow.model.common.RequestId;
import org.treatyflow.model.common.Verification;
import org.treatyflow.model.common.Violation;
import org.treatyflow.model.financial.WarsawRequestContent;
import org.treatyflow.model.person.Person;
import org.treatyflow.model.person.PersonRole;

/**
 * A request about the disposal of property confiscated on a confiscation request: that it be
 * returned to the requesting Party to compensate victims or to return it to its legitimate owners,
 * or that it be shared.
 *
 * <p>Legal basis: WC 25(1) (disposal under the requested Party's law), WC 25(2) (priority
 * consideration to return), WC 25(3) (sharing agreements or arrangements), WC 37(1) (content of
 * every request). The request belongs to Section 4 of Chapter IV.
 *
 * <p>WC 25 sets no content for the request itself: beyond the WC 37(1) content and the property
 * concerned, the rules on the beneficiaries' roles and on the terms of a sharing are the library's
 * reading and are marked unverified.
 */
@Value.Immutable
public interface DisposalRequest extends Request {

  /** The content this family requires, top-down in the order of the articles. */
  CompletenessRules<DisposalRequest> REQUIRED_CONTENT =
      CompletenessRules.<DisposalRequest>builder()
          .add(HeaderRules.legalBasisInvokes(RequestFamily.DISPOSAL))
          .add(
              CompletenessRule.require(
                  "WC_25_1_PROPERTY_CONCERNED",
                  WARSAW.cite(25, 1),
                  "assets",
                  Verification.CONFIRMED,
                  r -> !r.assets().isEmpty() || r.amount().isPresent(),
                  "The request must describe the confiscated property or the amount it concerns.",
                  "La demande doit décrire les biens confisqués ou le montant qu'elle concerne."))
          .add(
              CompletenessRule.require(
                  "WC_25_2_BENEFICIARY_ROLES",
                  WARSAW.cite(25, 2),
                  "beneficiaries",
                  Verification.UNVERIFIED,
                  DisposalRequest::beneficiaryRolesConsistent,
                  "Every beneficiary must be a victim or a legitimate owner, and a return must name"
                      + " only persons in the role it is for.",
                  "Chaque bénéficiaire doit être une victime ou un propriétaire légitime, et une"
                      + " restitution ne doit désigner que des personnes ayant la qualité qu'elle"
                      + " vise."))
          .add(
              CompletenessRule.require(
                  "WC_25_3_SHARING_TERMS",
                  WARSAW.cite(25, 3),
                  "proposedShare",
                  Verification.UNVERIFIED,
                  r ->
                      r.disposition() != Disposition.SHARING
                          || r.proposedShare().isPresent()
                          || r.sharingArrangement().filter(s -> !s.isBlank()).isPresent(),
                  "A request for sharing must state the proposed share or the agreement or"
                      + " arrangement under which the property is to be shared.",
                  "Une demande de partage doit indiquer la part proposée ou l'accord ou"
                      + " l'arrangement selon lequel les biens doivent être partagés."))
          .add(
              HeaderRules.channelIn(
                  ConfiscationRequest.ALLOWED_CHANNELS,
                  "WC_34_DISPOSAL_CHANNEL",
                  WARSAW.cite(34),
                  Verification.CONFIRMED,
                  "A request about the disposal of confiscated property must go between central"
                      + " authorities, directly between judicial authorities in urgent cases, or"
                      + " through Interpol.",
                  "Une demande relative à l'affectation de biens confisqués doit passer par les"
                      + " autorités centrales, directement entre autorités judiciaires en cas"
                      + " d'urgence, ou par Interpol."))
          .add(WarsawRequestContent.DIRECT_JUDICIAL_ONLY_IF_URGENT)
          .addAll(WarsawRequestContent.REQUIRED_CONTENT, DisposalRequest::content)
          .build();

  /** Identifiers, Parties, authorities and channel. */
  @Override
  RequestHeader header();

  /** The offences the confiscation concerned; may be empty while drafting. */
  List<Offence> offences();

  /** The content every Warsaw request states (WC 37(1)). */
  WarsawRequestContent content();

  /** The confiscation request on which the property was confiscated (WC 23). */
  RequestId confiscationRequestId();

  /** Return for victims, return to legitimate owners, or sharing (WC 25(2), 25(3)). */
  Disposition disposition();

  /**
   * The victims to be compensated or the legitimate owners to whom property is to be returned
   * (WC 25(2)); each a {@link PersonRole#VICTIM} or {@link PersonRole#LEGITIMATE_OWNER}. May be
   * empty for sharing.
   */
  List<Person> beneficiaries();

  /**
   * For sharing, the share of the confiscated property proposed for the requesting Party, a
   * fraction from 0 to 1 (WC 25(3)).
   */
  Optional<BigDecimal> proposedShare();

  /**
   * For sharing, the agreement or arrangement, regular or case by case, under which the property is
   * to be shared (WC 25(3)).
   */
  Optional<String> sharingArrangement();

  /** The confiscated property concerned; may be empty when an amount is given. */
  List<Asset> assets();

  /** The confiscated amount concerned, if the request is about a sum of money. */
  Optional<Amount> amount();

  /**
   * Whether every beneficiary is a victim or a legitimate owner and, for a return, in the role the
   * return is for.
   */
  default boolean beneficiaryRolesConsistent() {
    return beneficiaries().stream()
        .map(Person::role)
        .allMatch(
            role ->
                disposition()
                    .beneficiaryRole()
                    .map(role::equals)
                    .orElse(role == PersonRole.VICTIM || role == PersonRole.LEGITIMATE_OWNER));
  }

  @Override
  default RequestFamily family() {
    return RequestFamily.DISPOSAL;
  }

  @Value.Lazy
  @Override
  default List<Violation> completenessViolations() {
    return REQUIRED_CONTENT.check(this);
  }

  @Value.Check
  default void check() {
    proposedShare()
        .ifPresent(
            share ->
                checkArgument(
                    share.signum() >= 0 && share.compareTo(BigDecimal.ONE) <= 0,
                    "DisposalRequest.proposedShare must be a fraction from 0 to 1, was %s",
                    share));
    checkArgument(
        !confiscationRequestId().equals(header().id()),
        "DisposalRequest.confiscationRequestId must differ from the request's own id %s",
        confiscationRequestId());
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a disposal request; header, content, confiscation request id and disposition must be set. */
  final class Builder extends ImmutableDisposalRequest.Builder {}
}
