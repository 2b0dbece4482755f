package org.treatyflow.testkit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.treatyflow.model.common.RequestFamily;
import org.treatyflow.model.confiscation.ConfiscationKind;
import org.treatyflow.model.confiscation.ConfiscationMode;
import org.treatyflow.model.confiscation.ConfiscationRequest;
import org.treatyflow.model.confiscation.DisposalRequest;
import org.treatyflow.model.confiscation.Disposition;
import org.treatyflow.model.financial.BankAccountInformationRequest;
import org.treatyflow.model.financial.BankingTransactionInformationRequest;
import org.treatyflow.model.financial.BankingTransactionMonitoringRequest;
import org.treatyflow.model.financial.InvestigativeAssistanceRequest;
import org.treatyflow.model.financial.WarsawRequestContent;
import org.treatyflow.model.fiu.FiuInformationRequest;
import org.treatyflow.model.fiu.FiuPostponementRequest;
import org.treatyflow.model.person.PersonRole;
import org.treatyflow.model.provisional.ProvisionalMeasureRequest;
import org.treatyflow.model.spontaneous.SpontaneousInformationOnProceeds;
import org.treatyflow.testkit.Omit.ContentItem;
import org.treatyflow.testkit.Omit.HeaderItem;

/** The removable items of the Warsaw Convention's families (WC 16-25, 46, 47). */
final class WarsawRemovals {
  private WarsawRemovals() {}

  /**
   * The removals of the own legal basis ({@code legalBasisCode}), of the codes in {@code always}
   * and of the WC 37(1)(b)-(d) content items each act requires, all through {@code without}.
   */
  private static <R> List<Removal<R>> removals(
      String legalBasisCode,
      Function<R, WarsawRequestContent> content,
      BiFunction<R, String, R> without,
      String... always) {
    List<Removal<R>> removals = new ArrayList<>();
    removals.add(Removal.always(legalBasisCode, r -> without.apply(r, legalBasisCode)));
    Arrays.stream(always).forEach(code -> removals.add(Removal.always(code, r -> without.apply(r, code))));
    for (ContentItem item : ContentItem.values()) {
      removals.add(
          Removal.when(
              item.code,
              r -> item.requiredOf(content.apply(r)),
              r -> without.apply(r, item.code)));
    }
    return removals;
  }

  /** {@code c} without the content item {@code code} names; {@code c} for any other code. */
  private static WarsawRequestContent content(WarsawRequestContent c, String code) {
    for (ContentItem item : ContentItem.values()) {
      if (item.code.equals(code)) {
        return Omit.content(c, item);
      }
    }
    return c;
  }

  private static HeaderItem legalBasis(String code) {
    return code.endsWith("_LEGAL_BASIS") ? HeaderItem.OWN_LEGAL_BASIS : null;
  }

  /** The header item of a code of WC 46 or 47: the own legal basis or the FIU addressed. */
  private static HeaderItem fiuHeaderItem(String code) {
    return code.endsWith("_REQUESTED_FIU") ? HeaderItem.REQUESTED_AUTHORITY : legalBasis(code);
  }

  // WC 16 ------------------------------------------------------------------------------------

  static final Removal.Family<InvestigativeAssistanceRequest> INVESTIGATIVE_ASSISTANCE =
      new Removal.Family<>(
          FinancialArbitraries::investigativeAssistanceRequests,
          InvestigativeAssistanceRequest.REQUIRED_CONTENT,
          removals(
              "WC_16_LEGAL_BASIS",
              InvestigativeAssistanceRequest::content,
              WarsawRemovals::without,
              "WC_16_OBJECT_OF_TRACING",
              "WC_37_1_C_OFFENCE"));

