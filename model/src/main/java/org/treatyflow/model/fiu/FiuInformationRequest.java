package org.treatyflow.model.fiu;

import static org.treatyflow.model.common.Instrument.WARSAW;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.treatyflow.model.asset.Asset;
import org.treatyflow.model.common.CompletenessRule;
import org.treatyflow.model.common.CompletenessRules;
import org.treatyflow.model.common.PersonalData;
import org.treatyflow.model.common.Request;
import org.treatyflow.model.common.RequestFamily;
import org.treatyflow.model.common.Verification;
import org.treatyflow.model.common.Violation;
import org.treatyflow.model.person.Person;

/**
 * A request from one Financial Intelligence Unit to another for information relevant to the
 * analysis of financial transactions linked to money laundering, or a spontaneous send of such
 * information.
 *
 * <p>Legal basis: WC 46(1)-(3) (cooperation and exchange, spontaneously or on request), 46(4)
 * (content of a request), 46(5) (no formal letter of request), 46(6) (refusal), 46(7)-(9) (use and
 * consent), 46(13) (designation of the FIU). The requesting and requested FIUs are the header's
 * requesting and requested authorities.
 */
@Value.Immutable
public interface FiuInformationRequest extends Request {
  /**
   * Whether the information is sent spontaneously rather than requested (WC 46(2)); a spontaneous
   * send needs no statement of facts or intended use. False unless set.
   */
  @Value.Default
  default boolean spontaneous() {
    return false;
  }

  /** A brief statement of the relevant facts known to the requesting FIU (WC 46(4)). Personal data. */
  @PersonalData
  @Value.Redacted
  Optional<String> factsStatement();

  /** How the information sought will be used (WC 46(4), within WC 46(7)). Personal data. */
  @PersonalData
  @Value.Redacted
  Optional<String> intendedUse();

  /** The natural or legal persons involved (WC 46(2)); possibly empty. */
  List<Person> persons();

  /** The accounts and other assets concerned; possibly empty. */
  List<Asset> assets();

  /** A description of the financial transactions concerned (WC 46(2)). Personal data. */
  @PersonalData
  @Value.Redacted
  Optional<String> transactionsDescription();

  @Override
  default RequestFamily family() {
    return RequestFamily.FIU_INFORMATION_EXCHANGE;
  }

  @Value.Lazy
  @Override
  default List<Violation> completenessViolations() {
    return REQUIRED_CONTENT.check(this);
  }

  /** The content WC 46 requires, in the order of the article. */
  CompletenessRules<FiuInformationRequest> REQUIRED_CONTENT =
      CompletenessRules.<FiuInformationRequest>builder()
          .addAll(
              FiuRules.betweenFius(
                  RequestFamily.FIU_INFORMATION_EXCHANGE, WARSAW.cite(46, 2), "WC_46_2"))
          .add(
              CompletenessRule.require(
                  "WC_46_4_FACTS",
                  WARSAW.cite(46, 4),
                  "factsStatement",
                  Verification.CONFIRMED,
                  r -> r.spontaneous() || r.factsStatement().filter(s -> !s.isBlank()).isPresent(),
                  "The request must give a brief statement of the relevant facts known to the"
                      + " requesting Financial Intelligence Unit.",
                  "La demande doit contenir un bref exposé des faits pertinents connus de la"
                      + " cellule de renseignement financier requérante."))
          .add(
              CompletenessRule.require(
                  "WC_46_4_INTENDED_USE",
                  WARSAW.cite(46, 4),
                  "intendedUse",
                  Verification.CONFIRMED,
                  r -> r.spontaneous() || r.intendedUse().filter(s -> !s.isBlank()).isPresent(),
                  "The request must say how the information sought will be used.",
                  "La demande doit indiquer l'usage qui sera fait des informations demandées."))
          .build();

  static Builder builder() {
    return new Builder();
  }

  /** Builds a request or spontaneous send between Financial Intelligence Units. */
  final class Builder extends ImmutableFiuInformationRequest.Builder {}
}
