package org.treatyflow.workflow.financial;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.treatyflow.model.asset.Asset;
import org.treatyflow.model.asset.BankAccount;
import org.treatyflow.model.asset.Iban;
import org.treatyflow.model.common.Authority;
import org.treatyflow.model.common.AuthorityRole;
import org.treatyflow.model.common.Channel;
import org.treatyflow.model.common.Facts;
import org.treatyflow.model.common.Language;
import org.treatyflow.model.common.LaunderingOffence;
import org.treatyflow.model.common.Offence;
import org.treatyflow.model.common.Party;
import org.treatyflow.model.common.RequestFamily;
import org.treatyflow.model.common.RequestHeader;
import org.treatyflow.model.common.RequestId;
import org.treatyflow.model.common.UseCondition;
import org.treatyflow.model.financial.BankAccountInformationRequest;
import org.treatyflow.model.financial.BankingTransactionInformationRequest;
import org.treatyflow.model.financial.BankingTransactionMonitoringRequest;
import org.treatyflow.model.financial.InvestigativeAssistanceRequest;
import org.treatyflow.model.financial.TracingAspect;
import org.treatyflow.model.financial.WarsawRequestContent;
import org.treatyflow.model.person.Person;
import org.treatyflow.model.person.PersonRole;
import org.treatyflow.model.refusal.GroundForPostponement;
import org.treatyflow.model.refusal.GroundForRefusal;
import org.treatyflow.model.refusal.InadmissibleReason;
import org.treatyflow.model.registry.PartyRegistry;
import org.treatyflow.model.reply.Acknowledgement;
import org.treatyflow.model.reply.AmendmentRequest;
import org.treatyflow.model.reply.ConditionalGrant;
import org.treatyflow.model.reply.ExecutionReport;
import org.treatyflow.model.reply.Postponement;
import org.treatyflow.model.reply.Refusal;
import org.treatyflow.model.reply.ReplyHeader;
import org.treatyflow.model.reply.ResultTransmission;
import org.treatyflow.testkit.workflow.SimulatedClock;
import org.treatyflow.workflow.Command;
import org.treatyflow.workflow.DomesticPolicy;
import org.treatyflow.workflow.Environment;
import org.treatyflow.workflow.assistance.AssistanceAction;

/**
 * Section 2 requests of the Warsaw Convention from the Netherlands to Poland, both bound by it
 * since 2008 in the bundled registry (CONVENTIONS.md §8.3), and the replies the Polish central
 * authority gives. Poland counts its time limits in Europe/Warsaw.
 */
final class FinancialFixtures {
  static final Party NETHERLANDS = Party.of("NL");
  static final Party POLAND = Party.of("PL");
  /** Not a Party to the Warsaw Convention in the bundled registry. */
  static final Party UNITED_STATES = Party.of("US");
  static final Authority DUTCH_CENTRAL_AUTHORITY =
      Authority.of(NETHERLANDS, AuthorityRole.CENTRAL_AUTHORITY, "Ministry of Justice and Security");
  static final Authority POLISH_CENTRAL_AUTHORITY =
      Authority.of(POLAND, AuthorityRole.CENTRAL_AUTHORITY, "Ministry of Justice");
  static final Authority US_CENTRAL_AUTHORITY =
      Authority.of(UNITED_STATES, AuthorityRole.CENTRAL_AUTHORITY, "Office of International Affairs");
  static final ZoneId WARSAW_TIME = ZoneId.of("Europe/Warsaw");
  static final Instant START = Instant.parse("2026-03-02T09:00:00Z");
  static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
  static final RequestId ID = RequestId.of("NL-OM-2026-0412");
  /** The monitoring period of the WC 19 fixture: the second quarter of 2026. */
  static final LocalDate MONITORING_FROM = LocalDate.of(2026, 4, 1);
  static final LocalDate MONITORING_TO = LocalDate.of(2026, 6, 30);
  /** An instant after every period of the fixtures. */
  static final Instant AFTER_ALL_PERIODS = Instant.parse("2026-07-15T09:00:00Z");

  private FinancialFixtures() {}

  /** What varies between the requests of the tests. */
  record Spec(Party requestedParty, boolean coercive, List<Offence> offences, boolean confidential) {
    static Spec standard() {
      return new Spec(POLAND, false, List.of(laundering()), false);
    }

    Spec to(Party party) {
      return new Spec(party, coercive, offences, confidential);
    }

    Spec coercive(boolean value) {
      return new Spec(requestedParty, value, offences, confidential);
    }

    Spec offences(Offence... value) {
      return new Spec(requestedParty, coercive, List.of(value), confidential);
    }

    Spec confidential(boolean value) {
      return new Spec(requestedParty, coercive, offences, value);
    }
  }

  static Offence laundering() {
    return Offence.builder()
        .domesticDescription("Money laundering (Art. 420bis Wetboek van Strafrecht)")
        .addLaunderingOffences(LaunderingOffence.CONVERSION_OR_TRANSFER)
        .build();
  }

