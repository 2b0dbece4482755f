package org.treatyflow.model.reply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.treatyflow.model.common.Instrument.BUDAPEST;
import static org.treatyflow.model.common.Instrument.SECOND_PROTOCOL;
import static org.treatyflow.model.common.Instrument.WARSAW;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.treatyflow.model.common.ArticleCitation;
import org.treatyflow.model.common.Authority;
import org.treatyflow.model.common.BudapestOffence;
import org.treatyflow.model.common.AuthorityRole;
import org.treatyflow.model.common.Channel;
import org.treatyflow.model.common.Offence;
import org.treatyflow.model.common.Party;
import org.treatyflow.model.common.RequestFamily;
import org.treatyflow.model.common.RequestId;
import org.treatyflow.model.common.UseCondition;
import org.treatyflow.model.common.Verification;
import org.treatyflow.model.common.Violation;
import org.treatyflow.model.refusal.GroundForPostponement;
import org.treatyflow.model.refusal.GroundForRefusal;
import org.treatyflow.model.refusal.RefusalGrounds;

class ReplyTest {
  private static final LocalDate DATE = LocalDate.of(2026, 3, 2);
  private static final Party AT = Party.of("AT");
  private static final Party RO = Party.of("RO");

  private static ReplyHeader header(RequestFamily family) {
    return ReplyHeader.builder()
        .id(RequestId.of("AT-BMJ-2026-0042-R1"))
        .answersRequest(RequestId.of("RO-2026-00017"))
        .family(family)
        .fromParty(AT)
        .fromAuthority(Authority.of(AT, AuthorityRole.CENTRAL_AUTHORITY, "Federal Ministry of Justice"))
        .toParty(RO)
        .toAuthority(Authority.of(RO, AuthorityRole.CENTRAL_AUTHORITY, "Ministry of Justice"))
        .date(DATE)
        .channel(Channel.CENTRAL_AUTHORITY)
        .build();
  }

  private static Refusal.Builder refusal(RequestFamily family) {
    return Refusal.builder().header(header(family)).partialGrantConsidered(true);
  }

  private static List<String> codes(List<Violation> violations) {
    return violations.stream().map(Violation::code).toList();
  }

  @Test
  void completeWarsawRefusalHasNoViolations() {
    Refusal refusal =
        refusal(RequestFamily.CONFISCATION)
            .addGrounds(GroundForRefusal.WC_LAPSE_OF_TIME)
            .reasons("The order is time-barred under domestic law.")
            .build();
    assertThat(refusal.completenessViolations()).isEmpty();
    assertThat(refusal.family()).isEqualTo(RequestFamily.CONFISCATION);
  }

