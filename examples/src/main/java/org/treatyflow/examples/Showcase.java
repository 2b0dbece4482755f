package org.treatyflow.examples;

import static org.treatyflow.model.common.Instrument.BUDAPEST;

import java.io.PrintStream;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.treatyflow.model.common.Authority;
import org.treatyflow.model.common.AuthorityRole;
import org.treatyflow.model.common.BudapestOffence;
import org.treatyflow.model.common.Channel;
import org.treatyflow.model.common.DataCategory;
import org.treatyflow.model.common.DataItem;
import org.treatyflow.model.common.Facts;
import org.treatyflow.model.common.Instrument;
import org.treatyflow.model.common.Language;
import org.treatyflow.model.common.LaunderingOffence;
import org.treatyflow.model.common.Offence;
import org.treatyflow.model.common.Party;
import org.treatyflow.model.common.RequestHeader;
import org.treatyflow.model.common.RequestId;
import org.treatyflow.model.common.Urgency;
import org.treatyflow.model.common.Violation;
import org.treatyflow.model.preservation.PreservationRequest;
import org.treatyflow.model.refusal.GroundForRefusal;
import org.treatyflow.model.refusal.RefusalGrounds;
import org.treatyflow.model.registry.PartyRegistry;
import org.treatyflow.model.registry.ReservationCode;
import org.treatyflow.workflow.ActionExplanation;
import org.treatyflow.workflow.CaseFile;
import org.treatyflow.workflow.Command;
import org.treatyflow.workflow.DomesticPolicy;
import org.treatyflow.workflow.Environment;
import org.treatyflow.workflow.HistoryEvent;
import org.treatyflow.workflow.Workflow;
import org.treatyflow.workflow.preservation.PreservationAction;
import org.treatyflow.workflow.preservation.PreservationDeadlines;
import org.treatyflow.workflow.preservation.PreservationStatus;
import org.treatyflow.workflow.preservation.PreservationWorkflow;

/**
 * The showcase: Albania asks Austria, through the 24/7 network, to preserve the data of a
 * fraudulent online shop hosted in Vienna (BC 29).
 *
 * <ol>
 *   <li>The bundled party registry says whether the Budapest Convention binds both, and which
 *       reservation Austria made.
 *   <li>A first draft is checked: every missing item of BC 29(2) is reported with its article.
 *   <li>The completed request has no violation, and its {@code toString} shows no personal data.
 *   <li>The grounds on which Austria may refuse it are derived from the offence and Austria's BC
 *       29(4) reservation.
 *   <li>The case runs through the workflow: sent, received, preserved, with the end of the
 *       preservation period and what may happen next, and why not the rest.
 * </ol>
 */
public final class Showcase {
  static final Party ALBANIA = Party.of("AL");
  static final Party AUSTRIA = Party.of("AT");
  static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

  private final PrintStream out;

  Showcase(PrintStream out) {
    this.out = out;
  }

  public static void main(String[] args) {
    new Showcase(System.out).run();
  }

  void run() {
    PartyRegistry registry = PartyRegistry.bundled();
    out.println("treatyflow showcase: expedited preservation of stored computer data (BC 29)");
    out.println();
    out.printf("Party registry as of %s%n", registry.asOf());
    out.printf(
        "  Budapest Convention in force between AL and AT on %s: %s%n",
        TODAY, registry.isInForceBetween(Instrument.BUDAPEST, ALBANIA, AUSTRIA, TODAY));
    out.printf(
        "  Second Protocol in force between AL and AT on %s: %s%n",
        TODAY, registry.isInForceBetween(Instrument.SECOND_PROTOCOL, ALBANIA, AUSTRIA, TODAY));
    boolean reservation =
        registry.hasMade(AUSTRIA, ReservationCode.BC_29_4_DUAL_CRIMINALITY_PRESERVATION);
    out.printf("  Austria made the BC 29(4) reservation: %s%n", reservation);
    out.println();

    PreservationRequest draft = draft();
    out.printf("Draft %s from AL to AT: %d items missing%n", draft.header().id(), draft.completenessViolations().size());
    print(draft.completenessViolations());
    out.println();

    PreservationRequest request = completed();
    out.printf(
        "Completed request %s: complete = %s%n", request.header().id(), request.isComplete());
    out.println("  As logged (personal data redacted):");
    out.println("  " + request);
    out.println();

    Offence fraud = request.offences().get(0);
    Offence laundering =
        Offence.builder()
            .domesticDescription("Money laundering (Art. 287 Criminal Code)")
            .addLaunderingOffences(LaunderingOffence.CONVERSION_OR_TRANSFER)
            .build();
    out.println("Grounds on which Austria may refuse preservation (BC 29(4)-(5)):");
    printGrounds("  for computer-related fraud (BC 8)", fraud, reservation);
    printGrounds("  for laundering only          ", laundering, reservation);
    out.println();

    runTheCase(registry, request);
  }