  static Offence terroristFinancing() {
    return Offence.builder()
        .domesticDescription("Financing of terrorism (Art. 421 Wetboek van Strafrecht)")
        .financingOfTerrorism(true)
        .build();
  }

  static Offence taxFraud() {
    return Offence.builder()
        .domesticDescription("Value added tax fraud (Art. 69 Algemene wet inzake rijksbelastingen)")
        .fiscal(true)
        .build();
  }

  static Authority centralAuthority(Party party) {
    if (party.equals(POLAND)) {
      return POLISH_CENTRAL_AUTHORITY;
    }
    if (party.equals(NETHERLANDS)) {
      return DUTCH_CENTRAL_AUTHORITY;
    }
    return party.equals(UNITED_STATES)
        ? US_CENTRAL_AUTHORITY
        : Authority.of(party, AuthorityRole.CENTRAL_AUTHORITY, "Central authority");
  }

  static RequestHeader header(RequestFamily family, Spec spec) {
    return RequestHeader.builder()
        .id(ID)
        .requestingParty(NETHERLANDS)
        .requestedParty(spec.requestedParty())
        .requestingAuthority(DUTCH_CENTRAL_AUTHORITY)
        .requestedAuthority(centralAuthority(spec.requestedParty()))
        .channel(Channel.CENTRAL_AUTHORITY)
        .dateOfRequest(TODAY)
        .language(Language.ENGLISH)
        .addLegalBasis(family.legalBasis().get(0))
        .confidentialityRequested(spec.confidential())
        .build();
  }

  static Person suspect() {
    return Person.builder()
        .role(PersonRole.SUSPECT)
        .kind(Person.Kind.NATURAL)
        .name("Zq Pieter de Vries")
        .nationality(NETHERLANDS)
        .build();
  }

  static WarsawRequestContent content(Spec spec) {
    WarsawRequestContent.Builder content =
        WarsawRequestContent.builder()
            .objectAndReason("To trace the takings of a laundering scheme moved to Polish accounts.")
            .facts(Facts.summary("Between 2024 and 2025 the suspect moved the takings of sham invoices to Poland."))
            .coercive(spec.coercive())
            .addPersons(suspect());
    if (spec.coercive()) {
      content.statutoryProvisions("Art. 420bis and 126a Wetboek van Strafrecht").measureAvailableAtHome(true);
    }
    return content.build();
  }

  static BankAccount account() {
    return BankAccount.builder().iban(Iban.of("PL61109010140000071219812874")).bankName("Example Bank Polska").build();
  }

  static InvestigativeAssistanceRequest investigative(Spec spec) {
    return InvestigativeAssistanceRequest.builder()
        .header(header(RequestFamily.INVESTIGATIVE_ASSISTANCE, spec))
        .content(content(spec))
        .addAllOffences(spec.offences())
        .addPropertyKinds(Asset.Kind.BANK_ACCOUNT, Asset.Kind.REAL_ESTATE)
        .addPropertyDescriptions("Flats bought in Kraków with the takings")
        .addAspects(TracingAspect.LOCATION_OR_MOVEMENT, TracingAspect.LEGAL_STATUS)
        .build();
  }

  static BankAccountInformationRequest bankAccount(Spec spec) {
    return BankAccountInformationRequest.builder()
        .header(header(RequestFamily.BANK_ACCOUNT_INFORMATION, spec))
        .content(content(spec))
        .addAllOffences(spec.offences())
        .substantialValueReason("The accounts would show where the takings went.")
        .presumptionReason("The sham invoices named Polish banks for payment.")
        .addBanks("Example Bank Polska")
        .build();
  }

  static BankingTransactionInformationRequest transactions(Spec spec) {
    return BankingTransactionInformationRequest.builder()
        .header(header(RequestFamily.BANKING_TRANSACTION_INFORMATION, spec))
        .content(content(spec))
        .addAllOffences(spec.offences())
        .addAccounts(account())
        .periodStart(LocalDate.of(2024, 1, 1))
        .periodEnd(LocalDate.of(2025, 12, 31))
        .relevance("The operations would show who received the takings.")
        .build();
  }

  static BankingTransactionMonitoringRequest monitoring(Spec spec) {
    return BankingTransactionMonitoringRequest.builder()
        .header(header(RequestFamily.BANKING_TRANSACTION_MONITORING, spec))
        .content(content(spec))
        .addAllOffences(spec.offences())
        .addAccounts(account())
        .periodStart(MONITORING_FROM)
        .periodEnd(MONITORING_TO)
        .relevance("Further payments from the sham invoices are expected this spring.")
        .build();
  }

  /** Poland counts in Europe/Warsaw, the Netherlands in Europe/Amsterdam. */
  static final DomesticPolicy POLICY =
      new DomesticPolicy() {
        @Override
        public ZoneId timeZone(Party party) {
          if (party.equals(POLAND)) {
            return WARSAW_TIME;
          }
          return party.equals(NETHERLANDS) ? ZoneId.of("Europe/Amsterdam") : ZoneOffset.UTC;
        }
      };

