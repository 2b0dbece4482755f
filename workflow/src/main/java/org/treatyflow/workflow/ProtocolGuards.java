package org.treatyflow.workflow;

import java.util.function.BiPredicate;
import org.treatyflow.model.common.ArticleCitation;
import org.treatyflow.model.common.Authority;
import org.treatyflow.model.common.AuthorityRole;
import org.treatyflow.model.common.Instrument;
import org.treatyflow.model.common.Party;
import org.treatyflow.model.common.Request;
import org.treatyflow.model.common.Verification;

/**
 * The guards every Second Protocol family shares: the Protocol in force between the two
 * Parties, its implementation in the requested Party's law, transfers not suspended, and who may
 * act. Each family passes its own code prefix and citation, so that every violation names its
 * article.
 */
public final class ProtocolGuards {
  private ProtocolGuards() {}

  /** The requesting (issuing) Party of the request of the step. */
  public static Party requesting(StepContext<? extends Request> c) {
    return c.request().header().requestingParty();
  }

  /** The requested Party (where the provider or registrar is) of the request of the step. */
  public static Party requested(StepContext<? extends Request> c) {
    return c.request().header().requestedParty();
  }

  /**
   * The Second Protocol (and so the Convention it supplements) binds both Parties on the
   * requesting Party's today (CONVENTIONS.md §2.3: every 2AP workflow checks both Parties).
   */
  public static <R extends Request> Guard<StepContext<R>> protocolInForce(String code, ArticleCitation citation) {
    return Guards.inForce(
        code,
        citation,
        Verification.CONFIRMED,
        Instrument.SECOND_PROTOCOL,
        ProtocolGuards::requesting,
        ProtocolGuards::requested,
        "The Second Additional Protocol is not in force between the two Parties on this date.",
        "Le deuxième Protocole additionnel n'est pas en vigueur entre les deux Parties à cette"
            + " date.");
  }

  /**
   * The requested Party has given effect in its law to {@code article} of the Protocol, which is
   * not self-executing (CONVENTIONS.md §2.3; the library's reading, so unverified).
   */
  public static <R extends Request> Guard<StepContext<R>> implementsArticle(
      String code, ArticleCitation citation, int article) {
    return Guard.require(
        code,
        citation,
        Verification.UNVERIFIED,
        c -> c.environment().policy().implementsProtocolArticle(requested(c), article),
        "The requested Party has not implemented Article " + article
            + " of the Second Additional Protocol in its domestic law.",
        "La Partie requise n'a pas mis en œuvre l'article " + article
            + " du deuxième Protocole additionnel dans son droit interne.");
  }

  /**
   * Neither Party has suspended transfers of personal data to the other under the Protocol's data
   * protection safeguards: a suspension blocks every transfer between the pair (2AP 14,
   * CONVENTIONS.md §2.3.7, unverified).
   */
  public static <R extends Request> Guard<StepContext<R>> transfersNotSuspended(String code) {
    return Guard.require(
        code,
        Instrument.SECOND_PROTOCOL.cite(14),
        Verification.UNVERIFIED,
        c ->
            !c.environment().policy().suspendsProtocolTransfersTo(requested(c), requesting(c))
                && !c.environment().policy().suspendsProtocolTransfersTo(requesting(c), requested(c)),
        "Transfers of personal data between the two Parties under the Second Additional Protocol"
            + " are suspended.",
        "Les transferts de données à caractère personnel entre les deux Parties au titre du"
            + " deuxième Protocole additionnel sont suspendus.");
  }

  /** The step is taken by a public authority of the requesting (issuing) Party. */
  public static <R extends Request> Guard<StepContext<R>> byRequestingAuthority(
      String code, ArticleCitation citation, Verification verification, String english, String french) {
    return byActor(
        code,
        citation,
        verification,
        (c, a) -> a.party().equals(requesting(c)) && !a.role().isPrivateEntity(),
        "Only an authority of the " + english + " Party may take this step.",
        "Seule une autorité de la Partie " + french + " peut accomplir cette étape.");
  }

  /** The step is taken by a public authority of the requested Party, never by the private entity. */
  public static <R extends Request> Guard<StepContext<R>> byRequestedAuthority(
      String code, ArticleCitation citation, Verification verification) {
    return byActor(
        code,
        citation,
        verification,
        (c, a) -> a.party().equals(requested(c)) && !a.role().isPrivateEntity(),
        "Only an authority of the requested Party, not the provider, may take this step.",
        "Seule une autorité de la Partie requise, et non le fournisseur, peut accomplir cette"
            + " étape.");
  }

  /** The step is taken by the private entity in {@code role} in the requested Party's territory. */
  public static <R extends Request> Guard<StepContext<R>> byEntity(
      String code,
      ArticleCitation citation,
      Verification verification,
      AuthorityRole role,
      String english,
      String french) {
    return byActor(
        code,
        citation,
        verification,
        (c, a) -> a.party().equals(requested(c)) && a.role() == role,
        "Only the " + english + " in the requested Party's territory may take this step.",
        "Seul " + french + " situé sur le territoire de la Partie requise peut accomplir cette"
            + " étape.");
  }

  /** Guards on the command pass when the engine only explains (no command). */
  private static <R extends Request> Guard<StepContext<R>> byActor(
      String code,
      ArticleCitation citation,
      Verification verification,
      BiPredicate<StepContext<R>, Authority> allowed,
      String english,
      String french) {
    return Guards.actor(code, citation, verification, allowed, english, french);
  }

  /** The command names the request that takes over: a guard on the command, passing when explaining. */
  public static <R extends Request> Guard<StepContext<R>> followUpNamed(
      String code, ArticleCitation citation, Verification verification, String english, String french) {
    return Guards.followUpNamed(code, citation, verification, english, french);
  }
}
