package org.treatyflow.workflow.spontaneous;

import java.util.function.Function;
import org.treatyflow.model.common.ArticleCitation;
import org.treatyflow.model.common.Instrument;
import org.treatyflow.model.common.Party;
import org.treatyflow.model.common.Verification;
import org.treatyflow.model.spontaneous.SpontaneousCommunication;
import org.treatyflow.workflow.Guard;
import org.treatyflow.workflow.Guards;
import org.treatyflow.workflow.StepContext;

/**
 * The guards that read the same for both families of spontaneous information: who acts, whether the
 * information is complete, whether the treaty binds both Parties. Each family supplies its own
 * article and codes.
 */
final class SpontaneousGuards {
  private SpontaneousGuards() {}

  /** The step is taken by an authority of the providing Party. */
  static <R extends SpontaneousCommunication> Guard<StepContext<R>> byProvidingParty(
      ArticleCitation citation, Verification verification) {
    return actorOf(
        "ACTOR_OF_PROVIDING_PARTY",
        citation,
        verification,
        SpontaneousCommunication::providingParty,
        "Only an authority of the providing Party may take this step.",
        "Seule une autorité de la Partie qui fournit l'information peut accomplir cette étape.");
  }

  /** The step is taken by an authority of the receiving Party. */
  static <R extends SpontaneousCommunication> Guard<StepContext<R>> byReceivingParty(
      ArticleCitation citation) {
    return actorOf(
        "ACTOR_OF_RECEIVING_PARTY",
        citation,
        Verification.CONFIRMED,
        SpontaneousCommunication::receivingParty,
        "Only an authority of the receiving Party may take this step.",
        "Seule une autorité de la Partie destinataire peut accomplir cette étape.");
  }

  /** The information has the content its article requires (its completeness rules). */
  static <R extends SpontaneousCommunication> Guard<StepContext<R>> complete(
      String code, ArticleCitation citation) {
    return Guards.complete(code, citation);
  }

  /**
   * {@code instrument} is in force between the providing and the receiving Party on the day the
   * information is sent, in the providing Party's time zone.
   */
  static <R extends SpontaneousCommunication> Guard<StepContext<R>> inForce(
      String code, ArticleCitation citation, Instrument instrument, String english, String french) {
    return Guards.inForce(
        code,
        citation,
        Verification.CONFIRMED,
        instrument,
        c -> c.request().providingParty(),
        c -> c.request().receivingParty(),
        "The " + english + " is not in force between the providing and the receiving Party on this"
            + " date.",
        "La " + french + " n'est pas en vigueur entre la Partie qui fournit l'information et la"
            + " Partie destinataire à cette date.");
  }

  private static <R extends SpontaneousCommunication> Guard<StepContext<R>> actorOf(
      String code,
      ArticleCitation citation,
      Verification verification,
      Function<SpontaneousCommunication, Party> party,
      String english,
      String french) {
    return Guards.actorOf(
        code,
        citation,
        verification,
        c -> party.apply(c.request()),
        english,
        french);
  }
}
