package org.treatyflow.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.treatyflow.model.asset.Asset;
import org.treatyflow.model.common.CooperationAct;
import org.treatyflow.model.reply.Reply;
import org.treatyflow.serialization.codec.ObjectCodec;
import org.treatyflow.serialization.codec.Problem;
import org.treatyflow.serialization.codec.UnionCodec;
import org.treatyflow.serialization.format.AssetCodecs;
import org.treatyflow.serialization.format.ReplyCodecs;

/**
 * Documents that are not what the format expects, derived from valid envelopes one fault at a time:
 * each is rejected with one {@link RejectedDocumentException} whose problems name the faulty
 * location with a JSON Pointer and say what was expected there, never quoting the document; no
 * other exception leaves a read method, and no type name is ever looked up as a class.
 */
class MalformedInputTest {
  /** Stands for personal data: it is in the documents, and no rejection may ever quote it. */
  static final String MARKER = "Zq-SECRET";

  /** A plain mapper, to build the documents; it keeps numbers as they are written. */
  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
          .build();

  /** A confiscation request: a list of assets, one holding an amount, and personal data. */
  static final String CONFISCATION =
      compact(
          """
          {"formatVersion":"1.0","messageId":"msg-0001","correlationId":"DE-2026-00042",
           "sender":{"party":"DE","role":"PROSECUTOR","name":"Public Prosecutor's Office for Cybercrime"},
           "receiver":{"party":"AT","role":"JUDICIAL_AUTHORITY","name":"Investigating Judge, District Court"},
           "channel":"DIRECT_JUDICIAL","sentAt":"2026-11-28T22:13:15+01:00",
           "payload":{"type":"confiscation-request",
            "header":{"id":"DE-2026-00042","requestingParty":"DE","requestedParty":"AT",
              "requestingAuthority":{"party":"DE","role":"PROSECUTOR","name":"Public Prosecutor's Office for Cybercrime"},
              "channel":"DIRECT_JUDICIAL","urgency":"URGENT","language":"de","legalBasis":["WC 23(1)(a)"],
              "confidentialityRequested":false},
            "offences":[{"domesticDescription":"Computer-related fraud","domesticProvision":"Criminal Code, section 263a",
              "launderingOffences":["CONVERSION_OR_TRANSFER"],"financingOfTerrorism":false,"fiscal":false,
              "maximumPenalty":{"imprisonmentMonths":120,"lifeImprisonment":false}}],
            "content":{"objectAndReason":"To confiscate the property of Zq-SECRET Jane Doe, the proceeds of the offence.",
              "facts":{"summary":"Between January and March Zq-SECRET Jane Doe obtained payments from victims.",
                "offenceDate":"2026-01-25","offencePlace":"Berlin"},
              "coercive":true,"statutoryProvisions":"Criminal Code, section 73","measureAvailableAtHome":true},
            "mode":"DOMESTIC_ORDER","kind":"PROPERTY","nonConvictionBased":false,
            "assets":[{"type":"bank-account","iban":"DE89370400440532013000","bankName":"Example Bank",
                "estimatedValue":{"value":"12500.00","asset":{"code":"EUR","kind":"FIAT","scale":2}}},
              {"type":"vehicle","description":"Grey estate car","registrationNumber":"Zq-SECRET B-XY 1234"}],
            "certifiedCopyOfOrderAttached":false,"statementOfGroundsAttached":false,"enforceabilityAttested":false,
            "statementOfFactsForDomesticOrder":"The car was bought by Zq-SECRET Jane Doe with the victims' money.",
            "thirdPartiesInvolved":false,"thirdPartyDocumentsAttached":false,"noImprisonmentInDefault":false}}
          """);

  /** An FIU postponement request: a transaction whose accounts are assets held in fields. */
  static final String FIU_POSTPONEMENT =
      compact(
          """
          {"formatVersion":"1.0","messageId":"msg-0002","correlationId":"DE-2026-00043",
           "sender":{"party":"DE","role":"FINANCIAL_INTELLIGENCE_UNIT","name":"Financial Intelligence Unit"},
           "receiver":{"party":"AT","role":"FINANCIAL_INTELLIGENCE_UNIT","name":"Financial Intelligence Unit"},
           "channel":"FIU_TO_FIU","sentAt":"2026-11-28T22:13:15+01:00",
           "payload":{"type":"fiu-postponement-request",
            "header":{"id":"DE-2026-00043","requestingParty":"DE","requestedParty":"AT",
              "requestingAuthority":{"party":"DE","role":"FINANCIAL_INTELLIGENCE_UNIT","name":"Financial Intelligence Unit"},
              "channel":"FIU_TO_FIU","urgency":"URGENT","language":"de","legalBasis":["WC 47"],
              "confidentialityRequested":false},
            "transaction":{"amount":{"value":"9800.00","asset":{"code":"EUR","kind":"FIAT","scale":2}},
              "fromAccount":{"type":"bank-account","iban":"AT611904300234573201"},
              "toAccount":{"type":"virtual-currency-wallet","asset":{"code":"BTC","kind":"VIRTUAL","scale":8},
                "network":"bitcoin","address":"bc1q-Zq-SECRET"},
              "date":"2026-11-27"},
            "launderingJustification":"The funds derive from the frauds Zq-SECRET Jane Doe committed."}}
          """);

  /** An acknowledgement: a reply as the payload. */
  static final String ACKNOWLEDGEMENT =
      compact(
          """
          {"formatVersion":"1.0","messageId":"msg-0003","correlationId":"DE-2026-00042",
           "sender":{"party":"AT","role":"JUDICIAL_AUTHORITY","name":"Investigating Judge, District Court"},
           "receiver":{"party":"DE","role":"PROSECUTOR","name":"Public Prosecutor's Office for Cybercrime"},
           "channel":"DIRECT_JUDICIAL","sentAt":"2026-11-30T09:00:00+01:00",
           "payload":{"type":"acknowledgement",
            "header":{"id":"AT-2026-00007","answersRequest":"DE-2026-00042","family":"CONFISCATION",
              "fromParty":"AT",
              "fromAuthority":{"party":"AT","role":"JUDICIAL_AUTHORITY","name":"Investigating Judge, District Court"},
              "toParty":"DE","date":"2026-11-30","channel":"DIRECT_JUDICIAL"},
            "receivedOn":"2026-11-29","actionInitiated":true,
            "actionDescription":"A confiscation case against Zq-SECRET Jane Doe was opened."}}
          """);

  private static final List<String> VALID =
      List.of(CONFISCATION, FIU_POSTPONEMENT, ACKNOWLEDGEMENT);
  private static final ExchangeFormat FORMAT = ExchangeFormat.standard();
  private static final ObjectMapper MODULE_MAPPER =
      new ObjectMapper().registerModule(new TreatyflowModule());

