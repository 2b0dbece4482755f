package org.treatyflow.testkit.workflow;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.treatyflow.model.common.Authority;
import org.treatyflow.model.common.Channel;
import org.treatyflow.model.common.Offence;
import org.treatyflow.model.common.Party;
import org.treatyflow.model.common.RequestFamily;
import org.treatyflow.model.common.RequestId;
import org.treatyflow.model.preservation.PreservationRequest;
import org.treatyflow.model.refusal.GroundForRefusal;
import org.treatyflow.model.refusal.RefusalGrounds;
import org.treatyflow.model.registry.ReservationCode;
import org.treatyflow.model.reply.Refusal;
import org.treatyflow.model.reply.ReplyHeader;
import org.treatyflow.workflow.Environment;
import org.treatyflow.workflow.preservation.PreservationAction;
import org.treatyflow.workflow.preservation.PreservationStatus;

/**
 * The steps of expedited preservation (BC 29) in a generated run ({@link WorkflowChains}): nine
 * times in ten by the Party whose step it is (the requesting Party submits, proceeds after a BC
 * 29(6) warning and withdraws; the requested Party does the rest), otherwise by the other Party.
 * A refusal comes with a {@link Refusal} answering the request, three times in four on grounds BC
 * 29(4)-(5) admit for every offence of the request (B1, B2, and B3 where the requested Party made
 * the BC 29(4) reservation and no offence is one of BC Articles 2-11) and with reasons; otherwise
 * without reasons or on a ground BC 29 does not admit. The receipt of a follow-up request names one
 * nine times in ten.
 *
 * <p>What the maker cannot supply, the environment must: a registry in which the Budapest
 * Convention binds the generated Parties (for SUBMIT), a {@link
 * org.treatyflow.workflow.DomesticPolicy#allowsPreservationRenewal} that allows renewal for at
 * least some requested Parties (for RENEW), and pauses of more than 60 days (for EXPIRE, which
 * {@link WorkflowChains} provides). A follow-up the environment's {@link
 * org.treatyflow.workflow.LinkedCases} does not know is taken as named; to exercise the check of a
 * known follow-up, pass its id to {@link #maker(List)}.
 *
 * <p>Legal basis: BC 29(1)-(7); BC 16(2) for renewal.
 */
public final class PreservationSteps {
  /** The steps the requesting Party takes; the requested Party takes the others. */
  private static final Set<PreservationAction> BY_REQUESTING_PARTY =
      EnumSet.of(PreservationAction.SUBMIT, PreservationAction.PROCEED, PreservationAction.WITHDRAW);

  private PreservationSteps() {}

  /** Steps whose follow-up requests are unknown to the environment. */
  public static StepMaker<PreservationRequest, PreservationStatus, PreservationAction> maker() {
    return maker(List.of());
  }

  /**
   * Steps whose follow-up request is, one time in three, one of {@code linkedFollowUps} (ids of
   * cases the environment's {@link org.treatyflow.workflow.LinkedCases} knows, of whatever family),
   * and otherwise a new id unknown to the environment.
   */
  public static StepMaker<PreservationRequest, PreservationStatus, PreservationAction> maker(
      List<RequestId> linkedFollowUps) {
    List<RequestId> linked = List.copyOf(checkNotNull(linkedFollowUps, "linkedFollowUps"));
    return (caseFile, action, environment) -> {
      PreservationRequest request = caseFile.request();
      Authority requesting = request.header().requestingAuthority();
      Authority requested = StepMakers.requestedAuthority(request.header());
      Authority right = BY_REQUESTING_PARTY.contains(action) ? requesting : requested;
      Authority wrong = right == requesting ? requested : requesting;
      Arbitrary<Authority> actors = Arbitraries.frequency(Tuple.of(9, right), Tuple.of(1, wrong));
      Arbitrary<Boolean> valid = Arbitraries.frequency(Tuple.of(3, true), Tuple.of(1, false));
      Arbitrary<Optional<RequestId>> followUps = followUps(action, linked);
      return Combinators.combine(actors, valid, followUps, Arbitraries.integers().between(0, 99_999))
          .as(
              (actor, admissible, followUp, serial) ->
                  new StepInput(
                      actor,
                      action == PreservationAction.REFUSE
                          ? Optional.of(refusal(request, actor, environment, admissible, serial))
                          : Optional.empty(),
                      followUp));
    };
  }

