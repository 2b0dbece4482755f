package org.treatyflow.serialization.format;

import static org.treatyflow.serialization.codec.Codecs.BOOLEAN;
import static org.treatyflow.serialization.codec.Codecs.DATE;
import static org.treatyflow.serialization.codec.Codecs.INTEGER;
import static org.treatyflow.serialization.codec.Codecs.STRING;
import static org.treatyflow.serialization.format.AssetCodecs.DOMAIN_NAME;
import static org.treatyflow.serialization.format.CommonCodecs.AUTHORITY;
import static org.treatyflow.serialization.format.CommonCodecs.DATA_ITEM;
import static org.treatyflow.serialization.format.CommonCodecs.FACTS;
import static org.treatyflow.serialization.format.CommonCodecs.OFFENCE;
import static org.treatyflow.serialization.format.CommonCodecs.REQUEST_HEADER;
import static org.treatyflow.serialization.format.CommonCodecs.REQUEST_ID;

import org.treatyflow.model.disclosure.DomainRegistrationRequest;
import org.treatyflow.model.disclosure.EmergencyDisclosureRequest;
import org.treatyflow.model.disclosure.ForeignProductionOrderRequest;
import org.treatyflow.model.disclosure.PreservationStatus;
import org.treatyflow.model.disclosure.ProductionOrder;
import org.treatyflow.model.disclosure.SubscriberInformationOrder;
import org.treatyflow.serialization.codec.ObjectCodec;

/**
 * The codecs of the Second Additional Protocol's requests for disclosure: domain registration
 * information (2AP 6), subscriber information orders (2AP 7), foreign production orders (2AP 8) and
 * emergency disclosure (2AP 9).
 */
public final class DisclosureCodecs {
  private DisclosureCodecs() {}

  /** Whether preservation was already sought, and under which reference and on which date. */
  public static final ObjectCodec<PreservationStatus, PreservationStatus.Builder>
      PRESERVATION_STATUS =
          ObjectCodec.of(
                  "PreservationStatus",
                  PreservationStatus.class,
                  PreservationStatus.Builder::new,
                  PreservationStatus.Builder::build)
              .required(
                  "sought",
                  BOOLEAN,
                  PreservationStatus::sought,
                  PreservationStatus.Builder::sought)
              .optional(
                  "reference",
                  REQUEST_ID,
                  PreservationStatus::reference,
                  PreservationStatus.Builder::reference)
              .optional(
                  "date", DATE, PreservationStatus::date, PreservationStatus.Builder::date)
              .build();

  /** The production order a request under 2AP 8 asks the requested Party to give effect to. */
  public static final ObjectCodec<ProductionOrder, ProductionOrder.Builder> PRODUCTION_ORDER =
      ObjectCodec.of(
              "ProductionOrder",
              ProductionOrder.class,
              ProductionOrder.Builder::new,
              ProductionOrder.Builder::build)
          .optional(
              "issuingAuthority",
              AUTHORITY,
              ProductionOrder::issuingAuthority,
              ProductionOrder.Builder::issuingAuthority)
          .optional(
              "dateIssued",
              DATE,
              ProductionOrder::dateIssued,
              ProductionOrder.Builder::dateIssued)
          .defaulted(
              "statementUnderProtocol",
              BOOLEAN,
              ProductionOrder::statementUnderProtocol,
              ProductionOrder.Builder::statementUnderProtocol)
          .optional(
              "provider", AUTHORITY, ProductionOrder::provider, ProductionOrder.Builder::provider)
          .optional(
              "providerAddress",
              STRING,
              ProductionOrder::providerAddress,
              ProductionOrder.Builder::providerAddress)
          .list(
              "offences",
              OFFENCE,
              ProductionOrder::offences,
              ProductionOrder.Builder::addAllOffences)
          .optional(
              "seekingAuthority",
              AUTHORITY,
              ProductionOrder::seekingAuthority,
              ProductionOrder.Builder::seekingAuthority)
          .list(
              "dataSought",
              DATA_ITEM,
              ProductionOrder::dataSought,
              ProductionOrder.Builder::addAllDataSought)
          .build();

