package org.treatyflow.model.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.treatyflow.model.registry.ReservationCode.AP2_7_9_A_NOT_APPLY_ART7;
import static org.treatyflow.model.registry.ReservationCode.BC_29_4_DUAL_CRIMINALITY_PRESERVATION;
import static org.treatyflow.model.registry.ReservationCode.BC_DESIGNATIONS;
import static org.treatyflow.model.registry.ReservationCode.WC_17_5_APPENDIX_ONLY;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.treatyflow.model.common.Instrument;
import org.treatyflow.model.common.Verification;

class ReservationCodeTest {

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
    "BC_29_4, BC_29_4_DUAL_CRIMINALITY_PRESERVATION, RESERVATION, BC 29(4)",
    "BC_DESIGNATIONS, BC_DESIGNATIONS, DESIGNATION, BC 27(2)",
    "2AP_7_9_A, AP2_7_9_A_NOT_APPLY_ART7, RESERVATION, 2AP 7(9)(a)",
    "WC_3_2, WC_3_2_CONFISCATION_SCOPE, DECLARATION, WC 3(2)",
    "WC_9_4, WC_9_4_PREDICATE_SCOPE, DECLARATION, WC 9(4)",
    "WC_24_3, WC_24_3_FACT_FINDINGS_CONSTITUTIONAL, DECLARATION, WC 24(3)",
    "WC_31_2, WC_31_2_POSTAL_SERVICE, DECLARATION, WC 31(2)",
    "WC_33_2, WC_33_2_CENTRAL_AUTHORITY, DESIGNATION, WC 33(2)",
    "BC_27_9_E_CENTRAL_AUTHORITY_ONLY, BC_27_9_E_CENTRAL_AUTHORITY_ONLY, DECLARATION, BC 27(9)(e)",
    "WC_17_5_APPENDIX_ONLY, WC_17_5_APPENDIX_ONLY, DECLARATION, WC 17(5)",
    "2AP_9_1_B_NO_SUBSCRIBER_ONLY, AP2_9_1_B_NO_SUBSCRIBER_ONLY, DECLARATION, 2AP 9(1)(b)"
  })
  void shortFileCodesOfPartiesMdMapOntoTheLongCodes(
      String fileCode, ReservationCode code, ReservationKind kind, String citation) {
    assertThat(ReservationCode.fromFileCode(fileCode)).contains(code);
    assertThat(code.fileCode()).isEqualTo(fileCode);
    assertThat(code.kind()).isEqualTo(kind);
    assertThat(code.citation()).hasToString(citation);
  }

  @ParameterizedTest
  @EnumSource(ReservationCode.class)
  void everyCodeRoundTripsThroughItsFileCode(ReservationCode code) {
    assertThat(ReservationCode.fromFileCode(code.fileCode())).contains(code);
    assertThat(code.instrument()).isEqualTo(code.citation().instrument());
    assertThat(code.effect()).isNotBlank();
    String prefix = code.instrument() == Instrument.SECOND_PROTOCOL ? "AP2_" : code.instrument().shortName() + "_";
    assertThat(code.name()).startsWith(prefix);
  }

  @Test
  void unknownOrMisspelledFileCodesAreEmpty() {
    assertThat(ReservationCode.fromFileCode("BC_29_5")).isEmpty();
    assertThat(ReservationCode.fromFileCode("bc_29_4")).isEmpty();
    assertThat(ReservationCode.fromFileCode("AP2_7_9_A")).isEmpty();
    assertThat(ReservationCode.fromFileCode("")).isEmpty();
  }

  @Test
  void secondProtocolCodesOtherThanArticle7_9_AreUnverified() {
    assertThat(AP2_7_9_A_NOT_APPLY_ART7.verification()).isEqualTo(Verification.CONFIRMED);
    assertThat(
            Arrays.stream(ReservationCode.values())
                .filter(c -> c.instrument() == Instrument.SECOND_PROTOCOL)
                .filter(c -> c != AP2_7_9_A_NOT_APPLY_ART7))
        .hasSize(11)
        .allMatch(c -> c.verification() == Verification.UNVERIFIED);
    assertThat(BC_29_4_DUAL_CRIMINALITY_PRESERVATION.verification())
        .isEqualTo(Verification.CONFIRMED);
    assertThat(WC_17_5_APPENDIX_ONLY.verification()).isEqualTo(Verification.CONFIRMED);
    assertThat(BC_DESIGNATIONS.kind()).isEqualTo(ReservationKind.DESIGNATION);
  }
}
