package org.treatyflow.examples.scenario;

import static org.treatyflow.model.common.Instrument.BUDAPEST;
import static org.treatyflow.model.common.Instrument.WARSAW;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.treatyflow.model.assistance.StoredDataAccessMeasure;
import org.treatyflow.model.assistance.StoredDataAccessRequest;
import org.treatyflow.model.asset.Amount;
import org.treatyflow.model.asset.AssetCode;
import org.treatyflow.model.asset.BankAccount;
import org.treatyflow.model.asset.Iban;
import org.treatyflow.model.asset.VirtualCurrencyWallet;
import org.treatyflow.model.common.AppendixCategory;
import org.treatyflow.model.common.ArticleCitation;
import org.treatyflow.model.common.Authority;
import org.treatyflow.model.common.AuthorityRole;
import org.treatyflow.model.common.Channel;
import org.treatyflow.model.common.DataCategory;
import org.treatyflow.model.common.DataItem;
import org.treatyflow.model.common.Facts;
import org.treatyflow.model.common.Language;
import org.treatyflow.model.common.LaunderingOffence;
import org.treatyflow.model.common.Offence;
import org.treatyflow.model.common.Party;
import org.treatyflow.model.common.Request;
import org.treatyflow.model.common.RequestHeader;
import org.treatyflow.model.common.RequestId;
import org.treatyflow.model.common.Urgency;
import org.treatyflow.model.confiscation.ConfiscationKind;
import org.treatyflow.model.confiscation.ConfiscationMode;
import org.treatyflow.model.confiscation.ConfiscationRequest;
import org.treatyflow.model.confiscation.DisposalRequest;
import org.treatyflow.model.confiscation.Disposition;
import org.treatyflow.model.financial.BankAccountInformationRequest;
import org.treatyflow.model.financial.WarsawRequestContent;
import org.treatyflow.model.person.Person;
import org.treatyflow.model.person.PersonRole;
import org.treatyflow.model.preservation.PreservationRequest;
import org.treatyflow.model.preservation.PreservedTrafficDisclosure;
import org.treatyflow.model.provisional.ProvisionalMeasure;
import org.treatyflow.model.provisional.ProvisionalMeasureRequest;
import org.treatyflow.model.refusal.GroundForRefusal;
import org.treatyflow.model.refusal.InadmissibleReason;
import org.treatyflow.model.reply.Acceptance;
import org.treatyflow.model.reply.Acknowledgement;
import org.treatyflow.model.reply.AmendmentRequest;
import org.treatyflow.model.reply.InformationNotice;
import org.treatyflow.model.reply.NoticeKind;
import org.treatyflow.model.reply.Refusal;
import org.treatyflow.model.reply.ReplyHeader;
import org.treatyflow.model.reply.ResultTransmission;
import org.treatyflow.workflow.assistance.AssistanceAction;
import org.treatyflow.workflow.assistance.AssistanceDeadlines;
import org.treatyflow.workflow.assistance.AssistanceStatus;
import org.treatyflow.workflow.assistance.StoredDataAccessWorkflow;
import org.treatyflow.workflow.confiscation.ConfiscationWorkflow;
import org.treatyflow.workflow.confiscation.DisposalWorkflow;
import org.treatyflow.workflow.financial.BankAccountInformationWorkflow;
import org.treatyflow.workflow.preservation.PreservationAction;
import org.treatyflow.workflow.preservation.PreservationDeadlines;
import org.treatyflow.workflow.preservation.PreservationStatus;
import org.treatyflow.workflow.preservation.PreservationWorkflow;
import org.treatyflow.workflow.provisional.ProvisionalMeasuresWorkflow;
import org.treatyflow.workflow.traffic.TrafficDisclosureAction;
import org.treatyflow.workflow.traffic.TrafficDisclosureStatus;
import org.treatyflow.workflow.traffic.TrafficDisclosureWorkflow;