  /** What a truncated document may be rejected as. */
  private static final Set<String> TRUNCATION_EXPECTED =
      Set.of(
          "more input (the document ends too early)",
          "well-formed JSON",
          "a JSON value (the document is empty)",
          "UTF-8 text (the bytes are not UTF-8)");

  // ---------------------------------------------------------------------------------------------
  // The documents started from

  @Test
  void theDocumentsStartedFromReadAndAreInCanonicalForm() throws RejectedDocumentException {
    for (String document : VALID) {
      Envelope envelope = FORMAT.read(document, Envelope.class);
      assertThat(FORMAT.writeString(envelope)).isEqualTo(document);
    }
    assertThat(FORMAT.read(payloadOf(ACKNOWLEDGEMENT), Reply.class)).isNotNull();
    assertThat(FORMAT.read(FORMAT.mapper().valueToTree(assetOf(0)).toString(), Asset.class))
        .isNotNull();
  }

  // ---------------------------------------------------------------------------------------------
  // Truncated documents

  @Test
  void everyPrefixOfTheDocumentsIsRejectedAtALocationTheDocumentHas() {
    Set<String> expectations = new TreeSet<>();
    for (String document : VALID) {
      expectations.addAll(everyPrefixIsRejected(document.getBytes(StandardCharsets.UTF_8)));
    }
    assertThat(expectations)
        .as("what truncated documents were rejected as")
        .contains(
            "more input (the document ends too early)", "a JSON value (the document is empty)");
  }

  @Property(tries = 10)
  void everyPrefixOfAGeneratedEnvelopeIsRejected(@ForAll CooperationAct payload)
      throws RejectedDocumentException {
    Envelope base = FORMAT.read(CONFISCATION, Envelope.class);
    Envelope envelope =
        Envelope.builder()
            .messageId(base.messageId())
            .sender(base.sender())
            .receiver(base.receiver())
            .channel(base.channel())
            .sentAt(base.sentAt())
            .payload(payload)
            .build();
    everyPrefixIsRejected(FORMAT.write(envelope));
  }

  /**
   * Reads every proper prefix of {@code complete}: each is rejected with one problem, at a location
   * the complete document has; returns what was expected.
   */
  private static Set<String> everyPrefixIsRejected(byte[] complete) {
    JsonNode whole = tree(new String(complete, StandardCharsets.UTF_8));
    Set<String> expectations = new TreeSet<>();
    for (int length = 0; length < complete.length; length++) {
      byte[] prefix = Arrays.copyOf(complete, length);
      List<Problem> problems = rejected(() -> FORMAT.readEnvelope(prefix)).problems();
      assertThat(problems).as("problems of the first %s bytes", length).hasSize(1);
      Problem problem = problems.get(0);
      assertThat(whole.at(problem.pointer()).isMissingNode())
          .as("%s, for the first %s bytes, is a location of the complete document", problem, length)
          .isFalse();
      assertThat(problem.expected()).as("for the first %s bytes", length).isIn(TRUNCATION_EXPECTED);
      expectations.add(problem.expected());
    }
    return expectations;
  }

  // ---------------------------------------------------------------------------------------------
  // Wrong types, unknown members, null

  static Stream<Arguments> wrongTypes() {
    String integer = "an integer from -2147483648 to 2147483647 (a JSON number, not a string)";
    String months = "/payload/offences/0/maximumPenalty/imprisonmentMonths";
    String scale = "/payload/assets/0/estimatedValue/asset/scale";
    return Stream.of(
        // a string for an integer
        Arguments.of(CONFISCATION, months, "\"Zq-SECRET 120\"", integer),
        // "12" for 12
        Arguments.of(CONFISCATION, months, "\"120\"", integer),
        Arguments.of(CONFISCATION, scale, "\"2\"", integer),
        // 12.0 for 12
        Arguments.of(CONFISCATION, months, "120.0", integer),
        Arguments.of(CONFISCATION, scale, "2.0", integer),
        Arguments.of(CONFISCATION, months, "1.2e2", integer),
        // an integer beyond int, within the limits on numbers
        Arguments.of(CONFISCATION, months, "2147483648", integer),
        Arguments.of(CONFISCATION, months, "1000000000000000000000000", integer),
        // a number for a string
        Arguments.of(CONFISCATION, "/payload/content/facts/summary", "12", "a string"),
        Arguments.of(CONFISCATION, "/payload/assets/0/bankName", "12.5", "a string"),
        // true for "true", and the reverse
        Arguments.of(CONFISCATION, "/payload/nonConvictionBased", "\"true\"", "true or false"),
        Arguments.of(CONFISCATION, "/payload/offences/0/fiscal", "0", "true or false"),
        Arguments.of(CONFISCATION, "/payload/assets/1/description", "true", "a string"),
        // an object for an array, an array for an object
        Arguments.of(CONFISCATION, "/payload/offences", "{\"0\":\"Zq-SECRET\"}", "an array"),
        Arguments.of(CONFISCATION, "/payload/header/legalBasis", "{}", "an array"),
        Arguments.of(CONFISCATION, "/payload/header/legalBasis", "\"WC 23(1)(a)\"", "an array"),
        Arguments.of(
            CONFISCATION, "/payload/header", "[\"Zq-SECRET\"]", "an object (RequestHeader)"),
        Arguments.of(CONFISCATION, "/payload/assets/0/estimatedValue", "[]", "an object (Amount)"),
        Arguments.of(FIU_POSTPONEMENT, "/payload/transaction", "[{}]", "an object (Transaction)"),
        Arguments.of(FIU_POSTPONEMENT, "/sender", "\"Zq-SECRET\"", "an object (Authority)"),
        // a string that is not the value's form
        Arguments.of(CONFISCATION, "/channel", "\"Zq-SECRET\"", "one of CENTRAL_AUTHORITY"),
        Arguments.of(CONFISCATION, "/channel", "\"direct_judicial\"", "one of CENTRAL_AUTHORITY"),
        Arguments.of(CONFISCATION, "/channel", "1", "one of CENTRAL_AUTHORITY"),
        Arguments.of(
            CONFISCATION, "/sentAt", "\"2026-11-28 Zq-SECRET\"", "a date and time with an offset"),
        Arguments.of(
            CONFISCATION, "/sentAt", "\"2026-11-28T22:13:15\"", "a date and time with an offset"),
        Arguments.of(
            CONFISCATION,
            "/payload/content/facts/offenceDate",
            "\"2026-02-30\"",
            "a date as yyyy-MM-dd"),
        Arguments.of(CONFISCATION, "/payload/assets/0/iban", "\"DE89 Zq-SECRET\"", "an IBAN"),
        Arguments.of(
            CONFISCATION,
            "/payload/assets/0/estimatedValue/value",
            "12500.00",
            "a decimal number as a string"),
        Arguments.of(
            CONFISCATION,
            "/payload/assets/0/estimatedValue/value",
            "\"1.25e4\"",
            "a decimal number as a string"),
        Arguments.of(CONFISCATION, "/messageId", "\"Zq-SECRET jane@example.com\"", "a message id"),
        Arguments.of(
            CONFISCATION, "/formatVersion", "\"1.0-Zq-SECRET\"", "the format version \"1.0\""),
        Arguments.of(
            FIU_POSTPONEMENT, "/payload/transaction/toAccount/asset/scale", "\"8\"", integer),
        Arguments.of(ACKNOWLEDGEMENT, "/payload/header/family", "\"Zq-SECRET\"", "one of "),
        Arguments.of(ACKNOWLEDGEMENT, "/payload/actionInitiated", "\"true\"", "true or false"));
  }

