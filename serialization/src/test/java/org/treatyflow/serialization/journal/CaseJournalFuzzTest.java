package org.treatyflow.serialization.journal;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import com.code_intelligence.jazzer.mutation.annotation.WithUtf8Length;
import java.util.List;

/**
 * Fuzz test of the journal's reading side: whatever lines it is given, verification names the
 * first bad line or says the journal is intact, and never throws; a journal found intact is
 * anchored, and erasing its personal data keeps it intact against that anchor.
 *
 * <p>Runs in regression mode under {@code mvn verify} from {@code CaseJournalFuzzTestInputs/verify/}
 * beside this class in the test resources; see {@code ExchangeFormatFuzzTest} for a fuzzing run.
 */
class CaseJournalFuzzTest {
  @FuzzTest(maxDuration = "5m")
  void verify(@NotNull @WithUtf8Length(max = 65536) String journal) {
    List<String> lines = List.of(journal.split("\n", -1));
    JournalVerification verification = CaseJournal.verify(lines);
    if (verification.isIntact()) {
      JournalAnchor anchor = verification.anchor();
      assertThat(anchor.lineCount()).isEqualTo(lines.size());
      assertThat(CaseJournal.verify(CaseJournal.erasePersonalData(lines), anchor).isIntact()).isTrue();
    } else {
      int line = verification.firstBadLine().getAsInt();
      assertThat(line).isBetween(1, lines.size() + 1);
      assertThat(verification.reason()).isPresent();
    }
  }
}