/**
 * Investment fraud paid in virtual currency, followed from the first hours to the money going back
 * to the victims: France asks Lithuania, and for one lead Romania, for what the Budapest and Warsaw
 * Conventions offer, in the order an investigation needs it.
 *
 * <p><b>The story</b> (fictional: every person, company, domain, account and address is invented).
 * From October 2025 a website, "Aurelia Invest", promises French savers steady returns from a
 * "crypto trading robot". The victims pay by bank transfer to accounts at a virtual-asset exchange
 * in Vilnius, Baltic Ledger Exchange UAB, and watch a dashboard show their gains. In January 2026
 * the site stops paying out. By February the Paris prosecutor holds 57 complaints and EUR 1.24
 * million of losses. The site is hosted by Vingis Hosting UAB, also in Vilnius, and the money left
 * the victims' accounts as USDT and bitcoin. The offence is fraud, not one of the computer offences
 * of BC Articles 2 to 11; the Budapest Convention still serves, since its Chapter III covers the
 * electronic evidence of any criminal offence (BC 25(1)), and fraud is in the Appendix to the
 * Warsaw Convention, which matters to a Party limiting WC 17 to the Appendix (WC 17(5)).
 *
 * <ol>
 *   <li><b>Preservation through the 24/7 network (BC 29, 35).</b> Day 0, a Monday: the French 24/7
 *       point of contact asks its Lithuanian counterpart to preserve the hosting provider's access
 *       logs and customer record and the exchange's customer and login records. Lithuania preserves
 *       them the same afternoon, for at least 60 days (BC 29(3), 29(7)).
 *   <li><b>Disclosure of preserved traffic data (BC 30).</b> The logs show the platform being
 *       administered through a virtual server rented in Romania. Lithuania must disclose enough
 *       traffic data to identify that provider and the path (BC 30(1)); tried before the
 *       preservation is recorded, the library refuses it, for the duty arises only while the
 *       preservation is being executed. France then asks Romania to preserve the server's logs (BC
 *       29). They are never needed: the suspect is identified through the exchange, and the Romanian
 *       preservation runs out after its 60 days (BC 29(7)).
 *   <li><b>Access to the stored data (BC 31).</b> Day 15, well inside the 60 days, the investigating
 *       judge's request to search for and disclose the preserved data is sent; Lithuania receives it
 *       the next day and records it on the preservation as its follow-up, so that the data stays
 *       preserved until the request is decided (BC 29(7)). On day 19 the hosting provider wants its
 *       disk space back: releasing the data before the decision is refused (BC 29(7)). The request
 *       is accepted on day 22, the results come on day 44, and once France has confirmed them
 *       Lithuania releases the preservation, the follow-up being decided (BC 29(7)).
 *   <li><b>Bank accounts (WC 17).</b> The exchange's records show payouts in euros to a Lithuanian
 *       bank. France asks whether the suspect holds accounts there. A first draft of the answer
 *       refuses, invoking bank secrecy: the library refuses to record it (WC 28(7)). The Lithuanian
 *       prosecutor authorises the disclosure and the account particulars follow. The exchange itself
 *       is not a bank: its accounts were reached through BC 31, since WC 17 reaches non-bank
 *       financial institutions only where the requested Party extended it to them (WC 17(6)), which
 *       Lithuania has not declared in the bundled registry.
 *   <li><b>Freezing the wallets (WC 21, 22).</b> Once the judicial investigation is opened (WC
 *       21(1): proceedings instituted), France asks Lithuania to freeze the suspect's custodial USDT
 *       and bitcoin accounts at the exchange and his bank account. A virtual-currency wallet is
 *       property here as the model documents it ({@link VirtualCurrencyWallet}): the treaties do not
 *       define virtual assets, so treating a wallet as property under WC 21 and 23 is a modelling
 *       extension. Lithuania freezes them and says under which domestic rule the freezing would
 *       lapse (WC 41(1)(e)); France reports the conviction later (WC 22(1)).
 *   <li><b>Confiscation (WC 23, 24).</b> The Paris criminal court convicts and orders confiscation;
 *       once the judgment is final, France asks Lithuania to enforce the order (WC 23(1)(a)), which
 *       Lithuania does under its own law (WC 24(1)). The freezing then has no object: Lithuania gives
 *       notice and lifts it after hearing France (WC 22(2)).
 *   <li><b>Return to the victims (WC 25).</b> France asks for the property to be returned so that it
 *       can compensate the victims (WC 25(2)). Lithuania asks for the court's list of civil parties
 *       within a time limit (WC 38(1)-(2)), then returns the proceeds of the sale of the virtual
 *       assets and the bank balance.
 * </ol>
 *
 * <p>Each case runs through its family's workflow ({@link PreservationWorkflow}, {@link
 * TrafficDisclosureWorkflow}, {@link StoredDataAccessWorkflow}, {@link
 * BankAccountInformationWorkflow}, {@link ProvisionalMeasuresWorkflow}, {@link ConfiscationWorkflow},
 * {@link DisposalWorkflow}), each step by the authority whose step it is, with the document the
 * step needs, at the scenario's own time. The cases see each other: the disclosure checks the
 * preservation it is made under, the return checks the confiscation.
 *
 * <p>The follow-up of BC 29(7) is recorded in the preservation case by the step {@code
 * RECEIVE_FOLLOW_UP}, which names the BC 31 request ({@link ScenarioRun.Case#stepWithFollowUp});
 * the release, {@code DECIDE_FOLLOW_UP}, is allowed only once the run's BC 31 case shows the
 * request decided.
 *
 * <p>Legal basis: BC 25(1), 29, 30, 31, 35; WC 17, 21, 22, 23, 24, 25, 28(7), 38, 41.
 */
public final class VirtualCurrencySeizure implements Scenario {
  /** The scenario's name on the command line. */
  public static final String NAME = "virtual-currency-seizure";

  /** Monday 16 February 2026, 09:15 UTC: the French 24/7 point of contact starts. */
  static final Instant START = Instant.parse("2026-02-16T09:15:00Z");

  static final String PRESERVATION_LT = "BC 29 preservation FR-LT";
  static final String DISCLOSURE = "BC 30 disclosure LT-FR";
  static final String PRESERVATION_RO = "BC 29 preservation FR-RO";
  static final String STORED_DATA = "BC 31 stored data FR-LT";
  static final String BANK_ACCOUNTS = "WC 17 bank accounts FR-LT";
  static final String FREEZING = "WC 21 freezing FR-LT";
  static final String CONFISCATION = "WC 23 confiscation FR-LT";
  static final String RETURN = "WC 25 return FR-LT";

  static final Party FRANCE = Party.of("FR");
  static final Party LITHUANIA = Party.of("LT");
  static final Party ROMANIA = Party.of("RO");

  private static final Authority FRENCH_24_7 =
      Authority.of(
          FRANCE, AuthorityRole.POINT_OF_CONTACT_24_7, "Cybercrime office, 24/7 point of contact");
  private static final Authority LITHUANIAN_24_7 =
      Authority.of(
          LITHUANIA, AuthorityRole.POINT_OF_CONTACT_24_7, "Criminal police, 24/7 point of contact");
  private static final Authority ROMANIAN_24_7 =
      Authority.of(
          ROMANIA,
          AuthorityRole.POINT_OF_CONTACT_24_7,
          "Cybercrime directorate, 24/7 point of contact");
  private static final Authority FRENCH_CENTRAL =
      Authority.of(
          FRANCE, AuthorityRole.CENTRAL_AUTHORITY, "Ministry of Justice, mutual assistance office");
  private static final Authority LITHUANIAN_CENTRAL =
      Authority.of(
          LITHUANIA,
          AuthorityRole.CENTRAL_AUTHORITY,
          "Prosecutor General's Office, international cooperation");
  private static final Authority INVESTIGATING_JUDGE =
      Authority.of(
          FRANCE, AuthorityRole.JUDICIAL_AUTHORITY, "Paris judicial court, investigating judge");
  private static final Authority ROMANIAN_SERVER_PROVIDER =
      Authority.of(ROMANIA, AuthorityRole.SERVICE_PROVIDER, "Somes Virtual Servers SRL");

  /** At least 60 days of preservation, and until the follow-up request is decided. */
  private static final ArticleCitation FOLLOW_UP_KEEPS_DATA = BUDAPEST.cite(29, 7);