  /** The request's life: sent, received, preserved; what may happen next; when preservation ends. */
  private void runTheCase(PartyRegistry registry, PreservationRequest request) {
    Clock clock = Clock.fixed(TODAY.atTime(9, 30).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    Environment environment = new Environment(registry, clock, VIENNA_TIME);
    var workflow = PreservationWorkflow.WORKFLOW;
    var caseFile = workflow.open(request);
    Authority albania = request.header().requestingAuthority();
    Authority austria = request.header().requestedAuthority().orElseThrow();
    caseFile = step(workflow, caseFile, PreservationAction.SUBMIT, albania, environment);
    caseFile = step(workflow, caseFile, PreservationAction.RECEIVE, austria, environment);
    caseFile = step(workflow, caseFile, PreservationAction.PRESERVE, austria, environment);
    out.println("The case, step by step:");
    for (HistoryEvent<PreservationStatus, PreservationAction> e : caseFile.history()) {
      out.printf("  v%d %-8s by %s: %s -> %s (%s)%n", e.version(), e.action(), e.actor().party(), e.from(), e.to(), e.citation());
    }
    out.printf(
        "  Preserved until %s, Vienna time (BC 29(7): at least 60 days)%n",
        PreservationDeadlines.expiry(caseFile, environment)
            .orElseThrow()
            .atZone(VIENNA)
            .toLocalDateTime());
    out.println("What may happen next, and why not the rest:");
    List<PreservationAction> notProvided = new java.util.ArrayList<>();
    for (ActionExplanation<PreservationStatus, PreservationAction> answer : workflow.explain(caseFile, environment)) {
      if (answer.allowed()) {
        out.printf("  %-18s allowed (%s)%n", answer.action(), answer.citation().orElseThrow());
      } else if (answer.target().isEmpty()) {
        notProvided.add(answer.action());
      } else {
        Violation why = answer.violations().get(0);
        out.printf("  %-18s not now: %s (%s)%n", answer.action(), why.message().english(), why.citation());
      }
    }
    out.printf("  Not steps of the procedure from %s: %s%n", caseFile.status(), notProvided);
  }

  private static final ZoneId VIENNA = ZoneId.of("Europe/Vienna");

  private static final DomesticPolicy VIENNA_TIME =
      new DomesticPolicy() {
        @Override
        public ZoneId timeZone(Party party) {
          return party.equals(AUSTRIA) ? VIENNA : ZoneOffset.UTC;
        }
      };

  private CaseFile<PreservationRequest, PreservationStatus, PreservationAction> step(
      Workflow<PreservationRequest, PreservationStatus, PreservationAction> workflow,
      CaseFile<PreservationRequest, PreservationStatus, PreservationAction> caseFile,
      PreservationAction action,
      Authority actor,
      Environment environment) {
    Command<PreservationAction> command =
        Command.<PreservationAction>builder()
            .id(action.name().toLowerCase(java.util.Locale.ROOT) + "-1")
            .action(action)
            .expectedVersion(caseFile.version())
            .actor(actor)
            .build();
    var outcome = workflow.apply(caseFile, command, environment);
    if (!outcome.isApplied()) {
      throw new IllegalStateException("The showcase's step " + action + " was not applied: " + outcome.violations());
    }
    return outcome.caseFile();
  }

  private void print(List<Violation> violations) {
    for (Violation v : violations) {
      out.printf("  %-12s %-32s %s%n", v.citation(), v.field(), v.message().english());
    }
    if (!violations.isEmpty()) {
      Violation first = violations.get(0);
      out.printf("  (en français : %s)%n", first.message().in(Language.FRENCH));
    }
  }

  private void printGrounds(String label, Offence offence, boolean reservation) {
    Set<GroundForRefusal> grounds =
        RefusalGrounds.available(
            org.treatyflow.model.common.RequestFamily.EXPEDITED_PRESERVATION,
            false,
            offence,
            reservation);
    StringBuilder line = new StringBuilder(label).append(":");
    for (GroundForRefusal ground : grounds) {
      line.append(' ').append(ground.code()).append(" (").append(ground.citations().get(0)).append(')');
    }
    out.println(line);
  }

  static RequestHeader header(String id) {
    return RequestHeader.builder()
        .id(RequestId.of(id))
        .requestingParty(ALBANIA)
        .requestedParty(AUSTRIA)
        .requestingAuthority(
            Authority.of(ALBANIA, AuthorityRole.POINT_OF_CONTACT_24_7, "State Police, Cybercrime Sector"))
        .requestedAuthority(
            Authority.of(AUSTRIA, AuthorityRole.POINT_OF_CONTACT_24_7, "Federal Criminal Police Office"))
        .channel(Channel.NETWORK_24_7)
        .dateOfRequest(TODAY)
        .urgency(Urgency.URGENT)
        .language(Language.ENGLISH)
        .addLegalBasis(BUDAPEST.cite(29))
        .build();
  }

  static Offence computerFraud() {
    return Offence.builder()
        .domesticDescription("Computer fraud (Art. 143/a Criminal Code)")
        .domesticProvision("Criminal Code of Albania, Art. 143/a")
        .addBudapestOffences(BudapestOffence.BC8_COMPUTER_FRAUD)
        .build();
  }

  static PreservationRequest draft() {
    return PreservationRequest.builder()
        .header(header("AL-SP-2026-0117"))
        .addOffences(computerFraud())
        .addDataToPreserve(
            DataItem.builder()
                .category(DataCategory.TRAFFIC_DATA)
                .description("Access logs of the web server hosting the shop")
                .build())
        .build();
  }

  static PreservationRequest completed() {
    return PreservationRequest.builder()
        .header(header("AL-SP-2026-0118"))
        .addOffences(computerFraud())
        .facts(
            Facts.builder()
                .summary("Since January 2026 Arben Krasniqi ran a fake electronics shop and took"
                    + " prepayments from 214 buyers in Albania.")
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
                .build(),
            DataItem.builder()
                .category(DataCategory.SUBSCRIBER_INFORMATION)
                .description("Customer record of the hosting account")
                .selector("customer no. 88213")
                .relationToOffence("The account holder operates the shop")
                .build())
        .custodianOrLocation("Example Hosting GmbH, Vienna")
        .necessity("The provider deletes access logs after 30 days.")
        .intendsMutualAssistanceFollowUp(true)
        .build();
  }
}
