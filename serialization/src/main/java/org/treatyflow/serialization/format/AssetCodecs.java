package org.treatyflow.serialization.format;

import static org.treatyflow.serialization.codec.Codecs.DECIMAL;
import static org.treatyflow.serialization.codec.Codecs.INTEGER;
import static org.treatyflow.serialization.codec.Codecs.STRING;
import static org.treatyflow.serialization.codec.Codecs.enumeration;
import static org.treatyflow.serialization.codec.Codecs.named;
import static org.treatyflow.serialization.codec.Codecs.text;
import static org.treatyflow.serialization.format.CommonCodecs.PARTY;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.List;
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
import org.treatyflow.serialization.codec.Codec;
import org.treatyflow.serialization.codec.ObjectCodec;
import org.treatyflow.serialization.codec.UnionCodec;

/** The codecs of assets and amounts, fiat or virtual. */
public final class AssetCodecs {
  private AssetCodecs() {}

  /** The kinds of asset. */
  public static final Codec<Asset.Kind> ASSET_KIND = enumeration(Asset.Kind.class);

  /** A fiat currency ({@code {"code":"EUR","kind":"FIAT","scale":2}}) or a virtual asset. */
  public static final ObjectCodec<AssetCode, AssetCodeParts> ASSET_CODE =
      ObjectCodec.of("AssetCode", AssetCode.class, AssetCodeParts::new, AssetCodeParts::build)
          .required("code", STRING, AssetCode::code, (b, v) -> b.code = v)
          .required("kind", enumeration(AssetCode.Kind.class), AssetCode::kind, (b, v) -> b.kind = v)
          .required("scale", INTEGER, AssetCode::scale, (b, v) -> b.scale = v)
          .build();

  /** An amount: a decimal string and its asset; the scale is kept ({@code "1250.50"}). */
  public static final ObjectCodec<Amount, AmountParts> AMOUNT =
      ObjectCodec.of("Amount", Amount.class, AmountParts::new, AmountParts::build)
          .required("value", DECIMAL, Amount::value, (b, v) -> b.value = v)
          .required("asset", ASSET_CODE, Amount::code, (b, v) -> b.code = v)
          .build();

  /** An IBAN in its electronic form: upper case, no spaces, valid check digits. */
  public static final Codec<Iban> IBAN =
      named(
          "Iban",
          text(
              "an IBAN in electronic form (upper case, no spaces) with valid check digits",
              // Iban.of would also take spaces and lower case: the format takes the electronic form
              value -> Iban.isElectronicForm(value) ? Iban.of(value) : null,
              Iban::value,
              schema -> schema.put("pattern", "^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$")));

  public static final ObjectCodec<BankAccount, BankAccount.Builder> BANK_ACCOUNT =
      ObjectCodec.of(
              "BankAccount", BankAccount.class, BankAccount.Builder::new, BankAccount.Builder::build)
          .typeName("bank-account")
          .required("iban", IBAN, BankAccount::iban, BankAccount.Builder::iban)
          .personal()
          .optional("bankName", STRING, BankAccount::bankName, BankAccount.Builder::bankName)
          .optional("bic", STRING, BankAccount::bic, BankAccount.Builder::bic)
          .optional("location", PARTY, BankAccount::location, BankAccount.Builder::location)
          .optional(
              "estimatedValue",
              AMOUNT,
              BankAccount::estimatedValue,
              BankAccount.Builder::estimatedValue)
          .build();

  public static final ObjectCodec<VirtualCurrencyWallet, VirtualCurrencyWallet.Builder> WALLET =
      ObjectCodec.of(
              "VirtualCurrencyWallet",
              VirtualCurrencyWallet.class,
              VirtualCurrencyWallet.Builder::new,
              VirtualCurrencyWallet.Builder::build)
          .typeName("virtual-currency-wallet")
          .required(
              "asset",
              ASSET_CODE,
              VirtualCurrencyWallet::asset,
              VirtualCurrencyWallet.Builder::asset)
          .required(
              "network",
              STRING,
              VirtualCurrencyWallet::network,
              VirtualCurrencyWallet.Builder::network)
          .required(
              "address",
              STRING,
              VirtualCurrencyWallet::address,
              VirtualCurrencyWallet.Builder::address)
          .personal()
          .optional(
              "custodian",
              STRING,
              VirtualCurrencyWallet::custodian,
              VirtualCurrencyWallet.Builder::custodian)
          .optional(
              "location",
              PARTY,
              VirtualCurrencyWallet::location,
              VirtualCurrencyWallet.Builder::location)
          .optional(
              "estimatedValue",
              AMOUNT,
              VirtualCurrencyWallet::estimatedValue,
              VirtualCurrencyWallet.Builder::estimatedValue)
          .build();

