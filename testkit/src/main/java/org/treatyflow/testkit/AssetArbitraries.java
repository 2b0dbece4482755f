package org.treatyflow.testkit;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.treatyflow.model.asset.Amount;
import org.treatyflow.model.asset.Asset;
import org.treatyflow.model.asset.AssetCode;
import org.treatyflow.model.asset.BankAccount;
import org.treatyflow.model.asset.Cash;
import org.treatyflow.model.asset.DomainName;
import org.treatyflow.model.asset.Iban;
import org.treatyflow.model.asset.OtherAsset;
import org.treatyflow.model.asset.RealEstate;
import org.treatyflow.model.asset.Vehicle;
import org.treatyflow.model.asset.VirtualCurrencyWallet;
import org.treatyflow.model.common.Party;

/** Arbitraries of assets and amounts: valid IBANs, plausible wallet addresses, exact amounts. */
public final class AssetArbitraries {
  private static final String BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

  private AssetArbitraries() {}

  /** An asset code: a common fiat currency or virtual asset. */
  public static Arbitrary<AssetCode> assetCodes() {
    return Arbitraries.of(
        AssetCode.EUR,
        AssetCode.USD,
        AssetCode.fiat("CHF"),
        AssetCode.fiat("JPY"),
        AssetCode.BTC,
        AssetCode.ETH,
        AssetCode.USDT,
        AssetCode.XMR);
  }

  /** An amount of {@code code}, with at most its scale of decimals. */
  public static Arbitrary<Amount> amounts(AssetCode code) {
    return Arbitraries.bigDecimals()
        .between(BigDecimal.ZERO, new BigDecimal("10000000"))
        .ofScale(code.scale())
        .map(v -> Amount.of(v, code));
  }

  /** An amount of any asset code. */
  public static Arbitrary<Amount> amounts() {
    return assetCodes().flatMap(AssetArbitraries::amounts);
  }

  /** A valid IBAN of a country that uses IBANs, with correct length and check digits. */
  public static Arbitrary<Iban> ibans() {
    List<String> countries = Iban.countries().stream().sorted().toList();
    return Arbitraries.of(countries)
        .flatMap(
            country -> {
              int bbanLength = Iban.lengthFor(country).orElseThrow() - 4;
              return Arbitraries.strings()
                  .numeric()
                  .ofLength(bbanLength)
                  .map(bban -> Iban.of(country + Iban.checkDigits(country, bban) + bban));
            });
  }

  /** A bank account. */
  public static Arbitrary<BankAccount> bankAccounts() {
    return Combinators.combine(
            ibans(),
            Arbitraries.of("First Example Bank", "Savings Bank", "Online Bank").optional(0.7),
            amounts(AssetCode.EUR).optional(0.5))
        .as(
            (iban, bank, value) ->
                BankAccount.builder()
                    .iban(iban)
                    .bankName(bank)
                    .location(Party.isValidCode(iban.country()) ? java.util.Optional.of(Party.of(iban.country())) : java.util.Optional.empty())
                    .estimatedValue(value)
                    .build());
  }

  /** A virtual-currency wallet with a plausible address for its network. */
  public static Arbitrary<VirtualCurrencyWallet> wallets() {
    Arbitrary<VirtualCurrencyWallet> bitcoin =
        Combinators.combine(
                Arbitraries.strings().withChars(BASE58).ofLength(33),
                Arbitraries.of("Example Exchange", "Coin Custody Ltd").optional(0.5))
            .as(
                (body, custodian) ->
                    wallet(AssetCode.BTC, "bitcoin", "1" + body, custodian));
    Arbitrary<VirtualCurrencyWallet> ethereum =
        Combinators.combine(
                Arbitraries.strings().withChars("0123456789abcdef").ofLength(40),
                Arbitraries.of(AssetCode.ETH, AssetCode.USDT),
                Arbitraries.of("Example Exchange").optional(0.5))
            .as((hex, code, custodian) -> wallet(code, "ethereum", "0x" + hex, custodian));
    Arbitrary<VirtualCurrencyWallet> monero =
        Arbitraries.strings()
            .withChars(BASE58)
            .ofLength(94)
            .map(body -> wallet(AssetCode.XMR, "monero", "4" + body, java.util.Optional.empty()));
    return Arbitraries.oneOf(bitcoin, ethereum, monero);
  }

  private static VirtualCurrencyWallet wallet(
      AssetCode code, String network, String address, java.util.Optional<String> custodian) {
    return VirtualCurrencyWallet.builder()
        .asset(code)
        .network(network)
        .address(address)
        .custodian(custodian)
        .build();
  }

  /**
   * A domain name whose name carries the personal-data marker in lower case (domain names are
   * lower case), e.g. {@code zq-shop-example.com}: a domain can identify its registrant.
   */
  public static Arbitrary<DomainName> domainNames() {
    String marker = PersonArbitraries.MARKER.toLowerCase(Locale.ROOT);
    return Arbitraries.of("darkmarket-example.com", "shop-example.net", "phish-example.org")
        .map(name -> DomainName.builder().name(marker + "-" + name).build());
  }

  /** Any kind of asset. */
  public static Arbitrary<Asset> assets() {
    String m = PersonArbitraries.MARKER;
    Arbitrary<Asset> realEstate =
        Arbitraries.integers()
            .between(1, 9999)
            .map(
                n ->
                    RealEstate.builder()
                        .landRegistryReference("LR-" + m + "-" + n)
                        .address(n + " " + m + " Road")
                        .build());
    Arbitrary<Asset> vehicle =
        Arbitraries.strings()
            .withCharRange('A', 'Z')
            .ofLength(3)
            .map(
                letters ->
                    Vehicle.builder()
                        .description("Black saloon car")
                        .registrationNumber(m + "-" + letters + "-123")
                        .build());
    Arbitrary<Asset> domain =
        domainNames().map(Asset.class::cast);
    Arbitrary<Asset> cash =
        amounts(AssetCode.EUR)
            .map(a -> Cash.builder().amount(a).whereKept("Safe at " + m + " Street 5").build());
    Arbitrary<Asset> other =
        Arbitraries.of("Shares in " + m + " Holding", "Jewellery kept by " + m)
            .map(d -> OtherAsset.builder().description(d).build());
    return Arbitraries.oneOf(
        bankAccounts().map(Asset.class::cast),
        wallets().map(Asset.class::cast),
        realEstate,
        vehicle,
        domain,
        cash,
        other);
  }
}
