package org.treatyflow.examples.simulation;

import static org.treatyflow.workflow.assistance.AssistanceAction.ACCEPT;
import static org.treatyflow.workflow.assistance.AssistanceAction.ACKNOWLEDGE;
import static org.treatyflow.workflow.assistance.AssistanceAction.CLOSE;
import static org.treatyflow.workflow.assistance.AssistanceAction.CLOSE_INCOMPLETE;
import static org.treatyflow.workflow.assistance.AssistanceAction.CONFISCATE;
import static org.treatyflow.workflow.assistance.AssistanceAction.RECEIVE;
import static org.treatyflow.workflow.assistance.AssistanceAction.REFUSE;
import static org.treatyflow.workflow.assistance.AssistanceAction.REQUEST_AMENDMENT;
import static org.treatyflow.workflow.assistance.AssistanceAction.RETURN_PROPERTY;
import static org.treatyflow.workflow.assistance.AssistanceAction.SHARE_PROPERTY;
import static org.treatyflow.workflow.assistance.AssistanceAction.START_EXECUTION;
import static org.treatyflow.workflow.assistance.AssistanceAction.SUBMIT;
import static org.treatyflow.workflow.assistance.AssistanceAction.SUPPLY_AMENDMENT;
import static org.treatyflow.workflow.assistance.AssistanceAction.TAKE_MEASURE;
import static org.treatyflow.workflow.assistance.AssistanceAction.TRANSMIT_RESULT;
import static org.treatyflow.workflow.assistance.AssistanceAction.WITHDRAW;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.treatyflow.model.asset.Asset;
import org.treatyflow.model.assistance.StoredDataAccessRequest;
import org.treatyflow.model.common.Authority;
import org.treatyflow.model.common.Party;
import org.treatyflow.model.common.Request;
import org.treatyflow.model.common.RequestId;
import org.treatyflow.model.confiscation.ConfiscationRequest;
import org.treatyflow.model.confiscation.DisposalRequest;
import org.treatyflow.model.financial.BankAccountInformationRequest;
import org.treatyflow.model.preservation.PreservationRequest;
import org.treatyflow.model.provisional.ProvisionalMeasureRequest;
import org.treatyflow.model.refusal.GroundForRefusal;
import org.treatyflow.model.reply.AmendmentRequest;
import org.treatyflow.model.reply.Refusal;
import org.treatyflow.model.reply.Reply;
import org.treatyflow.model.reply.ReplyHeader;
import org.treatyflow.model.reply.ResultTransmission;
import org.treatyflow.workflow.CaseFile;
import org.treatyflow.workflow.LinkedCases;
import org.treatyflow.workflow.Workflow;
import org.treatyflow.workflow.assistance.AssistanceAction;
import org.treatyflow.workflow.assistance.AssistanceDeadlines;
import org.treatyflow.workflow.assistance.AssistanceProfile;
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

/**
 * One simulated case: a requesting and a requested Party, both bound by the Budapest and the
 * Warsaw Convention, and the requests between them, each a case file of the library walked with
 * its family's workflow.
 *
 * <p>The cyber track: an expedited preservation request through the 24/7 network (BC 29), received
 * and decided (preserved, refused on an admissible ground, or a BC 29(6) warning on which the
 * requesting Party decides); once the data is preserved, the follow-up request to search and
 * disclose it (BC 31) is prepared and sent; if it is received before the preservation period ends
 * it keeps the data preserved until it is decided (BC 29(7)), otherwise the preservation expires at
 * the end of its period. The follow-up is acknowledged, decided, executed and closed.
 *
 * <p>The financial track, started at once or after the cyber track as the policy says: a request
 * for bank account information (WC 17), then, once the accounts are known, freezing (WC 21), then,
 * once the freezing is in force and a confiscation order made, confiscation of the value of the
 * proceeds (WC 23, 23(3)) realised from what was frozen, and a request to return it for the victims
 * (WC 25(2)) or share it (WC 25(3)). Each Warsaw request may be sent back for amendments, with a
 * time limit (WC 38); late amendments close it. Until the freezing takes effect, the suspects move
 * part of the proceeds at random times.
 *
 * <p>A step the library rejects stops the case; the simulation counts it. A correct simulation has
 * none.
 */
