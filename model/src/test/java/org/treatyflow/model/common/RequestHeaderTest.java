package org.treatyflow.model.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.treatyflow.model.common.Instrument.BUDAPEST;

import org.junit.jupiter.api.Test;

class RequestHeaderTest {
  private static final Party AUSTRIA = Party.of("AT");
  private static final Party ALBANIA = Party.of("AL");

  private static RequestHeader.Builder header() {
    return header(ALBANIA);
  }

  private static RequestHeader.Builder header(Party requested) {
    return RequestHeader.builder()
        .id(RequestId.of("AT-2026-0001"))
        .requestingParty(AUSTRIA)
        .requestedParty(requested)
        .requestingAuthority(
            Authority.of(AUSTRIA, AuthorityRole.POINT_OF_CONTACT_24_7, "Federal Criminal Police Office"))
        .channel(Channel.NETWORK_24_7)
        .language(Language.ENGLISH)
        .addLegalBasis(BUDAPEST.cite(29));
  }

  @Test
  void aHeaderBetweenTwoPartiesIsRoutineUnlessSaidOtherwise() {
    RequestHeader h = header().build();
    assertThat(h.urgency()).isEqualTo(Urgency.ROUTINE);
    assertThat(h.confidentialityRequested()).isFalse();
    assertThat(h.isAvailableIn(Language.ENGLISH)).isTrue();
    assertThat(h.isAvailableIn(Language.FRENCH)).isFalse();
  }

  @Test
  void aPartyCannotRequestFromItself() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> header(AUSTRIA).build())
        .withMessageContaining("requestingParty and requestedParty must differ");
  }

  @Test
  void theRequestingAuthorityBelongsToTheRequestingParty() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                RequestHeader.builder()
                    .id(RequestId.of("X-1"))
                    .requestingParty(AUSTRIA)
                    .requestedParty(ALBANIA)
                    .requestingAuthority(Authority.of(ALBANIA, AuthorityRole.CENTRAL_AUTHORITY, "Ministry of Justice"))
                    .channel(Channel.CENTRAL_AUTHORITY)
                    .language(Language.ENGLISH)
                    .build())
        .withMessageContaining("requestingAuthority must belong to the requesting Party AT");
  }

  @Test
  void theRequestedAuthorityBelongsToTheRequestedParty() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                header()
                    .requestedAuthority(Authority.of(AUSTRIA, AuthorityRole.CENTRAL_AUTHORITY, "Ministry of Justice"))
                    .build())
        .withMessageContaining("requestedAuthority must belong to the requested Party AL");
  }

  @Test
  void aBuilderRefusesToSetAFieldTwice() {
    org.assertj.core.api.Assertions.assertThatIllegalStateException()
        .isThrownBy(() -> header().requestedParty(AUSTRIA))
        .withMessageContaining("requestedParty");
  }

  @Test
  void contactDetailsOfAnOfficerNeverAppearInToString() {
    Authority a =
        Authority.builder()
            .party(AUSTRIA)
            .role(AuthorityRole.PROSECUTOR)
            .name("Public Prosecutor's Office Vienna")
            .contactDetails("Dr. Maria Huber, maria.huber@justiz.example")
            .build();
    assertThat(a.toString()).doesNotContain("Huber").contains("PROSECUTOR");
  }

  @Test
  void requestIdsRejectSpacesWithoutQuotingThem() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> RequestId.of("John Smith case"))
        .withMessageContaining("RequestId.value")
        .withMessageNotContaining("Smith");
  }

  @Test
  void everyFamilyHasALegalBasisInItsInstrument() {
    for (RequestFamily family : RequestFamily.values()) {
      assertThat(family.legalBasis()).as(family.name()).isNotEmpty();
      assertThat(family.legalBasis()).allMatch(c -> c.instrument() == family.instrument());
    }
    assertThat(RequestFamily.values()).hasSize(25);
    assertThat(RequestFamily.CONFISCATION.warsawSection()).contains(WarsawSection.CONFISCATION);
    assertThat(RequestFamily.BANK_ACCOUNT_INFORMATION.warsawSection())
        .contains(WarsawSection.INVESTIGATIVE_ASSISTANCE);
    assertThat(RequestFamily.PROVISIONAL_MEASURES.warsawSection()).contains(WarsawSection.PROVISIONAL_MEASURES);
    assertThat(RequestFamily.FIU_POSTPONEMENT.warsawSection()).isEmpty();
    assertThat(RequestFamily.EXPEDITED_PRESERVATION.warsawSection()).isEmpty();
  }
}
