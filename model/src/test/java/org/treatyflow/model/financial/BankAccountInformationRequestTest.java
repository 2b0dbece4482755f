package org.treatyflow.model.financial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.treatyflow.model.common.Instrument.WARSAW;
import static org.treatyflow.model.common.ViolationAssertions.assertOnlyViolation;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.treatyflow.model.common.RequestFamily;

class BankAccountInformationRequestTest extends SectionTwoRequestTestBase {

  /**
   * Besides the items of {@link SectionTwoFixtures}: "substantialValue", "presumption", "banks" (no
   * bank and no account), "bankNames" (only an account), "accounts" (only a bank) and
   * "otherInformation".
   */
  @Override
  BankAccountInformationRequest example(String omit) {
    return BankAccountInformationRequest.builder()
        .header(SectionTwoFixtures.header(omit, WARSAW.cite(17)))
        .content(SectionTwoFixtures.content(omit))
        .otherInformation(
            SectionTwoFixtures.unless(omit, "otherInformation", "The suspect uses the alias Zq."))
        .addAllOffences(SectionTwoFixtures.offences(omit))
        .substantialValueReason(
            SectionTwoFixtures.unless(
                omit,
                "substantialValue",
                "The accounts would show where the online shop's takings went."))
        .presumptionReason(
            SectionTwoFixtures.unless(
                omit, "presumption", "Payments were made from Romanian IBANs."))
        .addAllBanks(
            omit.equals("banks") || omit.equals("bankNames") ? List.of() : List.of("Example Bank"))
        .addAllAccounts(omit.equals("banks") ? List.of() : SectionTwoFixtures.accounts(omit))
        .build();
  }

  @Override
  RequestFamily family() {
    return RequestFamily.BANK_ACCOUNT_INFORMATION;
  }

  @ParameterizedTest(name = "without {0}: {1}")
  @CsvSource({
    "legalBasis, WC_17_LEGAL_BASIS, WC 17, header.legalBasis",
    "suspect, WC_17_1_PERSON_UNDER_INVESTIGATION, WC 17(1), content.persons",
    "substantialValue, WC_17_3_A_SUBSTANTIAL_VALUE, WC 17(3)(a), substantialValueReason",
    "presumption, WC_17_3_B_PRESUMPTION, WC 17(3)(b), presumptionReason"
  })
  void eachMissingItemReportsExactlyItsViolation(
      String omit, String code, String citation, String field) {
    assertOnlyViolation(example(omit).completenessViolations(), code, citation, field);
  }

  @Test
  void everyRuleHasAnExampleMissingIt() {
    assertThat(BankAccountInformationRequest.REQUIRED_CONTENT.rules()).hasSize(12);
  }

  @Test
  void namingNoBankAndNoAccountIsAllowed() {
    // WC 17(3)(b) asks to name banks or accounts "as precisely as possible": not a required item.
    BankAccountInformationRequest request = example("banks");
    assertThat(request.banks()).isEmpty();
    assertThat(request.accounts()).isEmpty();
    assertThat(request.completenessViolations()).isEmpty();
    assertThat(BankAccountInformationRequest.REQUIRED_CONTENT.rule("WC_17_3_B_BANKS_OR_ACCOUNTS"))
        .isEmpty();
  }

  @Test
  void eitherABankOrAnAccountIsEnough() {
    BankAccountInformationRequest onlyBank = example("accounts");
    assertThat(onlyBank.accounts()).isEmpty();
    assertThat(onlyBank.completenessViolations()).isEmpty();
    assertThat(onlyBank.personsUnderInvestigation()).hasSize(1);
    assertThat(onlyBank.includeNonBankFinancialInstitutions()).isFalse();
    BankAccountInformationRequest onlyAccount = example("bankNames");
    assertThat(onlyAccount.banks()).isEmpty();
    assertThat(onlyAccount.completenessViolations()).isEmpty();
  }

  @Test
  void otherHelpfulInformationIsOptional() {
    BankAccountInformationRequest request = example("otherInformation");
    assertThat(request.otherInformation()).isEmpty();
    assertThat(request.completenessViolations()).isEmpty();
  }
}
