package org.treatyflow.model.fiu;

import static org.treatyflow.model.common.Instrument.WARSAW;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.treatyflow.model.common.CompletenessRule;
import org.treatyflow.model.common.CompletenessRules;
import org.treatyflow.model.common.PersonalData;
import org.treatyflow.model.common.Request;
import org.treatyflow.model.common.RequestFamily;
import org.treatyflow.model.common.Verification;
import org.treatyflow.model.common.Violation;

/**
 * A request from one Financial Intelligence Unit to another to take urgent action to suspend, or to
 * withhold consent to, a transaction going ahead.
 *
 * <p>Legal basis: WC 47(1) (urgent action at a foreign FIU's request), 47(2)(a)-(b) (the
 * justification that satisfies the requested FIU). The treaty sets no period of postponement: the
 * periods and conditions are those of the requested Party's domestic law on postponing
 * transactions (WC 47(1)), so this type carries no duration; the workflow takes it as
 * configuration of the requested Party.
 */
@Value.Immutable
public interface FiuPostponementRequest extends Request {
  /** The transaction to be postponed (WC 47(1)). */
  Optional<Transaction> transaction();

  /** The justification that the transaction relates to money laundering (WC 47(2)(a)). Personal data. */
  @PersonalData
  @Value.Redacted
  Optional<String> launderingJustification();

  /**
   * The justification that the transaction would have been suspended, or consent to it withheld,
   * had it been the subject of a domestic suspicious transaction report (WC 47(2)(b)). Personal data.
   */
  @PersonalData
  @Value.Redacted
  Optional<String> domesticPostponementJustification();

  @Override
  default RequestFamily family() {
    return RequestFamily.FIU_POSTPONEMENT;
  }

  @Value.Lazy
  @Override
  default List<Violation> completenessViolations() {
    return REQUIRED_CONTENT.check(this);
  }

  /** The content WC 47 requires, in the order of the article. */
  CompletenessRules<FiuPostponementRequest> REQUIRED_CONTENT =
      CompletenessRules.<FiuPostponementRequest>builder()
          .addAll(
              FiuRules.betweenFius(
                  RequestFamily.FIU_POSTPONEMENT, WARSAW.cite(47, 1), "WC_47_1"))
          .add(
              CompletenessRule.require(
                  "WC_47_1_TRANSACTION",
                  WARSAW.cite(47, 1),
                  "transaction",
                  Verification.CONFIRMED,
                  r -> r.transaction().isPresent(),
                  "The request must identify the transaction to be suspended.",
                  "La demande doit identifier l'opération à suspendre."))
          .add(
              CompletenessRule.require(
                  "WC_47_2_A_MONEY_LAUNDERING",
                  WARSAW.cite(47, 2, "a"),
                  "launderingJustification",
                  Verification.CONFIRMED,
                  r -> r.launderingJustification().filter(s -> !s.isBlank()).isPresent(),
                  "The request must justify that the transaction relates to money laundering.",
                  "La demande doit justifier que l'opération est liée au blanchiment de capitaux."))
          .add(
              CompletenessRule.require(
                  "WC_47_2_B_DOMESTIC_POSTPONEMENT",
                  WARSAW.cite(47, 2, "b"),
                  "domesticPostponementJustification",
                  Verification.CONFIRMED,
                  r -> r.domesticPostponementJustification().filter(s -> !s.isBlank()).isPresent(),
                  "The request must justify that the transaction would have been suspended, or"
                      + " consent to it withheld, had it been the subject of a domestic suspicious"
                      + " transaction report.",
                  "La demande doit justifier que l'opération aurait été suspendue, ou l'accord à"
                      + " son exécution refusé, si elle avait fait l'objet d'une déclaration de"
                      + " soupçon nationale."))
          .build();

  static Builder builder() {
    return new Builder();
  }

  /** Builds a request to postpone a transaction. */
  final class Builder extends ImmutableFiuPostponementRequest.Builder {}
}
