package org.treatyflow.model;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.treatyflow.model.asset.AssetCode;
import org.treatyflow.model.asset.DomainName;
import org.treatyflow.model.asset.Iban;
import org.treatyflow.model.asset.VirtualCurrencyWallet;
import org.treatyflow.model.common.RequestId;
import org.treatyflow.model.person.Person;
import org.treatyflow.model.person.PersonRole;
import org.treatyflow.testkit.PersonArbitraries;

/**
 * Values that fail a check because of a personal field are rejected with a message that names the
 * field and never quotes the value. Each input below carries the personal-data marker.
 */
class PersonalDataInMessagesTest {
  private static final String MARKER = PersonArbitraries.MARKER;

  private static void rejectedWithoutQuoting(ThrowingCallable call, String field) {
    assertThatThrownBy(call)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(field)
        .hasMessageNotContaining(MARKER)
        .hasMessageNotContaining(MARKER.toLowerCase(java.util.Locale.ROOT));
  }

  @Test
  void aMalformedIbanIsNotQuoted() {
    rejectedWithoutQuoting(() -> Iban.of("AT61 " + MARKER + "04 3002 3457 3201"), "Iban.value");
    rejectedWithoutQuoting(() -> Iban.of("AT611904300234573202"), "Iban.value");
  }

  @Test
  void aMalformedWalletAddressIsNotQuoted() {
    rejectedWithoutQuoting(
        () ->
            VirtualCurrencyWallet.builder()
                .asset(AssetCode.BTC)
                .network("bitcoin")
                .address("1 " + MARKER + " not an address!")
                .build(),
        "VirtualCurrencyWallet.address");
  }

  @Test
  void aMalformedDomainNameIsNotQuoted() {
    rejectedWithoutQuoting(() -> DomainName.builder().name(MARKER + " shop").build(), "DomainName.name");
  }

  @Test
  void aPersonRejectedForItsShapeIsNotNamed() {
    rejectedWithoutQuoting(
        () ->
            Person.builder()
                .role(PersonRole.SUSPECT)
                .kind(Person.Kind.LEGAL)
                .name(MARKER + " Trading Ltd")
                .dateOfBirth(LocalDate.of(1990, 1, 1))
                .build(),
        "Person");
  }

  @Test
  void aMalformedReferenceIsNotQuoted() {
    rejectedWithoutQuoting(() -> RequestId.of("case of " + MARKER + " Hoxha"), "RequestId.value");
  }
}