  private static Arbitrary<Optional<RequestId>> followUps(PreservationAction action, List<RequestId> linked) {
    if (action != PreservationAction.RECEIVE_FOLLOW_UP) {
      return Arbitraries.just(Optional.empty());
    }
    Arbitrary<Optional<RequestId>> fresh =
        Arbitraries.integers().between(1, 99_999).map(n -> Optional.of(RequestId.of("FOLLOW-UP-" + n)));
    if (linked.isEmpty()) {
      return Arbitraries.frequencyOf(Tuple.of(9, fresh), Tuple.of(1, Arbitraries.just(Optional.empty())));
    }
    return Arbitraries.frequencyOf(
        Tuple.of(6, fresh),
        Tuple.of(3, Arbitraries.of(linked).map(Optional::of)),
        Tuple.of(1, Arbitraries.just(Optional.empty())));
  }

  /**
   * The grounds BC 29(4)-(5) admit against every offence of {@code request}, given whether the
   * requested Party made the BC 29(4) reservation in {@code environment}'s registry.
   */
  public static Set<GroundForRefusal> admissibleGrounds(PreservationRequest request, Environment environment) {
    boolean reservation =
        environment
            .registry()
            .hasMade(request.header().requestedParty(), ReservationCode.BC_29_4_DUAL_CRIMINALITY_PRESERVATION);
    Set<GroundForRefusal> admissible = EnumSet.allOf(GroundForRefusal.class);
    if (request.offences().isEmpty()) {
      admissible.remove(GroundForRefusal.BC_DUAL_CRIMINALITY);
    }
    List<Offence> offences =
        request.offences().isEmpty()
            ? List.of(Offence.builder().domesticDescription("No offence named").build())
            : request.offences();
    for (Offence offence : offences) {
      admissible.retainAll(
          RefusalGrounds.available(RequestFamily.EXPEDITED_PRESERVATION, false, offence, reservation));
    }
    return admissible;
  }

  /**
   * A refusal of {@code request} by {@code actor}: when {@code admissible}, on one or two grounds
   * BC 29(4)-(5) admit, with reasons; otherwise, by turns, without reasons or on a ground BC 29
   * does not admit.
   */
  private static Refusal refusal(
      PreservationRequest request, Authority actor, Environment environment, boolean admissible, int serial) {
    List<GroundForRefusal> allowed = new ArrayList<>(admissibleGrounds(request, environment));
    Refusal.Builder refusal =
        Refusal.builder()
            .header(
                header(
                    request.header().id(),
                    request.family(),
                    actor,
                    other(request, actor),
                    request.header().channel(),
                    environment,
                    serial))
            .partialGrantConsidered(serial % 3 == 0);
    if (admissible || serial % 2 == 0) {
      List<GroundForRefusal> grounds = allowed.isEmpty() ? List.of() : pick(allowed, serial);
      refusal.addAllGrounds(grounds);
      if (admissible) {
        refusal.reasons("Reasons given to the requesting Party.");
      }
    } else {
      List<GroundForRefusal> inadmissible = new ArrayList<>(EnumSet.complementOf(EnumSet.copyOf(withB1(allowed))));
      refusal.addGrounds(inadmissible.get(serial % inadmissible.size()));
      refusal.reasons("Reasons given to the requesting Party.");
    }
    return refusal.build();
  }

  private static List<GroundForRefusal> withB1(List<GroundForRefusal> allowed) {
    List<GroundForRefusal> grounds = new ArrayList<>(allowed);
    grounds.add(GroundForRefusal.BC_POLITICAL_OFFENCE);
    return grounds;
  }

  /** One or two of {@code grounds}, chosen by {@code serial}. */
  static List<GroundForRefusal> pick(List<GroundForRefusal> grounds, int serial) {
    GroundForRefusal first = grounds.get(serial % grounds.size());
    GroundForRefusal second = grounds.get((serial / 7) % grounds.size());
    return first == second ? List.of(first) : List.of(first, second);
  }

  private static Party other(PreservationRequest request, Authority actor) {
    return actor.party().equals(request.header().requestedParty())
        ? request.header().requestingParty()
        : request.header().requestedParty();
  }

  /**
   * The header of a reply answering {@code answers} of {@code family}, from {@code actor} to {@code
   * to} through {@code channel}, dated today in the actor's time zone under {@code environment}'s
   * policy.
   */
  static ReplyHeader header(
      RequestId answers,
      RequestFamily family,
      Authority actor,
      Party to,
      Channel channel,
      Environment environment,
      int serial) {
    LocalDate today = LocalDate.ofInstant(environment.clock().instant(), environment.policy().timeZone(actor.party()));
    return ReplyHeader.builder()
        .id(RequestId.of("REPLY-" + serial))
        .answersRequest(answers)
        .family(family)
        .fromParty(actor.party())
        .fromAuthority(actor)
        .toParty(to)
        .date(today)
        .channel(channel)
        .build();
  }
}
