package org.treatyflow.serialization.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.treatyflow.serialization.format.CodecRoundTrip.assertRoundTrip;
import static org.treatyflow.serialization.format.CodecRoundTrip.problems;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.treatyflow.model.asset.Amount;
import org.treatyflow.model.asset.Asset;
import org.treatyflow.model.asset.AssetCode;
import org.treatyflow.model.asset.BankAccount;
import org.treatyflow.model.asset.Iban;
import org.treatyflow.model.asset.Vehicle;
import org.treatyflow.model.common.Authority;
import org.treatyflow.model.common.AuthorityRole;
import org.treatyflow.model.common.Channel;
import org.treatyflow.model.common.Facts;
import org.treatyflow.model.common.Language;
import org.treatyflow.model.common.LaunderingOffence;
import org.treatyflow.model.common.Offence;
import org.treatyflow.model.common.Party;
import org.treatyflow.model.common.RequestHeader;
import org.treatyflow.model.common.RequestId;
import org.treatyflow.model.confiscation.ConfiscationKind;
import org.treatyflow.model.confiscation.ConfiscationMode;
import org.treatyflow.model.confiscation.ConfiscationRequest;
import org.treatyflow.model.confiscation.DisposalRequest;
import org.treatyflow.model.confiscation.Disposition;
import org.treatyflow.model.financial.BankAccountInformationRequest;
import org.treatyflow.model.financial.BankingTransactionInformationRequest;
import org.treatyflow.model.financial.BankingTransactionMonitoringRequest;
import org.treatyflow.model.financial.InvestigativeAssistanceRequest;
import org.treatyflow.model.financial.TracingAspect;
import org.treatyflow.model.financial.WarsawRequestContent;
import org.treatyflow.model.fiu.FiuInformationRequest;
import org.treatyflow.model.fiu.FiuPostponementRequest;
import org.treatyflow.model.fiu.Transaction;
import org.treatyflow.model.person.Person;
import org.treatyflow.model.person.PersonRole;
import org.treatyflow.model.provisional.ProvisionalMeasure;
import org.treatyflow.model.provisional.ProvisionalMeasureRequest;
import org.treatyflow.serialization.codec.Codec;
import org.treatyflow.serialization.codec.ObjectCodec;
import org.treatyflow.serialization.codec.Problem;
import org.treatyflow.serialization.codec.SchemaContext;

/**
 * The codecs of the Warsaw Convention's requests: Section 2 investigative assistance, FIU
 * cooperation, provisional measures, confiscation and disposal. Each payload reads back equal; the
 * rejections start from an explicit valid example and break one thing in its JSON.
 */
class WarsawCodecProperties {
  private static final Party FRANCE = Party.of("FR");
  private static final Party GERMANY = Party.of("DE");
  private static final AssetCode EUR = AssetCode.fiat("EUR");

  @Property(tries = 200)
  void everyInvestigativeAssistanceRequestReadsBackEqual(
      @ForAll InvestigativeAssistanceRequest request) {
    assertRoundTrip(FinancialCodecs.INVESTIGATIVE_ASSISTANCE_REQUEST, request);
  }

  @Property(tries = 200)
  void everyBankAccountInformationRequestReadsBackEqual(
      @ForAll BankAccountInformationRequest request) {
    assertRoundTrip(FinancialCodecs.BANK_ACCOUNT_INFORMATION_REQUEST, request);
  }

  @Property(tries = 200)
  void everyBankingTransactionInformationRequestReadsBackEqual(
      @ForAll BankingTransactionInformationRequest request) {
    assertRoundTrip(FinancialCodecs.BANKING_TRANSACTION_INFORMATION_REQUEST, request);
  }

  @Property(tries = 200)
  void everyBankingTransactionMonitoringRequestReadsBackEqual(
      @ForAll BankingTransactionMonitoringRequest request) {
    assertRoundTrip(FinancialCodecs.BANKING_TRANSACTION_MONITORING_REQUEST, request);
  }

