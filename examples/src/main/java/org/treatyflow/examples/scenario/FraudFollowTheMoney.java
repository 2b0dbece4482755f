package org.treatyflow.examples.scenario;

import static com.google.common.base.Preconditions.checkState;
import static org.treatyflow.model.common.Instrument.WARSAW;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.treatyflow.model.asset.Amount;
import org.treatyflow.model.asset.AssetCode;
import org.treatyflow.model.asset.BankAccount;
import org.treatyflow.model.asset.Iban;
import org.treatyflow.model.common.Authority;
import org.treatyflow.model.common.AuthorityRole;
import org.treatyflow.model.common.BudapestOffence;
import org.treatyflow.model.common.Channel;
import org.treatyflow.model.common.AppendixCategory;
import org.treatyflow.model.common.Facts;
import org.treatyflow.model.common.Language;
import org.treatyflow.model.common.LaunderingOffence;
import org.treatyflow.model.common.Offence;
import org.treatyflow.model.common.Party;
import org.treatyflow.model.common.Request;
import org.treatyflow.model.common.RequestFamily;
import org.treatyflow.model.common.RequestHeader;
import org.treatyflow.model.common.RequestId;
import org.treatyflow.model.common.Urgency;
import org.treatyflow.model.common.UseCondition;
import org.treatyflow.model.confiscation.ConfiscationKind;
import org.treatyflow.model.confiscation.ConfiscationMode;
import org.treatyflow.model.confiscation.ConfiscationRequest;
import org.treatyflow.model.financial.BankingTransactionInformationRequest;
import org.treatyflow.model.financial.BankingTransactionMonitoringRequest;
import org.treatyflow.model.financial.WarsawRequestContent;
import org.treatyflow.model.fiu.FiuInformationRequest;
import org.treatyflow.model.fiu.FiuPostponementRequest;
import org.treatyflow.model.fiu.Transaction;
import org.treatyflow.model.person.Person;
import org.treatyflow.model.person.PersonRole;
import org.treatyflow.model.provisional.ProvisionalMeasure;
import org.treatyflow.model.provisional.ProvisionalMeasureRequest;
import org.treatyflow.model.refusal.GroundForRefusal;
import org.treatyflow.model.refusal.InadmissibleReason;
import org.treatyflow.model.registry.PartyRegistry;
import org.treatyflow.model.reply.Acceptance;
import org.treatyflow.model.reply.Acknowledgement;
import org.treatyflow.model.reply.ConditionalGrant;
import org.treatyflow.model.reply.InformationNotice;
import org.treatyflow.model.reply.NoticeKind;
import org.treatyflow.model.reply.Refusal;
import org.treatyflow.model.reply.Reply;
import org.treatyflow.model.reply.ReplyHeader;
import org.treatyflow.model.reply.ResultTransmission;
import org.treatyflow.workflow.DomesticPolicy;
import org.treatyflow.workflow.Workflow;
import org.treatyflow.workflow.assistance.AssistanceAction;
import org.treatyflow.workflow.assistance.AssistanceStatus;
import org.treatyflow.workflow.catalog.WorkflowCatalog;
import org.treatyflow.workflow.financial.BankingTransactionMonitoringWorkflow;
import org.treatyflow.workflow.fiu.FiuDeadlines;
import org.treatyflow.workflow.fiu.FiuExchangeAction;
import org.treatyflow.workflow.fiu.FiuExchangeStatus;
import org.treatyflow.workflow.fiu.FiuPostponementAction;
import org.treatyflow.workflow.fiu.FiuPostponementStatus;

