package org.treatyflow.model.financial;

import static org.treatyflow.model.common.Instrument.WARSAW;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.treatyflow.model.asset.BankAccount;
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
 * A request to monitor, during a specified period, the banking operations carried out through
 * specified accounts, and to send the results.
 *
 * <p>Legal basis: WC 19 (purpose, relevance in addition to WC 37, decision case by case under the
 * requested Party's law, practical arrangements agreed between competent authorities), 19(5)
 * (non-bank financial institutions). CONVENTIONS cites the paragraphs of WC 19 only for 19(5), so
 * the other rules cite the whole article.
 */
@Value.Immutable
public interface BankingTransactionMonitoringRequest extends Request {
  /** The offences under investigation; possibly empty while drafting. */
  List<Offence> offences();

  /** The WC 37(1) content. */
  WarsawRequestContent content();

  /** The accounts to be monitored (WC 19); possibly empty while drafting. */
  List<BankAccount> accounts();

  /** The first day of the monitoring period, inclusive (WC 19). */
  Optional<LocalDate> periodStart();

  /** The last day of the monitoring period, inclusive (WC 19). */
  Optional<LocalDate> periodEnd();

  /**
   * Why the information is relevant for the criminal investigation into the offence (WC 19).
   * Personal data.
   */
  @PersonalData
  @Value.Redacted
  Optional<String> relevance();

  /**
   * The practical arrangements for the monitoring, as agreed or proposed between the competent
   * authorities (WC 19); optional.
   */
  Optional<String> practicalArrangements();

  /**
   * Whether operations in non-bank financial institutions are also to be monitored, which the
   * requested Party grants only if it has extended Article 19 to them (WC 19(5)). False unless set.
   */
  @Value.Default
  default boolean includeNonBankFinancialInstitutions() {
    return false;
  }

  @Value.Check
  default void check() {
    SectionTwoRules.checkPeriod(
        "BankingTransactionMonitoringRequest", WARSAW.cite(19), periodStart(), periodEnd());
  }

  @Override
  default RequestFamily family() {
    return RequestFamily.BANKING_TRANSACTION_MONITORING;
  }

  @Value.Lazy
  @Override
  default List<Violation> completenessViolations() {
    return REQUIRED_CONTENT.check(this);
  }

  /** The content WC 19, 34 and 37 require, in the order of the articles. */
  CompletenessRules<BankingTransactionMonitoringRequest> REQUIRED_CONTENT =
      CompletenessRules.<BankingTransactionMonitoringRequest>builder()
          .add(HeaderRules.legalBasisInvokes(RequestFamily.BANKING_TRANSACTION_MONITORING))
          .add(
              CompletenessRule.require(
                  "WC_19_ACCOUNTS",
                  WARSAW.cite(19),
                  "accounts",
                  Verification.CONFIRMED,
                  r -> !r.accounts().isEmpty(),
                  "The request must specify at least one account to be monitored.",
                  "La demande doit préciser au moins un compte à surveiller."))
          .add(
              CompletenessRule.require(
                  "WC_19_PERIOD",
                  WARSAW.cite(19),
                  "periodStart",
                  Verification.CONFIRMED,
                  r -> r.periodStart().isPresent() && r.periodEnd().isPresent(),
                  "The request must specify the monitoring period, with a first and a last"
                      + " day.",
                  "La demande doit préciser la période de surveillance, avec un premier et"
                      + " un dernier jour."))
          .add(
              SectionTwoRules.relevanceStated(
                  "WC_19_RELEVANCE", WARSAW.cite(19), BankingTransactionMonitoringRequest::relevance))
          .addAll(
              SectionTwoRules.routeAndContent(
                  BankingTransactionMonitoringRequest::content,
                  BankingTransactionMonitoringRequest::offences))
          .build();

  static Builder builder() {
    return new Builder();
  }

  /** Builds a request to monitor banking transactions. */
  final class Builder extends ImmutableBankingTransactionMonitoringRequest.Builder {}
}
