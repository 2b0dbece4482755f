package org.treatyflow.testkit.workflow;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.treatyflow.model.common.Authority;
import org.treatyflow.model.common.AuthorityRole;
import org.treatyflow.model.common.RequestHeader;
import org.treatyflow.model.common.RequestId;
import org.treatyflow.model.disclosure.DomainRegistrationRequest;
import org.treatyflow.workflow.direct.DomainRegistrationAction;
import org.treatyflow.workflow.direct.DomainRegistrationStatus;

/**
 * How to take the steps of a request for domain name registration information sent directly to a
 * registrar ({@link org.treatyflow.workflow.direct.DomainRegistrationWorkflow}, 2AP 6) in a
 * generated run: nine times in ten by whom the step belongs to, once by the other side, and a
 * follow-up request named three times in four where a line needs one.
 *
 * <p>The maker neither reads nor assumes a registry: to reach the lines after sending, run it in an
 * environment whose registry has the Second Protocol in force between the request's Parties on the
 * run's dates, and whose policy lets the requested Party apply 2AP 6.
 */
public final class DomainRegistrationSteps {
  /** The steps the registrar or registry takes; the requesting authority takes the others. */
  private static final Set<DomainRegistrationAction> BY_REGISTRAR =
      EnumSet.of(DomainRegistrationAction.DISCLOSE, DomainRegistrationAction.DECLINE);

  private DomainRegistrationSteps() {}

  /**
   * The inputs for a step of 2AP 6: {@code SEND}, {@code RECORD_NO_RESPONSE}, {@code
   * USE_OTHER_CHANNELS} and {@code WITHDRAW} by the requesting authority, {@code DISCLOSE} and
   * {@code DECLINE} by the registrar ({@link #registrar}), nine times in ten; {@code
   * USE_OTHER_CHANNELS} names the request that takes over three times in four. No step needs a
   * document.
   */
  public static StepMaker<DomainRegistrationRequest, DomainRegistrationStatus, DomainRegistrationAction> maker() {
    return (caseFile, action, environment) -> {
      DomainRegistrationRequest request = caseFile.request();
      Authority requesting = request.header().requestingAuthority();
      Authority registrar = registrar(request.header());
      Authority right = BY_REGISTRAR.contains(action) ? registrar : requesting;
      Authority wrong = right == requesting ? registrar : requesting;
      Arbitrary<Authority> actors = Arbitraries.frequency(Tuple.of(9, right), Tuple.of(1, wrong));
      Arbitrary<Boolean> named = Arbitraries.frequency(Tuple.of(3, true), Tuple.of(1, false));
      return Combinators.combine(actors, named, Arbitraries.integers().between(0, 99_999))
          .as(
              (actor, names, serial) ->
                  new StepInput(
                      actor,
                      Optional.empty(),
                      action == DomainRegistrationAction.USE_OTHER_CHANNELS && names
                          ? Optional.of(RequestId.of("MLA-FOLLOW-UP-" + serial))
                          : Optional.empty()));
    };
  }

  /**
   * The registrar or registry the header names as requested authority, if it has that role;
   * otherwise a registrar in the requested Party.
   */
  public static Authority registrar(RequestHeader header) {
    return header
        .requestedAuthority()
        .filter(a -> a.role() == AuthorityRole.DOMAIN_REGISTRATION_ENTITY)
        .orElse(Authority.of(header.requestedParty(), AuthorityRole.DOMAIN_REGISTRATION_ENTITY, "Registrar"));
  }
}
