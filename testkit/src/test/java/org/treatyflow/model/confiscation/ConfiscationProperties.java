package org.treatyflow.model.confiscation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.treatyflow.model.common.CooperationAct;
import org.treatyflow.model.common.Violation;
import org.treatyflow.testkit.ConfiscationArbitraries;
import org.treatyflow.testkit.Incomplete;
import org.treatyflow.testkit.IncompleteArbitraries;
import org.treatyflow.testkit.PersonArbitraries;

class ConfiscationProperties {

  @Property(tries = 200)
  void everyGeneratedConfiscationRequestIsComplete(@ForAll("confiscations") ConfiscationRequest r) {
    assertThat(r.completenessViolations()).isEmpty();
  }

  @Property(tries = 200)
  void everyGeneratedDisposalRequestIsComplete(@ForAll("disposals") DisposalRequest r) {
    assertThat(r.completenessViolations()).isEmpty();
  }

  @Property(tries = 200)
  void everyActIsComplete(@ForAll("acts") CooperationAct act) {
    assertThat(act.isComplete()).isTrue();
  }

  @Property(tries = 200)
  void toStringShowsNoPersonalData(@ForAll("acts") CooperationAct act) {
    assertThat(act.toString()).doesNotContain(PersonArbitraries.MARKER);
  }

  @Property(tries = 200)
  void eachModeADocumentLeftOutYieldsExactlyItsViolation(
      @ForAll("confiscations") ConfiscationRequest r) {
    Assume.that(r.mode() == ConfiscationMode.ENFORCE_FOREIGN_ORDER);
    assertThat(codes(copy(r, "certifiedCopyOfOrderAttached")))
        .containsExactly("WC_37_3_CERTIFIED_COPY_OF_ORDER");
    assertThat(codes(copy(r, "statementOfGroundsAttached")))
        .containsExactly("WC_37_3_STATEMENT_OF_GROUNDS");
    assertThat(codes(copy(r, "enforceabilityAttested")))
        .containsExactly("WC_37_3_ENFORCEABILITY_ATTESTATION");
    assertThat(codes(copy(r, "extentOfEnforcement"))).containsExactly("WC_37_3_EXTENT_OF_ENFORCEMENT");
    assertThat(codes(copy(r, "provisionalMeasuresNeeded")))
        .containsExactly("WC_37_3_NEED_FOR_PROVISIONAL_MEASURES");
  }

  @Property(tries = 200)
  void aDomesticOrderRequestWithoutFactsYieldsExactlyItsViolation(
      @ForAll("confiscations") ConfiscationRequest r) {
    Assume.that(r.mode() == ConfiscationMode.DOMESTIC_ORDER);
    assertThat(codes(copy(r, "statementOfFactsForDomesticOrder")))
        .containsExactly("WC_37_3_FACTS_FOR_DOMESTIC_ORDER");
  }

  @Property(tries = 200)
  void aValueConfiscationWithoutAmountReportsWc23_3(@ForAll("confiscations") ConfiscationRequest r) {
    Assume.that(r.kind() == ConfiscationKind.VALUE && !r.assets().isEmpty());
    assertThat(codes(copy(r, "orderAmount"))).containsExactly("WC_23_3_ORDER_AMOUNT");
  }

  @Property(tries = 200)
  void aReturnWithoutBeneficiariesIsStillComplete(@ForAll("disposals") DisposalRequest r) {
    // WC 25 sets no content for the request: naming the beneficiaries is not required.
    Assume.that(r.disposition().isReturn());
    assertThat(withoutBeneficiariesOrTerms(r).completenessViolations()).isEmpty();
  }

  @Property(tries = 200)
  void aSharingWithoutTermsReportsWc25_3(@ForAll("disposals") DisposalRequest r) {
    Assume.that(r.disposition() == Disposition.SHARING);
    assertThat(withoutBeneficiariesOrTerms(r).completenessViolations())
        .extracting(Violation::code)
        .containsExactly("WC_25_3_SHARING_TERMS");
  }

