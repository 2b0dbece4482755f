package org.treatyflow.model.asset;

import java.util.Optional;
import org.treatyflow.model.common.Party;

/**
 * An item of property that a request concerns: its location, its estimated value, and how it is
 * connected with the offence and with persons.
 *
 * <p>Legal basis: WC 37(1)(e)(ii) (the property concerned, its location, its connection with the
 * persons and the offence); WC 21 (property liable to provisional measures); WC 23 (confiscation).
 * The set of kinds is closed; {@link #kind()} gives an enum to switch over. Adding a kind is a
 * breaking change.
 */
public sealed interface Asset
    permits BankAccount, VirtualCurrencyWallet, RealEstate, Vehicle, DomainName, Cash, OtherAsset {

  /** The kinds of asset. */
  enum Kind {
    BANK_ACCOUNT,
    VIRTUAL_CURRENCY_WALLET,
    REAL_ESTATE,
    VEHICLE,
    DOMAIN_NAME,
    CASH,
    OTHER
  }

  /** The kind of this asset. */
  Kind kind();

  /** The Party on whose territory the asset is believed to be, if known. */
  Optional<Party> location();

  /** The estimated value, if known. */
  Optional<Amount> estimatedValue();
}
