package org.treatyflow.workflow.assistance;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.treatyflow.model.common.Instrument.BUDAPEST;
import static org.treatyflow.model.common.Instrument.SECOND_PROTOCOL;
import static org.treatyflow.model.common.Instrument.WARSAW;

import com.google.common.collect.ArrayListMultimap;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ListMultimap;
import com.google.common.collect.Maps;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.treatyflow.model.common.ArticleCitation;
import org.treatyflow.model.common.Offence;
import org.treatyflow.model.common.Request;
import org.treatyflow.model.common.RequestFamily;
import org.treatyflow.workflow.Guard;
import org.treatyflow.workflow.StepContext;

/**
 * What the common mutual assistance skeleton needs to know of one family: which treaty's rules
 * answer it (its {@link Track}), the article of each step, the offences and coercive character of
 * its requests, and the family's own guards on top of the skeleton's.
 *
 * <p>The provisions start from the track's defaults ({@link #budapest}, {@link #warsaw}, {@link
 * #protocol}); a family overrides the steps its own article governs, and removes the steps its
 * procedure does not have.
 *
 * @param <R> the family's request
 */
public final class AssistanceProfile<R extends Request> {
  /** Which treaty's rules on refusal, postponement and conditions answer the family. */
  public enum Track {
    /**
     * The Budapest Convention: BC 25(4) always; BC 27(2)-(9) and 28 only where no mutual
     * assistance treaty governs, or the Parties agree (BC 27(1)).
     */
    BUDAPEST,
    /** The Warsaw Convention, Chapter IV: WC 28-30, 38, 40-43. */
    WARSAW,
    /**
     * The Second Additional Protocol's own rules (2AP 8(8)-(9)), or BC 27-28 by reference where no
     * treaty governs (2AP 10); all unverified.
     */
    PROTOCOL
  }

  private final RequestFamily family;
  private final Class<R> requestType;
  private final Track track;
  private final ImmutableMap<AssistanceAction, Provision> provisions;
  private final Function<R, List<Offence>> offences;
  private final Predicate<R> coercive;
  private final Optional<Integer> protocolArticle;
  private final ImmutableListMultimap<AssistanceAction, Guard<StepContext<R>>> guards;

  private AssistanceProfile(Builder<R> b) {
    this.family = b.family;
    this.requestType = b.requestType;
    this.track = checkNotNull(b.track, "AssistanceProfile.track");
    this.provisions = Maps.immutableEnumMap(b.provisions);
    this.offences = checkNotNull(b.offences, "AssistanceProfile.offences");
    this.coercive = b.coercive;
    this.protocolArticle = b.protocolArticle;
    this.guards = ImmutableListMultimap.copyOf(b.guards);
    for (AssistanceAction required :
        List.of(AssistanceAction.SUBMIT, AssistanceAction.RECEIVE, AssistanceAction.ACCEPT, AssistanceAction.WITHDRAW)) {
      checkArgument(
          provisions.containsKey(required),
          "AssistanceProfile of %s: no provision for %s",
          family,
          required);
    }
  }

  /** Starts the profile of {@code family}, whose requests are of {@code requestType}. */
  public static <R extends Request> Builder<R> builder(RequestFamily family, Class<R> requestType) {
    return new Builder<>(checkNotNull(family, "family"), checkNotNull(requestType, "requestType"));
  }

  /**
   * The Budapest defaults: {@code basis} (the family's article) for sending, receiving, accepting,
   * executing and sending results; BC 25(4) for refusal; BC 27(5)-(8) and BC 28(2)-(4) for
   * postponement, conditions, delays and confidentiality. Acknowledging, closing and withdrawing
   * are not spelt out by BC and rest on {@code basis}, unverified. No amendment loop and no draft
   * consultation: BC has no counterpart of WC 34(6) or 38.
   */
  public static Map<AssistanceAction, Provision> budapest(ArticleCitation basis) {
    Map<AssistanceAction, Provision> p = new EnumMap<>(AssistanceAction.class);
    p.put(AssistanceAction.SUBMIT, Provision.per(basis));
    p.put(AssistanceAction.RECEIVE, Provision.per(basis));
    p.put(AssistanceAction.ACKNOWLEDGE, Provision.perUnverified(basis));
    p.put(AssistanceAction.REPORT_CONFIDENTIALITY_IMPOSSIBLE, Provision.per(BUDAPEST.cite(27, 8)));
    p.put(AssistanceAction.CONFIRM_EXECUTION, Provision.per(BUDAPEST.cite(27, 8)));
    p.put(AssistanceAction.ACCEPT, Provision.per(basis));
    p.put(AssistanceAction.GRANT_CONDITIONALLY, Provision.per(BUDAPEST.cite(27, 6)));
    p.put(AssistanceAction.ACCEPT_CONDITIONS, Provision.per(BUDAPEST.cite(28, 3)));
    p.put(AssistanceAction.DECLINE_CONDITIONS, Provision.per(BUDAPEST.cite(28, 3)));
    p.put(AssistanceAction.POSTPONE, Provision.per(BUDAPEST.cite(27, 5)));
    p.put(AssistanceAction.RESUME, Provision.per(BUDAPEST.cite(27, 5)));
    p.put(AssistanceAction.REFUSE, Provision.per(BUDAPEST.cite(25, 4)));
    p.put(AssistanceAction.START_EXECUTION, Provision.per(basis));
    p.put(AssistanceAction.REPORT_DELAY, Provision.per(BUDAPEST.cite(27, 7)));
    p.put(AssistanceAction.TRANSMIT_RESULT, Provision.per(basis));
    p.put(AssistanceAction.REQUEST_USE_EXPLANATION, Provision.per(BUDAPEST.cite(28, 4)));
    p.put(AssistanceAction.CLOSE, Provision.perUnverified(basis));
    p.put(AssistanceAction.WITHDRAW, Provision.perUnverified(basis));
    return p;
  }

