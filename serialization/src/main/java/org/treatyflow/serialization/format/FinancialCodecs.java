package org.treatyflow.serialization.format;

import static org.treatyflow.serialization.codec.Codecs.BOOLEAN;
import static org.treatyflow.serialization.codec.Codecs.DATE;
import static org.treatyflow.serialization.codec.Codecs.STRING;
import static org.treatyflow.serialization.codec.Codecs.enumeration;
import static org.treatyflow.serialization.format.AssetCodecs.ASSET;
import static org.treatyflow.serialization.format.AssetCodecs.BANK_ACCOUNT;
import static org.treatyflow.serialization.format.CommonCodecs.FACTS;
import static org.treatyflow.serialization.format.CommonCodecs.OFFENCE;
import static org.treatyflow.serialization.format.CommonCodecs.REQUEST_HEADER;
import static org.treatyflow.serialization.format.PersonCodecs.PERSON;

import org.treatyflow.model.financial.BankAccountInformationRequest;
import org.treatyflow.model.financial.BankingTransactionInformationRequest;
import org.treatyflow.model.financial.BankingTransactionMonitoringRequest;
import org.treatyflow.model.financial.InvestigativeAssistanceRequest;
import org.treatyflow.model.financial.TracingAspect;
import org.treatyflow.model.financial.WarsawRequestContent;
import org.treatyflow.serialization.codec.Codec;
import org.treatyflow.serialization.codec.ObjectCodec;

/**
 * The codecs of investigative assistance under Section 2 of Chapter IV of the Warsaw Convention
 * (WC 16-19), and of the WC 37(1) content every Warsaw Chapter IV request shares.
 */
public final class FinancialCodecs {
  private FinancialCodecs() {}


  public static final Codec<TracingAspect> TRACING_ASPECT = enumeration(TracingAspect.class);

  /**
   * The WC 37(1) content, nested in every Warsaw Chapter IV request; it has no type name. The
   * object of and reason for the request and any particular procedure are personal data.
   */
  public static final ObjectCodec<WarsawRequestContent, WarsawRequestContent.Builder>
      WARSAW_REQUEST_CONTENT =
          ObjectCodec.of(
                  "WarsawRequestContent",
                  WarsawRequestContent.class,
                  WarsawRequestContent.Builder::new,
                  WarsawRequestContent.Builder::build)
              .optional(
                  "objectAndReason",
                  STRING,
                  WarsawRequestContent::objectAndReason,
                  WarsawRequestContent.Builder::objectAndReason)
              .personal()
              .defaulted(
                  "facts", FACTS, WarsawRequestContent::facts, WarsawRequestContent.Builder::facts)
              .defaulted(
                  "coercive",
                  BOOLEAN,
                  WarsawRequestContent::coercive,
                  WarsawRequestContent.Builder::coercive)
              .optional(
                  "statutoryProvisions",
                  STRING,
                  WarsawRequestContent::statutoryProvisions,
                  WarsawRequestContent.Builder::statutoryProvisions)
              .defaulted(
                  "measureAvailableAtHome",
                  BOOLEAN,
                  WarsawRequestContent::measureAvailableAtHome,
                  WarsawRequestContent.Builder::measureAvailableAtHome)
              .list(
                  "persons",
                  PERSON,
                  WarsawRequestContent::persons,
                  WarsawRequestContent.Builder::addAllPersons)
              .list(
                  "property",
                  ASSET,
                  WarsawRequestContent::property,
                  WarsawRequestContent.Builder::addAllProperty)
              .optional(
                  "particularProcedure",
                  STRING,
                  WarsawRequestContent::particularProcedure,
                  WarsawRequestContent.Builder::particularProcedure)
              .personal()
              .build();

