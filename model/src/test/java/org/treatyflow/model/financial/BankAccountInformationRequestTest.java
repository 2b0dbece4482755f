package org.treatyflow.model.financial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.treatyflow.model.common.Instrument.WARSAW;

import java.time.LocalDate;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.treatyflow.model.common.ArticleCitation;
import org.treatyflow.model.common.RequestFamily;
import org.treatyflow.model.common.Violation;
import org.treatyflow.model.person.Person;
import org.treatyflow.model.person.PersonRole;

class BankAccountInformationRequestTest {

  private static BankAccountInformationRequest example(String omit) {
    WarsawRequestContent content = Fixtures.content(omit);
    if (omit.equals("suspect")) {
      // the only person concerned is a victim, not a person under investigation
      content =
          WarsawRequestContent.builder()
              .objectAndReason(content.objectAndReason())
              .facts(content.facts())
              .coercive(true)
              .statutoryProvisions(content.statutoryProvisions())
              .measureAvailableAtHome(true)
              .addPersons(
                  Person.builder().role(PersonRole.VICTIM).kind(Person.Kind.LEGAL).name("Shop Ltd").build())
              .build();
    }
    BankAccountInformationRequest.Builder request =
        BankAccountInformationRequest.builder()
            .header(Fixtures.header(omit, WARSAW.cite(17)))
            .content(content)
            .otherInformation("The suspect uses the alias Zq.");
    if (!omit.equals("offences")) {
      request.addOffences(Fixtures.offence());
    }
    if (!omit.equals("substantialValue")) {
      request.substantialValueReason("The accounts would show where the online shop's takings went.");
    }
    if (!omit.equals("presumption")) {
      request.presumptionReason("Payments were made from Romanian IBANs.");
    }
    if (!omit.equals("banks")) {
      request.addBanks("Example Bank").addAccounts(Fixtures.account());
    }
    return request.build();
  }

  @Test
  void completeExampleHasNoViolations() {
    BankAccountInformationRequest request = example("");
    assertThat(request.completenessViolations()).isEmpty();
    assertThat(request.family()).isEqualTo(RequestFamily.BANK_ACCOUNT_INFORMATION);
  }

  @ParameterizedTest(name = "without {0}: {1}")
  @CsvSource({
    "legalBasis, WC_17_LEGAL_BASIS, WC 17, header.legalBasis",
    "channel, WC_34_CHAPTER_IV_CHANNEL, WC 34, header.channel",
    "urgency, WC_34_2_DIRECT_JUDICIAL_URGENCY, WC 34(2), header.urgency",
    "direct, WC_34_5_DIRECT_NON_COERCIVE, WC 34(5), header.channel",
    "objectAndReason, WC_37_1_B_OBJECT_AND_REASON, WC 37(1)(b), content.objectAndReason",
    "facts, WC_37_1_C_FACTS, WC 37(1)(c), content.facts.summary",
    "statutory, WC_37_1_D_I_STATUTORY_PROVISIONS, WC 37(1)(d)(i), content.statutoryProvisions",
    "confirmation, WC_37_1_D_II_MEASURE_AVAILABLE_AT_HOME, WC 37(1)(d)(ii), content.measureAvailableAtHome",
    "offences, WC_37_1_C_OFFENCE, WC 37(1)(c), offences",
    "suspect, WC_17_1_PERSON_UNDER_INVESTIGATION, WC 17(1), content.persons",
    "substantialValue, WC_17_3_A_SUBSTANTIAL_VALUE, WC 17(3)(a), substantialValueReason",
    "presumption, WC_17_3_B_PRESUMPTION, WC 17(3)(b), presumptionReason"
  })
  void eachMissingItemReportsExactlyItsViolation(
      String omit, String code, String citation, String field) {
    assertThat(example(omit).completenessViolations())
        .extracting(Violation::code, Violation::citation, Violation::field)
        .containsExactly(Tuple.tuple(code, ArticleCitation.parse(citation), field));
  }

  @Test
  void everyRuleHasAnExampleMissingIt() {
    assertThat(BankAccountInformationRequest.REQUIRED_CONTENT.rules()).hasSize(12);
  }

  @Test
  void directRoutesAreOpenWhenTheirConditionsHold() {
    assertThat(example("nonCoerciveDirect").completenessViolations()).isEmpty();
    assertThat(example("urgentDirectJudicial").completenessViolations()).isEmpty();
  }

  @Test
  void toStringShowsNoPersonalData() {
    assertThat(example("").toString())
        .doesNotContain("Ana Example", "online shop", "AT611904300234573201", "Zq");
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
    BankAccountInformationRequest onlyBank =
        BankAccountInformationRequest.builder()
            .header(Fixtures.header("", WARSAW.cite(17)))
            .content(Fixtures.content(""))
            .addOffences(Fixtures.offence())
            .substantialValueReason("Substantial.")
            .presumptionReason("Presumed.")
            .addBanks("Example Bank")
            .build();
    assertThat(onlyBank.completenessViolations()).isEmpty();
    assertThat(onlyBank.personsUnderInvestigation()).hasSize(1);
    assertThat(onlyBank.includeNonBankFinancialInstitutions()).isFalse();
  }

  @Test
  void otherHelpfulInformationIsOptional() {
    BankAccountInformationRequest request =
        BankAccountInformationRequest.builder()
            .header(Fixtures.header("", WARSAW.cite(17)))
            .content(Fixtures.content(""))
            .addOffences(Fixtures.offence())
            .substantialValueReason("Substantial.")
            .presumptionReason("Presumed.")
            .addAccounts(Fixtures.account())
            .build();
    assertThat(request.otherInformation()).isEmpty();
    assertThat(request.completenessViolations()).isEmpty();
  }
}