final class SimulatedCase {
  private static final double SECONDS_PER_DAY = 86_400;

  private final Simulation simulation;
  private final SimulationConfig config;
  private final Requests requests;
  // The draws of the cyber track, of the financial track and of the suspects' moves are kept apart,
  // so that the policy knob changes the financial track only: the same cases, the same delays.
  private final SplittableRandom cyber;
  private final SplittableRandom financial;
  private final SplittableRandom assets;
  private final Requests.Subject subject;
  private final LinkedCases links = this::find;
  private Instant opened;

  private CaseFile<PreservationRequest, PreservationStatus, PreservationAction> preservation;
  private Instant preservationSent;
  private double daysToPreservation = Double.NaN;
  private boolean preserved;
  private boolean preservationExpired;
  private Track<StoredDataAccessRequest> followUp;
  private boolean cyberEnded;

  private boolean financialStarted;
  private boolean financialEnded;
  private Track<BankAccountInformationRequest> bankInformation;
  private Track<ProvisionalMeasureRequest> freezing;
  private Track<ConfiscationRequest> confiscation;
  private Track<DisposalRequest> disposal;
  private Asset account;
  private boolean frozen;
  private double daysToFreezing = Double.NaN;
  private long balanceCents;
  private long dissipatedCents;
  private long frozenCents;
  private long confiscatedCents;
  private long returnedCents;
  private long sharedCents;

  private final List<GroundForRefusal> refusals = new ArrayList<>(1);
  private final Map<DeadlineKind, Integer> breaches = new EnumMap<>(DeadlineKind.class);
  private boolean finished;
  private boolean abandoned;

  /** Case {@code number}, drawing its Parties, kind and proceeds from {@code random}. */
  SimulatedCase(Simulation simulation, int number, SplittableRandom random) {
    this.simulation = simulation;
    this.config = simulation.config();
    this.requests = simulation.requests();
    List<Party> parties = requests.parties();
    int requesting = random.nextInt(parties.size());
    int requested = random.nextInt(parties.size() - 1);
    if (requested >= requesting) {
      requested++;
    }
    Requests.Scenario scenario = Requests.Scenario.drawn(random.nextDouble());
    this.subject =
        new Requests.Subject(
            number, parties.get(requesting), parties.get(requested), scenario, proceedsCents(random));
    this.cyber = random.split();
    this.financial = random.split();
    this.assets = random.split();
  }

  /** Proceeds log-normal around the configured median (spread factor e), at least one euro. */
  private long proceedsCents(SplittableRandom random) {
    double u1 = 1 - random.nextDouble();
    double u2 = random.nextDouble();
    double normal = StrictMath.sqrt(-2 * StrictMath.log(u1)) * StrictMath.cos(2 * StrictMath.PI * u2);
    double cents = config.medianProceedsEur().doubleValue() * 100 * StrictMath.exp(normal);
    return Math.max(100, Math.round(cents));
  }

  /** Opens the case at {@code now}: the preservation request is sent, the proceeds start to move. */
  void open(Instant now) {
    opened = now;
    balanceCents = subject.proceedsCents();
    preservation =
        PreservationWorkflow.WORKFLOW.open(requests.preservation(subject, day(now, subject.requesting())));
    after(assets, now, StepType.ASSET_MOVE, this::moveProceeds);
    if (config.financialInvestigation() == FinancialInvestigation.PARALLEL) {
      startFinancial(now);
    }
    if (preservationStep(PreservationAction.SUBMIT, pointOfContact(subject.requesting()), Optional.empty(), Optional.empty(), now)) {
      preservationSent = now;
      after(cyber, now, StepType.PRESERVATION_TRANSMISSION, this::receivePreservation);
    }
  }

  // ---------------------------------------------------------------- cyber track