  /** For WC_16_OBJECT_OF_TRACING the item is every way of naming property: kinds, descriptions, property. */
  private static InvestigativeAssistanceRequest without(
      InvestigativeAssistanceRequest r, String code) {
    boolean tracing = code.equals("WC_16_OBJECT_OF_TRACING");
    WarsawRequestContent content = content(r.content(), code);
    if (tracing) {
      WarsawRequestContent c = r.content();
      content =
          WarsawRequestContent.builder()
              .objectAndReason(c.objectAndReason())
              .facts(c.facts())
              .coercive(c.coercive())
              .statutoryProvisions(c.statutoryProvisions())
              .measureAvailableAtHome(c.measureAvailableAtHome())
              .addAllPersons(c.persons())
              .particularProcedure(c.particularProcedure())
              .build();
    }
    InvestigativeAssistanceRequest.Builder b =
        InvestigativeAssistanceRequest.builder()
            .header(Omit.header(r.header(), RequestFamily.INVESTIGATIVE_ASSISTANCE, legalBasis(code)))
            .content(content)
            .addAllAspects(r.aspects());
    if (!code.equals("WC_37_1_C_OFFENCE")) {
      b.addAllOffences(r.offences());
    }
    if (!tracing) {
      b.addAllPropertyKinds(r.propertyKinds()).addAllPropertyDescriptions(r.propertyDescriptions());
    }
    return b.build();
  }

  // WC 17 ------------------------------------------------------------------------------------

  static final Removal.Family<BankAccountInformationRequest> BANK_ACCOUNT_INFORMATION =
      new Removal.Family<>(
          FinancialArbitraries::bankAccountInformationRequests,
          BankAccountInformationRequest.REQUIRED_CONTENT,
          removals(
              "WC_17_LEGAL_BASIS",
              BankAccountInformationRequest::content,
              WarsawRemovals::without,
              "WC_17_1_PERSON_UNDER_INVESTIGATION",
              "WC_17_3_A_SUBSTANTIAL_VALUE",
              "WC_17_3_B_PRESUMPTION",
              "WC_37_1_C_OFFENCE"));

  /** For WC_17_1_PERSON_UNDER_INVESTIGATION the suspects leave the persons concerned; others stay. */
  private static BankAccountInformationRequest without(
      BankAccountInformationRequest r, String code) {
    WarsawRequestContent content = content(r.content(), code);
    if (code.equals("WC_17_1_PERSON_UNDER_INVESTIGATION")) {
      WarsawRequestContent c = r.content();
      content =
          WarsawRequestContent.builder()
              .objectAndReason(c.objectAndReason())
              .facts(c.facts())
              .coercive(c.coercive())
              .statutoryProvisions(c.statutoryProvisions())
              .measureAvailableAtHome(c.measureAvailableAtHome())
              .addAllPersons(
                  c.persons().stream().filter(p -> p.role() != PersonRole.SUSPECT).toList())
              .addAllProperty(c.property())
              .particularProcedure(c.particularProcedure())
              .build();
    }
    BankAccountInformationRequest.Builder b =
        BankAccountInformationRequest.builder()
            .header(Omit.header(r.header(), RequestFamily.BANK_ACCOUNT_INFORMATION, legalBasis(code)))
            .content(content)
            .addAllBanks(r.banks())
            .addAllAccounts(r.accounts())
            .otherInformation(r.otherInformation())
            .includeNonBankFinancialInstitutions(r.includeNonBankFinancialInstitutions());
    if (!code.equals("WC_37_1_C_OFFENCE")) {
      b.addAllOffences(r.offences());
    }
    if (!code.equals("WC_17_3_A_SUBSTANTIAL_VALUE")) {
      b.substantialValueReason(r.substantialValueReason());
    }
    if (!code.equals("WC_17_3_B_PRESUMPTION")) {
      b.presumptionReason(r.presumptionReason());
    }
    return b.build();
  }

  // WC 18 ------------------------------------------------------------------------------------

  static final Removal.Family<BankingTransactionInformationRequest> BANKING_TRANSACTION_INFORMATION =
      new Removal.Family<>(
          FinancialArbitraries::bankingTransactionInformationRequests,
          BankingTransactionInformationRequest.REQUIRED_CONTENT,
          removals(
              "WC_18_LEGAL_BASIS",
              BankingTransactionInformationRequest::content,
              WarsawRemovals::without,
              "WC_18_1_ACCOUNTS",
              "WC_18_1_PERIOD",
              "WC_18_3_RELEVANCE",
              "WC_37_1_C_OFFENCE"));