  @Property(tries = 200)
  void everyFiuInformationRequestReadsBackEqual(@ForAll FiuInformationRequest request) {
    assertRoundTrip(FiuCodecs.FIU_INFORMATION_REQUEST, request);
  }

  @Property(tries = 200)
  void everyFiuPostponementRequestReadsBackEqual(@ForAll FiuPostponementRequest request) {
    assertRoundTrip(FiuCodecs.FIU_POSTPONEMENT_REQUEST, request);
  }

  @Property(tries = 200)
  void everyProvisionalMeasureRequestReadsBackEqual(@ForAll ProvisionalMeasureRequest request) {
    assertRoundTrip(ProvisionalCodecs.PROVISIONAL_MEASURE_REQUEST, request);
  }

  @Property(tries = 200)
  void everyConfiscationRequestReadsBackEqual(@ForAll ConfiscationRequest request) {
    assertRoundTrip(ConfiscationCodecs.CONFISCATION_REQUEST, request);
  }

  @Property(tries = 200)
  void everyDisposalRequestReadsBackEqual(@ForAll DisposalRequest request) {
    assertRoundTrip(ConfiscationCodecs.DISPOSAL_REQUEST, request);
  }

  @Test
  void anAmountGivenAsAJsonNumberIsRejectedAtItsValue() {
    assertThat(
            pointersAfter(
                FiuCodecs.FIU_POSTPONEMENT_REQUEST,
                postponement(),
                // broken: the amount of the transaction is a binary number, not a decimal string
                doc -> object(doc, "/transaction/amount").put("value", 9800.5)))
        .containsExactly("/transaction/amount/value");
    assertThat(
            pointersAfter(
                ProvisionalCodecs.PROVISIONAL_MEASURE_REQUEST,
                freezing(),
                // broken: the maximum amount is an integer, not a decimal string
                doc -> object(doc, "/maximumAmount").put("value", 25000)))
        .containsExactly("/maximumAmount/value");
  }

  @Test
  void anAssetWithAnUnknownTypeNameInAListIsRejectedAtItsTypeMember() {
    assertThat(
            pointersAfter(
                ProvisionalCodecs.PROVISIONAL_MEASURE_REQUEST,
                freezing(),
                // broken: the second asset names a Java class instead of a type of the format
                doc -> object(doc, "/assets/1").put("type", "java.util.HashMap")))
        .containsExactly("/assets/1/type");
    assertThat(
            pointersAfter(
                ProvisionalCodecs.PROVISIONAL_MEASURE_REQUEST,
                freezing(),
                // broken: the property in the content has no type name at all
                doc -> object(doc, "/content/property/0").remove("type")))
        .containsExactly("/content/property/0/type");
  }

  @Test
  void anotherAssetAmongTheAccountsIsRejectedAtItsTypeMember() {
    assertThat(
            pointersAfter(
                FinancialCodecs.BANK_ACCOUNT_INFORMATION_REQUEST,
                accountInformation(),
                // broken: the accounts hold bank accounts only, yet this one says it is a vehicle
                doc -> object(doc, "/accounts/0").put("type", "vehicle")))
        .containsExactly("/accounts/0/type");
  }

  @Test
  void aMissingRequiredMemberOfTheNestedContentIsRejectedAtItsFullPointer() {
    assertThat(
            pointersAfter(
                ConfiscationCodecs.DISPOSAL_REQUEST,
                sharing(),
                // broken: the WC 37(1) content is left out
                doc -> doc.remove("content")))
        .containsExactly("/content");
    assertThat(
            pointersAfter(
                ProvisionalCodecs.PROVISIONAL_MEASURE_REQUEST,
                freezing(),
                // broken: the person concerned has no name
                doc -> object(doc, "/content/persons/0").remove("name")))
        .containsExactly("/content/persons/0/name");
    assertThat(
            pointersAfter(
                FiuCodecs.FIU_POSTPONEMENT_REQUEST,
                postponement(),
                // broken: the transaction to postpone has no date
                doc -> object(doc, "/transaction").remove("date")))
        .containsExactly("/transaction/date");
  }