  private void receivePreservation(Instant now) {
    if (preservationStep(PreservationAction.RECEIVE, pointOfContact(subject.requested()), Optional.empty(), Optional.empty(), now)) {
      after(cyber, now, StepType.PRESERVATION_EXECUTION, this::decidePreservation);
    }
  }

  private void decidePreservation(Instant now) {
    Authority requested = pointOfContact(subject.requested());
    Optional<GroundForRefusal> ground =
        simulation.drawRefusal(
            preservation.request().family(), false, subject.scenario(), subject.requesting(), subject.requested(), cyber);
    if (ground.isPresent()) {
      Refusal refusal = refusal(preservation.request(), preservation.version(), requested, ground.get(), now);
      if (preservationStep(PreservationAction.REFUSE, requested, Optional.of(refusal), Optional.empty(), now)) {
        refusals.add(ground.get());
        endCyber(now);
      }
    } else if (cyber.nextDouble() < config.warningProbability()) {
      if (preservationStep(PreservationAction.WARN_INEFFECTIVE, requested, Optional.empty(), Optional.empty(), now)) {
        after(cyber, now, StepType.REQUESTER_DECISION, this::requesterDecides);
      }
    } else if (preservationStep(PreservationAction.PRESERVE, requested, Optional.empty(), Optional.empty(), now)) {
      preserved(now);
    }
  }

  private void requesterDecides(Instant now) {
    Authority requesting = pointOfContact(subject.requesting());
    if (cyber.nextDouble() < config.proceedAfterWarningProbability()) {
      if (preservationStep(PreservationAction.PROCEED, requesting, Optional.empty(), Optional.empty(), now)) {
        preserved(now);
      }
    } else if (preservationStep(PreservationAction.WITHDRAW, requesting, Optional.empty(), Optional.empty(), now)) {
      endCyber(now);
    }
  }

  private void preserved(Instant now) {
    preserved = true;
    daysToPreservation = days(preservationSent, now);
    Instant end = PreservationDeadlines.expiry(preservation, simulation.environment(now, links)).orElseThrow();
    at(end, this::expirePreservation);
    after(cyber, now, StepType.FOLLOW_UP_PREPARATION, this::sendFollowUp);
  }

  private void expirePreservation(Instant now) {
    if (preservation != null
        && preservation.status() == PreservationStatus.PRESERVED
        && preservationStep(PreservationAction.EXPIRE, pointOfContact(subject.requested()), Optional.empty(), Optional.empty(), now)) {
      preservationExpired = true;
      breach(DeadlineKind.PRESERVATION_PERIOD);
    }
  }

  private void sendFollowUp(Instant now) {
    followUp =
        new Track<>(
            cyber,
            StoredDataAccessWorkflow.PROFILE,
            StoredDataAccessWorkflow.WORKFLOW,
            requests.storedDataAccess(subject, day(now, subject.requesting()), preservation.request().header().id()),
            this::followUpAccepted,
            this::endCyber);
    followUp.onReceived = this::followUpReceived;
    followUp.onDecided = this::followUpDecided;
    followUp.submit(now);
  }

  /** The follow-up arrived: if the data is still preserved, it stays so until decided (BC 29(7)). */
  private void followUpReceived(Instant now) {
    if (preservation.status() == PreservationStatus.PRESERVED) {
      preservationStep(
          PreservationAction.RECEIVE_FOLLOW_UP,
          pointOfContact(subject.requested()),
          Optional.empty(),
          Optional.of(followUp.file.request().header().id()),
          now);
    }
  }

  /** The follow-up was decided: the preserved data is handled by it from now on (BC 29(7)). */
  private void followUpDecided(Instant now) {
    if (preservation.status() == PreservationStatus.PRESERVED_PENDING_DECISION) {
      preservationStep(
          PreservationAction.DECIDE_FOLLOW_UP, pointOfContact(subject.requested()), Optional.empty(), Optional.empty(), now);
    }
  }

