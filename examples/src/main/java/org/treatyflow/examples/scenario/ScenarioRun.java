package org.treatyflow.examples.scenario;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.treatyflow.model.common.ArticleCitation;
import org.treatyflow.model.common.Authority;
import org.treatyflow.model.common.AuthorityRole;
import org.treatyflow.model.common.Channel;
import org.treatyflow.model.common.CooperationAct;
import org.treatyflow.model.common.Party;
import org.treatyflow.model.common.Request;
import org.treatyflow.model.common.RequestId;
import org.treatyflow.model.common.Violation;
import org.treatyflow.model.registry.PartyRegistry;
import org.treatyflow.model.reply.Reply;
import org.treatyflow.serialization.Envelope;
import org.treatyflow.serialization.ExchangeTypes;
import org.treatyflow.serialization.journal.CaseJournal;
import org.treatyflow.workflow.CaseFile;
import org.treatyflow.workflow.Command;
import org.treatyflow.workflow.DomesticPolicy;
import org.treatyflow.workflow.Environment;
import org.treatyflow.workflow.Outcome;
import org.treatyflow.workflow.Workflow;

/**
 * Runs a scenario's cases through the library: opens each case for a complete request, takes each
 * step through the family's workflow at the scenario's own time, sends every request and reply as
 * an exchange document, and keeps the timeline. A step the workflow refuses is a mistake in the
 * scenario and stops it, unless the scenario shows it on purpose with {@link Case#attempt}.
 *
 * <p>The cases of one run see each other ({@link org.treatyflow.workflow.LinkedCases}), so that a
 * follow-up request finds the preservation or the confiscation it follows.
 */
public final class ScenarioRun {
  private final String name;
  private final String title;
  private final ScenarioClock clock;
  private final PartyRegistry registry;
  private final DomesticPolicy policy;
  private final List<TimelineEntry> timeline = new ArrayList<>();
  private final List<ExchangedDocument> documents = new ArrayList<>();
  private final Map<String, Case<?, ?, ?>> cases = new LinkedHashMap<>();
  private final List<Checkpoint> checkpoints = new ArrayList<>();

  /** A run from {@code start}, with the bundled party registry and the default domestic policy. */
  public ScenarioRun(String name, String title, Instant start) {
    this(name, title, start, PartyRegistry.bundled(), DomesticPolicy.DEFAULTS);
  }

  /** A run from {@code start} in the given registry and policy. */
  public ScenarioRun(
      String name, String title, Instant start, PartyRegistry registry, DomesticPolicy policy) {
    this.name = checkNotNull(name, "name");
    this.title = checkNotNull(title, "title");
    this.clock = new ScenarioClock(checkNotNull(start, "start"));
    this.registry = checkNotNull(registry, "registry");
    this.policy = checkNotNull(policy, "policy");
  }

  /** The scenario's time now. */
  public Instant now() {
    return clock.instant();
  }

  /** Lets {@code days} days pass. */
  public ScenarioRun passDays(long days) {
    clock.pass(Duration.ofDays(days));
    return this;
  }

  /** Lets {@code hours} hours pass. */
  public ScenarioRun passHours(long hours) {
    clock.pass(Duration.ofHours(hours));
    return this;
  }

  /** The environment of the next step: the registry, the policy, the clock and the other cases. */
  public Environment environment() {
    return new Environment(registry, clock, policy)
        .withCases(
            id ->
                cases.values().stream()
                    .map(Case::caseFile)
                    .filter(c -> c.request() instanceof Request r && r.header().id().equals(id))
                    .findFirst()
                    .map(c -> (CaseFile<?, ?, ?>) c));
  }

  /**
   * Opens a case for {@code request}, which must be complete, and sends it as a document from the
   * requesting to the requested authority.
   *
   * @throws IllegalStateException if the request is incomplete: a mistake in the scenario
   */
  public <R extends Request, S extends Enum<S>, A extends Enum<A>> Case<R, S, A> open(
      String caseName, Workflow<R, S, A> workflow, R request) {
    Authority from = request.header().requestingAuthority();
    Authority to =
        request
            .header()
            .requestedAuthority()
            .orElse(
                Authority.of(
                    request.header().requestedParty(),
                    AuthorityRole.CENTRAL_AUTHORITY,
                    "Central authority"));
    Case<R, S, A> opened = open(caseName, workflow, request, from, to, request.header().channel());
    send(from, to, request.header().channel(), request, Optional.of(request.header().id()));
    return opened;
  }

