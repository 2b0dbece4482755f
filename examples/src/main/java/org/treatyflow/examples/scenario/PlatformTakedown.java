package org.treatyflow.examples.scenario;

import static com.google.common.base.Preconditions.checkState;
import static org.treatyflow.model.common.Instrument.BUDAPEST;
import static org.treatyflow.model.common.Instrument.SECOND_PROTOCOL;
import static org.treatyflow.model.common.Instrument.WARSAW;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.treatyflow.model.asset.Amount;
import org.treatyflow.model.asset.AssetCode;
import org.treatyflow.model.asset.BankAccount;
import org.treatyflow.model.asset.DomainName;
import org.treatyflow.model.asset.Iban;
import org.treatyflow.model.asset.VirtualCurrencyWallet;
import org.treatyflow.model.assistance.JointInvestigationTeamAgreement;
import org.treatyflow.model.assistance.StoredDataAccessMeasure;
import org.treatyflow.model.assistance.StoredDataAccessRequest;
import org.treatyflow.model.common.AppendixCategory;
import org.treatyflow.model.common.ArticleCitation;
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
import org.treatyflow.model.common.MaximumPenalty;
import org.treatyflow.model.common.Offence;
import org.treatyflow.model.common.Party;
import org.treatyflow.model.common.Request;
import org.treatyflow.model.common.RequestHeader;
import org.treatyflow.model.common.RequestId;
import org.treatyflow.model.common.Urgency;
import org.treatyflow.model.confiscation.ConfiscationKind;
import org.treatyflow.model.confiscation.ConfiscationMode;
import org.treatyflow.model.confiscation.ConfiscationRequest;
import org.treatyflow.model.disclosure.DomainRegistrationRequest;
import org.treatyflow.model.disclosure.ForeignProductionOrderRequest;
import org.treatyflow.model.disclosure.PreservationStatus;
import org.treatyflow.model.disclosure.ProductionOrder;
import org.treatyflow.model.disclosure.SubscriberInformationOrder;
import org.treatyflow.model.financial.WarsawRequestContent;
import org.treatyflow.model.preservation.PreservationRequest;
import org.treatyflow.model.provisional.ProvisionalMeasure;
import org.treatyflow.model.provisional.ProvisionalMeasureRequest;
import org.treatyflow.model.registry.PartyRegistry;
import org.treatyflow.model.registry.PartyStatus;
import org.treatyflow.model.reply.Acknowledgement;
import org.treatyflow.model.reply.InformationNotice;
import org.treatyflow.model.reply.NoticeKind;
import org.treatyflow.model.reply.ReplyHeader;
import org.treatyflow.model.reply.ResultTransmission;
import org.treatyflow.workflow.DomesticPolicy;
import org.treatyflow.workflow.assistance.AssistanceAction;
import org.treatyflow.workflow.assistance.JointInvestigationTeamAction;
import org.treatyflow.workflow.assistance.JointInvestigationTeamWorkflow;
import org.treatyflow.workflow.assistance.StoredDataAccessWorkflow;
import org.treatyflow.workflow.confiscation.ConfiscationWorkflow;
import org.treatyflow.workflow.direct.DirectOrderAction;
import org.treatyflow.workflow.direct.DirectOrderDeadlines;
import org.treatyflow.workflow.direct.DirectOrderWorkflow;
import org.treatyflow.workflow.direct.DomainRegistrationAction;
import org.treatyflow.workflow.direct.DomainRegistrationWorkflow;
import org.treatyflow.workflow.disclosure.ForeignProductionOrderDeadlines;
import org.treatyflow.workflow.disclosure.ForeignProductionOrderWorkflow;
import org.treatyflow.workflow.preservation.PreservationAction;
import org.treatyflow.workflow.preservation.PreservationDeadlines;
import org.treatyflow.workflow.preservation.PreservationWorkflow;
import org.treatyflow.workflow.provisional.ProvisionalMeasuresWorkflow;

/**
 * The take-down of an illegal online marketplace, told through every channel it needed: a
 * registrar and a provider abroad asked directly, a provider's Party asked to give effect to an
 * order the provider ignored, a joint investigation team, the servers' data and the operators'
 * proceeds. The story, the people and the companies are invented; the Parties, the articles and the
 * periods are those of the library.
 *
 * <p>In January 2027 Hungary's National Bureau of Investigation finds "Nightbazaar", a marketplace
 * selling stolen payment card data and hacked account credentials to buyers who then empty the
 * victims' accounts (computer-related fraud and misuse of devices, BC 8 and BC 6; laundering of the
 * proceeds, WC 9). Its servers are rented from a hosting company in Moldova; its domain was
 * registered through a registrar in Costa Rica.
 *
 * <ol>
 *   <li><b>Preservation (BC 29).</b> On Monday 11 January the Hungarian 24/7 point (BC 35) asks the
 *       Moldovan one to preserve the servers' content and logs; Moldova preserves them the same day,
 *       for at least 60 days (BC 29(7)).
 *   <li><b>The registrar (2AP 6).</b> The next day the Bureau asks the Costa Rican registrar
 *       directly for the domain's registration information. The registrar discloses it within a
 *       week: a false name, and a mailbox at a Costa Rican e-mail provider.
 *   <li><b>The provider (2AP 7).</b> A Budapest prosecutor orders the e-mail provider directly to
 *       disclose the mailbox holder's subscriber information. The provider does not answer. After
 *       twenty days the prosecutor wants to record that its time has run out: the library refuses,
 *       citing 2AP 7(7), since the provider has 30 days from receiving the order. Once they have
 *       passed, the prosecutor records that the order was not complied with.
 *   <li><b>The servers (BC 31).</b> Meanwhile Hungary's central authority asks Moldova to search
 *       the servers, seize their data and disclose it (BC 31), on an expedited basis because the
 *       operators could wipe them (BC 31(3)). Moldova records the request as the preservation's
 *       follow-up, which keeps the data preserved until the request is decided (BC 29(7)). The
 *       forensic images arrive in February; the request decided and executed, Moldova releases the
 *       preservation (BC 29(7)).
 *   <li><b>The provider's Party (2AP 8).</b> Hungary asks Costa Rica to give effect to its
 *       production order for the mailbox's subscriber information and login records, naming the
 *       unanswered 2AP 7 order, and the prosecutor escalates that order to the new request (2AP
 *       7(7)). Costa Rica serves the order on the provider within the 45 days of 2AP 8(6)(a) and
 *       orders it to return the data within 20 days (subscriber information) and 45 days (traffic
 *       data); the data arrives in March.
 *   <li><b>The joint team (2AP 12).</b> The data points to an administrator living in Costa Rica and
 *       a second operator in Hungary. The two prosecution services set up a joint investigation
 *       team by agreement, with terms on the use of what it obtains. The Hungarian prosecutor tries
 *       to start the team's work a week early: refused under 2AP 12, the agreement sets the start
 *       date. The team works from April to November 2027.
 *   <li><b>The proceeds (WC 21, WC 23).</b> The seized server data shows the marketplace's escrow
 *       wallet at a virtual-asset service provider in Belgrade and payouts to a Serbian bank
 *       account. In May 2027, days before the joint action day, Hungary asks Serbia to freeze both
 *       (WC 21(1)); Serbia does, and informs Hungary of the domestic rules under which the freezing
 *       would lapse (WC 41(1)(e)). After the operators' conviction in Budapest, Hungary asks Serbia
 *       in June 2028 to enforce the final confiscation order (WC 23(1)(a)); Serbia confiscates the
 *       account balance and the virtual assets, and Hungary withdraws the freezing request, which
 *       is no longer needed (WC 41(2)(b)).
 * </ol>
 *
 * <p><b>Assuming the Protocol in force between them.</b> Hungary and Costa Rica have ratified the
 * Second Additional Protocol in the bundled registry, but it is not in force there (four
 * ratifications). The scenario runs in a registry built from the bundled one in which the Protocol
 * entered into force for both on 1 October 2026 ({@link #registry()}), the same hypothesis as the
 * testkit's Protocol tests; every other row is the bundled one. Moldova and Serbia are asked only
 * under the Budapest and Warsaw Conventions, which bind them and Hungary in the bundled registry.
 *
 * <p>Both follow-ups are named on their steps ({@link ScenarioRun.Case#stepWithFollowUp}): the
 * preservation's {@code RECEIVE_FOLLOW_UP} names the BC 31 request, and the order's {@code
 * ESCALATE} names the 2AP 8 request, which in turn names the order as its precursor.
 *
 * <p>The domestic provisions and penalties named in the requests are illustrative.
 */
