package org.treatyflow.serialization.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.treatyflow.serialization.format.CodecRoundTrip.assertRoundTrip;
import static org.treatyflow.serialization.format.CodecRoundTrip.problems;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.treatyflow.model.asset.Amount;
import org.treatyflow.model.asset.Asset;
import org.treatyflow.model.common.Offence;
import org.treatyflow.model.assistance.MutualAssistanceRequest;
import org.treatyflow.model.person.Person;
import org.treatyflow.serialization.codec.Problem;

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
    assertThat(problems(AssetCodecs.AMOUNT, "{\"value\":12.5,\"asset\":{\"code\":\"EUR\",\"kind\":\"FIAT\",\"scale\":2}}"))
        .extracting(Problem::pointer)
        .containsExactly("/value");
  }

  @Test
  void anUnknownAssetTypeIsRejectedAtTheTypeMember() {
    assertThat(problems(AssetCodecs.ASSET, "{\"type\":\"java.lang.Runtime\",\"@class\":\"x\"}"))
        .extracting(Problem::pointer)
        .containsExactly("/type");
  }
}