  /** For WC_18_1_PERIOD the item is the period: its start and its end. */
  private static BankingTransactionInformationRequest without(
      BankingTransactionInformationRequest r, String code) {
    BankingTransactionInformationRequest.Builder b =
        BankingTransactionInformationRequest.builder()
            .header(
                Omit.header(
                    r.header(), RequestFamily.BANKING_TRANSACTION_INFORMATION, legalBasis(code)))
            .content(content(r.content(), code))
            .includeNonBankFinancialInstitutions(r.includeNonBankFinancialInstitutions());
    if (!code.equals("WC_37_1_C_OFFENCE")) {
      b.addAllOffences(r.offences());
    }
    if (!code.equals("WC_18_1_ACCOUNTS")) {
      b.addAllAccounts(r.accounts());
    }
    if (!code.equals("WC_18_1_PERIOD")) {
      b.periodStart(r.periodStart()).periodEnd(r.periodEnd());
    }
    if (!code.equals("WC_18_3_RELEVANCE")) {
      b.relevance(r.relevance());
    }
    return b.build();
  }

  // WC 19 ------------------------------------------------------------------------------------

  static final Removal.Family<BankingTransactionMonitoringRequest> BANKING_TRANSACTION_MONITORING =
      new Removal.Family<>(
          FinancialArbitraries::bankingTransactionMonitoringRequests,
          BankingTransactionMonitoringRequest.REQUIRED_CONTENT,
          removals(
              "WC_19_LEGAL_BASIS",
              BankingTransactionMonitoringRequest::content,
              WarsawRemovals::without,
              "WC_19_ACCOUNTS",
              "WC_19_PERIOD",
              "WC_19_RELEVANCE",
              "WC_37_1_C_OFFENCE"));

  /** For WC_19_PERIOD the item is the period: its start and its end. */
  private static BankingTransactionMonitoringRequest without(
      BankingTransactionMonitoringRequest r, String code) {
    BankingTransactionMonitoringRequest.Builder b =
        BankingTransactionMonitoringRequest.builder()
            .header(
                Omit.header(
                    r.header(), RequestFamily.BANKING_TRANSACTION_MONITORING, legalBasis(code)))
            .content(content(r.content(), code))
            .practicalArrangements(r.practicalArrangements());
    if (!code.equals("WC_37_1_C_OFFENCE")) {
      b.addAllOffences(r.offences());
    }
    if (!code.equals("WC_19_ACCOUNTS")) {
      b.addAllAccounts(r.accounts());
    }
    if (!code.equals("WC_19_PERIOD")) {
      b.periodStart(r.periodStart()).periodEnd(r.periodEnd());
    }
    if (!code.equals("WC_19_RELEVANCE")) {
      b.relevance(r.relevance());
    }
    return b.build();
  }

  // WC 20 ------------------------------------------------------------------------------------

  static final Removal.Family<SpontaneousInformationOnProceeds> SPONTANEOUS_INFORMATION_ON_PROCEEDS =
      new Removal.Family<>(
          SpontaneousArbitraries::spontaneousInformationOnProceeds,
          SpontaneousInformationOnProceeds.REQUIRED_CONTENT,
          List.of(
              Removal.always("WC_20_INFORMATION", i -> without(i, "WC_20_INFORMATION")),
              Removal.always(
                  "WC_20_INSTRUMENTALITIES_OR_PROCEEDS",
                  i -> without(i, "WC_20_INSTRUMENTALITIES_OR_PROCEEDS"))));

  private static SpontaneousInformationOnProceeds without(
      SpontaneousInformationOnProceeds i, String code) {
    SpontaneousInformationOnProceeds.Builder b =
        SpontaneousInformationOnProceeds.builder()
            .reference(i.reference())
            .providingParty(i.providingParty())
            .providingAuthority(i.providingAuthority())
            .receivingParty(i.receivingParty())
            .receivingAuthority(i.receivingAuthority())
            .sentOn(i.sentOn())
            .confidentialityRequested(i.confidentialityRequested())
            .addAllConditions(i.conditions())
            .addAllOffences(i.offences());
    if (!code.equals("WC_20_INFORMATION")) {
      b.informationSummary(i.informationSummary());
    }
    if (!code.equals("WC_20_INSTRUMENTALITIES_OR_PROCEEDS")) {
      b.addAllInstrumentalitiesAndProceeds(i.instrumentalitiesAndProceeds());
    }
    return b.build();
  }