/**
 * Follow the money: an online fraud in the Netherlands, money mules in Albania, and the Warsaw
 * Convention from the first call between Financial Intelligence Units to the confiscation of what
 * was left. A fictional case; the institutions are real, the persons, accounts and figures are not.
 *
 * <p><b>The fraud.</b> From January to the end of February 2026, callers posing as the fraud desk
 * of Dutch banks talk 41 customers into moving their savings to "safe accounts": computer-related
 * fraud (BC 8). The safe accounts are three euro accounts at Albanian banks, opened by recruited
 * money mules, who pass the money on in cash or to the account of a Tirana company controlled by the
 * organiser. The Dutch banks report the transfers to FIU-the Netherlands.
 *
 * <ol>
 *   <li><b>FIU to FIU (WC 46).</b> On Monday 2 March 2026 FIU-the Netherlands asks the Albanian FIU
 *       what it knows of the three accounts, stating the facts and the intended use (WC 46(4)). The
 *       next day the Albanian FIU provides it, under the condition that it is used for analysis only
 *       (WC 46(5), 46(7)-(8)): one mule account still holds EUR 48,750, and an outgoing transfer of EUR
 *       48,700 abroad is queued.
 *   <li><b>Postponing the transfer (WC 47).</b> Within the hour the Dutch FIU asks the Albanian FIU
 *       to withhold consent to that transfer, justifying both conditions of WC 47(2). The Albanian
 *       FIU postpones it for the period of its domestic law (WC 47(1) sets none; this story assumes
 *       five days, see {@link #DOMESTIC_POLICY}); the timeline shows when the postponement ends. The
 *       Dutch FIU then asks consent to hand the information to the Public Prosecution Service for
 *       the criminal investigation (WC 46(7)); the Albanian FIU gives it (WC 46(9) would let it
 *       refuse only on narrow grounds, and with an explanation).
 *   <li><b>Bank records and monitoring (WC 18, 19).</b> The Dutch central authority asks for the
 *       particulars of the three accounts and of every operation through them in the fraud period,
 *       with the sending and receiving accounts (WC 18(1)), and for the accounts to be monitored for
 *       two months (WC 19). Both ask for confidentiality, so that the mules are not tipped off (WC
 *       43(1)).
 *   <li><b>Bank secrecy is no ground (WC 28(7)).</b> The Tirana prosecutor, relaying a bank's
 *       objection, tries to refuse the WC 18 request: the bank-secrecy provisions of its banking law
 *       are, it says, fundamental principles of its legal system (WC 28(1)(a)). The workflow rejects
 *       the refusal: bank secrecy may not be invoked to refuse cooperation; a Party may only require
 *       that lifting it be authorised by a judicial authority, and this request comes from a
 *       prosecutor's investigation. Having had to consider a conditional grant before refusing (WC
 *       30), the prosecutor grants the request under the condition that the records are used for
 *       these proceedings only (WC 18(4), 42(1)); the Netherlands accepts it, and the results carry
 *       it. The monitoring is accepted without conditions.
 *   <li><b>Freezing (WC 21).</b> The Dutch public prosecutor, criminal proceedings instituted (WC
 *       21(1)), sends an urgent request directly to the Tirana prosecutor (WC 34(2)) to freeze the
 *       mule account and the company account, securing a value confiscation up to the whole loss
 *       (WC 37(2)). The freezing is in force before the postponement runs out: the Albanian FIU
 *       then records that the freezing request has taken over from the postponement, naming it
 *       (WC 21; the conversion is the library's modelling suggestion, marked unverified).
 *   <li><b>Results.</b> The bank records arrive within three weeks (WC 41(1)(b)); the monitoring
 *       sends interim results and then its final results once its period is over (WC 19).
 *   <li><b>Value confiscation (WC 23(1)(a), 23(3)).</b> In November the Rotterdam District Court
 *       convicts the organiser and orders him to pay EUR 286,400, the value of the proceeds; the
 *       prosecutor tells Albania at once (WC 22(1)). Once the order is final, the Netherlands asks
 *       Albania to enforce it, attesting that it is enforceable and not open to ordinary appeal (WC
 *       37(3)). The Tirana court enforces it on the frozen balances, EUR 131,250, within the order's
 *       amount (WC 26(2)); the Netherlands then tells Albania that the freezing is no longer needed,
 *       which lifts it (WC 41(2)(b)). Returning the money to the victims would be a further request
 *       (WC 25(2)) and is not told here.
 * </ol>
 *
 * <p>Both Parties are bound by the Warsaw Convention in the bundled registry, on verified rows:
 * Albania since 1 May 2008, the Netherlands (European part) since 1 December 2008. Each case runs
 * through its family's workflow, found with {@link WorkflowCatalog#of}; every request is complete
 * before it is sent, and every reply a step needs is sent as a document.
 *
 * <p>The FIU postponement ends by conversion into the request for provisional measures, not by
 * lapse of time: the step names the freezing request as its follow-up ({@link
 * ScenarioRun.Case#stepWithFollowUp}), which the workflow requires (WC_21_PROVISIONAL_MEASURE_NAMED).
 *
 * <p>Legal basis: WC 18, 19, 21-23, 26, 28, 30, 34, 37, 41-43, 46, 47; BC 8 for the offence.
 */
public final class FraudFollowTheMoney implements Scenario {
  /** The scenario's name on the command line. */
  public static final String NAME = "fraud-follow-the-money";

  /** When the story starts: Monday 2 March 2026, 09:00 in Amsterdam. */
  public static final Instant START = Instant.parse("2026-03-02T08:00:00Z");

  /**
   * How long the Albanian FIU may withhold consent to a transaction in this story. WC 47(1) leaves
   * the period to the requested Party's domestic law; five days is the story's assumption, not a
   * statement of Albanian law.
   */
  public static final Duration POSTPONEMENT_PERIOD = Duration.ofDays(5);

  /**
   * The domestic law the story assumes: each Party counts its periods in its own time zone, and the
   * Albanian FIU postpones a transaction for {@link #POSTPONEMENT_PERIOD}. Build a replay's
   * environment with it.
   */
  public static final DomesticPolicy DOMESTIC_POLICY = new StoryPolicy();

  /** The exchange between the FIUs, named as the timeline and its journal file show it. */
  public static final String FIU_EXCHANGE = "WC 46 FIU exchange NL-AL";

  /** The FIU postponement of the queued transfer. */
  public static final String POSTPONEMENT = "WC 47 postponement NL-AL";

  /** The request for the bank records. */
  public static final String BANK_RECORDS = "WC 18 banking transactions NL-AL";

  /** The request to monitor the accounts. */
  public static final String MONITORING = "WC 19 monitoring NL-AL";

  /** The request to freeze the balances. */
  public static final String FREEZING = "WC 21 freezing NL-AL";

  /** The request to enforce the value confiscation order. */
  public static final String CONFISCATION = "WC 23 value confiscation NL-AL";

  static final Party NETHERLANDS = Party.of("NL");
  static final Party ALBANIA = Party.of("AL");

  static final Authority NL_FIU =
      Authority.of(NETHERLANDS, AuthorityRole.FINANCIAL_INTELLIGENCE_UNIT, "FIU-the Netherlands");
  static final Authority NL_CENTRAL_AUTHORITY =
      Authority.of(
          NETHERLANDS,
          AuthorityRole.CENTRAL_AUTHORITY,
          "Ministry of Justice and Security, International Legal Assistance in Criminal Matters");
  static final Authority NL_PROSECUTOR =
      Authority.of(NETHERLANDS, AuthorityRole.PROSECUTOR, "Public Prosecution Service, Rotterdam");
  static final Authority AL_FIU =
      Authority.of(
          ALBANIA,
          AuthorityRole.FINANCIAL_INTELLIGENCE_UNIT,
          "General Directorate for the Prevention of Money Laundering");
  static final Authority AL_CENTRAL_AUTHORITY =
      Authority.of(ALBANIA, AuthorityRole.CENTRAL_AUTHORITY, "Ministry of Justice");
  static final Authority AL_PROSECUTOR =
      Authority.of(
          ALBANIA, AuthorityRole.PROSECUTOR, "Prosecution Office of the Judicial District of Tirana");

