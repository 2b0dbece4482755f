package org.treatyflow.model.spontaneous;

import static org.treatyflow.model.common.Instrument.WARSAW;

import java.util.List;
import org.immutables.value.Value;
import org.treatyflow.model.asset.Asset;
import org.treatyflow.model.common.CompletenessRule;
import org.treatyflow.model.common.CompletenessRules;
import org.treatyflow.model.common.RequestFamily;
import org.treatyflow.model.common.Verification;
import org.treatyflow.model.common.Violation;

/**
 * Information on instrumentalities and proceeds that a Party sends to another Party without a
 * prior request.
 *
 * <p>Legal basis: WC 20 (without prejudice to its own investigations or proceedings, where the
 * information might help the receiver start or carry out investigations or proceedings, or might
 * lead to a request under Chapter IV); WC 43(3) (the receiver respects confidentiality, subject to
 * its law, or says promptly that it cannot). It belongs to Section 2 of Chapter IV.
 */
@Value.Immutable
public interface SpontaneousInformationOnProceeds extends SpontaneousCommunication {
  /** What WC 20 requires of the information. */
  CompletenessRules<SpontaneousInformationOnProceeds> REQUIRED_CONTENT =
      CompletenessRules.<SpontaneousInformationOnProceeds>builder()
          .add(
              CompletenessRule.require(
                  "WC_20_INFORMATION",
                  WARSAW.cite(20),
                  "informationSummary",
                  Verification.CONFIRMED,
                  SpontaneousCommunication::hasInformationSummary,
                  "The communication must describe the information it passes on.",
                  "La communication doit décrire les informations qu'elle transmet."))
          .add(
              CompletenessRule.require(
                  "WC_20_INSTRUMENTALITIES_OR_PROCEEDS",
                  WARSAW.cite(20),
                  "instrumentalitiesAndProceeds",
                  Verification.UNVERIFIED,
                  i -> !i.instrumentalitiesAndProceeds().isEmpty(),
                  "The information must concern instrumentalities or proceeds: name at least one"
                      + " item of property.",
                  "Les informations doivent porter sur des instruments ou des produits : indiquer au"
                      + " moins un bien."))
          .build();

  /**
   * The instrumentalities and proceeds the information is about (WC 20); may be empty in a draft.
   */
  List<Asset> instrumentalitiesAndProceeds();

  @Override
  default RequestFamily family() {
    return RequestFamily.SPONTANEOUS_INFORMATION_ON_PROCEEDS;
  }

  @Value.Lazy
  @Override
  default List<Violation> completenessViolations() {
    return REQUIRED_CONTENT.check(this);
  }

  @Value.Check
  default void check() {
    checkParties("SpontaneousInformationOnProceeds");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds spontaneous information on proceeds; the Parties and authorities must be set. */
  final class Builder extends ImmutableSpontaneousInformationOnProceeds.Builder {}
}