  /** Bank secrecy is no ground; a Party may require judicial authorisation to lift it. */
  private static final ArticleCitation BANK_SECRECY_NO_GROUND = WARSAW.cite(28, 7);

  /** Priority consideration to returning confiscated property for the victims. */
  private static final ArticleCitation PRIORITY_TO_RETURN = WARSAW.cite(25, 2);

  /** The time limit the requested Party may set for amendments. */
  private static final ArticleCitation AMENDMENT_TIME_LIMIT = WARSAW.cite(38, 2);

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  /** A new telling of the scenario; it holds no state between runs. */
  public VirtualCurrencySeizure() {}

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String title() {
    return "Investment fraud paid in virtual currency: from preservation through the 24/7 network"
        + " to the return of the confiscated assets to the victims";
  }

  @Override
  public ScenarioRecord run() {
    Story story = new Story(new ScenarioRun(NAME, title(), START));
    story.preserveInLithuania();
    story.discloseTheRomanianServer();
    story.preserveInRomania();
    story.accessTheStoredData();
    story.askForTheBankAccounts();
    story.freezeTheWallets();
    story.confiscate();
    story.returnToTheVictims();
    return story.run.finish();
  }

  /** One telling: the run and its cases, chapter by chapter, in the order of time. */
  private static final class Story {
    private final ScenarioRun run;
    private ScenarioRun.Case<PreservationRequest, PreservationStatus, PreservationAction>
        lithuanianPreservation;
    private ScenarioRun.Case<PreservationRequest, PreservationStatus, PreservationAction>
        romanianPreservation;
    private ScenarioRun.Case<ConfiscationRequest, AssistanceStatus, AssistanceAction> confiscation;
    private ScenarioRun.Case<ProvisionalMeasureRequest, AssistanceStatus, AssistanceAction> freezing;
    private int replies;

    Story(ScenarioRun run) {
      this.run = run;
    }

    /** Day 0: the French 24/7 point asks for preservation; Lithuania receives and preserves. */
    void preserveInLithuania() {
      PreservationRequest request = lithuanianPreservationRequest();
      lithuanianPreservation = run.open(PRESERVATION_LT, PreservationWorkflow.WORKFLOW, request);
      lithuanianPreservation.step(
          PreservationAction.SUBMIT,
          FRENCH_24_7,
          "the French 24/7 point asks for the hosting provider's and the exchange's data to be"
              + " preserved, announcing a request for their disclosure");
      run.passHours(2);
      lithuanianPreservation.step(
          PreservationAction.RECEIVE, LITHUANIAN_24_7, "the Lithuanian 24/7 point takes the request");
    }

    /**
     * Day 0: the hosting provider's logs point to a server in Romania. Disclosure is owed only while
     * the preservation is executed: tried before, it is refused; once the data is preserved, it is
     * made and sent.
     */
    void discloseTheRomanianServer() {
      run.passHours(1);
      PreservedTrafficDisclosure disclosure = trafficDisclosure();
      ScenarioRun.Case<
              PreservedTrafficDisclosure, TrafficDisclosureStatus, TrafficDisclosureAction>
          disclosed =
          run.open(
              DISCLOSURE,
              TrafficDisclosureWorkflow.WORKFLOW,
              disclosure,
              LITHUANIAN_24_7,
              FRENCH_24_7,
              Channel.NETWORK_24_7);
      disclosed.attempt(
          TrafficDisclosureAction.DISCLOSE,
          LITHUANIAN_24_7,
          Optional.empty(),
          "the provider's first look at the logs names a server in Romania, and the Lithuanian 24/7"
              + " point wants to pass it on before the preservation order is served");
      run.passHours(2);
      lithuanianPreservation
          .step(
              PreservationAction.PRESERVE,
              LITHUANIAN_24_7,
              "preservation orders are served on the hosting provider and on the exchange")
          .deadline(preservedUntil(lithuanianPreservation));
      run.passHours(1);
      disclosed.step(
          TrafficDisclosureAction.DISCLOSE,
          LITHUANIAN_24_7,
          "the traffic data identifying the Romanian server provider and the path is sent at once");
      run.send(
          LITHUANIAN_24_7,
          FRENCH_24_7,
          Channel.NETWORK_24_7,
          disclosure,
          Optional.of(lithuanianPreservation.caseFile().request().header().id()));
    }

    /** Days 1-2: France asks Romania to preserve the server's logs. */
    void preserveInRomania() {
      run.passHours(17);
      romanianPreservation =
          run.open(PRESERVATION_RO, PreservationWorkflow.WORKFLOW, romanianPreservationRequest());
      romanianPreservation.step(
          PreservationAction.SUBMIT,
          FRENCH_24_7,
          "on the strength of the disclosed traffic data, the French 24/7 point asks Romania to"
              + " preserve the server's logs and customer record");
      run.passHours(3);
      romanianPreservation.step(
          PreservationAction.RECEIVE, ROMANIAN_24_7, "the Romanian 24/7 point takes the request");
      run.passHours(20);
      romanianPreservation
          .step(
              PreservationAction.PRESERVE,
              ROMANIAN_24_7,
              "the server provider is ordered to preserve the logs and the customer record")
          .deadline(preservedUntil(romanianPreservation));
    }

