package org.treatyflow.model.asset;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;
import org.treatyflow.model.common.PersonalData;

/**
 * A virtual-currency address or an account with a virtual-asset service provider (an exchange or
 * custodian).
 *
 * <p>Legal basis: WC 21 provisional measures and WC 23 confiscation over property; the treaties do
 * not define virtual assets, so this is a modelling extension.
 */
@Value.Immutable
public non-sealed interface VirtualCurrencyWallet extends Asset {
  Pattern ADDRESS = Pattern.compile("[A-Za-z0-9:._-]{10,128}");

  /** The virtual asset held, e.g. {@link AssetCode#BTC}. */
  AssetCode asset();

  /** The network or chain, e.g. "bitcoin", "ethereum", "tron". */
  String network();

  /** The address on the network. Identifies a person, so personal data. */
  @PersonalData
  @Value.Redacted
  String address();

  /** The exchange or custodian holding the keys, if any; empty for a self-hosted wallet. */
  Optional<String> custodian();

  @Value.Check
  default void check() {
    checkArgument(
        asset().kind() == AssetCode.Kind.VIRTUAL,
        "VirtualCurrencyWallet.asset must be a virtual asset, was %s",
        asset());
    checkArgument(!network().isBlank(), "VirtualCurrencyWallet.network must not be blank");
    checkArgument(
        ADDRESS.matcher(address()).matches(),
        "VirtualCurrencyWallet.address must be 10 to 128 letters, digits or : . _ - (length was %s)",
        address().length());
  }

  @Override
  default Kind kind() {
    return Kind.VIRTUAL_CURRENCY_WALLET;
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a wallet. */
  final class Builder extends ImmutableVirtualCurrencyWallet.Builder {}
}