  private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
  private static final ZoneId TIRANA = ZoneId.of("Europe/Tirane");
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  /** The whole loss, which the court orders the organiser to pay (value of the proceeds). */
  static final Amount LOSS = Amount.of("286400.00", AssetCode.EUR);

  /** What the Tirana court realises on the frozen balances. */
  static final Amount REALISED = Amount.of("131250.00", AssetCode.EUR);

  /** The scenario; it holds no state, every {@link #run()} tells the story afresh. */
  public FraudFollowTheMoney() {}

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String title() {
    return "Online fraud with money mules: FIU exchange and postponement, bank records and"
        + " monitoring, a bank-secrecy refusal rejected, freezing and value confiscation"
        + " (Netherlands and Albania, Warsaw Convention)";
  }

  @Override
  public ScenarioRecord run() {
    Story story =
        new Story(new ScenarioRun(NAME, title(), START, PartyRegistry.bundled(), DOMESTIC_POLICY));
    story.fiusExchangeInformation();
    story.fiuPostponesTheTransfer();
    story.prosecutionAsksForBankRecordsAndMonitoring();
    story.bankSecrecyIsNoGround();
    story.freezing();
    story.freezingTakesOverFromThePostponement();
    story.bankRecordsAndMonitoringResults();
    story.valueConfiscation();
    return story.run.finish();
  }

  /** The story's assumptions on domestic law (see {@link #DOMESTIC_POLICY}). */
  private static final class StoryPolicy implements DomesticPolicy {
    @Override
    public ZoneId timeZone(Party party) {
      if (party.equals(NETHERLANDS)) {
        return AMSTERDAM;
      }
      return party.equals(ALBANIA) ? TIRANA : ZoneOffset.UTC;
    }

    @Override
    public Optional<Duration> transactionPostponementPeriod(Party party) {
      return party.equals(ALBANIA) ? Optional.of(POSTPONEMENT_PERIOD) : Optional.empty();
    }
  }

  /** One telling of the story: the run and its cases, step by step in time order. */
  private static final class Story {
    private final ScenarioRun run;
    private ScenarioRun.Case<FiuInformationRequest, FiuExchangeStatus, FiuExchangeAction> exchange;
    private ScenarioRun.Case<FiuPostponementRequest, FiuPostponementStatus, FiuPostponementAction>
        postponement;
    private ScenarioRun.Case<BankingTransactionInformationRequest, AssistanceStatus, AssistanceAction>
        bankRecords;
    private ScenarioRun.Case<BankingTransactionMonitoringRequest, AssistanceStatus, AssistanceAction>
        monitoring;
    private ScenarioRun.Case<ProvisionalMeasureRequest, AssistanceStatus, AssistanceAction> freezing;
    private ScenarioRun.Case<ConfiscationRequest, AssistanceStatus, AssistanceAction> confiscation;

    Story(ScenarioRun run) {
      this.run = run;
    }

    /** Day 1-2: the Dutch FIU asks, the Albanian FIU provides (WC 46). */
    void fiusExchangeInformation() {
      exchange =
          run.open(
              FIU_EXCHANGE,
              workflow(
                  RequestFamily.FIU_INFORMATION_EXCHANGE, FiuExchangeStatus.class, FiuExchangeAction.class),
              Requests.fiuInformation(today(NETHERLANDS)));
      exchange.step(
          FiuExchangeAction.SEND,
          NL_FIU,
          "FIU-the Netherlands asks what is known of the three Albanian accounts the victims paid into");

      run.passHours(26); // Tuesday 3 March, 10:00 UTC
      exchange.step(
          FiuExchangeAction.PROVIDE,
          AL_FIU,
          ResultTransmission.builder()
              .header(answer(exchange, AL_FIU, "AL-DPPPP-2026-0093"))
              .addDocuments(
                  "Holders, opening dates, balances and flows of the three accounts, 6 January to 2"
                      + " March 2026: EUR 231,900 received from 38 Dutch accounts, EUR 97,300"
                      + " withdrawn in cash, EUR 76,400 moved to the account of a Tirana company")
              .addDocuments(
                  "The second account holds EUR 48,750; an outgoing transfer of EUR 48,700 to an"
                      + " account abroad is queued for tomorrow")
              .addUseConditions(UseCondition.NO_OTHER_USE_WITHOUT_CONSENT)
              .build(),
          "The Albanian FIU provides the information, for analysis only unless it consents");
    }

    /** Day 2-3: the queued transfer is postponed (WC 47); consent to criminal use (WC 46(7)). */
    void fiuPostponesTheTransfer() {
      run.passHours(1); // 11:00
      postponement =
          run.open(
              POSTPONEMENT,
              workflow(
                  RequestFamily.FIU_POSTPONEMENT, FiuPostponementStatus.class, FiuPostponementAction.class),
              Requests.fiuPostponement(today(NETHERLANDS)));
      postponement.step(
          FiuPostponementAction.SEND,
          NL_FIU,
          "FIU-the Netherlands asks the Albanian FIU to withhold consent to the queued transfer");

      run.passHours(2); // 13:00
      postponement.step(
          FiuPostponementAction.POSTPONE,
          AL_FIU,
          "Satisfied on both counts, the Albanian FIU withholds consent to the transfer");
      Instant ends =
          FiuDeadlines.postponementEnds(postponement.caseFile(), run.environment()).orElseThrow();
      postponement.deadline(
          "The postponement ends " + WHEN.format(ends) + ", the requested Party's domestic period ("
              + WARSAW.cite(47, 1) + ")");

      run.passHours(3); // 16:00
      exchange.step(
          FiuExchangeAction.REQUEST_CONSENT_FOR_CRIMINAL_PROCEEDINGS,
          NL_FIU,
          "FIU-the Netherlands asks consent to pass the information to the Public Prosecution Service");

      run.passHours(17); // Wednesday 4 March, 09:00
      exchange.step(
          FiuExchangeAction.GRANT_CONSENT,
          AL_FIU,
          "The Albanian FIU consents to the use of its information in the criminal investigation");
    }