  /** A request for identifying and tracing property (WC 16). */
  public static final ObjectCodec<InvestigativeAssistanceRequest, InvestigativeAssistanceRequest.Builder>
      INVESTIGATIVE_ASSISTANCE_REQUEST =
          ObjectCodec.of(
                  "InvestigativeAssistanceRequest",
                  InvestigativeAssistanceRequest.class,
                  InvestigativeAssistanceRequest.Builder::new,
                  InvestigativeAssistanceRequest.Builder::build)
              .typeName("investigative-assistance-request")
              .required(
                  "header",
                  REQUEST_HEADER,
                  InvestigativeAssistanceRequest::header,
                  InvestigativeAssistanceRequest.Builder::header)
              .list(
                  "offences",
                  OFFENCE,
                  InvestigativeAssistanceRequest::offences,
                  InvestigativeAssistanceRequest.Builder::addAllOffences)
              .required(
                  "content",
                  WARSAW_REQUEST_CONTENT,
                  InvestigativeAssistanceRequest::content,
                  InvestigativeAssistanceRequest.Builder::content)
              .set(
                  "propertyKinds",
                  AssetCodecs.ASSET_KIND,
                  InvestigativeAssistanceRequest::propertyKinds,
                  InvestigativeAssistanceRequest.Builder::addAllPropertyKinds)
              .list(
                  "propertyDescriptions",
                  STRING,
                  InvestigativeAssistanceRequest::propertyDescriptions,
                  InvestigativeAssistanceRequest.Builder::addAllPropertyDescriptions)
              .personal()
              .set(
                  "aspects",
                  TRACING_ASPECT,
                  InvestigativeAssistanceRequest::aspects,
                  InvestigativeAssistanceRequest.Builder::addAllAspects)
              .build();

  /** A request for information on bank accounts (WC 17). */
  public static final ObjectCodec<BankAccountInformationRequest, BankAccountInformationRequest.Builder>
      BANK_ACCOUNT_INFORMATION_REQUEST =
          ObjectCodec.of(
                  "BankAccountInformationRequest",
                  BankAccountInformationRequest.class,
                  BankAccountInformationRequest.Builder::new,
                  BankAccountInformationRequest.Builder::build)
              .typeName("bank-account-information-request")
              .required(
                  "header",
                  REQUEST_HEADER,
                  BankAccountInformationRequest::header,
                  BankAccountInformationRequest.Builder::header)
              .list(
                  "offences",
                  OFFENCE,
                  BankAccountInformationRequest::offences,
                  BankAccountInformationRequest.Builder::addAllOffences)
              .required(
                  "content",
                  WARSAW_REQUEST_CONTENT,
                  BankAccountInformationRequest::content,
                  BankAccountInformationRequest.Builder::content)
              .optional(
                  "substantialValueReason",
                  STRING,
                  BankAccountInformationRequest::substantialValueReason,
                  BankAccountInformationRequest.Builder::substantialValueReason)
              .personal()
              .optional(
                  "presumptionReason",
                  STRING,
                  BankAccountInformationRequest::presumptionReason,
                  BankAccountInformationRequest.Builder::presumptionReason)
              .personal()
              .list(
                  "banks",
                  STRING,
                  BankAccountInformationRequest::banks,
                  BankAccountInformationRequest.Builder::addAllBanks)
              .list(
                  "accounts",
                  BANK_ACCOUNT,
                  BankAccountInformationRequest::accounts,
                  BankAccountInformationRequest.Builder::addAllAccounts)
              .optional(
                  "otherInformation",
                  STRING,
                  BankAccountInformationRequest::otherInformation,
                  BankAccountInformationRequest.Builder::otherInformation)
              .personal()
              .defaulted(
                  "includeNonBankFinancialInstitutions",
                  BOOLEAN,
                  BankAccountInformationRequest::includeNonBankFinancialInstitutions,
                  BankAccountInformationRequest.Builder::includeNonBankFinancialInstitutions)
              .build();

