package org.treatyflow.workflow.transborder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.treatyflow.workflow.transborder.TransBorderAccessAction.RECORD_PUBLICLY_AVAILABLE;
import static org.treatyflow.workflow.transborder.TransBorderAccessAction.RECORD_WITH_CONSENT;
import static org.treatyflow.workflow.transborder.TransBorderAccessWorkflow.TABLE;
import static org.treatyflow.workflow.transborder.TransBorderAccessWorkflow.WORKFLOW;
import static org.treatyflow.workflow.transborder.TransBorderFixtures.AUSTRIAN_POLICE;
import static org.treatyflow.workflow.transborder.TransBorderFixtures.AUSTRIAN_PROVIDER;
import static org.treatyflow.workflow.transborder.TransBorderFixtures.BRAZIL;
import static org.treatyflow.workflow.transborder.TransBorderFixtures.DUTCH_POLICE;
import static org.treatyflow.workflow.transborder.TransBorderFixtures.RECORDING_DAY;
import static org.treatyflow.workflow.transborder.TransBorderFixtures.RUSSIA;
import static org.treatyflow.workflow.transborder.TransBorderFixtures.command;
import static org.treatyflow.workflow.transborder.TransBorderFixtures.environment;
import static org.treatyflow.workflow.transborder.TransBorderFixtures.publiclyAvailable;
import static org.treatyflow.workflow.transborder.TransBorderFixtures.publiclyAvailableBy;
import static org.treatyflow.workflow.transborder.TransBorderFixtures.withConsent;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.treatyflow.model.common.Authority;
import org.treatyflow.model.common.AuthorityRole;
import org.treatyflow.model.common.Verification;
import org.treatyflow.model.common.Violation;
import org.treatyflow.model.transborder.TransBorderAccessRecord;
import org.treatyflow.testkit.workflow.SimulatedClock;
import org.treatyflow.workflow.ActionExplanation;
import org.treatyflow.workflow.Environment;
import org.treatyflow.workflow.Outcome;
import org.treatyflow.workflow.Workflow;

class TransBorderAccessWorkflowTest {
  private final SimulatedClock clock = new SimulatedClock(RECORDING_DAY);
  private final Environment env = environment(clock);

  private Outcome<TransBorderAccessRecord, TransBorderAccessStatus, TransBorderAccessAction> record(
      TransBorderAccessRecord record, TransBorderAccessAction action, Authority actor) {
    return WORKFLOW.apply(WORKFLOW.open(record), command("rec", action, 0, actor), env);
  }

  private static List<String> codes(Outcome<?, ?, ?> outcome) {
    return outcome.violations().stream().map(Violation::code).toList();
  }

  private static Violation only(Outcome<?, ?, ?> outcome, String code, String citation) {
    assertThat(codes(outcome)).containsExactly(code);
    Violation v = outcome.violations().get(0);
    assertThat(v.citation()).hasToString(citation);
    return v;
  }

  @Test
  void theFixtureRecordsAreComplete() {
    assertThat(withConsent().completenessViolations()).isEmpty();
    assertThat(publiclyAvailable().completenessViolations()).isEmpty();
  }

  @Test
  void accessToPubliclyAvailableDataIsRecordedUnderBc32a() {
    var outcome = record(publiclyAvailable(), RECORD_PUBLICLY_AVAILABLE, AUSTRIAN_POLICE);
    assertThat(outcome.violations()).isEmpty();
    var c = outcome.caseFile();
    assertThat(c.status()).isEqualTo(TransBorderAccessStatus.RECORDED);
    assertThat(c.lastEvent().orElseThrow().citation()).hasToString("BC 32(a)");
    assertThat(c.lastEvent().orElseThrow().verification()).isEqualTo(Verification.CONFIRMED);
  }

  @Test
  void accessWithConsentIsRecordedUnderBc32b() {
    var outcome = record(withConsent(), RECORD_WITH_CONSENT, AUSTRIAN_POLICE);
    assertThat(outcome.violations()).isEmpty();
    assertThat(outcome.caseFile().status()).isEqualTo(TransBorderAccessStatus.RECORDED);
    assertThat(outcome.caseFile().lastEvent().orElseThrow().citation()).hasToString("BC 32(b)");
  }

  // --- one allowing and one refusing example per guard ---

  @Test
  void onlyAPublicAuthorityOfTheAccessingPartyRecords() {
    var v = only(record(withConsent(), RECORD_WITH_CONSENT, DUTCH_POLICE), "BC_32_ACTOR_ACCESSING_PARTY", "BC 32");
    assertThat(v.verification()).isEqualTo(Verification.CONFIRMED);
    only(record(publiclyAvailable(), RECORD_PUBLICLY_AVAILABLE, AUSTRIAN_PROVIDER), "BC_32_ACTOR_ACCESSING_PARTY", "BC 32");
    assertThat(record(publiclyAvailable(), RECORD_PUBLICLY_AVAILABLE, AUSTRIAN_POLICE).isApplied()).isTrue();
  }

  @Test
  void eachCaseOfTheArticleIsRecordedOnItsOwnBasis() {
    only(record(withConsent(), RECORD_PUBLICLY_AVAILABLE, AUSTRIAN_POLICE), "BC_32_A_NOT_PUBLICLY_AVAILABLE", "BC 32(a)");
    only(record(publiclyAvailable(), RECORD_WITH_CONSENT, AUSTRIAN_POLICE), "BC_32_B_NOT_CONSENT", "BC 32(b)");
  }

