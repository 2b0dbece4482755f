package org.treatyflow.testkit;

import static org.treatyflow.model.common.Instrument.WARSAW;

import java.util.EnumSet;
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
import org.treatyflow.model.common.Urgency;
import org.treatyflow.model.common.UseCondition;
import org.treatyflow.model.financial.WarsawRequestContent;
import org.treatyflow.model.person.PersonRole;
import org.treatyflow.model.provisional.ProvisionalMeasure;
import org.treatyflow.model.provisional.ProvisionalMeasureRequest;

/**
 * Arbitraries of complete requests for provisional measures under Section 3 of Chapter IV of the
 * Warsaw Convention (WC 21-22): freezing or seizure of bank accounts, wallets and other property.
 */
public final class ProvisionalArbitraries {
  private ProvisionalArbitraries() {}

  /**
   * A complete request to freeze or seize one to three assets (wallets included), in instituted
   * proceedings, value-based with a maximum amount about half of the time.
   */
  public static Arbitrary<ProvisionalMeasureRequest> provisionalMeasureRequests() {
    // One combine without flatMap: jqwik builds a new generator for every value a flatMap maps.
    return Combinators.combine(
            warsawHeaders(WARSAW.cite(21, 1)),
            CommonArbitraries.offences().list().ofMinSize(1).ofMaxSize(2),
            warsawContents(true, "freeze the property held by"),
            Arbitraries.of(ProvisionalMeasure.class),
            Arbitraries.oneOf(
                    AssetArbitraries.assets(), AssetArbitraries.wallets().map(Asset.class::cast))
                .list()
                .ofMinSize(1)
                .ofMaxSize(3),
            Arbitraries.integers()
                .between(1, 9999)
                .map(n -> n + " St " + (100 + n % 900) + "/26 (" + PersonArbitraries.MARKER + ")")
                .optional(0.7),
            AssetArbitraries.amounts(AssetCode.EUR).optional(0.5),
            CommonArbitraries.requestIds().optional(0.3))
        .as(
            (header, offences, content, measure, assets, reference, maximum, linked) ->
                ProvisionalMeasureRequest.builder()
                    .header(header)
                    .addAllOffences(offences)
                    .content(content)
                    .measure(measure)
                    .addAllAssets(assets)
                    .proceedingsInstituted(true)
                    .proceedingsReference(reference)
                    .valueBased(maximum.isPresent())
                    .maximumAmount(maximum)
                    .linkedConfiscationRequest(linked.filter(id -> !id.equals(header.id())))
                    .build());
  }

  /** Any complete act of this feature: a request for provisional measures. */
  public static Arbitrary<CooperationAct> acts() {
    return provisionalMeasureRequests().map(CooperationAct.class::cast);
  }

  /** The urgencies that open the direct judicial channel (WC 34(2)). */
  private static final Arbitrary<Urgency> NOT_ROUTINE = Arbitraries.of(Urgency.URGENT, Urgency.EMERGENCY);

  /**
   * A header of a Section 3 or 4 request on a channel WC 34 opens to it, with a requesting
   * authority that may use that channel; the direct judicial channel only in urgency (WC 34(2)).
   */
  static Arbitrary<RequestHeader> warsawHeaders(ArticleCitation legalBasis) {
    return Arbitraries.oneOf(
        CommonArbitraries.headers(
            AuthorityRole.CENTRAL_AUTHORITY,
            AuthorityRole.CENTRAL_AUTHORITY,
            Channel.CENTRAL_AUTHORITY,
            legalBasis),
        CommonArbitraries.headers(
            AuthorityRole.JUDICIAL_AUTHORITY,
            AuthorityRole.JUDICIAL_AUTHORITY,
            Channel.DIRECT_JUDICIAL,
            NOT_ROUTINE,
            EnumSet.allOf(UseCondition.class),
            legalBasis),
        CommonArbitraries.headers(
            AuthorityRole.PROSECUTOR,
            AuthorityRole.JUDICIAL_AUTHORITY,
            Channel.DIRECT_JUDICIAL,
            NOT_ROUTINE,
            EnumSet.allOf(UseCondition.class),
            legalBasis),
        CommonArbitraries.headers(
            AuthorityRole.CENTRAL_AUTHORITY,
            AuthorityRole.CENTRAL_AUTHORITY,
            Channel.INTERPOL,
            legalBasis));
  }

  /**
   * The WC 37(1) content of a request whose object is to {@code purpose} a suspect, with
   * statutory provisions and the home-law confirmation when {@code coercive}.
   */
  static Arbitrary<WarsawRequestContent> warsawContents(boolean coercive, String purpose) {
    return Combinators.combine(
            PersonArbitraries.names(),
            CommonArbitraries.facts(),
            PersonArbitraries.persons(PersonRole.SUSPECT).list().ofMaxSize(2),
            Arbitraries.integers().between(1, 400),
            Arbitraries.of(
                    "Please notify the account holder %s only after the measure is in force.",
                    "Please have the execution attested by a court clerk; the contact is %s.")
                .optional(0.3))
        .as(
            (name, facts, persons, section, procedure) -> {
              WarsawRequestContent.Builder content =
                  WarsawRequestContent.builder()
                      .objectAndReason("To " + purpose + " " + name + ", the proceeds of the offence.")
                      .facts(facts)
                      .addAllPersons(persons)
                      .particularProcedure(procedure.map(p -> p.formatted(name)));
              if (coercive) {
                content
                    .coercive(true)
                    .statutoryProvisions("Criminal Code, section " + section)
                    .measureAvailableAtHome(true);
              }
              return content.build();
            });
  }
}
