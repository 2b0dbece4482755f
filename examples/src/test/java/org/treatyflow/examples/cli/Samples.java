package org.treatyflow.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.treatyflow.model.common.Instrument.BUDAPEST;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import org.treatyflow.model.common.Authority;
import org.treatyflow.model.common.AuthorityRole;
import org.treatyflow.model.common.BudapestOffence;
import org.treatyflow.model.common.Channel;
import org.treatyflow.model.common.CooperationAct;
import org.treatyflow.model.common.DataCategory;
import org.treatyflow.model.common.DataItem;
import org.treatyflow.model.common.Facts;
import org.treatyflow.model.common.Language;
import org.treatyflow.model.common.Offence;
import org.treatyflow.model.common.Party;
import org.treatyflow.model.common.RequestHeader;
import org.treatyflow.model.common.RequestId;
import org.treatyflow.model.common.Urgency;
import org.treatyflow.model.preservation.PreservationRequest;
import org.treatyflow.model.registry.PartyRegistry;
import org.treatyflow.serialization.Envelope;
import org.treatyflow.serialization.ExchangeFormat;
import org.treatyflow.serialization.journal.CaseJournal;
import org.treatyflow.workflow.CaseFile;
import org.treatyflow.workflow.Command;
import org.treatyflow.workflow.DomesticPolicy;
import org.treatyflow.workflow.Environment;
import org.treatyflow.workflow.Outcome;
import org.treatyflow.workflow.TreatyPeriods;
import org.treatyflow.workflow.preservation.PreservationAction;
import org.treatyflow.workflow.preservation.PreservationStatus;
import org.treatyflow.workflow.preservation.PreservationWorkflow;

/**
 * Documents and journals for the tests of the command-line tool, all fictional: Albania asks
 * Austria, through the 24/7 network, to preserve the data of an online shop (BC 29).
 */
final class Samples {
  static final Party ALBANIA = Party.of("AL");
  static final Party AUSTRIA = Party.of("AT");
  static final Authority ALBANIAN_24_7 =
      Authority.of(ALBANIA, AuthorityRole.POINT_OF_CONTACT_24_7, "State Police, Cybercrime Sector");
  static final Authority AUSTRIAN_24_7 =
      Authority.of(AUSTRIA, AuthorityRole.POINT_OF_CONTACT_24_7, "Federal Criminal Police Office");

  /** When the case starts: the request is sent, received and the data preserved an hour apart. */
  static final Instant SENT = Instant.parse("2026-03-02T09:30:00Z");

  private Samples() {}

  /** A complete request for the preservation of a shop's access logs. */
  static PreservationRequest completeRequest() {
    return PreservationRequest.builder()
        .header(header())
        .addOffences(computerFraud())
        .facts(
            Facts.builder()
                .summary("Since January 2026 Dritan Hoxha ran a fake electronics shop.")
                .offenceDate(LocalDate.of(2026, 1, 5))
                .offencePlace("Tirana")
                .build())
        .addDataToPreserve(
            DataItem.builder()
                .category(DataCategory.TRAFFIC_DATA)
                .description("Access logs of the web server hosting the shop")
                .selector("shop-example.at")
                .periodStart(LocalDate.of(2026, 1, 1))
                .periodEnd(LocalDate.of(2026, 3, 1))
                .relationToOffence("The shop's orders were placed from these connections")
                .build())
        .custodianOrLocation("Example Hosting GmbH, Vienna")
        .necessity("The provider deletes access logs after 30 days.")
        .intendsMutualAssistanceFollowUp(true)
        .build();
  }

  /** The same request as a first draft: no facts, no custodian, no necessity, a vague data item. */
  static PreservationRequest draftRequest() {
    return PreservationRequest.builder()
        .header(header())
        .addOffences(computerFraud())
        .addDataToPreserve(
            DataItem.builder()
                .category(DataCategory.TRAFFIC_DATA)
                .description("Access logs of the web server hosting the shop")
                .build())
        .build();
  }

  private static RequestHeader header() {
    return RequestHeader.builder()
        .id(RequestId.of("AL-SP-2026-0118"))
        .requestingParty(ALBANIA)
        .requestedParty(AUSTRIA)
        .requestingAuthority(ALBANIAN_24_7)
        .requestedAuthority(AUSTRIAN_24_7)
        .channel(Channel.NETWORK_24_7)
        .dateOfRequest(LocalDate.of(2026, 3, 2))
        .urgency(Urgency.URGENT)
        .language(Language.ENGLISH)
        .addLegalBasis(BUDAPEST.cite(29))
        .build();
  }