public final class PlatformTakedown implements Scenario {
  static final String NAME = "platform-takedown";
  static final String TITLE =
      "Taking down an illegal online marketplace: a registrar and a provider abroad, the provider's"
          + " Party, a joint team, the servers' data and the operators' proceeds";

  static final Party HUNGARY = Party.of("HU");
  static final Party COSTA_RICA = Party.of("CR");
  static final Party MOLDOVA = Party.of("MD");
  static final Party SERBIA = Party.of("RS");

  /** Monday 11 January 2027, 09:00 in Budapest. */
  static final Instant START = Instant.parse("2027-01-11T08:00:00Z");

  /** The assumed entry into force of the Second Protocol for Hungary and Costa Rica. */
  static final LocalDate PROTOCOL_IN_FORCE = LocalDate.of(2026, 10, 1);

  static final String PRESERVATION = "BC 29 preservation HU-MD";
  static final String REGISTRATION = "2AP 6 domain registration HU-CR";
  static final String DIRECT_ORDER = "2AP 7 order to the provider HU-CR";
  static final String SERVERS = "BC 31 servers HU-MD";
  static final String PRODUCTION = "2AP 8 production order HU-CR";
  static final String JOINT_TEAM = "2AP 12 joint investigation team HU-CR";
  static final String FREEZING = "WC 21 freezing HU-RS";
  static final String CONFISCATION = "WC 23 confiscation HU-RS";

  private static final RequestId PRESERVATION_ID = RequestId.of("HU-NBI-2027-0112");
  private static final RequestId REGISTRATION_ID = RequestId.of("HU-NBI-2027-0118");
  private static final RequestId DIRECT_ORDER_ID = RequestId.of("HU-BCPO-2027-0031");
  private static final RequestId SERVERS_ID = RequestId.of("HU-PGO-2027-0207");
  private static final RequestId PRODUCTION_ID = RequestId.of("HU-PGO-2027-0388");
  private static final RequestId JOINT_TEAM_ID = RequestId.of("JIT-HU-CR-2027-01");
  private static final RequestId FREEZING_ID = RequestId.of("HU-PGO-2027-0601");
  private static final RequestId CONFISCATION_ID = RequestId.of("HU-PGO-2028-0415");

  private static final Map<Party, ZoneId> ZONES =
      Map.of(
          HUNGARY, ZoneId.of("Europe/Budapest"),
          COSTA_RICA, ZoneId.of("America/Costa_Rica"),
          MOLDOVA, ZoneId.of("Europe/Chisinau"),
          SERBIA, ZoneId.of("Europe/Belgrade"));

  private static final DomesticPolicy POLICY = new LocalTimeZones();
  private static final PartyRegistry REGISTRY = protocolInForce();

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm", Locale.ENGLISH);

