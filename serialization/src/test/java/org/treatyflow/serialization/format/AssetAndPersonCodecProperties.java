package org.treatyflow.serialization.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.treatyflow.serialization.format.CodecRoundTrip.assertRejectedAt;
import static org.treatyflow.serialization.format.CodecRoundTrip.assertRoundTrip;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.treatyflow.model.asset.Amount;
import org.treatyflow.model.asset.Asset;
import org.treatyflow.model.asset.AssetCode;
import org.treatyflow.model.common.Offence;
import org.treatyflow.model.assistance.MutualAssistanceRequest;
import org.treatyflow.model.person.Person;
import org.treatyflow.serialization.codec.Codecs;

class AssetAndPersonCodecProperties {
  @Property
  void everyAssetReadsBackEqual(@ForAll Asset asset) {
    assertRoundTrip(AssetCodecs.ASSET, asset);
  }

  @Property
  void everyAmountReadsBackEqual(@ForAll Amount amount) {
    assertRoundTrip(AssetCodecs.AMOUNT, amount);
  }

  @Property
  void everyPersonReadsBackEqual(@ForAll Person person) {
    assertRoundTrip(PersonCodecs.PERSON, person);
  }

  @Property
  void everyHeaderOffenceAndFactsReadBackEqual(@ForAll MutualAssistanceRequest request) {
    assertRoundTrip(CommonCodecs.REQUEST_HEADER, request.header());
    for (Offence offence : request.offences()) {
      assertRoundTrip(CommonCodecs.OFFENCE, offence);
    }
    assertRoundTrip(CommonCodecs.FACTS, request.facts());
  }

  @Test
  void anAmountWrittenAsANumberIsRejectedAtItsValue() {
    assertRejectedAt(AssetCodecs.AMOUNT, "{\"value\":12.5,\"asset\":{\"code\":\"EUR\",\"kind\":\"FIAT\",\"scale\":2}}", "/value");
  }

  @Test
  void anAmountWithANegativeScaleIsKeptInPlainFormAndReadsBackEqual() {
    Amount thousand = Amount.of(new BigDecimal("1E+3"), AssetCode.EUR);
    assertThat(thousand).isEqualTo(Amount.of("1000", AssetCode.EUR));
    assertThat(assertRoundTrip(AssetCodecs.AMOUNT, thousand)).contains("\"value\":\"1000\"");
  }

  @Test
  void aDateRfc3339CannotExpressIsNotWritten() {
    assertThatThrownBy(() -> CodecRoundTrip.write(Codecs.INSTANT, Instant.parse("+10000-01-01T00:00:00Z")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0000 to 9999");
    assertThatThrownBy(
            () ->
                CodecRoundTrip.write(
                    Codecs.OFFSET_DATE_TIME,
                    OffsetDateTime.of(2026, 11, 28, 10, 0, 0, 0, ZoneOffset.ofTotalSeconds(3630))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("seconds");
  }

  @Test
  void anUnknownAssetTypeIsRejectedAtTheTypeMember() {
    assertRejectedAt(AssetCodecs.ASSET, "{\"type\":\"java.lang.Runtime\",\"@class\":\"x\"}", "/type");
  }
}
