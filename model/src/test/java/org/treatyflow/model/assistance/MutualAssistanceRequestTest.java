package org.treatyflow.model.assistance;

import static org.treatyflow.model.common.ViolationAssertions.assertOnlyViolation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.treatyflow.model.assistance.Fixtures.SECRET;
import static org.treatyflow.model.common.Instrument.BUDAPEST;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.treatyflow.model.assistance.AssistanceMeasure.Kind;
import org.treatyflow.model.common.ArticleCitation;
import org.treatyflow.model.common.Channel;
import org.treatyflow.model.common.DataCategory;
import org.treatyflow.model.common.Facts;
import org.treatyflow.model.common.RequestFamily;
import org.treatyflow.model.common.Urgency;
import org.treatyflow.model.common.Verification;
import org.treatyflow.model.common.Violation;
import org.treatyflow.model.person.PersonRole;

class MutualAssistanceRequestTest {

  /** A complete request, except for the item named by {@code omit}. */
  private static MutualAssistanceRequest request(String omit) {
    Channel channel =
        switch (omit) {
          case "routineDirectJudicial" -> Channel.DIRECT_JUDICIAL;
          case "coerciveDirectCompetent" -> Channel.DIRECT_COMPETENT_AUTHORITIES;
          default -> Channel.CENTRAL_AUTHORITY;
        };
    ArticleCitation basis = omit.equals("legalBasis") ? BUDAPEST.cite(29) : BUDAPEST.cite(27);
    MutualAssistanceRequest.Builder b =
        MutualAssistanceRequest.builder()
            .header(Fixtures.header(channel, Urgency.ROUTINE, basis))
            .facts(omit.equals("facts") ? Facts.none() : Fixtures.facts())
            .addDataItems(Fixtures.data(DataCategory.SUBSCRIBER_INFORMATION))
            .addPersons(Fixtures.person(PersonRole.SUSPECT))
            .procedureRequested("Hear " + SECRET + " in the presence of defence counsel")
            .coercive(true);
    if (!omit.equals("offence")) {
      b.addOffences(Fixtures.computerFraud());
    }
    if (!omit.equals("measures")) {
      b.addMeasures(AssistanceMeasure.of(Kind.SEARCH_AND_SEIZURE), AssistanceMeasure.other("Image the server of " + SECRET));
    }
    return b.build();
  }

  @Test
  void completeRequestHasNoViolations() {
    MutualAssistanceRequest request = request("");
    assertThat(request.completenessViolations()).isEmpty();
    assertThat(request.isComplete()).isTrue();
    assertThat(request.family()).isEqualTo(RequestFamily.MUTUAL_ASSISTANCE);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "measures, BC_25_1_MEASURES, BC 25(1), measures, UNVERIFIED",
    "offence, BC_25_1_OFFENCE, BC 25(1), offences, UNVERIFIED",
    "facts, BC_25_1_FACTS, BC 25(1), facts.summary, UNVERIFIED",
    "legalBasis, BC_25_LEGAL_BASIS, BC 25, header.legalBasis, CONFIRMED",
  })
  void missingItemReportsExactlyItsViolation(
      String omit, String code, String citation, String field, Verification verification) {
    assertOnlyViolation(request(omit).completenessViolations(), code, citation, field, verification);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "routineDirectJudicial, BC_27_9_A_DIRECT_JUDICIAL_ONLY_IF_URGENT, BC 27(9)(a), header.channel, CONFIRMED",
    "coerciveDirectCompetent, BC_27_9_DIRECT_COMPETENT_ONLY_IF_NOT_COERCIVE, BC 27(9), header.channel, CONFIRMED",
  })
  void channelRulesApplyOnlyWhenTheWorkflowAppliesBc27(
      String omit, String code, String citation, String field, Verification verification) {
    // BC 27(1): BC 27(9) governs only where no MLA treaty is in force, which the request does not
    // carry, so the request's own rules accept the channel and the BC 27(9) rules report it.
    assertThat(request(omit).completenessViolations()).isEmpty();
    assertOnlyViolation(
        MutualAssistanceRequest.BC_27_9_CHANNEL_RULES.check(request(omit)),
        code,
        citation,
        field,
        verification);
  }

  @Test
  void theBc27_9RulesAreNotPartOfTheRequiredContent() {
    assertThat(MutualAssistanceRequest.REQUIRED_CONTENT.rules())
        .extracting(r -> r.violation().code())
        .containsExactly("BC_25_1_MEASURES", "BC_25_1_OFFENCE", "BC_25_1_FACTS", "BC_25_LEGAL_BASIS");
    assertThat(MutualAssistanceRequest.BC_27_9_CHANNEL_RULES.check(request(""))).isEmpty();
  }

  @Test
  void urgentRequestMayGoDirectlyBetweenJudicialAuthorities() {
    MutualAssistanceRequest request =
        MutualAssistanceRequest.builder()
            .header(Fixtures.header(Channel.DIRECT_JUDICIAL, Urgency.URGENT, BUDAPEST.cite(27, 9)))
            .facts(Fixtures.facts())
            .addOffences(Fixtures.computerFraud())
            .addMeasures(AssistanceMeasure.of(Kind.HEARING_OF_WITNESS))
            .coercive(true)
            .build();
    assertThat(request.completenessViolations()).isEmpty();
    assertThat(MutualAssistanceRequest.BC_27_9_CHANNEL_RULES.check(request)).isEmpty();
  }

  @Test
  void emptyDraftReportsEveryContentRuleInArticleOrder() {
    MutualAssistanceRequest draft =
        MutualAssistanceRequest.builder().header(Fixtures.header()).facts(Facts.none()).build();
    assertThat(draft.completenessViolations())
        .extracting(Violation::code)
        .containsExactly("BC_25_1_MEASURES", "BC_25_1_OFFENCE", "BC_25_1_FACTS", "BC_25_LEGAL_BASIS");
  }

  @Test
  void toStringHidesPersonalData() {
    assertThat(request("").toString()).doesNotContain(SECRET).doesNotContain("Kova");
  }

  @Test
  void otherMeasureWithoutDescriptionIsRejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> AssistanceMeasure.of(Kind.OTHER))
        .withMessageContaining("AssistanceMeasure.description");
  }

  @Test
  void blankMeasureDescriptionIsRejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> AssistanceMeasure.other(" "))
        .withMessageContaining("AssistanceMeasure.description");
  }
}