    /**
     * Days 15-46: the BC 31 request arrives before the preservation ends and is recorded as its
     * follow-up (BC 29(7)); releasing the data before the request is decided is refused on day 19.
     * The request is accepted and executed, and Lithuania then releases the preservation.
     */
    void accessTheStoredData() {
      run.passDays(13);
      StoredDataAccessRequest request = storedDataAccessRequest();
      ScenarioRun.Case<StoredDataAccessRequest, AssistanceStatus, AssistanceAction> access =
          run.open(STORED_DATA, StoredDataAccessWorkflow.WORKFLOW, request);
      access.step(
          AssistanceAction.SUBMIT,
          FRENCH_CENTRAL,
          "the investigating judge's request to search for and disclose the preserved data is sent,"
              + " urgently, through the central authorities");
      run.passDays(1);
      access.step(
          AssistanceAction.RECEIVE, LITHUANIAN_CENTRAL, "the Prosecutor General's Office registers it");
      lithuanianPreservation.stepWithFollowUp(
          PreservationAction.RECEIVE_FOLLOW_UP,
          LITHUANIAN_CENTRAL,
          request.header().id(),
          "the request for access to the stored data follows up the preservation before its 60"
              + " days end: the data stays preserved until the request is decided");
      run.passHours(3);
      access.step(
          AssistanceAction.ACKNOWLEDGE,
          LITHUANIAN_CENTRAL,
          Acknowledgement.builder()
              .header(reply(request, LITHUANIAN_CENTRAL, FRENCH_CENTRAL))
              .receivedOn(today())
              .actionInitiated(true)
              .actionDescription("A prosecutor in Vilnius has been assigned to execute the request.")
              .build(),
          "Lithuania acknowledges and says who executes");
      run.passDays(3);
      lithuanianPreservation.attempt(
          PreservationAction.DECIDE_FOLLOW_UP,
          LITHUANIAN_24_7,
          Optional.empty(),
          "the hosting provider asks to purge the preserved logs, and the Lithuanian 24/7 point"
              + " tries to release the preservation while the request for access is under review");
      run.passDays(3);
      access.step(
          AssistanceAction.ACCEPT,
          LITHUANIAN_CENTRAL,
          Acceptance.builder()
              .header(reply(request, LITHUANIAN_CENTRAL, FRENCH_CENTRAL))
              .expectedExecutionBy(today().plusDays(25))
              .build(),
          "the request is accepted for execution");
      run.passDays(1);
      access.step(
          AssistanceAction.START_EXECUTION,
          LITHUANIAN_CENTRAL,
          "a court authorises the search of the preserved data at both providers");
      run.passDays(21);
      access.step(
          AssistanceAction.TRANSMIT_RESULT,
          LITHUANIAN_CENTRAL,
          ResultTransmission.builder()
              .header(reply(request, LITHUANIAN_CENTRAL, FRENCH_CENTRAL))
              .addDataItems(
                  DataItem.builder()
                      .category(DataCategory.SUBSCRIBER_INFORMATION)
                      .description("Identity documents and customer file of the exchange accounts")
                      .selector("BLX-0041882")
                      .build(),
                  DataItem.builder()
                      .category(DataCategory.TRAFFIC_DATA)
                      .description("Log-in records of the exchange accounts and of the hosting panel")
                      .periodStart(LocalDate.of(2025, 9, 1))
                      .periodEnd(LocalDate.of(2026, 2, 16))
                      .build())
              .addDocuments("Search report of the Vilnius prosecutor, with the chain of custody")
              .build(),
          "the exchange's customer file names the suspect; the results are sent");
      run.passDays(2);
      access.step(
          AssistanceAction.CLOSE, FRENCH_CENTRAL, "France confirms receipt and closes the request");
      lithuanianPreservation.step(
          PreservationAction.DECIDE_FOLLOW_UP,
          LITHUANIAN_24_7,
          "the request for access was decided and its results are in France: the preservation"
              + " orders on the hosting provider and the exchange are lifted");
    }

    /**
     * Days 50-74: the bank accounts. A draft refusal invoking bank secrecy is refused by the
     * library; the account particulars follow. Meanwhile the Romanian preservation runs out.
     */
    void askForTheBankAccounts() {
      run.passDays(4);
      BankAccountInformationRequest request = bankAccountRequest();
      ScenarioRun.Case<BankAccountInformationRequest, AssistanceStatus, AssistanceAction> accounts =
          run.open(BANK_ACCOUNTS, BankAccountInformationWorkflow.WORKFLOW, request);
      accounts.step(
          AssistanceAction.SUBMIT,
          FRENCH_CENTRAL,
          "France asks whether the suspect holds accounts at the bank that received the exchange's"
              + " payouts, and for their particulars");
      run.passDays(1);
      accounts.step(AssistanceAction.RECEIVE, LITHUANIAN_CENTRAL, "the request is registered");
      run.passDays(1);
      accounts.step(
          AssistanceAction.ACKNOWLEDGE,
          LITHUANIAN_CENTRAL,
          Acknowledgement.builder()
              .header(reply(request, LITHUANIAN_CENTRAL, FRENCH_CENTRAL))
              .receivedOn(today().minusDays(1))
              .actionInitiated(true)
              .actionDescription(
                  "The bank has been asked for the accounts held or controlled by the person named.")
              .build(),
          "Lithuania acknowledges and turns to the bank");
      run.passDays(5);
      accounts.attempt(
          AssistanceAction.REFUSE,
          LITHUANIAN_CENTRAL,
          Optional.of(
              Refusal.builder()
                  .header(reply(request, LITHUANIAN_CENTRAL, FRENCH_CENTRAL))
                  .addGrounds(GroundForRefusal.WC_FUNDAMENTAL_PRINCIPLES)
                  .addObstaclesInvoked(InadmissibleReason.BANK_SECRECY)
                  .partialGrantConsidered(true)
                  .reasons("The bank objects that the accounts are covered by banking secrecy.")
                  .build()),
          "the bank objects and a first draft answer refuses, invoking banking secrecy");
      run.passDays(2);
      accounts.step(
          AssistanceAction.ACCEPT,
          LITHUANIAN_CENTRAL,
          "a prosecutor authorises lifting the bank's secrecy, as "
              + BANK_SECRECY_NO_GROUND
              + " allows a Party to require");
      run.passDays(1);
      accounts.step(
          AssistanceAction.START_EXECUTION, LITHUANIAN_CENTRAL, "the bank is ordered to answer");
      run.passDays(4);
      String ended =
          "the period ended at "
              + WHEN.format(periodEnd(romanianPreservation))
              + " ("
              + FOLLOW_UP_KEEPS_DATA
              + ")";
      romanianPreservation
          .step(
              PreservationAction.EXPIRE,
              ROMANIAN_24_7,
              "no follow-up request came: the suspect was identified through the exchange, and the"
                  + " Romanian preservation runs out")
          .deadline(ended);
      run.passDays(8);
      accounts.step(
          AssistanceAction.TRANSMIT_RESULT,
          LITHUANIAN_CENTRAL,
          ResultTransmission.builder()
              .header(reply(request, LITHUANIAN_CENTRAL, FRENCH_CENTRAL))
              .addDocuments(
                  "Particulars of two current accounts held by the suspect at Neris Commercial Bank AB,"
                      + " with their balances on the day of the answer")
              .build(),
          "the particulars of the suspect's two accounts are sent");
      run.passDays(2);
      accounts.step(AssistanceAction.CLOSE, FRENCH_CENTRAL, "France closes the request");
    }

