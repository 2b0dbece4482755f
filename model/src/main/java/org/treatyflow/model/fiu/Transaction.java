package org.treatyflow.model.fiu;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.treatyflow.model.asset.Amount;
import org.treatyflow.model.asset.Asset;
import org.treatyflow.model.common.PersonalData;

/**
 * A financial transaction going ahead, or about to, that a Financial Intelligence Unit is asked to
 * postpone.
 *
 * <p>Legal basis: WC 47(1) (suspending or withholding consent to a transaction going ahead).
 */
@Value.Immutable
public interface Transaction {
  /** The amount of the transaction. */
  Amount amount();

  /** The account or other asset the funds leave, if known. */
  Optional<Asset> fromAccount();

  /** The account or other asset the funds go to, if known. */
  Optional<Asset> toAccount();

  /** The date the transaction was ordered or is due to be carried out. */
  LocalDate date();

  /** A description of the transaction: parties, purpose, reference. Personal data. */
  @PersonalData
  @Value.Redacted
  Optional<String> description();

  static Builder builder() {
    return new Builder();
  }

  /** Builds a transaction. */
  final class Builder extends ImmutableTransaction.Builder {}
}