  @Test
  void wrongMembersOfTheNestedContentAreRejectedWhereTheyAre() {
    assertThat(
            pointersAfter(
                ConfiscationCodecs.CONFISCATION_REQUEST,
                confiscation(),
                // broken: a misspelt member, a boolean as a string, and null for an absent value
                doc -> {
                  ObjectNode content = object(doc, "/content");
                  content.set("objectAndReasons", content.remove("objectAndReason"));
                  content.put("coercive", "true");
                  content.putNull("particularProcedure");
                }))
        // in document order: the misspelt member was moved to the end of the object
        .containsExactly(
            "/content/coercive", "/content/particularProcedure", "/content/objectAndReasons");
  }

  @Test
  void anUnknownConstantIsRejectedAtItsMember() {
    assertThat(
            pointersAfter(
                ProvisionalCodecs.PROVISIONAL_MEASURE_REQUEST,
                freezing(),
                // broken: confiscation is not a provisional measure
                doc -> doc.put("measure", "CONFISCATION")))
        .containsExactly("/measure");
    assertThat(
            pointersAfter(
                FinancialCodecs.INVESTIGATIVE_ASSISTANCE_REQUEST,
                tracing(),
                // broken: the second aspect is not one WC 16 names
                doc -> array(doc, "/aspects").add("OWNERSHIP")))
        .containsExactly("/aspects/2");
  }

  @Test
  void aRepeatedPartyAmongTheOtherPartiesRequestedIsRejectedAtTheRepetition() {
    assertThat(
            pointersAfter(
                ConfiscationCodecs.CONFISCATION_REQUEST,
                confiscation(),
                // broken: Italy is named twice
                doc -> array(doc, "/otherPartiesRequested").add("IT")))
        .containsExactly("/otherPartiesRequested/2");
  }

  @Test
  void aDocumentOfAnotherPayloadTypeIsRejectedAtTheTypeMember() {
    assertThat(
            pointersAfter(
                ConfiscationCodecs.CONFISCATION_REQUEST,
                confiscation(),
                // broken: the type name is that of another payload
                doc -> doc.put("type", "disposal-request")))
        .containsExactly("/type");
  }

  @Test
  void valuesTheModelRejectsAreReportedForTheWholeDocument() {
    assertThat(
            pointersAfter(
                ConfiscationCodecs.DISPOSAL_REQUEST,
                sharing(),
                // broken: a share above one is not a fraction (DisposalRequest's check)
                doc -> doc.put("proposedShare", "1.50")))
        .containsExactly("");
    assertThat(
            pointersAfter(
                FinancialCodecs.BANKING_TRANSACTION_INFORMATION_REQUEST,
                transactionInformation(),
                // broken: the period ends before it starts (WC 18(1), the request's check)
                doc -> doc.put("periodEnd", "2025-12-31")))
        .containsExactly("");
  }

  @Test
  void aShareGivenAsAJsonNumberIsRejectedAtItsMember() {
    assertThat(
            pointersAfter(
                ConfiscationCodecs.DISPOSAL_REQUEST,
                sharing(),
                // broken: the share is a binary number, not a decimal string
                doc -> doc.put("proposedShare", 0.5)))
        .containsExactly("/proposedShare");
  }

  @Test
  void thePersonalMembersAreFoundInTheRequestAndItsContent() {
    String json =
        CodecRoundTrip.write(FinancialCodecs.BANK_ACCOUNT_INFORMATION_REQUEST, accountInformation());
    List<String> found = new ArrayList<>();
    FinancialCodecs.BANK_ACCOUNT_INFORMATION_REQUEST.visitPersonal(
        CodecRoundTrip.tree(json), (parent, name) -> found.add(name));
    assertThat(found)
        .as("personal members of %s", json)
        .containsExactlyInAnyOrder(
            "objectAndReason",
            "particularProcedure",
            "name",
            "iban",
            "substantialValueReason",
            "presumptionReason",
            "iban",
            "otherInformation",
            "summary");
  }

