package org.treatyflow.testkit;

import java.util.List;
import java.util.Map;
import org.treatyflow.model.common.RequestFamily;
import org.treatyflow.model.disclosure.ForeignProductionOrderRequest;
import org.treatyflow.model.disclosure.ProductionOrder;
import org.treatyflow.model.disclosure.SubscriberInformationOrder;
import org.treatyflow.testkit.Omit.HeaderItem;

/** The removable items of the Second Additional Protocol's families (2AP 6-12). */
final class ProtocolRemovals {
  private ProtocolRemovals() {}

  // 2AP 7 ------------------------------------------------------------------------------------

  private static final Map<String, HeaderItem> ORDER_HEADER_ITEMS =
      Map.of(
          "2AP_7_LEGAL_BASIS", HeaderItem.OWN_LEGAL_BASIS,
          "2AP_7_3_DATE_ISSUED", HeaderItem.DATE,
          "2AP_7_3_PROVIDER_NAME", HeaderItem.REQUESTED_AUTHORITY);

  static final Removal.Family<SubscriberInformationOrder> SUBSCRIBER_INFORMATION_ORDER =
      new Removal.Family<>(
          DisclosureArbitraries::subscriberInformationOrders,
          SubscriberInformationOrder.REQUIRED_CONTENT,
          List.of(
                  "2AP_7_LEGAL_BASIS",
                  "2AP_7_3_DATE_ISSUED",
                  "2AP_7_3_STATEMENT_UNDER_PROTOCOL",
                  "2AP_7_3_PROVIDER_NAME",
                  "2AP_7_3_PROVIDER_ADDRESS",
                  "2AP_7_3_OFFENCES",
                  "2AP_7_3_DATA_DESCRIPTION",
                  "2AP_7_4_LEGAL_GROUNDS",
                  "2AP_7_4_CONTACT_AUTHORITY",
                  "2AP_7_4_RETURN_TIME_FRAME",
                  "2AP_7_4_RETURN_MANNER",
                  "2AP_7_4_PRESERVATION",
                  "2AP_7_4_NOTIFICATION")
              .stream()
              .map(code -> Removal.<SubscriberInformationOrder>always(code, o -> without(o, code)))
              .toList());

  private static SubscriberInformationOrder without(SubscriberInformationOrder o, String code) {
    SubscriberInformationOrder.Builder b =
        SubscriberInformationOrder.builder()
            .header(
                Omit.header(
                    o.header(),
                    RequestFamily.SUBSCRIBER_INFORMATION_ORDER,
                    ORDER_HEADER_ITEMS.get(code)))
            .specialProceduralInstructions(o.specialProceduralInstructions())
            .otherInformation(o.otherInformation());
    if (!code.equals("2AP_7_3_STATEMENT_UNDER_PROTOCOL")) {
      b.statementUnderProtocol(o.statementUnderProtocol());
    }
    if (!code.equals("2AP_7_3_PROVIDER_ADDRESS")) {
      b.providerAddress(o.providerAddress());
    }
    if (!code.equals("2AP_7_3_OFFENCES")) {
      b.addAllOffences(o.offences());
    }
    if (!code.equals("2AP_7_3_DATA_DESCRIPTION")) {
      b.addAllDataSought(o.dataSought());
    }
    if (!code.equals("2AP_7_4_LEGAL_GROUNDS")) {
      b.domesticLegalGrounds(o.domesticLegalGrounds());
    }
    if (!code.equals("2AP_7_4_CONTACT_AUTHORITY")) {
      b.contactAuthority(o.contactAuthority());
    }
    if (!code.equals("2AP_7_4_RETURN_TIME_FRAME")) {
      b.returnWithinDays(o.returnWithinDays());
    }
    if (!code.equals("2AP_7_4_RETURN_MANNER")) {
      b.mannerOfReturn(o.mannerOfReturn());
    }
    if (!code.equals("2AP_7_4_PRESERVATION")) {
      b.preservation(o.preservation());
    }
    if (!code.equals("2AP_7_4_NOTIFICATION")) {
      b.notificationMade(o.notificationMade());
    }
    return b.build();
  }

  // 2AP 8 ------------------------------------------------------------------------------------

