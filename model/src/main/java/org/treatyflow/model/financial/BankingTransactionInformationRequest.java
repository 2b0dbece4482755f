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
 * A request for the particulars of specified bank accounts and of the banking operations carried out
 * through them during a specified period, including any sending or receiving account.
 *
 * <p>Legal basis: WC 18(1) (purpose), 18(2) (only what the bank holding the account holds), 18(3)
 * (relevance, in addition to WC 37), 18(4) (conditions as for search and seizure), 18(5) (non-bank
 * financial institutions).
 */
@Value.Immutable
public interface BankingTransactionInformationRequest extends Request {
  /** The offences under investigation; possibly empty while drafting. */
  List<Offence> offences();

  /** The WC 37(1) content. */
  WarsawRequestContent content();

  /** The specified accounts (WC 18(1)); possibly empty while drafting. */
  List<BankAccount> accounts();

  /** The first day of the specified period, inclusive (WC 18(1)). */
  Optional<LocalDate> periodStart();

  /** The last day of the specified period, inclusive (WC 18(1)). */
  Optional<LocalDate> periodEnd();

  /**
   * Why the information is relevant for the criminal investigation into the offence (WC 18(3)).
   * Personal data.
   */
  @PersonalData
  @Value.Redacted
  Optional<String> relevance();

  /**
   * Whether operations in non-bank financial institutions are also sought, which the requested
   * Party grants only if it has extended Article 18 to them (WC 18(5)). False unless set.
   */
  @Value.Default
  default boolean includeNonBankFinancialInstitutions() {
    return false;
  }

  @Value.Check
  default void check() {
    SectionTwoRules.checkPeriod(
        "BankingTransactionInformationRequest", WARSAW.cite(18, 1), periodStart(), periodEnd());
  }

  @Override
  default RequestFamily family() {
    return RequestFamily.BANKING_TRANSACTION_INFORMATION;
  }

  @Value.Lazy
  @Override
  default List<Violation> completenessViolations() {
    return REQUIRED_CONTENT.check(this);
  }

  /** The content WC 18, 34 and 37 require, in the order of the articles. */
  CompletenessRules<BankingTransactionInformationRequest> REQUIRED_CONTENT =
      CompletenessRules.<BankingTransactionInformationRequest>builder()
          .add(HeaderRules.legalBasisInvokes(RequestFamily.BANKING_TRANSACTION_INFORMATION))
          .add(
              CompletenessRule.require(
                  "WC_18_1_ACCOUNTS",
                  WARSAW.cite(18, 1),
                  "accounts",
                  Verification.CONFIRMED,
                  r -> !r.accounts().isEmpty(),
                  "The request must specify at least one account.",
                  "La demande doit préciser au moins un compte."))
          .add(
              CompletenessRule.require(
                  "WC_18_1_PERIOD",
                  WARSAW.cite(18, 1),
                  "periodStart",
                  Verification.CONFIRMED,
                  r -> r.periodStart().isPresent() && r.periodEnd().isPresent(),
                  "The request must specify the period of the banking operations, with a first and"
                      + " a last day.",
                  "La demande doit préciser la période des opérations bancaires, avec un premier et"
                      + " un dernier jour."))
          .add(
              SectionTwoRules.relevanceStated(
                  "WC_18_3_RELEVANCE",
                  WARSAW.cite(18, 3),
                  BankingTransactionInformationRequest::relevance))
          .addAll(
              SectionTwoRules.routeAndContent(
                  BankingTransactionInformationRequest::content,
                  BankingTransactionInformationRequest::offences))
          .build();

  static Builder builder() {
    return new Builder();
  }

  /** Builds a request for information on banking transactions. */
  final class Builder extends ImmutableBankingTransactionInformationRequest.Builder {}
}
