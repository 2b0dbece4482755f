package org.treatyflow.model.asset;

import java.util.Optional;
import org.immutables.value.Value;
import org.treatyflow.model.common.Party;
import org.treatyflow.model.common.PersonalData;

/**
 * An account with a bank or other financial institution, identified by its IBAN.
 *
 * <p>Legal basis: WC 17 (information on bank accounts), 18 (banking transactions), 19 (monitoring),
 * 21 (freezing).
 */
@Value.Immutable
public non-sealed interface BankAccount extends Asset {
  /** The account number. Personal data. */
  @PersonalData
  @Value.Redacted
  Iban iban();

  /** The name of the bank keeping the account, if known. */
  Optional<String> bankName();

  /** The BIC of the bank, if known. */
  Optional<String> bic();

  @Override
  default Kind kind() {
    return Kind.BANK_ACCOUNT;
  }

  /** The Party of the IBAN's country, if it is not given otherwise. */
  @Override
  Optional<Party> location();

  static Builder builder() {
    return new Builder();
  }

  /** Builds a bank account. */
  final class Builder extends ImmutableBankAccount.Builder {}
}