  static Environment environment(SimulatedClock clock) {
    return new Environment(PartyRegistry.bundled(), clock, POLICY);
  }

  static Command<AssistanceAction> command(String id, AssistanceAction action, long version, Authority actor) {
    return Command.<AssistanceAction>builder().id(id).action(action).expectedVersion(version).actor(actor).build();
  }

  static Command<AssistanceAction> command(
      String id, AssistanceAction action, long version, Authority actor, org.treatyflow.model.reply.Reply reply) {
    return Command.<AssistanceAction>builder()
        .id(id)
        .action(action)
        .expectedVersion(version)
        .actor(actor)
        .reply(reply)
        .build();
  }

  /** A reply header from the Polish central authority to the Netherlands (or back, if {@code fromRequesting}). */
  static ReplyHeader replyHeader(RequestFamily family, boolean fromRequesting) {
    Authority from = fromRequesting ? DUTCH_CENTRAL_AUTHORITY : POLISH_CENTRAL_AUTHORITY;
    Party to = fromRequesting ? POLAND : NETHERLANDS;
    return ReplyHeader.builder()
        .id(RequestId.of("REPLY-" + from.party().code() + "-0001"))
        .answersRequest(ID)
        .family(family)
        .fromParty(from.party())
        .fromAuthority(from)
        .toParty(to)
        .date(TODAY)
        .channel(Channel.CENTRAL_AUTHORITY)
        .build();
  }

  static Acknowledgement acknowledgement(RequestFamily family, boolean described) {
    Acknowledgement.Builder ack =
        Acknowledgement.builder().header(replyHeader(family, false)).receivedOn(TODAY).actionInitiated(true);
    if (described) {
      ack.actionDescription("The banks were asked for the records.");
    }
    return ack.build();
  }

  /** A refusal on {@code grounds}, without reasons and without a partial grant considered. */
  static Refusal.Builder bareRefusal(RequestFamily family, GroundForRefusal... grounds) {
    return Refusal.builder().header(replyHeader(family, false)).addGrounds(grounds);
  }

  /** A complete refusal on {@code grounds}. */
  static Refusal.Builder refusal(RequestFamily family, GroundForRefusal... grounds) {
    return bareRefusal(family, grounds)
        .reasons("Execution would conflict with the requested Party's law in this case.")
        .partialGrantConsidered(true);
  }

  static Refusal refusalForBankSecrecy(RequestFamily family) {
    return refusal(family, GroundForRefusal.WC_FUNDAMENTAL_PRINCIPLES)
        .addObstaclesInvoked(InadmissibleReason.BANK_SECRECY)
        .build();
  }

  /** A postponement with only its header. */
  static Postponement.Builder barePostponement(RequestFamily family) {
    return Postponement.builder().header(replyHeader(family, false));
  }

  static final String POSTPONEMENT_REASONS = "A Polish investigation into the same accounts would be disclosed.";

  /** A complete postponement (WC 29, 30, 40). */
  static Postponement.Builder postponement(RequestFamily family) {
    return barePostponement(family)
        .ground(GroundForPostponement.WC_OWN_PROCEEDINGS)
        .reasons(POSTPONEMENT_REASONS)
        .partialGrantConsidered(true);
  }

  /** A grant under conditions as for search and seizure and on use, without reasons. */
  static ConditionalGrant.Builder unreasonedConditionalGrant(RequestFamily family) {
    return ConditionalGrant.builder()
        .header(replyHeader(family, false))
        .addUseConditions(UseCondition.NO_OTHER_USE_WITHOUT_CONSENT)
        .addOtherConditions("A Polish court order, as for a search and seizure, is obtained first.");
  }

  /** A complete conditional grant (WC 30, 40). */
  static ConditionalGrant.Builder conditionalGrant(RequestFamily family) {
    return unreasonedConditionalGrant(family)
        .reasons("Polish law subjects access to banking records to the conditions of a seizure.");
  }

  static AmendmentRequest amendment(RequestFamily family, LocalDate timeLimit) {
    AmendmentRequest.Builder amendment =
        AmendmentRequest.builder().header(replyHeader(family, false)).addMissingItems("The dates of the invoices");
    if (timeLimit != null) {
      amendment.timeLimit(timeLimit);
    }
    return amendment.build();
  }

  static ExecutionReport report(RequestFamily family, ExecutionReport.Outcome outcome, boolean detailed) {
    ExecutionReport.Builder report = ExecutionReport.builder().header(replyHeader(family, false)).outcome(outcome);
    if (detailed) {
      report.details("The bank is migrating its records; answers will come late.");
    }
    return report.build();
  }

  static ResultTransmission result(RequestFamily family, Set<UseCondition> conditions) {
    return ResultTransmission.builder()
        .header(replyHeader(family, false))
        .addDocuments("Statements of the accounts held by the suspect")
        .addAllUseConditions(conditions)
        .build();
  }
}
