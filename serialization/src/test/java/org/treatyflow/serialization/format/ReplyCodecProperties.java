package org.treatyflow.serialization.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.treatyflow.serialization.format.CodecRoundTrip.assertRejectedAt;
import static org.treatyflow.serialization.format.CodecRoundTrip.assertRoundTrip;
import static org.treatyflow.serialization.format.CodecRoundTrip.read;

import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.treatyflow.model.refusal.GroundForRefusal;
import org.treatyflow.model.refusal.InadmissibleReason;
import org.treatyflow.model.reply.Acceptance;
import org.treatyflow.model.reply.Acknowledgement;
import org.treatyflow.model.reply.AmendmentRequest;
import org.treatyflow.model.reply.ConditionalGrant;
import org.treatyflow.model.reply.ExecutionReport;
import org.treatyflow.model.reply.InformationNotice;
import org.treatyflow.model.reply.Postponement;
import org.treatyflow.model.reply.Refusal;
import org.treatyflow.model.reply.Reply;
import org.treatyflow.model.reply.ResultTransmission;

class ReplyCodecProperties {
  /** The smallest valid reply header: from Germany's central authority to France, no addressee. */
  private static final String HEADER =
      """
      {"id":"DE-2026-77","answersRequest":"FR-2026-1","family":"MUTUAL_ASSISTANCE",\
      "fromParty":"DE","fromAuthority":{"party":"DE","role":"CENTRAL_AUTHORITY","name":"Bundesamt für Justiz"},\
      "toParty":"FR","date":"2026-03-02","channel":"CENTRAL_AUTHORITY"}""";

  @Property(tries = 200)
  void everyReplyReadsBackEqualThroughTheUnion(@ForAll Reply reply) {
    String json = assertRoundTrip(ReplyCodecs.REPLY, reply);
    assertThat(json)
        .as("the union writes the type name of the reply's own codec")
        .startsWith(
            "{\"type\":\"" + ReplyCodecs.REPLY.codecFor(reply).typeName().orElseThrow() + "\",");
  }

  @Property(tries = 200)
  void everyAcknowledgementReadsBackEqual(@ForAll Acknowledgement reply) {
    assertRoundTrip(ReplyCodecs.ACKNOWLEDGEMENT, reply);
  }

  @Property(tries = 200)
  void everyAcceptanceReadsBackEqual(@ForAll Acceptance reply) {
    assertRoundTrip(ReplyCodecs.ACCEPTANCE, reply);
  }

  @Property(tries = 200)
  void everyAmendmentRequestReadsBackEqual(@ForAll AmendmentRequest reply) {
    assertRoundTrip(ReplyCodecs.AMENDMENT_REQUEST, reply);
  }

  @Property(tries = 200)
  void everyConditionalGrantReadsBackEqual(@ForAll ConditionalGrant reply) {
    assertRoundTrip(ReplyCodecs.CONDITIONAL_GRANT, reply);
  }

  /** The testkit's grants carry no other conditions; add some, of any text. */
  @Property(tries = 200)
  void everyConditionalGrantWithOtherConditionsReadsBackEqual(
      @ForAll ConditionalGrant grant, @ForAll @Size(max = 3) List<String> otherConditions) {
    assertRoundTrip(
        ReplyCodecs.CONDITIONAL_GRANT,
        ConditionalGrant.builder()
            .header(grant.header())
            .partial(grant.partial())
            .grantedScope(grant.grantedScope())
            .addAllUseConditions(grant.useConditions())
            .addAllOtherConditions(otherConditions)
            .reasons(grant.reasons())
            .build());
  }

  @Property(tries = 200)
  void everyExecutionReportReadsBackEqual(@ForAll ExecutionReport reply) {
    assertRoundTrip(ReplyCodecs.EXECUTION_REPORT, reply);
  }

