package org.treatyflow.serialization.journal;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * The outcome of checking a case journal: intact, or the first line that is not what the chain
 * says, and why. The reason names members and line numbers only, never a value of the journal.
 *
 * @param lineCount the number of lines checked
 * @param firstBadLine the number (from 1) of the first line found wrong, if any
 * @param reason why that line is wrong, if any
 * @param head the hash of the last line when the journal is intact, to anchor it elsewhere
 */
public record JournalVerification(
    int lineCount, OptionalInt firstBadLine, Optional<String> reason, Optional<String> head) {

  static JournalVerification intact(int lineCount, String head) {
    return new JournalVerification(lineCount, OptionalInt.empty(), Optional.empty(), Optional.of(head));
  }

  static JournalVerification broken(int lineCount, int line, String reason) {
    return new JournalVerification(lineCount, OptionalInt.of(line), Optional.of(reason), Optional.empty());
  }

  /** Whether every line is where the chain says and unchanged. */
  public boolean isIntact() {
    return firstBadLine.isEmpty();
  }

  /** An anchor of the journal as checked, to keep apart from it; only for an intact journal. */
  public JournalAnchor anchor() {
    if (!isIntact()) {
      throw new IllegalStateException("A broken journal has no anchor (line " + firstBadLine.getAsInt() + ")");
    }
    return new JournalAnchor(lineCount, head.orElseThrow());
  }

  @Override
  public String toString() {
    return isIntact()
        ? "intact journal of " + lineCount + " lines"
        : "journal broken at line " + firstBadLine.getAsInt() + ": " + reason.orElseThrow();
  }
}