  /** Rebuilds {@code r} through the builder without beneficiaries, share or arrangement. */
  static DisposalRequest withoutBeneficiariesOrTerms(DisposalRequest r) {
    return DisposalRequest.builder()
        .header(r.header())
        .addAllOffences(r.offences())
        .content(r.content())
        .confiscationRequestId(r.confiscationRequestId())
        .disposition(r.disposition())
        .addAllAssets(r.assets())
        .amount(r.amount())
        .build();
  }

  /** Rebuilds {@code r} through the builder, leaving out the item {@code omit}. */
  static ConfiscationRequest copy(ConfiscationRequest r, String omit) {
    Set<String> o = Set.of(omit);
    ConfiscationRequest.Builder b =
        ConfiscationRequest.builder()
            .header(r.header())
            .addAllOffences(r.offences())
            .content(r.content())
            .mode(r.mode())
            .kind(r.kind())
            .nonConvictionBased(r.nonConvictionBased())
            .addAllAssets(r.assets())
            .thirdPartiesInvolved(r.thirdPartiesInvolved())
            .thirdPartyDocumentsAttached(r.thirdPartyDocumentsAttached())
            .noImprisonmentInDefault(r.noImprisonmentInDefault())
            .addAllOtherPartiesRequested(r.otherPartiesRequested());
    if (!o.contains("orderAmount")) {
      b.orderAmount(r.orderAmount());
    }
    if (!o.contains("certifiedCopyOfOrderAttached")) {
      b.certifiedCopyOfOrderAttached(r.certifiedCopyOfOrderAttached());
    }
    if (!o.contains("statementOfGroundsAttached")) {
      b.statementOfGroundsAttached(r.statementOfGroundsAttached());
    }
    if (!o.contains("enforceabilityAttested")) {
      b.enforceabilityAttested(r.enforceabilityAttested());
    }
    if (!o.contains("extentOfEnforcement")) {
      b.extentOfEnforcement(r.extentOfEnforcement());
    }
    if (!o.contains("provisionalMeasuresNeeded")) {
      b.provisionalMeasuresNeeded(r.provisionalMeasuresNeeded());
    }
    if (!o.contains("statementOfFactsForDomesticOrder")) {
      b.statementOfFactsForDomesticOrder(r.statementOfFactsForDomesticOrder());
    }
    return b.build();
  }

  static List<String> codes(ConfiscationRequest r) {
    return r.completenessViolations().stream().map(Violation::code).toList();
  }

  @Provide
  Arbitrary<ConfiscationRequest> confiscations() {
    return ConfiscationArbitraries.confiscationRequests();
  }

  @Provide
  Arbitrary<DisposalRequest> disposals() {
    return ConfiscationArbitraries.disposalRequests();
  }

  @Provide
  Arbitrary<CooperationAct> acts() {
    return ConfiscationArbitraries.acts();
  }

  @Property(tries = 150)
  void aConfiscationRequestMissingOneItemReportsExactlyThatItem(
      @ForAll("missingOneConfiscationRequest") Incomplete<ConfiscationRequest> incomplete) {
    assertThat(incomplete.act().completenessViolations())
        .extracting(Violation::code, Violation::citation, Violation::field)
        .containsExactly(tuple(incomplete.code(), incomplete.citation(), incomplete.field()));
  }

  @Provide
  Arbitrary<Incomplete<ConfiscationRequest>> missingOneConfiscationRequest() {
    return IncompleteArbitraries.confiscationRequests();
  }

  @Property(tries = 150)
  void aDisposalRequestMissingOneItemReportsExactlyThatItem(
      @ForAll("missingOneDisposalRequest") Incomplete<DisposalRequest> incomplete) {
    assertThat(incomplete.act().completenessViolations())
        .extracting(Violation::code, Violation::citation, Violation::field)
        .containsExactly(tuple(incomplete.code(), incomplete.citation(), incomplete.field()));
  }

  @Provide
  Arbitrary<Incomplete<DisposalRequest>> missingOneDisposalRequest() {
    return IncompleteArbitraries.disposalRequests();
  }
}