  /** A request sent directly to a registrar for domain name registration information (2AP 6). */
  public static final ObjectCodec<DomainRegistrationRequest, DomainRegistrationRequest.Builder>
      DOMAIN_REGISTRATION_REQUEST =
          ObjectCodec.of(
                  "DomainRegistrationRequest",
                  DomainRegistrationRequest.class,
                  DomainRegistrationRequest.Builder::new,
                  DomainRegistrationRequest.Builder::build)
              .typeName("domain-registration-request")
              .required(
                  "header",
                  REQUEST_HEADER,
                  DomainRegistrationRequest::header,
                  DomainRegistrationRequest.Builder::header)
              .required(
                  "domain",
                  DOMAIN_NAME,
                  DomainRegistrationRequest::domain,
                  DomainRegistrationRequest.Builder::domain)
              .personal()
              .list(
                  "informationSought",
                  DATA_ITEM,
                  DomainRegistrationRequest::informationSought,
                  DomainRegistrationRequest.Builder::addAllInformationSought)
              .list(
                  "offences",
                  OFFENCE,
                  DomainRegistrationRequest::offences,
                  DomainRegistrationRequest.Builder::addAllOffences)
              .optional(
                  "reasonInformationNeeded",
                  STRING,
                  DomainRegistrationRequest::reasonInformationNeeded,
                  DomainRegistrationRequest.Builder::reasonInformationNeeded)
              .personal()
              .defaulted(
                  "statementUnderProtocol",
                  BOOLEAN,
                  DomainRegistrationRequest::statementUnderProtocol,
                  DomainRegistrationRequest.Builder::statementUnderProtocol)
              .build();

  /** An order sent directly to a service provider for subscriber information (2AP 7). */
  public static final ObjectCodec<SubscriberInformationOrder, SubscriberInformationOrder.Builder>
      SUBSCRIBER_INFORMATION_ORDER =
          ObjectCodec.of(
                  "SubscriberInformationOrder",
                  SubscriberInformationOrder.class,
                  SubscriberInformationOrder.Builder::new,
                  SubscriberInformationOrder.Builder::build)
              .typeName("subscriber-information-order")
              .required(
                  "header",
                  REQUEST_HEADER,
                  SubscriberInformationOrder::header,
                  SubscriberInformationOrder.Builder::header)
              .defaulted(
                  "statementUnderProtocol",
                  BOOLEAN,
                  SubscriberInformationOrder::statementUnderProtocol,
                  SubscriberInformationOrder.Builder::statementUnderProtocol)
              .optional(
                  "providerAddress",
                  STRING,
                  SubscriberInformationOrder::providerAddress,
                  SubscriberInformationOrder.Builder::providerAddress)
              .list(
                  "offences",
                  OFFENCE,
                  SubscriberInformationOrder::offences,
                  SubscriberInformationOrder.Builder::addAllOffences)
              .list(
                  "dataSought",
                  DATA_ITEM,
                  SubscriberInformationOrder::dataSought,
                  SubscriberInformationOrder.Builder::addAllDataSought)
              .optional(
                  "domesticLegalGrounds",
                  STRING,
                  SubscriberInformationOrder::domesticLegalGrounds,
                  SubscriberInformationOrder.Builder::domesticLegalGrounds)
              .optional(
                  "contactAuthority",
                  AUTHORITY,
                  SubscriberInformationOrder::contactAuthority,
                  SubscriberInformationOrder.Builder::contactAuthority)
              .optional(
                  "returnWithinDays",
                  INTEGER,
                  SubscriberInformationOrder::returnWithinDays,
                  SubscriberInformationOrder.Builder::returnWithinDays)
              .optional(
                  "mannerOfReturn",
                  STRING,
                  SubscriberInformationOrder::mannerOfReturn,
                  SubscriberInformationOrder.Builder::mannerOfReturn)
              .optional(
                  "preservation",
                  PRESERVATION_STATUS,
                  SubscriberInformationOrder::preservation,
                  SubscriberInformationOrder.Builder::preservation)
              .optional(
                  "notificationMade",
                  BOOLEAN,
                  SubscriberInformationOrder::notificationMade,
                  SubscriberInformationOrder.Builder::notificationMade)
              .optional(
                  "specialProceduralInstructions",
                  STRING,
                  SubscriberInformationOrder::specialProceduralInstructions,
                  SubscriberInformationOrder.Builder::specialProceduralInstructions)
              .personal()
              .optional(
                  "otherInformation",
                  STRING,
                  SubscriberInformationOrder::otherInformation,
                  SubscriberInformationOrder.Builder::otherInformation)
              .personal()
              .build();