  // The authorities, providers and the registrar. Institutions are named, never officials; the
  // contact details are invented.
  private static final Authority HU_BUREAU =
      authority(HUNGARY, AuthorityRole.POLICE, "National Bureau of Investigation, Cybercrime Department",
          "Duty desk, +36 1 000 0100, cyber-duty@nbi.example");
  private static final Authority HU_24_7 =
      authority(HUNGARY, AuthorityRole.POINT_OF_CONTACT_24_7,
          "24/7 point of contact, National Bureau of Investigation",
          "24/7 desk, +36 1 000 0199");
  private static final Authority HU_PROSECUTOR =
      authority(HUNGARY, AuthorityRole.PROSECUTOR, "Budapest Chief Prosecutor's Office, cybercrime unit",
          "Case prosecutor, +36 1 000 0300, cyber@bcpo.example");
  private static final Authority HU_CENTRAL =
      authority(HUNGARY, AuthorityRole.CENTRAL_AUTHORITY,
          "Office of the Prosecutor General, international cooperation",
          "MLA desk, +36 1 000 0400, mla@pgo.example");
  private static final Authority CR_REGISTRAR =
      Authority.of(COSTA_RICA, AuthorityRole.DOMAIN_REGISTRATION_ENTITY, "Registro Ejemplo S.A.");
  private static final Authority CR_MAIL_PROVIDER =
      Authority.of(COSTA_RICA, AuthorityRole.SERVICE_PROVIDER, "Correo Ejemplo S.A.");
  private static final Authority CR_CENTRAL =
      authority(COSTA_RICA, AuthorityRole.CENTRAL_AUTHORITY, "Public Ministry, international cooperation office",
          "International desk, +506 0000 0100");
  private static final Authority CR_PROSECUTOR =
      authority(COSTA_RICA, AuthorityRole.PROSECUTOR, "Public Ministry, cybercrime prosecution office",
          "Case prosecutor, +506 0000 0200");
  private static final Authority MD_24_7 =
      authority(MOLDOVA, AuthorityRole.POINT_OF_CONTACT_24_7, "24/7 point of contact, General Police Inspectorate",
          "24/7 desk, +373 22 000 099");
  private static final Authority MD_CENTRAL =
      authority(MOLDOVA, AuthorityRole.CENTRAL_AUTHORITY,
          "Prosecutor General's Office, international legal assistance",
          "MLA desk, +373 22 000 100");
  private static final Authority RS_CENTRAL =
      authority(SERBIA, AuthorityRole.CENTRAL_AUTHORITY, "Ministry of Justice, international legal assistance",
          "MLA desk, +381 11 000 0100");

  /** The scenario; it keeps no state between runs. */
  public PlatformTakedown() {}

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String title() {
    return TITLE;
  }

  /**
   * The registry the scenario runs in: the bundled one, with the Second Protocol in force for
   * Hungary and Costa Rica from 1 October 2026 (a hypothesis, see the class comment).
   */
  static PartyRegistry registry() {
    return REGISTRY;
  }

  /** The domestic policy of the scenario: each Party counts its periods in its own time zone. */
  static DomesticPolicy policy() {
    return POLICY;
  }

