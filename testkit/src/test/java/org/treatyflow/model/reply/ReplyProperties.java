package org.treatyflow.model.reply;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.treatyflow.model.common.RequestFamily;
import org.treatyflow.model.common.Violation;
import org.treatyflow.testkit.PersonArbitraries;
import org.treatyflow.testkit.ReplyArbitraries;

class ReplyProperties {

  @Property(tries = 200)
  void everyGeneratedReplyIsComplete(@ForAll("replies") Reply reply) {
    assertThat(reply.completenessViolations()).as("%s", reply).isEmpty();
  }

  @Property(tries = 200)
  void noReplyShowsPersonalDataInToString(@ForAll("replies") Reply reply) {
    assertThat(reply.toString()).doesNotContain(PersonArbitraries.MARKER);
    assertThat(reply.header().toString()).doesNotContain(PersonArbitraries.MARKER);
  }

  @Property(tries = 200)
  void refusalWithoutReasonsYieldsExactlyTheReasonsViolation(@ForAll("refusals") Refusal refusal) {
    Refusal withoutReasons =
        Refusal.builder()
            .header(refusal.header())
            .addAllGrounds(refusal.grounds())
            .partialGrantConsidered(true)
            .build();
    if (refusal.family() == RequestFamily.FIU_POSTPONEMENT) {
      // No provision requires a refusal to postpone a transaction (WC 47) to be explained.
      assertThat(withoutReasons.completenessViolations()).isEmpty();
      return;
    }
    assertThat(withoutReasons.completenessViolations())
        .singleElement()
        .satisfies(v -> assertThat(v.code()).endsWith("_REASONS_FOR_REFUSAL"));
  }

  @Property(tries = 200)
  void refusalWithoutGroundsYieldsExactlyTheGroundViolation(@ForAll("refusals") Refusal refusal) {
    Refusal withoutGrounds =
        Refusal.builder()
            .header(refusal.header())
            .reasons(refusal.reasons())
            .partialGrantConsidered(true)
            .build();
    assertThat(withoutGrounds.completenessViolations())
        .extracting(Violation::code)
        .singleElement()
        .satisfies(code -> assertThat(code).endsWith("_GROUND_FOR_REFUSAL_STATED"));
  }

  @Property(tries = 200)
  void postponementWithoutReasonsYieldsExactlyTheReasonsViolation(
      @ForAll("postponements") Postponement postponement) {
    Postponement withoutReasons =
        Postponement.builder()
            .header(postponement.header())
            .ground(postponement.ground())
            .until(postponement.until())
            .partialGrantConsidered(true)
            .build();
    assertThat(withoutReasons.completenessViolations())
        .extracting(Violation::code)
        .singleElement()
        .satisfies(code -> assertThat(code).endsWith("_REASONS_FOR_POSTPONEMENT"));
  }

  @Property(tries = 200)
  void postponementWithoutPartialGrantConsideredIsReported(
      @ForAll("postponements") Postponement postponement) {
    Postponement notConsidered =
        Postponement.builder()
            .header(postponement.header())
            .ground(postponement.ground())
            .reasons(postponement.reasons())
            .build();
    if (postponement.family() == RequestFamily.FOREIGN_PRODUCTION_ORDER) {
      // 2AP 8(8) as summarised states no partial-grant duty; 2AP 10 applies BC 27(6).
      assertThat(notConsidered.completenessViolations()).isEmpty();
      return;
    }
    assertThat(notConsidered.completenessViolations())
        .extracting(Violation::code)
        .singleElement()
        .satisfies(code -> assertThat(code).endsWith("_PARTIAL_GRANT_CONSIDERED"));
  }

  @Property(tries = 200)
  void amendmentRequestWithoutItemsYieldsExactlyTheMissingItemsViolation(
      @ForAll("amendmentRequests") AmendmentRequest request) {
    AmendmentRequest empty =
        AmendmentRequest.builder()
            .header(request.header())
            .timeLimit(request.timeLimit())
            .interimMeasuresMayBeTaken(request.interimMeasuresMayBeTaken())
            .build();
    assertThat(empty.completenessViolations())
        .extracting(Violation::code)
        .containsExactly("WC_38_1_MISSING_ITEMS_NAMED");
  }

  @Property(tries = 200)
  void noticeWithoutDetailsYieldsExactlyItsKindsViolation(
      @ForAll("notices") InformationNotice notice) {
    InformationNotice bare =
        InformationNotice.builder().header(notice.header()).kind(notice.kind()).build();
    assertThat(bare.completenessViolations())
        .singleElement()
        .satisfies(v -> assertThat(v.citation()).isEqualTo(notice.kind().citations().get(0)));
  }

  @Provide
  Arbitrary<Reply> replies() {
    return ReplyArbitraries.replies();
  }

  @Provide
  Arbitrary<Refusal> refusals() {
    return ReplyArbitraries.refusals();
  }

  @Provide
  Arbitrary<Postponement> postponements() {
    return ReplyArbitraries.postponements();
  }

  @Provide
  Arbitrary<AmendmentRequest> amendmentRequests() {
    return ReplyArbitraries.amendmentRequests();
  }

  @Provide
  Arbitrary<InformationNotice> notices() {
    return ReplyArbitraries.informationNotices();
  }
}
