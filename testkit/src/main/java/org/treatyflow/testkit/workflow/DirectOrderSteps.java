package org.treatyflow.testkit.workflow;

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
import org.treatyflow.model.common.AuthorityRole;
import org.treatyflow.model.common.Channel;
import org.treatyflow.model.common.Offence;
import org.treatyflow.model.common.RequestFamily;
import org.treatyflow.model.common.RequestHeader;
import org.treatyflow.model.common.RequestId;
import org.treatyflow.model.disclosure.SubscriberInformationOrder;
import org.treatyflow.model.refusal.GroundForRefusal;
import org.treatyflow.model.refusal.RefusalGrounds;
import org.treatyflow.model.reply.Refusal;
import org.treatyflow.model.reply.ReplyHeader;
import org.treatyflow.workflow.direct.DirectOrderAction;
import org.treatyflow.workflow.direct.DirectOrderStatus;

/**
 * How to take the steps of an order for subscriber information sent directly to a provider ({@link
 * org.treatyflow.workflow.direct.DirectOrderWorkflow}, 2AP 7) in a generated run: nine times in ten
 * by whom the step belongs to, with the instruction not to disclose a block needs (complete and on
 * an admissible ground three times in four), and the request that takes over named three times in
 * four.
 *
 * <p>The maker neither reads nor assumes a registry. To reach every line, run it with orders to
 * Parties of a registry in which the Second Protocol is in force and some requested Party declared
 * under 2AP 7(5)(a) (the order recording the notification: blocking from service) and 7(5)(b)
 * (consultation); let runs pass at least 30 days, or the order's longer time frame, for the
 * provider's time to run out (2AP 7(7)).
 */
public final class DirectOrderSteps {
  /** The steps the issuing authority takes. */
  private static final Set<DirectOrderAction> BY_ISSUING_AUTHORITY =
      EnumSet.of(DirectOrderAction.ISSUE, DirectOrderAction.TIME_OUT, DirectOrderAction.ESCALATE, DirectOrderAction.WITHDRAW);

  /** The steps the provider takes; the requested Party's designated authority blocks. */
  private static final Set<DirectOrderAction> BY_PROVIDER =
      EnumSet.of(DirectOrderAction.CONSULT, DirectOrderAction.DISCLOSE, DirectOrderAction.DECLINE);

  private DirectOrderSteps() {}

  /**
   * The inputs for a step of 2AP 7: {@code ISSUE}, {@code TIME_OUT}, {@code ESCALATE} and {@code
   * WITHDRAW} by the issuing authority (otherwise by the provider); {@code CONSULT}, {@code
   * DISCLOSE} and {@code DECLINE} by the provider ({@link #provider}; otherwise by the designated
   * authority); {@code BLOCK} by the requested Party's designated authority ({@link
   * #designatedAuthority}; otherwise by the provider) with a {@link Refusal} of the order, whose
   * reasons are left out one time in four. {@code ESCALATE} names the follow-up three times in four.
   */
  public static StepMaker<SubscriberInformationOrder, DirectOrderStatus, DirectOrderAction> maker() {
    return (caseFile, action, environment) -> {
      SubscriberInformationOrder order = caseFile.request();
      Authority issuing = order.header().requestingAuthority();
      Authority provider = provider(order.header());
      Authority designated = designatedAuthority(order.header());
      Authority right;
      Authority wrong;
      if (BY_ISSUING_AUTHORITY.contains(action)) {
        right = issuing;
        wrong = provider;
      } else if (BY_PROVIDER.contains(action)) {
        right = provider;
        wrong = designated;
      } else {
        right = designated;
        wrong = provider;
      }
      LocalDate today = LocalDate.ofInstant(environment.clock().instant(), environment.policy().timeZone(right.party()));
      Arbitrary<Authority> actors = Arbitraries.frequency(Tuple.of(9, right), Tuple.of(1, wrong));
      Arbitrary<Boolean> valid = Arbitraries.frequency(Tuple.of(3, true), Tuple.of(1, false));
      return Combinators.combine(actors, valid, Arbitraries.integers().between(0, 99_999))
          .as(
              (actor, complete, serial) -> {
                switch (action) {
                  case BLOCK:
                    return StepInput.by(actor, blockInstruction(order, actor, today, complete, serial));
                  case ESCALATE:
                    return new StepInput(
                        actor,
                        Optional.empty(),
                        complete ? Optional.of(RequestId.of("FPO-FOLLOW-UP-" + serial)) : Optional.empty());
                  default:
                    return StepInput.by(actor);
                }
              });
    };
  }

  /** The provider the header names as requested authority, if it is one; otherwise a provider in the requested Party. */
  public static Authority provider(RequestHeader header) {
    return header
        .requestedAuthority()
        .filter(a -> a.role() == AuthorityRole.SERVICE_PROVIDER)
        .orElse(Authority.of(header.requestedParty(), AuthorityRole.SERVICE_PROVIDER, "Service provider"));
  }

  /** The authority the requested Party designated under 2AP 7(5) (a competent authority there). */
  public static Authority designatedAuthority(RequestHeader header) {
    return Authority.of(header.requestedParty(), AuthorityRole.COMPETENT_AUTHORITY, "Designated authority");
  }

  /**
   * An instruction not to disclose, from {@code actor} to the issuing Party: a refusal of the order
   * on the first 2AP 7(5)(c) ground admissible for every offence, with reasons when {@code
   * complete}.
   */
  public static Refusal blockInstruction(
      SubscriberInformationOrder order, Authority actor, LocalDate today, boolean complete, int serial) {
    RequestHeader header = order.header();
    Refusal.Builder refusal =
        Refusal.builder()
            .header(
                ReplyHeader.builder()
                    .id(RequestId.of("BLOCK-" + serial))
                    .answersRequest(header.id())
                    .family(RequestFamily.SUBSCRIBER_INFORMATION_ORDER)
                    .fromParty(actor.party())
                    .fromAuthority(actor)
                    .toParty(actor.party().equals(header.requestingParty()) ? header.requestedParty() : header.requestingParty())
                    .date(today)
                    .channel(Channel.DIRECT_COMPETENT_AUTHORITIES)
                    .build())
            .addAllGrounds(admissibleGrounds(order.offences()));
    if (complete) {
      refusal.reasons("Reasons given to the issuing authority.");
    }
    return refusal.build();
  }

  /** The first ground of refusal a 2AP 7 order admits for every one of {@code offences}, if any. */
  private static List<GroundForRefusal> admissibleGrounds(List<Offence> offences) {
    List<GroundForRefusal> grounds = new ArrayList<>();
    for (GroundForRefusal ground : GroundForRefusal.values()) {
      if (offences.stream()
          .allMatch(o -> RefusalGrounds.available(RequestFamily.SUBSCRIBER_INFORMATION_ORDER, false, o, false).contains(ground))) {
        grounds.add(ground);
        break;
      }
    }
    return grounds;
  }
}