  /** A request for information on banking transactions during a period (WC 18). */
  public static final ObjectCodec<
          BankingTransactionInformationRequest, BankingTransactionInformationRequest.Builder>
      BANKING_TRANSACTION_INFORMATION_REQUEST =
          ObjectCodec.of(
                  "BankingTransactionInformationRequest",
                  BankingTransactionInformationRequest.class,
                  BankingTransactionInformationRequest.Builder::new,
                  BankingTransactionInformationRequest.Builder::build)
              .typeName("banking-transaction-information-request")
              .required(
                  "header",
                  REQUEST_HEADER,
                  BankingTransactionInformationRequest::header,
                  BankingTransactionInformationRequest.Builder::header)
              .list(
                  "offences",
                  OFFENCE,
                  BankingTransactionInformationRequest::offences,
                  BankingTransactionInformationRequest.Builder::addAllOffences)
              .required(
                  "content",
                  WARSAW_REQUEST_CONTENT,
                  BankingTransactionInformationRequest::content,
                  BankingTransactionInformationRequest.Builder::content)
              .list(
                  "accounts",
                  BANK_ACCOUNT,
                  BankingTransactionInformationRequest::accounts,
                  BankingTransactionInformationRequest.Builder::addAllAccounts)
              .optional(
                  "periodStart",
                  DATE,
                  BankingTransactionInformationRequest::periodStart,
                  BankingTransactionInformationRequest.Builder::periodStart)
              .optional(
                  "periodEnd",
                  DATE,
                  BankingTransactionInformationRequest::periodEnd,
                  BankingTransactionInformationRequest.Builder::periodEnd)
              .optional(
                  "relevance",
                  STRING,
                  BankingTransactionInformationRequest::relevance,
                  BankingTransactionInformationRequest.Builder::relevance)
              .personal()
              .defaulted(
                  "includeNonBankFinancialInstitutions",
                  BOOLEAN,
                  BankingTransactionInformationRequest::includeNonBankFinancialInstitutions,
                  BankingTransactionInformationRequest.Builder::includeNonBankFinancialInstitutions)
              .build();

  /** A request to monitor banking transactions during a period (WC 19). */
  public static final ObjectCodec<
          BankingTransactionMonitoringRequest, BankingTransactionMonitoringRequest.Builder>
      BANKING_TRANSACTION_MONITORING_REQUEST =
          ObjectCodec.of(
                  "BankingTransactionMonitoringRequest",
                  BankingTransactionMonitoringRequest.class,
                  BankingTransactionMonitoringRequest.Builder::new,
                  BankingTransactionMonitoringRequest.Builder::build)
              .typeName("banking-transaction-monitoring-request")
              .required(
                  "header",
                  REQUEST_HEADER,
                  BankingTransactionMonitoringRequest::header,
                  BankingTransactionMonitoringRequest.Builder::header)
              .list(
                  "offences",
                  OFFENCE,
                  BankingTransactionMonitoringRequest::offences,
                  BankingTransactionMonitoringRequest.Builder::addAllOffences)
              .required(
                  "content",
                  WARSAW_REQUEST_CONTENT,
                  BankingTransactionMonitoringRequest::content,
                  BankingTransactionMonitoringRequest.Builder::content)
              .list(
                  "accounts",
                  BANK_ACCOUNT,
                  BankingTransactionMonitoringRequest::accounts,
                  BankingTransactionMonitoringRequest.Builder::addAllAccounts)
              .optional(
                  "periodStart",
                  DATE,
                  BankingTransactionMonitoringRequest::periodStart,
                  BankingTransactionMonitoringRequest.Builder::periodStart)
              .optional(
                  "periodEnd",
                  DATE,
                  BankingTransactionMonitoringRequest::periodEnd,
                  BankingTransactionMonitoringRequest.Builder::periodEnd)
              .optional(
                  "relevance",
                  STRING,
                  BankingTransactionMonitoringRequest::relevance,
                  BankingTransactionMonitoringRequest.Builder::relevance)
              .personal()
              .optional(
                  "practicalArrangements",
                  STRING,
                  BankingTransactionMonitoringRequest::practicalArrangements,
                  BankingTransactionMonitoringRequest.Builder::practicalArrangements)
              .defaulted(
                  "includeNonBankFinancialInstitutions",
                  BOOLEAN,
                  BankingTransactionMonitoringRequest::includeNonBankFinancialInstitutions,
                  BankingTransactionMonitoringRequest.Builder::includeNonBankFinancialInstitutions)
              .build();
}