  private static final Map<String, HeaderItem> PRODUCTION_HEADER_ITEMS =
      Map.of(
          "2AP_8_LEGAL_BASIS", HeaderItem.OWN_LEGAL_BASIS,
          "2AP_8_ADDRESSEE_AUTHORITY", HeaderItem.REQUESTED_AUTHORITY);

  static final Removal.Family<ForeignProductionOrderRequest> FOREIGN_PRODUCTION_ORDER =
      new Removal.Family<>(
          DisclosureArbitraries::foreignProductionOrderRequests,
          ForeignProductionOrderRequest.REQUIRED_CONTENT,
          List.of(
                  "2AP_8_LEGAL_BASIS",
                  "2AP_8_ADDRESSEE_AUTHORITY",
                  "2AP_8_3_ISSUING_AUTHORITY",
                  "2AP_8_3_DATE_ISSUED",
                  "2AP_8_3_STATEMENT_UNDER_PROTOCOL",
                  "2AP_8_3_PROVIDER_NAME",
                  "2AP_8_3_PROVIDER_ADDRESS",
                  "2AP_8_3_OFFENCES",
                  "2AP_8_3_DATA_DESCRIPTION",
                  "2AP_8_4_LEGAL_GROUNDS",
                  "2AP_8_4_PROVIDER_HOLDS_DATA",
                  "2AP_8_4_FACTS",
                  "2AP_8_4_RELEVANCE",
                  "2AP_8_4_PRESERVATION",
                  "2AP_8_4_OTHER_MEANS")
              .stream()
              .map(code -> Removal.<ForeignProductionOrderRequest>always(code, r -> without(r, code)))
              .toList());

  private static ForeignProductionOrderRequest without(
      ForeignProductionOrderRequest r, String code) {
    ForeignProductionOrderRequest.Builder b =
        ForeignProductionOrderRequest.builder()
            .header(
                Omit.header(
                    r.header(),
                    RequestFamily.FOREIGN_PRODUCTION_ORDER,
                    PRODUCTION_HEADER_ITEMS.get(code)))
            .order(code.startsWith("2AP_8_3_") ? without(r.order(), code) : r.order())
            .facts(code.equals("2AP_8_4_FACTS") ? Omit.withoutSummary(r.facts()) : r.facts())
            .specialProceduralInstructions(r.specialProceduralInstructions())
            .precedingOrder(r.precedingOrder());
    if (!code.equals("2AP_8_4_LEGAL_GROUNDS")) {
      b.legalGrounds(r.legalGrounds());
    }
    if (!code.equals("2AP_8_4_PROVIDER_HOLDS_DATA")) {
      b.reasonsProviderHoldsData(r.reasonsProviderHoldsData());
    }
    if (!code.equals("2AP_8_4_RELEVANCE")) {
      b.relevance(r.relevance());
    }
    if (!code.equals("2AP_8_4_PRESERVATION")) {
      b.preservation(r.preservation());
    }
    if (!code.equals("2AP_8_4_OTHER_MEANS")) {
      b.soughtByOtherMeans(r.soughtByOtherMeans());
    }
    return b.build();
  }

  private static ProductionOrder without(ProductionOrder o, String code) {
    ProductionOrder.Builder b = ProductionOrder.builder().seekingAuthority(o.seekingAuthority());
    if (!code.equals("2AP_8_3_ISSUING_AUTHORITY")) {
      b.issuingAuthority(o.issuingAuthority());
    }
    if (!code.equals("2AP_8_3_DATE_ISSUED")) {
      b.dateIssued(o.dateIssued());
    }
    if (!code.equals("2AP_8_3_STATEMENT_UNDER_PROTOCOL")) {
      b.statementUnderProtocol(o.statementUnderProtocol());
    }
    if (!code.equals("2AP_8_3_PROVIDER_NAME")) {
      b.provider(o.provider());
    }
    if (!code.equals("2AP_8_3_PROVIDER_ADDRESS")) {
      b.providerAddress(o.providerAddress());
    }
    if (!code.equals("2AP_8_3_OFFENCES")) {
      b.addAllOffences(o.offences());
    }
    if (!code.equals("2AP_8_3_DATA_DESCRIPTION")) {
      b.addAllDataSought(o.dataSought());
    }
    return b.build();
  }
}