    /** Day 3-4: the Dutch central authority asks for bank records (WC 18) and monitoring (WC 19). */
    void prosecutionAsksForBankRecordsAndMonitoring() {
      run.passHours(5); // 14:00
      bankRecords =
          run.open(
              BANK_RECORDS,
              workflow(
                  RequestFamily.BANKING_TRANSACTION_INFORMATION,
                  AssistanceStatus.class,
                  AssistanceAction.class),
              Requests.bankingTransactions(today(NETHERLANDS)));
      bankRecords.step(
          AssistanceAction.SUBMIT,
          NL_CENTRAL_AUTHORITY,
          "The Netherlands asks for the particulars of the three accounts and of every operation"
              + " through them in the fraud period");

      run.passHours(1); // 15:00
      monitoring =
          run.open(
              MONITORING,
              workflow(
                  RequestFamily.BANKING_TRANSACTION_MONITORING,
                  AssistanceStatus.class,
                  AssistanceAction.class),
              Requests.monitoring(today(NETHERLANDS)));
      monitoring.step(
          AssistanceAction.SUBMIT,
          NL_CENTRAL_AUTHORITY,
          "The Netherlands asks for the three accounts and the company account to be monitored for"
              + " two months");

      run.passHours(18); // Thursday 5 March, 09:00
      bankRecords.step(
          AssistanceAction.RECEIVE,
          AL_CENTRAL_AUTHORITY,
          "The Albanian Ministry of Justice registers the request");
      monitoring.step(
          AssistanceAction.RECEIVE,
          AL_CENTRAL_AUTHORITY,
          "The Albanian Ministry of Justice registers the request");

      run.passHours(2); // 11:00
      bankRecords.step(
          AssistanceAction.ACKNOWLEDGE,
          AL_CENTRAL_AUTHORITY,
          acknowledgement(bankRecords, "AL-MJ-2026-1184"),
          "Albania acknowledges receipt and forwards the request to the Tirana prosecutor");
      monitoring.step(
          AssistanceAction.ACKNOWLEDGE,
          AL_CENTRAL_AUTHORITY,
          acknowledgement(monitoring, "AL-MJ-2026-1185"),
          "Albania acknowledges receipt and forwards the request to the Tirana prosecutor");
    }

    /** Day 4-5: a refusal on bank secrecy is rejected (WC 28(7)); a conditional grant instead (WC 30). */
    void bankSecrecyIsNoGround() {
      run.passHours(4); // 15:00
      Refusal onBankSecrecy =
          Refusal.builder()
              .header(answer(bankRecords, AL_PROSECUTOR, "AL-PRT-2026-0417"))
              .addGrounds(GroundForRefusal.WC_FUNDAMENTAL_PRINCIPLES)
              .addObstaclesInvoked(InadmissibleReason.BANK_SECRECY)
              .reasons(
                  "The bank keeping the accounts objects that the banking law protects the secrecy"
                      + " of its customers' accounts, a fundamental principle of the legal system.")
              .partialGrantConsidered(true)
              .build();
      bankRecords.attempt(
          AssistanceAction.REFUSE,
          AL_PROSECUTOR,
          Optional.<Reply>of(onBankSecrecy),
          "The Tirana prosecutor, relaying a bank's objection, tries to refuse on bank secrecy");

      run.passHours(1); // 16:00
      bankRecords.step(
          AssistanceAction.GRANT_CONDITIONALLY,
          AL_PROSECUTOR,
          ConditionalGrant.builder()
              .header(answer(bankRecords, AL_PROSECUTOR, "AL-PRT-2026-0418"))
              .addUseConditions(UseCondition.NO_OTHER_USE_WITHOUT_CONSENT)
              .reasons(
                  "The records are produced under a court order lifting bank secrecy for these"
                      + " proceedings; any other use needs the prior consent of Albania.")
              .build(),
          "Instead, the prosecutor grants the request on condition that the records serve these"
              + " proceedings only");

      run.passHours(1); // 17:00
      monitoring.step(
          AssistanceAction.ACCEPT,
          AL_PROSECUTOR,
          Acceptance.builder()
              .header(answer(monitoring, AL_PROSECUTOR, "AL-PRT-2026-0419"))
              .expectedExecutionBy(LocalDate.of(2026, 5, 15))
              .build(),
          "The prosecutor decides, case by case under Albanian law, to have the accounts monitored");

      run.passHours(15); // Friday 6 March, 08:00
      bankRecords.step(
          AssistanceAction.ACCEPT_CONDITIONS,
          NL_CENTRAL_AUTHORITY,
          "The Netherlands accepts the condition, which now binds it");
    }

    /** Day 5: an urgent request for freezing, judicial authority to judicial authority (WC 21, 34(2)). */
    void freezing() {
      run.passHours(1); // 09:00
      freezing =
          run.open(
              FREEZING,
              workflow(RequestFamily.PROVISIONAL_MEASURES, AssistanceStatus.class, AssistanceAction.class),
              Requests.freezing(today(NETHERLANDS)));
      freezing.step(
          AssistanceAction.SUBMIT,
          NL_PROSECUTOR,
          "The Rotterdam prosecutor sends an urgent request to freeze the mule account and the"
              + " company account");

      run.passHours(2); // 11:00
      freezing.step(AssistanceAction.RECEIVE, AL_PROSECUTOR, "The Tirana prosecutor registers the request");

      run.passHours(1); // 12:00
      freezing.step(
          AssistanceAction.ACKNOWLEDGE,
          AL_PROSECUTOR,
          acknowledgement(freezing, "AL-PRT-2026-0423"),
          "The Tirana prosecutor applies to the court for a freezing order");

      run.passHours(4); // 16:00
      freezing.step(
          AssistanceAction.ACCEPT,
          AL_PROSECUTOR,
          Acceptance.builder()
              .header(answer(freezing, AL_PROSECUTOR, "AL-PRT-2026-0424"))
              .build(),
          "The Tirana court orders the freezing; the request is accepted");

      run.passHours(2); // 18:00
      freezing.step(
          AssistanceAction.TAKE_MEASURE,
          AL_PROSECUTOR,
          InformationNotice.builder()
              .header(answer(freezing, AL_PROSECUTOR, "AL-PRT-2026-0425"))
              .kind(NoticeKind.ACTION_INITIATED)
              .details("Both banks have frozen the balances: EUR 48,750 and EUR 82,500.")
              .build(),
          "The banks freeze both balances before the postponement runs out");
    }