  /**
   * Opens a case for an act that is not a request (a record, an arrangement, spontaneous
   * information) between two authorities; no document is sent.
   */
  public <R extends CooperationAct, S extends Enum<S>, A extends Enum<A>> Case<R, S, A> open(
      String caseName, Workflow<R, S, A> workflow, R act, Authority first, Authority second, Channel channel) {
    checkNotNull(caseName, "caseName");
    checkArgument(!cases.containsKey(caseName), "A case named %s is already open", caseName);
    List<Violation> gaps = act.completenessViolations();
    checkState(
        gaps.isEmpty(),
        "%s: the act of case %s is incomplete: %s",
        name,
        caseName,
        gaps.stream().map(Violation::code).collect(Collectors.joining(", ")));
    Case<R, S, A> opened = new Case<>(caseName, workflow, workflow.open(act), first, second, channel);
    cases.put(caseName, opened);
    return opened;
  }

  /** Sends {@code payload} as an exchange document from one authority to another, now. */
  public ScenarioRun send(
      Authority from, Authority to, Channel channel, CooperationAct payload, Optional<RequestId> about) {
    int number = documents.size() + 1;
    String typeName = ExchangeTypes.PAYLOAD.codecFor(payload).typeName().orElseThrow();
    Envelope envelope =
        Envelope.builder()
            .messageId(String.format("%s-%04d", name, number))
            .correlationId(about)
            .sender(from)
            .receiver(to)
            .channel(channel)
            .sentAt(OffsetDateTime.ofInstant(now(), ZoneOffset.UTC))
            .payload(payload)
            .build();
    documents.add(new ExchangedDocument(String.format("%02d-%s.json", number, typeName), envelope));
    return this;
  }

  /** Adds a line to the timeline for what happens outside any workflow (a domestic decision, say). */
  public ScenarioRun note(
      String caseName, Party from, Party to, Channel channel, String event, ArticleCitation citation) {
    timeline.add(new TimelineEntry(now(), caseName, from, to, channel, event, citation, Optional.empty()));
    return this;
  }

  /** The environment as it is now, kept still: the clock fixed, the other cases as they stand. */
  private Environment frozen(Environment now) {
    Map<RequestId, CaseFile<?, ?, ?>> standing = new LinkedHashMap<>();
    for (Case<?, ?, ?> c : cases.values()) {
      if (c.caseFile().request() instanceof Request r) {
        standing.put(r.header().id(), c.caseFile());
      }
    }
    return new Environment(
        now.registry(),
        java.time.Clock.fixed(now(), ZoneOffset.UTC),
        now.policy(),
        now.periods(),
        id -> Optional.ofNullable(standing.get(id)));
  }

  /** Ends the run: the record of its timeline, documents, cases and journals. */
  public ScenarioRecord finish() {
    TreeMap<String, CaseFile<?, ?, ?>> finalCases = new TreeMap<>();
    TreeMap<String, List<String>> journals = new TreeMap<>();
    CaseJournal journal = CaseJournal.withSalts(new Random(name.hashCode()));
    for (Case<?, ?, ?> c : cases.values()) {
      finalCases.put(c.name, c.caseFile());
      journals.put(c.name, journal.write(c.caseFile()));
    }
    return new ScenarioRecord(
        name,
        title,
        List.copyOf(timeline),
        List.copyOf(documents),
        finalCases,
        journals,
        List.copyOf(checkpoints));
  }

  /**
   * One case of the run.
   *
   * @param <R> the act
   * @param <S> the family's statuses
   * @param <A> the family's actions
   */
  public final class Case<R extends CooperationAct, S extends Enum<S>, A extends Enum<A>> {
    private final String name;
    private final Workflow<R, S, A> workflow;
    private final Authority first;
    private final Authority second;
    private final Channel channel;
    private CaseFile<R, S, A> caseFile;
    private int commands;

    private Case(
        String name,
        Workflow<R, S, A> workflow,
        CaseFile<R, S, A> caseFile,
        Authority first,
        Authority second,
        Channel channel) {
      this.name = name;
      this.workflow = workflow;
      this.caseFile = caseFile;
      this.first = first;
      this.second = second;
      this.channel = channel;
    }

