package org.treatyflow.testkit;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.treatyflow.model.asset.Amount;
import org.treatyflow.model.asset.AssetCode;
import org.treatyflow.model.common.CooperationAct;
import org.treatyflow.model.common.Party;
import org.treatyflow.model.common.RequestId;
import org.treatyflow.model.confiscation.ConfiscationKind;
import org.treatyflow.model.confiscation.ConfiscationMode;
import org.treatyflow.model.confiscation.ConfiscationRequest;
import org.treatyflow.model.confiscation.DisposalRequest;
import org.treatyflow.model.confiscation.Disposition;
import org.treatyflow.model.person.Person;
import org.treatyflow.model.person.PersonRole;

/**
 * Arbitraries of complete confiscation and disposal requests under Section 4 of Chapter IV of the
 * Warsaw Convention (WC 23-27).
 */
public final class ConfiscationArbitraries {
  private ConfiscationArbitraries() {}

  /**
   * A complete confiscation request of either mode and kind, with the WC 37(3) documents its mode
   * needs.
   */
  public static Arbitrary<ConfiscationRequest> confiscationRequests() {
    // oneOf over fixed arbitraries rather than flatMap: jqwik builds a new generator for every
    // value a flatMap maps, which makes generation several times slower.
    return Arbitraries.oneOf(
        confiscationRequests(ConfiscationMode.ENFORCE_FOREIGN_ORDER, ConfiscationKind.PROPERTY),
        confiscationRequests(ConfiscationMode.ENFORCE_FOREIGN_ORDER, ConfiscationKind.VALUE),
        confiscationRequests(ConfiscationMode.DOMESTIC_ORDER, ConfiscationKind.PROPERTY),
        confiscationRequests(ConfiscationMode.DOMESTIC_ORDER, ConfiscationKind.VALUE));
  }

  /** A complete confiscation request of {@code mode} and {@code kind}. */
  public static Arbitrary<ConfiscationRequest> confiscationRequests(
      ConfiscationMode mode, ConfiscationKind kind) {
    Arbitrary<Choices> choices =
        Combinators.combine(
                PersonArbitraries.names(),
                Arbitraries.of(true, false),
                Arbitraries.of(true, false),
                Arbitraries.of(true, false),
                Arbitraries.of(true, false))
            .as(Choices::new);
    return Combinators.combine(
            ProvisionalArbitraries.warsawHeaders(mode.legalBasis()),
            CommonArbitraries.offences().list().ofMinSize(1).ofMaxSize(2),
            ProvisionalArbitraries.warsawContents(true, "confiscate the property of"),
            AssetArbitraries.assets()
                .list()
                .ofMinSize(kind == ConfiscationKind.VALUE ? 0 : 1)
                .ofMaxSize(3),
            AssetArbitraries.amounts(AssetCode.EUR),
            choices,
            CommonArbitraries.parties().set().ofMaxSize(2))
        .as(
            (header, offences, content, assets, amount, c, others) -> {
              Set<Party> otherParties =
                  others.stream()
                      .filter(
                          p -> !p.equals(header.requestingParty()) && !p.equals(header.requestedParty()))
                      .collect(Collectors.toSet());
              ConfiscationRequest.Builder request =
                  ConfiscationRequest.builder()
                      .header(header)
                      .addAllOffences(offences)
                      .content(content)
                      .mode(mode)
                      .kind(kind)
                      .nonConvictionBased(c.nonConvictionBased())
                      .addAllAssets(assets)
                      .thirdPartiesInvolved(c.thirdParties())
                      .thirdPartyDocumentsAttached(c.thirdParties())
                      .noImprisonmentInDefault(c.noImprisonmentInDefault())
                      .addAllOtherPartiesRequested(otherParties);
              if (kind == ConfiscationKind.VALUE) {
                request.orderAmount(amount);
              }
              if (mode == ConfiscationMode.ENFORCE_FOREIGN_ORDER) {
                request
                    .certifiedCopyOfOrderAttached(true)
                    .statementOfGroundsAttached(true)
                    .enforceabilityAttested(true)
                    .extentOfEnforcement("Full enforcement against the property of " + c.name() + ".")
                    .provisionalMeasuresNeeded(c.provisionalMeasuresNeeded());
              } else {
                request.statementOfFactsForDomesticOrder(
                    "The property of "
                        + c.name()
                        + " was bought with payments obtained from the victims of the fraud.");
              }
              return request.build();
            });
  }

