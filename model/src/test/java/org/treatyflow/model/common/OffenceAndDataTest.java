package org.treatyflow.model.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class OffenceAndDataTest {

  @Test
  void anOffenceKnowsWhetherItIsABudapestOffence() {
    Offence fraud =
        Offence.builder()
            .domesticDescription("Computer fraud")
            .addBudapestOffences(BudapestOffence.BC8_COMPUTER_FRAUD)
            .addAppendixCategories(AppendixCategory.FRAUD)
            .build();
    Offence laundering =
        Offence.builder()
            .domesticDescription("Money laundering")
            .addLaunderingOffences(LaunderingOffence.CONVERSION_OR_TRANSFER)
            .build();
    assertThat(fraud.isBudapestOffence()).isTrue();
    assertThat(fraud.isLaundering()).isFalse();
    assertThat(laundering.isBudapestOffence()).isFalse();
    assertThat(laundering.isLaundering()).isTrue();
    assertThat(BudapestOffence.BC8_COMPUTER_FRAUD.legalBasis()).hasToString("BC 8");
    assertThat(LaunderingOffence.CONVERSION_OR_TRANSFER.legalBasis()).hasToString("WC 9(1)(a)");
    assertThat(AppendixCategory.values()).hasSize(20);
    assertThat(AppendixCategory.INSIDER_TRADING_AND_MARKET_MANIPULATION.item()).isEqualTo("t");
  }

  @Test
  void penaltiesCompareWithThresholds() {
    assertThat(MaximumPenalty.imprisonmentMonths(13).exceedsMonths(12)).isTrue();
    assertThat(MaximumPenalty.imprisonmentMonths(12).exceedsMonths(12)).isFalse();
    assertThat(MaximumPenalty.life().exceedsMonths(12)).isTrue();
    assertThat(MaximumPenalty.noImprisonment().exceedsMonths(0)).isFalse();
    assertThatIllegalArgumentException()
        .isThrownBy(() -> MaximumPenalty.imprisonmentMonths(0))
        .withMessageContaining("MaximumPenalty.imprisonmentMonths");
  }

  @Test
  void aDataItemHasExactlyOneCategoryAndAnOrderedPeriod() {
    DataItem item =
        DataItem.builder()
            .category(DataCategory.TRAFFIC_DATA)
            .description("Login IP addresses")
            .selector("198.51.100.7")
            .periodStart(LocalDate.of(2026, 1, 1))
            .periodEnd(LocalDate.of(2026, 1, 31))
            .build();
    assertThat(item.category()).isEqualTo(DataCategory.TRAFFIC_DATA);
    assertThat(item.toString()).doesNotContain("198.51.100.7");
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                DataItem.builder()
                    .category(DataCategory.TRAFFIC_DATA)
                    .description("Login IP addresses")
                    .periodStart(LocalDate.of(2026, 2, 1))
                    .periodEnd(LocalDate.of(2026, 1, 31))
                    .build())
        .withMessageContaining("DataItem.periodEnd must not be before periodStart");
  }

  @Test
  void dataCategoriesCiteTheirDefinitionsAndFlagTheUnverifiedOnes() {
    assertThat(DataCategory.SUBSCRIBER_INFORMATION.legalBasis()).hasToString("BC 18(3)");
    assertThat(DataCategory.TRAFFIC_DATA.legalBasis()).hasToString("BC 1(d)");
    assertThat(DataCategory.CONTENT_DATA.verification()).isEqualTo(Verification.UNVERIFIED);
    assertThat(DataCategory.DOMAIN_REGISTRATION_INFORMATION.verification()).isEqualTo(Verification.UNVERIFIED);
  }

  @Test
  void violationsHaveStableUpperCaseCodes() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                Violation.builder()
                    .code("bad code")
                    .citation(Instrument.BUDAPEST.cite(29))
                    .field("x")
                    .verification(Verification.CONFIRMED)
                    .message(new BilingualText("a", "b"))
                    .build())
        .withMessageContaining("Violation.code");
  }

  @Test
  void completenessRulesReportEveryFailedRuleInOrder() {
    CompletenessRules<String> rules =
        CompletenessRules.<String>builder()
            .add(CompletenessRule.require("R_1", Instrument.WARSAW.cite(37, 1, "b"), "object", Verification.CONFIRMED,
                s -> s.contains("object"), "Object missing.", "Objet manquant."))
            .add(CompletenessRule.require("R_2", Instrument.WARSAW.cite(37, 1, "c"), "facts", Verification.CONFIRMED,
                s -> s.contains("facts"), "Facts missing.", "Faits manquants."))
            .build();
    assertThat(rules.check("object and facts")).isEmpty();
    assertThat(rules.check("nothing")).extracting(Violation::code).containsExactly("R_1", "R_2");
    assertThat(rules.check("facts")).extracting(Violation::citation).containsExactly(Instrument.WARSAW.cite(37, 1, "b"));
    CompletenessRules<StringBuilder> nested =
        CompletenessRules.<StringBuilder>builder().addAll(rules, StringBuilder::toString).build();
    assertThat(nested.check(new StringBuilder("object"))).extracting(Violation::code).containsExactly("R_2");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> CompletenessRules.<String>builder().addAll(rules).addAll(rules).build())
        .withMessageContaining("Duplicate completeness rule code R_1");
  }
}