  @ParameterizedTest
  @MethodSource("wrongTypes")
  void aWrongTypeIsRejectedAtItsPointer(
      String document, String pointer, String value, String expected) {
    List<Problem> problems = rejectedEnvelope(replaced(document, pointer, value));
    assertThat(problems).extracting(Problem::pointer).containsExactly(pointer);
    assertThat(problems.get(0).expected()).contains(expected);
  }

  static Stream<Arguments> unknownMembers() {
    return Stream.of(
        Arguments.of(CONFISCATION, "", "extra"),
        Arguments.of(CONFISCATION, "/sender", "email"),
        Arguments.of(CONFISCATION, "/payload", "notes"),
        Arguments.of(CONFISCATION, "/payload/assets/0", "owner"),
        Arguments.of(CONFISCATION, "/payload/assets/0/estimatedValue/asset", "symbol"),
        Arguments.of(CONFISCATION, "/payload/offences/0/maximumPenalty", "fine"),
        Arguments.of(FIU_POSTPONEMENT, "/payload/transaction/toAccount", "privateKey"),
        Arguments.of(ACKNOWLEDGEMENT, "/payload/header", "reference"));
  }

  @ParameterizedTest
  @MethodSource("unknownMembers")
  void anUnknownMemberIsRejectedAtItsPointer(String document, String object, String member) {
    List<Problem> problems = rejectedEnvelope(added(document, object, member, "\"Zq-SECRET\""));
    assertThat(problems).extracting(Problem::pointer).containsExactly(object + "/" + member);
    assertThat(problems.get(0).expected()).startsWith("no such member: ");
  }

  static Stream<Arguments> duplicateMembers() {
    return Stream.of(
        Arguments.of(CONFISCATION, "\"messageId\":\"msg-0001\"", "/messageId"),
        Arguments.of(CONFISCATION, "\"type\":\"confiscation-request\"", "/payload/type"),
        Arguments.of(CONFISCATION, "\"bankName\":\"Example Bank\"", "/payload/assets/0/bankName"),
        Arguments.of(CONFISCATION, "\"scale\":2", "/payload/assets/0/estimatedValue/asset/scale"),
        Arguments.of(
            FIU_POSTPONEMENT, "\"network\":\"bitcoin\"", "/payload/transaction/toAccount/network"),
        Arguments.of(ACKNOWLEDGEMENT, "\"toParty\":\"DE\"", "/payload/header/toParty"));
  }

  @ParameterizedTest
  @MethodSource("duplicateMembers")
  void aRepeatedMemberIsRejectedAtTheRepeatedMember(
      String document, String member, String pointer) {
    String name = member.substring(0, member.indexOf(':'));
    // the member again with another value: "a":1 becomes "a":1,"a":"Zq-SECRET"
    String repeated = replacedOnce(document, member, member + "," + name + ":\"Zq-SECRET\"");
    List<Problem> problems = rejectedEnvelope(repeated);
    assertThat(problems)
        .containsExactly(
            new Problem(pointer, "a member name used once in its object (it is repeated)"));
  }

  static Stream<Arguments> nulls() {
    return Stream.of(
        Arguments.of(CONFISCATION, "/messageId", "a value, not null"),
        Arguments.of(CONFISCATION, "/payload", "a value, not null"),
        Arguments.of(CONFISCATION, "/payload/header/requestingAuthority", "a value, not null"),
        Arguments.of(
            CONFISCATION, "/payload/assets/0/estimatedValue/asset/scale", "a value, not null"),
        Arguments.of(
            CONFISCATION,
            "/correlationId",
            "a value, not null (leave the member out when there is none)"),
        Arguments.of(
            CONFISCATION,
            "/payload/assets/0/bankName",
            "a value, not null (leave the member out when there is none)"),
        Arguments.of(
            CONFISCATION,
            "/payload/assets/0/estimatedValue",
            "a value, not null (leave the member out when there is none)"),
        // a member with a default, and one that lists values
        Arguments.of(
            CONFISCATION,
            "/payload/nonConvictionBased",
            "a value, not null (leave the member out when there is none)"),
        Arguments.of(
            CONFISCATION,
            "/payload/assets",
            "a value, not null (leave the member out when there is none)"),
        // an element of a list
        Arguments.of(CONFISCATION, "/payload/assets/1", "an object (Asset)"),
        Arguments.of(CONFISCATION, "/payload/header/legalBasis/0", "an article citation"),
        Arguments.of(
            FIU_POSTPONEMENT,
            "/payload/transaction/fromAccount",
            "a value, not null (leave the member out when there is none)"));
  }

  @ParameterizedTest
  @MethodSource("nulls")
  void nullIsRejectedAtItsPointer(String document, String pointer, String expected) {
    List<Problem> problems = rejectedEnvelope(replaced(document, pointer, "null"));
    assertThat(problems).extracting(Problem::pointer).containsExactly(pointer);
    assertThat(problems.get(0).expected()).startsWith(expected);
  }

  @Test
  void aDocumentThatIsNullOrNotAnObjectIsRejectedAsAWhole() {
    assertThat(rejectedEnvelope("null")).containsExactly(new Problem("", "an object (Envelope)"));
    assertThat(rejectedEnvelope("[" + CONFISCATION + "]"))
        .containsExactly(new Problem("", "an object (Envelope)"));
    assertThat(rejectedEnvelope("\"Zq-SECRET\""))
        .containsExactly(new Problem("", "an object (Envelope)"));
  }

  // ---------------------------------------------------------------------------------------------
  // Limits