    /**
     * Day 5: the freezing order holds the funds before the postponement runs out; the postponement
     * gives way to the request for provisional measures, which it names (WC 21, unverified).
     */
    void freezingTakesOverFromThePostponement() {
      run.passHours(1); // 19:00
      Instant wouldEnd =
          FiuDeadlines.postponementEnds(postponement.caseFile(), run.environment()).orElseThrow();
      postponement
          .stepWithFollowUp(
              FiuPostponementAction.CONVERT_TO_PROVISIONAL_MEASURE,
              AL_FIU,
              freezing.caseFile().request().header().id(),
              "The Albanian FIU records that the freezing order now holds the funds: the request for"
                  + " provisional measures takes over from the postponement")
          .deadline("The postponement would have ended " + WHEN.format(wouldEnd));
    }

    /** March to May: the bank records (WC 18) and the monitoring over its period (WC 19). */
    void bankRecordsAndMonitoringResults() {
      run.passHours(61); // Monday 9 March, 08:00
      monitoring.step(
          AssistanceAction.START_EXECUTION,
          AL_PROSECUTOR,
          "The banks start reporting every operation through the four accounts");
      Instant monitoringEnds =
          BankingTransactionMonitoringWorkflow.monitoringEnds(monitoring.caseFile(), run.environment())
              .orElseThrow();
      monitoring.deadline(
          "Monitoring until the end of 8 May 2026, Tirana time: final results not before "
              + WHEN.format(monitoringEnds) + " (" + WARSAW.cite(19) + ")");
      bankRecords.step(
          AssistanceAction.START_EXECUTION,
          AL_PROSECUTOR,
          "The court's production order is served on the three banks");

      run.passDays(18).passHours(2); // Friday 27 March, 10:00
      bankRecords.step(
          AssistanceAction.TRANSMIT_RESULT,
          AL_CENTRAL_AUTHORITY,
          ResultTransmission.builder()
              .header(answer(bankRecords, AL_CENTRAL_AUTHORITY, "AL-MJ-2026-1302"))
              .addDocuments("Account-opening files of the three accounts")
              .addDocuments(
                  "Statements from 5 January to 3 March 2026 with the particulars of every sending"
                      + " and receiving account")
              .addUseConditions(UseCondition.NO_OTHER_USE_WITHOUT_CONSENT)
              .build(),
          "Albania sends the bank records, under the condition the Netherlands accepted");

      run.passDays(3); // Monday 30 March
      bankRecords.step(AssistanceAction.CLOSE, AL_CENTRAL_AUTHORITY, "Albania closes the request");

      run.passDays(10); // Thursday 9 April
      monitoring.step(
          AssistanceAction.TRANSMIT_INTERIM_RESULT,
          AL_CENTRAL_AUTHORITY,
          ResultTransmission.builder()
              .header(answer(monitoring, AL_CENTRAL_AUTHORITY, "AL-MJ-2026-1377"))
              .addDocuments(
                  "Operations from 9 March to 8 April 2026: two cash deposits on the company"
                      + " account, attempted logins to the frozen mule account")
              .build(),
          "Albania sends the first month's results while the monitoring goes on");

      run.passDays(31).passHours(22); // Monday 11 May, 08:00
      monitoring.step(
          AssistanceAction.TRANSMIT_RESULT,
          AL_CENTRAL_AUTHORITY,
          ResultTransmission.builder()
              .header(answer(monitoring, AL_CENTRAL_AUTHORITY, "AL-MJ-2026-1502"))
              .addDocuments("Operations from 9 April to 8 May 2026 on the four accounts")
              .build(),
          "The monitoring period over, Albania sends the final results");

      run.passDays(1);
      monitoring.step(AssistanceAction.CLOSE, AL_CENTRAL_AUTHORITY, "Albania closes the request");
    }

