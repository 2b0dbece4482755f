package org.treatyflow.serialization.journal;

import java.util.Optional;
import java.util.OptionalInt;
import org.treatyflow.workflow.CaseFile;

/**
 * The outcome of replaying a journal through the workflow: the case it rebuilds, or the line at
 * which it could not, and why (the journal is broken or erased, or the workflow does not take the
 * recorded step the same way).
 *
 * @param caseFile the rebuilt case, if every line replayed
 * @param failedLine the line at which replay stopped, if it did
 * @param reason why it stopped, if it did
 */
public record JournalReplay(
    Optional<CaseFile<?, ?, ?>> caseFile, OptionalInt failedLine, Optional<String> reason) {

  static JournalReplay replayed(CaseFile<?, ?, ?> caseFile) {
    return new JournalReplay(Optional.of(caseFile), OptionalInt.empty(), Optional.empty());
  }

  static JournalReplay failed(int line, String reason) {
    return new JournalReplay(Optional.empty(), OptionalInt.of(line), Optional.of(reason));
  }

  /** Whether every line replayed. */
  public boolean isReplayed() {
    return caseFile.isPresent();
  }

  @Override
  public String toString() {
    return isReplayed()
        ? "replayed to version " + caseFile.get().version() + " in " + caseFile.get().status()
        : "replay stopped at line " + failedLine.getAsInt() + ": " + reason.orElseThrow();
  }
}
