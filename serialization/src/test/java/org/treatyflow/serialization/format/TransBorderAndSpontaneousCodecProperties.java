package org.treatyflow.serialization.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.treatyflow.serialization.format.CodecRoundTrip.assertRejectedAt;
import static org.treatyflow.serialization.format.CodecRoundTrip.assertRoundTrip;
import static org.treatyflow.serialization.format.CodecRoundTrip.read;
import static org.treatyflow.serialization.format.CodecRoundTrip.write;

import java.time.Instant;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.treatyflow.model.spontaneous.SpontaneousInformation;
import org.treatyflow.model.spontaneous.SpontaneousInformationOnProceeds;
import org.treatyflow.model.transborder.TransBorderAccessRecord;

class TransBorderAndSpontaneousCodecProperties {
  private static final String FR_POLICE =
      "{\"party\":\"FR\",\"role\":\"POLICE\",\"name\":\"OFAC\"}";
  private static final String DE_POLICE = "{\"party\":\"DE\",\"role\":\"POLICE\",\"name\":\"BKA\"}";

  /** The members of a valid spontaneous communication from FR to DE, without its braces. */
  private static final String FR_TO_DE =
      "\"providingParty\":\"FR\",\"providingAuthority\":"
          + FR_POLICE
          + ",\"receivingParty\":\"DE\",\"receivingAuthority\":"
          + DE_POLICE;

  @Property(tries = 200)
  void everyTransBorderAccessRecordReadsBackEqual(@ForAll TransBorderAccessRecord record) {
    assertRoundTrip(TransBorderCodecs.TRANS_BORDER_ACCESS_RECORD, record);
  }

  @Property(tries = 200)
  void everySpontaneousInformationReadsBackEqual(@ForAll SpontaneousInformation information) {
    assertRoundTrip(SpontaneousCodecs.SPONTANEOUS_INFORMATION, information);
  }

  @Property(tries = 200)
  void everySpontaneousInformationOnProceedsReadsBackEqual(
      @ForAll SpontaneousInformationOnProceeds information) {
    assertRoundTrip(SpontaneousCodecs.SPONTANEOUS_INFORMATION_ON_PROCEEDS, information);
  }

  @Test
  void anAccessTimeWithAnOffsetIsReadAsItsInstantAndWrittenInUtc() {
    String json =
        "{\"type\":\"trans-border-access-record\",\"accessingParty\":\"FR\","
            + "\"accessingAuthority\":"
            + FR_POLICE
            + ",\"basis\":\"PUBLICLY_AVAILABLE\",\"accessedAt\":\"2026-03-01T10:15:30+02:00\"}";

    TransBorderAccessRecord record = read(TransBorderCodecs.TRANS_BORDER_ACCESS_RECORD, json);

    assertThat(record.accessedAt()).isEqualTo(Instant.parse("2026-03-01T08:15:30Z"));
    assertThat(write(TransBorderCodecs.TRANS_BORDER_ACCESS_RECORD, record))
        .as("the instant is written in UTC")
        .contains("\"accessedAt\":\"2026-03-01T08:15:30Z\"");
  }

  @Test
  void aRecordWithoutBasisOrAccessTimeIsRejectedAtBothInMemberOrder() {
    String json =
        "{\"type\":\"trans-border-access-record\",\"accessingParty\":\"FR\","
            + "\"accessingAuthority\":"
            + FR_POLICE
            + "}";

    assertRejectedAt(TransBorderCodecs.TRANS_BORDER_ACCESS_RECORD, json, "/basis", "/accessedAt");
  }

  @Test
  void anUnknownBasisAndAnAccessTimeWithoutOffsetAreRejectedAtEach() {
    // "CONSENT" is not a TransBorderAccessBasis; the access time has no offset
    String json =
        "{\"type\":\"trans-border-access-record\",\"accessingParty\":\"FR\","
            + "\"accessingAuthority\":"
            + FR_POLICE
            + ",\"basis\":\"CONSENT\",\"accessedAt\":\"2026-03-01T10:15:30\"}";

    assertRejectedAt(TransBorderCodecs.TRANS_BORDER_ACCESS_RECORD, json, "/basis", "/accessedAt");
  }

  @Test
  void anAuthorityOfAnotherPartyThanTheAccessingPartyIsRejectedAtTheRecord() {
    // the accessing authority is German but the accessing Party is France
    // (TransBorderAccessRecord.check)
    String json =
        "{\"type\":\"trans-border-access-record\",\"accessingParty\":\"FR\","
            + "\"accessingAuthority\":"
            + DE_POLICE
            + ",\"basis\":\"PUBLICLY_AVAILABLE\",\"accessedAt\":\"2026-03-01T10:15:30Z\"}";

    assertRejectedAt(TransBorderCodecs.TRANS_BORDER_ACCESS_RECORD, json, "");
  }