  @Override
  public ScenarioRecord run() {
    ScenarioRun run = new ScenarioRun(NAME, TITLE, START, REGISTRY, POLICY);

    // Mon 11 Jan 2027, 09:00 Budapest: the servers' data first, before anyone is alerted (BC 29).
    var preservation = run.open(PRESERVATION, PreservationWorkflow.WORKFLOW, preservationRequest());
    preservation.step(PreservationAction.SUBMIT, HU_24_7,
        "the Hungarian 24/7 point asks Moldova to preserve the marketplace's two rented servers");
    run.passHours(2);
    preservation.step(PreservationAction.RECEIVE, MD_24_7, "the Moldovan 24/7 point registers the request");
    run.passHours(5);
    preservation.step(PreservationAction.PRESERVE, MD_24_7,
        "the hosting company is ordered to preserve the servers' content and logs");
    preservation.deadline(String.format(
        "preserved until %s (%s: at least 60 days)",
        when(PreservationDeadlines.expiry(preservation.caseFile(), run.environment()).orElseThrow(), MOLDOVA),
        BUDAPEST.cite(29, 7)));

    // Who registered the domain? Asked of the registrar directly (2AP 6).
    passUntil(run, "2027-01-12T09:00", HUNGARY);
    var registration = run.open(REGISTRATION, DomainRegistrationWorkflow.WORKFLOW, registrationRequest());
    registration.step(DomainRegistrationAction.SEND, HU_BUREAU,
        "the Bureau asks the Costa Rican registrar for the domain's registration information");
    passUntil(run, "2027-01-18T09:00", COSTA_RICA);
    registration.step(DomainRegistrationAction.DISCLOSE, CR_REGISTRAR, registrationRecord(run),
        "the registrar discloses the registrant record: a false name and a mailbox at a Costa Rican provider");

    // The mailbox's holder, ordered from the provider directly (2AP 7).
    passUntil(run, "2027-01-20T09:00", HUNGARY);
    var order = run.open(DIRECT_ORDER, DirectOrderWorkflow.WORKFLOW, directOrder());
    order.step(DirectOrderAction.ISSUE, HU_PROSECUTOR,
        "the prosecutor serves an order for the mailbox holder's subscriber information on the provider");
    Instant providerTimeEnds = DirectOrderDeadlines.responseDue(order.caseFile(), run.environment()).orElseThrow();
    order.deadline(String.format(
        "the provider has until %s (%s: 30 days from receipt, or the order's longer time frame)",
        when(providerTimeEnds, COSTA_RICA), SECOND_PROTOCOL.cite(7, 7)));

    // The servers themselves (BC 31), expedited because they can be wiped (BC 31(3)).
    passUntil(run, "2027-01-25T10:00", HUNGARY);
    var servers = run.open(SERVERS, StoredDataAccessWorkflow.WORKFLOW, serversRequest());
    servers.step(AssistanceAction.SUBMIT, HU_CENTRAL,
        "Hungary asks Moldova to search the preserved servers, seize their data and disclose it");
    passUntil(run, "2027-01-27T10:00", MOLDOVA);
    servers.step(AssistanceAction.RECEIVE, MD_CENTRAL, "Moldova's central authority registers the request");
    preservation.stepWithFollowUp(PreservationAction.RECEIVE_FOLLOW_UP, MD_24_7, SERVERS_ID,
        "the request to search the servers follows up the preservation: the data stays preserved until"
            + " Moldova decides on it");
    run.passHours(4);
    servers.step(AssistanceAction.ACKNOWLEDGE, MD_CENTRAL,
        acknowledgement(run, serversRequest(), MD_CENTRAL, HU_CENTRAL, "MD-PGO-2027-0052",
            LocalDate.of(2027, 1, 27), "Passed to the prosecutor competent for the district of the data centre."),
        "Moldova confirms receipt and names the prosecutor who will execute it");
    passUntil(run, "2027-02-01T11:00", MOLDOVA);
    servers.step(AssistanceAction.ACCEPT, MD_CENTRAL, "a Moldovan judge authorises the search and seizure");
    passUntil(run, "2027-02-04T08:00", MOLDOVA);
    servers.step(AssistanceAction.START_EXECUTION, MD_CENTRAL,
        "the servers are searched and their disks imaged at the data centre");

    // Day 20 of the order: the provider is silent, but its time has not run out (2AP 7(7)).
    passUntil(run, "2027-02-09T09:00", HUNGARY);
    order.attempt(DirectOrderAction.TIME_OUT, HU_PROSECUTOR, Optional.empty(),
        "the prosecutor wants to record the provider's silence after twenty days");
    order.deadline(String.format("the provider still has until %s", when(providerTimeEnds, COSTA_RICA)));

    // The servers' data arrives; the follow-up decided, the preservation is released (BC 29(7)).
    passUntil(run, "2027-02-15T15:00", MOLDOVA);
    servers.step(AssistanceAction.TRANSMIT_RESULT, MD_CENTRAL, serverImages(run),
        "Moldova sends the forensic images and the hosting contract");
    passUntil(run, "2027-02-18T10:00", HUNGARY);
    servers.step(AssistanceAction.CLOSE, HU_CENTRAL, "Hungary confirms receipt of the results");
    run.passHours(1);
    preservation.step(PreservationAction.DECIDE_FOLLOW_UP, MD_24_7,
        "the request to search the servers was decided and executed: Moldova lifts the preservation order");

    // The provider's 30 days are over (2AP 7(7)).
    passUntil(run, "2027-02-22T09:00", HUNGARY);
    order.step(DirectOrderAction.TIME_OUT, HU_PROSECUTOR,
        "the provider let its time pass without disclosing: the order may now be enforced only through"
            + " Article 8 or mutual assistance");
    order.deadline(String.format("the provider's time ended %s", when(providerTimeEnds, COSTA_RICA)));

    // The provider's Party is asked to give effect to the order (2AP 8).
    passUntil(run, "2027-02-23T10:00", HUNGARY);
    var production = run.open(PRODUCTION, ForeignProductionOrderWorkflow.WORKFLOW, productionRequest());
    production.step(AssistanceAction.SUBMIT, HU_CENTRAL,
        "Hungary asks Costa Rica to give effect to its production order for the mailbox's data");
    order.stepWithFollowUp(DirectOrderAction.ESCALATE, HU_PROSECUTOR, PRODUCTION_ID,
        "the prosecutor records that the order is now pursued through the request to Costa Rica");
    passUntil(run, "2027-02-24T09:00", COSTA_RICA);
    production.step(AssistanceAction.RECEIVE, CR_CENTRAL,
        "Costa Rica's authority receives the request with all the information it needs");
    production.deadline(String.format(
        "serve the order on the provider by %s (%s: reasonable efforts within 45 days)",
        when(ForeignProductionOrderDeadlines.serviceDue(production.caseFile(), run.environment()).orElseThrow(),
            COSTA_RICA),
        ForeignProductionOrderDeadlines.SERVICE));
    passUntil(run, "2027-02-25T09:00", COSTA_RICA);
    production.step(AssistanceAction.ACKNOWLEDGE, CR_CENTRAL,
        acknowledgement(run, productionRequest(), CR_CENTRAL, HU_CENTRAL, "CR-MP-2027-0144",
            LocalDate.of(2027, 2, 24),
            "Examined by the cybercrime prosecution office for service on the provider."),
        "Costa Rica acknowledges the request");
    passUntil(run, "2027-03-03T09:00", COSTA_RICA);
    production.step(AssistanceAction.ACCEPT, CR_CENTRAL, "Costa Rica decides to give effect to the order");
    passUntil(run, "2027-03-05T09:00", COSTA_RICA);
    production.step(AssistanceAction.START_EXECUTION, CR_CENTRAL,
        "the order is served on the provider, with the Costa Rican order to comply");
    Map<DataCategory, Instant> returnDue =
        ForeignProductionOrderDeadlines.returnDue(production.caseFile(), run.environment());
    production.deadline(String.format(
        "the provider returns the subscriber information by %s (%s) and the traffic data by %s (%s)",
        when(returnDue.get(DataCategory.SUBSCRIBER_INFORMATION), COSTA_RICA),
        ForeignProductionOrderDeadlines.SUBSCRIBER_RETURN,
        when(returnDue.get(DataCategory.TRAFFIC_DATA), COSTA_RICA),
        ForeignProductionOrderDeadlines.TRAFFIC_RETURN));
    passUntil(run, "2027-03-19T09:00", COSTA_RICA);
    production.step(AssistanceAction.TRANSMIT_RESULT, CR_CENTRAL, mailboxData(run),
        "Costa Rica sends the mailbox holder's subscriber information and login records");
    passUntil(run, "2027-03-22T10:00", HUNGARY);
    production.step(AssistanceAction.CLOSE, HU_CENTRAL, "Hungary confirms receipt of the data");

    // One operator lives in Costa Rica, one in Hungary: a joint team, by agreement (2AP 12).
    passUntil(run, "2027-04-01T10:00", HUNGARY);
    JointInvestigationTeamAgreement agreement = jointTeamAgreement();
    var team = run.open(JOINT_TEAM, JointInvestigationTeamWorkflow.WORKFLOW, agreement,
        HU_PROSECUTOR, CR_PROSECUTOR, Channel.DIRECT_COMPETENT_AUTHORITIES);
    run.send(HU_PROSECUTOR, CR_PROSECUTOR, Channel.DIRECT_COMPETENT_AUTHORITIES, agreement,
        Optional.of(agreement.reference()));
    run.note(JOINT_TEAM, HUNGARY, COSTA_RICA, Channel.DIRECT_COMPETENT_AUTHORITIES,
        "the Budapest prosecutor proposes the agreement: purpose, duration and use of what the team obtains",
        SECOND_PROTOCOL.cite(12));
    passUntil(run, "2027-04-06T10:00", HUNGARY);
    team.step(JointInvestigationTeamAction.SIGN, HU_PROSECUTOR, "the Budapest prosecutor signs the agreement");
    passUntil(run, "2027-04-08T09:00", COSTA_RICA);
    team.step(JointInvestigationTeamAction.SIGN, CR_PROSECUTOR, "the Costa Rican prosecutor signs the agreement");
    run.passHours(1);
    team.step(JointInvestigationTeamAction.AGREE, CR_PROSECUTOR, "the agreement is concluded");
    passUntil(run, "2027-04-12T09:00", HUNGARY);
    team.attempt(JointInvestigationTeamAction.START, HU_PROSECUTOR, Optional.empty(),
        "the Hungarian side wants the team to start a week early");
    passUntil(run, "2027-04-19T09:00", HUNGARY);
    team.step(JointInvestigationTeamAction.START, HU_PROSECUTOR, "the team starts work on the agreed date");

    // Before the action day of 18 May, the proceeds are frozen in Serbia (WC 21).
    passUntil(run, "2027-05-10T09:00", HUNGARY);
    var freezing = run.open(FREEZING, ProvisionalMeasuresWorkflow.WORKFLOW, freezingRequest());
    freezing.step(AssistanceAction.SUBMIT, HU_CENTRAL,
        "Hungary asks Serbia to freeze the payout account and the escrow wallet, urgently");
    passUntil(run, "2027-05-11T09:00", SERBIA);
    freezing.step(AssistanceAction.RECEIVE, RS_CENTRAL, "Serbia's central authority receives the request");
    run.passHours(3);
    freezing.step(AssistanceAction.ACKNOWLEDGE, RS_CENTRAL,
        acknowledgement(run, freezingRequest(), RS_CENTRAL, HU_CENTRAL, "RS-MJ-2027-0733",
            LocalDate.of(2027, 5, 11), "Passed to the public prosecutor for an urgent freezing order."),
        "Serbia informs Hungary of the action it has started");
    passUntil(run, "2027-05-13T14:00", SERBIA);
    freezing.step(AssistanceAction.ACCEPT, RS_CENTRAL, "a Serbian court orders the freezing");
    passUntil(run, "2027-05-14T10:00", SERBIA);
    freezing.step(AssistanceAction.TAKE_MEASURE, RS_CENTRAL, lapseNotice(run),
        "the bank and the virtual-asset service provider freeze the account and the wallet");

    // The action day: the team's members act together, each under its own law.
    passUntil(run, "2027-05-18T06:00", HUNGARY);
    run.note(JOINT_TEAM, HUNGARY, COSTA_RICA, Channel.DIRECT_COMPETENT_AUTHORITIES,
        "action day: the two operators are arrested in Budapest and San José and the marketplace is taken"
            + " offline; the team shares the evidence on the terms of its agreement",
        SECOND_PROTOCOL.cite(12));

    // The team shares what it found, then ends by decision.
    passUntil(run, "2027-11-30T10:00", COSTA_RICA);
    team.step(JointInvestigationTeamAction.CONCLUDE, CR_PROSECUTOR,
        "the team ends its work once the evidence is shared for the trials");

    // The Budapest court's confiscation order is final: Serbia is asked to enforce it (WC 23(1)(a)).
    passUntil(run, "2028-06-05T10:00", HUNGARY);
    var confiscation = run.open(CONFISCATION, ConfiscationWorkflow.WORKFLOW, confiscationRequest());
    confiscation.step(AssistanceAction.SUBMIT, HU_CENTRAL,
        "Hungary asks Serbia to enforce the final confiscation order on the frozen account and wallet");
    passUntil(run, "2028-06-12T10:00", SERBIA);
    confiscation.step(AssistanceAction.RECEIVE, RS_CENTRAL, "Serbia's central authority receives the request");
    passUntil(run, "2028-06-14T10:00", SERBIA);
    confiscation.step(AssistanceAction.ACKNOWLEDGE, RS_CENTRAL,
        acknowledgement(run, confiscationRequest(), RS_CENTRAL, HU_CENTRAL, "RS-MJ-2028-0391",
            LocalDate.of(2028, 6, 12),
            "Submitted to the competent court for recognition and enforcement of the order."),
        "Serbia informs Hungary that it has started the enforcement proceedings");
    passUntil(run, "2028-07-05T10:00", SERBIA);
    confiscation.step(AssistanceAction.ACCEPT, RS_CENTRAL, "the Serbian court recognises the Hungarian order");
    passUntil(run, "2028-07-12T10:00", SERBIA);
    confiscation.step(AssistanceAction.START_EXECUTION, RS_CENTRAL, "enforcement starts under Serbian law");
    passUntil(run, "2028-09-20T10:00", SERBIA);
    confiscation.step(AssistanceAction.CONFISCATE, RS_CENTRAL, confiscated(run),
        "the account balance and the virtual assets are confiscated");
    passUntil(run, "2028-09-27T10:00", SERBIA);
    confiscation.step(AssistanceAction.CLOSE, RS_CENTRAL, "Serbia gives Hungary the final result");
    passUntil(run, "2028-09-28T10:00", HUNGARY);
    freezing.step(AssistanceAction.WITHDRAW, HU_CENTRAL, freezingNoLongerNeeded(run),
        "Hungary tells Serbia the freezing is no longer needed: the property is confiscated");

    return run.finish();
  }