  @Test
  void theSchemasOfEveryPayloadShareTheirDefinitionsWithoutClashing() {
    SchemaContext schemas = new SchemaContext();
    List<ObjectCodec<?, ?>> payloads =
        List.of(
            FinancialCodecs.INVESTIGATIVE_ASSISTANCE_REQUEST,
            FinancialCodecs.BANK_ACCOUNT_INFORMATION_REQUEST,
            FinancialCodecs.BANKING_TRANSACTION_INFORMATION_REQUEST,
            FinancialCodecs.BANKING_TRANSACTION_MONITORING_REQUEST,
            FiuCodecs.FIU_INFORMATION_REQUEST,
            FiuCodecs.FIU_POSTPONEMENT_REQUEST,
            ProvisionalCodecs.PROVISIONAL_MEASURE_REQUEST,
            ConfiscationCodecs.CONFISCATION_REQUEST,
            ConfiscationCodecs.DISPOSAL_REQUEST);
    for (ObjectCodec<?, ?> payload : payloads) {
      payload.schema(schemas);
    }
    assertThat(schemas.definitions().fieldNames())
        .toIterable()
        .contains(
            "WarsawRequestContent",
            "Transaction",
            "AssetKind",
            "TracingAspect",
            "ProvisionalMeasure",
            "ConfiscationMode",
            "ConfiscationKind",
            "Disposition",
            "DisposalRequest");
    assertThat(
            schemas
                .definitions()
                .at("/WarsawRequestContent/properties/objectAndReason/$comment")
                .asText())
        .isEqualTo("personal data");
  }

  /** Writes a valid example, breaks its JSON with {@code breakIt}, and lists the problems' pointers. */
  private static <T> List<String> pointersAfter(
      Codec<T> codec, T example, Consumer<ObjectNode> breakIt) {
    ObjectNode doc = (ObjectNode) CodecRoundTrip.tree(assertRoundTrip(codec, example));
    breakIt.accept(doc);
    return problems(codec, doc.toString()).stream().map(Problem::pointer).toList();
  }

  private static ObjectNode object(ObjectNode doc, String pointer) {
    return (ObjectNode) doc.at(pointer);
  }

  private static ArrayNode array(ObjectNode doc, String pointer) {
    return (ArrayNode) doc.at(pointer);
  }

  private static RequestHeader header(String id, AuthorityRole role, Channel channel) {
    return RequestHeader.builder()
        .id(RequestId.of(id))
        .requestingParty(FRANCE)
        .requestedParty(GERMANY)
        .requestingAuthority(Authority.of(FRANCE, role, "Requesting authority"))
        .requestedAuthority(Authority.of(GERMANY, role, "Requested authority"))
        .channel(channel)
        .language(Language.ENGLISH)
        .build();
  }

  private static Offence laundering() {
    return Offence.builder()
        .domesticDescription("Money laundering")
        .addLaunderingOffences(LaunderingOffence.CONVERSION_OR_TRANSFER)
        .build();
  }

  private static BankAccount account() {
    return BankAccount.builder()
        .iban(Iban.of("DE89370400440532013000"))
        .bankName("Commerzbank")
        .location(GERMANY)
        .build();
  }

  private static WarsawRequestContent coerciveContent() {
    return WarsawRequestContent.builder()
        .objectAndReason("Freeze the proceeds held by the suspect")
        .facts(Facts.builder().summary("Proceeds of fraud moved to Germany").build())
        .coercive(true)
        .statutoryProvisions("Article 324-1 of the Criminal Code")
        .measureAvailableAtHome(true)
        .addPersons(
            Person.builder()
                .role(PersonRole.SUSPECT)
                .kind(Person.Kind.NATURAL)
                .name("Jean Dupont")
                .build())
        .addProperty(account())
        .particularProcedure("Inform the bank only after the freezing")
        .build();
  }

