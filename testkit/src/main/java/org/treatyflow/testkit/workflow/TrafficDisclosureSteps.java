package org.treatyflow.testkit.workflow;

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
import org.treatyflow.model.common.RequestFamily;
import org.treatyflow.model.preservation.PreservedTrafficDisclosure;
import org.treatyflow.model.refusal.GroundForRefusal;
import org.treatyflow.model.reply.Refusal;
import org.treatyflow.model.reply.Reply;
import org.treatyflow.workflow.Environment;
import org.treatyflow.workflow.traffic.TrafficDisclosureAction;
import org.treatyflow.workflow.traffic.TrafficDisclosureStatus;

/**
 * The steps of an expedited disclosure of preserved traffic data (BC 30) in a generated run ({@link
 * WorkflowChains}): nine times in ten by the disclosing Party's authority, otherwise by an
 * authority of the receiving Party. A refusal comes, three times in four, with a {@link Refusal}
 * of this disclosure on B1 and/or B2 (the only grounds of BC 30(2)) with reasons; otherwise, by
 * turns, with no document, without reasons, or on a ground BC 30(2) does not admit.
 *
 * <p>The environment decides the rest: a disclosure whose preservation request the environment's
 * {@link org.treatyflow.workflow.LinkedCases} does not know is taken as made while it is executed.
 *
 * <p>Legal basis: BC 30(1)-(2).
 */
public final class TrafficDisclosureSteps {
  /** The only grounds BC 30(2) admits. */
  private static final List<GroundForRefusal> ADMISSIBLE =
      List.of(GroundForRefusal.BC_POLITICAL_OFFENCE, GroundForRefusal.BC_ESSENTIAL_INTERESTS);

  private TrafficDisclosureSteps() {}

  /** Steps by the disclosing Party, mostly, with the refusal BC 30(2) admits, mostly. */
  public static StepMaker<PreservedTrafficDisclosure, TrafficDisclosureStatus, TrafficDisclosureAction> maker() {
    return (caseFile, action, environment) -> {
      PreservedTrafficDisclosure disclosure = caseFile.request();
      Authority right = disclosure.disclosingAuthority();
      Authority wrong =
          Authority.of(disclosure.receivingParty(), AuthorityRole.POINT_OF_CONTACT_24_7, "24/7 point of contact");
      Arbitrary<Authority> actors = Arbitraries.frequency(Tuple.of(9, right), Tuple.of(1, wrong));
      Arbitrary<Boolean> valid = Arbitraries.frequency(Tuple.of(3, true), Tuple.of(1, false));
      return Combinators.combine(actors, valid, Arbitraries.integers().between(0, 99_999))
          .as(
              (actor, admissible, serial) ->
                  new StepInput(
                      actor,
                      action == TrafficDisclosureAction.REFUSE
                          ? refusal(disclosure, actor, environment, admissible, serial)
                          : Optional.empty(),
                      Optional.empty()));
    };
  }

  /**
   * A refusal of {@code disclosure} by {@code actor}: when {@code admissible}, on B1 and/or B2 with
   * reasons; otherwise, by turns, none, one without reasons, or one on another ground.
   */
  private static Optional<Reply> refusal(
      PreservedTrafficDisclosure disclosure,
      Authority actor,
      Environment environment,
      boolean admissible,
      int serial) {
    if (!admissible && serial % 3 == 0) {
      return Optional.empty();
    }
    Refusal.Builder refusal =
        Refusal.builder()
            .header(
                PreservationSteps.header(
                    disclosure.preservationRequestId(),
                    RequestFamily.PRESERVED_TRAFFIC_DISCLOSURE,
                    actor,
                    actor.party().equals(disclosure.disclosingParty())
                        ? disclosure.receivingParty()
                        : disclosure.disclosingParty(),
                    Channel.NETWORK_24_7,
                    environment,
                    serial))
            .partialGrantConsidered(serial % 2 == 0);
    if (admissible || serial % 3 == 1) {
      refusal.addAllGrounds(PreservationSteps.pick(ADMISSIBLE, serial));
      if (admissible) {
        refusal.reasons("Disclosure would prejudice the essential interests of the disclosing Party.");
      }
    } else {
      Set<GroundForRefusal> others = EnumSet.complementOf(EnumSet.copyOf(ADMISSIBLE));
      List<GroundForRefusal> other = new ArrayList<>(others);
      refusal.addGrounds(other.get(serial % other.size()));
      refusal.reasons("Reasons given to the receiving Party.");
    }
    return Optional.of(refusal.build());
  }
}