  /**
   * Lets the scenario's time pass until {@code local} o'clock in {@code party}'s time zone, where
   * the next step is taken: a whole number of hours ahead.
   */
  private static void passUntil(ScenarioRun run, String local, Party party) {
    Instant target = LocalDateTime.parse(local).atZone(POLICY.timeZone(party)).toInstant();
    Duration wait = Duration.between(run.now(), target);
    checkState(
        !wait.isNegative() && wait.toMinutesPart() == 0 && wait.toSecondsPart() == 0,
        "%s: the next step at %s in %s is not a whole number of hours ahead",
        NAME, local, party);
    run.passHours(wait.toHours());
  }

  // --- The registry and the policy -------------------------------------------------------------

  /**
   * The bundled registry with the Second Protocol in force for Hungary and Costa Rica from {@link
   * #PROTOCOL_IN_FORCE}: both ratified it in the bundled registry; their entry into force is the
   * scenario's hypothesis.
   */
  private static PartyRegistry protocolInForce() {
    PartyRegistry bundled = PartyRegistry.bundled();
    PartyRegistry.Builder registry =
        PartyRegistry.builder()
            .asOf(LocalDate.of(2026, 12, 31))
            .addAllSources(bundled.sources())
            .addSources(
                "Hypothesis of the scenario " + NAME + ": the Second Additional Protocol in force for"
                    + " Hungary and Costa Rica from " + PROTOCOL_IN_FORCE + ", after a fifth"
                    + " ratification. Not a statement of fact.");
    Set<Party> assumed = Set.of(HUNGARY, COSTA_RICA);
    for (PartyStatus row : bundled.statuses()) {
      boolean inForce = row.instrument() == Instrument.SECOND_PROTOCOL && assumed.contains(row.party());
      registry.addStatuses(inForce ? assumedInForce(row) : row);
    }
    return registry.build();
  }

