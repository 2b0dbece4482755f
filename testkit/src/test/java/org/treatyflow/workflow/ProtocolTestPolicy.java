package org.treatyflow.workflow;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.treatyflow.model.common.Party;
import org.treatyflow.model.registry.PartyRegistry;

/**
 * The domestic policy the Second Protocol tests use, one value with a method per choice: each
 * Party counts in its own time zone; which Parties have not implemented which article (2AP 6-9);
 * which pairs have suspended transfers (2AP 14); whether a mutual assistance treaty governs (BC
 * 27(1)); who wants oral 2AP 9 requests confirmed. And the test registry in which the Protocol is
 * in force.
 *
 * @param notImplementing the Parties that have not implemented {@code article}
 * @param article the Protocol article they have not implemented
 * @param suspensions the (suspending, recipient) pairs
 * @param treaty whether a mutual assistance treaty governs between every pair
 * @param confirmationRequired the Parties that want oral emergency requests confirmed electronically
 */
public record ProtocolTestPolicy(
    Set<Party> notImplementing, int article, Set<List<Party>> suspensions, boolean treaty, Set<Party> confirmationRequired)
    implements DomesticPolicy {

  /** The time zones of the Parties the tests use. */
  public static final Map<Party, ZoneId> ZONES =
      Map.of(
          Party.of("AT"), ZoneId.of("Europe/Vienna"),
          Party.of("HU"), ZoneId.of("Europe/Budapest"),
          Party.of("CR"), ZoneId.of("America/Costa_Rica"),
          Party.of("JP"), ZoneId.of("Asia/Tokyo"),
          Party.of("DE"), ZoneId.of("Europe/Berlin"));

  /** The registry of the legal reference with the Second Protocol in force for some Parties. */
  public static final PartyRegistry IN_FORCE_2AP = read(ProtocolTestPolicy.class, "in-force-2ap.json");

  /** Every Party implements everything, nothing is suspended, no treaty, no confirmation. */
  public static final ProtocolTestPolicy NEUTRAL = new ProtocolTestPolicy(Set.of(), 0, Set.of(), false, Set.of());

  /** The registry file {@code name} next to {@code anchor}. */
  public static PartyRegistry read(Class<?> anchor, String name) {
    try (InputStream in = anchor.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("No test registry " + name + " next to " + anchor.getName());
      }
      return PartyRegistry.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** As this policy, with {@code parties} not implementing Protocol {@code article}. */
  public ProtocolTestPolicy notImplementing(Set<Party> parties, int protocolArticle) {
    return new ProtocolTestPolicy(parties, protocolArticle, suspensions, treaty, confirmationRequired);
  }

  /** As this policy, with transfers suspended for the (suspending, recipient) {@code pairs}. */
  public ProtocolTestPolicy suspending(Set<List<Party>> pairs) {
    return new ProtocolTestPolicy(notImplementing, article, pairs, treaty, confirmationRequired);
  }

  /** As this policy, with a mutual assistance treaty governing between every pair. */
  public ProtocolTestPolicy withTreaty() {
    return new ProtocolTestPolicy(notImplementing, article, suspensions, true, confirmationRequired);
  }

  /** As this policy, with {@code parties} wanting oral emergency requests confirmed. */
  public ProtocolTestPolicy confirming(Set<Party> parties) {
    return new ProtocolTestPolicy(notImplementing, article, suspensions, treaty, parties);
  }

  @Override
  public ZoneId timeZone(Party party) {
    return ZONES.getOrDefault(party, ZoneOffset.UTC);
  }

  @Override
  public boolean implementsProtocolArticle(Party party, int protocolArticle) {
    return !(protocolArticle == article && notImplementing.contains(party));
  }

  @Override
  public boolean suspendsProtocolTransfersTo(Party party, Party recipient) {
    return suspensions.contains(List.of(party, recipient));
  }

  @Override
  public boolean mutualAssistanceTreatyInForce(Party requestingParty, Party requestedParty) {
    return treaty;
  }

  @Override
  public boolean requiresElectronicConfirmation(Party requestedParty) {
    return confirmationRequired.contains(requestedParty);
  }
}
