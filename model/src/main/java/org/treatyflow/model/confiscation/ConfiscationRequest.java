package org.treatyflow.model.confiscation;

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
import org.treatyflow.model.common.Party;
import org.treatyflow.model.common.PersonalData;
import org.treatyflow.model.common.Request;
import org.treatyflow.model.common.RequestFamily;
import org.treatyflow.model.common.RequestHeader;
import org.treatyflow.model.common.Verification;
import org.treatyflow.model.common.Violation;
import org.treatyflow.model.financial.WarsawRequestContent;

/**
 * A request that the requested Party confiscate property on its territory, by enforcing the
 * requesting Party's order or by obtaining a domestic order, of specific property or of a sum of
 * money equal to the value of the proceeds.
 *
 * <p>Legal basis: WC 23 (obligation to confiscate), WC 24 (execution), WC 27 (imprisonment in
 * default), WC 37(1) and 37(3) (content of the request), WC 41(3) (requests to several Parties).
 * The request belongs to Section 4 of Chapter IV.
 */
@Value.Immutable
public interface ConfiscationRequest extends Request {

  /**
   * The channels a Section 4 request may travel by: between central authorities (WC 34(1)),
   * directly between judicial authorities in urgency (WC 34(2)) or through Interpol (WC 34(3)). The
   * direct route between competent authorities of WC 34(5) is for Section 2 only.
   */
  Set<Channel> ALLOWED_CHANNELS =
      EnumSet.of(Channel.CENTRAL_AUTHORITY, Channel.DIRECT_JUDICIAL, Channel.INTERPOL);