  private void followUpAccepted(Instant now) {
    if (followUp.step(START_EXECUTION, followUp.requested(), Optional.empty(), now)) {
      after(cyber, now, StepType.EXECUTION, this::followUpResults);
    }
  }

  private void followUpResults(Instant now) {
    if (followUp.step(TRANSMIT_RESULT, followUp.requested(), Optional.of(results(followUp, "Stored data and access logs produced", now)), now)
        && followUp.step(CLOSE, followUp.requested(), Optional.empty(), now)) {
      endCyber(now);
    }
  }

  private void endCyber(Instant now) {
    if (cyberEnded) {
      return;
    }
    cyberEnded = true;
    // The cyber track's case files are no longer needed: let them go, as a run holds many cases.
    preservation = null;
    followUp = null;
    if (!financialStarted) {
      startFinancial(now);
    }
    finishIfDone();
  }

  private boolean preservationStep(
      PreservationAction action,
      Authority actor,
      Optional<Reply> reply,
      Optional<RequestId> followUpId,
      Instant now) {
    Optional<CaseFile<PreservationRequest, PreservationStatus, PreservationAction>> next =
        simulation.apply(
            PreservationWorkflow.WORKFLOW,
            preservation,
            action,
            actor,
            reply,
            followUpId,
            simulation.environment(now, links));
    if (next.isEmpty()) {
      abandon();
      return false;
    }
    preservation = next.get();
    return true;
  }

  // ---------------------------------------------------------------- financial track

  private void startFinancial(Instant now) {
    financialStarted = true;
    after(financial, now, StepType.FINANCIAL_PREPARATION, this::requestBankInformation);
  }

  private void requestBankInformation(Instant now) {
    bankInformation =
        new Track<>(
            financial,
            BankAccountInformationWorkflow.PROFILE,
            BankAccountInformationWorkflow.WORKFLOW,
            requests.bankAccountInformation(subject, day(now, subject.requesting())),
            this::bankInformationAccepted,
            this::endFinancial);
    bankInformation.submit(now);
  }

  private void bankInformationAccepted(Instant now) {
    if (bankInformation.step(START_EXECUTION, bankInformation.requested(), Optional.empty(), now)) {
      after(financial, now, StepType.EXECUTION, this::bankInformationResults);
    }
  }

  private void bankInformationResults(Instant now) {
    Track<BankAccountInformationRequest> t = bankInformation;
    if (t.step(TRANSMIT_RESULT, t.requested(), Optional.of(results(t, "Particulars of the accounts held", now)), now)
        && t.step(CLOSE, t.requested(), Optional.empty(), now)) {
      bankInformation = null;
      after(financial, now, StepType.FREEZING_PREPARATION, this::requestFreezing);
    }
  }

  private void requestFreezing(Instant now) {
    freezing =
        new Track<>(
            financial,
            ProvisionalMeasuresWorkflow.PROFILE,
            ProvisionalMeasuresWorkflow.WORKFLOW,
            requests.freezing(subject, day(now, subject.requesting()), account()),
            accepted -> after(financial, accepted, StepType.FREEZING, this::takeMeasure),
            this::endFinancial);
    freezing.submit(now);
  }

  /** The freezing takes effect: what the suspects have not moved yet is frozen (WC 21(1)). */
  private void takeMeasure(Instant now) {
    if (!freezing.step(TAKE_MEASURE, freezing.requested(), Optional.empty(), now)) {
      return;
    }
    frozen = true;
    frozenCents = balanceCents;
    daysToFreezing = days(opened, now);
    if (frozenCents == 0) {
      if (liftFreezing(now)) {
        endFinancial(now);
      }
    } else {
      after(financial, now, StepType.CONVICTION, this::requestConfiscation);
    }
  }

  /** The requesting Party withdraws the freezing, which no longer serves (WC 41(2)(b)). */
  private boolean liftFreezing(Instant now) {
    return freezing.step(WITHDRAW, freezing.requesting(), Optional.empty(), now);
  }

