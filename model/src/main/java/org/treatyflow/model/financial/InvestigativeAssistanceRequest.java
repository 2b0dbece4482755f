package org.treatyflow.model.financial;

import static org.treatyflow.model.common.Instrument.WARSAW;

import java.util.List;
import java.util.Set;
import org.immutables.value.Value;
import org.treatyflow.model.asset.Asset;
import org.treatyflow.model.common.CompletenessRule;
import org.treatyflow.model.common.CompletenessRules;
import org.treatyflow.model.common.HeaderRules;
import org.treatyflow.model.common.Offence;
import org.treatyflow.model.common.PersonalData;
import org.treatyflow.model.common.Request;
import org.treatyflow.model.common.RequestFamily;
import org.treatyflow.model.common.Verification;
import org.treatyflow.model.common.Violation;

/**
 * A request for assistance in identifying and tracing instrumentalities, proceeds and other property
 * liable to confiscation.
 *
 * <p>Legal basis: WC 16 (obligation to assist), WC 37(1) (content), WC 34 (routes); Section 2 of
 * Chapter IV, so dual criminality applies only where coercive action is involved (WC 28(1)(g)).
 */
@Value.Immutable
public interface InvestigativeAssistanceRequest extends Request {
  /** The offences the investigation concerns; possibly empty while drafting. */
  List<Offence> offences();

  /** The WC 37(1) content. */
  WarsawRequestContent content();

  /** The kinds of property to be identified or traced (WC 16); possibly empty. */
  Set<Asset.Kind> propertyKinds();

  /**
   * Descriptions of the property to be identified or traced (WC 16); possibly empty. They may name
   * persons, so they are personal data.
   */
  @PersonalData
  @Value.Redacted
  List<String> propertyDescriptions();

  /** What the evidence sought should show about the property (WC 16); possibly empty. */
  Set<TracingAspect> aspects();

  /**
   * Whether the object of tracing is stated: a kind of property, a non-blank description, or an item
   * of property in the content.
   */
  default boolean hasObjectOfTracing() {
    return !propertyKinds().isEmpty()
        || propertyDescriptions().stream().anyMatch(d -> !d.isBlank())
        || !content().property().isEmpty();
  }

  @Override
  default RequestFamily family() {
    return RequestFamily.INVESTIGATIVE_ASSISTANCE;
  }

  @Value.Lazy
  @Override
  default List<Violation> completenessViolations() {
    return REQUIRED_CONTENT.check(this);
  }

  /** The content WC 16, 34 and 37 require, in the order of the articles. */
  CompletenessRules<InvestigativeAssistanceRequest> REQUIRED_CONTENT =
      CompletenessRules.<InvestigativeAssistanceRequest>builder()
          .add(HeaderRules.legalBasisInvokes(RequestFamily.INVESTIGATIVE_ASSISTANCE))
          .add(
              CompletenessRule.require(
                  "WC_16_OBJECT_OF_TRACING",
                  WARSAW.cite(16),
                  "propertyKinds",
                  Verification.UNVERIFIED,
                  InvestigativeAssistanceRequest::hasObjectOfTracing,
                  "The request must say what property is to be identified or traced.",
                  "La demande doit indiquer quels biens doivent être identifiés ou dépistés."))
          .addAll(
              SectionTwoRules.routeAndContent(
                  InvestigativeAssistanceRequest::content, InvestigativeAssistanceRequest::offences))
          .build();

  static Builder builder() {
    return new Builder();
  }

  /** Builds a request for identifying and tracing property. */
  final class Builder extends ImmutableInvestigativeAssistanceRequest.Builder {}
}