    /** November 2026 to April 2027: conviction, value confiscation enforced, freezing lifted (WC 23). */
    void valueConfiscation() {
      run.passDays(191).passHours(1); // Thursday 19 November, 09:00
      freezing.step(
          AssistanceAction.UPDATE_MEASURE,
          NL_PROSECUTOR,
          "The prosecutor tells Albania that the Rotterdam court convicted the organiser on 17"
              + " November and ordered him to pay the value of the proceeds");

      run.passDays(14); // Thursday 3 December
      run.note(
          CONFISCATION,
          NETHERLANDS,
          ALBANIA,
          Channel.CENTRAL_AUTHORITY,
          "No appeal was lodged: the order to pay EUR 286,400 is final and enforceable",
          ConfiscationKind.VALUE.legalBasis());

      run.passDays(39); // Monday 11 January 2027
      confiscation =
          run.open(
              CONFISCATION,
              workflow(RequestFamily.CONFISCATION, AssistanceStatus.class, AssistanceAction.class),
              Requests.valueConfiscation(today(NETHERLANDS)));
      confiscation.step(
          AssistanceAction.SUBMIT,
          NL_CENTRAL_AUTHORITY,
          "The Netherlands asks Albania to enforce the order to pay on the frozen balances");

      run.passDays(2);
      confiscation.step(
          AssistanceAction.RECEIVE,
          AL_CENTRAL_AUTHORITY,
          "The Albanian Ministry of Justice registers the request");

      run.passDays(1);
      confiscation.step(
          AssistanceAction.ACKNOWLEDGE,
          AL_CENTRAL_AUTHORITY,
          acknowledgement(confiscation, "AL-MJ-2027-0042"),
          "Albania acknowledges receipt and refers the order to the Tirana court for enforcement");

      run.passDays(22); // Friday 5 February
      confiscation.step(
          AssistanceAction.ACCEPT,
          AL_CENTRAL_AUTHORITY,
          Acceptance.builder()
              .header(answer(confiscation, AL_CENTRAL_AUTHORITY, "AL-MJ-2027-0118"))
              .build(),
          "The Tirana court recognises the Dutch order; the request is accepted for enforcement");

      run.passDays(3); // Monday 8 February
      confiscation.step(
          AssistanceAction.START_EXECUTION,
          AL_PROSECUTOR,
          "Enforcement starts under Albanian law, bound by the facts the Dutch court found");

      run.passDays(71); // Tuesday 20 April
      confiscation.step(
          AssistanceAction.CONFISCATE,
          AL_PROSECUTOR,
          ResultTransmission.builder()
              .header(answer(confiscation, AL_PROSECUTOR, "AL-PRT-2027-0311"))
              .addAmounts(REALISED)
              .addDocuments("Enforcement decision of the Tirana court on the two frozen balances")
              .build(),
          "The frozen balances are confiscated: EUR 131,250, within the EUR 286,400 of the order");

      run.passDays(2); // Thursday 22 April
      confiscation.step(
          AssistanceAction.CLOSE,
          AL_CENTRAL_AUTHORITY,
          InformationNotice.builder()
              .header(answer(confiscation, AL_CENTRAL_AUTHORITY, "AL-MJ-2027-0377"))
              .kind(NoticeKind.FINAL_RESULT)
              .details("The order was enforced for EUR 131,250; nothing further is held in Albania.")
              .build(),
          "Albania informs the Netherlands of the final result and closes the request");

      run.passDays(4); // Monday 26 April
      freezing.step(
          AssistanceAction.WITHDRAW,
          NL_PROSECUTOR,
          InformationNotice.builder()
              .header(
                  reply(freezing.caseFile().request(), NL_PROSECUTOR, AL_PROSECUTOR, "NL-OM-ROT-2027-0031"))
              .kind(NoticeKind.ACTION_NO_LONGER_JUSTIFIED)
              .details("The frozen balances have been confiscated; the freezing is no longer needed.")
              .build(),
          "The Netherlands tells Albania that the freezing is no longer justified, which lifts it");
    }

    private LocalDate today(Party party) {
      return LocalDate.ofInstant(run.now(), DOMESTIC_POLICY.timeZone(party));
    }

    /** The header of {@code from}'s answer to the requesting authority of the case, dated today. */
    private ReplyHeader answer(
        ScenarioRun.Case<? extends Request, ?, ?> answered, Authority from, String id) {
      Request request = answered.caseFile().request();
      return reply(request, from, request.header().requestingAuthority(), id);
    }

    /** The header of a reply from {@code from} to {@code to} about {@code request}, dated today. */
    private ReplyHeader reply(Request request, Authority from, Authority to, String id) {
      return ReplyHeader.builder()
          .id(RequestId.of(id))
          .answersRequest(request.header().id())
          .family(request.family())
          .fromParty(from.party())
          .fromAuthority(from)
          .toParty(to.party())
          .toAuthority(to)
          .date(today(from.party()))
          .channel(request.header().channel())
          .build();
    }

    /**
     * The requested authority's acknowledgement of the case's request: received on the day of the
     * RECEIVE step, Tirana time, and referred for execution (WC 41(1)(a)).
     */
    private Acknowledgement acknowledgement(ScenarioRun.Case<? extends Request, ?, ?> received, String id) {
      Authority from = received.caseFile().request().header().requestedAuthority().orElseThrow();
      Instant receivedAt =
          received.caseFile().history().stream()
              .filter(e -> AssistanceAction.RECEIVE.equals(e.action()))
              .reduce((first, second) -> second)
              .orElseThrow()
              .at();
      return Acknowledgement.builder()
          .header(answer(received, from, id))
          .receivedOn(LocalDate.ofInstant(receivedAt, DOMESTIC_POLICY.timeZone(ALBANIA)))
          .actionInitiated(true)
          .actionDescription("Registered and referred for execution")
          .build();
    }
  }

  /**
   * The workflow of {@code family} from the catalogue, typed by its statuses and actions.
   *
   * @throws IllegalStateException if the family's workflow has other statuses or actions
   */
  @SuppressWarnings("unchecked") // checked against the table's own enums just before
  static <R extends Request, S extends Enum<S>, A extends Enum<A>> Workflow<R, S, A> workflow(
      RequestFamily family, Class<S> statuses, Class<A> actions) {
    Workflow<?, ?, ?> workflow = WorkflowCatalog.of(family);
    checkState(
        workflow.table().initial().getDeclaringClass() == statuses
            && workflow.table().actions().get(0).getDeclaringClass() == actions,
        "The workflow of %s does not use %s and %s",
        family,
        statuses.getSimpleName(),
        actions.getSimpleName());
    return (Workflow<R, S, A>) workflow;
  }

  /** The six requests of the story, complete, as their senders wrote them. */
  static final class Requests {
    private Requests() {}