  // WC 21, 22 --------------------------------------------------------------------------------

  static final Removal.Family<ProvisionalMeasureRequest> PROVISIONAL_MEASURES =
      new Removal.Family<>(
          ProvisionalArbitraries::provisionalMeasureRequests,
          ProvisionalMeasureRequest.REQUIRED_CONTENT,
          withMaximumAmount(
              removals(
                  "WC_21_LEGAL_BASIS",
                  ProvisionalMeasureRequest::content,
                  WarsawRemovals::without,
                  "WC_21_1_PROCEEDINGS_INSTITUTED",
                  "WC_21_1_PROPERTY_TO_FREEZE_OR_SEIZE")));

  private static List<Removal<ProvisionalMeasureRequest>> withMaximumAmount(
      List<Removal<ProvisionalMeasureRequest>> removals) {
    List<Removal<ProvisionalMeasureRequest>> all = new ArrayList<>(removals);
    all.add(
        Removal.when(
            "WC_37_2_MAXIMUM_AMOUNT",
            ProvisionalMeasureRequest::valueBased,
            r -> without(r, "WC_37_2_MAXIMUM_AMOUNT")));
    return all;
  }

  private static ProvisionalMeasureRequest without(ProvisionalMeasureRequest r, String code) {
    ProvisionalMeasureRequest.Builder b =
        ProvisionalMeasureRequest.builder()
            .header(Omit.header(r.header(), RequestFamily.PROVISIONAL_MEASURES, legalBasis(code)))
            .addAllOffences(r.offences())
            .content(content(r.content(), code))
            .measure(r.measure())
            .proceedingsReference(r.proceedingsReference())
            .valueBased(r.valueBased())
            .linkedConfiscationRequest(r.linkedConfiscationRequest());
    if (!code.equals("WC_21_1_PROPERTY_TO_FREEZE_OR_SEIZE")) {
      b.addAllAssets(r.assets());
    }
    if (!code.equals("WC_21_1_PROCEEDINGS_INSTITUTED")) {
      b.proceedingsInstituted(r.proceedingsInstituted());
    }
    if (!code.equals("WC_37_2_MAXIMUM_AMOUNT")) {
      b.maximumAmount(r.maximumAmount());
    }
    return b.build();
  }

  // WC 23, 24 --------------------------------------------------------------------------------

  static final Removal.Family<ConfiscationRequest> CONFISCATION =
      new Removal.Family<>(
          ConfiscationArbitraries::confiscationRequests,
          ConfiscationRequest.REQUIRED_CONTENT,
          withConfiscationItems(
              removals("WC_23_LEGAL_BASIS", ConfiscationRequest::content, WarsawRemovals::without)));

  private static List<Removal<ConfiscationRequest>> withConfiscationItems(
      List<Removal<ConfiscationRequest>> removals) {
    List<Removal<ConfiscationRequest>> all = new ArrayList<>(removals);
    // Property is the only object of a confiscation of property; a value confiscation may name
    // the amount instead, so removing its property alone is no violation.
    all.add(
        Removal.when(
            "WC_23_1_PROPERTY_OR_AMOUNT",
            r -> r.kind() != ConfiscationKind.VALUE && !r.assets().isEmpty(),
            r -> without(r, "WC_23_1_PROPERTY_OR_AMOUNT")));
    all.add(
        Removal.when(
            "WC_23_3_ORDER_AMOUNT",
            r -> r.kind() == ConfiscationKind.VALUE && !r.assets().isEmpty(),
            r -> without(r, "WC_23_3_ORDER_AMOUNT")));
    for (String code :
        List.of(
            "WC_37_3_CERTIFIED_COPY_OF_ORDER",
            "WC_37_3_STATEMENT_OF_GROUNDS",
            "WC_37_3_ENFORCEABILITY_ATTESTATION",
            "WC_37_3_EXTENT_OF_ENFORCEMENT",
            "WC_37_3_NEED_FOR_PROVISIONAL_MEASURES")) {
      all.add(Removal.when(code, ConfiscationRequest::enforcesForeignOrder, r -> without(r, code)));
    }
    all.add(
        Removal.when(
            "WC_37_3_FACTS_FOR_DOMESTIC_ORDER",
            r -> r.mode() == ConfiscationMode.DOMESTIC_ORDER,
            r -> without(r, "WC_37_3_FACTS_FOR_DOMESTIC_ORDER")));
    all.add(
        Removal.when(
            "WC_37_3_THIRD_PARTY_DOCUMENTS",
            ConfiscationRequest::thirdPartiesInvolved,
            r -> without(r, "WC_37_3_THIRD_PARTY_DOCUMENTS")));
    return all;
  }