  /** The content this family requires, top-down in the order of the articles. */
  CompletenessRules<ConfiscationRequest> REQUIRED_CONTENT =
      CompletenessRules.<ConfiscationRequest>builder()
          .add(HeaderRules.legalBasisInvokes(RequestFamily.CONFISCATION))
          .add(
              CompletenessRule.require(
                  "WC_23_1_PROPERTY_OR_AMOUNT",
                  WARSAW.cite(23, 1),
                  "assets",
                  Verification.CONFIRMED,
                  r ->
                      !r.assets().isEmpty()
                          || (r.kind() == ConfiscationKind.VALUE && r.orderAmount().isPresent()),
                  "The request must describe at least one item of property to be confiscated or,"
                      + " for a value confiscation, the amount of the order.",
                  "La demande doit décrire au moins un bien à confisquer ou, pour une confiscation"
                      + " en valeur, le montant de la décision."))
          .add(
              CompletenessRule.require(
                  "WC_23_3_ORDER_AMOUNT",
                  WARSAW.cite(23, 3),
                  "orderAmount",
                  Verification.CONFIRMED,
                  r -> r.kind() != ConfiscationKind.VALUE || r.orderAmount().isPresent(),
                  "A value confiscation request must state the sum of money the order requires to"
                      + " be paid.",
                  "Une demande de confiscation en valeur doit indiquer la somme d'argent que la"
                      + " décision ordonne de payer."))
          .add(
              HeaderRules.channelIn(
                  ALLOWED_CHANNELS,
                  "WC_34_CONFISCATION_CHANNEL",
                  WARSAW.cite(34),
                  Verification.CONFIRMED,
                  "A confiscation request must go between central authorities, directly between"
                      + " judicial authorities in urgent cases, or through Interpol.",
                  "Une demande de confiscation doit passer par les autorités centrales, directement"
                      + " entre autorités judiciaires en cas d'urgence, ou par Interpol."))
          .add(WarsawRequestContent.DIRECT_JUDICIAL_ONLY_IF_URGENT)
          .addAll(WarsawRequestContent.REQUIRED_CONTENT, ConfiscationRequest::content)
          .add(
              WarsawRequestContent.markedCoercive(
                  "WC_37_1_D_CONFISCATION_IS_COERCIVE",
                  ConfiscationRequest::content,
                  "Confiscation is coercive action: the request must be marked as coercive and give"
                      + " the statutory provisions and the confirmation the Convention requires for"
                      + " coercive action.",
                  "La confiscation est une mesure coercitive : la demande doit être marquée comme"
                      + " coercitive et indiquer les dispositions légales et la confirmation que la"
                      + " Convention exige pour une mesure coercitive."))
          .add(
              CompletenessRule.require(
                  "WC_37_3_CERTIFIED_COPY_OF_ORDER",
                  WARSAW.cite(37, 3),
                  "certifiedCopyOfOrderAttached",
                  Verification.CONFIRMED,
                  r -> !r.enforcesForeignOrder() || r.certifiedCopyOfOrderAttached(),
                  "A request to enforce the requesting Party's confiscation order (Article 23(1)(a))"
                      + " must attach a certified true copy of the order.",
                  "Une demande d'exécution de la décision de confiscation de la Partie requérante"
                      + " (article 23(1)(a)) doit joindre une copie certifiée conforme de la"
                      + " décision."))
          .add(
              CompletenessRule.require(
                  "WC_37_3_STATEMENT_OF_GROUNDS",
                  WARSAW.cite(37, 3),
                  "statementOfGroundsAttached",
                  Verification.CONFIRMED,
                  r -> !r.enforcesForeignOrder() || r.statementOfGroundsAttached(),
                  "A request to enforce the requesting Party's confiscation order (Article 23(1)(a))"
                      + " must state the grounds on which the order was made.",
                  "Une demande d'exécution de la décision de confiscation de la Partie requérante"
                      + " (article 23(1)(a)) doit exposer les motifs de la décision."))
          .add(
              CompletenessRule.require(
                  "WC_37_3_ENFORCEABILITY_ATTESTATION",
                  WARSAW.cite(37, 3),
                  "enforceabilityAttested",
                  Verification.CONFIRMED,
                  r -> !r.enforcesForeignOrder() || r.enforceabilityAttested(),
                  "A request to enforce the requesting Party's confiscation order (Article 23(1)(a))"
                      + " must attest that the order is enforceable and not subject to ordinary"
                      + " means of appeal.",
                  "Une demande d'exécution de la décision de confiscation de la Partie requérante"
                      + " (article 23(1)(a)) doit attester que la décision est exécutoire et"
                      + " n'est pas susceptible de voies de recours ordinaires."))
          .add(
              CompletenessRule.require(
                  "WC_37_3_EXTENT_OF_ENFORCEMENT",
                  WARSAW.cite(37, 3),
                  "extentOfEnforcement",
                  Verification.CONFIRMED,
                  r ->
                      !r.enforcesForeignOrder()
                          || r.extentOfEnforcement().filter(s -> !s.isBlank()).isPresent(),
                  "A request to enforce the requesting Party's confiscation order (Article 23(1)(a))"
                      + " must state the extent to which enforcement is requested.",
                  "Une demande d'exécution de la décision de confiscation de la Partie requérante"
                      + " (article 23(1)(a)) doit indiquer dans quelle mesure l'exécution est"
                      + " demandée."))
          .add(
              CompletenessRule.require(
                  "WC_37_3_NEED_FOR_PROVISIONAL_MEASURES",
                  WARSAW.cite(37, 3),
                  "provisionalMeasuresNeeded",
                  Verification.CONFIRMED,
                  r -> !r.enforcesForeignOrder() || r.provisionalMeasuresNeeded().isPresent(),
                  "A request to enforce the requesting Party's confiscation order (Article 23(1)(a))"
                      + " must say whether provisional measures are needed.",
                  "Une demande d'exécution de la décision de confiscation de la Partie requérante"
                      + " (article 23(1)(a)) doit indiquer si des mesures provisoires sont"
                      + " nécessaires."))
          .add(
              CompletenessRule.require(
                  "WC_37_3_FACTS_FOR_DOMESTIC_ORDER",
                  WARSAW.cite(37, 3),
                  "statementOfFactsForDomesticOrder",
                  Verification.CONFIRMED,
                  r ->
                      r.mode() != ConfiscationMode.DOMESTIC_ORDER
                          || r.statementOfFactsForDomesticOrder()
                              .filter(s -> !s.isBlank())
                              .isPresent(),
                  "A request for a domestic confiscation order (Article 23(1)(b)) must state the"
                      + " facts relied upon, sufficient for the requested Party to seek the order"
                      + " under its law.",
                  "Une demande visant une décision de confiscation interne (article 23(1)(b)) doit"
                      + " exposer les faits invoqués, de manière suffisante pour que la Partie"
                      + " requise puisse demander la décision en vertu de son droit."))
          .add(
              CompletenessRule.require(
                  "WC_37_3_THIRD_PARTY_DOCUMENTS",
                  WARSAW.cite(37, 3),
                  "thirdPartyDocumentsAttached",
                  Verification.CONFIRMED,
                  r -> !r.thirdPartiesInvolved() || r.thirdPartyDocumentsAttached(),
                  "Where third parties have had the opportunity to claim rights, the request must"
                      + " attach documents showing that they had it.",
                  "Lorsque des tiers ont eu la possibilité de faire valoir des droits, la demande"
                      + " doit joindre des documents qui l'établissent."))
          .build();

  /** Identifiers, Parties, authorities and channel. */
  @Override
  RequestHeader header();

  /** The offences the order or proceedings concern; may be empty while drafting. */
  List<Offence> offences();

