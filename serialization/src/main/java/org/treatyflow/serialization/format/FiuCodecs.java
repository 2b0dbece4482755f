package org.treatyflow.serialization.format;

import static org.treatyflow.serialization.codec.Codecs.BOOLEAN;
import static org.treatyflow.serialization.codec.Codecs.DATE;
import static org.treatyflow.serialization.codec.Codecs.STRING;
import static org.treatyflow.serialization.format.AssetCodecs.AMOUNT;
import static org.treatyflow.serialization.format.AssetCodecs.ASSET;
import static org.treatyflow.serialization.format.CommonCodecs.REQUEST_HEADER;
import static org.treatyflow.serialization.format.PersonCodecs.PERSON;

import org.treatyflow.model.fiu.FiuInformationRequest;
import org.treatyflow.model.fiu.FiuPostponementRequest;
import org.treatyflow.model.fiu.Transaction;
import org.treatyflow.serialization.codec.ObjectCodec;

/**
 * The codecs of cooperation between Financial Intelligence Units: exchange of information (WC 46)
 * and postponement of transactions (WC 47).
 */
public final class FiuCodecs {
  private FiuCodecs() {}

  /**
   * A transaction to be postponed, nested in a postponement request; it has no type name. Its
   * description is personal data.
   */
  public static final ObjectCodec<Transaction, Transaction.Builder> TRANSACTION =
      ObjectCodec.of(
              "Transaction", Transaction.class, Transaction.Builder::new, Transaction.Builder::build)
          .required("amount", AMOUNT, Transaction::amount, Transaction.Builder::amount)
          .optional("fromAccount", ASSET, Transaction::fromAccount, Transaction.Builder::fromAccount)
          .optional("toAccount", ASSET, Transaction::toAccount, Transaction.Builder::toAccount)
          .required("date", DATE, Transaction::date, Transaction.Builder::date)
          .optional(
              "description", STRING, Transaction::description, Transaction.Builder::description)
          .personal()
          .build();

  /** A request, or a spontaneous send, between Financial Intelligence Units (WC 46). */
  public static final ObjectCodec<FiuInformationRequest, FiuInformationRequest.Builder>
      FIU_INFORMATION_REQUEST =
          ObjectCodec.of(
                  "FiuInformationRequest",
                  FiuInformationRequest.class,
                  FiuInformationRequest.Builder::new,
                  FiuInformationRequest.Builder::build)
              .typeName("fiu-information-request")
              .required(
                  "header",
                  REQUEST_HEADER,
                  FiuInformationRequest::header,
                  FiuInformationRequest.Builder::header)
              .defaulted(
                  "spontaneous",
                  BOOLEAN,
                  FiuInformationRequest::spontaneous,
                  FiuInformationRequest.Builder::spontaneous)
              .optional(
                  "factsStatement",
                  STRING,
                  FiuInformationRequest::factsStatement,
                  FiuInformationRequest.Builder::factsStatement)
              .personal()
              .optional(
                  "intendedUse",
                  STRING,
                  FiuInformationRequest::intendedUse,
                  FiuInformationRequest.Builder::intendedUse)
              .personal()
              .list(
                  "persons",
                  PERSON,
                  FiuInformationRequest::persons,
                  FiuInformationRequest.Builder::addAllPersons)
              .list(
                  "assets",
                  ASSET,
                  FiuInformationRequest::assets,
                  FiuInformationRequest.Builder::addAllAssets)
              .optional(
                  "transactionsDescription",
                  STRING,
                  FiuInformationRequest::transactionsDescription,
                  FiuInformationRequest.Builder::transactionsDescription)
              .personal()
              .build();

  /** A request to postpone a transaction going ahead (WC 47). */
  public static final ObjectCodec<FiuPostponementRequest, FiuPostponementRequest.Builder>
      FIU_POSTPONEMENT_REQUEST =
          ObjectCodec.of(
                  "FiuPostponementRequest",
                  FiuPostponementRequest.class,
                  FiuPostponementRequest.Builder::new,
                  FiuPostponementRequest.Builder::build)
              .typeName("fiu-postponement-request")
              .required(
                  "header",
                  REQUEST_HEADER,
                  FiuPostponementRequest::header,
                  FiuPostponementRequest.Builder::header)
              .optional(
                  "transaction",
                  TRANSACTION,
                  FiuPostponementRequest::transaction,
                  FiuPostponementRequest.Builder::transaction)
              .optional(
                  "launderingJustification",
                  STRING,
                  FiuPostponementRequest::launderingJustification,
                  FiuPostponementRequest.Builder::launderingJustification)
              .personal()
              .optional(
                  "domesticPostponementJustification",
                  STRING,
                  FiuPostponementRequest::domesticPostponementJustification,
                  FiuPostponementRequest.Builder::domesticPostponementJustification)
              .personal()
              .build();
}