  @Test
  void warsawRefusalWithoutReasonsCitesWc40() {
    Refusal refusal =
        refusal(RequestFamily.CONFISCATION).addGrounds(GroundForRefusal.WC_LAPSE_OF_TIME).build();
    assertThat(refusal.completenessViolations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.code()).isEqualTo("WC_40_REASONS_FOR_REFUSAL");
              assertThat(v.citation()).isEqualTo(WARSAW.cite(40));
              assertThat(v.field()).isEqualTo("reasons");
            });
  }

  @Test
  void budapestRefusalWithoutReasonsCitesBc27_7() {
    Refusal refusal =
        refusal(RequestFamily.MUTUAL_ASSISTANCE)
            .addGrounds(GroundForRefusal.BC_ESSENTIAL_INTERESTS)
            .build();
    assertThat(codes(refusal.completenessViolations()))
        .containsExactly("BC_27_7_REASONS_FOR_REFUSAL");
  }

  @Test
  void refusalWithoutGroundIsReported() {
    Refusal refusal = refusal(RequestFamily.PROVISIONAL_MEASURES).reasons("Reasons.").build();
    assertThat(codes(refusal.completenessViolations()))
        .containsExactly("WC_40_GROUND_FOR_REFUSAL_STATED");
  }

  @Test
  void refusalOnAGroundForeignToTheFamilyIsReported() {
    Refusal refusal =
        refusal(RequestFamily.EXPEDITED_PRESERVATION)
            .addGrounds(GroundForRefusal.BC_FISCAL_OFFENCE)
            .reasons("Reasons.")
            .build();
    assertThat(codes(refusal.completenessViolations()))
        .containsExactly("BC_27_7_GROUND_FOR_REFUSAL_APPLIES");
  }

  @Test
  void refusalWithoutConsideringPartialGrantIsReported() {
    Refusal refusal =
        Refusal.builder()
            .header(header(RequestFamily.BANK_ACCOUNT_INFORMATION))
            .addGrounds(GroundForRefusal.WC_PROPORTIONALITY)
            .reasons("Reasons.")
            .build();
    assertThat(refusal.completenessViolations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.code()).isEqualTo("WC_30_PARTIAL_GRANT_CONSIDERED");
              assertThat(v.citation()).isEqualTo(WARSAW.cite(30));
            });
  }

  @Test
  void fiuAndProtocolRefusalsCiteTheirOwnArticles() {
    assertThat(
            refusal(RequestFamily.FIU_INFORMATION_EXCHANGE)
                .addGrounds(GroundForRefusal.FIU_REFUSAL_TO_DIVULGE)
                .build()
                .completenessViolations())
        .extracting(Violation::citation)
        .containsExactly(WARSAW.cite(46, 6));
    assertThat(
            refusal(RequestFamily.FOREIGN_PRODUCTION_ORDER)
                .addGrounds(GroundForRefusal.AP_MLA_GROUNDS_WOULD_APPLY)
                .build()
                .completenessViolations())
        .extracting(Violation::citation)
        .containsExactly(SECOND_PROTOCOL.cite(8, 8));
  }

  @Test
  void protocol8_8BasisOnlyForForeignProductionOrders() {
    Refusal bareProductionOrder = refusal(RequestFamily.FOREIGN_PRODUCTION_ORDER).build();
    assertThat(codes(bareProductionOrder.completenessViolations()))
        .containsExactly("2AP_8_8_GROUND_FOR_REFUSAL_STATED", "2AP_8_8_REASONS_FOR_REFUSAL");
    assertThat(bareProductionOrder.completenessViolations())
        .allSatisfy(v -> assertThat(v.verification()).isEqualTo(Verification.UNVERIFIED));
    // 2AP 8(8) governs Article 8 only: no refusal basis for 2AP 6 or 9.
    for (RequestFamily family :
        List.of(RequestFamily.DOMAIN_REGISTRATION_INFORMATION, RequestFamily.EMERGENCY_DISCLOSURE)) {
      assertThat(refusal(family).build().completenessViolations()).as("%s", family).isEmpty();
    }
  }

  @Test
  void subscriberInformationBlockMustBeExplainedUnder7_5_c() {
    Refusal bare = refusal(RequestFamily.SUBSCRIBER_INFORMATION_ORDER).build();
    assertThat(bare.completenessViolations())
        .extracting(Violation::code)
        .containsExactly("2AP_7_5_C_GROUND_FOR_REFUSAL_STATED", "2AP_7_5_C_REASONS_FOR_REFUSAL");
    assertThat(bare.completenessViolations())
        .allSatisfy(
            v -> {
              assertThat(v.citation()).isEqualTo(SECOND_PROTOCOL.cite(7, 5, "c"));
              assertThat(v.verification()).isEqualTo(Verification.UNVERIFIED);
            });
    assertThat(
            refusal(RequestFamily.SUBSCRIBER_INFORMATION_ORDER)
                .addGrounds(GroundForRefusal.AP_PREJUDICE_TO_NOTIFIED_PARTY_PROCEEDINGS)
                .reasons("Disclosure would alert the suspect of a domestic investigation.")
                .build()
                .completenessViolations())
        .isEmpty();
  }

  @Test
  void emergencyMutualAssistanceRefusalAppliesBc27ThroughProtocol10() {
    Refusal bare = Refusal.builder().header(header(RequestFamily.EMERGENCY_MUTUAL_ASSISTANCE)).build();
    assertThat(bare.completenessViolations())
        .extracting(Violation::code)
        .containsExactly(
            "BC_27_6_VIA_2AP_10_PARTIAL_GRANT_CONSIDERED",
            "BC_27_7_VIA_2AP_10_GROUND_FOR_REFUSAL_STATED",
            "BC_27_7_VIA_2AP_10_REASONS_FOR_REFUSAL");
    assertThat(bare.completenessViolations())
        .extracting(Violation::citation)
        .containsExactly(BUDAPEST.cite(27, 6), BUDAPEST.cite(27, 7), BUDAPEST.cite(27, 7));
    assertThat(bare.completenessViolations())
        .allSatisfy(v -> assertThat(v.verification()).isEqualTo(Verification.UNVERIFIED));
    assertThat(
            refusal(RequestFamily.EMERGENCY_MUTUAL_ASSISTANCE)
                .addGrounds(GroundForRefusal.BC_ESSENTIAL_INTERESTS)
                .reasons("Reasons.")
                .build()
                .completenessViolations())
        .isEmpty();
    assertThat(
            codes(
                refusal(RequestFamily.EMERGENCY_MUTUAL_ASSISTANCE)
                    .addGrounds(GroundForRefusal.BC_FISCAL_OFFENCE)
                    .reasons("Reasons.")
                    .build()
                    .completenessViolations()))
        .containsExactly("BC_27_7_VIA_2AP_10_GROUND_FOR_REFUSAL_APPLIES");
  }

  @Test
  void fiuInformationRefusalMustBeExplainedUnder46_6() {
    Refusal withoutReasons =
        refusal(RequestFamily.FIU_INFORMATION_EXCHANGE)
            .addGrounds(GroundForRefusal.FIU_REFUSAL_TO_DIVULGE)
            .build();
    assertThat(codes(withoutReasons.completenessViolations()))
        .containsExactly("WC_46_6_REASONS_FOR_REFUSAL");
    assertThat(
            refusal(RequestFamily.FIU_INFORMATION_EXCHANGE)
                .addGrounds(GroundForRefusal.FIU_REFUSAL_TO_DIVULGE)
                .reasons("Reasons.")
                .build()
                .completenessViolations())
        .isEmpty();
  }

  @Test
  void fiuPostponementRefusalNeedsAnApplicableGroundButNoReasons() {
    assertThat(
            refusal(RequestFamily.FIU_POSTPONEMENT)
                .addGrounds(GroundForRefusal.FIU_POSTPONEMENT_CONDITIONS_NOT_MET)
                .build()
                .completenessViolations())
        .isEmpty();
    Refusal withoutGround = refusal(RequestFamily.FIU_POSTPONEMENT).build();
    assertThat(withoutGround.completenessViolations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.code()).isEqualTo("WC_47_2_GROUND_FOR_REFUSAL_STATED");
              assertThat(v.citation()).isEqualTo(WARSAW.cite(47, 2));
              assertThat(v.verification()).isEqualTo(Verification.CONFIRMED);
            });
    assertThat(
            codes(
                refusal(RequestFamily.FIU_POSTPONEMENT)
                    .addGrounds(GroundForRefusal.FIU_REFUSAL_TO_DIVULGE)
                    .build()
                    .completenessViolations()))
        .containsExactly("WC_47_2_GROUND_FOR_REFUSAL_APPLIES");
  }

  @Test
  void groundForRefusalAppliesIsAFamilyCheckOnly() {
    // Fiscal alone for a BC 8 offence passes the family check; RefusalGrounds.check reports it.
    Refusal fiscalOnly =
        refusal(RequestFamily.MUTUAL_ASSISTANCE)
            .addGrounds(GroundForRefusal.BC_FISCAL_OFFENCE)
            .reasons("Reasons.")
            .build();
    assertThat(fiscalOnly.completenessViolations()).isEmpty();
    Offence computerFraud =
        Offence.builder()
            .domesticDescription("Computer fraud")
            .addBudapestOffences(BudapestOffence.BC8_COMPUTER_FRAUD)
            .build();
    assertThat(
            codes(
                RefusalGrounds.check(
                    fiscalOnly.family(), false, computerFraud, false, fiscalOnly.grounds())))
        .containsExactly("INADMISSIBLE_FISCAL_ONLY_FOR_BUDAPEST_OFFENCE");
    Violation familyViolation =
        refusal(RequestFamily.EXPEDITED_PRESERVATION)
            .addGrounds(GroundForRefusal.BC_FISCAL_OFFENCE)
            .reasons("Reasons.")
            .build()
            .completenessViolations()
            .get(0);
    assertThat(familyViolation.message().english()).contains("kind of request");
    assertThat(familyViolation.message().french()).contains("type de demande");
  }

  @Test
  void postponementBasesPerProtocolFamily() {
    Postponement bareProductionOrder =
        Postponement.builder().header(header(RequestFamily.FOREIGN_PRODUCTION_ORDER)).build();
    assertThat(codes(bareProductionOrder.completenessViolations()))
        .containsExactly(
            "2AP_8_8_GROUND_FOR_POSTPONEMENT_STATED", "2AP_8_8_REASONS_FOR_POSTPONEMENT");
    Postponement bareEmergency =
        Postponement.builder().header(header(RequestFamily.EMERGENCY_MUTUAL_ASSISTANCE)).build();
    assertThat(codes(bareEmergency.completenessViolations()))
        .containsExactly(
            "BC_27_5_VIA_2AP_10_GROUND_FOR_POSTPONEMENT_STATED",
            "BC_27_6_VIA_2AP_10_PARTIAL_GRANT_CONSIDERED",
            "BC_27_7_VIA_2AP_10_REASONS_FOR_POSTPONEMENT");
    assertThat(bareEmergency.completenessViolations())
        .allSatisfy(v -> assertThat(v.verification()).isEqualTo(Verification.UNVERIFIED));
    assertThat(
            Postponement.builder()
                .header(header(RequestFamily.EMERGENCY_MUTUAL_ASSISTANCE))
                .ground(GroundForPostponement.BC_OWN_PROCEEDINGS)
                .reasons("A domestic investigation is ongoing.")
                .partialGrantConsidered(true)
                .build()
                .completenessViolations())
        .isEmpty();
    assertThat(
            codes(
                Postponement.builder()
                    .header(header(RequestFamily.EMERGENCY_MUTUAL_ASSISTANCE))
                    .ground(GroundForPostponement.WC_OWN_PROCEEDINGS)
                    .reasons("Reasons.")
                    .partialGrantConsidered(true)
                    .build()
                    .completenessViolations()))
        .containsExactly("BC_27_5_VIA_2AP_10_GROUND_FOR_POSTPONEMENT_APPLIES");
    // 2AP 8(8) governs Article 8 only: no postponement basis for a direct order (2AP 7).
    assertThat(
            Postponement.builder()
                .header(header(RequestFamily.SUBSCRIBER_INFORMATION_ORDER))
                .build()
                .completenessViolations())
        .isEmpty();
  }

  @Test
  void refusalToStringHidesReasons() {
    Refusal refusal =
        refusal(RequestFamily.CONFISCATION)
            .addGrounds(GroundForRefusal.WC_LAPSE_OF_TIME)
            .reasons("Secret Zq")
            .build();
    assertThat(refusal.toString()).doesNotContain("Zq");
  }

  @Test
  void completePostponementHasNoViolations() {
    Postponement postponement =
        Postponement.builder()
            .header(header(RequestFamily.PROVISIONAL_MEASURES))
            .ground(GroundForPostponement.WC_OWN_PROCEEDINGS)
            .reasons("A domestic investigation is ongoing.")
            .until(DATE.plusMonths(2))
            .partialGrantConsidered(true)
            .build();
    assertThat(postponement.completenessViolations()).isEmpty();
  }

  @Test
  void postponementRulesEachReportTheirItem() {
    Postponement bare =
        Postponement.builder().header(header(RequestFamily.MUTUAL_ASSISTANCE)).build();
    assertThat(codes(bare.completenessViolations()))
        .containsExactly(
            "BC_27_5_GROUND_FOR_POSTPONEMENT_STATED",
            "BC_27_6_PARTIAL_GRANT_CONSIDERED",
            "BC_27_7_REASONS_FOR_POSTPONEMENT");
    Postponement wrongGround =
        Postponement.builder()
            .header(header(RequestFamily.MUTUAL_ASSISTANCE))
            .ground(GroundForPostponement.WC_OWN_PROCEEDINGS)
            .reasons("Reasons.")
            .partialGrantConsidered(true)
            .build();
    assertThat(codes(wrongGround.completenessViolations()))
        .containsExactly("BC_27_5_GROUND_FOR_POSTPONEMENT_APPLIES");
  }

  @Test
  void postponementUntilBeforeTheReplyIsRejected() {
    assertThatThrownBy(
            () ->
                Postponement.builder()
                    .header(header(RequestFamily.CONFISCATION))
                    .until(DATE.minusDays(1))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Postponement.until");
  }

  @Test
  void amendmentRequestMustNameWhatIsMissing() {
    AmendmentRequest empty =
        AmendmentRequest.builder().header(header(RequestFamily.CONFISCATION)).build();
    assertThat(empty.completenessViolations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.code()).isEqualTo("WC_38_1_MISSING_ITEMS_NAMED");
              assertThat(v.citation()).isEqualTo(WARSAW.cite(38, 1));
            });
    AmendmentRequest complete =
        AmendmentRequest.builder()
            .header(header(RequestFamily.CONFISCATION))
            .addUnmetProvisions(WARSAW.cite(37, 3))
            .timeLimit(DATE.plusDays(30))
            .interimMeasuresMayBeTaken(true)
            .build();
    assertThat(complete.completenessViolations()).isEmpty();
  }

  @Test
  void interimMeasuresOnlyForConfiscation() {
    AmendmentRequest request =
        AmendmentRequest.builder()
            .header(header(RequestFamily.PROVISIONAL_MEASURES))
            .addMissingItems("The maximum amount to be frozen")
            .interimMeasuresMayBeTaken(true)
            .build();
    assertThat(codes(request.completenessViolations()))
        .containsExactly("WC_38_3_INTERIM_MEASURES_ONLY_FOR_CONFISCATION");
  }

  @Test
  void amendmentTimeLimitBeforeTheReplyIsRejected() {
    assertThatThrownBy(
            () ->
                AmendmentRequest.builder()
                    .header(header(RequestFamily.CONFISCATION))
                    .timeLimit(DATE.minusDays(1))
                    .build())
        .hasMessageContaining("AmendmentRequest.timeLimit");
  }

  @Test
  void acknowledgementOfInitiatedActionMustDescribeIt() {
    Acknowledgement.Builder builder =
        Acknowledgement.builder()
            .header(header(RequestFamily.BANK_ACCOUNT_INFORMATION))
            .receivedOn(DATE.minusDays(2))
            .actionInitiated(true);
    assertThat(codes(builder.build().completenessViolations()))
        .containsExactly("WC_41_1_A_ACTION_DESCRIBED");
    assertThat(builder.actionDescription("Banks were queried.").build().isComplete()).isTrue();
    assertThatThrownBy(
            () ->
                Acknowledgement.builder()
                    .header(header(RequestFamily.CONFISCATION))
                    .receivedOn(DATE.plusDays(1))
                    .build())
        .hasMessageContaining("Acknowledgement.receivedOn");
  }

  @Test
  void conditionalGrantRules() {
    ConditionalGrant bare =
        ConditionalGrant.builder().header(header(RequestFamily.CONFISCATION)).partial(true).build();
    assertThat(codes(bare.completenessViolations()))
        .containsExactly("WC_30_PARTIAL_SCOPE_STATED", "WC_40_REASONS_FOR_CONDITIONS");
    ConditionalGrant noCondition =
        ConditionalGrant.builder()
            .header(header(RequestFamily.MUTUAL_ASSISTANCE))
            .reasons("Reasons.")
            .build();
    assertThat(codes(noCondition.completenessViolations()))
        .containsExactly("BC_27_6_CONDITION_OR_PART_STATED");
    ConditionalGrant complete =
        ConditionalGrant.builder()
            .header(header(RequestFamily.STORED_DATA_ACCESS))
            .addUseConditions(UseCondition.PURPOSE_LIMITED)
            .build();
    assertThat(complete.completenessViolations()).isEmpty();
  }

  @Test
  void executionReportMustStateResultOrObstacle() {
    ExecutionReport.Builder result =
        ExecutionReport.builder()
            .header(header(RequestFamily.CONFISCATION))
            .outcome(ExecutionReport.Outcome.FINAL_RESULT);
    assertThat(codes(result.build().completenessViolations()))
        .containsExactly("WC_41_1_B_RESULT_STATED");
    ExecutionReport delay =
        ExecutionReport.builder()
            .header(header(RequestFamily.MUTUAL_ASSISTANCE))
            .outcome(ExecutionReport.Outcome.DELAYED)
            .build();
    assertThat(codes(delay.completenessViolations())).containsExactly("BC_27_7_OBSTACLE_STATED");
    assertThat(result.details("EUR 12 000 were confiscated.").build().isComplete()).isTrue();
  }

  @Test
  void resultTransmissionOfNothingIsRejected() {
    assertThatThrownBy(
            () -> ResultTransmission.builder().header(header(RequestFamily.CONFISCATION)).build())
        .hasMessageContaining("ResultTransmission");
    assertThat(
            ResultTransmission.builder()
                .header(header(RequestFamily.CONFISCATION))
                .addDocuments("Certified copy of the bank statements")
                .build()
                .isComplete())
        .isTrue();
  }

  @ParameterizedTest
  @EnumSource(NoticeKind.class)
  void everyNoticeKindRequiresDetails(NoticeKind kind) {
    InformationNotice bare =
        InformationNotice.builder().header(header(RequestFamily.CONFISCATION)).kind(kind).build();
    ArticleCitation citation = kind.citations().get(0);
    assertThat(bare.completenessViolations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.citation()).isEqualTo(citation);
              assertThat(v.code()).endsWith(kind.name() + "_DETAILS");
            });
    InformationNotice complete =
        InformationNotice.builder()
            .header(header(RequestFamily.CONFISCATION))
            .kind(kind)
            .details("Details.")
            .build();
    assertThat(complete.completenessViolations()).isEmpty();
  }

  @Test
  void noticeKindsCiteTheirArticles() {
    assertThat(NoticeKind.CONFIDENTIALITY_CANNOT_BE_KEPT.citations())
        .containsExactly(BUDAPEST.cite(27, 8), WARSAW.cite(43, 1));
    assertThat(NoticeKind.ACTION_NO_LONGER_JUSTIFIED.sender())
        .isEqualTo(NoticeKind.Sender.REQUESTING_PARTY);
  }

  @Test
  void headerRejectsSamePartyAndForeignAuthority() {
    assertThatThrownBy(
            () ->
                ReplyHeader.builder()
                    .id(RequestId.of("R1"))
                    .answersRequest(RequestId.of("Q1"))
                    .family(RequestFamily.CONFISCATION)
                    .fromParty(AT)
                    .fromAuthority(Authority.of(AT, AuthorityRole.CENTRAL_AUTHORITY, "BMJ"))
                    .toParty(AT)
                    .date(DATE)
                    .channel(Channel.CENTRAL_AUTHORITY)
                    .build())
        .hasMessageContaining("fromParty and toParty");
    assertThatThrownBy(
            () ->
                ReplyHeader.builder()
                    .id(RequestId.of("R1"))
                    .answersRequest(RequestId.of("Q1"))
                    .family(RequestFamily.CONFISCATION)
                    .fromParty(AT)
                    .fromAuthority(Authority.of(RO, AuthorityRole.CENTRAL_AUTHORITY, "MJ"))
                    .toParty(RO)
                    .date(DATE)
                    .channel(Channel.CENTRAL_AUTHORITY)
                    .build())
        .hasMessageContaining("ReplyHeader.fromAuthority");
  }

  @Test
  void acceptanceHasNoRequiredContent() {
    assertThat(Acceptance.builder().header(header(RequestFamily.CONFISCATION)).build().isComplete())
        .isTrue();
  }
}