  @Property(tries = 200)
  void everyInformationNoticeReadsBackEqual(@ForAll InformationNotice reply) {
    assertRoundTrip(ReplyCodecs.INFORMATION_NOTICE, reply);
  }

  @Property(tries = 200)
  void everyPostponementReadsBackEqual(@ForAll Postponement reply) {
    assertRoundTrip(ReplyCodecs.POSTPONEMENT, reply);
  }

  @Property(tries = 200)
  void everyRefusalReadsBackEqual(@ForAll Refusal reply) {
    assertRoundTrip(ReplyCodecs.REFUSAL, reply);
  }

  /**
   * The testkit's refusals invoke no forbidden obstacle; a refusal that does must still travel
   * intact, so that the receiving workflow can reject it for that reason.
   */
  @Property(tries = 200)
  void everyRefusalInvokingForbiddenObstaclesReadsBackEqual(
      @ForAll Refusal refusal, @ForAll Set<InadmissibleReason> obstacles) {
    assertRoundTrip(
        ReplyCodecs.REFUSAL,
        Refusal.builder()
            .header(refusal.header())
            .addAllGrounds(refusal.grounds())
            .reasons(refusal.reasons())
            .addAllObstaclesInvoked(obstacles)
            .partialGrantConsidered(refusal.partialGrantConsidered())
            .build());
  }

  @Property(tries = 200)
  void everyResultTransmissionReadsBackEqual(@ForAll ResultTransmission reply) {
    assertRoundTrip(ReplyCodecs.RESULT_TRANSMISSION, reply);
  }

  @Test
  void aRefusalReadsThroughTheUnionAsARefusal() {
    String json =
        """
        {"type":"refusal","header":%s,"grounds":["BC_DUAL_CRIMINALITY"],\
        "reasons":"The conduct is not punishable in Germany.","obstaclesInvoked":["BANK_SECRECY"],\
        "partialGrantConsidered":true}"""
            .formatted(HEADER);

    Reply reply = read(ReplyCodecs.REPLY, json);

    assertThat(reply).isInstanceOf(Refusal.class);
    Refusal refusal = (Refusal) reply;
    assertThat(refusal.grounds()).containsExactly(GroundForRefusal.BC_DUAL_CRIMINALITY);
    assertThat(refusal.obstaclesInvoked()).containsExactly(InadmissibleReason.BANK_SECRECY);
    assertThat(CodecRoundTrip.write(ReplyCodecs.REPLY, reply)).isEqualTo(json);
  }

  @Test
  void anUnknownReplyTypeIsRejectedAtTheTypeMember() {
    String json = "{\"type\":\"withdrawal\",\"header\":%s}".formatted(HEADER);

    assertRejectedAt(ReplyCodecs.REPLY, json, "/type");
  }

  @Test
  void aClassNameAsReplyTypeIsRejectedAtTheTypeMember() {
    String json =
        "{\"type\":\"org.treatyflow.model.reply.ImmutableRefusal\",\"@class\":\"x\",\"header\":%s}"
            .formatted(HEADER);

    assertRejectedAt(ReplyCodecs.REPLY, json, "/type");
  }

  @Test
  void aReplyWithoutTypeIsRejectedAtTheTypeMember() {
    String json = "{\"header\":%s,\"outcome\":\"DELAYED\"}".formatted(HEADER);

    assertRejectedAt(ReplyCodecs.REPLY, json, "/type");
  }

  @Test
  void aReplyCarryingAnotherTypeNameIsRejectedAtTheType() {
    String json = "{\"type\":\"postponement\",\"header\":%s}".formatted(HEADER);

    assertRejectedAt(ReplyCodecs.REFUSAL, json, "/type");
  }

  @Test
  void bankSecrecyGivenAsAGroundIsRejectedAtTheGround() {
    // Broken: bank secrecy is an obstacle the treaties forbid (WC 28(7)), never a ground.
    String json =
        """
        {"type":"refusal","header":%s,"grounds":["BC_ESSENTIAL_INTERESTS","BANK_SECRECY"]}"""
            .formatted(HEADER);

    assertRejectedAt(ReplyCodecs.REPLY, json, "/grounds/1");
  }

