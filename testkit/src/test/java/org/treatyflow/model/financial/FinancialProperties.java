package org.treatyflow.model.financial;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.treatyflow.model.common.CooperationAct;
import org.treatyflow.model.common.Violation;
import org.treatyflow.testkit.FinancialArbitraries;
import org.treatyflow.testkit.PersonArbitraries;

class FinancialProperties {

  @Property(tries = 200)
  void everyGeneratedRequestIsComplete(@ForAll("acts") CooperationAct act) {
    assertThat(act.completenessViolations()).as("violations of %s", act.family()).isEmpty();
  }

  @Property(tries = 200)
  void noGeneratedRequestShowsPersonalData(@ForAll("acts") CooperationAct act) {
    assertThat(act.toString()).doesNotContain(PersonArbitraries.MARKER);
  }

  @Property(tries = 200)
  void generatedContentIsCompleteAndHidesPersonalData(@ForAll("contents") WarsawRequestContent content) {
    assertThat(WarsawRequestContent.REQUIRED_CONTENT.check(content)).isEmpty();
    assertThat(content.toString()).doesNotContain(PersonArbitraries.MARKER);
  }

  @Property(tries = 200)
  void removingTheRelevanceYieldsExactlyWc183(
      @ForAll("transactionInformation") BankingTransactionInformationRequest r) {
    BankingTransactionInformationRequest without =
        BankingTransactionInformationRequest.builder()
            .header(r.header())
            .content(r.content())
            .addAllOffences(r.offences())
            .addAllAccounts(r.accounts())
            .periodStart(r.periodStart())
            .periodEnd(r.periodEnd())
            .includeNonBankFinancialInstitutions(r.includeNonBankFinancialInstitutions())
            .build();
    assertThat(without.completenessViolations())
        .extracting(Violation::code)
        .containsExactly("WC_18_3_RELEVANCE");
  }

  @Property(tries = 200)
  void removingThePeriodEndYieldsExactlyTheMonitoringPeriodRule(
      @ForAll("monitoring") BankingTransactionMonitoringRequest r) {
    BankingTransactionMonitoringRequest without =
        BankingTransactionMonitoringRequest.builder()
            .header(r.header())
            .content(r.content())
            .addAllOffences(r.offences())
            .addAllAccounts(r.accounts())
            .periodStart(r.periodStart())
            .relevance(r.relevance())
            .practicalArrangements(r.practicalArrangements())
            .build();
    assertThat(without.completenessViolations())
        .extracting(Violation::code)
        .containsExactly("WC_19_PERIOD");
  }

  @Property(tries = 200)
  void removingTheSubstantialValueReasonYieldsExactlyWc173a(
      @ForAll("bankAccountInformation") BankAccountInformationRequest r) {
    BankAccountInformationRequest without =
        BankAccountInformationRequest.builder()
            .header(r.header())
            .content(r.content())
            .addAllOffences(r.offences())
            .presumptionReason(r.presumptionReason())
            .addAllBanks(r.banks())
            .addAllAccounts(r.accounts())
            .otherInformation(r.otherInformation())
            .build();
    assertThat(without.completenessViolations())
        .extracting(Violation::code)
        .containsExactly("WC_17_3_A_SUBSTANTIAL_VALUE");
  }

  @Property(tries = 200)
  void removingTheObjectAndReasonYieldsExactlyWc371b(
      @ForAll("investigativeAssistance") InvestigativeAssistanceRequest r) {
    WarsawRequestContent c = r.content();
    WarsawRequestContent content =
        WarsawRequestContent.builder()
            .facts(c.facts())
            .coercive(c.coercive())
            .statutoryProvisions(c.statutoryProvisions())
            .measureAvailableAtHome(c.measureAvailableAtHome())
            .addAllPersons(c.persons())
            .addAllProperty(c.property())
            .particularProcedure(c.particularProcedure())
            .build();
    InvestigativeAssistanceRequest without =
        InvestigativeAssistanceRequest.builder()
            .header(r.header())
            .content(content)
            .addAllOffences(r.offences())
            .addAllPropertyKinds(r.propertyKinds())
            .addAllPropertyDescriptions(r.propertyDescriptions())
            .addAllAspects(r.aspects())
            .build();
    assertThat(without.completenessViolations())
        .extracting(Violation::code)
        .containsExactly("WC_37_1_B_OBJECT_AND_REASON");
  }

  @Property(tries = 200)
  void removingTheOffencesYieldsExactlyWc371cOffence(
      @ForAll("investigativeAssistance") InvestigativeAssistanceRequest r) {
    InvestigativeAssistanceRequest without =
        InvestigativeAssistanceRequest.builder()
            .header(r.header())
            .content(r.content())
            .addAllPropertyKinds(r.propertyKinds())
            .addAllPropertyDescriptions(r.propertyDescriptions())
            .addAllAspects(r.aspects())
            .build();
    assertThat(without.completenessViolations())
        .extracting(Violation::code)
        .containsExactly("WC_37_1_C_OFFENCE");
  }

  @Provide
  Arbitrary<CooperationAct> acts() {
    return FinancialArbitraries.acts();
  }

  @Provide
  Arbitrary<WarsawRequestContent> contents() {
    return FinancialArbitraries.warsawContents();
  }

  @Provide
  Arbitrary<InvestigativeAssistanceRequest> investigativeAssistance() {
    return FinancialArbitraries.investigativeAssistanceRequests();
  }

  @Provide
  Arbitrary<BankAccountInformationRequest> bankAccountInformation() {
    return FinancialArbitraries.bankAccountInformationRequests();
  }

  @Provide
  Arbitrary<BankingTransactionInformationRequest> transactionInformation() {
    return FinancialArbitraries.bankingTransactionInformationRequests();
  }

  @Provide
  Arbitrary<BankingTransactionMonitoringRequest> monitoring() {
    return FinancialArbitraries.bankingTransactionMonitoringRequests();
  }
}
