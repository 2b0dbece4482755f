package org.treatyflow.model.provisional;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.treatyflow.model.asset.DomainName;
import org.treatyflow.model.common.CooperationAct;
import org.treatyflow.model.common.Violation;
import org.treatyflow.testkit.PersonArbitraries;
import org.treatyflow.testkit.ProvisionalArbitraries;

class ProvisionalProperties {

  @Property(tries = 200)
  void everyGeneratedRequestIsComplete(@ForAll("requests") ProvisionalMeasureRequest request) {
    assertThat(request.completenessViolations()).isEmpty();
    assertThat(request.family().warsawSection()).isPresent();
  }

  @Property(tries = 200)
  void toStringShowsNoPersonalData(@ForAll("requests") ProvisionalMeasureRequest request) {
    assertThat(request.toString()).doesNotContain(PersonArbitraries.MARKER);
  }

  @Property(tries = 200)
  void noDomainNameIsPrinted(@ForAll("requests") ProvisionalMeasureRequest request) {
    // Domain names are lower case, so the marker test above cannot see them.
    request.assets().stream()
        .filter(DomainName.class::isInstance)
        .map(DomainName.class::cast)
        .forEach(d -> assertThat(request.toString()).doesNotContain(d.name()));
  }

  @Property(tries = 200)
  void everyActIsComplete(@ForAll("acts") CooperationAct act) {
    assertThat(act.isComplete()).isTrue();
  }

  @Property(tries = 200)
  void withoutInstitutedProceedingsOnlyWc21_1IsReported(
      @ForAll("requests") ProvisionalMeasureRequest request) {
    assertThat(codes(copy(request, Set.of("proceedingsInstituted"))))
        .containsExactly("WC_21_1_PROCEEDINGS_INSTITUTED");
  }

  @Property(tries = 200)
  void withoutAssetsOnlyTheMissingPropertyIsReported(
      @ForAll("requests") ProvisionalMeasureRequest request) {
    assertThat(codes(copy(request, Set.of("assets"))))
        .containsExactly("WC_21_1_PROPERTY_TO_FREEZE_OR_SEIZE");
  }

  @Property(tries = 200)
  void aValueBasedMeasureWithoutMaximumAmountReportsWc37_2(
      @ForAll("requests") ProvisionalMeasureRequest request) {
    Assume.that(request.valueBased());
    assertThat(codes(copy(request, Set.of("maximumAmount")))).containsExactly("WC_37_2_MAXIMUM_AMOUNT");
  }

  /** Rebuilds {@code r} through the builder, leaving out the items named in {@code omit}. */
  static ProvisionalMeasureRequest copy(ProvisionalMeasureRequest r, Set<String> omit) {
    ProvisionalMeasureRequest.Builder b =
        ProvisionalMeasureRequest.builder()
            .header(r.header())
            .addAllOffences(r.offences())
            .content(r.content())
            .measure(r.measure())
            .proceedingsReference(r.proceedingsReference())
            .valueBased(r.valueBased())
            .linkedConfiscationRequest(r.linkedConfiscationRequest());
    if (!omit.contains("assets")) {
      b.addAllAssets(r.assets());
    }
    if (!omit.contains("proceedingsInstituted")) {
      b.proceedingsInstituted(r.proceedingsInstituted());
    }
    if (!omit.contains("maximumAmount")) {
      b.maximumAmount(r.maximumAmount());
    }
    return b.build();
  }

  static java.util.List<String> codes(ProvisionalMeasureRequest r) {
    return r.completenessViolations().stream().map(Violation::code).toList();
  }

  @Provide
  Arbitrary<ProvisionalMeasureRequest> requests() {
    return ProvisionalArbitraries.provisionalMeasureRequests();
  }

  @Provide
  Arbitrary<CooperationAct> acts() {
    return ProvisionalArbitraries.acts();
  }
}