  private static PartyStatus assumedInForce(PartyStatus row) {
    return PartyStatus.builder()
        .party(row.party())
        .name(row.name())
        .instrument(row.instrument())
        .signed(row.signed())
        .ratified(row.ratified())
        .inForce(PROTOCOL_IN_FORCE)
        .inForceComputed(true)
        .addAllReservations(row.reservations())
        .addAllDeclarations(row.declarations())
        .verified(false)
        .operativeStatus(row.operativeStatus())
        .note("Hypothetical entry into force assumed by the scenario " + NAME + "; ratification as in"
            + " the bundled registry.")
        .build();
  }

  /** Each Party of the scenario counts its periods in its own time zone. */
  private static final class LocalTimeZones implements DomesticPolicy {
    @Override
    public ZoneId timeZone(Party party) {
      return ZONES.getOrDefault(party, ZoneOffset.UTC);
    }
  }

  // --- What the Parties send each other --------------------------------------------------------

  private static Authority authority(Party party, AuthorityRole role, String name, String contact) {
    return Authority.builder().party(party).role(role).name(name).contactDetails(contact).build();
  }

  private static RequestHeader.Builder header(
      RequestId id, Authority from, Authority to, Channel channel, LocalDate date, ArticleCitation basis) {
    return RequestHeader.builder()
        .id(id)
        .requestingParty(from.party())
        .requestedParty(to.party())
        .requestingAuthority(from)
        .requestedAuthority(to)
        .channel(channel)
        .dateOfRequest(date)
        .language(Language.ENGLISH)
        .addLegalBasis(basis);
  }

  private static Offence informationSystemFraud() {
    return Offence.builder()
        .domesticDescription("Fraud committed by means of an information system")
        .domesticProvision("Criminal Code of Hungary (Act C of 2012), section 375")
        .addBudapestOffences(BudapestOffence.BC8_COMPUTER_FRAUD)
        .addAppendixCategories(AppendixCategory.FRAUD)
        .maximumPenalty(MaximumPenalty.imprisonmentMonths(96))
        .build();
  }

  private static Offence tradeInCredentials() {
    return Offence.builder()
        .domesticDescription("Trade in stolen access credentials and payment card data")
        .domesticProvision("Criminal Code of Hungary (Act C of 2012), section 424")
        .addBudapestOffences(BudapestOffence.BC6_MISUSE_OF_DEVICES)
        .maximumPenalty(MaximumPenalty.imprisonmentMonths(24))
        .build();
  }

  private static Offence laundering() {
    return Offence.builder()
        .domesticDescription("Money laundering of the marketplace's proceeds")
        .domesticProvision("Criminal Code of Hungary (Act C of 2012), section 399")
        .addLaunderingOffences(LaunderingOffence.CONVERSION_OR_TRANSFER, LaunderingOffence.CONCEALMENT_OR_DISGUISE)
        .maximumPenalty(MaximumPenalty.imprisonmentMonths(96))
        .build();
  }

  private static Facts marketplaceFacts() {
    return Facts.builder()
        .summary("Since March 2026 the marketplace Nightbazaar has sold stolen payment card data and"
            + " hacked online-banking credentials; buyers used them to empty at least 1,900 accounts"
            + " in Hungary. Its operators are paid through an escrow wallet.")
        .offenceDate(LocalDate.of(2026, 3, 1))
        .offencePlace("Hungary, and the servers of the marketplace abroad")
        .build();
  }

  private static DomainName domain() {
    return DomainName.builder().name("nightbazaar.example").location(COSTA_RICA).build();
  }

  private static DataItem serverContent() {
    return DataItem.builder()
        .category(DataCategory.CONTENT_DATA)
        .description("Database of the marketplace: listings, buyer and seller accounts, orders, escrow records")
        .selector("servers rented under hosting contract 4471")
        .relationToOffence("The stolen card data and credentials were offered and sold through it")
        .build();
  }

  private static DataItem serverLogs() {
    return DataItem.builder()
        .category(DataCategory.TRAFFIC_DATA)
        .description("Access and administration logs of the two servers")
        .selector("servers rented under hosting contract 4471")
        .periodStart(LocalDate.of(2026, 3, 1))
        .periodEnd(LocalDate.of(2027, 1, 11))
        .relationToOffence("They show from where the marketplace was administered")
        .build();
  }

  private static DataItem mailboxHolder() {
    return DataItem.builder()
        .category(DataCategory.SUBSCRIBER_INFORMATION)
        .description("Name, postal address, telephone number and payment details of the mailbox's holder")
        .selector("admin.nightbazaar@correo.example")
        .relationToOffence("The mailbox registered the marketplace's domain")
        .build();
  }

  private static DataItem mailboxLogins() {
    return DataItem.builder()
        .category(DataCategory.TRAFFIC_DATA)
        .description("Source IP addresses and times of the logins to the mailbox")
        .selector("admin.nightbazaar@correo.example")
        .periodStart(LocalDate.of(2026, 10, 1))
        .periodEnd(LocalDate.of(2027, 1, 20))
        .relationToOffence("They show from where the mailbox holder administers the marketplace")
        .build();
  }

  private static PreservationRequest preservationRequest() {
    return PreservationRequest.builder()
        .header(header(PRESERVATION_ID, HU_24_7, MD_24_7, Channel.NETWORK_24_7, LocalDate.of(2027, 1, 11),
                BUDAPEST.cite(29))
            .urgency(Urgency.URGENT)
            .build())
        .addOffences(informationSystemFraud(), tradeInCredentials())
        .facts(marketplaceFacts())
        .addDataToPreserve(serverContent(), serverLogs())
        .custodianOrLocation("Hosting Ejemplu S.R.L., data centre in Chisinau")
        .necessity("The operators can wipe the servers at any time; the hosting company deletes logs"
            + " after 30 days.")
        .intendsMutualAssistanceFollowUp(true)
        .build();
  }

