package org.treatyflow.model.refusal;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.treatyflow.model.common.ArticleCitation;
import org.treatyflow.model.common.BilingualText;
import org.treatyflow.model.common.Offence;
import org.treatyflow.model.common.RequestFamily;
import org.treatyflow.model.common.Verification;
import org.treatyflow.model.common.Violation;

/**
 * Which grounds for refusal the requested Party may raise against a request, and whether the grounds
 * and reasons of a refusal respect the refusal tables, as pure functions.
 *
 * <p>The conditions live in {@link GroundForRefusal}; this class only applies them. {@link
 * #available} therefore respects the closed lists: preservation only B1, B2 and B3 (the last only
 * with the BC 29(4) reservation and not for BC 2-11 offences), disclosure of preserved traffic data
 * only B1 and B2, W4 and W5 never for financing of terrorism, W7-W9 never for non-coercive Section 2
 * requests, W10-W15 only for confiscation. {@link #check} reports every invoked ground that is not
 * available, and a refusal resting on the fiscal ground B4 alone for an offence of BC Articles 2-11
 * (BC 25(4)); {@link #checkReasons} reports bank secrecy (WC 28(7)) and the WC 28(8) facts given as
 * reasons (they are {@link InadmissibleReason}s, never grounds). A ground is in {@link #available}
 * exactly when {@link #check} reports no unavailability for it.
 *
 * <p>The functions do not know the applicable mutual assistance treaty or the requested Party's
 * policies: where a ground depends on them (B3 and B5 for mutual assistance, W9's judicial
 * authorisation, and for 2AP 10 whether BC 27(4) or the treaty's grounds apply), it is returned as
 * available and the workflow checks the policy.
 *
 * <p>Legal basis: BC 25(4), 27(4), 29(4)-(5), 30(2); 2AP 7(5)(c), 8(8), 10 (unverified); WC 28,
 * 32(2), 46(6), 47(2).
 */
public final class RefusalGrounds {
  /** Code prefix of the violation for an invoked ground that is not available. */
  public static final String GROUND_NOT_AVAILABLE = "GROUND_NOT_AVAILABLE";

  /** Code prefix of the violation for a reason the treaties forbid as a ground. */
  public static final String INADMISSIBLE = "INADMISSIBLE";

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
   * The violations of the refusal tables by a refusal of a request of {@code family} concerning
   * {@code offence} on the grounds {@code invoked}.
   *
   * <p>One violation per distinct invoked ground that is not {@link #available} in this case, in
   * the order invoked: code {@code GROUND_NOT_AVAILABLE_<ground code>} (e.g. {@code
   * GROUND_NOT_AVAILABLE_B3}), citing the ground's first citation, field {@code grounds}, with the
   * reason it is not available and the verification of the ground for this family ({@link
   * GroundForRefusal#verificationFor}). Then, if the only ground invoked is the fiscal ground B4,
   * it is available and the offence is one of BC Articles 2-11, one violation {@code
   * INADMISSIBLE_FISCAL_ONLY_FOR_BUDAPEST_OFFENCE} citing BC 25(4). B4 together with any other
   * ground is allowed.
   *
   * @param family the family of the request
   * @param coercive whether the request involves coercive action (consulted for Warsaw Section 2)
   * @param offence the offence the request concerns
   * @param requestedPartyHasBc29_4Reservation whether the requested Party made the BC 29(4)
   *     reservation
   * @param invoked the grounds the refusal relies on
   * @return the violations, empty if the grounds may be raised; immutable
   */
  public static List<Violation> check(
      RequestFamily family,
      boolean coercive,
      Offence offence,
      boolean requestedPartyHasBc29_4Reservation,
      Collection<GroundForRefusal> invoked) {
    checkNotNull(family, "family");
    checkNotNull(offence, "offence");
    checkNotNull(invoked, "invoked");
    Set<GroundForRefusal> distinct = new LinkedHashSet<>(invoked);
    ImmutableList.Builder<Violation> violations = ImmutableList.builder();
    for (GroundForRefusal ground : distinct) {
      Optional<GroundForRefusal.Unavailability> why =
          ground.unavailability(family, coercive, offence, requestedPartyHasBc29_4Reservation);
      why.ifPresent(
          reason ->
              violations.add(
                  violation(
                      GROUND_NOT_AVAILABLE + "_" + ground.code(),
                      ground.citations().get(0),
                      ground.verificationFor(family),
                      reason.message())));
    }
    if (distinct.equals(EnumSet.of(GroundForRefusal.BC_FISCAL_OFFENCE))
        && offence.isBudapestOffence()
        && GroundForRefusal.BC_FISCAL_OFFENCE.isAvailable(
            family, coercive, offence, requestedPartyHasBc29_4Reservation)) {
      violations.add(inadmissible(InadmissibleReason.FISCAL_ONLY_FOR_BUDAPEST_OFFENCE, "grounds"));
    }
    return violations.build();
  }

  /**
   * The violations for reasons the treaties forbid, given to refuse a request of {@code family}.
   *
   * <p>One violation per distinct reason whose provision governs the family ({@link
   * InadmissibleReason#governs}), in the order given: code {@code INADMISSIBLE_<reason name>} (e.g.
   * {@code INADMISSIBLE_BANK_SECRECY}), citing the provision that forbids it, field {@code
   * reasons}, with the reason's {@link InadmissibleReason#explanation()}. Bank secrecy (WC 28(7))
   * and the WC 28(8) facts are therefore rejected for every request under Chapter IV of the Warsaw
   * Convention; the WC 28(8) facts remain without prejudice to WC 28(1)(a), so a refusal on W1
   * stays possible.
   *
   * @param family the family of the request refused
   * @param reasonsGiven the reasons the refusal gives
   * @return the violations, empty if no forbidden reason was given; immutable
   */
  public static List<Violation> checkReasons(
      RequestFamily family, Collection<InadmissibleReason> reasonsGiven) {
    checkNotNull(family, "family");
    checkNotNull(reasonsGiven, "reasonsGiven");
    ImmutableList.Builder<Violation> violations = ImmutableList.builder();
    for (InadmissibleReason reason : new LinkedHashSet<>(reasonsGiven)) {
      if (reason.governs(family)) {
        violations.add(inadmissible(reason, "reasons"));
      }
    }
    return violations.build();
  }

  /**
   * Whether a ground raised against {@code family} takes the form of an instruction to a provider
   * not to disclose (2AP 7(5)(c), unverified) rather than a refusal of a request.
   */
  public static boolean isBlockInstruction(RequestFamily family) {
    return family == RequestFamily.SUBSCRIBER_INFORMATION_ORDER;
  }

  private static Violation inadmissible(InadmissibleReason reason, String field) {
    return violation(
        INADMISSIBLE + "_" + reason.name(),
        reason.citation(),
        reason.verification(),
        reason.explanation(),
        field);
  }

  private static Violation violation(
      String code, ArticleCitation citation, Verification verification, BilingualText message) {
    return violation(code, citation, verification, message, "grounds");
  }

  private static Violation violation(
      String code,
      ArticleCitation citation,
      Verification verification,
      BilingualText message,
      String field) {
    return Violation.builder()
        .code(code)
        .citation(citation)
        .field(field)
        .message(message)
        .verification(verification)
        .build();
  }
}