  @Test
  void accessWithConsentMustRecordWhoConsented() {
    var outcome = record(TransBorderFixtures.withoutConsentGiver(), RECORD_WITH_CONSENT, AUSTRIAN_POLICE);
    var v = only(outcome, "BC_32_B_CONSENT_GIVER", "BC 32(b)");
    assertThat(v.field()).isEqualTo("consentGiver");
    assertThat(outcome.caseFile().status()).isEqualTo(TransBorderAccessStatus.DRAFT);
  }

  @Test
  void accessWithConsentMustNameThePartyWhereTheDataIs() {
    var v = only(
        record(withConsent(Optional.empty(), TransBorderFixtures.ACCESSED_AT), RECORD_WITH_CONSENT, AUSTRIAN_POLICE),
        "BC_32_B_STORED_IN_NAMED",
        "BC 32(b)");
    assertThat(v.verification()).isEqualTo(Verification.UNVERIFIED);
  }

  @Test
  void withConsentTheConventionMustBindBothPartiesOnTheDayOfAccess() {
    var v = only(
        record(withConsent(Optional.of(RUSSIA), TransBorderFixtures.ACCESSED_AT), RECORD_WITH_CONSENT, AUSTRIAN_POLICE),
        "BC_32_B_CONVENTION_IN_FORCE",
        "BC 32(b)");
    assertThat(v.verification()).isEqualTo(Verification.CONFIRMED);
    // Brazil is bound from 1 March 2023: access on 28 February 2023 (Vienna) is not covered ...
    only(
        record(withConsent(Optional.of(BRAZIL), Instant.parse("2023-02-28T12:00:00Z")), RECORD_WITH_CONSENT, AUSTRIAN_POLICE),
        "BC_32_B_CONVENTION_IN_FORCE",
        "BC 32(b)");
    // ... access at 00:30 on 1 March 2023 in Vienna is, whenever it is recorded.
    var onTheDay = withConsent(Optional.of(BRAZIL), Instant.parse("2023-02-28T23:30:00Z"));
    assertThat(record(onTheDay, RECORD_WITH_CONSENT, AUSTRIAN_POLICE).isApplied()).isTrue();
  }

  @Test
  void publiclyAvailableDataNeedsTheConventionOnlyForTheAccessingParty() {
    // Data whose location is unknown, or in a State not bound by the Convention: BC 32(a) applies wherever it is.
    var inRussia = TransBorderFixtures.publiclyAvailableIn(RUSSIA);
    assertThat(record(inRussia, RECORD_PUBLICLY_AVAILABLE, AUSTRIAN_POLICE).isApplied()).isTrue();
    Authority russianPolice = Authority.of(RUSSIA, AuthorityRole.POLICE, "Police RU");
    var v = only(
        record(publiclyAvailableBy(RUSSIA), RECORD_PUBLICLY_AVAILABLE, russianPolice),
        "BC_32_A_CONVENTION_IN_FORCE",
        "BC 32(a)");
    assertThat(v.verification()).isEqualTo(Verification.CONFIRMED);
  }

  // --- terminal status and explanations ---

  @ParameterizedTest
  @EnumSource(TransBorderAccessAction.class)
  void aRecordedAccessAcceptsNothing(TransBorderAccessAction action) {
    var recorded = record(withConsent(), RECORD_WITH_CONSENT, AUSTRIAN_POLICE).caseFile();
    var outcome = WORKFLOW.apply(recorded, command("again-" + action, action, 1, AUSTRIAN_POLICE), env);
    var v = only(outcome, Workflow.CASE_CLOSED, "BC 32(b)");
    assertThat(v.field()).isEqualTo("status");
    assertThat(WORKFLOW.explain(recorded, env)).noneMatch(ActionExplanation::allowed);
  }

  @Test
  void explainAnswersForEveryAction() {
    var answers = WORKFLOW.explain(WORKFLOW.open(withConsent()), env);
    assertThat(answers).extracting(ActionExplanation::action).containsExactly(TransBorderAccessAction.values());
    var consent = answers.get(1);
    assertThat(consent.allowed()).isTrue();
    assertThat(consent.target()).contains(TransBorderAccessStatus.RECORDED);
    assertThat(consent.citation().orElseThrow()).hasToString("BC 32(b)");
    var open = answers.get(0);
    assertThat(open.allowed()).isFalse();
    assertThat(open.violations()).extracting(Violation::code).containsExactly("BC_32_A_NOT_PUBLICLY_AVAILABLE");
  }

  @Test
  void theTableHasOneConfirmedLinePerCaseOfTheArticleAndNoStepOfTheOtherParty() {
    assertThat(TABLE.transitions()).hasSize(2);
    assertThat(TABLE.transitions()).extracting(t -> t.citation().toString()).containsExactly("BC 32(a)", "BC 32(b)");
    assertThat(TABLE.transitions()).allSatisfy(t -> assertThat(t.verification()).isEqualTo(Verification.CONFIRMED));
    assertThat(TABLE.statuses()).containsExactly(TransBorderAccessStatus.DRAFT, TransBorderAccessStatus.RECORDED);
    assertThat(TABLE.terminal()).containsExactly(TransBorderAccessStatus.RECORDED);
  }
}