  private void requestConfiscation(Instant now) {
    confiscation =
        new Track<>(
            financial,
            ConfiscationWorkflow.PROFILE,
            ConfiscationWorkflow.WORKFLOW,
            requests.confiscation(subject, day(now, subject.requesting()), account()),
            this::confiscationAccepted,
            stopped -> {
              if (liftFreezing(stopped)) {
                endFinancial(stopped);
              }
            });
    confiscation.submit(now);
  }

  private void confiscationAccepted(Instant now) {
    if (confiscation.step(START_EXECUTION, confiscation.requested(), Optional.empty(), now)) {
      after(financial, now, StepType.CONFISCATION_EXECUTION, this::confiscate);
    }
  }

  /** The value order is realised from the frozen funds, within its amount (WC 23(3), 26(2)). */
  private void confiscate(Instant now) {
    Track<ConfiscationRequest> t = confiscation;
    ResultTransmission realised =
        ResultTransmission.builder()
            .header(replyHeader(t.file.request(), t.file.version(), t.requested(), now))
            .addAmounts(Requests.euros(frozenCents))
            .build();
    if (t.step(CONFISCATE, t.requested(), Optional.of(realised), now)
        && t.step(CLOSE, t.requested(), Optional.empty(), now)
        && liftFreezing(now)) {
      confiscatedCents = frozenCents;
      after(financial, now, StepType.DISPOSAL_PREPARATION, this::requestDisposal);
    }
  }

  private void requestDisposal(Instant now) {
    Optional<BigDecimal> share =
        financial.nextDouble() < config.returnProbability() ? Optional.empty() : Optional.of(config.proposedShare());
    disposal =
        new Track<>(
            financial,
            DisposalWorkflow.PROFILE,
            DisposalWorkflow.WORKFLOW,
            requests.disposal(
                subject,
                day(now, subject.requesting()),
                confiscation.file.request().header().id(),
                Requests.euros(confiscatedCents),
                share),
            accepted -> after(financial, accepted, StepType.DISPOSAL, this::disposeOfProperty),
            this::endFinancial);
    disposal.submit(now);
  }

  /** The confiscated amount is returned for the victims (WC 25(2)) or shared (WC 25(3)). */
  private void disposeOfProperty(Instant now) {
    DisposalRequest request = disposal.file.request();
    if (request.disposition().isReturn()) {
      if (disposal.step(RETURN_PROPERTY, disposal.requested(), Optional.empty(), now)) {
        returnedCents = confiscatedCents;
        endFinancial(now);
      }
    } else if (disposal.step(SHARE_PROPERTY, disposal.requested(), Optional.empty(), now)) {
      sharedCents =
          BigDecimal.valueOf(confiscatedCents)
              .multiply(request.proposedShare().orElseThrow())
              .setScale(0, RoundingMode.HALF_EVEN)
              .longValueExact();
      endFinancial(now);
    }
  }

  private void endFinancial(Instant now) {
    if (financialEnded) {
      return;
    }
    financialEnded = true;
    bankInformation = null;
    freezing = null;
    confiscation = null;
    disposal = null;
    finishIfDone();
  }

  /** The suspects move part of the proceeds not yet frozen, then wait for the next move. */
  private void moveProceeds(Instant now) {
    if (frozen || balanceCents == 0) {
      return;
    }
    double share = assets.nextDouble() * 2 * config.assetMoveShare();
    long moved = Math.min(balanceCents, Math.round(balanceCents * share));
    balanceCents -= moved;
    dissipatedCents += moved;
    after(assets, now, StepType.ASSET_MOVE, this::moveProceeds);
  }

  // ---------------------------------------------------------------- the case as a whole

  private void finishIfDone() {
    if (cyberEnded && financialEnded) {
      finish();
    }
  }

  private void abandon() {
    abandoned = true;
    finish();
  }

  private void finish() {
    if (finished) {
      return;
    }
    finished = true;
    simulation.finished(
        new CaseOutcome(
            preserved,
            daysToPreservation,
            preservationExpired,
            List.copyOf(refusals),
            Map.copyOf(breaches),
            frozen,
            daysToFreezing,
            subject.proceedsCents(),
            dissipatedCents,
            frozenCents,
            confiscatedCents,
            returnedCents,
            sharedCents,
            abandoned));
  }

