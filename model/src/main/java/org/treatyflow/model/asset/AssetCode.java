package org.treatyflow.model.asset;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Currency;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * The unit of an amount: an ISO 4217 currency, or a virtual asset with its own number of decimal
 * places (8 for bitcoin, 18 for ether).
 *
 * <p>Virtual-asset codes are not standardised; the constants below are common ticker symbols and a
 * user may define others with {@link #virtual(String, int)}.
 */
@Value.Immutable(builder = false)
public abstract class AssetCode {
  private static final Pattern VIRTUAL_CODE = Pattern.compile("[A-Z0-9]{2,10}");

  /** Whether the unit is a fiat currency or a virtual asset. */
  public enum Kind {
    FIAT,
    VIRTUAL
  }

  public static final AssetCode EUR = fiat("EUR");
  public static final AssetCode USD = fiat("USD");
  public static final AssetCode BTC = virtual("BTC", 8);
  public static final AssetCode ETH = virtual("ETH", 18);
  public static final AssetCode USDT = virtual("USDT", 6);
  public static final AssetCode XMR = virtual("XMR", 12);

  /** The code, e.g. {@code EUR} or {@code BTC}. */
  @Value.Parameter
  public abstract String code();

  /** Fiat or virtual. */
  @Value.Parameter
  public abstract Kind kind();

  /** The number of decimal places an amount may have, 0 to 18. */
  @Value.Parameter
  public abstract int scale();

  @Value.Check
  protected void check() {
    checkArgument(
        scale() >= 0 && scale() <= 18, "AssetCode.scale must be 0 to 18, was %s (%s)", scale(), code());
    if (kind() == Kind.FIAT) {
      checkArgument(isIsoCurrency(code()), "AssetCode.code must be an ISO 4217 currency code, was '%s'", code());
    } else {
      checkArgument(
          VIRTUAL_CODE.matcher(code()).matches(),
          "AssetCode.code of a virtual asset must be 2 to 10 upper-case letters or digits, was '%s'",
          code());
      checkArgument(
          !isIsoCurrency(code()),
          "AssetCode.code '%s' is an ISO 4217 currency; use AssetCode.fiat",
          code());
    }
  }

  /** The ISO 4217 currency {@code code}, with its standard number of decimal places. */
  public static AssetCode fiat(String code) {
    AssetCode known = code == null ? null : FiatCodes.BY_CODE.get(code);
    checkArgument(known != null, "AssetCode.code must be an ISO 4217 currency code, was '%s'", code);
    return known;
  }

  /** A virtual asset {@code code} with {@code scale} decimal places. */
  public static AssetCode virtual(String code, int scale) {
    return ImmutableAssetCode.of(code, Kind.VIRTUAL, scale);
  }

  /** Whether {@code code} is an ISO 4217 currency code known to the Java runtime. */
  public static boolean isIsoCurrency(String code) {
    return code != null && IsoCodes.CODES.contains(code);
  }

  /** The asset code of every ISO 4217 currency, made once: amounts name the same few again and again. */
  private static final class FiatCodes {
    static final java.util.Map<String, AssetCode> BY_CODE =
        IsoCodes.CODES.stream()
            .collect(
                com.google.common.collect.ImmutableMap.toImmutableMap(
                    code -> code,
                    code ->
                        ImmutableAssetCode.of(
                            code,
                            Kind.FIAT,
                            Math.max(Currency.getInstance(code).getDefaultFractionDigits(), 0))));
  }

  /** The ISO 4217 codes of the runtime, read once: the runtime copies its set on every request. */
  private static final class IsoCodes {
    static final java.util.Set<String> CODES =
        Currency.getAvailableCurrencies().stream()
            .map(Currency::getCurrencyCode)
            .collect(com.google.common.collect.ImmutableSet.toImmutableSet());
  }

  @Override
  public String toString() {
    return code();
  }
}
