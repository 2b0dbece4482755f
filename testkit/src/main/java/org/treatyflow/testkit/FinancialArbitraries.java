package org.treatyflow.testkit;

import static org.treatyflow.model.common.Instrument.WARSAW;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.treatyflow.model.asset.Asset;
import org.treatyflow.model.common.ArticleCitation;
import org.treatyflow.model.common.AuthorityRole;
import org.treatyflow.model.common.Channel;
import org.treatyflow.model.common.CooperationAct;
import org.treatyflow.model.common.Offence;
import org.treatyflow.model.common.RequestHeader;
import org.treatyflow.model.financial.BankAccountInformationRequest;
import org.treatyflow.model.financial.BankingTransactionInformationRequest;
import org.treatyflow.model.financial.BankingTransactionMonitoringRequest;
import org.treatyflow.model.financial.InvestigativeAssistanceRequest;
import org.treatyflow.model.financial.TracingAspect;
import org.treatyflow.model.financial.WarsawRequestContent;
import org.treatyflow.model.person.PersonRole;

/**
 * Arbitraries of complete Section 2 requests of the Warsaw Convention (WC 16-19) and of the WC 37(1)
 * content every Warsaw Chapter IV request shares. Every free-text field that may name a person
 * carries {@link PersonArbitraries#MARKER}.
 */
public final class FinancialArbitraries {
  private static final String M = PersonArbitraries.MARKER;

  private FinancialArbitraries() {}

  /**
   * Complete WC 37(1) content; with {@code coercive}, the statutory provisions and the confirmation
   * of WC 37(1)(d) are given. Persons and property are sometimes empty (WC 37(1)(e)).
   */
  public static Arbitrary<WarsawRequestContent> warsawContents(boolean coercive) {
    return Combinators.combine(
            PersonArbitraries.names(),
            CommonArbitraries.facts(),
            Arbitraries.of("Section 148a of the Criminal Code", "Article 165 of the Penal Code",
                "Sections 165 and 20 of the Criminal Code (laundering and confiscation)"),
            PersonArbitraries.persons(PersonRole.SUSPECT).list().ofMaxSize(2),
            AssetArbitraries.assets().list().ofMaxSize(2),
            Arbitraries.of("Please hand over certified copies of the statements of %s.",
                    "Please let the account holder %s not be informed.")
                .optional(0.4))
        .as(
            (name, facts, law, persons, property, procedure) -> {
              WarsawRequestContent.Builder content =
                  WarsawRequestContent.builder()
                      .objectAndReason(
                          "To trace the proceeds obtained by " + name + " and secure them for confiscation.")
                      .facts(facts)
                      .coercive(coercive)
                      .addAllPersons(persons)
                      .addAllProperty(property)
                      .particularProcedure(procedure.map(p -> p.formatted(name)));
              if (coercive) {
                content.statutoryProvisions(law).measureAvailableAtHome(true);
              }
              return content.build();
            });
  }

  /** Complete WC 37(1) content, coercive or not. */
  public static Arbitrary<WarsawRequestContent> warsawContents() {
    return Arbitraries.of(true, false).flatMap(FinancialArbitraries::warsawContents);
  }

  /** A Section 2 header invoking {@code article}, on a route WC 34 opens for {@code content}. */
  private static Arbitrary<RequestHeader> headers(ArticleCitation article, WarsawRequestContent content) {
    Arbitrary<Channel> channels =
        content.coercive()
            ? Arbitraries.of(Channel.CENTRAL_AUTHORITY, Channel.INTERPOL)
            : Arbitraries.of(
                Channel.CENTRAL_AUTHORITY, Channel.INTERPOL, Channel.DIRECT_COMPETENT_AUTHORITIES);
    return channels.flatMap(
        channel -> {
          AuthorityRole role =
              channel == Channel.CENTRAL_AUTHORITY ? AuthorityRole.CENTRAL_AUTHORITY : AuthorityRole.POLICE;
          return CommonArbitraries.headers(role, role, channel, article);
        });
  }

  /** The parts every Section 2 request has: WC 37(1) content, a header on a route it opens, offences. */
  private record SectionTwoParts(
      WarsawRequestContent content, RequestHeader header, List<Offence> offences) {}

  /**
   * Complete {@link SectionTwoParts} of a request under {@code article}. The header depends on the
   * content, so this is the one flatMap: the request generators combine its result with their own
   * parts (jqwik builds a new generator for every value a flatMap maps, and nested flatMaps once
   * made a generator a hundred times slower).
   */
  private static Arbitrary<SectionTwoParts> sectionTwoParts(ArticleCitation article) {
    return warsawContents()
        .flatMap(
            content ->
                Combinators.combine(
                        headers(article, content),
                        CommonArbitraries.offences().list().ofMinSize(1).ofMaxSize(2))
                    .as((header, offences) -> new SectionTwoParts(content, header, offences)));
  }

