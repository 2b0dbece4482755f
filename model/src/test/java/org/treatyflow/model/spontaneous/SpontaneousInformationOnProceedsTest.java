package org.treatyflow.model.spontaneous;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.treatyflow.model.asset.OtherAsset;
import org.treatyflow.model.common.Authority;
import org.treatyflow.model.common.AuthorityRole;
import org.treatyflow.model.common.Party;
import org.treatyflow.model.common.RequestFamily;
import org.treatyflow.model.common.UseCondition;
import org.treatyflow.model.common.Verification;

class SpontaneousInformationOnProceedsTest {
  private static final Party MOLDOVA = Party.of("MD");
  private static final Party ROMANIA = Party.of("RO");
  private static final String PERSONAL = "Ivana Secretname";

  /** Moldova informs Romania of proceeds, except for the item the rule {@code missing} needs. */
  private static SpontaneousInformationOnProceeds informationWithout(String missing) {
    SpontaneousInformationOnProceeds.Builder b =
        SpontaneousInformationOnProceeds.builder()
            .providingParty(MOLDOVA)
            .providingAuthority(Authority.of(MOLDOVA, AuthorityRole.PROSECUTOR, "Anticorruption Prosecutor"))
            .receivingParty(ROMANIA)
            .receivingAuthority(Authority.of(ROMANIA, AuthorityRole.CENTRAL_AUTHORITY, "Ministry of Justice"))
            .sentOn(LocalDate.of(2026, 1, 20))
            .addConditions(UseCondition.NO_OTHER_USE_WITHOUT_CONSENT);
    if (!missing.equals("WC_20_INFORMATION")) {
      b.informationSummary("Proceeds of " + PERSONAL + " were used to buy a flat in Iasi");
    }
    if (!missing.equals("WC_20_INSTRUMENTALITIES_OR_PROCEEDS")) {
      b.addInstrumentalitiesAndProceeds(
          OtherAsset.builder().description("Flat in Iasi registered to " + PERSONAL).build());
    }
    return b.build();
  }

  @Test
  void completeInformationHasNoViolations() {
    SpontaneousInformationOnProceeds information = informationWithout("");
    assertThat(information.completenessViolations()).isEmpty();
    assertThat(information.family()).isEqualTo(RequestFamily.SPONTANEOUS_INFORMATION_ON_PROCEEDS);
    assertThat(information.family().warsawSection()).isPresent();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "WC_20_INFORMATION, informationSummary, CONFIRMED",
    "WC_20_INSTRUMENTALITIES_OR_PROCEEDS, instrumentalitiesAndProceeds, UNVERIFIED"
  })
  void informationMissingOneItemReportsExactlyThatViolation(
      String code, String field, Verification verification) {
    assertThat(informationWithout(code).completenessViolations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.code()).isEqualTo(code);
              assertThat(v.citation()).hasToString("WC 20");
              assertThat(v.field()).isEqualTo(field);
              assertThat(v.verification()).isEqualTo(verification);
            });
  }

  @Test
  void everyRuleIsCoveredByAnExample() {
    assertThat(
            SpontaneousInformationOnProceeds.REQUIRED_CONTENT.rules().stream()
                .map(r -> r.violation().code())
                .collect(Collectors.toList()))
        .containsExactly("WC_20_INFORMATION", "WC_20_INSTRUMENTALITIES_OR_PROCEEDS");
  }

  @Test
  void toStringShowsNoPersonalData() {
    assertThat(informationWithout("").toString()).doesNotContain("Secretname");
  }
}
