package org.treatyflow.model.refusal;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.treatyflow.model.common.Offence;
import org.treatyflow.model.common.RequestFamily;

/**
 * Which grounds for refusal the requested Party may raise against a request, as a pure function of
 * the refusal tables.
 *
 * <p>The conditions live in {@link GroundForRefusal}; this class only applies them. The result
 * therefore respects the closed lists: preservation only B1, B2 and B3 (the last only with the BC
 * 29(4) reservation and not for BC 2-11 offences), disclosure of preserved traffic data only B1 and
 * B2, W4 and W5 never for financing of terrorism, W7 never for non-coercive Section 2 requests,
 * W10-W15 only for confiscation, and bank secrecy never (it is an {@link InadmissibleReason}).
 *
 * <p>The function does not know the applicable mutual assistance treaty or the requested Party's
 * policies: where a ground depends on them (B3 and B5 for mutual assistance, W9's judicial
 * authorisation), it is returned as available and the workflow checks the policy.
 *
 * <p>Legal basis: BC 25(4), 27(4), 29(4)-(5), 30(2); 2AP 7(5)(c), 8(8) (unverified); WC 28, 32(2),
 * 46(6), 47(2).
 */
public final class RefusalGrounds {
  private RefusalGrounds() {}

  /**
   * The grounds that may be raised against a request of {@code family} concerning {@code offence}.
   *
   * @param family the family of the request
   * @param coercive whether the request involves coercive action (consulted for Warsaw Section 2)
   * @param offence the offence the request concerns
   * @param requestedPartyHasBc29_4Reservation whether the requested Party made the BC 29(4)
   *     reservation
   * @return the available grounds, possibly empty, never null; unmodifiable
   */
  public static Set<GroundForRefusal> available(
      RequestFamily family,
      boolean coercive,
      Offence offence,
      boolean requestedPartyHasBc29_4Reservation) {
    checkNotNull(family, "family");
    checkNotNull(offence, "offence");
    Set<GroundForRefusal> available = EnumSet.noneOf(GroundForRefusal.class);
    for (GroundForRefusal ground : GroundForRefusal.values()) {
      if (ground.isAvailable(family, coercive, offence, requestedPartyHasBc29_4Reservation)) {
        available.add(ground);
      }
    }
    return Collections.unmodifiableSet(available);
  }

  /**
   * Whether a ground raised against {@code family} takes the form of an instruction to a provider
   * not to disclose (2AP 7(5)(c), unverified) rather than a refusal of a request.
   */
  public static boolean isBlockInstruction(RequestFamily family) {
    return family == RequestFamily.SUBSCRIBER_INFORMATION_ORDER;
  }
}
