package org.treatyflow.workflow.fiu;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.treatyflow.model.common.Authority;
import org.treatyflow.model.common.Party;
import org.treatyflow.model.common.RequestHeader;
import org.treatyflow.model.fiu.FiuInformationRequest;
import org.treatyflow.model.fiu.FiuPostponementRequest;
import org.treatyflow.testkit.FiuArbitraries;

/**
 * The testkit's FIU requests, moved between Parties the bundled registry lists as bound by the
 * Warsaw Convention since 2008 (CONVENTIONS.md §8.3), so that the random runs get past the send;
 * one in ten goes to the United Kingdom, whose date of entry into force is unknown.
 */
final class FiuInForceArbitraries {
  static final List<String> WARSAW_PARTIES_SINCE_2008 = List.of("AL", "AM", "BA", "MT", "MD", "NL", "PL", "RO");

  private FiuInForceArbitraries() {}

  static Arbitrary<List<Party>> pairs() {
    Arbitrary<List<Party>> bound =
        Arbitraries.of(WARSAW_PARTIES_SINCE_2008).map(Party::of).list().ofSize(2).uniqueElements();
    Arbitrary<List<Party>> toTheUk =
        Arbitraries.of(WARSAW_PARTIES_SINCE_2008).map(p -> List.of(Party.of(p), Party.of("GB")));
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(9, bound), net.jqwik.api.Tuple.of(1, toTheUk));
  }

  static Arbitrary<FiuInformationRequest> exchanges() {
    return Combinators.combine(FiuArbitraries.fiuInformationRequests(), pairs())
        .as((r, pair) -> {
          FiuInformationRequest.Builder b =
              FiuInformationRequest.builder()
                  .header(moved(r.header(), pair.get(0), pair.get(1)))
                  .spontaneous(r.spontaneous())
                  .factsStatement(r.factsStatement())
                  .intendedUse(r.intendedUse())
                  .addAllPersons(r.persons())
                  .addAllAssets(r.assets())
                  .transactionsDescription(r.transactionsDescription());
          return b.build();
        });
  }

  static Arbitrary<FiuPostponementRequest> postponements() {
    return Combinators.combine(FiuArbitraries.fiuPostponementRequests(), pairs())
        .as((r, pair) ->
            FiuPostponementRequest.builder()
                .header(moved(r.header(), pair.get(0), pair.get(1)))
                .transaction(r.transaction())
                .launderingJustification(r.launderingJustification())
                .domesticPostponementJustification(r.domesticPostponementJustification())
                .build());
  }

  /** The header rebuilt between {@code from} and {@code to}, with the same authorities moved along. */
  static RequestHeader moved(RequestHeader h, Party from, Party to) {
    RequestHeader.Builder b =
        RequestHeader.builder()
            .id(h.id())
            .requestingParty(from)
            .requestedParty(to)
            .requestingAuthority(moved(h.requestingAuthority(), from))
            .channel(h.channel())
            .dateOfRequest(h.dateOfRequest())
            .urgency(h.urgency())
            .language(h.language())
            .addAllTranslations(h.translations())
            .addAllLegalBasis(h.legalBasis())
            .confidentialityRequested(h.confidentialityRequested())
            .addAllUseConditions(h.useConditions());
    h.requestedAuthority().ifPresent(a -> b.requestedAuthority(moved(a, to)));
    return b.build();
  }

  private static Authority moved(Authority a, Party party) {
    return Authority.builder().party(party).role(a.role()).name(a.name()).contactDetails(a.contactDetails()).build();
  }
}
