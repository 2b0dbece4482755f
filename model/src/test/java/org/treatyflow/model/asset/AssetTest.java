package org.treatyflow.model.asset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AssetTest {

  @ParameterizedTest
  @ValueSource(strings = {"AT611904300234573201", "DE89 3704 0044 0532 0130 00", "GB29NWBK60161331926819", "AL47212110090000000235698741"})
  void acceptsValidIbans(String text) {
    assertThat(Iban.isValid(text)).isTrue();
  }

  @Test
  void rejectsWrongCheckDigitsWithoutQuotingTheNumber() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Iban.of("AT611904300234573202"))
        .withMessageContaining("check digits")
        .withMessageNotContaining("1904300234573202");
  }

  @Test
  void rejectsTheWrongLengthForTheCountry() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Iban.of("AT6119043002345732011"))
        .withMessageContaining("an IBAN of AT has 20 characters");
  }

  @Test
  void computesCheckDigitsThatValidate() {
    String bban = "1904300234573201";
    assertThat(Iban.checkDigits("AT", bban)).isEqualTo("61");
  }

  @Test
  void anIbanShowsOnlyItsCountryAndLastFourCharacters() {
    assertThat(Iban.of("AT611904300234573201")).hasToString("AT**...3201");
  }

  @Test
  void amountsAreExactAndNonNegative() {
    assertThat(Amount.of("0.00000001", AssetCode.BTC).value()).isEqualByComparingTo(new BigDecimal("1E-8"));
    assertThat(Amount.of("1250.50", AssetCode.EUR)).hasToString("1250.50 EUR");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Amount.of("0.001", AssetCode.EUR))
        .withMessageContaining("more decimal places than EUR allows (2)");
    // trailing zeros beyond the currency's places are allowed, and kept
    assertThat(Amount.of("1.5000", AssetCode.EUR).value().scale()).isEqualTo(4);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Amount.of("1.5001", AssetCode.EUR))
        .withMessageContaining("more decimal places than EUR allows (2)");
    assertThat(Amount.of("7", AssetCode.fiat("JPY")).value()).isEqualByComparingTo("7");
    assertThat(Amount.of("7.000", AssetCode.fiat("JPY")).value().scale()).isEqualTo(3);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Amount.of("-1", AssetCode.EUR))
        .withMessageContaining("Amount.value must not be negative");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Amount.of("12,5", AssetCode.EUR))
        .withMessageContaining("Amount.value must be a decimal number");
    assertThat(Amount.of("1.0", AssetCode.EUR).isSameAmountAs(Amount.of("1.00", AssetCode.EUR))).isTrue();
    assertThat(Amount.of("1.5", AssetCode.EUR).plus(Amount.of("2.25", AssetCode.EUR)))
        .isEqualTo(Amount.of(new BigDecimal("3.75"), AssetCode.EUR));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Amount.of("1", AssetCode.EUR).plus(Amount.of("1", AssetCode.BTC)));
  }

  @Test
  void assetCodesDistinguishFiatFromVirtualAssets() {
    assertThat(AssetCode.fiat("JPY").scale()).isZero();
    assertThat(AssetCode.ETH.scale()).isEqualTo(18);
    assertThatIllegalArgumentException().isThrownBy(() -> AssetCode.fiat("BTC")).withMessageContaining("ISO 4217");
    assertThatIllegalArgumentException().isThrownBy(() -> AssetCode.virtual("EUR", 2)).withMessageContaining("use AssetCode.fiat");
    assertThatIllegalArgumentException().isThrownBy(() -> AssetCode.virtual("BTC", 19)).withMessageContaining("AssetCode.scale");
  }

  @Test
  void everyIsoCurrencyHasItsFiatCodeWithTheRuntimesDecimalPlaces() {
    for (java.util.Currency currency : java.util.Currency.getAvailableCurrencies()) {
      AssetCode code = AssetCode.fiat(currency.getCurrencyCode());
      assertThat(code.code()).isEqualTo(currency.getCurrencyCode());
      assertThat(code.kind()).isEqualTo(AssetCode.Kind.FIAT);
      assertThat(code.scale()).isEqualTo(Math.max(currency.getDefaultFractionDigits(), 0));
    }
    assertThatIllegalArgumentException().isThrownBy(() -> AssetCode.fiat(null));
    assertThatIllegalArgumentException().isThrownBy(() -> AssetCode.fiat("eur"));
  }

  @Test
  void aWalletMustHoldAVirtualAssetAndHidesItsAddress() {
    VirtualCurrencyWallet wallet =
        VirtualCurrencyWallet.builder()
            .asset(AssetCode.BTC)
            .network("bitcoin")
            .address("1BoatSLRHtKNngkdXEeobR76b53LETtpyT")
            .custodian("Example Exchange")
            .build();
    assertThat(wallet.kind()).isEqualTo(Asset.Kind.VIRTUAL_CURRENCY_WALLET);
    assertThat(wallet.toString()).doesNotContain("1BoatSLRHtKNngkdXEeobR76b53LETtpyT");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> VirtualCurrencyWallet.builder().asset(AssetCode.EUR).network("x").address("1BoatSLRHtKNngkdXEeobR76b53LETtpyT").build())
        .withMessageContaining("VirtualCurrencyWallet.asset must be a virtual asset");
  }

  @Test
  void domainNamesAreLowerCaseFullyQualified() {
    assertThat(DomainName.builder().name("darkmarket-example.com").build().kind()).isEqualTo(Asset.Kind.DOMAIN_NAME);
    assertThatIllegalArgumentException().isThrownBy(() -> DomainName.builder().name("Example.COM").build());
    assertThatIllegalArgumentException().isThrownBy(() -> DomainName.builder().name("localhost").build());
  }

  @Test
  void aDomainNameIsPersonalDataAndNeverPrinted() {
    // A domain can identify its registrant: neither toString nor the check message shows it.
    DomainName domain = DomainName.builder().name("zq-shop-example.com").build();
    assertThat(domain.name()).isEqualTo("zq-shop-example.com");
    assertThat(domain.toString()).doesNotContain("zq-shop-example.com").doesNotContain("zq-shop");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> DomainName.builder().name("Zq-Shop-Example.COM").build())
        .withMessageContaining("DomainName.name")
        .withMessageContaining("19 characters")
        .withMessageNotContaining("Zq-Shop");
  }
}