    /** Days 80-81: the judicial investigation is open; the wallets and the account are frozen. */
    void freezeTheWallets() {
      run.passDays(6);
      ProvisionalMeasureRequest request = freezingRequest();
      freezing = run.open(FREEZING, ProvisionalMeasuresWorkflow.WORKFLOW, request);
      freezing.step(
          AssistanceAction.SUBMIT,
          FRENCH_CENTRAL,
          "the investigating judge asks, urgently, for the custodial USDT and bitcoin accounts and"
              + " the bank account to be frozen");
      run.passHours(3);
      freezing.step(AssistanceAction.RECEIVE, LITHUANIAN_CENTRAL, "the request is registered at once");
      run.passHours(1);
      freezing.step(
          AssistanceAction.ACKNOWLEDGE,
          LITHUANIAN_CENTRAL,
          Acknowledgement.builder()
              .header(reply(request, LITHUANIAN_CENTRAL, FRENCH_CENTRAL))
              .receivedOn(today())
              .actionInitiated(true)
              .actionDescription("The exchange has been told to block withdrawals pending a court decision.")
              .build(),
          "Lithuania acknowledges; the exchange blocks withdrawals meanwhile");
      run.passHours(20);
      freezing.step(
          AssistanceAction.ACCEPT, LITHUANIAN_CENTRAL, "a Vilnius court grants the freezing");
      run.passHours(2);
      freezing.step(
          AssistanceAction.TAKE_MEASURE,
          LITHUANIAN_CENTRAL,
          InformationNotice.builder()
              .header(reply(request, LITHUANIAN_CENTRAL, FRENCH_CENTRAL))
              .kind(NoticeKind.AUTOMATIC_LIFTING_OF_PROVISIONAL_MEASURE)
              .details(
                  "Under Lithuanian law the freezing lapses if the proceedings in France are"
                      + " discontinued or end in acquittal; France is asked to report either at once.")
              .build(),
          "the wallets and the account are frozen, and Lithuania says when its law would lift the"
              + " freezing");
    }

    /**
     * About a year later: France reports the conviction, then asks for the confiscation order to
     * be enforced; the freezing is lifted once it has no object.
     */
    void confiscate() {
      run.passDays(339);
      freezing.step(
          AssistanceAction.UPDATE_MEASURE,
          FRENCH_CENTRAL,
          "France reports that the Paris criminal court convicted the suspect and ordered the"
              + " frozen property confiscated; the judgment may be appealed within ten days");
      run.passDays(10);
      ConfiscationRequest request = confiscationRequest();
      confiscation = run.open(CONFISCATION, ConfiscationWorkflow.WORKFLOW, request);
      confiscation.step(
          AssistanceAction.SUBMIT,
          FRENCH_CENTRAL,
          "no appeal was lodged and the judgment is final: France asks Lithuania to enforce the"
              + " confiscation order");
      run.passDays(2);
      confiscation.step(AssistanceAction.RECEIVE, LITHUANIAN_CENTRAL, "the request is registered");
      run.passDays(1);
      confiscation.step(
          AssistanceAction.ACKNOWLEDGE,
          LITHUANIAN_CENTRAL,
          Acknowledgement.builder()
              .header(reply(request, LITHUANIAN_CENTRAL, FRENCH_CENTRAL))
              .receivedOn(today().minusDays(1))
              .actionInitiated(true)
              .actionDescription("The French order has been referred to the Vilnius regional court.")
              .build(),
          "Lithuania refers the order to its court");
      run.passDays(17);
      confiscation.step(
          AssistanceAction.ACCEPT,
          LITHUANIAN_CENTRAL,
          "the Vilnius court declares the French order enforceable");
      run.passDays(1);
      confiscation.step(
          AssistanceAction.START_EXECUTION,
          LITHUANIAN_CENTRAL,
          "the state asset office enforces it under Lithuanian law");
      run.passDays(19);
      confiscation.step(
          AssistanceAction.CONFISCATE,
          LITHUANIAN_CENTRAL,
          ResultTransmission.builder()
              .header(reply(request, LITHUANIAN_CENTRAL, FRENCH_CENTRAL))
              .addDocuments("Record of the transfer of the virtual assets to the state's custody")
              .addAmounts(
                  Amount.of("412350.000000", AssetCode.USDT),
                  Amount.of("3.41200000", AssetCode.BTC),
                  Amount.of("68420.55", AssetCode.EUR))
              .build(),
          "the exchange transfers the USDT and the bitcoin to the state's custody, the bank the"
              + " balance");
      run.passDays(1);
      confiscation.step(
          AssistanceAction.CLOSE,
          LITHUANIAN_CENTRAL,
          InformationNotice.builder()
              .header(reply(request, LITHUANIAN_CENTRAL, FRENCH_CENTRAL))
              .kind(NoticeKind.FINAL_RESULT)
              .details("The property named in the order has been confiscated in full.")
              .build(),
          "Lithuania reports the final result");
      run.passDays(1);
      freezing.step(
          AssistanceAction.GIVE_NOTICE_OF_LIFTING,
          LITHUANIAN_CENTRAL,
          "the frozen property is confiscated: Lithuania gives notice that it will lift the freezing"
              + " and asks France for its view");
    }