  private static DomainRegistrationRequest registrationRequest() {
    return DomainRegistrationRequest.builder()
        .header(header(REGISTRATION_ID, HU_BUREAU, CR_REGISTRAR, Channel.DIRECT_TO_PROVIDER,
                LocalDate.of(2027, 1, 12), SECOND_PROTOCOL.cite(6))
            .build())
        .domain(domain())
        .addInformationSought(
            DataItem.builder()
                .category(DataCategory.DOMAIN_REGISTRATION_INFORMATION)
                .description(
                    "Registrant's name, postal address, e-mail address, telephone number and payment method")
                .selector("nightbazaar.example")
                .relationToOffence("The domain is the address of the marketplace")
                .build())
        .addOffences(informationSystemFraud(), tradeInCredentials())
        .reasonInformationNeeded("The registrant is the first lead to the marketplace's operators.")
        .statementUnderProtocol(true)
        .build();
  }

  private static SubscriberInformationOrder directOrder() {
    return SubscriberInformationOrder.builder()
        .header(header(DIRECT_ORDER_ID, HU_PROSECUTOR, CR_MAIL_PROVIDER, Channel.DIRECT_TO_PROVIDER,
                LocalDate.of(2027, 1, 20), SECOND_PROTOCOL.cite(7))
            .investigatingAuthority(HU_BUREAU)
            .build())
        .statementUnderProtocol(true)
        .providerAddress("Correo Ejemplo S.A., Avenida Central 100, San José, Costa Rica")
        .addOffences(informationSystemFraud(), tradeInCredentials())
        .addDataSought(mailboxHolder())
        .domesticLegalGrounds("Code of Criminal Procedure of Hungary (Act XC of 2017), production orders")
        .contactAuthority(HU_PROSECUTOR)
        .returnWithinDays(20)
        .mannerOfReturn("By encrypted e-mail to the contact authority")
        .preservation(PreservationStatus.notSought())
        .notificationMade(false)
        .build();
  }

  private static StoredDataAccessRequest serversRequest() {
    return StoredDataAccessRequest.builder()
        .header(header(SERVERS_ID, HU_CENTRAL, MD_CENTRAL, Channel.CENTRAL_AUTHORITY, LocalDate.of(2027, 1, 25),
                BUDAPEST.cite(31))
            .urgency(Urgency.URGENT)
            .investigatingAuthority(HU_BUREAU)
            .build())
        .addOffences(informationSystemFraud(), tradeInCredentials())
        .facts(marketplaceFacts())
        .addDataItems(serverContent(), serverLogs())
        .addMeasures(
            StoredDataAccessMeasure.SEARCH_OR_SIMILAR_ACCESS,
            StoredDataAccessMeasure.SEIZURE_OR_SIMILAR_SECURING,
            StoredDataAccessMeasure.DISCLOSURE)
        .precedingPreservation(PRESERVATION_ID)
        .expeditedGrounds("The operators can wipe the servers remotely; the preservation ends in March.")
        .build();
  }

  private static ForeignProductionOrderRequest productionRequest() {
    return ForeignProductionOrderRequest.builder()
        .header(header(PRODUCTION_ID, HU_CENTRAL, CR_CENTRAL, Channel.CENTRAL_AUTHORITY, LocalDate.of(2027, 2, 23),
                SECOND_PROTOCOL.cite(8))
            .build())
        .order(
            ProductionOrder.builder()
                .issuingAuthority(HU_PROSECUTOR)
                .dateIssued(LocalDate.of(2027, 2, 22))
                .statementUnderProtocol(true)
                .provider(CR_MAIL_PROVIDER)
                .providerAddress("Correo Ejemplo S.A., Avenida Central 100, San José, Costa Rica")
                .addOffences(informationSystemFraud(), tradeInCredentials())
                .seekingAuthority(HU_BUREAU)
                .addDataSought(mailboxHolder(), mailboxLogins())
                .build())
        .legalGrounds("Code of Criminal Procedure of Hungary (Act XC of 2017), production orders")
        .reasonsProviderHoldsData("The registrar named the provider's mailbox as the registrant's address.")
        .facts(marketplaceFacts())
        .relevance("The holder of the mailbox registered the domain and logs in from where the marketplace"
            + " is run.")
        .preservation(PreservationStatus.notSought())
        .soughtByOtherMeans(true)
        .precedingOrder(DIRECT_ORDER_ID)
        .build();
  }

  private static JointInvestigationTeamAgreement jointTeamAgreement() {
    return JointInvestigationTeamAgreement.builder()
        .reference(JOINT_TEAM_ID)
        .addParties(HUNGARY, COSTA_RICA)
        .addCompetentAuthorities(HU_PROSECUTOR, CR_PROSECUTOR)
        .purpose("Investigate the marketplace Nightbazaar and its operators, including Dávid Szalai-Példa"
            + " in Budapest and Mariela Ejemplo-Quesada in San José, and trace its proceeds.")
        .startDate(LocalDate.of(2027, 4, 19))
        .endDate(LocalDate.of(2027, 12, 31))
        .informationUseTerms("Information obtained by the team is used only for the investigations and"
            + " proceedings of both Parties on the marketplace; any other use needs the consent of the"
            + " Party that obtained it.")
        .build();
  }

  private static BankAccount payoutAccount() {
    return BankAccount.builder()
        .iban(Iban.of("RS67555000000104275931"))
        .bankName("Primer Banka a.d. Beograd")
        .location(SERBIA)
        .estimatedValue(Amount.of("48250.00", AssetCode.EUR))
        .build();
  }

  private static VirtualCurrencyWallet escrowWallet() {
    return VirtualCurrencyWallet.builder()
        .asset(AssetCode.BTC)
        .network("bitcoin")
        .address("bc1qnightbazaarescrow0example0000000000")
        .custodian("Primer Digitalna Imovina d.o.o., Belgrade")
        .location(SERBIA)
        .estimatedValue(Amount.of("3.41250000", AssetCode.BTC))
        .build();
  }

  private static WarsawRequestContent warsawContent(String objectAndReason) {
    return WarsawRequestContent.builder()
        .objectAndReason(objectAndReason)
        .facts(marketplaceFacts())
        .coercive(true)
        .statutoryProvisions("Criminal Code of Hungary (Act C of 2012), provisions on forfeiture of assets;"
            + " Code of Criminal Procedure (Act XC of 2017), provisions on sequestration")
        .measureAvailableAtHome(true)
        .addProperty(payoutAccount(), escrowWallet())
        .build();
  }