  /** The free choices of one generated confiscation request. */
  private record Choices(
      String name,
      boolean provisionalMeasuresNeeded,
      boolean thirdParties,
      boolean nonConvictionBased,
      boolean noImprisonmentInDefault) {}

  /**
   * A complete disposal request: a return, naming none to three victims or legitimate owners, or
   * sharing with a proposed share or an arrangement.
   */
  public static Arbitrary<DisposalRequest> disposalRequests() {
    return Arbitraries.oneOf(
        disposalRequests(Disposition.RETURN_FOR_VICTIM_COMPENSATION),
        disposalRequests(Disposition.RETURN_TO_LEGITIMATE_OWNER),
        disposalRequests(Disposition.SHARING));
  }

  /** A complete disposal request of {@code disposition}. */
  public static Arbitrary<DisposalRequest> disposalRequests(Disposition disposition) {
    Arbitrary<List<Person>> beneficiaries =
        disposition
            .beneficiaryRole()
            .map(role -> PersonArbitraries.persons(role).list().ofMaxSize(3))
            .orElse(
                Arbitraries.oneOf(
                        PersonArbitraries.persons(PersonRole.VICTIM),
                        PersonArbitraries.persons(PersonRole.LEGITIMATE_OWNER))
                    .list()
                    .ofMaxSize(2));
    Arbitrary<SharingTerms> sharingTerms =
        disposition == Disposition.SHARING
            ? Combinators.combine(
                    Arbitraries.bigDecimals()
                        .between(BigDecimal.ZERO, BigDecimal.ONE)
                        .ofScale(2)
                        .optional(0.7),
                    Arbitraries.of(
                        "Bilateral agreement on the sharing of confiscated assets",
                        "Case-by-case arrangement agreed between the central authorities"))
                .as(
                    (share, arrangement) ->
                        new SharingTerms(
                            share, share.isPresent() ? Optional.empty() : Optional.of(arrangement)))
            : Arbitraries.just(new SharingTerms(Optional.empty(), Optional.empty()));
    return Combinators.combine(
            ProvisionalArbitraries.warsawHeaders(disposition.legalBasis()),
            CommonArbitraries.offences().list().ofMaxSize(2),
            ProvisionalArbitraries.warsawContents(false, "return the confiscated property of"),
            CommonArbitraries.requestIds(),
            beneficiaries,
            sharingTerms,
            AssetArbitraries.assets().list().ofMaxSize(2),
            AssetArbitraries.amounts(AssetCode.EUR).optional(0.6))
        .as(
            (header, offences, content, confiscationId, persons, terms, assets, amount) ->
                DisposalRequest.builder()
                    .header(header)
                    .addAllOffences(offences)
                    .content(content)
                    .confiscationRequestId(
                        confiscationId.equals(header.id())
                            ? RequestId.of(confiscationId.value() + "-C")
                            : confiscationId)
                    .disposition(disposition)
                    .addAllBeneficiaries(persons)
                    .proposedShare(terms.share())
                    .sharingArrangement(terms.arrangement())
                    .addAllAssets(assets)
                    .amount(
                        assets.isEmpty()
                            ? Optional.of(amount.orElse(Amount.of("1000.00", AssetCode.EUR)))
                            : amount)
                    .build());
  }

  /** The sharing terms of a generated disposal request; both empty for a return. */
  private record SharingTerms(Optional<BigDecimal> share, Optional<String> arrangement) {}

  /** Any complete act of this feature: a confiscation or a disposal request. */
  public static Arbitrary<CooperationAct> acts() {
    return Arbitraries.oneOf(
        confiscationRequests().map(CooperationAct.class::cast),
        disposalRequests().map(CooperationAct.class::cast));
  }
}