    /** From day 475: return of the property so that France can compensate the victims. */
    void returnToTheVictims() {
      run.passDays(3);
      DisposalRequest request = returnRequest();
      ScenarioRun.Case<DisposalRequest, AssistanceStatus, AssistanceAction> restitution =
          run.open(RETURN, DisposalWorkflow.WORKFLOW, request);
      restitution.step(
          AssistanceAction.SUBMIT,
          FRENCH_CENTRAL,
          "France asks for the confiscated property to be returned so that it can compensate the"
              + " victims");
      run.passDays(1);
      restitution.step(AssistanceAction.RECEIVE, LITHUANIAN_CENTRAL, "the request is registered");
      run.passDays(1);
      restitution.step(AssistanceAction.ACKNOWLEDGE, LITHUANIAN_CENTRAL, "Lithuania acknowledges");
      run.passDays(3);
      freezing.step(
          AssistanceAction.LIFT_MEASURE,
          LITHUANIAN_CENTRAL,
          "France raised no objection: the freezing is lifted");
      run.passHours(2);
      restitution
          .step(
              AssistanceAction.REQUEST_AMENDMENT,
              LITHUANIAN_CENTRAL,
              AmendmentRequest.builder()
                  .header(reply(request, LITHUANIAN_CENTRAL, FRENCH_CENTRAL))
                  .addMissingItems(
                      "The judgment's list of civil parties with the compensation awarded to each")
                  .timeLimit(today().plusDays(30))
                  .build(),
              "Lithuania asks for the list of victims and their awards, within 30 days")
          .deadline(amendmentsDue(restitution));
      run.passDays(14);
      restitution.step(
          AssistanceAction.SUPPLY_AMENDMENT,
          FRENCH_CENTRAL,
          "France sends the list of the 57 civil parties and their awards");
      run.passDays(6);
      restitution.step(
          AssistanceAction.ACCEPT,
          LITHUANIAN_CENTRAL,
          "Lithuania grants the return, giving it the priority " + PRIORITY_TO_RETURN + " asks");
      run.passDays(20);
      restitution.step(
          AssistanceAction.RETURN_PROPERTY,
          LITHUANIAN_CENTRAL,
          ResultTransmission.builder()
              .header(reply(request, LITHUANIAN_CENTRAL, FRENCH_CENTRAL))
              .addAmounts(Amount.of("731904.18", AssetCode.EUR))
              .addDocuments(
                  "Statement of the sale of the confiscated virtual assets by the state asset office")
              .build(),
          "the proceeds of the sale of the virtual assets and the bank balance are transferred to"
              + " France for the victims");
    }

    /** The header of the next reply about {@code request}, from one authority to the other, today. */
    private ReplyHeader reply(Request request, Authority from, Authority to) {
      replies++;
      return ReplyHeader.builder()
          .id(RequestId.of(String.format("%s-R%02d", from.party().code(), replies)))
          .answersRequest(request.header().id())
          .family(request.family())
          .fromParty(from.party())
          .fromAuthority(from)
          .toParty(to.party())
          .toAuthority(to)
          .date(today())
          .channel(request.header().channel())
          .build();
    }

    private LocalDate today() {
      return LocalDate.ofInstant(run.now(), ZoneOffset.UTC);
    }

    /** The preservation period in words, as the workflow computes it. */
    private String preservedUntil(
        ScenarioRun.Case<PreservationRequest, PreservationStatus, PreservationAction> preservation) {
      return "preserved until "
          + WHEN.format(periodEnd(preservation))
          + ", at least 60 days ("
          + FOLLOW_UP_KEEPS_DATA
          + "), longer once a follow-up request is received";
    }

    /**
     * The end of the preservation period (BC 29(7): at least 60 days, or the requested Party's
     * longer domestic period), as {@link PreservationDeadlines} derives it from the case.
     */
    private Instant periodEnd(
        ScenarioRun.Case<PreservationRequest, PreservationStatus, PreservationAction> preservation) {
      return PreservationDeadlines.expiry(preservation.caseFile(), run.environment()).orElseThrow();
    }

    /** The time limit set for the amendments, as the workflow computes it (WC 38(2)). */
    private String amendmentsDue(
        ScenarioRun.Case<DisposalRequest, AssistanceStatus, AssistanceAction> restitution) {
      return AssistanceDeadlines.amendmentDue(restitution.caseFile(), run.environment())
          .map(end -> "amendments due before " + WHEN.format(end) + " (" + AMENDMENT_TIME_LIMIT + ")")
          .orElseThrow();
    }

    private PreservationRequest lithuanianPreservationRequest() {
      return PreservationRequest.builder()
          .header(
              header("FR-247-2026-0041", FRENCH_24_7, LITHUANIAN_24_7, Channel.NETWORK_24_7)
                  .urgency(Urgency.URGENT)
                  .addLegalBasis(BUDAPEST.cite(29), BUDAPEST.cite(35))
                  .build())
          .addOffences(fraud(), laundering())
          .facts(facts())
          .addDataToPreserve(
              DataItem.builder()
                  .category(DataCategory.TRAFFIC_DATA)
                  .description("Access logs of the web server and of the hosting control panel")
                  .selector("aurelia-invest.example")
                  .periodStart(LocalDate.of(2025, 9, 1))
                  .periodEnd(LocalDate.of(2026, 2, 16))
                  .relationToOffence("The fraudulent platform ran on this server; the logs show who ran it")
                  .build(),
              DataItem.builder()
                  .category(DataCategory.SUBSCRIBER_INFORMATION)
                  .description("Customer record and payment details of the hosting account")
                  .selector("aurelia-invest.example")
                  .relationToOffence("The account holder rented the server of the fraudulent platform")
                  .build(),
              DataItem.builder()
                  .category(DataCategory.SUBSCRIBER_INFORMATION)
                  .description("Customer due diligence file of the exchange accounts that received the"
                      + " victims' transfers")
                  .selector("Baltic Ledger Exchange account references in the annex")
                  .relationToOffence("The victims' money was paid into these accounts")
                  .build(),
              DataItem.builder()
                  .category(DataCategory.TRAFFIC_DATA)
                  .description("Log-in records of those exchange accounts")
                  .periodStart(LocalDate.of(2025, 9, 1))
                  .periodEnd(LocalDate.of(2026, 2, 16))
                  .relationToOffence("They show from where the accounts were operated")
                  .build())
          .custodianOrLocation(
              "Vingis Hosting UAB, Vilnius (server of the platform); Baltic Ledger Exchange UAB,"
                  + " Vilnius (customer accounts)")
          .necessity(
              "The hosting provider keeps access logs for 30 days and the platform's operators can"
                  + " close the exchange accounts at any moment.")
          .intendsMutualAssistanceFollowUp(true)
          .build();
    }