  private void breach(DeadlineKind kind) {
    breaches.merge(kind, 1, Integer::sum);
  }

  /** Runs {@code step} after a delay of {@code type} from {@code now}, unless the case is over by then. */
  private void after(SplittableRandom stream, Instant now, StepType type, Consumer<Instant> step) {
    at(now.plusSeconds(simulation.delaySeconds(type, stream)), step);
  }

  private void at(Instant when, Consumer<Instant> step) {
    simulation.schedule(
        when,
        now -> {
          if (!finished) {
            step.accept(now);
          }
        });
  }

  /** The case file of the request {@code id}, among this case's requests. */
  private Optional<CaseFile<?, ?, ?>> find(RequestId id) {
    if (preservation != null && preservation.request().header().id().equals(id)) {
      return Optional.of(preservation);
    }
    for (Track<?> track : tracks()) {
      if (track.file.request().header().id().equals(id)) {
        return Optional.of(track.file);
      }
    }
    return Optional.empty();
  }

  private Track<?>[] tracks() {
    return java.util.stream.Stream.of(followUp, bankInformation, freezing, confiscation, disposal)
        .filter(java.util.Objects::nonNull)
        .toArray(Track<?>[]::new);
  }

  /** The account the proceeds were traced to, the same for the freezing and the confiscation. */
  private Asset account() {
    if (account == null) {
      account = Requests.account(subject);
    }
    return account;
  }

  private Authority pointOfContact(Party party) {
    return requests.pointOfContact(party);
  }

  private LocalDate day(Instant now, Party party) {
    return LocalDate.ofInstant(now, simulation.policy().timeZone(party));
  }

  private static double days(Instant from, Instant to) {
    return Duration.between(from, to).getSeconds() / SECONDS_PER_DAY;
  }

  /** The header of a reply by {@code actor} of the requested Party on {@code request}. */
  private ReplyHeader replyHeader(Request request, long version, Authority actor, Instant now) {
    return ReplyHeader.builder()
        .id(Simulation.replyId(version + 1))
        .answersRequest(request.header().id())
        .family(request.family())
        .fromParty(actor.party())
        .fromAuthority(actor)
        .toParty(request.header().requestingParty())
        .date(day(now, actor.party()))
        .channel(request.header().channel())
        .build();
  }

  /** A refusal on {@code ground}, with reasons, a partial grant considered first (BC 27(6); WC 30). */
  private Refusal refusal(Request request, long version, Authority actor, GroundForRefusal ground, Instant now) {
    return Refusal.builder()
        .header(replyHeader(request, version, actor, now))
        .addGrounds(ground)
        .reasons("The reasons are set out for the requesting Party.")
        .partialGrantConsidered(true)
        .build();
  }

  private ResultTransmission results(Track<?> track, String documents, Instant now) {
    return ResultTransmission.builder()
        .header(replyHeader(track.file.request(), track.file.version(), track.requested(), now))
        .addDocuments(documents)
        .build();
  }

  /**
   * One request on the common mutual assistance skeleton: sent, received, acknowledged, perhaps
   * sent back for amendments (Warsaw only, WC 38), then refused on an admissible ground or
   * accepted; what follows acceptance is the family's and is left to {@code onAccepted}.
   */
  private final class Track<R extends Request> {
    private final AssistanceProfile<R> profile;
    private final Workflow<R, AssistanceStatus, AssistanceAction> workflow;
    private final Consumer<Instant> onAccepted;
    private final Consumer<Instant> onStopped;
    private Consumer<Instant> onReceived = now -> {};
    private Consumer<Instant> onDecided = now -> {};
    private final SplittableRandom stream;
    private CaseFile<R, AssistanceStatus, AssistanceAction> file;
    private boolean amendmentAsked;

