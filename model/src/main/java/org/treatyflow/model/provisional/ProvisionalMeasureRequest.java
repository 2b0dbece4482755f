package org.treatyflow.model.provisional;

import static com.google.common.base.Preconditions.checkArgument;
import static org.treatyflow.model.common.Instrument.WARSAW;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.treatyflow.model.asset.Amount;
import org.treatyflow.model.asset.Asset;
import org.treatyflow.model.common.Channel;
import org.treatyflow.model.common.CompletenessRule;
import org.treatyflow.model.common.CompletenessRules;
import org.treatyflow.model.common.HeaderRules;
import org.treatyflow.model.common.Offence;
import org.treatyflow.model.common.PersonalData;
import org.treatyflow.model.common.Request;
import org.treatyflow.model.common.RequestFamily;
import org.treatyflow.model.common.RequestHeader;
import org.treatyflow.model.common.RequestId;
import org.treatyflow.model.common.Verification;
import org.treatyflow.model.common.Violation;
import org.treatyflow.model.financial.WarsawRequestContent;

/**
 * A request that the requested Party freeze or seize property that may later be the subject of a
 * confiscation request, or could satisfy one.
 *
 * <p>Legal basis: WC 21 (obligation to take provisional measures), WC 22 (execution), WC 37(1)
 * (content of every request), WC 37(2) (maximum amount for a value-based measure). The request
 * belongs to Section 3 of Chapter IV.
 */
@Value.Immutable
public interface ProvisionalMeasureRequest extends Request {

  /**
   * The channels a Section 3 request may travel by: between central authorities (WC 34(1)),
   * directly between judicial authorities in urgency (WC 34(2)) or through Interpol (WC 34(3)). The
   * direct route between competent authorities of WC 34(5) is for Section 2 only.
   */
  Set<Channel> ALLOWED_CHANNELS =
      EnumSet.of(Channel.CENTRAL_AUTHORITY, Channel.DIRECT_JUDICIAL, Channel.INTERPOL);

  /** The content this family requires, top-down in the order of the articles. */
  CompletenessRules<ProvisionalMeasureRequest> REQUIRED_CONTENT =
      CompletenessRules.<ProvisionalMeasureRequest>builder()
          .add(HeaderRules.legalBasisInvokes(RequestFamily.PROVISIONAL_MEASURES))
          .add(
              CompletenessRule.require(
                  "WC_21_1_PROCEEDINGS_INSTITUTED",
                  WARSAW.cite(21, 1),
                  "proceedingsInstituted",
                  Verification.CONFIRMED,
                  ProvisionalMeasureRequest::proceedingsInstituted,
                  "Provisional measures may be requested only once the requesting Party has"
                      + " instituted criminal proceedings or proceedings for confiscation.",
                  "Des mesures provisoires ne peuvent être demandées qu'une fois que la Partie"
                      + " requérante a engagé une procédure pénale ou une procédure de"
                      + " confiscation."))
          .add(
              CompletenessRule.require(
                  "WC_21_1_PROPERTY_TO_FREEZE_OR_SEIZE",
                  WARSAW.cite(21, 1),
                  "assets",
                  Verification.CONFIRMED,
                  r -> !r.assets().isEmpty(),
                  "The request must describe at least one item of property to be frozen or seized.",
                  "La demande doit décrire au moins un bien à geler ou à saisir."))
          .add(
              HeaderRules.channelIn(
                  ALLOWED_CHANNELS,
                  "WC_34_PROVISIONAL_MEASURE_CHANNEL",
                  WARSAW.cite(34),
                  Verification.CONFIRMED,
                  "A request for provisional measures must go between central authorities, directly"
                      + " between judicial authorities in urgent cases, or through Interpol.",
                  "Une demande de mesures provisoires doit passer par les autorités centrales,"
                      + " directement entre autorités judiciaires en cas d'urgence, ou par"
                      + " Interpol."))
          .add(WarsawRequestContent.DIRECT_JUDICIAL_ONLY_IF_URGENT)
          .addAll(WarsawRequestContent.REQUIRED_CONTENT, ProvisionalMeasureRequest::content)
          .add(
              WarsawRequestContent.markedCoercive(
                  "WC_37_1_D_PROVISIONAL_MEASURE_IS_COERCIVE",
                  ProvisionalMeasureRequest::content,
                  "Freezing or seizure is coercive action: the request must be marked as coercive"
                      + " and give the statutory provisions and the confirmation the Convention"
                      + " requires for coercive action.",
                  "Le gel ou la saisie est une mesure coercitive : la demande doit être marquée"
                      + " comme coercitive et indiquer les dispositions légales et la confirmation"
                      + " que la Convention exige pour une mesure coercitive."))
          .add(
              CompletenessRule.require(
                  "WC_37_2_MAXIMUM_AMOUNT",
                  WARSAW.cite(37, 2),
                  "maximumAmount",
                  Verification.CONFIRMED,
                  r -> !r.valueBased() || r.maximumAmount().isPresent(),
                  "A request for a measure securing a value confiscation must state the maximum"
                      + " amount to be recovered from the property.",
                  "Une demande de mesure garantissant une confiscation en valeur doit indiquer le"
                      + " montant maximal à recouvrer sur les biens."))
          .build();

  /** Identifiers, Parties, authorities and channel. */
  @Override
  RequestHeader header();

  /** The offences the proceedings concern; may be empty while drafting. */
  List<Offence> offences();

  /** The content every Warsaw request states (WC 37(1)). */
  WarsawRequestContent content();

  /** Freezing or seizure (WC 21(1)). */
  ProvisionalMeasure measure();

  /**
   * The property to be frozen or seized, virtual-currency wallets included (WC 21(1)); may be
   * empty while drafting.
   */
  List<Asset> assets();

  /**
   * Whether the requesting Party has instituted criminal proceedings or proceedings for
   * confiscation (WC 21(1)); false until stated.
   */
  @Value.Default
  default boolean proceedingsInstituted() {
    return false;
  }

  /**
   * The court or prosecution file number of those proceedings, if given. Free text that may name
   * persons, so personal data.
   */
  @PersonalData
  @Value.Redacted
  Optional<String> proceedingsReference();

  /**
   * Whether the measure secures a value confiscation, an order to pay a sum of money (WC 23(3),
   * 37(2)); false unless stated.
   */
  @Value.Default
  default boolean valueBased() {
    return false;
  }

  /** The maximum amount to be recovered from the property; required when value-based (WC 37(2)). */
  Optional<Amount> maximumAmount();

  /**
   * The confiscation request under WC 23 that this measure backs, if one has been made (WC 21(2)).
   */
  Optional<RequestId> linkedConfiscationRequest();

  @Override
  default RequestFamily family() {
    return RequestFamily.PROVISIONAL_MEASURES;
  }

  @Value.Lazy
  @Override
  default List<Violation> completenessViolations() {
    return REQUIRED_CONTENT.check(this);
  }

  @Value.Check
  default void check() {
    proceedingsReference()
        .ifPresent(
            ref ->
                checkArgument(
                    !ref.isBlank(),
                    "ProvisionalMeasureRequest.proceedingsReference must not be blank when given"));
    linkedConfiscationRequest()
        .ifPresent(
            id ->
                checkArgument(
                    !id.equals(header().id()),
                    "ProvisionalMeasureRequest.linkedConfiscationRequest must differ from the"
                        + " request's own id %s",
                    id));
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a request for provisional measures; header, content and measure must be set. */
  final class Builder extends ImmutableProvisionalMeasureRequest.Builder {}
}