  @Test
  void aNumberLongerThanTheLimitIsRejectedAtItsPointer() {
    String months = "/payload/offences/0/maximumPenalty/imprisonmentMonths";
    assertThat(rejectedEnvelope(replaced(CONFISCATION, months, "1234567890".repeat(4))))
        .containsExactly(
            new Problem(
                months, "a document within the format's limits: numbers of at most 32 characters"));
    assertThat(rejectedEnvelope(replaced(CONFISCATION, months, "-0." + "1".repeat(40))))
        .containsExactly(
            new Problem(
                months, "a document within the format's limits: numbers of at most 32 characters"));
  }

  @Test
  void aNumberBeyondEveryRangeIsRejectedAsNotAnInteger() {
    String months = "/payload/offences/0/maximumPenalty/imprisonmentMonths";
    for (String huge : List.of("1e400", "-1e400", "1E+2147483647", "1e-400")) {
      assertThat(rejectedEnvelope(replaced(CONFISCATION, months, huge)))
          .as(huge)
          .containsExactly(
              new Problem(
                  months,
                  "an integer from -2147483648 to 2147483647 (a JSON number, not a string)"));
    }
    assertThat(rejectedEnvelope(replaced(CONFISCATION, "/payload/assets/1/description", "1e400")))
        .containsExactly(new Problem("/payload/assets/1/description", "a string"));
  }

  @Test
  void aNumberWithAnExponentNoDecimalHoldsIsRejectedAtItsPointer() {
    // found by ExchangeFormatFuzzTest: Jackson throws a NumberFormatException for these when it
    // computes their value; the codecs never compute the value of a fraction or an exponent
    String integer = "an integer from -2147483648 to 2147483647 (a JSON number, not a string)";
    String months = "/payload/offences/0/maximumPenalty/imprisonmentMonths";
    for (String huge :
        List.of(
            "1e9999999999",
            "9999e99999998000991",
            "2222222222222E2222222222",
            "0e333333333333333333333333331",
            "-1.5E-99999999999")) {
      String document = replaced(CONFISCATION, months, huge);
      assertThat(rejectedEnvelope(document)).as(huge).containsExactly(new Problem(months, integer));
      assertThat(rejectedEnvelope(huge))
          .as(huge)
          .containsExactly(new Problem("", "an object (Envelope)"));
      // the format's own mapper, which reads floats as BigDecimal elsewhere, and a caller's
      assertThat(rejected(() -> FORMAT.mapper().readValue(document, Envelope.class)).problems())
          .as(huge)
          .containsExactly(new Problem(months, integer));
      assertThat(rejected(() -> MODULE_MAPPER.readValue(document, Envelope.class)).problems())
          .as(huge)
          .containsExactly(new Problem(months, integer));
      // a document read as a tree computes it, and is rejected at the number
      assertThat(rejected(() -> FORMAT.readTree(document.getBytes(StandardCharsets.UTF_8))).problems())
          .as(huge)
          .containsExactly(
              new Problem(months, "a number whose exponent a decimal number can hold"));
    }
  }

  @Test
  void aStringLongerThanTheLimitIsRejectedAtItsPointer() {
    ExchangeFormat small =
        ExchangeFormat.withLimits(new ReadLimits(1 << 20, 32, 500, 32, 64, 500_000));
    String summary = "/payload/content/facts/summary";
    String document = replaced(CONFISCATION, summary, "\"" + "Zq-SECRET ".repeat(50) + "x\"");
    List<Problem> problems = rejected(() -> small.read(document, Envelope.class)).problems();
    assertThat(problems)
        .containsExactly(
            new Problem(
                summary,
                "a document within the format's limits: strings of at most 500 characters"));
    // exactly at the limit is fine
    assertThat(
            catchThrowable(
                () ->
                    small.read(
                        replaced(CONFISCATION, summary, "\"" + "x".repeat(500) + "\""),
                        Envelope.class)))
        .isNull();
  }

  @Test
  void nestingDeeperThanTheLimitIsRejectedWhereItGoesTooDeep() {
    String deep = "/payload/assets/1/description";
    String arrays = "[".repeat(40) + "]".repeat(40);
    List<Problem> problems = rejectedEnvelope(replaced(CONFISCATION, deep, arrays));
    // the envelope, the payload, the list of assets and the asset are 4 levels: 28 more arrays fit
    assertThat(problems)
        .containsExactly(
            new Problem(
                deep + "/0".repeat(28),
                "a document within the format's limits: nesting at most 32 deep"));
    String objects = "{\"a\":".repeat(40) + "1" + "}".repeat(40);
    assertThat(rejectedEnvelope(replaced(CONFISCATION, deep, objects)))
        .containsExactly(
            new Problem(
                deep + "/a".repeat(28),
                "a document within the format's limits: nesting at most 32 deep"));
    // as deep as the limit is read, and rejected only as the wrong type
    String thirtyTwo = "[".repeat(28) + "]".repeat(28);
    assertThat(rejectedEnvelope(replaced(CONFISCATION, deep, thirtyTwo)))
        .containsExactly(new Problem(deep, "a string"));
  }

  @Test
  void aMemberNameLongerThanTheLimitIsRejectedAtItsObject() {
    String longName = "a".repeat(65);
    assertThat(rejectedEnvelope(added(CONFISCATION, "", longName, "1")))
        .containsExactly(
            new Problem(
                "",
                "a document within the format's limits: member names of at most 64 characters"));
    assertThat(rejectedEnvelope(added(CONFISCATION, "/payload/assets/0", longName, "1")))
        .containsExactly(
            new Problem(
                "/payload/assets/0",
                "a document within the format's limits: member names of at most 64 characters"));
    // 64 characters are within the limits, and only unknown
    assertThat(rejectedEnvelope(added(CONFISCATION, "", "a".repeat(64), "1")))
        .extracting(Problem::pointer)
        .containsExactly("/" + "a".repeat(64));
  }

  static Stream<String> personalLookingNames() {
    return Stream.of(
        "Jane Doe",
        "jane.doe@example.com",
        "Zq-SECRET@example.com",
        "Zq-SECRET Jane Doe, born 1980-01-01",
        "+43 1 234 5678",
        "Zq-SECRET/jane",
        "Jänë",
        "x".repeat(65),
        "Zq-SECRET".repeat(10));
  }