  private static ConfiscationRequest without(ConfiscationRequest r, String code) {
    ConfiscationRequest.Builder b =
        ConfiscationRequest.builder()
            .header(Omit.header(r.header(), RequestFamily.CONFISCATION, legalBasis(code)))
            .addAllOffences(r.offences())
            .content(content(r.content(), code))
            .mode(r.mode())
            .kind(r.kind())
            .nonConvictionBased(r.nonConvictionBased())
            .thirdPartiesInvolved(r.thirdPartiesInvolved())
            .noImprisonmentInDefault(r.noImprisonmentInDefault())
            .addAllOtherPartiesRequested(r.otherPartiesRequested());
    if (!code.equals("WC_23_1_PROPERTY_OR_AMOUNT")) {
      b.addAllAssets(r.assets());
    }
    if (!code.equals("WC_23_3_ORDER_AMOUNT")) {
      b.orderAmount(r.orderAmount());
    }
    if (!code.equals("WC_37_3_CERTIFIED_COPY_OF_ORDER")) {
      b.certifiedCopyOfOrderAttached(r.certifiedCopyOfOrderAttached());
    }
    if (!code.equals("WC_37_3_STATEMENT_OF_GROUNDS")) {
      b.statementOfGroundsAttached(r.statementOfGroundsAttached());
    }
    if (!code.equals("WC_37_3_ENFORCEABILITY_ATTESTATION")) {
      b.enforceabilityAttested(r.enforceabilityAttested());
    }
    if (!code.equals("WC_37_3_EXTENT_OF_ENFORCEMENT")) {
      b.extentOfEnforcement(r.extentOfEnforcement());
    }
    if (!code.equals("WC_37_3_NEED_FOR_PROVISIONAL_MEASURES")) {
      b.provisionalMeasuresNeeded(r.provisionalMeasuresNeeded());
    }
    if (!code.equals("WC_37_3_FACTS_FOR_DOMESTIC_ORDER")) {
      b.statementOfFactsForDomesticOrder(r.statementOfFactsForDomesticOrder());
    }
    if (!code.equals("WC_37_3_THIRD_PARTY_DOCUMENTS")) {
      b.thirdPartyDocumentsAttached(r.thirdPartyDocumentsAttached());
    }
    return b.build();
  }

  // WC 46 ------------------------------------------------------------------------------------

  static final Removal.Family<FiuInformationRequest> FIU_INFORMATION_EXCHANGE =
      new Removal.Family<>(
          FiuArbitraries::fiuInformationRequests,
          FiuInformationRequest.REQUIRED_CONTENT,
          List.of(
              Removal.always("WC_46_LEGAL_BASIS", r -> without(r, "WC_46_LEGAL_BASIS")),
              Removal.always("WC_46_2_REQUESTED_FIU", r -> without(r, "WC_46_2_REQUESTED_FIU")),
              Removal.when(
                  "WC_46_4_FACTS", r -> !r.spontaneous(), r -> without(r, "WC_46_4_FACTS")),
              Removal.when(
                  "WC_46_4_INTENDED_USE",
                  r -> !r.spontaneous(),
                  r -> without(r, "WC_46_4_INTENDED_USE"))));