  /** The content every Warsaw request states (WC 37(1)). */
  WarsawRequestContent content();

  /** Enforcing the requesting Party's order, or obtaining a domestic one (WC 23(1)). */
  ConfiscationMode mode();

  /** Confiscation of specific property, or of a sum of money equal to its value (WC 23(1), 23(3)). */
  ConfiscationKind kind();

  /**
   * Whether the measure is non-conviction-based: ordered by a judicial authority in relation to a
   * criminal offence, depriving of property without being a criminal sanction (WC 23(5)); false
   * unless stated.
   */
  @Value.Default
  default boolean nonConvictionBased() {
    return false;
  }

  /** The property to be confiscated, or on which a value order is to be enforced; may be empty while drafting. */
  List<Asset> assets();

  /** The sum of money a value confiscation order requires to be paid (WC 23(3), WC 26). */
  Optional<Amount> orderAmount();

  /**
   * Whether a certified true copy of the requesting Party's confiscation order is attached, for
   * mode {@link ConfiscationMode#ENFORCE_FOREIGN_ORDER} (WC 37(3)); false until attached.
   */
  @Value.Default
  default boolean certifiedCopyOfOrderAttached() {
    return false;
  }

  /**
   * Whether a statement of the grounds on which the order was made is given, for mode {@link
   * ConfiscationMode#ENFORCE_FOREIGN_ORDER} (WC 37(3)); false until given.
   */
  @Value.Default
  default boolean statementOfGroundsAttached() {
    return false;
  }

  /**
   * Whether the requesting Party attests that the order is enforceable and not subject to ordinary
   * means of appeal, for mode {@link ConfiscationMode#ENFORCE_FOREIGN_ORDER} (WC 37(3); checked
   * against refusal ground WC 28(4)(e)); false until attested.
   */
  @Value.Default
  default boolean enforceabilityAttested() {
    return false;
  }

  /**
   * The extent to which enforcement of the order is requested, for mode {@link
   * ConfiscationMode#ENFORCE_FOREIGN_ORDER} (WC 37(3)). Free text that may name persons, so
   * personal data.
   */
  @PersonalData
  @Value.Redacted
  Optional<String> extentOfEnforcement();

  /**
   * Whether provisional measures are needed, for mode {@link
   * ConfiscationMode#ENFORCE_FOREIGN_ORDER} (WC 37(3)); empty until stated either way.
   */
  Optional<Boolean> provisionalMeasuresNeeded();

  /**
   * The facts relied upon, sufficient for the requested Party to seek a domestic order, for mode
   * {@link ConfiscationMode#DOMESTIC_ORDER} (WC 37(3)). Names persons, so personal data.
   */
  @PersonalData
  @Value.Redacted
  Optional<String> statementOfFactsForDomesticOrder();

  /** Whether third parties have had the opportunity to claim rights in the property (WC 37(3)). */
  @Value.Default
  default boolean thirdPartiesInvolved() {
    return false;
  }

  /**
   * Whether documents showing that third parties had the opportunity to claim rights are attached
   * (WC 37(3); recognition under WC 32).
   */
  @Value.Default
  default boolean thirdPartyDocumentsAttached() {
    return false;
  }

  /**
   * Whether the requesting Party specifies that no imprisonment in default or other measure
   * restricting liberty may be imposed as a result of the request (WC 27); false unless specified.
   */
  @Value.Default
  default boolean noImprisonmentInDefault() {
    return false;
  }

  /**
   * The other Parties asked to confiscate on the basis of the same order, whom the requesting Party
   * must inform (WC 41(3)); empty if none.
   */
  Set<Party> otherPartiesRequested();

  /** Whether the request asks for enforcement of the requesting Party's own order (WC 23(1)(a)). */
  default boolean enforcesForeignOrder() {
    return mode() == ConfiscationMode.ENFORCE_FOREIGN_ORDER;
  }

  @Override
  default RequestFamily family() {
    return RequestFamily.CONFISCATION;
  }

  @Value.Lazy
  @Override
  default List<Violation> completenessViolations() {
    return REQUIRED_CONTENT.check(this);
  }

  @Value.Check
  default void check() {
    checkArgument(
        !otherPartiesRequested().contains(header().requestingParty())
            && !otherPartiesRequested().contains(header().requestedParty()),
        "ConfiscationRequest.otherPartiesRequested must name Parties other than the requesting"
            + " Party %s and the requested Party %s, was %s",
        header().requestingParty(),
        header().requestedParty(),
        otherPartiesRequested());
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a confiscation request; header, content, mode and kind must be set. */
  final class Builder extends ImmutableConfiscationRequest.Builder {}
}
