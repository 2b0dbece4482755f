package org.treatyflow.model.reply;

import static com.google.common.base.Preconditions.checkArgument;
import static org.treatyflow.model.common.Instrument.BUDAPEST;
import static org.treatyflow.model.common.Instrument.SECOND_PROTOCOL;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import org.treatyflow.model.common.ArticleCitation;
import org.treatyflow.model.common.CompletenessRule;
import org.treatyflow.model.common.CompletenessRules;
import org.treatyflow.model.common.RequestFamily;
import org.treatyflow.model.common.Verification;

/**
 * Builds rules that apply only to the families of one treaty, because the same duty (for example
 * to give reasons) rests on a different article in each treaty.
 */
final class ReplyRules {
  /** Families of the Budapest Convention. */
  static final Predicate<RequestFamily> BUDAPEST_FAMILIES = f -> f.instrument() == BUDAPEST;
  /** Families of Chapter IV of the Warsaw Convention. */
  static final Predicate<RequestFamily> WARSAW_CHAPTER_IV = f -> f.warsawSection().isPresent();

  /**
   * Code prefix of a rule of the Budapest Convention applied to emergency mutual assistance through
   * 2AP 10, where no mutual assistance treaty is in force: {@code BC_27_7_VIA_2AP_10} for BC 27(7).
   */
  static String viaEmergencyMutualAssistance(ArticleCitation budapestRule) {
    return codePrefix(budapestRule) + "_VIA_" + codePrefix(SECOND_PROTOCOL.cite(10));
  }

  private ReplyRules() {}

  /** The families {@code family} only. */
  static Predicate<RequestFamily> only(RequestFamily family) {
    return f -> f == family;
  }

  /**
   * The part of a rule that differs by treaty: the article, its verification, the families and the
   * code prefix (by default derived from the article, e.g. {@code BC_27_7}).
   */
  record Basis(
      ArticleCitation citation,
      Verification verification,
      Predicate<RequestFamily> families,
      String codePrefix) {
    Basis(ArticleCitation citation, Verification verification, Predicate<RequestFamily> families) {
      this(citation, verification, families, ReplyRules.codePrefix(citation));
    }
  }

  /**
   * Adds one rule per basis: code {@code <code prefix>_<topic>}, met when the reply's family is outside
   * the basis or {@code satisfied} holds.
   */
  static <T extends Reply> void addPerTreaty(
      CompletenessRules.Builder<T> rules,
      String topic,
      String field,
      Predicate<? super T> satisfied,
      String english,
      String french,
      Basis... bases) {
    for (Basis basis : bases) {
      rules.add(
          CompletenessRule.<T>require(
              basis.codePrefix() + "_" + topic,
              basis.citation(),
              field,
              basis.verification(),
              reply -> !basis.families().test(reply.family()) || satisfied.test(reply),
              english,
              french));
    }
  }

  /** {@code BC 27(7)} becomes {@code BC_27_7}. */
  static String codePrefix(ArticleCitation citation) {
    return citation
        .toString()
        .replaceAll("[^A-Za-z0-9]+", "_")
        .replaceAll("_$", "")
        .toUpperCase(Locale.ROOT);
  }

  static boolean hasText(Optional<String> text) {
    return text.filter(t -> !t.isBlank()).isPresent();
  }

  /**
   * Checks that {@code date}, where given, is not before the reply's own date; {@code field} names
   * the type and field in the message, e.g. {@code "Postponement.until"}.
   */
  static void checkNotBeforeReply(String field, Optional<LocalDate> date, ReplyHeader header) {
    date.ifPresent(
        d ->
            checkArgument(
                !d.isBefore(header.date()),
                "%s must not be before header.date (%s before %s)",
                field,
                d,
                header.date()));
  }
}