    private PreservedTrafficDisclosure trafficDisclosure() {
      return PreservedTrafficDisclosure.builder()
          .preservationRequestId(lithuanianPreservation.caseFile().request().header().id())
          .disclosingParty(LITHUANIA)
          .receivingParty(FRANCE)
          .disclosingAuthority(LITHUANIAN_24_7)
          .disclosedOn(today())
          .addTrafficData(
              DataItem.builder()
                  .category(DataCategory.TRAFFIC_DATA)
                  .description("Source address, port and times of the control-panel sessions")
                  .periodStart(LocalDate.of(2025, 10, 1))
                  .periodEnd(LocalDate.of(2026, 2, 14))
                  .build())
          .identifiedProvider(ROMANIAN_SERVER_PROVIDER)
          .path("Administrator's connections reach the Vilnius server from a virtual server in Cluj")
          .build();
    }

    private PreservationRequest romanianPreservationRequest() {
      return PreservationRequest.builder()
          .header(
              header("FR-247-2026-0043", FRENCH_24_7, ROMANIAN_24_7, Channel.NETWORK_24_7)
                  .urgency(Urgency.URGENT)
                  .addLegalBasis(BUDAPEST.cite(29), BUDAPEST.cite(35))
                  .build())
          .addOffences(fraud(), laundering())
          .facts(facts())
          .addDataToPreserve(
              DataItem.builder()
                  .category(DataCategory.TRAFFIC_DATA)
                  .description("Connection logs of the virtual server named in the Lithuanian disclosure")
                  .periodStart(LocalDate.of(2025, 10, 1))
                  .periodEnd(LocalDate.of(2026, 2, 17))
                  .relationToOffence("The platform was administered through this server")
                  .build(),
              DataItem.builder()
                  .category(DataCategory.SUBSCRIBER_INFORMATION)
                  .description("Customer record and payment details of the virtual server")
                  .relationToOffence("The customer may be the platform's administrator")
                  .build())
          .custodianOrLocation("Somes Virtual Servers SRL, Cluj-Napoca")
          .necessity("Connection logs of virtual servers are overwritten within weeks.")
          .intendsMutualAssistanceFollowUp(true)
          .build();
    }

    private StoredDataAccessRequest storedDataAccessRequest() {
      return StoredDataAccessRequest.builder()
          .header(
              header("FR-EI-2026-0312", FRENCH_CENTRAL, LITHUANIAN_CENTRAL, Channel.CENTRAL_AUTHORITY)
                  .investigatingAuthority(INVESTIGATING_JUDGE)
                  .urgency(Urgency.URGENT)
                  .addLegalBasis(BUDAPEST.cite(31))
                  .build())
          .addOffences(fraud(), laundering())
          .facts(facts())
          .addAllDataItems(lithuanianPreservation.caseFile().request().dataToPreserve())
          .addMeasures(StoredDataAccessMeasure.SEARCH_OR_SIMILAR_ACCESS, StoredDataAccessMeasure.DISCLOSURE)
          .precedingPreservation(lithuanianPreservation.caseFile().request().header().id())
          .expeditedGrounds(
              "The data is preserved for 60 days only, and the exchange accounts still hold funds"
                  + " the suspects can move.")
          .build();
    }

    private BankAccountInformationRequest bankAccountRequest() {
      return BankAccountInformationRequest.builder()
          .header(
              header("FR-EI-2026-0377", FRENCH_CENTRAL, LITHUANIAN_CENTRAL, Channel.CENTRAL_AUTHORITY)
                  .investigatingAuthority(INVESTIGATING_JUDGE)
                  .addLegalBasis(WARSAW.cite(17))
                  .build())
          .addOffences(fraud(), laundering())
          .content(
              WarsawRequestContent.builder()
                  .objectAndReason(
                      "To learn whether the suspect holds or controls accounts at Neris Commercial Bank"
                          + " AB, and their particulars, to trace the proceeds of the fraud.")
                  .facts(facts())
                  .coercive(true)
                  .statutoryProvisions(
                      "Code of Criminal Procedure, provisions on requisitions to banks (text"
                          + " attached)")
                  .measureAvailableAtHome(true)
                  .addPersons(suspect())
                  .build())
          .substantialValueReason(
              "The accounts would show where the euros paid out by the exchange went, and so which"
                  + " property can be frozen.")
          .presumptionReason(
              "The exchange's records show EUR 214,600 paid out from the suspect's exchange account"
                  + " to accounts at this bank.")
          .addBanks("Neris Commercial Bank AB, Vilnius")
          .build();
    }

    private ProvisionalMeasureRequest freezingRequest() {
      return ProvisionalMeasureRequest.builder()
          .header(
              header("FR-EI-2026-0431", FRENCH_CENTRAL, LITHUANIAN_CENTRAL, Channel.CENTRAL_AUTHORITY)
                  .investigatingAuthority(INVESTIGATING_JUDGE)
                  .urgency(Urgency.URGENT)
                  .addLegalBasis(WARSAW.cite(21))
                  .build())
          .addOffences(fraud(), laundering())
          .content(
              WarsawRequestContent.builder()
                  .objectAndReason(
                      "To freeze the proceeds of the fraud held by the suspect in Lithuania, so that"
                          + " they can later be confiscated and returned to the victims.")
                  .facts(facts())
                  .coercive(true)
                  .statutoryProvisions(
                      "Code of Criminal Procedure, provisions on the seizure of criminal assets (text"
                          + " attached)")
                  .measureAvailableAtHome(true)
                  .addPersons(suspect())
                  .addProperty(usdtWallet(), bitcoinWallet(), bankAccount())
                  .build())
          .measure(ProvisionalMeasure.FREEZING)
          .addAssets(usdtWallet(), bitcoinWallet(), bankAccount())
          .proceedingsInstituted(true)
          .proceedingsReference("Paris judicial investigation no. 2026/0417")
          .build();
    }