    static final Person FIRST_MULE =
        Person.builder()
            .role(PersonRole.SUSPECT)
            .kind(Person.Kind.NATURAL)
            .name("Erion Dervishaj")
            .dateOfBirth(LocalDate.of(2003, 4, 17))
            .nationality(ALBANIA)
            .build();
    static final Person SECOND_MULE =
        Person.builder()
            .role(PersonRole.SUSPECT)
            .kind(Person.Kind.NATURAL)
            .name("Klea Morina")
            .dateOfBirth(LocalDate.of(2002, 11, 3))
            .nationality(ALBANIA)
            .build();
    static final Person THIRD_MULE =
        Person.builder()
            .role(PersonRole.SUSPECT)
            .kind(Person.Kind.NATURAL)
            .name("Ardit Leka")
            .dateOfBirth(LocalDate.of(2001, 7, 29))
            .nationality(ALBANIA)
            .build();
    static final Person ORGANISER =
        Person.builder()
            .role(PersonRole.SUSPECT)
            .kind(Person.Kind.NATURAL)
            .name("Maarten de Wolff")
            .dateOfBirth(LocalDate.of(1984, 2, 9))
            .nationality(NETHERLANDS)
            .address("Tirana, Albania")
            .build();
    static final Person COMPANY =
        Person.builder()
            .role(PersonRole.SUSPECT)
            .kind(Person.Kind.LEGAL)
            .name("Adriatik Digital Services sh.p.k.")
            .address("Tirana, Albania")
            .build();

    static final BankAccount FIRST_MULE_ACCOUNT =
        account("AL47212110090000000235698741", Optional.empty());
    static final BankAccount SECOND_MULE_ACCOUNT =
        account("AL66202110370000000183460927", Optional.of(Amount.of("48750.00", AssetCode.EUR)));
    static final BankAccount THIRD_MULE_ACCOUNT =
        account("AL55215100010000000415078632", Optional.empty());
    static final BankAccount COMPANY_ACCOUNT =
        account("AL23208110100000000702315584", Optional.of(Amount.of("82500.00", AssetCode.EUR)));

    static final Offence COMPUTER_FRAUD =
        Offence.builder()
            .domesticDescription(
                "Fraud by callers posing as a bank's fraud desk, moving victims' savings through"
                    + " online banking (Dutch Criminal Code, Article 326)")
            .addBudapestOffences(BudapestOffence.BC8_COMPUTER_FRAUD)
            .addAppendixCategories(AppendixCategory.FRAUD)
            .build();
    static final Offence LAUNDERING =
        Offence.builder()
            .domesticDescription("Money laundering (Dutch Criminal Code, Article 420bis)")
            .addLaunderingOffences(LaunderingOffence.CONVERSION_OR_TRANSFER)
            .addLaunderingOffences(LaunderingOffence.CONCEALMENT_OR_DISGUISE)
            .build();

    static final Facts FACTS =
        Facts.builder()
            .summary(
                "From 5 January to 27 February 2026 callers posing as the fraud desk of Dutch"
                    + " banks persuaded 41 customers to move EUR 286,400 to 'safe accounts': three"
                    + " euro accounts at Albanian banks opened by recruited money mules, who"
                    + " withdrew the money in cash or moved it to the account of a Tirana company"
                    + " controlled by the organiser.")
            .offenceDate(LocalDate.of(2026, 1, 5))
            .offencePlace("The Netherlands (victims) and Albania (accounts)")
            .build();

    /** An account at an Albanian bank, with its balance where the FIU reported one. */
    private static BankAccount account(String iban, Optional<Amount> balance) {
      return BankAccount.builder().iban(Iban.of(iban)).location(ALBANIA).estimatedValue(balance).build();
    }

    private static RequestHeader.Builder header(
        String id, Authority from, Authority to, Channel channel, LocalDate date, int article) {
      return RequestHeader.builder()
          .id(RequestId.of(id))
          .requestingParty(from.party())
          .requestedParty(to.party())
          .requestingAuthority(from)
          .requestedAuthority(to)
          .channel(channel)
          .dateOfRequest(date)
          .language(Language.ENGLISH)
          .addLegalBasis(WARSAW.cite(article));
    }

    static FiuInformationRequest fiuInformation(LocalDate date) {
      return FiuInformationRequest.builder()
          .header(
              header("FIU-NL-2026-00417", NL_FIU, AL_FIU, Channel.FIU_TO_FIU, date, 46)
                  .urgency(Urgency.URGENT)
                  .confidentialityRequested(true)
                  .build())
          .factsStatement(
              "Dutch banks reported 38 transfers from customers defrauded by callers posing as their"
                  + " fraud desk to three euro accounts in Albania, 6 January to 27 February 2026.")
          .intendedUse(
              "Analysis of the flows, to identify the persons behind the accounts and any funds"
                  + " still held.")
          .addPersons(FIRST_MULE, SECOND_MULE, THIRD_MULE)
          .addAssets(FIRST_MULE_ACCOUNT, SECOND_MULE_ACCOUNT, THIRD_MULE_ACCOUNT)
          .transactionsDescription(
              "SEPA credit transfers from Dutch accounts of EUR 1,900 to EUR 24,000 each.")
          .build();
    }

    static FiuPostponementRequest fiuPostponement(LocalDate date) {
      return FiuPostponementRequest.builder()
          .header(
              header("FIU-NL-2026-00421", NL_FIU, AL_FIU, Channel.FIU_TO_FIU, date, 47)
                  .urgency(Urgency.URGENT)
                  .confidentialityRequested(true)
                  .build())
          .transaction(
              Transaction.builder()
                  .amount(Amount.of("48700.00", AssetCode.EUR))
                  .fromAccount(SECOND_MULE_ACCOUNT)
                  .date(date.plusDays(1))
                  .description("Outgoing transfer ordered through online banking to an account abroad")
                  .build())
          .launderingJustification(
              "The balance consists of the transfers of nine defrauded Dutch customers; moving it"
                  + " abroad would put it beyond reach.")
          .domesticPostponementJustification(
              "Reported by the Albanian bank, this transfer would be suspended: its funds arrived"
                  + " days ago from defrauded customers and leave the country as soon as they came.")
          .build();
    }

