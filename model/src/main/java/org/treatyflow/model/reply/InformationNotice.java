package org.treatyflow.model.reply;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.treatyflow.model.common.CompletenessRule;
import org.treatyflow.model.common.CompletenessRules;
import org.treatyflow.model.common.PersonalData;
import org.treatyflow.model.common.Verification;
import org.treatyflow.model.common.Violation;

/**
 * Informs the other Party of a fact the treaties require it to know: the action started or its
 * result, a decision, an obstacle, a measure lifted by law, a confiscation order no longer
 * enforceable, or a condition or confidentiality that cannot be kept.
 *
 * <p>Legal basis: WC 41(1)(a)-(e), 41(2)(a)-(b), 41(3), 43(1), 43(3); BC 26(2), 27(8), 28(3).
 */
@Value.Immutable
public interface InformationNotice extends Reply {
  /** One rule per kind: a notice must say what it informs of. */
  CompletenessRules<InformationNotice> REQUIRED_CONTENT = requiredContent();

  private static CompletenessRules<InformationNotice> requiredContent() {
    CompletenessRules.Builder<InformationNotice> rules = CompletenessRules.builder();
    for (NoticeKind kind : NoticeKind.values()) {
      rules.add(
          CompletenessRule.<InformationNotice>require(
              ReplyRules.codePrefix(kind.citations().get(0)) + "_" + kind.name() + "_DETAILS",
              kind.citations().get(0),
              "details",
              Verification.CONFIRMED,
              n -> n.kind() != kind || ReplyRules.hasText(n.details()),
              "The notice must give the details of what it informs of.",
              "La notification doit préciser ce dont elle informe."));
    }
    return rules.build();
  }

  /** What the notice informs of. */
  NoticeKind kind();

  /** The facts; may name persons and proceedings, so personal data. */
  @PersonalData
  @Value.Redacted
  Optional<String> details();

  @Value.Lazy
  @Override
  default List<Violation> completenessViolations() {
    return REQUIRED_CONTENT.check(this);
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds an information notice. */
  final class Builder extends ImmutableInformationNotice.Builder {}
}
