package org.treatyflow.workflow.fiu;

import static org.treatyflow.model.common.Instrument.WARSAW;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.treatyflow.model.asset.Amount;
import org.treatyflow.model.asset.AssetCode;
import org.treatyflow.model.common.ArticleCitation;
import org.treatyflow.model.common.Authority;
import org.treatyflow.model.common.AuthorityRole;
import org.treatyflow.model.common.Channel;
import org.treatyflow.model.common.Language;
import org.treatyflow.model.common.Party;
import org.treatyflow.model.common.RequestFamily;
import org.treatyflow.model.common.RequestHeader;
import org.treatyflow.model.common.RequestId;
import org.treatyflow.model.common.UseCondition;
import org.treatyflow.model.fiu.FiuInformationRequest;
import org.treatyflow.model.fiu.FiuPostponementRequest;
import org.treatyflow.model.fiu.Transaction;
import org.treatyflow.model.refusal.GroundForRefusal;
import org.treatyflow.model.registry.PartyRegistry;
import org.treatyflow.model.reply.Refusal;
import org.treatyflow.model.reply.ReplyHeader;
import org.treatyflow.model.reply.ResultTransmission;
import org.treatyflow.testkit.workflow.SimulatedClock;
import org.treatyflow.workflow.Command;
import org.treatyflow.workflow.DomesticPolicy;
import org.treatyflow.workflow.Environment;

/**
 * FIU cooperation from the Netherlands to Poland, both bound by the Warsaw Convention since 2008
 * (CONVENTIONS.md §8.3), and a test registry in which Moldova reserved on Article 47 and Albania on
 * Article 46(5).
 */
final class FiuFixtures {
  static final Party NETHERLANDS = Party.of("NL");
  static final Party POLAND = Party.of("PL");
  static final Party MOLDOVA = Party.of("MD");
  static final Party ALBANIA = Party.of("AL");
  static final Party UNITED_KINGDOM = Party.of("GB");
  static final Authority DUTCH_FIU =
      Authority.of(NETHERLANDS, AuthorityRole.FINANCIAL_INTELLIGENCE_UNIT, "FIU-the Netherlands");
  static final Authority POLISH_FIU =
      Authority.of(POLAND, AuthorityRole.FINANCIAL_INTELLIGENCE_UNIT, "General Inspector of Financial Information");
  static final Authority POLISH_CENTRAL_AUTHORITY =
      Authority.of(POLAND, AuthorityRole.CENTRAL_AUTHORITY, "Ministry of Justice");
  static final Authority DUTCH_POLICE = Authority.of(NETHERLANDS, AuthorityRole.POLICE, "National Police");
  static final Instant START = Instant.parse("2026-03-02T09:00:00Z");
  static final RequestId ID = RequestId.of("NL-FIU-2026-0311");
  static final RequestId PROVISIONAL_MEASURE = RequestId.of("NL-OM-2026-0077");
  static final Duration POLISH_PERIOD = Duration.ofHours(96);

  private FiuFixtures() {}

  static RequestHeader header(Party from, Party to, ArticleCitation article) {
    return header(fiu(from), fiu(to), article);
  }

  static RequestHeader header(Authority from, Authority to, ArticleCitation article) {
    return RequestHeader.builder()
        .id(ID)
        .requestingParty(from.party())
        .requestedParty(to.party())
        .requestingAuthority(from)
        .requestedAuthority(to)
        .channel(Channel.FIU_TO_FIU)
        .dateOfRequest(LocalDate.of(2026, 3, 2))
        .language(Language.ENGLISH)
        .addLegalBasis(article)
        .build();
  }

  static Authority fiu(Party party) {
    return party.equals(NETHERLANDS)
        ? DUTCH_FIU
        : party.equals(POLAND)
            ? POLISH_FIU
            : Authority.of(party, AuthorityRole.FINANCIAL_INTELLIGENCE_UNIT, "Financial Intelligence Unit");
  }