    private ConfiscationRequest confiscationRequest() {
      return ConfiscationRequest.builder()
          .header(
              header("FR-EI-2027-0098", FRENCH_CENTRAL, LITHUANIAN_CENTRAL, Channel.CENTRAL_AUTHORITY)
                  .addLegalBasis(WARSAW.cite(23))
                  .build())
          .addOffences(fraud(), laundering())
          .content(
              WarsawRequestContent.builder()
                  .objectAndReason("To enforce the Paris criminal court's confiscation order.")
                  .facts(facts())
                  .coercive(true)
                  .statutoryProvisions("Criminal Code, provisions on confiscation (text attached)")
                  .measureAvailableAtHome(true)
                  .addPersons(suspect())
                  .addProperty(usdtWallet(), bitcoinWallet(), bankAccount())
                  .build())
          .mode(ConfiscationMode.ENFORCE_FOREIGN_ORDER)
          .kind(ConfiscationKind.PROPERTY)
          .addAssets(usdtWallet(), bitcoinWallet(), bankAccount())
          .certifiedCopyOfOrderAttached(true)
          .statementOfGroundsAttached(true)
          .enforceabilityAttested(true)
          .extentOfEnforcement("All the property frozen in Lithuania and named in the order")
          .provisionalMeasuresNeeded(false)
          .build();
    }

    private DisposalRequest returnRequest() {
      return DisposalRequest.builder()
          .header(
              header("FR-EI-2027-0151", FRENCH_CENTRAL, LITHUANIAN_CENTRAL, Channel.CENTRAL_AUTHORITY)
                  .addLegalBasis(WARSAW.cite(25))
                  .build())
          .addOffences(fraud(), laundering())
          .content(
              WarsawRequestContent.builder()
                  .objectAndReason(
                      "To have the confiscated property returned to France so that the victims can be"
                          + " compensated.")
                  .facts(facts())
                  .addProperty(usdtWallet(), bitcoinWallet(), bankAccount())
                  .build())
          .confiscationRequestId(confiscation.caseFile().request().header().id())
          .disposition(Disposition.RETURN_FOR_VICTIM_COMPENSATION)
          .addBeneficiaries(
              victim("Claire Vasseur", "Lyon"),
              victim("Henri Lemarchand", "Nantes"),
              victim("Sophie Garnier", "Lille"))
          .addAssets(usdtWallet(), bitcoinWallet(), bankAccount())
          .build();
    }

    private RequestHeader.Builder header(String id, Authority from, Authority to, Channel channel) {
      RequestHeader.Builder header = RequestHeader.builder();
      header
          .id(RequestId.of(id))
          .requestingParty(from.party())
          .requestedParty(to.party())
          .requestingAuthority(from)
          .requestedAuthority(to)
          .channel(channel)
          .dateOfRequest(today())
          .language(Language.ENGLISH);
      return header;
    }
  }

  private static Offence fraud() {
    return Offence.builder()
        .domesticDescription("Organised fraud through an online investment platform")
        .domesticProvision("Criminal Code, Art. 313-1 and 313-2")
        .addAppendixCategories(AppendixCategory.FRAUD)
        .build();
  }

  private static Offence laundering() {
    return Offence.builder()
        .domesticDescription("Laundering of the proceeds of the fraud")
        .domesticProvision("Criminal Code, Art. 324-1")
        .addLaunderingOffences(
            LaunderingOffence.CONVERSION_OR_TRANSFER, LaunderingOffence.CONCEALMENT_OR_DISGUISE)
        .build();
  }

  private static Facts facts() {
    return Facts.builder()
        .summary(
            "From October 2025 the website aurelia-invest.example took investments from French"
                + " savers for a fictitious crypto trading robot. 57 victims paid EUR 1.24 million into"
                + " accounts at Baltic Ledger Exchange UAB, where the money was converted into USDT and"
                + " bitcoin. Payouts stopped in January 2026.")
        .offenceDate(LocalDate.of(2025, 10, 6))
        .offencePlace("France, through a website hosted in Lithuania")
        .build();
  }

  private static Person suspect() {
    return Person.builder()
        .role(PersonRole.SUSPECT)
        .kind(Person.Kind.NATURAL)
        .name("Darius Kalnietis")
        .dateOfBirth(LocalDate.of(1991, 3, 14))
        .nationality(LITHUANIA)
        .address("Vilnius (address in the annex)")
        .build();
  }

  private static Person victim(String name, String town) {
    return Person.builder()
        .role(PersonRole.VICTIM)
        .kind(Person.Kind.NATURAL)
        .name(name)
        .nationality(FRANCE)
        .address(town)
        .build();
  }

  /** The suspect's custodial USDT account at the exchange: property, as the model extends WC 21 and 23. */
  private static VirtualCurrencyWallet usdtWallet() {
    return VirtualCurrencyWallet.builder()
        .asset(AssetCode.USDT)
        .network("tron")
        .address("BLX-CUSTODY-0041882-USDT")
        .custodian("Baltic Ledger Exchange UAB, Vilnius")
        .location(LITHUANIA)
        .estimatedValue(Amount.of("412350.000000", AssetCode.USDT))
        .build();
  }

  /** The suspect's custodial bitcoin account at the exchange. */
  private static VirtualCurrencyWallet bitcoinWallet() {
    return VirtualCurrencyWallet.builder()
        .asset(AssetCode.BTC)
        .network("bitcoin")
        .address("BLX-CUSTODY-0041882-BTC")
        .custodian("Baltic Ledger Exchange UAB, Vilnius")
        .location(LITHUANIA)
        .estimatedValue(Amount.of("3.41200000", AssetCode.BTC))
        .build();
  }

  /** The suspect's current account at the Lithuanian bank, found through WC 17. */
  private static BankAccount bankAccount() {
    return BankAccount.builder()
        .iban(Iban.of("LT96 7999 9000 0123 4567"))
        .bankName("Neris Commercial Bank AB")
        .location(LITHUANIA)
        .estimatedValue(Amount.of("68420.55", AssetCode.EUR))
        .build();
  }
}