  /**
   * The Warsaw Chapter IV defaults: WC 34(6) draft consultation; WC 37(1) content; {@code basis}
   * (the family's article) for receiving, accepting and executing; WC 41(1)(a) action initiated;
   * the WC 38 amendment loop (closing a request whose amendments did not arrive in time is the
   * library's reading of WC 38(2), which sets no consequence: unverified); WC 43(1)
   * confidentiality; WC 30 conditions (their acceptance by the requesting Party rests on WC 30 and
   * WC 42, unverified); WC 29 postponement; WC 28 refusal; WC 41(1)(d) delays; WC 41(1)(b) final
   * result; WC 41(2)(b) withdrawal when action is no longer justified.
   */
  public static Map<AssistanceAction, Provision> warsaw(ArticleCitation basis) {
    Map<AssistanceAction, Provision> p = new EnumMap<>(AssistanceAction.class);
    p.put(AssistanceAction.CONSULT_DRAFT, Provision.per(WARSAW.cite(34, 6)));
    p.put(AssistanceAction.SUBMIT, Provision.per(WARSAW.cite(37, 1)));
    p.put(AssistanceAction.RECEIVE, Provision.per(basis));
    p.put(AssistanceAction.ACKNOWLEDGE, Provision.per(WARSAW.cite(41, 1, "a")));
    p.put(AssistanceAction.REQUEST_AMENDMENT, Provision.per(WARSAW.cite(38, 1)));
    p.put(AssistanceAction.SUPPLY_AMENDMENT, Provision.per(WARSAW.cite(38, 1)));
    p.put(AssistanceAction.CLOSE_INCOMPLETE, Provision.perUnverified(WARSAW.cite(38, 2)));
    p.put(AssistanceAction.REPORT_CONFIDENTIALITY_IMPOSSIBLE, Provision.per(WARSAW.cite(43, 1)));
    p.put(AssistanceAction.CONFIRM_EXECUTION, Provision.per(WARSAW.cite(43, 1)));
    p.put(AssistanceAction.ACCEPT, Provision.per(basis));
    p.put(AssistanceAction.GRANT_CONDITIONALLY, Provision.per(WARSAW.cite(30)));
    p.put(AssistanceAction.ACCEPT_CONDITIONS, Provision.perUnverified(WARSAW.cite(42, 1)));
    p.put(AssistanceAction.DECLINE_CONDITIONS, Provision.perUnverified(WARSAW.cite(30)));
    p.put(AssistanceAction.POSTPONE, Provision.per(WARSAW.cite(29)));
    p.put(AssistanceAction.RESUME, Provision.per(WARSAW.cite(29)));
    p.put(AssistanceAction.REFUSE, Provision.per(WARSAW.cite(28)));
    p.put(AssistanceAction.START_EXECUTION, Provision.per(basis));
    p.put(AssistanceAction.REPORT_DELAY, Provision.per(WARSAW.cite(41, 1, "d")));
    p.put(AssistanceAction.TRANSMIT_RESULT, Provision.per(WARSAW.cite(41, 1, "b")));
    p.put(AssistanceAction.CLOSE, Provision.perUnverified(WARSAW.cite(41, 1, "b")));
    p.put(AssistanceAction.WITHDRAW, Provision.per(WARSAW.cite(41, 2, "b")));
    return p;
  }