  /** A request for information (or, if {@code spontaneous}, a spontaneous send) under {@code header}. */
  static FiuInformationRequest exchange(RequestHeader header, boolean spontaneous) {
    FiuInformationRequest.Builder request =
        FiuInformationRequest.builder()
            .header(header)
            .spontaneous(spontaneous)
            .transactionsDescription("Cash deposits followed by transfers to Polish accounts");
    if (!spontaneous) {
      request
          .factsStatement("A bank reported cash deposits by a courier company with no trading activity.")
          .intendedUse("Analysis of the suspicious transaction report.");
    }
    return request.build();
  }

  static FiuInformationRequest exchange(boolean spontaneous) {
    return exchange(header(NETHERLANDS, POLAND, WARSAW.cite(46)), spontaneous);
  }

  static Transaction transaction() {
    return Transaction.builder()
        .amount(Amount.of("185000.00", AssetCode.EUR))
        .date(LocalDate.of(2026, 3, 2))
        .description("Outgoing transfer to an account abroad")
        .build();
  }

  static FiuPostponementRequest postponement(RequestHeader header) {
    return FiuPostponementRequest.builder()
        .header(header)
        .transaction(transaction())
        .launderingJustification("The funds come from frauds reported by Dutch buyers.")
        .domesticPostponementJustification("A Dutch report on the same facts would have led to suspension.")
        .build();
  }

  static FiuPostponementRequest postponement() {
    return postponement(header(NETHERLANDS, POLAND, WARSAW.cite(47)));
  }

  static Environment environment(SimulatedClock clock) {
    return new Environment(PartyRegistry.bundled(), clock, DomesticPolicy.DEFAULTS);
  }

  static Environment environment(SimulatedClock clock, DomesticPolicy policy) {
    return new Environment(PartyRegistry.bundled(), clock, policy);
  }

  /** A policy in which {@code party} postpones transactions for {@code period}. */
  static DomesticPolicy postponing(Party party, Duration period) {
    return new DomesticPolicy() {
      @Override
      public Optional<Duration> transactionPostponementPeriod(Party p) {
        return p.equals(party) ? Optional.of(period) : Optional.empty();
      }
    };
  }

  /**
   * The test registry of the Warsaw Parties since 2008 (and the United Kingdom, date unknown) in
   * which Moldova reserved on Article 47 and Albania on Article 46(5) under WC 53(2) (invented).
   */
  static PartyRegistry reservationRegistry() {
    try (InputStream in = FiuFixtures.class.getResourceAsStream("wc-reservations.json")) {
      return PartyRegistry.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static <A extends Enum<A>> Command<A> command(String id, A action, long version, Authority actor) {
    return Command.<A>builder().id(id).action(action).expectedVersion(version).actor(actor).build();
  }

  static ReplyHeader replyHeader(RequestFamily family, Authority from, Party to) {
    return ReplyHeader.builder()
        .id(RequestId.of("REPLY-" + from.party().code() + "-0001"))
        .answersRequest(ID)
        .family(family)
        .fromParty(from.party())
        .fromAuthority(from)
        .toParty(to)
        .date(LocalDate.of(2026, 3, 3))
        .channel(Channel.FIU_TO_FIU)
        .build();
  }

  static Refusal refusal(
      RequestFamily family, Authority from, Party to, List<GroundForRefusal> grounds, Optional<String> reasons) {
    return Refusal.builder()
        .header(replyHeader(family, from, to))
        .addAllGrounds(grounds)
        .reasons(reasons)
        .build();
  }

  static ResultTransmission transmission(Authority from, Party to) {
    return ResultTransmission.builder()
        .header(replyHeader(RequestFamily.FIU_INFORMATION_EXCHANGE, from, to))
        .addDocuments("Account statements of the courier company")
        .addAllUseConditions(EnumSet.of(UseCondition.NO_OTHER_USE_WITHOUT_CONSENT))
        .build();
  }
}