  private static ProvisionalMeasureRequest freezing() {
    return ProvisionalMeasureRequest.builder()
        .header(header("FR-PM-1", AuthorityRole.CENTRAL_AUTHORITY, Channel.CENTRAL_AUTHORITY))
        .addOffences(laundering())
        .content(coerciveContent())
        .measure(ProvisionalMeasure.FREEZING)
        .addAssets(account())
        .addAssets(
            Vehicle.builder().description("Black saloon car").registrationNumber("B-XY 123").build())
        .proceedingsInstituted(true)
        .proceedingsReference("Paris 2026/123")
        .valueBased(true)
        .maximumAmount(Amount.of(new BigDecimal("25000.00"), EUR))
        .linkedConfiscationRequest(RequestId.of("FR-CO-1"))
        .build();
  }

  private static ConfiscationRequest confiscation() {
    return ConfiscationRequest.builder()
        .header(header("FR-CO-1", AuthorityRole.CENTRAL_AUTHORITY, Channel.CENTRAL_AUTHORITY))
        .addOffences(laundering())
        .content(coerciveContent())
        .mode(ConfiscationMode.ENFORCE_FOREIGN_ORDER)
        .kind(ConfiscationKind.PROPERTY)
        .addAssets(account())
        .certifiedCopyOfOrderAttached(true)
        .provisionalMeasuresNeeded(false)
        .extentOfEnforcement("The whole balance of the account")
        .addOtherPartiesRequested(Party.of("IT"), Party.of("ES"))
        .build();
  }

  private static DisposalRequest sharing() {
    return DisposalRequest.builder()
        .header(header("FR-DI-1", AuthorityRole.CENTRAL_AUTHORITY, Channel.CENTRAL_AUTHORITY))
        .addOffences(laundering())
        .content(coerciveContent())
        .confiscationRequestId(RequestId.of("FR-CO-1"))
        .disposition(Disposition.SHARING)
        .proposedShare(new BigDecimal("0.50"))
        .sharingArrangement("Case-by-case arrangement")
        .amount(Amount.of(new BigDecimal("12000.00"), EUR))
        .build();
  }

  private static FiuPostponementRequest postponement() {
    return FiuPostponementRequest.builder()
        .header(header("FR-FIU-7", AuthorityRole.FINANCIAL_INTELLIGENCE_UNIT, Channel.FIU_TO_FIU))
        .transaction(
            Transaction.builder()
                .amount(Amount.of(new BigDecimal("9800.50"), EUR))
                .fromAccount(account())
                .date(LocalDate.of(2026, 11, 30))
                .description("Transfer to a shell company")
                .build())
        .launderingJustification("Layering through shell companies")
        .domesticPostponementJustification("A domestic report would have been postponed")
        .build();
  }

  private static BankAccountInformationRequest accountInformation() {
    return BankAccountInformationRequest.builder()
        .header(header("FR-BA-1", AuthorityRole.CENTRAL_AUTHORITY, Channel.CENTRAL_AUTHORITY))
        .addOffences(laundering())
        .content(coerciveContent())
        .substantialValueReason("The suspect's salary is paid there")
        .presumptionReason("Transfers from a German bank")
        .addBanks("Commerzbank")
        .addAccounts(account())
        .otherInformation("The account may be held through a company")
        .build();
  }

  private static BankingTransactionInformationRequest transactionInformation() {
    return BankingTransactionInformationRequest.builder()
        .header(header("FR-BT-1", AuthorityRole.CENTRAL_AUTHORITY, Channel.CENTRAL_AUTHORITY))
        .content(coerciveContent())
        .addAccounts(account())
        .periodStart(LocalDate.of(2026, 1, 1))
        .periodEnd(LocalDate.of(2026, 6, 30))
        .relevance("The proceeds passed through the account")
        .build();
  }

  private static InvestigativeAssistanceRequest tracing() {
    return InvestigativeAssistanceRequest.builder()
        .header(header("FR-IA-1", AuthorityRole.CENTRAL_AUTHORITY, Channel.CENTRAL_AUTHORITY))
        .addOffences(laundering())
        .content(coerciveContent())
        .addPropertyKinds(Asset.Kind.REAL_ESTATE)
        .addPropertyDescriptions("A flat in Berlin")
        .addAspects(TracingAspect.EXISTENCE, TracingAspect.VALUE)
        .build();
  }
}