  @Test
  void aRepeatedObstacleIsRejectedAtTheRepetition() {
    String json =
        """
        {"type":"refusal","header":%s,"obstaclesInvoked":["LEGAL_PERSON","LEGAL_PERSON"]}"""
            .formatted(HEADER);

    assertRejectedAt(ReplyCodecs.REFUSAL, json, "/obstaclesInvoked/1");
  }

  @Test
  void theFamilyOutsideTheHeaderIsAnUnknownMember() {
    // A reply's family is derived from its header, so it is not a member of the reply itself.
    String json =
        "{\"type\":\"acceptance\",\"header\":%s,\"family\":\"MUTUAL_ASSISTANCE\"}".formatted(HEADER);

    assertRejectedAt(ReplyCodecs.REPLY, json, "/family");
  }

  @Test
  void aHeaderWithoutSenderAuthorityIsRejectedAtItsFullPointer() {
    String json =
        """
        {"type":"acceptance","header":{"id":"DE-2026-77","answersRequest":"FR-2026-1",\
        "family":"MUTUAL_ASSISTANCE","fromParty":"DE","toParty":"FR","date":"2026-03-02",\
        "channel":"CENTRAL_AUTHORITY"}}""";

    assertRejectedAt(ReplyCodecs.REPLY, json, "/header/fromAuthority");
  }

  @Test
  void aHeaderWhoseSenderAuthorityIsOfAnotherPartyIsRejectedAtTheHeader() {
    // Broken: the sending authority is French while the reply comes from Germany.
    String json =
        """
        {"type":"acceptance","header":{"id":"DE-2026-77","answersRequest":"FR-2026-1",\
        "family":"MUTUAL_ASSISTANCE","fromParty":"DE",\
        "fromAuthority":{"party":"FR","role":"CENTRAL_AUTHORITY","name":"Ministère de la Justice"},\
        "toParty":"FR","date":"2026-03-02","channel":"CENTRAL_AUTHORITY"}}""";

    assertRejectedAt(ReplyCodecs.REPLY, json, "/header");
  }

  @Test
  void anAcknowledgementOfAFutureReceiptIsRejectedAsAWhole() {
    // Broken: the request is said to be received after the date of the acknowledgement.
    String json =
        "{\"type\":\"acknowledgement\",\"header\":%s,\"receivedOn\":\"2026-03-03\"}"
            .formatted(HEADER);

    assertRejectedAt(ReplyCodecs.ACKNOWLEDGEMENT, json, "");
  }

  @Test
  void anExecutionReportWithoutOutcomeIsRejectedAtOutcome() {
    String json =
        "{\"type\":\"execution-report\",\"header\":%s,\"details\":\"Done.\"}".formatted(HEADER);

    assertRejectedAt(ReplyCodecs.REPLY, json, "/outcome");
  }

  @Test
  void anAmountWrittenAsANumberIsRejectedAtItsFullPointer() {
    String json =
        """
        {"type":"result-transmission","header":%s,\
        "amounts":[{"value":"10.00","asset":{"code":"EUR","kind":"FIAT","scale":2}},\
        {"value":12.5,"asset":{"code":"EUR","kind":"FIAT","scale":2}}]}"""
            .formatted(HEADER);

    assertRejectedAt(ReplyCodecs.REPLY, json, "/amounts/1/value");
  }

  @Test
  void aTransmissionOfNothingIsRejectedAsAWhole() {
    // Broken: a transmission must carry at least one data item, document or amount.
    String json =
        "{\"type\":\"result-transmission\",\"header\":%s,\"useConditions\":[]}".formatted(HEADER);

    assertRejectedAt(ReplyCodecs.RESULT_TRANSMISSION, json, "");
  }
}