  private static ProvisionalMeasureRequest freezingRequest() {
    return ProvisionalMeasureRequest.builder()
        .header(header(FREEZING_ID, HU_CENTRAL, RS_CENTRAL, Channel.CENTRAL_AUTHORITY, LocalDate.of(2027, 5, 10),
                WARSAW.cite(21, 1))
            .urgency(Urgency.URGENT)
            .investigatingAuthority(HU_PROSECUTOR)
            .confidentialityRequested(true)
            .build())
        .addOffences(informationSystemFraud(), laundering())
        .content(warsawContent("Freeze the marketplace's payout account and escrow wallet before the"
            + " operators are arrested on 18 May 2027, so that they can later be confiscated."))
        .measure(ProvisionalMeasure.FREEZING)
        .addAssets(payoutAccount(), escrowWallet())
        .proceedingsInstituted(true)
        .proceedingsReference("Budapest Chief Prosecutor's Office, case 2027/0031")
        .build();
  }

  private static ConfiscationRequest confiscationRequest() {
    return ConfiscationRequest.builder()
        .header(header(CONFISCATION_ID, HU_CENTRAL, RS_CENTRAL, Channel.CENTRAL_AUTHORITY,
                LocalDate.of(2028, 6, 5),
                WARSAW.cite(23, 1, "a"))
            .build())
        .addOffences(informationSystemFraud(), laundering())
        .content(warsawContent("Enforce the Budapest court's final order confiscating the balance of the"
            + " payout account and the virtual assets of the escrow wallet, frozen at Hungary's request."))
        .mode(ConfiscationMode.ENFORCE_FOREIGN_ORDER)
        .kind(ConfiscationKind.PROPERTY)
        .addAssets(payoutAccount(), escrowWallet())
        .certifiedCopyOfOrderAttached(true)
        .statementOfGroundsAttached(true)
        .enforceabilityAttested(true)
        .extentOfEnforcement("The whole balance of the account and all virtual assets held for the wallet.")
        .provisionalMeasuresNeeded(false)
        .noImprisonmentInDefault(true)
        .build();
  }

  // --- The replies -----------------------------------------------------------------------------

  /** The header of a reply {@code from} sends {@code to} today, in its own time zone, on {@code request}. */
  private static ReplyHeader replyHeader(
      ScenarioRun run, Request request, Authority from, Authority to, String id) {
    return ReplyHeader.builder()
        .id(RequestId.of(id))
        .answersRequest(request.header().id())
        .family(request.family())
        .fromParty(from.party())
        .fromAuthority(from)
        .toParty(to.party())
        .toAuthority(to)
        .date(today(run, from.party()))
        .channel(request.header().channel())
        .build();
  }

  private static Acknowledgement acknowledgement(
      ScenarioRun run, Request request, Authority from, Authority to, String id, LocalDate receivedOn,
      String action) {
    return Acknowledgement.builder()
        .header(replyHeader(run, request, from, to, id))
        .receivedOn(receivedOn)
        .actionInitiated(true)
        .actionDescription(action)
        .build();
  }

  private static ResultTransmission registrationRecord(ScenarioRun run) {
    return ResultTransmission.builder()
        .header(replyHeader(run, registrationRequest(), CR_REGISTRAR, HU_BUREAU, "REG-EJ-2027-0009"))
        .addDataItems(
            DataItem.builder()
                .category(DataCategory.DOMAIN_REGISTRATION_INFORMATION)
                .description(
                    "Registrant record: name, postal address, e-mail address and payment card of the registrant")
                .selector("nightbazaar.example")
                .build())
        .addDocuments("Registrant record of nightbazaar.example: 'Juan Nadie', admin.nightbazaar@correo.example")
        .build();
  }

  private static ResultTransmission serverImages(ScenarioRun run) {
    return ResultTransmission.builder()
        .header(replyHeader(run, serversRequest(), MD_CENTRAL, HU_CENTRAL, "MD-PGO-2027-0087"))
        .addDataItems(serverContent(), serverLogs())
        .addDocuments(
            "Forensic images of the two servers, with hash values",
            "Hosting contract 4471 and its payment records")
        .build();
  }

  private static ResultTransmission mailboxData(ScenarioRun run) {
    return ResultTransmission.builder()
        .header(replyHeader(run, productionRequest(), CR_CENTRAL, HU_CENTRAL, "CR-MP-2027-0219"))
        .addDataItems(mailboxHolder(), mailboxLogins())
        .addDocuments("Provider's return to the production order, certified by the Public Ministry")
        .build();
  }

  private static InformationNotice lapseNotice(ScenarioRun run) {
    return InformationNotice.builder()
        .header(replyHeader(run, freezingRequest(), RS_CENTRAL, HU_CENTRAL, "RS-MJ-2027-0751"))
        .kind(NoticeKind.AUTOMATIC_LIFTING_OF_PROVISIONAL_MEASURE)
        .details("The freezing order is limited in time under Serbian law and lapses unless the court"
            + " extends it; Serbia will report any extension or lapse.")
        .build();
  }

  private static ResultTransmission confiscated(ScenarioRun run) {
    return ResultTransmission.builder()
        .header(replyHeader(run, confiscationRequest(), RS_CENTRAL, HU_CENTRAL, "RS-MJ-2028-0544"))
        .addDocuments("Record of the confiscation of the account balance and of the wallet's virtual assets")
        .addAmounts(Amount.of("48250.00", AssetCode.EUR), Amount.of("3.41250000", AssetCode.BTC))
        .build();
  }

  private static InformationNotice freezingNoLongerNeeded(ScenarioRun run) {
    return InformationNotice.builder()
        .header(replyHeader(run, freezingRequest(), HU_CENTRAL, RS_CENTRAL, "HU-PGO-2028-0702"))
        .kind(NoticeKind.ACTION_NO_LONGER_JUSTIFIED)
        .details("The frozen property has been confiscated at Hungary's request; the freezing is no longer"
            + " needed.")
        .build();
  }

  private static LocalDate today(ScenarioRun run, Party party) {
    return LocalDate.ofInstant(run.now(), POLICY.timeZone(party));
  }

  /** An instant as a person in {@code party} reads it. */
  private static String when(Instant at, Party party) {
    ZoneId zone = POLICY.timeZone(party);
    return WHEN.format(at.atZone(zone)) + " " + zone.getId();
  }
}