  @Test
  void aSelectorOfTheWrongTypeIsRejectedAtItsFullPointer() {
    // the first item's selector is a number, not a string
    String json =
        "{\"type\":\"trans-border-access-record\",\"accessingParty\":\"FR\","
            + "\"accessingAuthority\":"
            + FR_POLICE
            + ",\"basis\":\"PUBLICLY_AVAILABLE\",\"accessedAt\":\"2026-03-01T10:15:30Z\","
            + "\"dataAccessed\":[{\"category\":\"CONTENT_DATA\",\"description\":\"posts\","
            + "\"selector\":42}]}";

    assertRejectedAt(TransBorderCodecs.TRANS_BORDER_ACCESS_RECORD, json, "/dataAccessed/0/selector");
  }

  @Test
  void aSpontaneousInformationWithOnlyItsPartiesReadsWithTheDefaults() {
    SpontaneousInformation information =
        read(
            SpontaneousCodecs.SPONTANEOUS_INFORMATION,
            "{\"type\":\"spontaneous-information\"," + FR_TO_DE + "}");

    assertThat(information.confidentialityRequested())
        .as("confidentiality defaults to false")
        .isFalse();
    assertThat(information.couldLeadToRequest())
        .as("couldLeadToRequest defaults to false")
        .isFalse();
    assertThat(information.conditions()).as("absent set reads as empty").isEmpty();
  }

  @Test
  void aRepeatedConditionIsRejectedAtTheRepetition() {
    String json =
        "{\"type\":\"spontaneous-information\","
            + FR_TO_DE
            + ",\"conditions\":[\"CONFIDENTIAL\",\"PURPOSE_LIMITED\",\"CONFIDENTIAL\"]}";

    assertRejectedAt(SpontaneousCodecs.SPONTANEOUS_INFORMATION, json, "/conditions/2");
  }

  @Test
  void anUnknownOffenceClassificationIsRejectedAtItsFullPointer() {
    // the offence's first Budapest classification is not a BudapestOffence
    String json =
        "{\"type\":\"spontaneous-information\","
            + FR_TO_DE
            + ",\"offences\":[{\"domesticDescription\":\"fraud\","
            + "\"budapestOffences\":[\"THEFT\"]}]}";

    assertRejectedAt(SpontaneousCodecs.SPONTANEOUS_INFORMATION, json, "/offences/0/budapestOffences/0");
  }

  @Test
  void informationSentByAPartyToItselfIsRejectedAtTheCommunication() {
    // both Parties are France, with French authorities (SpontaneousCommunication.checkParties)
    String json =
        "{\"type\":\"spontaneous-information\",\"providingParty\":\"FR\",\"providingAuthority\":"
            + FR_POLICE
            + ",\"receivingParty\":\"FR\",\"receivingAuthority\":"
            + FR_POLICE
            + "}";

    assertRejectedAt(SpontaneousCodecs.SPONTANEOUS_INFORMATION, json, "");
  }

  @Test
  void informationOnProceedsReadAsSpontaneousInformationIsRejectedAtItsTypeAndAssets() {
    // the type name and the member of the other spontaneous type
    String json =
        "{\"type\":\"spontaneous-information-on-proceeds\","
            + FR_TO_DE
            + ",\"instrumentalitiesAndProceeds\":[]}";

    assertRejectedAt(SpontaneousCodecs.SPONTANEOUS_INFORMATION, json, "/type", "/instrumentalitiesAndProceeds");
  }

  @Test
  void anAssetWithoutTypeNameIsRejectedAtItsTypeMember() {
    // the second asset names no type, so it cannot be told apart
    String json =
        "{\"type\":\"spontaneous-information-on-proceeds\","
            + FR_TO_DE
            + ",\"instrumentalitiesAndProceeds\":["
            + "{\"type\":\"other-asset\",\"description\":\"a yacht\"},"
            + "{\"description\":\"a painting\"}]}";

    assertRejectedAt(SpontaneousCodecs.SPONTANEOUS_INFORMATION_ON_PROCEEDS, json, "/instrumentalitiesAndProceeds/1/type");
  }

  @Test
  void anAssetWithABadIbanIsRejectedAtTheIban() {
    // the bank account's IBAN has spaces and lower case letters
    String json =
        "{\"type\":\"spontaneous-information-on-proceeds\","
            + FR_TO_DE
            + ",\"instrumentalitiesAndProceeds\":["
            + "{\"type\":\"bank-account\",\"iban\":\"fr76 3000 6000 0112 3456 7890 189\"}]}";

    assertRejectedAt(SpontaneousCodecs.SPONTANEOUS_INFORMATION_ON_PROCEEDS, json, "/instrumentalitiesAndProceeds/0/iban");
  }
}
