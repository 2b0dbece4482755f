package org.treatyflow.model.asset;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * A non-negative amount of a currency or virtual asset, exact to the asset's scale. Never a {@code
 * double}.
 *
 * <p>Equality is by value and scale as given: {@code 1.0 EUR} and {@code 1.00 EUR} differ. Use
 * {@link #isSameAmountAs(Amount)} to compare numerically.
 */
@Value.Immutable(builder = false)
public abstract class Amount {
  /** The value, non-negative, with at most {@code code().scale()} decimal places. */
  @Value.Parameter
  public abstract BigDecimal value();

  /** The currency or virtual asset. */
  @Value.Parameter
  public abstract AssetCode code();

  @Value.Check
  protected void check() {
    checkArgument(value().signum() >= 0, "Amount.value must not be negative, was %s %s", value(), code());
    checkArgument(
        // stripping zeros only lowers the scale: most amounts pass without making a new value
        value().scale() <= code().scale() || value().stripTrailingZeros().scale() <= code().scale(),
        "Amount.value has more decimal places than %s allows (%s), was %s",
        code(),
        code().scale(),
        value());
  }

  /**
   * {@code value} of {@code code}. A value with a negative scale ({@code 1E+3}) is kept with scale
   * 0 ({@code 1000}), so that every amount has one plain decimal form.
   */
  public static Amount of(BigDecimal value, AssetCode code) {
    checkNotNull(value, "value");
    return ImmutableAmount.of(value.scale() < 0 ? value.setScale(0) : value, code);
  }

  /** {@code value}, written as a decimal string such as {@code "1250.50"}, of {@code code}. */
  public static Amount of(String value, AssetCode code) {
    checkNotNull(value, "value");
    BigDecimal decimal;
    try {
      decimal = new BigDecimal(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("Amount.value must be a decimal number, was '" + value + "'", e);
    }
    return of(decimal, code);
  }

  /** Whether both amounts are of the same asset and numerically equal. */
  public boolean isSameAmountAs(Amount other) {
    return code().equals(other.code()) && value().compareTo(other.value()) == 0;
  }

  /** The sum of this and {@code other}, which must be of the same asset. */
  public Amount plus(Amount other) {
    checkArgument(
        code().equals(other.code()), "Cannot add %s to %s: different assets", other.code(), code());
    return of(value().add(other.value()), code());
  }

  @Override
  public String toString() {
    return value().toPlainString() + " " + code();
  }
}