    Track(
        SplittableRandom stream,
        AssistanceProfile<R> profile,
        Workflow<R, AssistanceStatus, AssistanceAction> workflow,
        R request,
        Consumer<Instant> onAccepted,
        Consumer<Instant> onStopped) {
      this.stream = stream;
      this.profile = profile;
      this.workflow = workflow;
      this.onAccepted = onAccepted;
      this.onStopped = onStopped;
      this.file = workflow.open(request);
    }

    Authority requesting() {
      return requests.centralAuthority(subject.requesting());
    }

    Authority requested() {
      return requests.centralAuthority(subject.requested());
    }

    boolean step(AssistanceAction action, Authority actor, Optional<Reply> reply, Instant now) {
      Optional<CaseFile<R, AssistanceStatus, AssistanceAction>> next =
          simulation.apply(
              workflow, file, action, actor, reply, Optional.empty(), simulation.environment(now, links));
      if (next.isEmpty()) {
        abandon();
        return false;
      }
      file = next.get();
      return true;
    }

    void submit(Instant now) {
      if (step(SUBMIT, requesting(), Optional.empty(), now)) {
        after(stream, now, StepType.TRANSMISSION, this::receive);
      }
    }

    private void receive(Instant now) {
      if (step(RECEIVE, requested(), Optional.empty(), now)) {
        onReceived.accept(now);
        after(stream, now, StepType.ACKNOWLEDGEMENT, this::acknowledge);
      }
    }

    private void acknowledge(Instant now) {
      if (step(ACKNOWLEDGE, requested(), Optional.empty(), now)) {
        after(stream, now, StepType.REVIEW, this::decide);
      }
    }

    private void decide(Instant now) {
      if (profile.provision(REQUEST_AMENDMENT).isPresent()
          && !amendmentAsked
          && stream.nextDouble() < config.amendmentProbability()) {
        askForAmendments(now);
        return;
      }
      Optional<GroundForRefusal> ground =
          simulation.drawRefusal(
              profile.family(),
              profile.coercive(file.request()),
              subject.scenario(),
              subject.requesting(),
              subject.requested(),
              stream);
      if (ground.isPresent()) {
        Refusal refusal = refusal(file.request(), file.version(), requested(), ground.get(), now);
        if (step(REFUSE, requested(), Optional.of(refusal), now)) {
          refusals.add(ground.get());
          onDecided.accept(now);
          onStopped.accept(now);
        }
      } else if (step(ACCEPT, requested(), Optional.empty(), now)) {
        onDecided.accept(now);
        onAccepted.accept(now);
      }
    }

    /** WC 38(1)-(2): amendments asked for, due by a date in the requested Party's time. */
    private void askForAmendments(Instant now) {
      amendmentAsked = true;
      AmendmentRequest amendments =
          AmendmentRequest.builder()
              .header(replyHeader(file.request(), file.version(), requested(), now))
              .addMissingItems("The dates and amounts of the transactions concerned")
              .timeLimit(day(now, subject.requested()).plusDays(config.amendmentTimeLimitDays()))
              .build();
      if (!step(REQUEST_AMENDMENT, requested(), Optional.of(amendments), now)) {
        return;
      }
      Instant due = AssistanceDeadlines.amendmentDue(file, simulation.environment(now, links)).orElseThrow();
      Instant supplied = now.plusSeconds(simulation.delaySeconds(StepType.AMENDMENT_SUPPLY, stream));
      if (supplied.isBefore(due)) {
        at(supplied, this::supplyAmendments);
      } else {
        at(due, this::closeIncomplete);
      }
    }

    private void supplyAmendments(Instant now) {
      if (step(SUPPLY_AMENDMENT, requesting(), Optional.empty(), now)) {
        after(stream, now, StepType.REVIEW, this::decide);
      }
    }

    private void closeIncomplete(Instant now) {
      if (step(CLOSE_INCOMPLETE, requested(), Optional.empty(), now)) {
        breach(DeadlineKind.AMENDMENT_TIME_LIMIT);
        onStopped.accept(now);
      }
    }
  }
}