  /** A request to give effect to a production order of the requesting Party (2AP 8). */
  public static final ObjectCodec<
          ForeignProductionOrderRequest, ForeignProductionOrderRequest.Builder>
      FOREIGN_PRODUCTION_ORDER_REQUEST =
          ObjectCodec.of(
                  "ForeignProductionOrderRequest",
                  ForeignProductionOrderRequest.class,
                  ForeignProductionOrderRequest.Builder::new,
                  ForeignProductionOrderRequest.Builder::build)
              .typeName("foreign-production-order-request")
              .required(
                  "header",
                  REQUEST_HEADER,
                  ForeignProductionOrderRequest::header,
                  ForeignProductionOrderRequest.Builder::header)
              .required(
                  "order",
                  PRODUCTION_ORDER,
                  ForeignProductionOrderRequest::order,
                  ForeignProductionOrderRequest.Builder::order)
              .optional(
                  "legalGrounds",
                  STRING,
                  ForeignProductionOrderRequest::legalGrounds,
                  ForeignProductionOrderRequest.Builder::legalGrounds)
              .optional(
                  "reasonsProviderHoldsData",
                  STRING,
                  ForeignProductionOrderRequest::reasonsProviderHoldsData,
                  ForeignProductionOrderRequest.Builder::reasonsProviderHoldsData)
              .personal()
              .required(
                  "facts",
                  FACTS,
                  ForeignProductionOrderRequest::facts,
                  ForeignProductionOrderRequest.Builder::facts)
              .optional(
                  "relevance",
                  STRING,
                  ForeignProductionOrderRequest::relevance,
                  ForeignProductionOrderRequest.Builder::relevance)
              .personal()
              .optional(
                  "preservation",
                  PRESERVATION_STATUS,
                  ForeignProductionOrderRequest::preservation,
                  ForeignProductionOrderRequest.Builder::preservation)
              .optional(
                  "soughtByOtherMeans",
                  BOOLEAN,
                  ForeignProductionOrderRequest::soughtByOtherMeans,
                  ForeignProductionOrderRequest.Builder::soughtByOtherMeans)
              .optional(
                  "specialProceduralInstructions",
                  STRING,
                  ForeignProductionOrderRequest::specialProceduralInstructions,
                  ForeignProductionOrderRequest.Builder::specialProceduralInstructions)
              .personal()
              .optional(
                  "precedingOrder",
                  REQUEST_ID,
                  ForeignProductionOrderRequest::precedingOrder,
                  ForeignProductionOrderRequest.Builder::precedingOrder)
              .build();

  /** A request for expedited disclosure of stored data in an emergency (2AP 9). */
  public static final ObjectCodec<EmergencyDisclosureRequest, EmergencyDisclosureRequest.Builder>
      EMERGENCY_DISCLOSURE_REQUEST =
          ObjectCodec.of(
                  "EmergencyDisclosureRequest",
                  EmergencyDisclosureRequest.class,
                  EmergencyDisclosureRequest.Builder::new,
                  EmergencyDisclosureRequest.Builder::build)
              .typeName("emergency-disclosure-request")
              .required(
                  "header",
                  REQUEST_HEADER,
                  EmergencyDisclosureRequest::header,
                  EmergencyDisclosureRequest.Builder::header)
              .defaulted(
                  "statementUnderProtocol",
                  BOOLEAN,
                  EmergencyDisclosureRequest::statementUnderProtocol,
                  EmergencyDisclosureRequest.Builder::statementUnderProtocol)
              .optional(
                  "provider",
                  AUTHORITY,
                  EmergencyDisclosureRequest::provider,
                  EmergencyDisclosureRequest.Builder::provider)
              .list(
                  "offences",
                  OFFENCE,
                  EmergencyDisclosureRequest::offences,
                  EmergencyDisclosureRequest.Builder::addAllOffences)
              .required(
                  "emergencyFacts",
                  FACTS,
                  EmergencyDisclosureRequest::emergencyFacts,
                  EmergencyDisclosureRequest.Builder::emergencyFacts)
              .optional(
                  "dataRelationToEmergency",
                  STRING,
                  EmergencyDisclosureRequest::dataRelationToEmergency,
                  EmergencyDisclosureRequest.Builder::dataRelationToEmergency)
              .personal()
              .list(
                  "dataSought",
                  DATA_ITEM,
                  EmergencyDisclosureRequest::dataSought,
                  EmergencyDisclosureRequest.Builder::addAllDataSought)
              .optional(
                  "specialInstructions",
                  STRING,
                  EmergencyDisclosureRequest::specialInstructions,
                  EmergencyDisclosureRequest.Builder::specialInstructions)
              .personal()
              .optional(
                  "otherInformation",
                  STRING,
                  EmergencyDisclosureRequest::otherInformation,
                  EmergencyDisclosureRequest.Builder::otherInformation)
              .personal()
              .defaulted(
                  "oral",
                  BOOLEAN,
                  EmergencyDisclosureRequest::oral,
                  EmergencyDisclosureRequest.Builder::oral)
              .optional(
                  "electronicConfirmation",
                  DATE,
                  EmergencyDisclosureRequest::electronicConfirmation,
                  EmergencyDisclosureRequest.Builder::electronicConfirmation)
              .build();
}