  public static final ObjectCodec<RealEstate, RealEstate.Builder> REAL_ESTATE =
      ObjectCodec.of(
              "RealEstate", RealEstate.class, RealEstate.Builder::new, RealEstate.Builder::build)
          .typeName("real-estate")
          .required(
              "landRegistryReference",
              STRING,
              RealEstate::landRegistryReference,
              RealEstate.Builder::landRegistryReference)
          .personal()
          .required("address", STRING, RealEstate::address, RealEstate.Builder::address)
          .personal()
          .optional("location", PARTY, RealEstate::location, RealEstate.Builder::location)
          .optional(
              "estimatedValue",
              AMOUNT,
              RealEstate::estimatedValue,
              RealEstate.Builder::estimatedValue)
          .build();

  public static final ObjectCodec<Vehicle, Vehicle.Builder> VEHICLE =
      ObjectCodec.of("Vehicle", Vehicle.class, Vehicle.Builder::new, Vehicle.Builder::build)
          .typeName("vehicle")
          .required("description", STRING, Vehicle::description, Vehicle.Builder::description)
          .required(
              "registrationNumber",
              STRING,
              Vehicle::registrationNumber,
              Vehicle.Builder::registrationNumber)
          .personal()
          .optional(
              "identificationNumber",
              STRING,
              Vehicle::identificationNumber,
              Vehicle.Builder::identificationNumber)
          .personal()
          .optional("location", PARTY, Vehicle::location, Vehicle.Builder::location)
          .optional(
              "estimatedValue", AMOUNT, Vehicle::estimatedValue, Vehicle.Builder::estimatedValue)
          .build();

  public static final ObjectCodec<DomainName, DomainName.Builder> DOMAIN_NAME =
      ObjectCodec.of(
              "DomainName", DomainName.class, DomainName.Builder::new, DomainName.Builder::build)
          .typeName("domain-name")
          .required("name", STRING, DomainName::name, DomainName.Builder::name)
          .personal()
          .optional("location", PARTY, DomainName::location, DomainName.Builder::location)
          .optional(
              "estimatedValue",
              AMOUNT,
              DomainName::estimatedValue,
              DomainName.Builder::estimatedValue)
          .build();

  /** Cash; its estimated value is its amount, so it is not written twice. */
  public static final ObjectCodec<Cash, Cash.Builder> CASH =
      ObjectCodec.of("Cash", Cash.class, Cash.Builder::new, Cash.Builder::build)
          .typeName("cash")
          .required("amount", AMOUNT, Cash::amount, Cash.Builder::amount)
          .optional("whereKept", STRING, Cash::whereKept, Cash.Builder::whereKept)
          .personal()
          .optional("location", PARTY, Cash::location, Cash.Builder::location)
          .build();

  public static final ObjectCodec<OtherAsset, OtherAsset.Builder> OTHER_ASSET =
      ObjectCodec.of(
              "OtherAsset", OtherAsset.class, OtherAsset.Builder::new, OtherAsset.Builder::build)
          .typeName("other-asset")
          .required("description", STRING, OtherAsset::description, OtherAsset.Builder::description)
          .personal()
          .optional("location", PARTY, OtherAsset::location, OtherAsset.Builder::location)
          .optional(
              "estimatedValue",
              AMOUNT,
              OtherAsset::estimatedValue,
              OtherAsset.Builder::estimatedValue)
          .build();

  /** Any asset, told apart by its type name. */
  public static final UnionCodec<Asset> ASSET =
      UnionCodec.of(
          "Asset",
          Asset.class,
          ImmutableList.<ObjectCodec<? extends Asset, ?>>of(
              BANK_ACCOUNT, WALLET, REAL_ESTATE, VEHICLE, DOMAIN_NAME, CASH, OTHER_ASSET));

  /** Collects the members of an asset code before it is made. */
  public static final class AssetCodeParts {
    String code;
    AssetCode.Kind kind;
    Integer scale;

    AssetCode build() {
      if (kind == AssetCode.Kind.FIAT) {
        AssetCode fiat = AssetCode.fiat(code);
        if (fiat.scale() != scale) {
          throw new IllegalArgumentException("the scale of a fiat currency is its ISO 4217 scale");
        }
        return fiat;
      }
      return AssetCode.virtual(code, scale);
    }
  }

  /** Collects the members of an amount before it is made. */
  public static final class AmountParts {
    BigDecimal value;
    AssetCode code;

    Amount build() {
      return Amount.of(value, code);
    }
  }

  /** Every asset type, for lists of the format's types. */
  public static List<ObjectCodec<? extends Asset, ?>> assetTypes() {
    return ASSET.alternatives();
  }
}