    private static WarsawRequestContent.Builder content(String objectAndReason) {
      return WarsawRequestContent.builder()
          .objectAndReason(objectAndReason)
          .facts(FACTS)
          .coercive(true)
          .statutoryProvisions(
              "Dutch Criminal Code, Articles 326 (fraud), 420bis (money laundering) and 36e"
                  + " (order to pay the value of illegally obtained advantage); Dutch Code of"
                  + " Criminal Procedure on production orders to banks and on seizure")
          .measureAvailableAtHome(true)
          .addPersons(ORGANISER, COMPANY, FIRST_MULE, SECOND_MULE, THIRD_MULE);
    }

    static BankingTransactionInformationRequest bankingTransactions(LocalDate date) {
      return BankingTransactionInformationRequest.builder()
          .header(
              header(
                      "NL-IRC-2026-0311",
                      NL_CENTRAL_AUTHORITY,
                      AL_CENTRAL_AUTHORITY,
                      Channel.CENTRAL_AUTHORITY,
                      date,
                      18)
                  .investigatingAuthority(NL_PROSECUTOR)
                  .urgency(Urgency.URGENT)
                  .confidentialityRequested(true)
                  .build())
          .addOffences(COMPUTER_FRAUD, LAUNDERING)
          .content(
              content("Particulars of the three accounts the victims paid into and of every operation"
                      + " through them, with the sending and receiving accounts")
                  .addProperty(FIRST_MULE_ACCOUNT, SECOND_MULE_ACCOUNT, THIRD_MULE_ACCOUNT)
                  .build())
          .addAccounts(FIRST_MULE_ACCOUNT, SECOND_MULE_ACCOUNT, THIRD_MULE_ACCOUNT)
          .periodStart(LocalDate.of(2026, 1, 5))
          .periodEnd(LocalDate.of(2026, 3, 3))
          .relevance(
              "The records show where each victim's money went and who withdrew or moved it,"
                  + " which identifies the mules and the organiser.")
          .build();
    }

    static BankingTransactionMonitoringRequest monitoring(LocalDate date) {
      return BankingTransactionMonitoringRequest.builder()
          .header(
              header(
                      "NL-IRC-2026-0312",
                      NL_CENTRAL_AUTHORITY,
                      AL_CENTRAL_AUTHORITY,
                      Channel.CENTRAL_AUTHORITY,
                      date,
                      19)
                  .investigatingAuthority(NL_PROSECUTOR)
                  .urgency(Urgency.URGENT)
                  .confidentialityRequested(true)
                  .build())
          .addOffences(COMPUTER_FRAUD, LAUNDERING)
          .content(
              content("Monitoring of the operations through the three mule accounts and the company"
                      + " account for two months")
                  .addProperty(FIRST_MULE_ACCOUNT, SECOND_MULE_ACCOUNT, THIRD_MULE_ACCOUNT, COMPANY_ACCOUNT)
                  .build())
          .addAccounts(FIRST_MULE_ACCOUNT, SECOND_MULE_ACCOUNT, THIRD_MULE_ACCOUNT, COMPANY_ACCOUNT)
          .periodStart(LocalDate.of(2026, 3, 9))
          .periodEnd(LocalDate.of(2026, 5, 8))
          .relevance(
              "The fraud calls go on: new victims' money and the organiser's use of the company"
                  + " account would show on these accounts.")
          .practicalArrangements(
              "Weekly statements from the banks, sent on by the Ministry of Justice every month")
          .build();
    }

    static ProvisionalMeasureRequest freezing(LocalDate date) {
      return ProvisionalMeasureRequest.builder()
          .header(
              header("NL-OM-ROT-2026-0088", NL_PROSECUTOR, AL_PROSECUTOR, Channel.DIRECT_JUDICIAL, date, 21)
                  .urgency(Urgency.URGENT)
                  .confidentialityRequested(true)
                  .build())
          .addOffences(COMPUTER_FRAUD, LAUNDERING)
          .content(
              content("Freezing of the balances of the second mule account and of the company"
                      + " account, to secure the order to pay the value of the proceeds")
                  .addProperty(SECOND_MULE_ACCOUNT, COMPANY_ACCOUNT)
                  .build())
          .measure(ProvisionalMeasure.FREEZING)
          .addAssets(SECOND_MULE_ACCOUNT, COMPANY_ACCOUNT)
          .proceedingsInstituted(true)
          .proceedingsReference("Rotterdam public prosecutor, file 10/960231-26")
          .valueBased(true)
          .maximumAmount(LOSS)
          .build();
    }

    static ConfiscationRequest valueConfiscation(LocalDate date) {
      return ConfiscationRequest.builder()
          .header(
              header(
                      "NL-IRC-2027-0019",
                      NL_CENTRAL_AUTHORITY,
                      AL_CENTRAL_AUTHORITY,
                      Channel.CENTRAL_AUTHORITY,
                      date,
                      23)
                  .investigatingAuthority(NL_PROSECUTOR)
                  .build())
          .addOffences(COMPUTER_FRAUD, LAUNDERING)
          .content(
              content("Enforcement of the Rotterdam District Court's order to pay EUR 286,400, the"
                      + " value of the proceeds, on the frozen balances")
                  .addProperty(SECOND_MULE_ACCOUNT, COMPANY_ACCOUNT)
                  .build())
          .mode(ConfiscationMode.ENFORCE_FOREIGN_ORDER)
          .kind(ConfiscationKind.VALUE)
          .addAssets(SECOND_MULE_ACCOUNT, COMPANY_ACCOUNT)
          .orderAmount(LOSS)
          .certifiedCopyOfOrderAttached(true)
          .statementOfGroundsAttached(true)
          .enforceabilityAttested(true)
          .extentOfEnforcement(
              "The whole order, on the two frozen balances, which the court found to be held for"
                  + " the convicted person")
          .provisionalMeasuresNeeded(false)
          .build();
    }
  }
}