  private static Offence computerFraud() {
    return Offence.builder()
        .domesticDescription("Computer fraud (Art. 143/a Criminal Code)")
        .domesticProvision("Criminal Code of Albania, Art. 143/a")
        .addBudapestOffences(BudapestOffence.BC8_COMPUTER_FRAUD)
        .build();
  }

  /** {@code payload} in an envelope from the Albanian to the Austrian 24/7 point of contact. */
  static Envelope envelope(CooperationAct payload) {
    return Envelope.builder()
        .messageId("AL-24x7-2026-00042")
        .sender(ALBANIAN_24_7)
        .receiver(AUSTRIAN_24_7)
        .channel(Channel.NETWORK_24_7)
        .sentAt(OffsetDateTime.of(2026, 3, 2, 10, 30, 0, 0, ZoneOffset.ofHours(1)))
        .payload(payload)
        .build();
  }

  /** Writes {@code payload}'s envelope, indented, to {@code file}, and gives the file. */
  static Path writeEnvelope(Path file, CooperationAct payload) throws IOException {
    Files.writeString(file, ExchangeFormat.standard().writeIndented(envelope(payload)), UTF_8);
    return file;
  }

  /** The case of {@link #completeRequest()}: sent, received and preserved, an hour apart. */
  static CaseFile<PreservationRequest, PreservationStatus, PreservationAction> preservedCase() {
    return preservationCase(
        TreatyPeriods.DEFAULTS,
        List.of(PreservationAction.SUBMIT, PreservationAction.RECEIVE, PreservationAction.PRESERVE),
        Duration.ofHours(1));
  }

  /**
   * A case whose journal verifies but does not replay under the treaty's periods: preserved under a
   * one-day minimum period (not BC 29(7)'s 60 days) and let expire three days later.
   */
  static CaseFile<PreservationRequest, PreservationStatus, PreservationAction> expiredTooEarly() {
    TreatyPeriods oneDay =
        new TreatyPeriods(
            java.time.Period.ofDays(1),
            TreatyPeriods.DEFAULTS.subscriberOrderResponse(),
            TreatyPeriods.DEFAULTS.productionOrderService(),
            TreatyPeriods.DEFAULTS.productionOrderSubscriberReturn(),
            TreatyPeriods.DEFAULTS.productionOrderTrafficReturn());
    return preservationCase(
        oneDay,
        List.of(
            PreservationAction.SUBMIT,
            PreservationAction.RECEIVE,
            PreservationAction.PRESERVE,
            PreservationAction.EXPIRE),
        Duration.ofDays(3));
  }

  /** Takes {@code actions} in order, {@code pause} apart from {@link #SENT}, each by its Party. */
  static CaseFile<PreservationRequest, PreservationStatus, PreservationAction> preservationCase(
      TreatyPeriods periods, List<PreservationAction> actions, Duration pause) {
    var workflow = PreservationWorkflow.WORKFLOW;
    var caseFile = workflow.open(completeRequest());
    Instant now = SENT;
    for (PreservationAction action : actions) {
      Environment environment =
          new Environment(
              PartyRegistry.bundled(),
              Clock.fixed(now, ZoneOffset.UTC),
              DomesticPolicy.DEFAULTS,
              periods);
      Authority actor = action == PreservationAction.SUBMIT ? ALBANIAN_24_7 : AUSTRIAN_24_7;
      Outcome<PreservationRequest, PreservationStatus, PreservationAction> outcome =
          workflow.apply(
              caseFile,
              Command.<PreservationAction>builder()
                  .id(action.name().toLowerCase(java.util.Locale.ROOT) + "-1")
                  .action(action)
                  .expectedVersion(caseFile.version())
                  .actor(actor)
                  .build(),
              environment);
      if (!outcome.isApplied()) {
        throw new IllegalStateException(
            "The sample's step " + action + " was refused: " + outcome.violations());
      }
      caseFile = outcome.caseFile();
      now = now.plus(pause);
    }
    return caseFile;
  }

  /** The journal of {@code caseFile}, with salts from a fixed seed. */
  static List<String> journal(CaseFile<?, ?, ?> caseFile) {
    return CaseJournal.withSalts(new Random(185)).write(caseFile);
  }

  /** Writes {@code lines} as JSON Lines to {@code file}, and gives the file. */
  static Path writeLines(Path file, List<String> lines) throws IOException {
    Files.writeString(file, lines.isEmpty() ? "" : String.join("\n", lines) + "\n", UTF_8);
    return file;
  }
}