  /**
   * The Second Protocol defaults for {@code article} (8 or 10): everything rests on the article
   * and is unverified, the treaty text not having been read; refusal, conditions and postponement
   * on its own paragraph {@code refusalParagraph} (2AP 8(8)), or on BC 27-28 by reference.
   */
  public static Map<AssistanceAction, Provision> protocol(int article, Optional<Integer> refusalParagraph) {
    ArticleCitation basis = SECOND_PROTOCOL.cite(article);
    Map<AssistanceAction, Provision> p = new EnumMap<>(AssistanceAction.class);
    for (Map.Entry<AssistanceAction, Provision> e : budapest(basis).entrySet()) {
      p.put(e.getKey(), Provision.perUnverified(e.getValue().citation()));
    }
    refusalParagraph.ifPresent(
        para -> {
          ArticleCitation own = SECOND_PROTOCOL.cite(article, para);
          for (AssistanceAction a :
              List.of(
                  AssistanceAction.GRANT_CONDITIONALLY,
                  AssistanceAction.POSTPONE,
                  AssistanceAction.RESUME,
                  AssistanceAction.REFUSE,
                  AssistanceAction.REPORT_DELAY)) {
            p.put(a, Provision.perUnverified(own));
          }
        });
    return p;
  }

  /** The family. */
  public RequestFamily family() {
    return family;
  }

  /** The family's request type. */
  public Class<R> requestType() {
    return requestType;
  }

  /** Which treaty's rules answer the family. */
  public Track track() {
    return track;
  }

  /** The article of {@code action} for this family; empty if the family's procedure lacks it. */
  public Optional<Provision> provision(AssistanceAction action) {
    return Optional.ofNullable(provisions.get(action));
  }

  /** The offences a request concerns. */
  public List<Offence> offences(R request) {
    return offences.apply(request);
  }

  /** Whether a request involves coercive action (WC 28(1)(g), 28(2)-(3); WC 34(5)). */
  public boolean coercive(R request) {
    return coercive.test(request);
  }

  /** The Second Protocol article the family rests on, for the Protocol's in-force and 2AP 14 checks. */
  public Optional<Integer> protocolArticle() {
    return protocolArticle;
  }

  /** The family's own guards on {@code action}, checked after the skeleton's. */
  public List<Guard<StepContext<R>>> guards(AssistanceAction action) {
    return guards.get(action);
  }

  /** Builds a profile. */
  public static final class Builder<R extends Request> {
    private final RequestFamily family;
    private final Class<R> requestType;
    private Track track;
    private final Map<AssistanceAction, Provision> provisions = new EnumMap<>(AssistanceAction.class);
    private Function<R, List<Offence>> offences;
    private Predicate<R> coercive = r -> false;
    private Optional<Integer> protocolArticle = Optional.empty();
    private final ListMultimap<AssistanceAction, Guard<StepContext<R>>> guards =
        ArrayListMultimap.create();

    private Builder(RequestFamily family, Class<R> requestType) {
      this.family = family;
      this.requestType = requestType;
    }

    /** The track, with its default provisions (replacing any set before). */
    public Builder<R> track(Track track, Map<AssistanceAction, Provision> defaults) {
      this.track = checkNotNull(track, "track");
      provisions.clear();
      provisions.putAll(defaults);
      return this;
    }

    /** The article of {@code action} for this family, replacing the track's default. */
    public Builder<R> provision(AssistanceAction action, Provision provision) {
      provisions.put(checkNotNull(action, "action"), checkNotNull(provision, "provision"));
      return this;
    }

    /** Removes {@code action}, which the family's procedure does not have. */
    public Builder<R> without(AssistanceAction action) {
      provisions.remove(checkNotNull(action, "action"));
      return this;
    }

    /** How to read the offences of a request. */
    public Builder<R> offences(Function<R, List<Offence>> offences) {
      this.offences = checkNotNull(offences, "offences");
      return this;
    }

    /** Whether a request involves coercive action; never, unless set. */
    public Builder<R> coercive(Predicate<R> coercive) {
      this.coercive = checkNotNull(coercive, "coercive");
      return this;
    }

    /** The Second Protocol article the family rests on (its in-force, implementation and 2AP 14 checks). */
    public Builder<R> protocolArticle(int article) {
      this.protocolArticle = Optional.of(article);
      return this;
    }

    /** Adds a family guard on {@code action}. */
    public Builder<R> guard(AssistanceAction action, Guard<StepContext<R>> guard) {
      guards.put(checkNotNull(action, "action"), checkNotNull(guard, "guard"));
      return this;
    }

    /** The profile. */
    public AssistanceProfile<R> build() {
      return new AssistanceProfile<>(this);
    }
  }
}
