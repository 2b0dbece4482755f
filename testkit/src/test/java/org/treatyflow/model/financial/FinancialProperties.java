package org.treatyflow.model.financial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.treatyflow.model.common.CooperationAct;
import org.treatyflow.model.common.Violation;
import org.treatyflow.testkit.FinancialArbitraries;
import org.treatyflow.testkit.Incomplete;
import org.treatyflow.testkit.IncompleteArbitraries;
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

  @Provide
  Arbitrary<CooperationAct> acts() {
    return FinancialArbitraries.acts();
  }

  @Provide
  Arbitrary<WarsawRequestContent> contents() {
    return FinancialArbitraries.warsawContents();
  }

  @Property(tries = 150)
  void aInvestigativeAssistanceRequestMissingOneItemReportsExactlyThatItem(
      @ForAll("missingOneInvestigativeAssistanceRequest") Incomplete<InvestigativeAssistanceRequest> incomplete) {
    assertThat(incomplete.act().completenessViolations())
        .extracting(Violation::code, Violation::citation, Violation::field)
        .containsExactly(tuple(incomplete.code(), incomplete.citation(), incomplete.field()));
  }

  @Provide
  Arbitrary<Incomplete<InvestigativeAssistanceRequest>> missingOneInvestigativeAssistanceRequest() {
    return IncompleteArbitraries.investigativeAssistanceRequests();
  }

  @Property(tries = 150)
  void aBankAccountInformationRequestMissingOneItemReportsExactlyThatItem(
      @ForAll("missingOneBankAccountInformationRequest") Incomplete<BankAccountInformationRequest> incomplete) {
    assertThat(incomplete.act().completenessViolations())
        .extracting(Violation::code, Violation::citation, Violation::field)
        .containsExactly(tuple(incomplete.code(), incomplete.citation(), incomplete.field()));
  }

  @Provide
  Arbitrary<Incomplete<BankAccountInformationRequest>> missingOneBankAccountInformationRequest() {
    return IncompleteArbitraries.bankAccountInformationRequests();
  }

  @Property(tries = 150)
  void aBankingTransactionInformationRequestMissingOneItemReportsExactlyThatItem(
      @ForAll("missingOneBankingTransactionInformationRequest") Incomplete<BankingTransactionInformationRequest> incomplete) {
    assertThat(incomplete.act().completenessViolations())
        .extracting(Violation::code, Violation::citation, Violation::field)
        .containsExactly(tuple(incomplete.code(), incomplete.citation(), incomplete.field()));
  }

  @Provide
  Arbitrary<Incomplete<BankingTransactionInformationRequest>> missingOneBankingTransactionInformationRequest() {
    return IncompleteArbitraries.bankingTransactionInformationRequests();
  }

  @Property(tries = 150)
  void aBankingTransactionMonitoringRequestMissingOneItemReportsExactlyThatItem(
      @ForAll("missingOneBankingTransactionMonitoringRequest") Incomplete<BankingTransactionMonitoringRequest> incomplete) {
    assertThat(incomplete.act().completenessViolations())
        .extracting(Violation::code, Violation::citation, Violation::field)
        .containsExactly(tuple(incomplete.code(), incomplete.citation(), incomplete.field()));
  }

  @Provide
  Arbitrary<Incomplete<BankingTransactionMonitoringRequest>> missingOneBankingTransactionMonitoringRequest() {
    return IncompleteArbitraries.bankingTransactionMonitoringRequests();
  }
}