    /** The case as it stands. */
    public CaseFile<R, S, A> caseFile() {
      return caseFile;
    }

    /** The workflow of the case. */
    public Workflow<R, S, A> workflow() {
      return workflow;
    }

    /**
     * Takes a step that must be allowed.
     *
     * @throws IllegalStateException if the workflow refuses it: a mistake in the scenario
     */
    public Case<R, S, A> step(A action, Authority actor, String narration) {
      return step(action, actor, Optional.empty(), narration);
    }

    /** Takes a step that records a reply, which is also sent as a document to the other side. */
    public Case<R, S, A> step(A action, Authority actor, Reply reply, String narration) {
      return step(action, actor, Optional.of(reply), narration);
    }

    /**
     * Takes a step that records the follow-up request it rests on (BC 29(7), 2AP 7(7)), which must
     * be allowed.
     */
    public Case<R, S, A> stepWithFollowUp(A action, Authority actor, RequestId followUp, String narration) {
      return step(action, actor, Optional.empty(), Optional.of(followUp), narration);
    }

    private Case<R, S, A> step(A action, Authority actor, Optional<Reply> reply, String narration) {
      return step(action, actor, reply, Optional.empty(), narration);
    }

    private Case<R, S, A> step(
        A action, Authority actor, Optional<Reply> reply, Optional<RequestId> followUp, String narration) {
      Outcome<R, S, A> outcome = attempt(action, actor, reply, followUp, narration);
      checkState(
          outcome.isApplied(),
          "%s: case %s cannot take %s from %s: %s",
          ScenarioRun.this.name,
          name,
          action,
          caseFile.status(),
          outcome.violations().stream().map(Violation::code).collect(Collectors.joining(", ")));
      return this;
    }

    /**
     * Tries a step: when the workflow allows it, as {@link #step}; when it refuses, the timeline
     * shows the attempt refused with the article that forbids it, and the case stays as it was.
     */
    public Outcome<R, S, A> attempt(A action, Authority actor, Optional<Reply> reply, String narration) {
      return attempt(action, actor, reply, Optional.empty(), narration);
    }

    /** As {@link #attempt(Enum, Authority, Optional, String)}, recording a follow-up request. */
    public Outcome<R, S, A> attempt(
        A action, Authority actor, Optional<Reply> reply, Optional<RequestId> followUp, String narration) {
      Command<A> command =
          Command.<A>builder()
              .id(String.format("%s-%03d", action.name().toLowerCase(java.util.Locale.ROOT), ++commands))
              .action(action)
              .expectedVersion(caseFile.version())
              .actor(actor)
              .reply(reply)
              .followUp(followUp)
              .build();
      Environment environment = environment();
      Outcome<R, S, A> outcome = workflow.apply(caseFile, command, environment);
      Party other = actor.party().equals(first.party()) ? second.party() : first.party();
      if (outcome.isApplied()) {
        var event = outcome.caseFile().lastEvent().orElseThrow();
        checkpoints.add(new Checkpoint(name, caseFile, event, frozen(environment)));
        caseFile = outcome.caseFile();
        timeline.add(
            new TimelineEntry(
                now(), name, actor.party(), other, channel,
                action + ": " + narration, event.citation(), Optional.empty()));
        Authority to = actor.party().equals(first.party()) ? second : first;
        reply.ifPresent(r -> send(actor, to, channel, r, requestId()));
      } else {
        Violation first = outcome.violations().get(0);
        timeline.add(
            new TimelineEntry(
                now(), name, actor.party(), other, channel,
                "REFUSED " + action + ": " + narration + " (" + first.message().english() + ")",
                first.citation(), Optional.empty()));
      }
      return outcome;
    }

    /** Attaches a deadline, in words, to the last line of the timeline. */
    public Case<R, S, A> deadline(String text) {
      TimelineEntry last = timeline.remove(timeline.size() - 1);
      timeline.add(
          new TimelineEntry(
              last.at(), last.caseName(), last.from(), last.to(), last.channel(), last.event(),
              last.citation(), Optional.of(text)));
      return this;
    }

    private Optional<RequestId> requestId() {
      return caseFile.request() instanceof Request r ? Optional.of(r.header().id()) : Optional.empty();
    }
  }
}