  private static FiuInformationRequest without(FiuInformationRequest r, String code) {
    FiuInformationRequest.Builder b =
        FiuInformationRequest.builder()
            .header(Omit.header(r.header(), RequestFamily.FIU_INFORMATION_EXCHANGE, fiuHeaderItem(code)))
            .spontaneous(r.spontaneous())
            .addAllPersons(r.persons())
            .addAllAssets(r.assets())
            .transactionsDescription(r.transactionsDescription());
    if (!code.equals("WC_46_4_FACTS")) {
      b.factsStatement(r.factsStatement());
    }
    if (!code.equals("WC_46_4_INTENDED_USE")) {
      b.intendedUse(r.intendedUse());
    }
    return b.build();
  }

  // WC 47 ------------------------------------------------------------------------------------

  static final Removal.Family<FiuPostponementRequest> FIU_POSTPONEMENT =
      new Removal.Family<>(
          FiuArbitraries::fiuPostponementRequests,
          FiuPostponementRequest.REQUIRED_CONTENT,
          List.of(
                  "WC_47_LEGAL_BASIS",
                  "WC_47_1_REQUESTED_FIU",
                  "WC_47_1_TRANSACTION",
                  "WC_47_2_A_MONEY_LAUNDERING",
                  "WC_47_2_B_DOMESTIC_POSTPONEMENT")
              .stream()
              .map(code -> Removal.<FiuPostponementRequest>always(code, r -> without(r, code)))
              .toList());

  private static FiuPostponementRequest without(FiuPostponementRequest r, String code) {
    FiuPostponementRequest.Builder b =
        FiuPostponementRequest.builder()
            .header(Omit.header(r.header(), RequestFamily.FIU_POSTPONEMENT, fiuHeaderItem(code)));
    if (!code.equals("WC_47_1_TRANSACTION")) {
      b.transaction(r.transaction());
    }
    if (!code.equals("WC_47_2_A_MONEY_LAUNDERING")) {
      b.launderingJustification(r.launderingJustification());
    }
    if (!code.equals("WC_47_2_B_DOMESTIC_POSTPONEMENT")) {
      b.domesticPostponementJustification(r.domesticPostponementJustification());
    }
    return b.build();
  }

  // WC 25 ------------------------------------------------------------------------------------

  /**
   * The generated disposal requests are never coercive (WC 25 disposes of property already
   * confiscated), so the items of WC 37(1)(d) are never required of them and are not removed.
   */
  static final Removal.Family<DisposalRequest> DISPOSAL =
      new Removal.Family<>(
          ConfiscationArbitraries::disposalRequests,
          DisposalRequest.REQUIRED_CONTENT,
          List.of(
              Removal.always("WC_25_LEGAL_BASIS", r -> without(r, "WC_25_LEGAL_BASIS")),
              Removal.always(
                  "WC_25_1_PROPERTY_CONCERNED", r -> without(r, "WC_25_1_PROPERTY_CONCERNED")),
              Removal.when(
                  "WC_25_3_SHARING_TERMS",
                  r -> r.disposition() == Disposition.SHARING,
                  r -> without(r, "WC_25_3_SHARING_TERMS")),
              Removal.always(
                  ContentItem.OBJECT_AND_REASON.code,
                  r -> without(r, ContentItem.OBJECT_AND_REASON.code)),
              Removal.always(ContentItem.FACTS.code, r -> without(r, ContentItem.FACTS.code))));

  /**
   * For WC_25_1_PROPERTY_CONCERNED the item is the property: its assets and its amount; for
   * WC_25_3_SHARING_TERMS the terms: the proposed share and the arrangement.
   */
  private static DisposalRequest without(DisposalRequest r, String code) {
    DisposalRequest.Builder b =
        DisposalRequest.builder()
            .header(Omit.header(r.header(), RequestFamily.DISPOSAL, legalBasis(code)))
            .addAllOffences(r.offences())
            .content(content(r.content(), code))
            .confiscationRequestId(r.confiscationRequestId())
            .disposition(r.disposition())
            .addAllBeneficiaries(r.beneficiaries());
    if (!code.equals("WC_25_1_PROPERTY_CONCERNED")) {
      b.addAllAssets(r.assets()).amount(r.amount());
    }
    if (!code.equals("WC_25_3_SHARING_TERMS")) {
      b.proposedShare(r.proposedShare()).sharingArrangement(r.sharingArrangement());
    }
    return b.build();
  }
}