  @ParameterizedTest
  @MethodSource("personalLookingNames")
  void anUnknownMemberWhoseNameLooksLikePersonalDataIsPrintedAsUnknown(String name) {
    // limits that let long names reach the codecs
    ExchangeFormat generous =
        ExchangeFormat.withLimits(new ReadLimits(1 << 20, 32, 1 << 20, 32, 1000, 500_000));
    for (String object : List.of("", "/payload/assets/0")) {
      String document = added(CONFISCATION, object, name, "1");
      RejectedDocumentException rejection = rejected(() -> generous.read(document, Envelope.class));
      assertThat(rejection.problems())
          .extracting(Problem::pointer)
          .containsExactly(object + "/~unknown");
      assertThat(rejection.getMessage()).doesNotContain(name);
    }
  }

  @Test
  void aDocumentLargerThanTheLimitIsRejectedAsAWhole() throws IOException {
    byte[] document = CONFISCATION.getBytes(StandardCharsets.UTF_8);
    int limit = document.length - 1;
    ExchangeFormat small =
        ExchangeFormat.withLimits(new ReadLimits(limit, 32, 1 << 20, 32, 64, 500_000));
    Problem tooLarge = new Problem("", "a document of at most " + limit + " bytes");
    assertThat(rejected(() -> small.readEnvelope(document)).problems()).containsExactly(tooLarge);
    assertThat(rejected(() -> small.readEnvelope(new ByteArrayInputStream(document))).problems())
        .containsExactly(tooLarge);
    assertThat(rejected(() -> small.read(CONFISCATION, Envelope.class)).problems())
        .containsExactly(tooLarge);
    // a limit of the document's size reads it
    ExchangeFormat exact =
        ExchangeFormat.withLimits(new ReadLimits(document.length, 32, 1 << 20, 32, 64, 500_000));
    assertThat(exact.readEnvelope(new ByteArrayInputStream(document))).isNotNull();

    // the standard limit: 4 MiB, whitespace after a valid document included
    byte[] huge = Arrays.copyOf(document, (4 << 20) + 1);
    Arrays.fill(huge, document.length, huge.length, (byte) ' ');
    assertThat(rejectedEnvelope(huge))
        .containsExactly(new Problem("", "a document of at most 4194304 bytes"));
    assertThat(FORMAT.readEnvelope(Arrays.copyOf(huge, 4 << 20))).isNotNull();
  }

  // ---------------------------------------------------------------------------------------------
  // Nothing, and something after the value

  @Test
  void anEmptyOrBlankDocumentIsRejectedAsAWhole() {
    Problem empty = new Problem("", "a JSON value (the document is empty)");
    for (String blank : List.of("", " ", "\n", " \t\r\n ")) {
      assertThat(rejectedEnvelope(blank)).as("'%s'", blank).containsExactly(empty);
    }
  }

  @Test
  void anythingAfterTheDocumentsValueIsRejected() {
    Problem after = new Problem("", "nothing after the document's value");
    for (String trailing :
        List.of(" {}", "{}", " x", " Zq-SECRET", "}", "]", " null", " 1", ",", " \"Zq-SECRET")) {
      assertThat(rejectedEnvelope(CONFISCATION + trailing))
          .as("'%s' after", trailing)
          .containsExactly(after);
    }
    assertThat(rejectedEnvelope(CONFISCATION + " " + CONFISCATION)).containsExactly(after);
  }

  // ---------------------------------------------------------------------------------------------
  // Encodings

  @Test
  void aByteOrderMarkIsRejected() {
    byte[] document = ("\uFEFF" + CONFISCATION).getBytes(StandardCharsets.UTF_8);
    assertThat(rejectedEnvelope(document))
        .containsExactly(new Problem("", "UTF-8 without a byte order mark"));
    assertThat(rejectedEnvelope("\uFEFF" + CONFISCATION))
        .containsExactly(new Problem("", "UTF-8 without a byte order mark"));
  }