  /** A complete request for identifying and tracing property (WC 16). */
  public static Arbitrary<InvestigativeAssistanceRequest> investigativeAssistanceRequests() {
    return Combinators.combine(
            sectionTwoParts(WARSAW.cite(16)),
            Arbitraries.subsetOf(Asset.Kind.values()).ofMinSize(1).ofMaxSize(3),
            PersonArbitraries.names(),
            Arbitraries.subsetOf(TracingAspect.values()))
        .as(
            (parts, kinds, name, aspects) ->
                InvestigativeAssistanceRequest.builder()
                    .header(parts.header())
                    .content(parts.content())
                    .addAllOffences(parts.offences())
                    .addAllPropertyKinds(kinds)
                    .addPropertyDescriptions("Accounts and wallets controlled by " + name)
                    .addAllAspects(aspects)
                    .build());
  }

  /** A complete request for information on bank accounts (WC 17). */
  public static Arbitrary<BankAccountInformationRequest> bankAccountInformationRequests() {
    return Combinators.combine(
            sectionTwoParts(WARSAW.cite(17)),
            PersonArbitraries.persons(PersonRole.SUSPECT),
            PersonArbitraries.names(),
            Arbitraries.of("First Example Bank", "Savings Bank", "Online Bank").list().ofMaxSize(2),
            AssetArbitraries.bankAccounts().list().ofMaxSize(2),
            Arbitraries.of(true, false),
            Arbitraries.of(true, false))
        .as(
            (parts, suspect, name, banks, accounts, otherInfo, nonBank) -> {
              BankAccountInformationRequest.Builder request =
                  BankAccountInformationRequest.builder()
                      .header(parts.header())
                      .content(withSuspect(parts.content(), suspect))
                      .addAllOffences(parts.offences())
                      .substantialValueReason(
                          "The accounts would show where " + name + " moved the takings.")
                      .presumptionReason(
                          "Victims paid " + name + " from accounts with banks of the requested Party.")
                      .addAllBanks(banks)
                      .addAllAccounts(accounts)
                      .includeNonBankFinancialInstitutions(nonBank);
              if (otherInfo) {
                request.otherInformation(name + " also uses a second surname.");
              }
              return request.build();
            });
  }

  private static WarsawRequestContent withSuspect(
      WarsawRequestContent base, org.treatyflow.model.person.Person suspect) {
    WarsawRequestContent.Builder content =
        WarsawRequestContent.builder()
            .objectAndReason(base.objectAndReason())
            .facts(base.facts())
            .coercive(base.coercive())
            .statutoryProvisions(base.statutoryProvisions())
            .measureAvailableAtHome(base.measureAvailableAtHome())
            .addAllPersons(base.persons())
            .addAllProperty(base.property())
            .particularProcedure(base.particularProcedure());
    if (base.persons().stream().noneMatch(p -> p.role() == PersonRole.SUSPECT)) {
      content.addPersons(suspect);
    }
    return content.build();
  }

  /** A first and last day, the last not before the first. */
  private static Arbitrary<List<LocalDate>> periods() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 700), Arbitraries.integers().between(0, 365))
        .as(
            (start, length) -> {
              LocalDate first = LocalDate.of(2024, 1, 1).plusDays(start);
              return List.of(first, first.plusDays(length));
            });
  }

  /** A complete request for information on banking transactions (WC 18). */
  public static Arbitrary<BankingTransactionInformationRequest> bankingTransactionInformationRequests() {
    return Combinators.combine(
            sectionTwoParts(WARSAW.cite(18)),
            AssetArbitraries.bankAccounts().list().ofMinSize(1).ofMaxSize(3),
            periods(),
            PersonArbitraries.names(),
            Arbitraries.of(true, false))
        .as(
            (parts, accounts, period, name, nonBank) ->
                BankingTransactionInformationRequest.builder()
                    .header(parts.header())
                    .content(parts.content())
                    .addAllOffences(parts.offences())
                    .addAllAccounts(accounts)
                    .periodStart(period.get(0))
                    .periodEnd(period.get(1))
                    .relevance("The accounts received the payments made to " + name + ".")
                    .includeNonBankFinancialInstitutions(nonBank)
                    .build());
  }

  /** A complete request to monitor banking transactions (WC 19). */
  public static Arbitrary<BankingTransactionMonitoringRequest> bankingTransactionMonitoringRequests() {
    return Combinators.combine(
            sectionTwoParts(WARSAW.cite(19)),
            AssetArbitraries.bankAccounts().list().ofMinSize(1).ofMaxSize(3),
            periods(),
            PersonArbitraries.names(),
            Arbitraries.of("Weekly statements to the investigating police unit.",
                    "Daily alerts by secure e-mail to the prosecutor.")
                .optional(0.6))
        .as(
            (parts, accounts, period, name, arrangements) ->
                BankingTransactionMonitoringRequest.builder()
                    .header(parts.header())
                    .content(parts.content())
                    .addAllOffences(parts.offences())
                    .addAllAccounts(accounts)
                    .periodStart(period.get(0))
                    .periodEnd(period.get(1))
                    .relevance("Further payments to " + name + " are expected.")
                    .practicalArrangements(arrangements)
                    .build());
  }

  /** Any complete Section 2 request of this class. */
  public static Arbitrary<CooperationAct> acts() {
    return Arbitraries.oneOf(
        investigativeAssistanceRequests().map(CooperationAct.class::cast),
        bankAccountInformationRequests().map(CooperationAct.class::cast),
        bankingTransactionInformationRequests().map(CooperationAct.class::cast),
        bankingTransactionMonitoringRequests().map(CooperationAct.class::cast));
  }
}
