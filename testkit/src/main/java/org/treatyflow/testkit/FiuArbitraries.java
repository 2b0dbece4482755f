package org.treatyflow.testkit;

import static org.treatyflow.model.common.Instrument.WARSAW;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.treatyflow.model.asset.Asset;
import org.treatyflow.model.asset.AssetCode;
import org.treatyflow.model.common.ArticleCitation;
import org.treatyflow.model.common.AuthorityRole;
import org.treatyflow.model.common.Channel;
import org.treatyflow.model.common.CooperationAct;
import org.treatyflow.model.common.RequestHeader;
import org.treatyflow.model.fiu.FiuInformationRequest;
import org.treatyflow.model.fiu.FiuPostponementRequest;
import org.treatyflow.model.fiu.Transaction;

/**
 * Arbitraries of complete requests between Financial Intelligence Units (WC 46-47). Every free-text
 * field that may name a person carries {@link PersonArbitraries#MARKER}.
 */
public final class FiuArbitraries {
  private FiuArbitraries() {}

  private static Arbitrary<RequestHeader> headers(ArticleCitation article) {
    return CommonArbitraries.headers(
        AuthorityRole.FINANCIAL_INTELLIGENCE_UNIT,
        AuthorityRole.FINANCIAL_INTELLIGENCE_UNIT,
        Channel.FIU_TO_FIU,
        article);
  }

  /** A transaction between bank accounts, of up to a million euros. */
  public static Arbitrary<Transaction> transactions() {
    return Combinators.combine(
            AssetArbitraries.amounts(AssetCode.EUR),
            AssetArbitraries.bankAccounts().map(Asset.class::cast).optional(0.9),
            AssetArbitraries.bankAccounts().map(Asset.class::cast).optional(0.9),
            Arbitraries.integers().between(0, 700),
            PersonArbitraries.names().optional(0.8))
        .as(
            (amount, from, to, day, name) ->
                Transaction.builder()
                    .amount(amount)
                    .fromAccount(from)
                    .toAccount(to)
                    .date(LocalDate.of(2025, 1, 1).plusDays(day))
                    .description(name.map(n -> "Transfer ordered by " + n + " to a newly opened account"))
                    .build());
  }

  /** A complete FIU request, or spontaneous send, of information (WC 46). */
  public static Arbitrary<FiuInformationRequest> fiuInformationRequests() {
    return Combinators.combine(
            headers(WARSAW.cite(46)),
            Arbitraries.of(true, false),
            PersonArbitraries.names(),
            PersonArbitraries.persons().list().ofMaxSize(2),
            AssetArbitraries.assets().list().ofMaxSize(2),
            Arbitraries.of(
                "Analysis of a suspicious transaction report received from a bank.",
                "Analysis of cash deposits followed by transfers abroad."))
        .as(
            (header, spontaneous, name, persons, assets, use) -> {
              FiuInformationRequest.Builder request =
                  FiuInformationRequest.builder()
                      .header(header)
                      .spontaneous(spontaneous)
                      .addAllPersons(persons)
                      .addAllAssets(assets)
                      .transactionsDescription(
                          "Transfers from " + name + " to accounts of the requested Party");
              if (!spontaneous) {
                request
                    .factsStatement(name + " received large transfers from unknown payers.")
                    .intendedUse(use);
              }
              return request.build();
            });
  }

  /** A complete request to postpone a transaction (WC 47). */
  public static Arbitrary<FiuPostponementRequest> fiuPostponementRequests() {
    return Combinators.combine(headers(WARSAW.cite(47)), transactions(), PersonArbitraries.names())
        .as(
            (header, transaction, name) ->
                FiuPostponementRequest.builder()
                    .header(header)
                    .transaction(transaction)
                    .launderingJustification(
                        "The funds derive from the frauds " + name + " committed against online buyers.")
                    .domesticPostponementJustification(
                        "A domestic report on " + name + " would have led to the transaction being suspended.")
                    .build());
  }

  /** Any complete FIU request of this class. */
  public static Arbitrary<CooperationAct> acts() {
    return Arbitraries.oneOf(
        fiuInformationRequests().map(CooperationAct.class::cast),
        fiuPostponementRequests().map(CooperationAct.class::cast));
  }
}