  static Stream<Arguments> invalidUtf8() {
    return Stream.of(
        Arguments.of("a lone continuation byte", new byte[] {(byte) 0x80}),
        Arguments.of("a truncated two-byte sequence", new byte[] {(byte) 0xC3}),
        Arguments.of("a bad continuation", new byte[] {(byte) 0xC3, '('}),
        Arguments.of("an overlong slash", new byte[] {(byte) 0xC0, (byte) 0xAF}),
        Arguments.of("an encoded surrogate", new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}),
        Arguments.of(
            "beyond U+10FFFF", new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}),
        Arguments.of("0xFF", new byte[] {(byte) 0xFF}),
        Arguments.of("Latin-1", "é".getBytes(StandardCharsets.ISO_8859_1)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidUtf8")
  void bytesThatAreNotUtf8AreRejectedAsAWhole(String what, byte[] bad) {
    String vehicle = "Grey estate car";
    for (int at : List.of(0, CONFISCATION.indexOf(vehicle) + 4, CONFISCATION.length())) {
      byte[] document = spliced(CONFISCATION.getBytes(StandardCharsets.UTF_8), at, bad);
      assertThat(rejectedEnvelope(document))
          .as("%s at byte %s", what, at)
          .containsExactly(new Problem("", "UTF-8 text (the bytes are not UTF-8)"));
    }
  }

  static Stream<Charset> otherEncodings() {
    return Stream.of(
        StandardCharsets.UTF_16BE,
        StandardCharsets.UTF_16LE,
        StandardCharsets.UTF_16,
        Charset.forName("UTF-32BE"),
        Charset.forName("UTF-32LE"),
        Charset.forName("UTF-32"));
  }

  @ParameterizedTest
  @MethodSource("otherEncodings")
  void aDocumentInAnotherEncodingIsRejectedAsAWhole(Charset encoding) {
    for (String document : List.of(CONFISCATION, " " + CONFISCATION, "{}", "1", "[]")) {
      assertThat(rejectedEnvelope(document.getBytes(encoding)))
          .as("%s in %s", document.length() > 10 ? "an envelope" : document, encoding)
          .containsExactly(new Problem("", "UTF-8 text (the bytes are not UTF-8)"));
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Class names where a type name belongs

  /** Set when {@link Gadget} is initialised, which loading it by name for a document would do. */
  static final AtomicBoolean GADGET_INITIALISED = new AtomicBoolean();

  /** A class a hostile document names; nothing may ever initialise it. */
  static final class Gadget {
    static {
      GADGET_INITIALISED.set(true);
    }

    private Gadget() {}
  }

  private static final List<String> CLASS_NAMES =
      List.of(
          "java.lang.ProcessBuilder",
          "java.lang.Runtime",
          "com.sun.rowset.JdbcRowSetImpl",
          "org.treatyflow.serialization.MalformedInputTest$Gadget",
          Gadget.class.getName(),
          "[Ljava.lang.Object;",
          "org.treatyflow.model.asset.BankAccount",
          "BankAccount",
          "ImmutableBankAccount");

  /** Every polymorphic position of the documents: document, pointer, the union read there. */
  static Stream<Arguments> polymorphicPositions() {
    return Stream.of(
        Arguments.of("envelope payload", CONFISCATION, "/payload", ExchangeTypes.PAYLOAD),
        Arguments.of("reply as payload", ACKNOWLEDGEMENT, "/payload", ExchangeTypes.PAYLOAD),
        Arguments.of("first asset of a list", CONFISCATION, "/payload/assets/0", AssetCodecs.ASSET),
        Arguments.of(
            "second asset of a list", CONFISCATION, "/payload/assets/1", AssetCodecs.ASSET),
        Arguments.of(
            "asset field", FIU_POSTPONEMENT, "/payload/transaction/fromAccount", AssetCodecs.ASSET),
        Arguments.of(
            "other asset field",
            FIU_POSTPONEMENT,
            "/payload/transaction/toAccount",
            AssetCodecs.ASSET));
  }

  /** The gadget forms: the object at a polymorphic position, rewritten to name a class. */
  private static List<String> gadgets(String document, String at) {
    List<String> gadgets = new ArrayList<>();
    for (String className : CLASS_NAMES) {
      String quoted = JSON.getNodeFactory().textNode(className).toString();
      // the class name as the type name
      gadgets.add(replaced(document, at + "/type", quoted));
      // Jackson's class-name properties instead of the type name
      for (String property : List.of("@class", "@type", "@c", "$type", "class", "@Class")) {
        gadgets.add(added(removed(document, at + "/type"), at, property, quoted));
      }
      // the type name as an object or an array
      gadgets.add(replaced(document, at + "/type", "{\"@class\":" + quoted + "}"));
      gadgets.add(replaced(document, at + "/type", "[" + quoted + ",\"x\"]"));
      // Jackson's WRAPPER_OBJECT form
      gadgets.add(wrapped(removed(document, at + "/type"), at, className));
    }
    return gadgets;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("polymorphicPositions")
  void aClassNameWhereATypeNameBelongsIsRejectedAtTheTypeMember(
      String position, String document, String at, UnionCodec<?> union) {
    for (String gadget : gadgets(document, at)) {
      List<Problem> problems = rejectedEnvelope(gadget);
      assertThat(problems).as(gadget).extracting(Problem::pointer).containsExactly(at + "/type");
      assertListsTheTypeNamesOnly(problems.get(0), union);
    }
    assertThat(GADGET_INITIALISED).as("a class named by a document was initialised").isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("polymorphicPositions")
  void aClassNameBesideTheTypeNameIsRejectedAsAnUnknownMember(
      String position, String document, String at, UnionCodec<?> union) {
    // what an unknown member there is rejected as, whatever its value
    String unknown = rejectedEnvelope(added(document, at, "x", "1")).get(0).expected();
    assertThat(unknown).startsWith("no such member: ");
    for (String property : List.of("@class", "@type", "@c", "$type")) {
      for (String className : CLASS_NAMES) {
        String gadget =
            added(document, at, property, JSON.getNodeFactory().textNode(className).toString());
        assertThat(rejectedEnvelope(gadget))
            .containsExactly(new Problem(at + "/" + property, unknown));
      }
    }
    assertThat(GADGET_INITIALISED).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("polymorphicPositions")
  void anArrayWithAClassNameWhereAnObjectBelongsIsRejectedAtThePosition(
      String position, String document, String at, UnionCodec<?> union) {
    JsonNode object = tree(document).at(at);
    for (String className : CLASS_NAMES) {
      // Jackson's WRAPPER_ARRAY form: [class name, value]
      ArrayNode wrapped = JSON.createArrayNode().add(className).add(object);
      List<Problem> problems = rejectedEnvelope(replaced(document, at, wrapped.toString()));
      assertThat(problems).containsExactly(new Problem(at, "an object (" + union.name() + ")"));
    }
    assertThat(GADGET_INITIALISED).isFalse();
  }

  @Test
  void aClassNameIsRejectedWhereAUnionIsReadOnItsOwn() {
    String reply = payloadOf(ACKNOWLEDGEMENT);
    String asset = FORMAT.mapper().valueToTree(assetOf(0)).toString();
    List<Arguments> reads =
        List.of(
            Arguments.of(reply, Reply.class, ReplyCodecs.REPLY),
            Arguments.of(reply, CooperationAct.class, ExchangeTypes.PAYLOAD),
            Arguments.of(payloadOf(CONFISCATION), CooperationAct.class, ExchangeTypes.PAYLOAD),
            Arguments.of(asset, Asset.class, AssetCodecs.ASSET));
    for (Arguments read : reads) {
      String document = (String) read.get()[0];
      Class<?> type = (Class<?>) read.get()[1];
      UnionCodec<?> union = (UnionCodec<?>) read.get()[2];
      for (String gadget : gadgets(document, "")) {
        List<Problem> problems = rejected(() -> FORMAT.read(gadget, type)).problems();
        assertThat(problems).as(gadget).extracting(Problem::pointer).containsExactly("/type");
        assertListsTheTypeNamesOnly(problems.get(0), union);
        assertThat(rejected(() -> MODULE_MAPPER.readValue(gadget, type)).problems())
            .isEqualTo(problems);
      }
      String beside = added(document, "", "@class", "\"java.lang.ProcessBuilder\"");
      assertThat(rejected(() -> FORMAT.read(beside, type)).problems())
          .extracting(Problem::pointer)
          .containsExactly("/@class");
    }
    assertThat(GADGET_INITIALISED).isFalse();
  }

  /** The problem names the union's type names, and no class. */
  private static void assertListsTheTypeNamesOnly(Problem problem, UnionCodec<?> union) {
    List<String> names =
        union.alternatives().stream()
            .map(alternative -> alternative.typeName().orElseThrow())
            .toList();
    assertThat(problem.expected())
        .startsWith("a member \"type\" naming one of: ")
        .contains(names)
        .doesNotContain("java.", "Gadget", "[L", "Immutable");
    assertThat(
            problem.expected().substring("a member \"type\" naming one of: ".length()).split(", "))
        .containsExactlyElementsOf(names);
  }

  @Test
  void everyUnionOfTheFormatListsItsTypeNamesThatAreNoClassNames() {
    assertThat(ExchangeTypes.PAYLOAD.alternatives()).hasSize(34);
    for (UnionCodec<?> union :
        List.of(ExchangeTypes.PAYLOAD, AssetCodecs.ASSET, ReplyCodecs.REPLY)) {
      for (ObjectCodec<?, ?> alternative : union.alternatives()) {
        assertThat(alternative.typeName().orElseThrow()).matches("[a-z0-9]+(-[a-z0-9]+)*");
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // The same documents through a caller's own mapper with the module

  /** Faults the codecs find: the module's mapper rejects them exactly as the format does. */
  static Stream<Arguments> codecFaults() {
    Stream<Arguments> wrong =
        wrongTypes()
            .map(
                a ->
                    Arguments.of(
                        replaced((String) a.get()[0], (String) a.get()[1], (String) a.get()[2])));
    Stream<Arguments> unknown =
        unknownMembers()
            .map(
                a ->
                    Arguments.of(
                        added((String) a.get()[0], (String) a.get()[1], (String) a.get()[2], "1")));
    Stream<Arguments> nulls =
        nulls().map(a -> Arguments.of(replaced((String) a.get()[0], (String) a.get()[1], "null")));
    Stream<Arguments> gadgets =
        polymorphicPositions()
            .flatMap(
                a -> gadgets((String) a.get()[1], (String) a.get()[2]).stream().map(Arguments::of));
    Stream<Arguments> others =
        Stream.of(
            Arguments.of("[]"),
            Arguments.of(
                replaced(
                    CONFISCATION,
                    "/payload/offences/0/maximumPenalty/imprisonmentMonths",
                    "1e400")));
    return Stream.of(wrong, unknown, nulls, gadgets, others).flatMap(s -> s);
  }

  @ParameterizedTest
  @MethodSource("codecFaults")
  void theModuleRejectsWhatTheCodecsFindWithTheSameProblems(String document) {
    List<Problem> format = rejectedEnvelope(document);
    assertThat(rejected(() -> MODULE_MAPPER.readValue(document, Envelope.class)).problems())
        .isEqualTo(format);
    assertThat(
            rejected(
                    () ->
                        MODULE_MAPPER.readValue(
                            document.getBytes(StandardCharsets.UTF_8), Envelope.class))
                .problems())
        .isEqualTo(format);
  }

  /**
   * Faults the parser finds. Through a caller's mapper they surface as Jackson's own exceptions,
   * whose messages may quote the document; only {@link ExchangeFormat} turns them into rejections.
   */
  static Stream<Arguments> parserFaults() {
    byte[] confiscation = CONFISCATION.getBytes(StandardCharsets.UTF_8);
    String months = "/payload/offences/0/maximumPenalty/imprisonmentMonths";
    return Stream.of(
        Arguments.of("truncated", Arrays.copyOf(confiscation, 100), JsonEOFException.class),
        Arguments.of("empty", new byte[0], MismatchedInputException.class),
        Arguments.of("blank", utf8(" \n "), MismatchedInputException.class),
        Arguments.of("{...} {}", utf8(CONFISCATION + " {}"), MismatchedInputException.class),
        Arguments.of("{...} x", utf8(CONFISCATION + " x"), JsonParseException.class),
        Arguments.of(
            "repeated member at the root",
            utf8(
                replacedOnce(
                    CONFISCATION,
                    "\"messageId\":\"msg-0001\"",
                    "\"messageId\":\"msg-0001\",\"messageId\":\"x\"")),
            JsonParseException.class),
        Arguments.of(
            "repeated nested member",
            utf8(replacedOnce(CONFISCATION, "\"scale\":2", "\"scale\":2,\"scale\":3")),
            JsonParseException.class),
        Arguments.of(
            "a 40-digit number",
            utf8(replaced(CONFISCATION, months, "1234567890".repeat(4))),
            StreamConstraintsException.class),
        Arguments.of(
            "nesting too deep",
            utf8(
                replaced(
                    CONFISCATION,
                    "/payload/assets/1/description",
                    "[".repeat(40) + "]".repeat(40))),
            StreamConstraintsException.class),
        Arguments.of(
            "a member name too long",
            utf8(added(CONFISCATION, "", "a".repeat(65), "1")),
            StreamConstraintsException.class),
        Arguments.of(
            "not UTF-8",
            spliced(confiscation, 10, new byte[] {(byte) 0xC3, '('}),
            JsonParseException.class),
        Arguments.of("not JSON", utf8("Zq-SECRET"), JsonParseException.class));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("parserFaults")
  void theModuleLeavesFaultsOfTheParserToJackson(
      String what, byte[] document, Class<? extends Exception> jackson) {
    assertThat(rejectedEnvelope(document)).hasSize(1);
    assertThat(catchThrowable(() -> MODULE_MAPPER.readValue(document, Envelope.class)))
        .isExactlyInstanceOf(jackson);
  }

  @Test
  void theModuleLeavesTheDetectionOfTheEncodingToJackson() throws IOException {
    // Jackson reads a byte order mark and UTF-16 or UTF-32 without complaint; ExchangeFormat does
    // not
    Envelope expected = FORMAT.read(CONFISCATION, Envelope.class);
    for (byte[] document :
        List.of(
            utf8("\uFEFF" + CONFISCATION),
            CONFISCATION.getBytes(StandardCharsets.UTF_16BE),
            CONFISCATION.getBytes(StandardCharsets.UTF_16LE),
            CONFISCATION.getBytes(Charset.forName("UTF-32BE")))) {
      assertThat(MODULE_MAPPER.readValue(document, Envelope.class)).isEqualTo(expected);
      assertThat(rejectedEnvelope(document)).hasSize(1);
    }
  }

  @Test
  void aNullDocumentIsRejectedByBothButInOtherWords() {
    assertThat(rejectedEnvelope("null")).containsExactly(new Problem("", "an object (Envelope)"));
    assertThat(rejected(() -> MODULE_MAPPER.readValue("null", Envelope.class)).problems())
        .containsExactly(new Problem("", "a value, not null"));
  }

  @Test
  void jacksonsOwnExceptionsMayQuoteTheDocumentButTheFormatsNever() {
    byte[] document = utf8(CONFISCATION + " Zq-SECRET");
    assertThat(catchThrowable(() -> MODULE_MAPPER.readValue(document, Envelope.class)))
        .isExactlyInstanceOf(JsonParseException.class)
        .hasMessageContaining("Unrecognized token 'Zq'");
    assertThat(rejectedEnvelope(document))
        .containsExactly(new Problem("", "nothing after the document's value"));
  }

  @Test
  void theModuleWithSmallerLimitsAppliesThemToTheCallersMapper() {
    ObjectMapper mapper =
        new ObjectMapper()
            .registerModule(
                new TreatyflowModule(new ReadLimits(1000, 32, 1 << 20, 32, 64, 500_000)));
    assertThat(catchThrowable(() -> mapper.readValue(utf8(CONFISCATION), Envelope.class)))
        .isExactlyInstanceOf(StreamConstraintsException.class);
  }

  @Test
  void findAndRegisterModulesFindsTheModule() throws IOException {
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
    assertThat(mapper.getRegisteredModuleIds()).contains(TreatyflowModule.class.getName());
    assertThat(mapper.readValue(CONFISCATION, Envelope.class))
        .isEqualTo(FORMAT.read(CONFISCATION, Envelope.class));
    String months = "/payload/offences/0/maximumPenalty/imprisonmentMonths";
    assertThat(
            rejected(
                    () ->
                        mapper.readValue(replaced(CONFISCATION, months, "\"120\""), Envelope.class))
                .problems())
        .extracting(Problem::pointer)
        .containsExactly(months);
    assertThat(mapper.writeValueAsString(FORMAT.read(CONFISCATION, Envelope.class)))
        .isEqualTo(CONFISCATION);
  }

  // ---------------------------------------------------------------------------------------------
  // Reading helpers

  /**
   * Reads {@code document} as an envelope every way ExchangeFormat offers; each must reject it with
   * the same problems, which are returned.
   */
  private static List<Problem> rejectedEnvelope(String document) {
    List<Problem> problems = rejectedEnvelope(utf8(document));
    assertThat(rejected(() -> FORMAT.read(document, Envelope.class)).problems())
        .as("read from text")
        .isEqualTo(problems);
    return problems;
  }

  private static List<Problem> rejectedEnvelope(byte[] document) {
    List<Problem> problems = rejected(() -> FORMAT.readEnvelope(document)).problems();
    assertThat(rejected(() -> FORMAT.read(document, Envelope.class)).problems())
        .isEqualTo(problems);
    assertThat(rejected(() -> FORMAT.readEnvelope(new ByteArrayInputStream(document))).problems())
        .as("read from a stream")
        .isEqualTo(problems);
    assertThat(
            rejected(() -> FORMAT.read(new ByteArrayInputStream(document), Envelope.class))
                .problems())
        .isEqualTo(problems);
    return problems;
  }

  /**
   * Runs a read that must fail, and checks it failed with one rejection that quotes nothing of the
   * document: no problem, message or cause holds the marker.
   */
  static RejectedDocumentException rejected(ThrowingCallable read) {
    Throwable thrown = catchThrowable(read);
    assertThat(thrown)
        .as("what the read threw")
        .isExactlyInstanceOf(RejectedDocumentException.class);
    RejectedDocumentException rejection = (RejectedDocumentException) thrown;
    assertThat(rejection.problems()).isNotEmpty();
    assertThat(rejection.problemCount()).isGreaterThanOrEqualTo(rejection.problems().size());
    for (Problem problem : rejection.problems()) {
      assertThat(problem.pointer()).as("a JSON Pointer").matches("(/[^/]*)*");
      assertThat(problem.pointer()).as("pointer").doesNotContain(MARKER);
      assertThat(problem.expected()).as("expected").doesNotContain(MARKER);
    }
    for (Throwable t = rejection; t != null; t = t.getCause()) {
      assertThat(String.valueOf(t.getMessage())).as("message").doesNotContain(MARKER);
      assertThat(String.valueOf(t.getLocalizedMessage())).doesNotContain(MARKER);
      assertThat(t.toString()).as("toString").doesNotContain(MARKER);
    }
    return rejection;
  }

  // ---------------------------------------------------------------------------------------------
  // Document helpers

  private static String compact(String json) {
    return tree(json).toString();
  }

  private static JsonNode tree(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** The document with the value at {@code pointer}, which must exist, replaced by {@code json}. */
  static String replaced(String document, String pointer, String json) {
    JsonNode root = tree(document);
    if (pointer.isEmpty()) {
      return json;
    }
    JsonPointer at = JsonPointer.compile(pointer);
    JsonNode parent = root.at(at.head());
    assertThat(root.at(at).isMissingNode()).as("%s is in the document", pointer).isFalse();
    if (parent instanceof ObjectNode object) {
      object.put(at.last().getMatchingProperty(), PLACEHOLDER);
    } else {
      ((ArrayNode) parent).set(at.last().getMatchingIndex(), JSON.getNodeFactory().textNode(PLACEHOLDER));
    }
    return withValue(root, json);
  }

  /** Stands for a value while a document is built, so that the value is written as it is given. */
  private static final String PLACEHOLDER = "\u0000value\u0000";

  private static String withValue(JsonNode root, String json) {
    return replacedOnce(root.toString(), JSON.getNodeFactory().textNode(PLACEHOLDER).toString(), json);
  }

  /** The document with a member added last to the object at {@code object}. */
  static String added(String document, String object, String member, String json) {
    JsonNode root = tree(document);
    ObjectNode parent = (ObjectNode) root.at(object);
    assertThat(parent.has(member)).isFalse();
    parent.put(member, PLACEHOLDER);
    return withValue(root, json);
  }

  /** The document without the member at {@code pointer}. */
  static String removed(String document, String pointer) {
    JsonNode root = tree(document);
    JsonPointer at = JsonPointer.compile(pointer);
    assertThat(((ObjectNode) root.at(at.head())).remove(at.last().getMatchingProperty()))
        .isNotNull();
    return root.toString();
  }

  /**
   * The document with the value at {@code pointer} wrapped in an object: {@code {"name":value}}.
   */
  static String wrapped(String document, String pointer, String name) {
    ObjectNode wrapper = JSON.createObjectNode();
    wrapper.set(name, tree(document).at(pointer));
    return replaced(document, pointer, wrapper.toString());
  }

  /** The document with the only occurrence of {@code target} replaced. */
  static String replacedOnce(String document, String target, String replacement) {
    int at = document.indexOf(target);
    assertThat(at).as("%s is in the document", target).isNotNegative();
    assertThat(document.indexOf(target, at + 1))
        .as("%s is in the document once", target)
        .isNegative();
    return document.substring(0, at) + replacement + document.substring(at + target.length());
  }

  /** The bytes with {@code inserted} inserted at {@code at}. */
  static byte[] spliced(byte[] bytes, int at, byte[] inserted) {
    byte[] result = new byte[bytes.length + inserted.length];
    System.arraycopy(bytes, 0, result, 0, at);
    System.arraycopy(inserted, 0, result, at, inserted.length);
    System.arraycopy(bytes, at, result, at + inserted.length, bytes.length - at);
    return result;
  }

  private static String payloadOf(String envelope) {
    return tree(envelope).get("payload").toString();
  }

  private static Asset assetOf(int index) {
    try {
      return ((org.treatyflow.model.confiscation.ConfiscationRequest)
              FORMAT.read(CONFISCATION, Envelope.class).payload())
          .assets()
          .get(index);
    } catch (RejectedDocumentException e) {
      throw new AssertionError(e);
    }
  }
}
